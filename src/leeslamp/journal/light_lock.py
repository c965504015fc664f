"""The journal's write lock without the filelock package, for `leeslamp schrijf`'s quick path.

Importing filelock costs `leeslamp schrijf` more than Python takes to start. On a POSIX system
the lock filelock takes (`locking.acquire_lock`) is `flock(LOCK_EX)` on `journal.lock`, a file it
leaves in place so every process locks the same inode; taking the same flock on the same file
here excludes it both ways. Where there is no flock (Windows, a filesystem without it) this
takes nothing and says so, and the caller takes filelock's lock, which knows what to do there.
"""

from __future__ import annotations

import errno
import os
import time

from leeslamp.core.errors import JournalLocked
from leeslamp.core.paths import Paths

#: how often a waiting writer tries again (filelock's default too)
POLL_SECONDS = 0.05
_BUSY = (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK)


class LightLock:
    """A held flock on the journal's lock file; `release()` lets go (once)."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @property
    def is_locked(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)  # closing the last descriptor of the open file drops its flock


def locked(paths: Paths, timeout: float) -> JournalLocked:
    """What a lock someone else holds means, in words (also for `locking.acquire_lock`)."""
    if timeout > 0:  # a command that waited: say how long, and that nothing was saved
        return JournalLocked("journal.locked_cli", seconds=round(timeout))
    return JournalLocked("journal.locked", path=paths.journal)


def acquire_light_lock(paths: Paths, timeout: float) -> LightLock | None:
    """The journal's write lock, waiting up to `timeout` seconds; None where flock is missing."""
    try:
        import fcntl
    except ImportError:
        return None
    from leeslamp.core.fileio import PRIVATE, ensure_private_dir

    try:
        ensure_private_dir(paths.data_dir)
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(paths.journal_lock, flags, PRIVATE)
    except OSError as exc:
        from leeslamp.journal.locking import write_error

        raise write_error(exc, paths.data_dir) from None
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return LightLock(fd)
        except OSError as exc:
            if exc.errno not in _BUSY:  # no flock on this filesystem: filelock's fallback
                os.close(fd)
                return None
        if time.monotonic() >= deadline:
            os.close(fd)
            raise locked(paths, timeout)
        time.sleep(POLL_SECONDS)
