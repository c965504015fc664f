"""Rolling backups beside the journal: one per day, the last seven kept, and restoring one.

A backup is taken right after the journal is compacted into a fresh snapshot, so it holds the
whole journal of that moment. It is a real copy, written like every journal file (temp file,
fsync, rename): a hard link would share its bytes with the journal, and whatever damages the
journal in place (an editor, a sync tool, a bad disk) would damage that backup with it.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from leeslamp.fileio import atomic_write_bytes, ensure_private_dir
from leeslamp.journal import logfile, schema
from leeslamp.journal.storage import load_snapshot
from leeslamp.paths import Paths

KEEP = 7
_DAILY = re.compile(r"^journal-(\d{4}-\d{2}-\d{2})\.json$")


@dataclass(frozen=True)
class Backup:
    path: Path
    day: date
    size: int


def daily_backup_path(paths: Paths, day: date) -> Path:
    return paths.backups / f"journal-{day.isoformat()}.json"


def list_backups(paths: Paths) -> list[Backup]:
    """Daily backups, newest first."""
    found: list[Backup] = []
    if not paths.backups.is_dir():
        return found
    for path in paths.backups.iterdir():
        match = _DAILY.match(path.name)
        if match and path.is_file():
            with contextlib.suppress(ValueError, OSError):
                found.append(Backup(path, date.fromisoformat(match[1]), path.stat().st_size))
    return sorted(found, key=lambda b: b.day, reverse=True)


def is_readable(path: Path) -> bool:
    try:
        data = load_snapshot(path)
        return schema.version_of(data) <= schema.SCHEMA_VERSION
    except (ValueError, OSError):
        return False


def newest_good_backup(paths: Paths) -> Path | None:
    for backup in list_backups(paths):
        if is_readable(backup.path):
            return backup.path
    return None


def has_backup_for(paths: Paths, day: date) -> bool:
    return daily_backup_path(paths, day).exists()


def make_daily_backup(paths: Paths, day: date) -> Path | None:
    """Keep today's snapshot as today's backup (call right after compacting). Prunes old ones."""
    target = daily_backup_path(paths, day)
    if target.exists() or not paths.journal.exists():
        return None
    ensure_private_dir(paths.backups)
    atomic_write_bytes(target, paths.journal.read_bytes())
    for old in list_backups(paths)[KEEP:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return target


def set_aside(paths: Paths, now: datetime) -> list[Path]:
    """Copy the current journal files aside, byte for byte and durably, before they are replaced."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    ensure_private_dir(paths.backups)
    kept: list[Path] = []
    for source in (paths.journal, paths.journal_log):
        if source.exists():
            target = paths.backups / f"voor-herstel-{stamp}-{source.name}"
            atomic_write_bytes(target, source.read_bytes())
            kept.append(target)
    return kept


def changes_in_log(paths: Paths) -> int:
    """How many changes the log holds beyond the snapshot (0 for none, or a damaged log)."""
    try:
        contents = logfile.read_log(paths.journal_log)
    except logfile.LogDamaged:
        return 0
    return len(contents.records) if contents is not None else 0


def restore(paths: Paths, backup: Path, now: datetime) -> list[Path]:
    """Make `backup` the journal. The current files are set aside first; returns where.

    The caller holds the journal lock. Raises ValueError if the backup is not a readable journal.
    """
    if not is_readable(backup):
        raise ValueError(f"{backup} is not a readable journal")
    version = schema.version_of(load_snapshot(backup))
    aside = set_aside(paths, now)
    atomic_write_bytes(paths.journal, backup.read_bytes())
    # The log's header must carry the restored journal's version, not ours: an older backup is
    # then migrated on the next open before anything is added to it.
    logfile.reset_log(paths.journal_log, version, paths.journal)
    return aside
