"""Taking the journal out: one exporter per format, chosen by name.

An exporter gets the entries (oldest first) and writes them to a file or a stream. New formats
(markdown, jrnl) slot in by adding to EXPORTERS.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from leeslamp.fileio import atomic_write_text
from leeslamp.journal.models import Entry

JOURNAL_FORMAT = "leeslamp-journal"
JOURNAL_FORMAT_VERSION = 1


def journal_json(entries: list[Entry], exported: datetime) -> str:
    document: dict[str, Any] = {
        "format": JOURNAL_FORMAT,
        "version": JOURNAL_FORMAT_VERSION,
        "exported": exported.isoformat(timespec="seconds"),
        "entries": [entry.to_dict() for entry in entries],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_json(
    entries: list[Entry], exported: datetime, destination: Path | None, out: TextIO
) -> None:
    text = journal_json(entries, exported)
    if destination is None:
        out.write(text)
    else:
        atomic_write_text(destination, text)


Exporter = Callable[[list[Entry], datetime, Path | None, TextIO], None]

EXPORTERS: dict[str, Exporter] = {"json": write_json}


def export(
    fmt: str,
    entries: list[Entry],
    exported: datetime,
    destination: Path | None,
    out: TextIO | None = None,
) -> None:
    """Write `entries` (oldest first) in format `fmt` to `destination`, or to `out` without one."""
    # sys.stdout is looked up now, not at import: it may have been replaced since (tests, pipes)
    EXPORTERS[fmt](entries, exported, destination, out or sys.stdout)
