"""What PyYAML made of each article's front matter, kept between runs.

Importing PyYAML costs ~12 ms, more than the rest of loading the library, and `leeslamp lees
ID` loads the library before its first screen. With this cache a library whose front matters
were all read before imports no YAML at all.

The cache (`<data dir>/cache/front-matter.json`, mode 0600, written atomically) maps the text
of a front matter to the data and key lines PyYAML made of it. Keyed by the text itself, an
entry can never be stale: an edited file has another text, which is parsed afresh. It is never
the source of truth: a cache that is missing, damaged or of another format is rebuilt,
silently, and a value JSON cannot hold exactly (a set, a date below the top level, a key that
is not text) is simply not kept. Front matter that PyYAML refuses is not kept either: its
problem is worked out again each time, with its line.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

#: a new number makes every older cache file a stale one
FORMAT = 1


def cache_file(data_dir: Path) -> Path:
    return data_dir / "cache" / "front-matter.json"


class FrontMatterCache:
    """The cache file's entries, read once; `save()` writes them back when any changed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries = _read(path)
        #: the entries this run asked for or added; only these are written back
        self._used: dict[str, Any] = {}
        self._changed = False

    def get(self, front_matter: str) -> tuple[dict[str, Any], dict[str, int]] | None:
        """(data, key lines) as PyYAML made them from this text before, or None."""
        entry = self._entries.get(front_matter)
        decoded = _decode(entry)
        if decoded is not None:
            self._used[front_matter] = entry
        return decoded

    def put(self, front_matter: str, data: Any, lines: dict[str, int]) -> None:
        """Keep what PyYAML made of `front_matter`, if JSON holds it exactly."""
        entry = _encode(data, lines)
        if entry is None:
            return
        stored = json.loads(json.dumps(entry, ensure_ascii=False))  # as the next run reads it
        if _decode(stored) == (data, lines):  # not a NaN, nor a number key that became text
            self._used[front_matter] = stored
            self._changed = True

    def save(self) -> None:
        """Write the entries used in this run (older ones go) if any was added or dropped. A
        cache that cannot be written (a full disk, a read-only folder) only means the next run
        parses again; a data folder that does not exist yet is not made for it."""
        if not self._changed and len(self._used) == len(self._entries):
            return
        if not self.path.parent.parent.is_dir():
            return
        from leeslamp.core.fileio import atomic_write_bytes, ensure_private_dir

        try:
            payload = json.dumps({"format": FORMAT, "entries": self._used}, ensure_ascii=False)
            ensure_private_dir(self.path.parent)
            atomic_write_bytes(self.path, payload.encode("utf-8"))
        except (OSError, TypeError, ValueError):
            return
        self._entries = dict(self._used)
        self._changed = False


def _read(path: Path) -> dict[str, Any]:
    try:
        cache = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(cache, dict) or cache.get("format") != FORMAT:
        return {}
    entries = cache.get("entries")
    return entries if isinstance(entries, dict) else {}


# --- entries: PyYAML's data as JSON ----------------------------------------------------------
# A top-level date or datetime (`date: 2022-02-15`) is written as its ISO text, with its key
# named under "dates" or "datetimes". Everything else must come back from JSON as it went in
# (`put` checks), else the entry is not kept.


def _encode(data: Any, lines: dict[str, int]) -> dict[str, Any] | None:
    if not isinstance(data, dict) or not all(isinstance(key, str) for key in data):
        return None
    plain: dict[str, Any] = {}
    dates: list[str] = []
    datetimes: list[str] = []
    for key, value in data.items():
        if isinstance(value, dt.datetime):
            datetimes.append(key)
            value = value.isoformat()
        elif isinstance(value, dt.date):
            dates.append(key)
            value = value.isoformat()
        plain[key] = value
    try:
        json.dumps(plain, ensure_ascii=False).encode("utf-8")  # as `save` writes it
    except (TypeError, ValueError):  # a set, a nested date; text UTF-8 cannot hold
        return None
    return {"data": plain, "dates": dates, "datetimes": datetimes, "lines": lines}


def _decode(entry: Any) -> tuple[dict[str, Any], dict[str, int]] | None:
    """The entry's (data, key lines); None for an entry that is not what `_encode` makes."""
    if not isinstance(entry, dict):
        return None
    data, lines = entry.get("data"), entry.get("lines")
    dates, datetimes = entry.get("dates"), entry.get("datetimes")
    if not (isinstance(data, dict) and isinstance(lines, dict)):
        return None
    if not (isinstance(dates, list) and isinstance(datetimes, list)):
        return None
    data = dict(data)
    try:
        for key in dates:
            data[key] = dt.date.fromisoformat(data[key])
        for key in datetimes:
            data[key] = dt.datetime.fromisoformat(data[key])
    except (KeyError, TypeError, ValueError):
        return None
    if not all(isinstance(line, int) for line in lines.values()):
        return None
    return data, lines
