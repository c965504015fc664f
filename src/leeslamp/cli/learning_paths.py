"""`leeslamp pad ...` (en: `path`): learning paths on the command line.

`pad` says where you are; `pad lijst` (list) shows the paths there are; `pad start ID` (or a
path file a coach sent: it is copied into `leerpaden/` first) follows one; `pad stop` stops.
The work is in `daily.learning_paths` (the files) and `daily.path_progress` (the state).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leeslamp.cli.parser import Parser
from leeslamp.core.context import Context
from leeslamp.core.errors import UserInputError
from leeslamp.core.safe_text import printable
from leeslamp.i18n import t, tn

if TYPE_CHECKING:
    from leeslamp.daily.learning_paths import LearningPath, PathShelf
    from leeslamp.daily.path_progress import Progress
    from leeslamp.journal import Journal

LOCK_WAIT = 5.0
#: the progress bar's width in characters
BAR = 25
#: what `pad start` says about when the first step comes (see `_first_step_when`)
FIRST_STEP = {
    "today": "path.first_step_today",
    "tomorrow": "path.first_step_tomorrow",
    "after_coach": "path.first_step_after_coach",
}


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    top = subparsers.add_parser(
        "pad",
        aliases=["path"],
        parents=[common],
        help=t("cli.cmd.path"),
        description=t("path.help.about"),
    )
    top.set_defaults(handler=show_place)
    commands = top.add_subparsers(
        title=t("cli.commands"), metavar=t("cli.metavar.command"), parser_class=Parser
    )
    listing = commands.add_parser(
        "lijst", aliases=["list"], parents=[common], help=t("path.cmd.list")
    )
    listing.add_argument("--json", action="store_true", help=t("cli.help.json"))
    listing.set_defaults(handler=list_paths)
    start = commands.add_parser("start", parents=[common], help=t("path.cmd.start"))
    start.add_argument("path", metavar=t("path.metavar.start"), help=t("path.help.start"))
    start.set_defaults(handler=start_path)
    stop = commands.add_parser("stop", parents=[common], help=t("path.cmd.stop"))
    stop.set_defaults(handler=stop_path)


def _out(text: str) -> None:
    """A line for the reader; a path's title and questions come from a file: made printable."""
    print(printable(text))


def _shelf(context: Context) -> PathShelf:
    from leeslamp.daily.learning_paths import load_paths

    return load_paths(context.paths.user_paths, article_ids=context.library().ids())


def _print_problems(shelf: PathShelf) -> None:
    if shelf.problems:
        print(t("path.problems_header"), file=sys.stderr)
        for problem in shelf.problems:
            print(printable(f"  {problem.sentence()}"), file=sys.stderr)


def _open(context: Context, *, read_only: bool = False) -> Journal:
    from leeslamp.journal import Journal

    if read_only:
        return Journal.open(context.paths, read_only=True, clock=context.current_time)
    return Journal.open(context.paths, lock_timeout=LOCK_WAIT, clock=context.current_time)


def _has_journal(context: Context) -> bool:
    return context.paths.journal.exists() or context.paths.journal_log.exists()


def _progress(journal: Journal, path: LearningPath, started: date, day: date) -> Progress:
    from leeslamp.daily.path_progress import progress

    return progress(path, started, journal.entries(kind="dagvraag"), day)


def bar(done: int, total: int) -> str:
    filled = round(BAR * done / total) if total else 0
    return "━" * filled + "─" * (BAR - filled)


# --- pad: where you are ----------------------------------------------------------------------


def show_place(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.core.dates import long_date
    from leeslamp.daily.path_progress import find_path, path_state

    if not _has_journal(context):
        print(t("path.none"))
        return 0
    day = context.today()
    language = context.language
    with _open(context, read_only=True) as journal:
        state = path_state(journal)
        if state is None:
            print(t("path.none"))
            return 0
        path = find_path(context.paths, state.path_id)
        if path is None:
            _out(t("path.gone", path_id=state.path_id, folder=context.paths.user_paths))
            return 0
        found = _progress(journal, path, state.started, day)
    title = path.title(language)
    started = long_date(state.started)
    if found.step is None:
        _out(t("path.done", title=title, started=started))
        return 0
    place, prompt = found.step.place, found.step.prompt
    _out(t("path.label", title=title, day=place.day, days=place.days))
    print(bar(len(found.answered), place.days))
    print(t("path.started_on", started=started))
    print()
    _out(t("path.today_step", question=prompt.text(language)))
    if prompt.article is not None:
        article = context.library().find(prompt.article)
        if article is not None:
            _out(t("today.article", title=article.title, article_id=prompt.article))
    if place.last and place.day in found.answered:
        _out(t("path.finished", title=title))
    return 0


# --- pad lijst ---------------------------------------------------------------------------------


def list_paths(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.daily.path_progress import path_state

    shelf = _shelf(context)
    active = None
    if _has_journal(context):
        with _open(context, read_only=True) as journal:
            state = path_state(journal)
            active = state.path_id if state is not None else None
    language = context.language
    if args.json:
        records = [
            {
                "id": path.id,
                "title": path.title(language),
                "description": path.description(language),
                "steps": len(path.steps),
                "file": str(path.source),
                "active": path.id == active,
            }
            for path in shelf.paths
        ]
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        if not shelf.paths:
            print(t("path.list_empty"))
        width = max((len(path.id) for path in shelf.paths), default=0)
        for path in shelf.paths:
            mark = "*" if path.id == active else " "
            steps = tn("path.steps", len(path.steps))
            _out(f"{mark} {path.id:<{width}}  {path.title(language)} ({steps})")
            about = path.description(language)
            if about:
                _out(f"  {'':<{width}}  {about}")
        if active is not None:
            print(t("path.list_active"))
    _print_problems(shelf)
    return 0


# --- pad start ---------------------------------------------------------------------------------


def start_path(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.daily import path_progress

    shelf = _shelf(context)
    path = _named_path(context, shelf, args.path)
    day = context.today()
    language = context.language
    with _open(context) as journal:
        state = path_progress.path_state(journal)
        if state is not None:
            was = path_progress.find_path(context.paths, state.path_id)
            found = _progress(journal, was, state.started, day) if was is not None else None
            if state.path_id == path.id and found is not None and not found.done:
                assert found.step is not None
                place = found.step.place
                title = path.title(language)
                _out(t("path.already", title=title, day=place.day, days=place.days))
                return 0
            if found is not None and found.step is not None and was is not None:
                place = found.step.place
                title = was.title(language)
                _out(t("path.stops", title=title, day=place.day, days=place.days))
        path_progress.start_path(journal, path, day)
        when = _first_step_when(context, journal, day)
    steps = tn("path.steps", len(path.steps))
    _out(t("path.started", title=path.title(language), steps=steps))
    print(t(FIRST_STEP[when]))
    return 0


def _named_path(context: Context, shelf: PathShelf, name: str) -> LearningPath:
    """The path `name` stands for: an id, or a path file (copied into `leerpaden/`)."""
    candidate = Path(name)
    if candidate.suffix == ".toml" or "/" in name or candidate.is_file():
        return _take_file(context, shelf, candidate)
    path = shelf.find(name)
    if path is None:
        _print_problems(shelf)
        known = ", ".join(p.id for p in shelf.paths) or "-"
        raise UserInputError("path.unknown", path_id=name, known=known)
    return path


def _take_file(context: Context, shelf: PathShelf, source: Path) -> LearningPath:
    """A path file from elsewhere (a coach sent it): checked, then copied into `leerpaden/`
    as `<id>.toml`, unless it is there already. A different file with that id stays as it is."""
    from leeslamp.core.fileio import atomic_write_bytes, ensure_private_dir
    from leeslamp.daily.learning_paths import read_path_file

    if not source.is_file():
        raise UserInputError("path.no_file", file=source)
    path, problems = read_path_file(source, article_ids=context.library().ids())
    if path is None or problems:
        sentences = "\n".join(problem.sentence() for problem in problems)
        raise UserInputError("path.file_refused", problems=sentences)
    folder = context.paths.user_paths
    target = folder / f"{path.id}.toml"
    raw = source.read_bytes()
    if source.resolve() == target.resolve():
        return path
    known = shelf.find(path.id)
    if known is not None and known.source is not None:
        same = known.source.is_file() and known.source.read_bytes() == raw
        if same:
            return known
        raise UserInputError("path.id_taken", path_id=path.id, other=known.source)
    if target.exists():  # there, but not loaded (damaged): never written over
        raise UserInputError("path.id_taken", path_id=path.id, other=target)
    ensure_private_dir(folder)
    atomic_write_bytes(target, raw)
    _out(t("path.copied", file=target))
    return path


def _first_step_when(context: Context, journal: Journal, day: date) -> str:
    """When the first step comes: "today", "tomorrow" (today's question is answered) or
    "after_coach" (a coach's question goes first). A question chosen today but not answered
    makes way for the path: the reader just asked for it."""
    from leeslamp.daily.bank import load_bank_checked
    from leeslamp.daily.path_progress import path_step_for_day
    from leeslamp.daily.today import (
        daily_question,
        open_assignment_questions,
        question_for_day,
        todays_answer,
    )

    bank = load_bank_checked(context.paths.user_prompts, lambda: context.library().ids()).prompts
    question = question_for_day(journal, day, bank)
    if question.path is not None:
        return "today"
    if todays_answer(journal.entries(), question) is not None:
        return "tomorrow"
    step = path_step_for_day(journal, day)
    natural = daily_question(day, bank, open_assignment_questions(journal, day), path_step=step)
    if natural.path is not None:
        journal.set_day_choice(day, natural.prompt.id)
        return "today"
    return "after_coach"


# --- pad stop ----------------------------------------------------------------------------------


def stop_path(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.daily import path_progress

    if not _has_journal(context):
        print(t("path.none"))
        return 0
    day = context.today()
    with _open(context) as journal:
        state = path_progress.path_state(journal)
        if state is None and journal.path_state() is None:
            print(t("path.none"))
            return 0
        path_progress.stop_path(journal)
        path = path_progress.find_path(context.paths, state.path_id) if state else None
        found = _progress(journal, path, state.started, day) if path and state else None
    if path is None or found is None:
        print(t("path.stopped_unknown"))
    else:
        title = path.title(context.language)
        days = len(path.steps)
        at = found.step.place.day if found.step is not None else days
        _out(t("path.stopped", title=title, day=at, days=days))
    return 0
