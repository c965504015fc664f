"""`leeslamp versleutel` and `leeslamp ontsleutel`: lock the journal with a passphrase, or unlock
it (journal/crypt.py says how, journal/lock_files.py which files and in what order)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from leeslamp.core.context import Context
from leeslamp.core.errors import UserInputError
from leeslamp.core.safe_text import printable
from leeslamp.i18n import t

#: as `leeslamp schrijf`: wait a little for another leeslamp's short write
LOCK_WAIT = 5.0


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    locking = subparsers.add_parser(
        "versleutel", aliases=["encrypt"], parents=[common], help=t("lock.cmd_lock")
    )
    locking.add_argument(
        "--onthoud",
        "--remember",
        dest="remember",
        action="store_true",
        help=t("lock.help_remember"),
    )
    locking.set_defaults(handler=lock_journal)
    unlocking = subparsers.add_parser(
        "ontsleutel", aliases=["decrypt"], parents=[common], help=t("lock.cmd_unlock")
    )
    unlocking.set_defaults(handler=unlock_journal)


def lock_journal(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.cli.passphrase import new_passphrase
    from leeslamp.journal import crypt, lock_files
    from leeslamp.journal.locking import hold_lock

    paths = context.paths
    if args.remember:
        from leeslamp.cli import remembered

        if not remembered.available():  # said before anything changes
            raise UserInputError("lock.keyring_missing")
    if crypt.is_locked(paths.data_dir):  # said before the passphrase is asked for nothing
        if args.remember:
            return _remember_now(context)
        raise UserInputError("lock.already_locked", path=paths.data_dir)
    print(printable(t("lock.warning")), file=sys.stderr)
    passphrase = new_passphrase()
    with hold_lock(paths, LOCK_WAIT) as held:
        replaced = lock_files.lock(paths, passphrase, lambda: _open_and_close(context, held))
    print(printable(t("lock.locked", path=paths.data_dir)))
    if replaced:
        one = ".one" if len(replaced) == 1 else ""
        print(printable(t("lock.backups_replaced" + one, count=len(replaced))))
    if args.remember:
        from leeslamp.cli import remembered

        remembered.remember(crypt.read_key_file(paths.data_dir)["key_id"], passphrase)
        print(t("lock.remembered"))
    return 0


def _remember_now(context: Context) -> int:
    """`versleutel --onthoud` on a locked journal: its passphrase, checked, into the keyring."""
    from leeslamp.cli import remembered
    from leeslamp.cli.passphrase import ask
    from leeslamp.journal import crypt

    folder = context.paths.data_dir
    passphrase = ask(folder)
    key = crypt.open_key(folder, passphrase)  # WrongPassphrase: nothing is remembered
    remembered.remember(key.key_id, passphrase)
    print(t("lock.remembered"))
    return 0


def unlock_journal(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.cli import remembered
    from leeslamp.journal import crypt, lock_files
    from leeslamp.journal.locking import hold_lock

    paths = context.paths
    key_id = (
        crypt.read_key_file(paths.data_dir)["key_id"] if crypt.is_locked(paths.data_dir) else ""
    )
    with hold_lock(paths, LOCK_WAIT) as held:
        lock_files.unlock(paths, lambda: _open_and_close(context, held))
    print(printable(t("lock.unlocked", path=paths.data_dir)))
    if key_id and remembered.forget(key_id):
        print(t("lock.forgotten"))
    return 0


def _open_and_close(context: Context, held: Any) -> None:
    """Open the journal for writing under the lock we hold: its opening locks (or unlocks)
    every file (`lock_files.finish`), sets damage aside and migrates, as every writer does."""
    from leeslamp.journal import Journal

    Journal.open(context.paths, clock=context.current_time, held_lock=held).close()
