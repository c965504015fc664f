"""Getting hold of the journal's files: the cross-process write lock, what a failed write or an
unreadable snapshot means in words, and the temp files killed writes leave behind.

Shared by `Journal.open` and `quick_add` (`leeslamp schrijf`'s fast path), which both write only
while they hold the lock.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

from leeslamp.core.errors import JournalUnreadable, JournalWriteError, os_reason
from leeslamp.core.fileio import PRIVATE, ensure_private_dir
from leeslamp.core.paths import Paths
from leeslamp.i18n import t
from leeslamp.journal import backups, logfile
from leeslamp.journal.light_lock import locked
from leeslamp.journal.storage import NewerSchema, SnapshotUnreadable

TYPE_CHECKING = False  # filelock costs ~20 ms to import: only a writer, which locks, needs it
if TYPE_CHECKING:
    from filelock import FileLock


def acquire_lock(paths: Paths, timeout: float) -> FileLock:
    from filelock import FileLock, Timeout

    try:
        ensure_private_dir(paths.data_dir)
        lock = FileLock(str(paths.journal_lock), timeout=timeout, mode=PRIVATE, thread_local=False)
        lock.acquire()
    except Timeout:
        raise locked(paths, timeout) from None
    except OSError as exc:
        raise write_error(exc, paths.data_dir) from None
    return lock


@contextlib.contextmanager
def hold_lock(paths: Paths, timeout: float = 0.0) -> Iterator[FileLock]:
    """Hold the journal's write lock for a block (restoring a backup, say)."""
    lock = acquire_lock(paths, timeout)
    try:
        yield lock
    finally:
        lock.release()


def write_error(exc: OSError, where: Path) -> JournalWriteError:
    # DiskFull comes from the log; a full disk during compaction or a backup is a plain OSError
    if isinstance(exc, logfile.DiskFull) or exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
        return JournalWriteError("journal.disk_full", path=where)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EROFS):
        return JournalWriteError("journal.read_only_folder", path=where)
    return JournalWriteError("journal.write_failed", path=where, reason=os_reason(exc))


def remove_leftovers(paths: Paths) -> None:
    """Temp files of journal writes killed half-way: a kill during compaction leaves a whole
    snapshot's worth behind each time. Only the lock holder writes these files, so while we
    hold the lock, any that exist belong to a dead process."""
    for folder, pattern in (
        (paths.data_dir, f".{paths.journal.name}.*.tmp"),
        (paths.data_dir, f".{paths.journal_log.name}.*.tmp"),
        (paths.backups, ".*.tmp"),
    ):
        for leftover in folder.glob(pattern):
            with contextlib.suppress(OSError):
                leftover.unlink()


def unreadable(paths: Paths, problem: SnapshotUnreadable | NewerSchema) -> JournalUnreadable:
    backup = backups.newest_good_backup(paths)
    where = str(backup) if backup else "-"
    if isinstance(problem, NewerSchema):
        return JournalUnreadable("journal.too_new", path=problem.path, backup=where)
    reason = t(f"journal.damage.{problem.kind}", line=problem.line, reason=problem.detail)
    return JournalUnreadable("journal.unreadable", path=problem.path, reason=reason, backup=where)
