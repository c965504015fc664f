"""`leeslamp opdracht ...`: coach assignments on the command line.

controleer / importeer / lijst / toon / antwoorden / overzicht (English: check / import / list /
show / answers / overview). Answering is `leeslamp schrijf --opdracht ID --vraag N TEKST`
(see `answer_from_cli`). All the work is in `leeslamp.assignments`; this module only talks.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leeslamp.cli.parser import Parser
from leeslamp.core.context import Context
from leeslamp.core.errors import UserInputError
from leeslamp.core.safe_text import printable
from leeslamp.i18n import t

if TYPE_CHECKING:
    from leeslamp.assignments import Overview
    from leeslamp.journal import Journal

YES = ("j", "ja", "y", "yes")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    top = subparsers.add_parser(
        "opdracht", aliases=["assignment"], parents=[common], help=t("cli.cmd.assignment")
    )
    top.set_defaults(handler=lambda _context, _args: _print_help(top))
    commands = top.add_subparsers(
        title=t("cli.commands"), metavar=t("cli.metavar.command"), parser_class=Parser
    )

    def command(name: str, alias: str, handler: Any) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = commands.add_parser(
            name, aliases=[alias], parents=[common], help=t(f"cli.cmd.assignment_{alias}")
        )
        parser.set_defaults(handler=handler)
        return parser

    check = command("controleer", "check", check_file)
    check.add_argument("file", type=Path, metavar="BESTAND", help=t("cli.help.assignment_file"))

    load = command("importeer", "import", import_file)
    load.add_argument("file", type=Path, metavar="BESTAND", help=t("cli.help.assignment_file"))

    listing = command("lijst", "list", list_assignments)
    listing.add_argument("--json", action="store_true", help=t("cli.help.json"))

    show = command("toon", "show", show_assignment)
    show.add_argument("id", metavar="ID", help=t("cli.help.assignment_id"))

    answers = command("antwoorden", "answers", export_answers)
    answers.add_argument("id", metavar="ID", help=t("cli.help.assignment_id"))
    answers.add_argument(  # a str: Path() would drop the '/' that says "a folder"
        "-o", "--uitvoer", "--output", dest="output", metavar="PAD",
        help=t("cli.help.bundle_output"),
    )  # fmt: skip
    answers.add_argument("--naam", "--name", dest="name", metavar="NAAM", help=t("cli.help.name"))
    answers.add_argument("--ja", "--yes", dest="yes", action="store_true", help=t("cli.help.yes"))
    answers.add_argument(
        "--met-aandacht", "--with-notes", dest="notes", action="store_true",
        help=t("cli.help.with_notes"),
    )  # fmt: skip

    overview = command("overzicht", "overview", show_overview)
    overview.add_argument(
        "files", nargs="+", type=Path, metavar="BESTAND", help=t("cli.help.bundles")
    )
    overview.add_argument(
        "-o", "--uitvoer", "--output", dest="output", type=Path, metavar="VERSLAG.md|.html",
        help=t("cli.help.report_output"),
    )  # fmt: skip
    overview.add_argument("--json", action="store_true", help=t("cli.help.json"))
    overview.add_argument(
        "--opdracht", "--assignment", dest="assignment", metavar="ID",
        help=t("cli.help.overview_assignment"),
    )  # fmt: skip


def _print_help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 0


def _out(text: str) -> None:
    """A line for the reader: the text of a stranger's file, with its control characters made
    visible (an escape sequence would act on the terminal)."""
    print(printable(text))


def _err(text: str) -> None:
    print(printable(text), file=sys.stderr)


# --- the coach: controleer, overzicht ----------------------------------------------------------


def check_file(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.assignments import read_assignment
    from leeslamp.assignments.words import articles_phrase, counted, questions_phrase

    library = context.library()
    result = read_assignment(args.file, known_articles=library.ids(), today=context.today())
    for finding in result.errors:
        _out(finding.sentence(args.file))
    for finding in result.warnings:
        _out(t("assignment.warning", sentence=finding.sentence(args.file)))
    assignment = result.assignment
    if assignment is None:
        _out(counted("assignment.check_failed", len(result.errors)))
        return 2
    _out(
        t(
            "assignment.check_ok",
            title=assignment.title,
            questions=questions_phrase(len(assignment.questions)),
            articles=articles_phrase(len(assignment.articles)),
            assignment_id=assignment.id,
        )
    )
    return 0


def show_overview(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.assignments import build_overview
    from leeslamp.assignments.dialogue import dialogue_text, with_dialogue
    from leeslamp.assignments.report_html import report_kind, report_text
    from leeslamp.core.fileio import atomic_write_text

    if args.output is not None:
        report_kind(args.output)  # a wrong ending is said before anything is read
    overview = build_overview(args.files, assignment_id=args.assignment)
    overview = with_dialogue(overview, context.library().find)
    if args.json:
        json.dump(overview.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif overview.assignment is not None:
        _out(overview_table(overview))
        for line in dialogue_text(overview):
            _out(line)
    for skipped in overview.skipped:
        _err(t("overview.skipped", path=skipped.source, reason=skipped.reason()))
    if overview.assignment is None:
        raise UserInputError("overview.nothing")
    if args.output is not None:
        atomic_write_text(args.output, report_text(overview, args.output))
        _err(t("overview.written", path=args.output))
    elif not args.json:
        _err(t("overview.hint_report"))
    return 0


def overview_table(overview: Overview) -> str:
    """Readers × questions for the terminal: a mark where a reader answered."""
    assignment = overview.assignment
    assert assignment is not None, "shown only when one usable bundle was read"
    from leeslamp.assignments.overview import reader_label

    numbers = [q.number for q in overview.questions]
    labels = [printable(reader_label(overview, bundle)) for bundle in overview.readers]
    width = max([len(t("overview.reader")), *(len(label) for label in labels)])
    cell = max(len(str(n)) for n in numbers) if numbers else 1
    head = "  ".join([t("overview.reader").ljust(width), *(str(n).rjust(cell) for n in numbers)])
    lines = [
        t("overview.heading", title=assignment.title, assignment_id=assignment.id),
        "",
        f"{head}  {t('overview.answered')}",
    ]
    for label, bundle in zip(labels, overview.readers, strict=True):
        marks = [
            t("overview.yes" if overview.answer(bundle, n) else "overview.no").rjust(cell)
            for n in numbers
        ]
        done = f"{bundle.answered}/{len(bundle.answers)}"
        lines.append("  ".join([label.ljust(width), *marks]) + f"  {done}")
    return "\n".join(lines + _version_lines(overview))


def _version_lines(overview: Overview) -> list[str]:
    """Under the table: the versions and the files edited by hand, and the questions not
    asked in every version."""
    from leeslamp.assignments.overview import overview_notes

    notes = overview_notes(overview)
    lines = ["", *notes] if notes else []
    for question in overview.questions:
        only = overview.only_in(question.number)
        if only:
            lines.append(f"{question.number}. {question.text} ({only})")
    return lines


# --- the reader: importeer, lijst, toon, antwoorden, schrijf --opdracht ------------------------


def _open_for_writing(context: Context) -> Journal:
    from leeslamp.journal import Journal

    return Journal.open(context.paths, lock_timeout=5.0, clock=context.current_time)


def _open_for_reading(context: Context) -> Journal:
    from leeslamp.journal import Journal

    return Journal.open(context.paths, read_only=True, clock=context.current_time)


def import_file(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.assignments import import_assignment, load_assignment
    from leeslamp.assignments.words import questions_phrase

    # Checked without the library: a reader may lack an article the coach has, and can still
    # answer its questions. That is said below, as a warning.
    assignment, warnings = load_assignment(args.file, today=context.today())
    for finding in warnings:
        _err(t("assignment.warning", sentence=finding.sentence(args.file)))
    library = context.library()
    for article in assignment.articles:
        if library.find(article) is None:
            _err(t("assignment.article_missing_here", article=article))
    with _open_for_writing(context) as journal:
        result = import_assignment(journal, assignment)
    if not result.new:
        _err(t("assignment.already_imported", title=assignment.title))
    elif result.previous is not None:
        _err(
            t(
                "assignment.new_version",
                title=assignment.title,
                previous=result.previous.id,
                questions=questions_phrase(len(assignment.questions)),
            )
        )
    else:
        questions = questions_phrase(len(assignment.questions))
        _err(t("assignment.imported", title=assignment.title, questions=questions))
    if result.moved:
        from leeslamp.assignments.versions import move_sentence

        _err(t("assignment.moved_head"))
        for move in result.moved:
            _err(f"- {move_sentence(move)}")
    _out(assignment.id)
    return 0


def list_assignments(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.assignments import assignment_statuses

    with _open_for_reading(context) as journal:
        statuses = assignment_statuses(journal)
    if args.json:
        json.dump([s.list_dict() for s in statuses], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not statuses:
        _out(t("assignment.none"))
        return 0
    for status in statuses:
        assignment = status.assignment
        parts = [f"{assignment.id}  {assignment.title}"]
        if assignment.coach:
            parts.append(f" — {assignment.coach}")
        if assignment.deadline:
            parts.append(", " + t("assignment.due", deadline=assignment.deadline.isoformat()))
        parts.append(", " + t("assignment.progress", answered=status.answered, total=status.total))
        if status.stored.superseded_by:
            parts.append(" " + t("assignment.superseded", newer=status.stored.superseded_by))
        _out("".join(parts))
    return 0


def show_assignment(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.assignments import status_of

    with _open_for_reading(context) as journal:
        status = status_of(journal, args.id)
    assignment = status.assignment
    library = context.library()
    _out(f"{assignment.title} ({assignment.id})")
    if assignment.coach:
        _out(t("bundle.md_coach") + f": {assignment.coach}")
    if assignment.deadline:
        _out(t("assignment.due", deadline=assignment.deadline.isoformat()))
    if assignment.message:
        _out("\n" + assignment.message)
    current = None
    for item in status.questions():
        question = item.question
        if question.article != current:
            current = question.article
            found = library.find(current)
            _out(f"\n{found.title if found else current} ({current})")
        mark = t("overview.yes") if item.answer else " "
        _out(f"  [{mark}] {question.number}. {question.text}")
    _out("\n" + t("assignment.how_to_answer", assignment_id=assignment.id))
    return 0


def export_answers(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.assignments import (
        build_bundle,
        bundle_markdown,
        bundle_paths,
        status_of,
    )
    from leeslamp.assignments.bundle import names_folder
    from leeslamp.assignments.words import counted

    library = context.library()
    notes = None
    with _open_for_reading(context) as journal:
        status = status_of(journal, args.id)
        if args.notes:  # only when asked, and only the notes on the assignment's articles
            from leeslamp.assignments.shared_notes import notes_to_share

            notes = notes_to_share(journal, status.assignment, library.find)
    from leeslamp.core.settings import ensure_reader_id

    reader = args.name if args.name is not None else (context.settings.name or "")
    context.settings = ensure_reader_id(context.paths.settings, context.settings)
    for notice in context.settings.notices:  # a broken settings file set aside, a new id
        _err(notice)
    titles = {article.id: article.title for article in library.articles}
    document = build_bundle(
        status.assignment,
        status.answers,
        reader=reader,
        reader_id=context.settings.reader_id or "",
        exported=context.current_time(),
        article_titles=titles,
        notes=notes,
    )
    output = args.output or str(Path.cwd())
    target, copy = bundle_paths(Path(output), document, folder=names_folder(output))
    from leeslamp.assignments.destination import check_destination, write_checked

    # before the preview: a file of someone else's there is refused, whatever --ja says
    destination = check_destination(document, target)
    # Show exactly what leaves the machine before anything is written, and per answer the
    # day and place it was written, so a text written elsewhere is recognised in time.
    _out(bundle_markdown(document))
    from leeslamp.assignments.places import preview_lines

    for line in preview_lines(status.answers, lambda article: titles.get(article)):
        _err(line)
    if notes is None:
        _err(t("bundle.notes_stay"))
    else:
        _err(counted("bundle.notes_going", len(notes)))
    _err(t("bundle.will_write", json=target, md=copy))
    if destination.replaces is not None:
        _err(t("bundle.replaces", made=destination.replaces))
    if status.answered == 0:
        _err(t("bundle.nothing_answered"))
    from leeslamp.journal.crypt import is_locked

    if is_locked(context.paths.data_dir):  # the answers leave plain, as the preview shows them
        _err(t("lock.export_plain"))
    if not args.yes and not _confirmed():
        _err(t("bundle.cancelled"))
        return 1
    write_checked(document, target)
    _err(t("bundle.written", json=target, md=copy))
    if not document["reader"]:
        _err(t("bundle.hint_name"))
    return 0


def _confirmed() -> bool:
    if not sys.stdin.isatty():
        raise UserInputError("bundle.need_yes")
    print(t("bundle.confirm"), end=" ", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in YES


def answer_from_cli(context: Context, args: argparse.Namespace, text: str) -> int:
    """`leeslamp schrijf --opdracht ID --vraag N TEKST`: an `antwoord` entry to that question."""
    from leeslamp.assignments import answer_question, find_assignment
    from leeslamp.assignments.places import COMMAND_LINE

    if args.assignment is None or args.question is None:
        raise UserInputError("write.need_both")
    if args.kind is not None:
        raise UserInputError("write.kind_with_assignment")
    with _open_for_writing(context) as journal:
        assignment = find_assignment(journal, args.assignment).assignment
        question = assignment.question(args.question)
        if question is not None and args.article not in (None, question.article):
            raise UserInputError(
                "write.article_with_assignment", article=args.article, expected=question.article
            )
        result = answer_question(
            journal, assignment, args.question, text, tags=args.tags, written_in=COMMAND_LINE
        )
    _err(t("write.answer_saved", number=args.question, title=assignment.title))
    if result.earlier is not None:
        _err(t("write.answer_again"))
    return 0
