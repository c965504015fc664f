"""The journal's append-only log: one JSON record per line, after a header line.

Appending a line is the only write most changes need, so adding an entry costs the same at 50
entries as at 50,000. Each append is one `write()` followed by `fsync()`: a process killed
mid-append leaves at most a torn last line, which readers skip and the next writer cuts off
(keeping its bytes in the set-aside file: it was never acknowledged, so nobody is told).
A damaged line anywhere else is real damage: readers skip it and report it, and the journal
sets it aside and names it (see damage.py). A damaged header is refused: without it the
schema and the snapshot the log belongs to are unknown.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from leeslamp.core.fileio import PRIVATE, atomic_write_bytes, ensure_private_dir, fsync_dir
from leeslamp.journal import crypt
from leeslamp.journal.damage import set_aside

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any

HEADER_KIND = "leeslamp-journal-log"

Record = dict[str, "Any"]


class LogDamaged(ValueError):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line


class LogTooNew(ValueError):
    def __init__(self, schema: int) -> None:
        super().__init__(f"schema {schema}")
        self.schema = schema


class DiskFull(OSError):
    """The disk (or a size limit) refused the write; nothing was changed on disk."""


@dataclass
class LogContents:
    schema: int
    records: list[Record]
    torn_tail: bool  # the last line was cut off by a crash and has been skipped
    snapshot: Stamp | None = None  # the snapshot this log was started from (see reset_log)
    #: (line number, bytes) of damaged lines before the last one: skipped, to be set aside
    damaged: list[tuple[int, bytes]] = field(default_factory=list)
    tail: bytes = b""  # what the torn last line held


#: which snapshot file a log belongs to: its size, modification time and inode
Stamp = dict[str, int]


def snapshot_stamp(path: Path) -> Stamp | None:
    """The snapshot's identity, or None when there is none. Snapshots are only ever replaced,
    so any change to the file (in place or by someone else's rename) changes its stamp."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns, "ino": info.st_ino}


def header_line(schema: int, snapshot: Stamp | None = None) -> bytes:
    header: Record = {"kind": HEADER_KIND, "schema": schema}
    if snapshot is not None:
        header["snapshot"] = snapshot
    return _encode(header)


def _encode(record: Record) -> bytes:
    # ensure_ascii keeps every line pure ASCII: no multi-byte character can be split by a crash
    return (json.dumps(record, ensure_ascii=True, separators=(",", ":")) + "\n").encode("ascii")


def read_stamp(path: Path) -> Stamp | None:
    """The snapshot stamp in the log's header line, or None (no log, no header, no stamp)."""
    try:
        with path.open("rb") as handle:
            header = json.loads(handle.readline())
    except (OSError, ValueError):
        return None
    stamp = header.get("snapshot") if isinstance(header, dict) else None
    return stamp if isinstance(stamp, dict) else None


def read_log(path: Path) -> LogContents | None:
    """All records in the log, or None when there is no log. Damaged lines are skipped and
    listed in `damaged`; LogDamaged is raised only for a damaged header."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    if crypt.is_sealed(raw):  # a copy of a locked journal's log, locked whole (backups)
        try:
            raw = crypt.reveal(raw, path)
        except crypt.Unsealable as exc:
            raise LogDamaged(1, f"locked, does not open ({exc})") from None
    lines = raw.split(b"\n")
    # Everything after the last newline was never acknowledged: a torn append.
    complete, tail = lines[:-1], lines[-1]
    torn = bool(tail.strip())
    if not complete:
        if torn:  # a header cut off while being written: an empty log
            return LogContents(schema=0, records=[], torn_tail=True, tail=tail)
        return None
    try:
        header = json.loads(complete[0])
    except ValueError:
        raise LogDamaged(1, "header is not JSON") from None
    if not isinstance(header, dict) or header.get("kind") != HEADER_KIND:
        raise LogDamaged(1, "not a leeslamp journal log")
    schema = header.get("schema")
    if not isinstance(schema, int):
        raise LogDamaged(1, "header has no schema version")
    snapshot = header.get("snapshot")
    if not isinstance(snapshot, dict):
        snapshot = None
    records: list[Record] = []
    damaged: list[tuple[int, bytes]] = []
    for number, line in enumerate(complete[1:], start=2):
        if not line.strip():
            continue
        try:
            # A locked journal's lines are each locked on their own (crypt.py); one that does
            # not open (Unsealable) is damaged or torn like a line that is not JSON.
            record = json.loads(crypt.open_line(line, path) if crypt.is_sealed_line(line) else line)
        except ValueError:  # UnicodeDecodeError and crypt.Unsealable too
            if number == len(complete):  # the very last line: torn by a crash with newline luck
                torn, tail = True, line + b"\n" + tail
                break
            damaged.append((number, line))
            continue
        if not _valid_record(record):
            damaged.append((number, line))
            continue
        records.append(record)
    return LogContents(schema, records, torn, snapshot, damaged, tail if torn else b"")


def _valid_record(record: Any) -> bool:
    if not isinstance(record, dict) or not isinstance(record.get("t"), str):
        return False
    if record.get("op") == "put":
        doc = record.get("doc")
        return isinstance(doc, dict) and isinstance(doc.get("id"), str)
    return record.get("op") == "del" and isinstance(record.get("id"), str)


def put(table: str, doc: Record) -> Record:
    return {"t": table, "op": "put", "doc": doc}


def delete(table: str, record_id: str) -> Record:
    return {"t": table, "op": "del", "id": record_id}


def reset_log(path: Path, schema: int, snapshot: Path) -> None:
    """Replace the log with just a header, after its records went into the snapshot at
    `snapshot`. The header names that snapshot, so a reader can tell when the snapshot was
    changed or removed behind the log's back."""
    atomic_write_bytes(path, header_line(schema, snapshot_stamp(snapshot)))


def append(path: Path, records: Iterable[Record], schema: int) -> None:
    """Append records durably. On failure the log is cut back to what it was and DiskFull or the
    OSError is raised: a failed append never leaves half a record behind.
    """
    key = crypt.key_for(path.parent)  # None unless the journal is locked
    if key is None:
        payload = b"".join(_encode(record) for record in records)
    else:
        payload = b"".join(crypt.seal_line(key, _encode(record)[:-1]) + b"\n" for record in records)
    if not payload:
        return
    ensure_private_dir(path.parent)
    created = not path.exists()
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, PRIVATE)
    try:
        size = _repair_tail(fd, path.parent)
        if size == 0:
            payload = header_line(schema) + payload
        try:
            written = os.write(fd, payload)
            if written != len(payload):
                raise OSError(errno.ENOSPC, "short write")
            os.fsync(fd)
        except OSError as exc:
            _cut_back(fd, size)
            if exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
                raise DiskFull(exc.errno, os.strerror(exc.errno)) from None
            raise
    finally:
        os.close(fd)
    if created:
        fsync_dir(path.parent)


def _repair_tail(fd: int, folder: Path) -> int:
    """Cut off what a crash left at the end, exactly what read_log() skips: a last line without
    its newline, or a last line that is not JSON. (Left in place, the next append would put it
    in the middle, where it would be damage.) Returns the size after."""
    size = os.fstat(fd).st_size
    keep = _last_newline(fd, size) + 1
    if keep > 0:
        start = _last_newline(fd, keep - 1) + 1  # the last complete line is [start, keep)
        if start > 0 and not _is_whole(os.pread(fd, keep - start, start), folder):
            keep = start
    if keep != size:
        _keep_aside(os.pread(fd, size - keep, keep), folder)
        os.ftruncate(fd, keep)
    return keep


def _keep_aside(torn: bytes, folder: Path) -> None:
    """A torn tail was never acknowledged, so cutting it off is quiet; its bytes still go to the
    set-aside file, in case they hold words. Best effort: it must not stop the save itself."""
    if not torn.strip():
        return
    with contextlib.suppress(OSError):
        set_aside(
            folder, b"# afgebroken laatste regel van journal.log\n" + torn.rstrip(b"\n") + b"\n"
        )


def _last_newline(fd: int, end: int) -> int:
    """The position of the last newline before `end`, or -1; reads back a block at a time."""
    position = end
    while position > 0:
        start = max(0, position - 4096)
        index = os.pread(fd, position - start, start).rfind(b"\n")
        if index >= 0:
            return start + index
        position = start
    return -1


def _is_whole(line: bytes, folder: Path) -> bool:
    if not line.strip():
        return True  # read_log skips blank lines
    if crypt.is_sealed_line(line):
        return crypt.line_opens(line, folder / "journal.log")
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def _cut_back(fd: int, size: int) -> None:
    try:
        os.ftruncate(fd, size)
        os.fsync(fd)
    except OSError:
        pass  # the next writer's _repair_tail cuts a partial line off anyway


def cut_torn_tail(path: Path) -> None:
    """Cut off (and keep aside) what a crash left at the log's end, as the next append would.
    Called by the lock holder before a compaction would drop it unseen."""
    fd = os.open(path, os.O_RDWR)
    try:
        _repair_tail(fd, path.parent)
        os.fsync(fd)
    finally:
        os.close(fd)
