"""Setting aside what a load of the journal left out (see damage.py), once, under the lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from leeslamp.core.errors import LeeslampError
from leeslamp.core.fileio import ensure_private_dir
from leeslamp.core.paths import Paths
from leeslamp.i18n import t
from leeslamp.journal import damage, notices, schema
from leeslamp.journal.storage import LogStorage

TYPE_CHECKING = False
if TYPE_CHECKING:
    from filelock import FileLock


def set_aside_damage(paths: Paths, storage: LogStorage, now: datetime) -> None:
    """Under the lock: keep the journal's files as they are in `backups/`, put what the load left
    out in the set-aside file, and compact, so the damage is gone from the journal and the
    reader is told once. If the disk refuses, the journal still opens with every intact
    record, and the damage waits in place for the next try."""
    found = storage.damage
    if not found:
        return
    one = ".one" if found.count() == 1 else ""
    try:
        ensure_private_dir(paths.backups)
        kept = damage.keep_originals([paths.journal, paths.journal_log], paths.backups, now)
        aside = damage.set_aside(paths.data_dir, found.as_bytes(now), now.date())
        storage.compact()
    except OSError:
        tell_skipped(paths, found)
        return
    storage.damage = damage.Damage()
    copies = ", ".join(str(path) for path in kept) or "-"
    notices.tell(t("journal.damage_set_aside" + one, count=found.count(), path=aside, copy=copies))


def tell_skipped(paths: Paths, found: damage.Damage) -> None:
    one = ".one" if found.count() == 1 else ""
    notices.tell(t("journal.damage_skipped" + one, count=found.count(), path=paths.journal_log))


def set_aside_unlocked(
    paths: Paths,
    storage: LogStorage,
    clock: Callable[[], datetime],
    take_lock: Callable[[], FileLock],
) -> schema.Tables:
    """A read-only opening found damage: set it aside if the lock is free (then it is done
    once, for every later command); else only leave it out, and say so."""
    try:
        lock = take_lock()
    except LeeslampError:  # another leeslamp has it, or the folder is read-only
        tell_skipped(paths, storage.damage)
        return storage.read()
    try:
        data = storage.load()  # again, under the lock: a writer may have finished meanwhile
        set_aside_damage(paths, storage, clock())
    finally:
        lock.release()
    return data
