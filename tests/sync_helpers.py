"""Two computers sharing a data folder through a sync tool, simulated (not a test module).

Each computer has its own data folder; `carry` copies a file from one to the other as the sync
tool would (keeping its modification time), under its own name or as a conflict copy.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

from journal_helpers import FakeClock
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal, notices, schema

AMSTERDAM = timezone(timedelta(hours=1))

#: one conflict copy name per tool, for a file `stem.ext`
NAMINGS = {
    "syncthing": "{stem}.sync-conflict-20261206-101010-ABCDEF1.{ext}",
    "nextcloud": "{stem} (conflicted copy 2026-12-06 101010).{ext}",
    "dropbox": "{stem} (Anna's conflicted copy 2026-12-06).{ext}",
    "dropbox-nl": "{stem} (conflicterende kopie van Anna 2026-12-06).{ext}",
    "onedrive": "{stem}-LAPTOP.{ext}",
}


def copy_name(tool: str, name: str) -> str:
    stem, _, ext = name.partition(".")
    return NAMINGS[tool].format(stem=stem, ext=ext)


class Computer:
    def __init__(self, root: Path, name: str, start: str = "2026-12-06 08:00") -> None:
        self.home = root / name
        self.paths = Paths(self.home)
        self.clock = FakeClock(datetime.fromisoformat(start).replace(tzinfo=AMSTERDAM))

    def open(self, *, read_only: bool = False) -> Journal:
        return Journal.open(self.paths, clock=self.clock, read_only=read_only)

    def write(self, text: str) -> str:
        self.clock.advance(minutes=1)
        with self.open() as journal:
            return journal.add_entry("reflectie", text).id

    def edit(self, entry_id: str, text: str) -> None:
        self.clock.advance(minutes=1)
        with self.open() as journal:
            journal.update_entry(entry_id, text=text)

    def compact(self) -> None:
        """The day's first opening: a new snapshot, an empty log, a backup."""
        self.clock.advance(days=1)
        with self.open() as journal:
            journal.maintain()

    def texts(self) -> dict[str, str]:
        """Every entry's current text by id (opening for writing: merges what waits)."""
        with self.open() as journal:
            return {entry.id: entry.text for entry in journal.entries()}

    def all_texts(self) -> dict[str, set[str]]:
        """Every text each entry has: current, earlier versions, in the trash."""
        with self.open(read_only=True) as journal:
            found: dict[str, set[str]] = {}
            for entry in journal.entries():
                found.setdefault(entry.id, set()).update(v.text for v in journal.versions(entry.id))
            for item in journal.trash():
                found.setdefault(item.entry.id, set()).add(item.entry.text)
            for entry_id, kept in journal.earlier_versions().items():
                found.setdefault(entry_id, set()).update(v.text for v in kept)
            return found

    def tables(self) -> schema.Tables:
        with self.open(read_only=True) as journal:
            data = journal._storage.read()
            return {name: dict(table) for name, table in data.items()}

    def copies_waiting(self) -> list[str]:
        from leeslamp.journal import conflicts

        return [copy.path.name for copy in conflicts.find(self.home)]


def carry(source: Computer, target: Computer, name: str, as_name: str | None = None) -> None:
    """The sync tool copies `name` from `source` to `target` (as `as_name`: a conflict copy)."""
    target.home.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source.home / name, target.home / (as_name or name))


def carry_all(source: Computer, target: Computer) -> None:
    """A sync that went well: every journal file the same on both."""
    for name in ("journal.json", "journal.log", "settings.toml"):
        if (source.home / name).exists():
            carry(source, target, name)


def said() -> list[str]:
    return notices.take()
