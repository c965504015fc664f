"""What `leeslamp vandaag` needs, kept in a small cache file so it starts like a shell command.

Without it, each `vandaag` parses every prompt file (TOML), reads every article's YAML front
matter for one title, and looks into the journal. The cache (`<data dir>/cache/vandaag.json`,
mode 0600, written atomically) holds the results of those same functions, each part keyed by
the sizes and mtimes of the files it came from:

- `bank`: the prompt bank (`load_bank_checked`): the bundled and the reader's prompt files,
  and the articles too when the reader's prompts link to them (their links are checked);
- `titles`: article id -> title, from the library (bundled, the reader's, `--artikelen`);
- `day`: the day's question (`read_daily_question`: open coach questions, the learning
  path's step, a question that comes back, the day's choice), where it is on the path and its
  earlier answer when it comes back (`again`), keyed by the day, the bank, the path files
  (bundled and the reader's) and the journal's snapshot and log (coach assignments and the
  path followed live there).

It is never the source of truth: a part whose files changed is computed again from them, and a
cache that is missing, damaged or of another format is simply rebuilt, silently. A file changed
within the last seconds could change again within the filesystem's clock tick without its mtime
moving, so a part built from such a file is not stored until the file has been quiet a while.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from leeslamp.daily.bank import Prompt, PromptProblem

if TYPE_CHECKING:
    from leeslamp.core.context import Context
    from leeslamp.core.paths import Paths
    from leeslamp.daily.path_place import PathPlace
    from leeslamp.daily.returning import EarlierAnswer
    from leeslamp.daily.today import DailyQuestion

#: a new number makes every older cache file a stale one (3: the day part holds `again` and
#: `path`)
FORMAT = 3
#: a source changed more recently than this (seconds) is not trusted to a cached part yet
QUIET_SECONDS = 2.0


class CoachFacts(NamedTuple):
    """What `vandaag` shows of a coach's question (the AssignmentQuestion it came from).
    (NamedTuples, not dataclasses: making a dataclass costs `vandaag` about a millisecond.)"""

    assignment_id: str
    title: str
    coach: str
    number: int


class TodayFacts(NamedTuple):
    """Everything `leeslamp vandaag` prints."""

    day: date
    prompt: Prompt
    #: the linked article's title; None without a link or when there is no such article
    article_title: str | None
    coach: CoachFacts | None
    problems: list[PromptProblem]
    #: whether the day's question has an answer written that day; None: not asked for
    answered: bool | None = None
    #: the question's last answer before the day, when it comes back (issue 16 §4)
    again: EarlierAnswer | None = None
    #: where the question is on the learning path the reader follows (None: not a path step)
    path: PathPlace | None = None


def cache_file(data_dir: Path) -> Path:
    return data_dir / "cache" / "vandaag.json"


def today_facts(context: Context, day: date, *, answered: bool = False) -> TodayFacts:
    """The day's question and what goes with it: from the cache where its files are unchanged,
    else from the files (and the cache is brought up to date).

    `answered=True`: also whether the question has an answer written on the day (`answered`
    is then True or False, else it may be None). That takes the whole journal when the cache
    cannot tell, so only what shows it asks (the shell reminder of issue 16).
    """
    from leeslamp.core.sync_names import copy_may_wait

    if copy_may_wait(str(context.paths.data_dir)):  # without the regexes while none can be
        from leeslamp.journal.conflicts import merge_waiting

        merge_waiting(context.paths)  # a sync tool's copies first: the cache follows the files
    path = cache_file(context.paths.data_dir)
    cache = _read(path)
    fresh: dict[str, Any] = {}
    started = time.time()

    user_prompts = context.paths.user_prompts
    articles = _articles_key(context)
    bank_key = [FORMAT, _prompts_key(user_prompts), articles if _has_files(user_prompts) else None]
    bank = _cached(cache, "bank", bank_key, _decode_bank)
    if bank is None:
        from leeslamp.daily.bank import load_bank_checked

        loaded = load_bank_checked(user_prompts, lambda: context.library().ids())
        bank = (loaded.prompts, loaded.problems)
        fresh["bank"] = _part(
            bank_key,
            started,
            prompts=[_record(p) for p in bank[0]],
            problems=[_record(p) for p in bank[1]],
        )
    prompts, problems = bank

    journal = [_stat(context.paths.journal), _stat(context.paths.journal_log)]
    day_key = [day.isoformat(), bank_key, journal, _paths_key(context.paths.user_paths)]
    found = _cached(cache, "day", day_key, _decode_day)
    if found is None or (answered and found[2] is None):
        question, flag = _day_from_journal(context, day, prompts, answered=answered)
        found = (question.prompt, _coach_facts(question), flag, question.again, question.path)
        coach = None if found[1] is None else found[1]._asdict()
        again = None if question.again is None else _again_record(question.again)
        place = None if question.path is None else question.path._asdict()
        fresh["day"] = _part(
            day_key,
            started,
            prompt=_record(found[0]),
            coach=coach,
            answered=flag,
            again=again,
            path=place,
        )
    prompt, coach_facts, answered_flag, earlier, place = found

    title = None
    if prompt.article is not None:
        titles = _cached(cache, "titles", articles, _titles)
        if titles is None:
            titles = {article.id: article.title for article in context.library().articles}
            fresh["titles"] = _part(articles, started, titles=titles)
        title = titles.get(prompt.article)

    from leeslamp.journal.crypt import is_locked

    if is_locked(context.paths.data_dir):
        fresh.pop("day", None)  # from a locked journal: kept in memory only
    storable = {name: part for name, part in fresh.items() if part is not None}
    if storable:
        _write(path, {**cache, **storable})
    return TodayFacts(day, prompt, title, coach_facts, problems, answered_flag, earlier, place)


# --- keys: which files, how big, when changed ----------------------------------------------


def _stat(path: Path) -> list[Any]:
    try:
        found = os.stat(path)
    except OSError:
        return [str(path), None, None]
    return [str(path), found.st_size, found.st_mtime_ns]


def _folder_key(folder: Path, suffix: str) -> list[Any]:
    """The folder and every `*suffix` file in it, hidden ones too: a file the loaders skip only
    makes the key change more often, never too little."""
    try:
        with os.scandir(folder) as listing:
            names = sorted(entry.name for entry in listing if entry.name.endswith(suffix))
    except OSError:
        return [str(folder), None]
    return [_stat(folder), [_stat(folder / name) for name in names]]


def _has_files(folder: Path) -> bool:
    try:
        with os.scandir(folder) as listing:
            return any(entry.name.endswith(".toml") for entry in listing)
    except OSError:
        return False


def _prompts_key(user_prompts: Path) -> list[Any]:
    from leeslamp.daily.bank import bundled_prompts_dir

    names = [f.name for f in fields(Prompt)]  # a changed Prompt reads no older cache
    return [names, _folder_key(bundled_prompts_dir(), ".toml"), _folder_key(user_prompts, ".toml")]


def _paths_key(user_paths: Path) -> list[Any]:
    # `learning_paths.bundled_paths_dir()`, without importing that module on every run
    bundled = Path(__file__).with_name("paths")
    return [_folder_key(bundled, ".toml"), _folder_key(user_paths, ".toml")]


def _articles_key(context: Context) -> list[Any]:
    from leeslamp.library.bundled import bundled_articles_dir

    folders = [bundled_articles_dir(), context.paths.user_articles, *context.extra_article_dirs]
    return [_folder_key(Path(folder), ".md") for folder in folders]


def _newest_mtime(key: Any) -> int:
    """The newest mtime (ns) anywhere in a key (a stat is [path, size, mtime])."""
    if isinstance(key, list):
        if len(key) == 3 and isinstance(key[0], str) and isinstance(key[2], int):
            return key[2]
        return max((_newest_mtime(part) for part in key), default=0)
    return 0


# --- the cache file ------------------------------------------------------------------------


def _part(key: list[Any], started: float, **contents: Any) -> dict[str, Any] | None:
    """A part to store, or None while one of its files changed only a moment ago."""
    if _newest_mtime(key) > (started - QUIET_SECONDS) * 1e9:
        return None
    return {"key": key, **contents}


def _cached(cache: dict[str, Any], name: str, key: list[Any], decode: Any) -> Any:
    """The part `name` decoded, if it was stored under `key`; None when stale or damaged."""
    part = cache.get(name)
    if not isinstance(part, dict) or part.get("key") != key:
        return None
    try:
        return decode(part)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # damaged: built again from the files


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("format") == FORMAT else {}


def _write(path: Path, cache: dict[str, Any]) -> None:
    """Store the cache; a cache that cannot be written (a full disk, a read-only folder, a
    value JSON cannot hold) only means the next run computes again. A reader without a data
    folder yet gets none from `vandaag` (the app makes it): then there is nothing to cache."""
    from leeslamp.core.fileio import atomic_write_bytes, ensure_private_dir

    if not path.parent.parent.is_dir():
        return
    try:
        payload = json.dumps({**cache, "format": FORMAT}, ensure_ascii=False)
        ensure_private_dir(path.parent)
        atomic_write_bytes(path, payload.encode("utf-8"))
    except (OSError, TypeError, ValueError):
        pass


# --- records: the cached values as JSON ----------------------------------------------------


def _record(value: Any) -> dict[str, Any]:
    return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, Path) else value


def _prompt(record: dict[str, Any]) -> Prompt:
    _texts(record, "id", "nl", "en")
    source = record.get("source")
    return Prompt(**{**record, "source": Path(source) if source is not None else None})


def _texts(record: dict[str, Any], *required: str) -> dict[str, Any]:
    """`record` if it holds what JSON from us holds: the `required` texts, and otherwise texts,
    whole numbers and nulls; a cache edited by hand or damaged to other types is rebuilt."""
    if not all(isinstance(record.get(name), str) for name in required) or not all(
        value is None or isinstance(value, (str, int)) for value in record.values()
    ):
        raise ValueError("not a cached record")
    return record


def _titles(part: dict[str, Any]) -> dict[str, str]:
    titles = part["titles"]
    return _texts(titles, *titles)  # every title a text


def _problem(record: dict[str, Any]) -> PromptProblem:
    if not isinstance(record.get("params"), dict) or not isinstance(record.get("key"), str):
        raise ValueError("not a cached problem")
    return PromptProblem(**{**record, "source": Path(record["source"])})


def _decode_bank(part: dict[str, Any]) -> tuple[list[Prompt], list[PromptProblem]]:
    return [_prompt(r) for r in part["prompts"]], [_problem(r) for r in part["problems"]]


def _decode_day(
    part: dict[str, Any],
) -> tuple[Prompt, CoachFacts | None, bool | None, EarlierAnswer | None, PathPlace | None]:
    coach, answered, path = part["coach"], part.get("answered"), part["path"]
    if answered is not None and not isinstance(answered, bool):
        raise ValueError(answered)
    facts = (
        None if coach is None else CoachFacts(**_texts(coach, "assignment_id", "title", "coach"))
    )
    place = None
    if path is not None:
        from leeslamp.daily.path_place import PathPlace

        place = PathPlace(**_texts(path, "id", "nl", "en"))
        if not all(isinstance(n, int) for n in (place.day, place.days)):
            raise ValueError("not a cached path place")
    again = part["again"]
    earlier = None if again is None else _again(again)
    return _prompt(part["prompt"]), facts, answered, earlier, place


def _again_record(again: EarlierAnswer) -> dict[str, str]:
    return {"entry": again.entry, "answered": again.answered.isoformat(), "text": again.text}


def _again(record: dict[str, Any]) -> EarlierAnswer:
    from leeslamp.daily.returning import EarlierAnswer

    _texts(record, "entry", "answered", "text")
    return EarlierAnswer(record["entry"], date.fromisoformat(record["answered"]), record["text"])


def _day_from_journal(
    context: Context, day: date, prompts: list[Prompt], *, answered: bool
) -> tuple[DailyQuestion, bool | None]:
    """The day's question (`read_daily_question`, which reads the journal only when it may
    matter) and, when asked, whether it is answered (`todays_answer`, over the whole journal)."""
    from leeslamp.daily import today

    paths = context.paths
    if not answered:
        return today.read_daily_question(paths, day, prompts), None
    if not (paths.journal.exists() or paths.journal_log.exists()):
        return today.read_daily_question(paths, day, prompts), False
    question = today.read_daily_question(paths, day, prompts)
    if not _may_be_answered(paths, question):
        return question, False  # told from the files' bytes: no journal read, no TinyDB
    from leeslamp.journal import Journal

    with Journal.open(paths, read_only=True) as journal:
        question = today.question_for_day(journal, day, prompts)
        return question, today.todays_answer(journal.entries(), question) is not None


def _may_be_answered(paths: Paths, question: DailyQuestion) -> bool:
    """False when the journal's files certainly hold no answer to `question`: a bank
    question's id (or a coach's `antwoord` kind) is nowhere in their bytes (`journal.peek`)."""
    from leeslamp.journal.peek import files_may_contain

    if question.assignment_question is not None:
        needle = b'"antwoord"'
    elif question.prompt.id.isascii():  # an id as JSON writes it (ours are ASCII slugs)
        needle = json.dumps(question.prompt.id).encode("ascii")
    else:
        return True
    return files_may_contain(paths.journal, paths.journal_log, needle)


def _coach_facts(question: DailyQuestion) -> CoachFacts | None:
    coach = question.assignment_question
    if coach is None:
        return None
    assignment = coach.assignment
    return CoachFacts(assignment.id, assignment.title, assignment.coach, coach.question.number)
