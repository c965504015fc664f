"""`leeslamp opdracht importeer`, `lijst`, `toon`, `antwoorden` and `leeslamp schrijf
--opdracht`: the reader's side of assignments on the command line. Taking an assignment in,
seeing it, answering it, and sending the answers back as a bundle, shown in full before
anything is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from leeslamp.cli.assignments import err, out
from leeslamp.core.context import Context
from leeslamp.core.errors import UserInputError
from leeslamp.i18n import t

if TYPE_CHECKING:
    from leeslamp.journal import Journal

YES = ("j", "ja", "y", "yes")


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
        err(t("assignment.warning", sentence=finding.sentence(args.file)))
    library = context.library()
    for article in assignment.articles:
        if library.find(article) is None:
            err(t("assignment.article_missing_here", article=article))
    with _open_for_writing(context) as journal:
        result = import_assignment(journal, assignment)
    if not result.new:
        err(t("assignment.already_imported", title=assignment.title))
    elif result.previous is not None:
        err(
            t(
                "assignment.new_version",
                title=assignment.title,
                previous=result.previous.id,
                questions=questions_phrase(len(assignment.questions)),
            )
        )
    else:
        questions = questions_phrase(len(assignment.questions))
        err(t("assignment.imported", title=assignment.title, questions=questions))
    if result.moved:
        from leeslamp.assignments.versions import move_sentence

        err(t("assignment.moved_head"))
        for move in result.moved:
            err(f"- {move_sentence(move)}")
    out(assignment.id)
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
        out(t("assignment.none"))
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
        out("".join(parts))
    return 0


def show_assignment(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.assignments import status_of

    with _open_for_reading(context) as journal:
        status = status_of(journal, args.id)
    assignment = status.assignment
    library = context.library()
    out(f"{assignment.title} ({assignment.id})")
    if assignment.coach:
        out(t("bundle.md_coach") + f": {assignment.coach}")
    if assignment.deadline:
        out(t("assignment.due", deadline=assignment.deadline.isoformat()))
    if assignment.message:
        out("\n" + assignment.message)
    current = None
    for item in status.questions():
        question = item.question
        if question.article != current:
            current = question.article
            found = library.find(current)
            out(f"\n{found.title if found else current} ({current})")
        mark = t("overview.yes") if item.answer else " "
        out(f"  [{mark}] {question.number}. {question.text}")
    out("\n" + t("assignment.how_to_answer", assignment_id=assignment.id))
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
        err(notice)
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
    out(bundle_markdown(document))
    from leeslamp.assignments.places import preview_lines

    for line in preview_lines(status.answers, lambda article: titles.get(article)):
        err(line)
    if notes is None:
        err(t("bundle.notes_stay"))
    else:
        err(counted("bundle.notes_going", len(notes)))
    err(t("bundle.will_write", json=target, md=copy))
    if destination.replaces is not None:
        err(t("bundle.replaces", made=destination.replaces))
    if status.answered == 0:
        err(t("bundle.nothing_answered"))
    from leeslamp.journal.crypt import is_locked

    if is_locked(context.paths.data_dir):  # the answers leave plain, as the preview shows them
        err(t("lock.export_plain"))
    if not args.yes and not _confirmed():
        err(t("bundle.cancelled"))
        return 1
    write_checked(document, target)
    err(t("bundle.written", json=target, md=copy))
    if not document["reader"]:
        err(t("bundle.hint_name"))
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
    err(t("write.answer_saved", number=args.question, title=assignment.title))
    if result.earlier is not None:
        err(t("write.answer_again"))
    return 0
