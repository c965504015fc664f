"""Looking into the journal's files without reading them whole (and without TinyDB).

For `leeslamp vandaag`, which must stay about as fast as Python itself.
"""

from __future__ import annotations

import os
from pathlib import Path

from leeslamp.journal import schema
from leeslamp.journal.crypt import is_locked


def snapshot_order(name: str) -> tuple[bool, str]:
    """Sort key for a snapshot's tables: small ones first, entries last."""
    return (name == schema.ENTRIES, name)


def _read(path: Path, size: int = -1) -> bytes:
    """The first `size` bytes of `path` (all with -1); nothing when there is no such file."""
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except FileNotFoundError:
        return b""


#: how much of a snapshot's head `table_is_empty` reads
_HEAD_BYTES = 64 * 1024


def table_is_empty(snapshot: Path, log: Path, table: str) -> bool | None:
    """Whether `table` certainly holds nothing, answered without reading the whole journal.

    True/False when the snapshot's head (small tables come first, see `snapshot_order`) and the log
    tell; None when they cannot (an older snapshot layout, a big table): then read it all.
    Lets `leeslamp vandaag` skip the journal when there are no coach assignments.
    """
    if is_locked(snapshot.parent):
        return None  # its bytes say nothing: read it (with its key)
    try:
        head = _read(snapshot, _HEAD_BYTES) if snapshot.exists() else b"{}"
        if f'"t":"{table}"'.encode() in _read(log):
            return False
    except OSError:
        return None  # a folder, no permission: the whole read will say what is wrong
    if head.strip() == b"{}":
        return True
    key = f'"{table}":'.encode()
    entries_at = head.find(f'"{schema.ENTRIES}":'.encode())
    at = head.find(key)
    if at < 0:
        # absent from a head that already reached the entries table: not in the snapshot
        return True if entries_at >= 0 else None
    if 0 <= entries_at < at:
        return None  # not our ordered layout
    return head[at + len(key) : at + len(key) + 2] == b"{}"


def table_may_hold(snapshot: Path, log: Path, table: str, text: str) -> bool:
    """False when `text` is certainly not in `table`, a small table: in neither the log nor that
    table's part of the snapshot's head; True when it is there, or when the files cannot tell.
    Lets `leeslamp vandaag` see, without reading the whole journal, that no question was chosen
    for the day (a `meta` record)."""
    if is_locked(snapshot.parent):
        return True
    needle = text.encode()
    try:
        if needle in _read(log):
            return True
        if not snapshot.exists():
            return False
        head = _read(snapshot, _HEAD_BYTES)
    except OSError:
        return True  # a folder, no permission: the whole read will say what is wrong
    if head.strip() == b"{}":
        return False
    at = head.find(f'"{table}":'.encode())
    entries_at = head.find(f'"{schema.ENTRIES}":'.encode())
    if at < 0:
        return entries_at < 0  # absent from a head that reached the entries: not there
    if entries_at < at:
        return True  # not our ordered layout, or the table goes on past the head
    return needle in head[at:entries_at]


def files_may_contain(snapshot: Path, log: Path, needle: bytes) -> bool:
    """False when `needle` is certainly in neither file (read as bytes, never parsed as JSON,
    which costs far less than opening the journal); True when it is, or the files cannot tell.
    Lets `leeslamp vandaag` see that no daily question was ever answered (`"dagvraag"`), so no
    question can come back."""
    if is_locked(snapshot.parent):
        return True  # its bytes say nothing: read it (with its key)
    try:
        if needle in _read(log):
            return True
        if not snapshot.exists():
            return False
        import mmap

        with snapshot.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size == 0:
                return False
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                return mapped.find(needle) >= 0
    except (OSError, ValueError):
        return True  # a folder, no permission: the whole read will say what is wrong
