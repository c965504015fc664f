"""`leeslamp opdracht ...`: coach assignments on the command line.

controleer / importeer / lijst / toon / antwoorden / overzicht (English: check / import / list /
show / answers / overview). Answering is `leeslamp schrijf --opdracht ID --vraag N TEKST`
(see `assignment_reader.answer_from_cli`). All the work is in `leeslamp.assignments`; the
commands only talk: the coach's in assignment_coach.py, the reader's in assignment_reader.py.
This module builds their parser and holds how they print.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from leeslamp.cli.parser import Parser
from leeslamp.core.safe_text import printable
from leeslamp.i18n import t


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    # here, not at the top: those modules print with `out` and `err` from this one
    from leeslamp.cli.assignment_coach import check_file, show_overview
    from leeslamp.cli.assignment_reader import (
        export_answers,
        import_file,
        list_assignments,
        show_assignment,
    )

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


def out(text: str) -> None:
    """A line for the reader: the text of a stranger's file, with its control characters made
    visible (an escape sequence would act on the terminal)."""
    print(printable(text))


def err(text: str) -> None:
    print(printable(text), file=sys.stderr)
