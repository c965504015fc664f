"""Small helpers shared by the journal tests (not a test module)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

AMSTERDAM = timezone(timedelta(hours=2))


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2025, 5, 1, 9, 0, tzinfo=AMSTERDAM)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def hashes(folder: Path) -> dict[str, str]:
    """Every file under `folder` (which files exist, and their bytes, as hashes)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
