"""`leeslamp import jrnl BESTAND`: bring a jrnl journal in (its JSON export or its text file)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from leeslamp.core.context import Context
from leeslamp.core.errors import UserInputError
from leeslamp.i18n import t

#: a short wait for the lock, as `leeslamp schrijf` does, when the app is being closed
LOCK_WAIT = 5.0


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    bring_in = subparsers.add_parser(
        "import", aliases=["importeer"], parents=[common], help=t("cli.cmd.import")
    )
    bring_in.add_argument(
        "source", type=_source, choices=("jrnl",), metavar="jrnl", help=t("import.help.source")
    )
    bring_in.add_argument("file", metavar=t("cli.metavar.file"), help=t("import.help.file"))
    bring_in.set_defaults(handler=import_journal)


def _source(value: str) -> str:
    """A .toml file where the source belongs is a coach's assignment: say which command."""
    if value.lower().endswith(".toml"):
        raise UserInputError("import.assignment_file", file=value)
    return value


def import_journal(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.core.limits import JRNL_MAX_BYTES
    from leeslamp.interop.jrnl_import import import_jrnl, known_from, read_source
    from leeslamp.interop.jrnl_read import parse
    from leeslamp.journal import Journal

    # one character past the limit is enough to know it is too much
    stdin_text = sys.stdin.read(JRNL_MAX_BYTES + 1) if args.file == "-" else None
    content = read_source(args.file, stdin_text)
    items = parse(content)  # all of it checked before the journal is even opened
    known = None
    if any(item.kind for item in items):  # leeslamp's own export: give entries their links back
        from leeslamp.daily.bank import load_bank

        known = known_from(
            context.library().articles, load_bank(context.paths.user_prompts).prompts
        )
    with Journal.open(context.paths, lock_timeout=LOCK_WAIT, clock=context.current_time) as journal:
        journal.maintain()  # today's backup first: an import is a big change
        outcome = import_jrnl(journal, items, known)
    print(
        t(
            "import.done",
            added=_counted("import.added", outcome.added),
            skipped=_counted("import.skipped", outcome.already_there),
        ),
        file=sys.stderr,
    )
    return 0


def _counted(key: str, count: int) -> str:
    return t(f"{key}.one" if count == 1 else f"{key}.many", count=count)
