"""Rolling backups beside the journal: one per day, the last seven kept, and restoring one.

A backup is taken right after the journal is compacted into a fresh snapshot, so it holds the
whole journal of that moment. It is a real copy, written like every journal file (temp file,
fsync, rename): a hard link would share its bytes with the journal, and whatever damages the
journal in place (an editor, a sync tool, a bad disk) would damage that backup with it.
"""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from leeslamp.core.fileio import atomic_write_bytes, atomic_write_chunks, ensure_private_dir
from leeslamp.core.paths import Paths
from leeslamp.journal import crypt, logfile, records, schema
from leeslamp.journal.peek import snapshot_order

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any

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
    from leeslamp.journal.storage import load_snapshot  # TinyDB's storage: not for `schrijf`

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
    # A piece at a time: read whole, a big journal's bytes stay in the app's memory after.
    with paths.journal.open("rb") as source:
        atomic_write_chunks(target, iter(lambda: source.read(1 << 20), b""))
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
    """How many changes the log holds beyond the snapshot (0 for none, or a damaged log). An
    earlier text kept as a version is part of the change that replaced it: not counted."""
    try:
        contents = logfile.read_log(paths.journal_log)
    except logfile.LogDamaged:
        return 0
    if contents is None:
        return 0
    return sum(1 for record in contents.records if record["t"] != schema.VERSIONS)


def read_backup(backup: Path) -> schema.Tables:
    """A backup's tables, repaired as a journal is at load. Raises ValueError if unreadable."""
    if not is_readable(backup):
        raise ValueError(f"{backup} is not a readable journal")
    from leeslamp.journal.storage import load_snapshot

    data = load_snapshot(backup)
    records.normalise(data, datetime.now().astimezone().isoformat(timespec="seconds"))
    return data


def merge(backup: schema.Tables, current: schema.Tables) -> schema.Tables:
    """The backup, plus every record of the current journal: matched by id, of an entry in
    both the one changed last wins (the current one on a tie); in other tables the current
    one wins; the text that lost is kept as a version (the `versions` of both are kept, a
    union by id). An entry both in the entries and the trash is where it went last."""
    from leeslamp.journal.versions import keep_as_versions

    merged = {name: dict(table) for name, table in backup.items()}
    lost: list[dict[str, Any]] = []
    for name, table in current.items():
        target = merged.setdefault(name, {})
        keys = {doc["id"]: key for key, doc in target.items()}
        next_key = max((int(key) for key in target), default=0) + 1
        for doc in table.values():
            key = keys.get(doc["id"])
            if key is None:
                key, next_key = str(next_key), next_key + 1
            elif name == schema.ENTRIES:
                older = _when(doc, "updated") < _when(target[key], "updated")
                lost.append(doc if older else target[key])
                if older:
                    continue
            target[key] = doc
    entries, trash = merged.get(schema.ENTRIES, {}), merged.get(schema.TRASH, {})
    trashed = {doc["id"]: key for key, doc in trash.items()}
    for key, doc in list(entries.items()):
        in_trash = trashed.get(doc["id"])
        if in_trash is not None:
            if _when(trash[in_trash], "deleted") >= _when(doc, "updated"):
                del entries[key]
            else:
                del trash[in_trash]
    keep_as_versions(lost, merged)
    return merged


def _when(doc: dict[str, object], field: str) -> datetime:
    return datetime.fromisoformat(str(doc[field]))


def restore(
    paths: Paths, backup: Path, now: datetime, current: schema.Tables | None = None
) -> list[Path]:
    """Make `backup` the journal, merged with `current` (the journal's intact records, read
    under the lock) so nothing intact is dropped; with None, the backup alone. The current
    files are set aside first; returns where.

    The caller holds the journal lock. Raises ValueError if the backup is not a readable journal.
    """
    data = read_backup(backup)
    version = schema.version_of(data)
    aside = set_aside(paths, now)
    if current is None or version != schema.SCHEMA_VERSION:
        payload = crypt.read_plain(backup)
    else:
        merged = merge(data, current)
        ordered = {name: merged[name] for name in sorted(merged, key=snapshot_order)}
        text = json.dumps(ordered, ensure_ascii=False, separators=(",", ":"))
        payload = text.encode("utf-8")
    # locked again when the journal is locked (the backup may be from before it was)
    atomic_write_chunks(paths.journal, crypt.sealed_chunks(paths.data_dir, [payload]))
    # The log's header must carry the restored journal's version, not ours: an older backup is
    # then migrated on the next open before anything is added to it.
    logfile.reset_log(paths.journal_log, version, paths.journal)
    return aside
