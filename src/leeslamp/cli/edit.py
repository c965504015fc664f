"""`leeslamp bewerk ID [TEKST | -]`: replace an entry's text, from the command line or in the
reader's own editor (`$VISUAL`, else `$EDITOR`, as `git commit` and `jrnl --edit` do).

The earlier text is kept as a version (see journal/versions.py). The editor gets a temporary
copy (mode 0600, removed afterwards, also on error); the journal's lock is taken only to save,
not while the editor is open, and the save names the revision it started from: what the app
saved meanwhile is never overwritten. Whatever stops the save after the editor closed, the
edited text is kept in a private file in the data folder, and the sentence says where.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from leeslamp.core.context import Context
from leeslamp.core.errors import EnvironmentProblem, LeeslampError, UserInputError
from leeslamp.core.safe_text import printable
from leeslamp.i18n import t

if TYPE_CHECKING:
    from leeslamp.journal.models import Entry

#: a short wait for the lock, as `leeslamp schrijf` does, when the app is being closed
LOCK_WAIT = 5.0


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    edit = subparsers.add_parser(
        "bewerk", aliases=["edit"], parents=[common], help=t("cli.cmd.edit")
    )
    edit.add_argument("entry", metavar="ID", help=t("cli.help.entry_id"))
    edit.add_argument(
        "text", nargs="*", metavar=t("cli.metavar.text"), help=t("cli.help.edit_text")
    )
    edit.set_defaults(handler=edit_entry)


def edit_entry(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.cli.journal import _text_from

    if args.text:
        text = _text_from(args, may_be_empty=True)
        return _save(context, args.entry, lambda _entry: text, kept_aside=False)
    command = editor_command()
    return _save(context, args.entry, lambda entry: run_editor(command, entry), kept_aside=True)


def _save(context: Context, wanted: str, new_text: Any, *, kept_aside: bool) -> int:
    """Find the entry, get its new text from `new_text(entry)`, save it as a new version.
    With `kept_aside` (the editor) the entry is read without the lock, and the text is kept
    in a file when the save cannot be made."""
    from leeslamp.journal import Journal
    from leeslamp.journal.lookup import find_entry_id

    paths = context.paths
    if not kept_aside:  # the text is known: read and save under one lock
        with Journal.open(paths, lock_timeout=LOCK_WAIT, clock=context.current_time) as journal:
            entry = _entry(journal, find_entry_id(journal, wanted))
            text = _checked(entry, new_text(entry))
            if text is None:
                return _unchanged()
            saved = journal.update_entry(entry.id, text=text, expected=entry.rev, new_version=True)
            count = len(journal.versions(entry.id))
        return _said_saved(saved, count)
    with Journal.open(paths, read_only=True) as journal:
        entry = _entry(journal, find_entry_id(journal, wanted))
    lock_is_free(context, "edit.app_has_it")  # say so now, not after the reader has written
    text = _checked(entry, new_text(entry))
    if text is None:
        return _unchanged()
    try:
        with Journal.open(paths, lock_timeout=LOCK_WAIT, clock=context.current_time) as journal:
            saved = journal.update_entry(entry.id, text=text, expected=entry.rev, new_version=True)
            count = len(journal.versions(entry.id))
    except LeeslampError as problem:  # the app saved meanwhile, has it open, a full disk
        print(printable(f"leeslamp: {problem.sentence()}"), file=sys.stderr)
        keep_aside(context, text, f"bewerkt-{entry.id[:8]}", "edit.kept_aside", entry.id[:8])
    return _said_saved(saved, count)


def _entry(journal: Any, entry_id: str) -> Entry:
    entry = journal.get_entry(entry_id)
    assert entry is not None
    return entry  # type: ignore[no-any-return]


def _checked(entry: Entry, text: str) -> str | None:
    """The text to save, or None when nothing changed. An empty text is refused (an aandacht
    note may be empty: a plain highlight)."""
    if not text.strip() and entry.kind != "aandacht":
        raise UserInputError("edit.empty")
    if text == entry.text:
        return None
    return text


def _unchanged() -> int:
    print(t("edit.unchanged"), file=sys.stderr)
    return 0


def _said_saved(saved: Entry, count: int) -> int:
    said = t("edit.saved", kind=t(f"entrykind.{saved.kind}"), entry_id=saved.id[:8], kept=count - 1)
    print(said, file=sys.stderr)
    return 0


def lock_is_free(context: Context, sentence: str) -> None:
    """Raise `sentence` when another leeslamp holds the journal: before the reader writes in an
    editor or at the terminal, not after."""
    from leeslamp.core.errors import JournalLocked
    from leeslamp.journal.locking import hold_lock

    try:
        with hold_lock(context.paths, 1.0):
            pass
    except JournalLocked:
        raise EnvironmentProblem(sentence) from None


def editor_command() -> list[str]:
    """`$VISUAL`, else `$EDITOR`, split as a shell would (`code --wait`)."""
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            try:
                command = shlex.split(value)
            except ValueError:
                raise UserInputError("edit.editor_bad", name=name, value=value) from None
            if command:
                return command
    raise UserInputError("edit.no_editor")


def run_editor(command: list[str], entry: Entry) -> str:
    """Open `entry`'s text in the editor; the text when it exits 0 (the temporary file is
    removed whatever happens)."""
    handle, name = tempfile.mkstemp(prefix=f"leeslamp-{entry.id[:8]}-", suffix=".txt")
    path = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(entry.text)
        try:
            finished = subprocess.run([*command, str(path)], check=False)
        except OSError:  # not found, not executable
            raise UserInputError("edit.editor_not_found", editor=command[0]) from None
        if finished.returncode != 0:
            raise EnvironmentProblem(
                "edit.editor_failed", editor=command[0], code=finished.returncode
            )
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise UserInputError("journal.not_text") from None
        except OSError:  # the editor removed it: nothing to save
            raise EnvironmentProblem("edit.editor_removed", editor=command[0]) from None
    finally:
        path.unlink(missing_ok=True)
    # Editors end the last line with a newline; the text had none: that is no change.
    if not entry.text.endswith("\n"):
        text = text.rstrip("\n")
    return text


def keep_aside(
    context: Context, text: str, name: str, sentence: str, entry_id: str = ""
) -> NoReturn:
    """Words that could not be saved, kept in a file of their own in the data folder (or, if
    even that fails, shown on the terminal), and `sentence` says where: never lost."""
    from leeslamp.core.fileio import atomic_write_text

    stamp = context.current_time().strftime("%Y%m%d-%H%M%S")
    path = context.paths.data_dir / f"{name}-{stamp}.txt"
    try:
        atomic_write_text(path, text)
    except OSError:  # not even that: the words go to the terminal, the last place left
        print(printable(text))
        raise EnvironmentProblem("edit.kept_on_screen") from None
    raise EnvironmentProblem(sentence, path=path, entry_id=entry_id) from None
