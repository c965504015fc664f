"""The journal's append-only log: one JSON record per line, after a header line.

Appending a line is the only write most changes need, so adding an entry costs the same at 50
entries as at 50,000. Each append is one `write()` followed by `fsync()`: a process killed
mid-append leaves at most a torn last line, which readers skip and the next writer cuts off.
A damaged line anywhere else is real damage: the journal is then refused, never guessed at.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from leeslamp.fileio import PRIVATE, atomic_write_bytes, ensure_private_dir, fsync_dir

HEADER_KIND = "leeslamp-journal-log"

Record = dict[str, Any]


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


def header_line(schema: int) -> bytes:
    return _encode({"kind": HEADER_KIND, "schema": schema})


def _encode(record: Record) -> bytes:
    # ensure_ascii keeps every line pure ASCII: no multi-byte character can be split by a crash
    return (json.dumps(record, ensure_ascii=True, separators=(",", ":")) + "\n").encode("ascii")


def read_log(path: Path) -> LogContents | None:
    """All records in the log, or None when there is no log. Raises LogDamaged on real damage."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    lines = raw.split(b"\n")
    # Everything after the last newline was never acknowledged: a torn append.
    complete, tail = lines[:-1], lines[-1]
    torn = bool(tail.strip())
    if not complete:
        if torn:  # a header cut off while being written: an empty log
            return LogContents(schema=0, records=[], torn_tail=True)
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
    records: list[Record] = []
    for number, line in enumerate(complete[1:], start=2):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            if number == len(complete):  # the very last line: torn by a crash with newline luck
                torn = True
                break
            raise LogDamaged(number, "not JSON") from None
        if not _valid_record(record):
            raise LogDamaged(number, "not a journal record")
        records.append(record)
    return LogContents(schema=schema, records=records, torn_tail=torn)


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


def reset_log(path: Path, schema: int) -> None:
    """Replace the log with just a header (after its records went into a snapshot)."""
    atomic_write_bytes(path, header_line(schema))


def append(path: Path, records: Iterable[Record], schema: int) -> None:
    """Append records durably. On failure the log is cut back to what it was and DiskFull or the
    OSError is raised: a failed append never leaves half a record behind.
    """
    payload = b"".join(_encode(record) for record in records)
    if not payload:
        return
    ensure_private_dir(path.parent)
    created = not path.exists()
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, PRIVATE)
    try:
        size = _repair_tail(fd)
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


def _repair_tail(fd: int) -> int:
    """Cut off a torn last line left by a crash; return the log's size afterwards."""
    size = os.fstat(fd).st_size
    if size == 0:
        return 0
    last = os.pread(fd, 1, size - 1)
    if last == b"\n":
        return size
    # Walk back to the last newline, a block at a time.
    position = size
    while position > 0:
        start = max(0, position - 4096)
        chunk = os.pread(fd, position - start, start)
        index = chunk.rfind(b"\n")
        if index >= 0:
            keep = start + index + 1
            os.ftruncate(fd, keep)
            return keep
        position = start
    os.ftruncate(fd, 0)
    return 0


def _cut_back(fd: int, size: int) -> None:
    try:
        os.ftruncate(fd, size)
        os.fsync(fd)
    except OSError:
        pass  # the next writer's _repair_tail cuts a partial line off anyway
