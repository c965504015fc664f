"""The LeeslampError family: the one place that turns errors into sentences.

An error carries an i18n key and its parameters, not a finished sentence, so the same
error reads in Dutch or English depending on the reader's language.
"""

from __future__ import annotations

import errno

from leeslamp.i18n import t

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any


class LeeslampError(Exception):
    """A problem the reader can understand and act on; never shown as a traceback."""

    #: process exit code when this ends a command; 2 is "bad input".
    exit_code = 2

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def sentence(self) -> str:
        return t(self.key, **self.params)

    def __str__(self) -> str:
        return self.sentence()


class UserInputError(LeeslampError):
    """Something the reader typed or pointed at is not right (exit code 2)."""


class ArticleNotFound(UserInputError):
    pass


class EnvironmentProblem(LeeslampError):
    """The disk, a lock or a file is in the way; the reader's input was fine (exit code 1)."""

    exit_code = 1


class JournalLocked(EnvironmentProblem):
    """Another leeslamp has the journal open for writing."""


class JournalUnreadable(EnvironmentProblem):
    """The journal file cannot be read; it is left exactly as it is."""


class JournalWriteError(EnvironmentProblem):
    """Writing to the journal failed (full disk, read-only folder); nothing on disk was damaged."""


class StaleWrite(LeeslampError):
    """A save started from an older version of a text: the journal has newer words (written
    elsewhere, in the Dagboek say). Nothing was written; `entry` is the journal's version."""

    exit_code = 1

    def __init__(self, entry: Any) -> None:
        super().__init__("journal.stale_write")
        self.entry = entry


def bug_sentence(exc: BaseException) -> str:
    """What to say when something unexpected breaks: it is our fault, and what to do."""
    return t("error.bug", kind=type(exc).__name__, detail=str(exc) or "-")


#: the operating-system errors a reader meets, said in their language (strerror is English)
_OS_REASONS = {
    errno.ENOENT: "oserror.missing",
    errno.EISDIR: "oserror.is_folder",
    errno.ENOTDIR: "oserror.not_folder",
    errno.EACCES: "oserror.denied",
    errno.EPERM: "oserror.denied",
    errno.ENOSPC: "oserror.disk_full",
    errno.EDQUOT: "oserror.disk_full",
    errno.EROFS: "oserror.read_only",
    errno.EEXIST: "oserror.exists",
    errno.ENAMETOOLONG: "oserror.name_too_long",
}


def os_reason(exc: OSError) -> str:
    """Why a file could not be read or written, in a few words of the reader's language."""
    key = _OS_REASONS.get(exc.errno or 0)
    if key is not None:
        return t(key)
    return exc.strerror or type(exc).__name__
