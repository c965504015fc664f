"""The daily question: the prompt bank, and which prompt belongs to which day.

The bank is data: `src/leeslamp/daily/prompts/*.toml` (shipped in the package), plus the reader's
own `*.toml` files in `<data dir>/prompts/`. A file holds `[[vraag]]` tables with `id`, `nl`, `en`,
an optional `article`, a `discipline` and an optional `soort` (each per question, or once at the
top for the whole file):

    discipline = "teamleren"

    [[vraag]]
    id = "vertragen-om-te-versnellen"
    nl = "Waar zou je team sneller vooruitkomen door eerst even te vertragen?"
    en = "Where would your team move faster by slowing down first?"
    article = "het-leren-faciliteren"

`retired = true` keeps a question that left the bank: it never comes up as a day's question
again, but answers and a day's choice that name its id still find it (its text, its article).
`soort` is "reflectie" (the default: a question to write about, the day's question) or
"voornemen" (a morning intention: one line about the day ahead, see `voornemens.toml`).
An intention is never the day's question: `schedule.day_choices` leaves them out.

A broken file or question never stops anything: it becomes a `PromptProblem` naming the file,
the line and what is wrong, and the rest of the bank is used.

Which prompt a day gets is `leeslamp.daily.schedule.prompt_of_the_day()`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leeslamp import i18n
from leeslamp.core.errors import EnvironmentProblem, UserInputError, os_reason
from leeslamp.core.problems import FileProblem
from leeslamp.core.toml_lines import TomlLines
from leeslamp.i18n import t
from leeslamp.library.disciplines import ALL

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TABLE = "vraag"
FIELDS = ("id", "nl", "en", "discipline", "article", "soort", "retired")
#: the kinds of question (`soort`): a reflection to write about, or a morning intention
REFLECTION = "reflectie"
INTENTION = "voornemen"
PROMPT_KINDS = (REFLECTION, INTENTION)


class NoPrompts(EnvironmentProblem):
    """There is no prompt to give: the bank is empty."""


class PromptNotFound(UserInputError):
    pass


@dataclass(frozen=True)
class Prompt:
    """One daily question. `discipline` is one of the nine ids in `leeslamp.library.disciplines`;
    it is None only for a prompt from outside the bank, such as a coach's assignment question.
    """

    id: str
    nl: str
    en: str
    discipline: str | None = None
    article: str | None = None
    source: Path | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)
    #: out of the rotation; kept so that an old answer's or day's prompt id still resolves
    retired: bool = False
    #: REFLECTION (the day's question) or INTENTION (the morning's one line about the day);
    #: last, so positional uses of the fields before it stay as they were
    kind: str = REFLECTION

    def text(self, language: str | None = None) -> str:
        """The question in `language` (default: the current one); Dutch if there is no English."""
        if (language or i18n.language()) == "en" and self.en:
            return self.en
        return self.nl


class PromptProblem(FileProblem):
    """Why a prompt file, or one question in it, was skipped."""


@dataclass
class PromptBank:
    prompts: list[Prompt] = field(default_factory=list)
    problems: list[PromptProblem] = field(default_factory=list)

    def ids(self) -> list[str]:
        return [prompt.id for prompt in self.prompts]

    def find(self, prompt_id: str) -> Prompt | None:
        return next((p for p in self.prompts if p.id == prompt_id), None)

    def get(self, prompt_id: str) -> Prompt:
        prompt = self.find(prompt_id)
        if prompt is None:
            raise PromptNotFound("prompt.not_found", prompt_id=prompt_id)
        return prompt


# --- reading the bank ----------------------------------------------------------------------


def bundled_prompts_dir() -> Path:
    """The prompt files that ship inside the package, beside this module."""
    # importlib.resources finds the same folder (a test checks), but leeslamp is installed as
    # plain files (wheel or editable) and those imports would cost `leeslamp vandaag` ~7 ms.
    return Path(__file__).with_name("prompts")


def toml_files(folder: Path) -> list[Path]:
    """The TOML files in `folder`, in order, hidden ones left out: the prompt files, and
    likewise the learning paths (`learning_paths`)."""
    return sorted(p for p in folder.glob("*.toml") if p.is_file() and not p.name.startswith("."))


def load_bank(
    user_dir: Path | None = None,
    *,
    bundled_dir: Path | None = None,
    article_ids: Iterable[str] | None = None,
) -> PromptBank:
    """The bundled prompts, then the reader's own from `user_dir` (which may not exist yet).

    The first prompt with an id wins; a later one with the same id is reported, also across
    files. With `article_ids`, a prompt linked to an unknown article is reported and skipped.
    """
    bank = PromptBank()
    known_articles = None if article_ids is None else frozenset(article_ids)
    seen: dict[str, Prompt] = {}
    folders = [bundled_dir or bundled_prompts_dir()]
    if user_dir is not None and user_dir.is_dir():
        folders.append(user_dir)
    for folder in folders:
        for path in toml_files(folder):
            prompts, problems = read_prompt_file(path, article_ids=known_articles)
            bank.problems.extend(problems)
            for prompt in prompts:
                first = seen.get(prompt.id)
                if first is not None:
                    bank.problems.append(_duplicate(prompt, first))
                    continue
                seen[prompt.id] = prompt
                bank.prompts.append(prompt)
    return bank


def load_bank_checked(
    user_dir: Path | None, article_ids: Callable[[], Iterable[str]]
) -> PromptBank:
    """load_bank, with the reader's prompts' article links checked against `article_ids()`.

    The ids are asked for only when the reader has prompt files of their own (the bundled bank
    is checked by the tests), so a plain `leeslamp vandaag` never loads the library for it.
    """
    if user_dir is not None and user_dir.is_dir() and toml_files(user_dir):
        return load_bank(user_dir, article_ids=article_ids())
    return load_bank(user_dir)


def _duplicate(prompt: Prompt, first: Prompt) -> PromptProblem:
    other = f"{first.source}" + ("" if first.line is None else f":{first.line}")
    params = {"prompt_id": prompt.id, "other": other}
    return PromptProblem(
        prompt.source or Path("?"), "prompt.problem.duplicate_id", params, prompt.line
    )


#: Parsed prompt files, per process, keyed by path, content and the article ids the links
#: were checked against: the Today screen reads the bank each time a day starts, and a process
#: that runs more than one app (the tests) would otherwise parse the same nine bundled files
#: each time. Keyed by the bytes themselves, not size and mtime: a file rewritten within the
#: filesystem's clock tick must not be mistaken for the old one, and reading is the cheap part.
_Parsed = tuple[list[Prompt], list[PromptProblem]]
_parsed: dict[tuple[str, bytes, frozenset[str] | None], _Parsed] = {}


def read_prompt_file(
    path: Path, *, article_ids: Iterable[str] | None = None
) -> tuple[list[Prompt], list[PromptProblem]]:
    """The valid prompts in one file, and a problem for everything that is not."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        reason = os_reason(exc)
        return [], [PromptProblem(path, "problem.unreadable", {"reason": reason})]
    ids = None if article_ids is None else frozenset(article_ids)
    key = (str(path), raw, ids)
    if key not in _parsed:
        if len(_parsed) >= 64:  # files that keep changing (a test's many versions): start over
            _parsed.clear()
        _parsed[key] = _decode_and_parse(raw, path, article_ids=ids)
    prompts, problems = _parsed[key]
    return list(prompts), list(problems)  # the caller's own lists; a Prompt is frozen


def _decode_and_parse(
    raw: bytes, path: Path, *, article_ids: Iterable[str] | None
) -> tuple[list[Prompt], list[PromptProblem]]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return [], [PromptProblem(path, "problem.not_utf8", {"position": exc.start}, line)]
    return parse_prompts(text, path, article_ids=article_ids)


def parse_prompts(
    text: str, source: Path, *, article_ids: Iterable[str] | None = None
) -> tuple[list[Prompt], list[PromptProblem]]:
    """Parse one prompt file's text. Each bad question is skipped on its own."""
    import tomllib

    text = text.removeprefix("\ufeff")
    if not text.strip():
        return [], [PromptProblem(source, "problem.empty")]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # tomllib's English said in the reader's words, as for a coach's file
        from leeslamp.assignments.toml_problems import toml_problem

        found = toml_problem(exc, text)
        return [], [PromptProblem(source, found.key, found.params, found.line)]

    lines = TomlLines(text, TABLE)
    problems: list[PromptProblem] = []
    default_discipline = data.get("discipline")
    if default_discipline is not None and default_discipline not in ALL:
        problems.append(_bad_discipline(source, default_discipline, lines.top_key("discipline")))
        default_discipline = None
    default_kind = data.get("soort", REFLECTION)
    if default_kind not in PROMPT_KINDS:
        problems.append(_bad_kind(source, default_kind, lines.top_key("soort")))
        # a file meant as intentions must not slip in as reflections: skip its questions
        return [], problems
    for key in data:
        if key not in (TABLE, "discipline", "soort"):
            problems.append(
                PromptProblem(
                    source, "prompt.problem.unknown_key", {"key": key}, lines.top_key(key)
                )
            )
    tables = data.get(TABLE)
    if tables is None:
        problems.append(PromptProblem(source, "prompt.problem.no_questions"))
        return [], problems
    if not isinstance(tables, list) or not all(isinstance(item, dict) for item in tables):
        problems.append(
            PromptProblem(source, "prompt.problem.not_tables", line=lines.top_key(TABLE))
        )
        return [], problems

    known = None if article_ids is None else frozenset(article_ids)
    prompts: list[Prompt] = []
    for index, table in enumerate(tables):
        try:
            prompts.append(
                _prompt_from_table(
                    table, source, index, lines, (default_discipline, default_kind), known
                )
            )
        except _Skip as skip:
            problems.append(skip.problem)
    return prompts, problems


class _Skip(Exception):
    def __init__(self, problem: PromptProblem) -> None:
        super().__init__(problem.key)
        self.problem = problem


def _prompt_from_table(
    table: Mapping[str, Any],
    source: Path,
    index: int,
    lines: TomlLines,
    defaults: tuple[str | None, str],
    known_articles: frozenset[str] | None,
) -> Prompt:
    """One question; `defaults`: the file's discipline (if any) and kind."""
    default_discipline, default_kind = defaults
    start = lines.table_start(index)

    def skip(key: str, name: str | None = None, **params: Any) -> _Skip:
        line = lines.table_key(index, name) if name else start
        return _Skip(PromptProblem(source, key, params, line or start))

    for name in table:
        if name not in FIELDS:
            raise skip("prompt.problem.unknown_field", name, field=name, known=", ".join(FIELDS))

    def text(name: str) -> str | None:
        value = table.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            raise skip("problem.bad_type", name, field=name, expected=t("type.text"))
        return " ".join(value.split()) or None  # one line of text, however it was typed

    prompt_id = text("id")
    if prompt_id is None:
        raise skip("problem.missing_field", field="id")
    if not ID_PATTERN.match(prompt_id):
        raise skip("problem.bad_id", "id", value=prompt_id)
    nl, en = text("nl"), text("en")
    for name, value in (("nl", nl), ("en", en)):
        if value is None:
            raise skip("prompt.problem.missing_language", name, prompt_id=prompt_id, field=name)
    discipline = text("discipline") or default_discipline
    if discipline is None:
        raise skip("prompt.problem.missing_discipline", prompt_id=prompt_id)
    if discipline not in ALL:
        raise _Skip(_bad_discipline(source, discipline, lines.table_key(index, "discipline")))
    kind = text("soort") or default_kind
    if kind not in PROMPT_KINDS:
        raise _Skip(_bad_kind(source, kind, lines.table_key(index, "soort")))
    article = text("article")
    if article is not None and known_articles is not None and article not in known_articles:
        known = ", ".join(sorted(known_articles)) or "-"
        raise skip("prompt.problem.unknown_article", "article", value=article, known=known)
    retired = table.get("retired", False)
    if not isinstance(retired, bool):
        raise skip("problem.bad_type", "retired", field="retired", expected=t("type.bool"))
    return Prompt(
        prompt_id, nl or "", en or "", discipline, article, source, start, retired, kind=kind
    )


def _bad_discipline(source: Path, value: object, line: int | None) -> PromptProblem:
    params = {"value": value, "known": ", ".join(ALL)}
    return PromptProblem(source, "problem.bad_discipline", params, line)


def _bad_kind(source: Path, value: object, line: int | None) -> PromptProblem:
    params = {"value": value, "known": ", ".join(PROMPT_KINDS)}
    return PromptProblem(source, "prompt.problem.bad_kind", params, line)
