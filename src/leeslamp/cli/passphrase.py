"""Getting the passphrase of a locked journal on the command line (see journal/crypt.py).

In this order: the file named by `LEESLAMP_WACHTWOORD_BESTAND` (for scripts; refused when its
group or others may read it), the OS keyring if the reader asked to be remembered there
(cli/remembered.py), else the terminal (hidden input, `getpass`). With none of these, the
command stops with a sentence (exit 2): it never waits for input that cannot come.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from leeslamp.core.errors import UserInputError, os_reason
from leeslamp.i18n import t

FILE_ENV = "LEESLAMP_WACHTWOORD_BESTAND"


def has_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def ask(folder: Path) -> str:
    """The passphrase of the locked journal in `folder`: crypt's asker on the command line."""
    from leeslamp.cli.remembered import recall
    from leeslamp.journal.crypt import NeedPassphrase, read_key_file

    named = os.environ.get(FILE_ENV)
    if named:
        return from_file(Path(named).expanduser())
    remembered = recall(read_key_file(folder)["key_id"])
    if remembered is not None:
        return remembered
    if not has_terminal():
        raise NeedPassphrase(folder)
    return _hidden(t("lock.ask"))


def from_file(path: Path) -> str:
    """The first line of `path`, if only its owner may read it."""
    try:
        info = path.stat()
        if info.st_mode & 0o077:
            raise UserInputError("lock.file_too_open", path=path)
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise UserInputError("lock.file_unreadable", path=path, reason=os_reason(exc)) from None
    except UnicodeDecodeError:
        raise UserInputError("lock.file_unreadable", path=path, reason="UTF-8") from None
    return text.splitlines()[0] if text else ""


def _hidden(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt)


#: a passphrase shorter than this is guessed by trying: whoever copies the folder has time
MIN_LENGTH = 8


def new_passphrase() -> str:
    """A new passphrase, typed twice: hidden on a terminal, else two lines of standard input."""
    if has_terminal():
        first, second = _hidden(t("lock.ask_new")), _hidden(t("lock.ask_again"))
    else:
        lines = sys.stdin.read().splitlines() if sys.stdin is not None else []
        if len(lines) < 2:
            raise UserInputError("lock.two_lines")
        first, second = lines[0], lines[1]
    if not first:
        raise UserInputError("lock.empty")
    if len(first) < MIN_LENGTH:
        raise UserInputError("lock.too_short", length=MIN_LENGTH)
    if first != second:
        raise UserInputError("lock.not_same")
    return first
