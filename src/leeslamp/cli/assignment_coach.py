"""`leeslamp opdracht controleer` and `overzicht`: the coach's side of assignments on the
command line. Checking a file before sending it, and reading the readers' answer bundles back
as a table (and a report with `-o`).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from leeslamp.cli.assignments import err, out
from leeslamp.core.context import Context
from leeslamp.core.errors import UserInputError
from leeslamp.core.safe_text import printable
from leeslamp.i18n import t

if TYPE_CHECKING:
    from leeslamp.assignments import Overview


def check_file(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.assignments import read_assignment
    from leeslamp.assignments.words import articles_phrase, counted, questions_phrase

    library = context.library()
    result = read_assignment(args.file, known_articles=library.ids(), today=context.today())
    for finding in result.errors:
        out(finding.sentence(args.file))
    for finding in result.warnings:
        out(t("assignment.warning", sentence=finding.sentence(args.file)))
    assignment = result.assignment
    if assignment is None:
        out(counted("assignment.check_failed", len(result.errors)))
        return 2
    out(
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
        out(overview_table(overview))
        for line in dialogue_text(overview):
            out(line)
    for skipped in overview.skipped:
        err(t("overview.skipped", path=skipped.source, reason=skipped.reason()))
    if overview.assignment is None:
        raise UserInputError("overview.nothing")
    if args.output is not None:
        atomic_write_text(args.output, report_text(overview, args.output))
        err(t("overview.written", path=args.output))
    elif not args.json:
        err(t("overview.hint_report"))
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
