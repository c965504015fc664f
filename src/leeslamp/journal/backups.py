"""Rolling backups beside the journal: one per day, the last seven kept, and restoring one.

A backup is taken right after the journal is compacted into a fresh snapshot, so it holds the
whole journal of that moment. Snapshots are only ever replaced (never changed in place), which
lets a backup be a hard link to the snapshot: instant, and no extra disk until they differ.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from leeslamp.fileio import PRIVATE, atomic_write_bytes, ensure_private_dir, fsync_dir
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
    try:
        os.link(paths.journal, target)
    except OSError:  # a file system without hard links
        tmp = target.with_suffix(".tmp")
        shutil.copyfile(paths.journal, tmp)
        os.chmod(tmp, PRIVATE)
        os.replace(tmp, target)
    fsync_dir(paths.backups)
    for old in list_backups(paths)[KEEP:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return target


def set_aside(paths: Paths, now: datetime) -> list[Path]:
    """Copy the current journal files aside, byte for byte, before they are replaced."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    ensure_private_dir(paths.backups)
    kept: list[Path] = []
    for source in (paths.journal, paths.journal_log):
        if source.exists():
            target = paths.backups / f"voor-herstel-{stamp}-{source.name}"
            shutil.copyfile(source, target)
            os.chmod(target, PRIVATE)
            kept.append(target)
    fsync_dir(paths.backups)
    return kept


def restore(paths: Paths, backup: Path, now: datetime) -> list[Path]:
    """Make `backup` the journal. The current files are set aside first; returns where.

    The caller holds the journal lock. Raises ValueError if the backup is not a readable journal.
    """
    if not is_readable(backup):
        raise ValueError(f"{backup} is not a readable journal")
    aside = set_aside(paths, now)
    atomic_write_bytes(paths.journal, backup.read_bytes())
    logfile.reset_log(paths.journal_log, schema.SCHEMA_VERSION)
    return aside
