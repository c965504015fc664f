"""At every opening: merge the conflict copies a sync tool left beside the journal, then move
them into `backups/` (never deleted), and tell the reader.

Called by `Journal.open` under the write lock (`merge_copies`), before the journal is used. The
order makes a kill -9 at any moment harmless: first the merged journal is written (durable
appends, see merge.py for why in two), then the copies are moved. A kill before the move leaves
the copies where they were: the next opening merges them again, which changes nothing (merging
is idempotent), and moves them. A read-only opening merges when the lock is free
(`merge_when_free`); while another leeslamp holds it, it only shows the merged journal
(`merge_in_memory`) and leaves the writing to that one's next opening.

A copy of `journal.log` is a log: its records are replayed onto nothing and merged record by
record into the journal, which is the same as replaying it over the snapshot it belongs to and
merging that, because the records of that snapshot are in the journal already (or in a copy of
`journal.json`, merged as well), and a deletion in the log shows as a trash item that merge.py
weighs against the entry by their dates.

A locked journal's copies are locked too: they open with the key that opened the journal
(crypt.py). A copy that does not open (another key, damaged) stays where it is, and is named.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from leeslamp.core.errors import LeeslampError
from leeslamp.core.fileio import atomic_write_text, ensure_private_dir, fsync_dir
from leeslamp.core.paths import Paths
from leeslamp.i18n import t
from leeslamp.journal import conflicts, logfile, merge, notices, records, schema
from leeslamp.journal.schema import Tables
from leeslamp.journal.storage import LogStorage, SnapshotUnreadable, load_snapshot, replay


class CopyUnreadable(ValueError):
    """A conflict copy that cannot be read as a journal; it is left where it is."""


def read_copy(copy: conflicts.Copy, now: datetime) -> Tables:
    """What a conflict copy of `journal.json` or `journal.log` holds, as tables."""
    try:
        if copy.of == "journal.json":
            data = load_snapshot(copy.path)
        else:
            contents = logfile.read_log(copy.path)
            puts = [r for r in contents.records if r["op"] == "put"] if contents else []
            data = replay({}, puts)
        if schema.version_of(data) > schema.SCHEMA_VERSION:
            raise CopyUnreadable("made by a newer leeslamp")
    except (SnapshotUnreadable, logfile.LogDamaged, schema.ShapeError, LeeslampError) as exc:
        raise CopyUnreadable(str(exc)) from None
    except OSError as exc:
        raise CopyUnreadable(str(exc)) from None
    records.normalise(data, now.isoformat(timespec="seconds"))  # what cannot be read stays out
    return data


def merge_copies(
    paths: Paths, storage: LogStorage, now: datetime, copies: list[conflicts.Copy]
) -> bool:
    """Under the lock: merge the conflict copies (`conflicts.find`) into the journal held by
    `storage`, durably, then move them into `backups/`. Returns whether any was merged."""
    data = storage.read()
    pieces: set[str] = set()
    done: list[conflicts.Copy] = []
    for copy in copies:
        if copy.of == "settings.toml":
            continue
        try:
            theirs = read_copy(copy, now)
        except CopyUnreadable:
            notices.tell(t("sync.copy_unreadable", path=copy.path))
            continue
        pieces |= merge.merge_in(data, theirs).pieces
        done.append(copy)
    storage.write(data)  # what was added or is newer, durable before anything goes
    if merge.settle(data):
        storage.write(data)
    merged_journal = bool(done)
    settings_changed = False
    for copy in copies:
        if copy.of == "settings.toml":
            settings_changed = merge_settings(paths.settings, copy.path) or settings_changed
            done.append(copy)
    if not done:
        return False
    aside = move_aside(paths, [copy.path for copy in done])
    count = len(pieces)
    if merged_journal:
        key = "sync.merged" if count else "sync.nothing_new"
        notices.tell(t(key + (".one" if count == 1 else ""), count=count, path=aside))
    if settings_changed:
        notices.tell(t("sync.settings_merged", path=aside))
    return True


def merge_in_memory(copies: list[conflicts.Copy], data: Tables, now: datetime) -> None:
    """A read-only opening while another leeslamp writes: show the copies merged, write nothing."""
    for copy in copies:
        if copy.of != "settings.toml":
            with contextlib.suppress(CopyUnreadable):
                merge.merge_in(data, read_copy(copy, now))
    merge.settle(data)


def merge_when_free(paths: Paths, clock: Callable[[], datetime] | None) -> None:
    """A read-only opening found copies: merge them for good if no other leeslamp writes now,
    by opening the journal for writing (which merges) under the lock, if it is free."""
    from leeslamp.journal.journal import Journal  # which imports this module
    from leeslamp.journal.locking import acquire_lock

    try:
        lock = acquire_lock(paths, 0.0)
    except LeeslampError:  # another leeslamp writes (it merges at its next opening), read-only
        return
    try:
        # A journal that does not open says so to the read-only opening that follows.
        with contextlib.suppress(LeeslampError):
            Journal.open(paths, clock=clock, held_lock=lock).close()
    finally:
        lock.release()


def move_aside(paths: Paths, copies: list[Path]) -> Path:
    """Move merged copies into `backups/` under their own names (a number added when taken)."""
    ensure_private_dir(paths.backups)
    for path in copies:
        target = paths.backups / path.name
        number = 1
        while target.exists():
            number += 1
            target = paths.backups / f"{path.stem}-{number}{path.suffix}"
        os.replace(path, target)
    fsync_dir(paths.backups)
    fsync_dir(paths.data_dir)
    return paths.backups


# --- settings.toml ---------------------------------------------------------------------------


def _settings_values(path: Path) -> tuple[dict[str, Any], bool]:
    """A settings file's top-level values, and whether it reads as a whole."""
    import tomllib

    from leeslamp.core.settings import recover

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}, True
    try:
        return tomllib.loads(data.decode("utf-8")), True
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return recover(data), False


def merge_settings(ours: Path, copy: Path) -> bool:
    """Merge a conflict copy of `settings.toml` into the file: keys only the copy has are
    added; a key both have takes the value of the file changed last. The reader id never
    changes. A broken settings file of ours is left to `settings.save` (it sets it aside)."""
    import tomli_w

    try:
        mine, whole = _settings_values(ours)
        theirs, _ = _settings_values(copy)
        copy_newer = not ours.exists() or copy.stat().st_mtime_ns > ours.stat().st_mtime_ns
    except OSError:
        return False
    if not whole:
        return False
    values = dict(mine)
    for key, value in theirs.items():
        if key == "reader_id" and mine.get("reader_id"):
            continue
        if key not in values or (copy_newer and values[key] != value):
            values[key] = value
    if values == mine:
        return False
    atomic_write_text(ours, tomli_w.dumps(values))
    return True
