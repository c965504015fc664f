"""What cannot be read is set aside, not dropped: damaged log lines and unreadable records go to
a file beside the journal (`journal.kapot-YYYY-MM-DD.log`, private, only ever appended to),
after the journal's files as they were are copied into `backups/`.

Each item in that file is a comment line saying where it came from, then the item itself: the
log line byte for byte, or a record as a log line (`{"t": table, "op": "put", "doc": ...}`),
so a person (or a later leeslamp) can put it back by hand.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from leeslamp.core.fileio import PRIVATE, atomic_write_bytes, ensure_private_dir, fsync_dir

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any

SET_ASIDE_GLOB = "journal.kapot-*.log"


@dataclass
class Damage:
    """What a read of the journal had to leave out."""

    #: (file name, line number, the line's bytes) of log lines that are not journal records
    lines: list[tuple[str, int, bytes]] = field(default_factory=list)
    #: (file name, table, key, the record, why) of records that cannot be read
    records: list[tuple[str, str, str, Any, str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.lines or self.records)

    def count(self) -> int:
        return len(self.lines) + len(self.records)

    def as_bytes(self, now: datetime) -> bytes:
        stamp = now.isoformat(timespec="seconds")
        out = bytearray()
        for name, number, line in self.lines:
            out += f"# {stamp} {name} regel {number}\n".encode()
            out += line.rstrip(b"\n") + b"\n"
        for name, table, key, doc, why in self.records:
            out += f"# {stamp} {name} tabel {table} record {key}: {why}\n".encode()
            record = {"t": table, "op": "put", "doc": doc}
            out += json.dumps(record, ensure_ascii=True, default=repr).encode("ascii") + b"\n"
        return bytes(out)


def set_aside_path(folder: Path, day: date) -> Path:
    return folder / f"journal.kapot-{day.isoformat()}.log"


def set_aside(folder: Path, data: bytes, day: date | None = None) -> Path:
    """Append `data` to the day's set-aside file in `folder`, durably. Never overwrites."""
    path = set_aside_path(folder, day or date.today())
    from leeslamp.journal import crypt

    key = crypt.key_for(folder)
    if key is not None:  # a locked journal: each line locked on its own, as in its log
        data = crypt.seal_lines(key, data)
    ensure_private_dir(folder)
    created = not path.exists()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)
    if created:
        fsync_dir(folder)
    return path


def keep_originals(files: list[Path], backups: Path, now: datetime) -> list[Path]:
    """Copy `files` into `backups` as they are now, before a repair changes them."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    kept = []
    for source in files:
        if source.is_file():
            target = backups / f"voor-reparatie-{stamp}-{source.name}"
            atomic_write_bytes(target, source.read_bytes())
            kept.append(target)
    return kept
