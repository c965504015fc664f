"""`leeslamp geschiedenis ID [--json] [--terug N]`: the versions of a text, and restoring one."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from leeslamp.core.context import Context
from leeslamp.core.safe_text import json_for_terminal, printable
from leeslamp.i18n import t

if TYPE_CHECKING:
    from leeslamp.journal.models import Entry, Version

#: a short wait for the lock, as `leeslamp schrijf` does, when the app is being closed
LOCK_WAIT = 5.0


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    history = subparsers.add_parser(
        "geschiedenis", aliases=["history"], parents=[common], help=t("cli.cmd.history")
    )
    history.add_argument("entry", metavar="ID", help=t("cli.help.entry_id"))
    history.add_argument("--json", action="store_true", help=t("cli.help.json"))
    history.add_argument(
        "--terug",
        "--restore",
        dest="restore",
        type=int,
        metavar="N",
        help=t("cli.help.restore_version"),
    )
    history.set_defaults(handler=show_history)


def show_history(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.journal import Journal
    from leeslamp.journal.lookup import find_entry_id

    if args.restore is not None:
        with Journal.open(
            context.paths, lock_timeout=LOCK_WAIT, clock=context.current_time
        ) as journal:
            entry_id = find_entry_id(journal, args.entry)
            before = len(journal.versions(entry_id))
            entry = journal.restore_version(entry_id, args.restore)
            found = journal.versions(entry_id)
        if len(found) == before:
            print(t("history.already_current", number=args.restore), file=sys.stderr)
        else:
            said = t("history.restored", number=args.restore, kept=before, entry_id=entry_id[:8])
            print(said, file=sys.stderr)
        if args.json:
            _print_json(entry, found)
        return 0
    with Journal.open(context.paths, read_only=True) as journal:
        entry_id = find_entry_id(journal, args.entry)
        current = journal.get_entry(entry_id)
        found = journal.versions(entry_id)
    assert current is not None
    if args.json:
        _print_json(current, found)
        return 0
    _print_text(found)
    if len(found) > 1:
        print(t("history.how_to_restore", entry_id=entry_id[:8]), file=sys.stderr)
    return 0


def _print_json(entry: Entry, found: list[Version]) -> None:
    document = {
        "entry": entry.id,
        "kind": entry.kind,
        "versions": [
            {"version": v.number, "saved": v.saved, "text": v.text, "current": v.current}
            for v in found
        ],
    }
    print(json_for_terminal(json.dumps(document, ensure_ascii=False, indent=2)))


def _print_text(found: list[Version]) -> None:
    from leeslamp.core.dates import human_stamp

    for index, version in enumerate(found):
        key = "history.head_current" if version.current else "history.head"
        if index:
            print()
        print(printable(t(key, number=version.number, saved=human_stamp(version.saved))))
        # made printable first: splitting on every line break Python knows would let a lone
        # CR (or a form feed) act on the terminal instead of being shown
        for line in printable(version.text).split("\n"):
            print(f"  {line}".rstrip())
