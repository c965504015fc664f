"""One pass over the journal at load, so every reader (export, zoek, the Dagboek, the trash,
housekeeping) sees clean records: odd fields are repaired where their meaning is clear, and
records that cannot be read are taken out, to be set aside and named (see damage.py).

Repairs are made in memory; the next compaction writes them. They are quiet: nothing the
reader wrote is lost by them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from leeslamp.journal.schema import ENTRIES, KINDS, READING, TRASH, VERSIONS, Tables

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any

Doc = dict[str, "Any"]
#: (table, key, record, why) of a record taken out
Bad = tuple[str, str, "Any", str]


def drop_shapeless(data: Tables) -> list[Bad]:
    """Take out records TinyDB cannot hold: not an object, no string id, a key that is no number."""
    bad: list[Bad] = []
    for name, table in data.items():
        for key in list(table):
            doc = table[key]
            if not isinstance(doc, dict) or not isinstance(doc.get("id"), str):
                bad.append((name, key, table.pop(key), "no id"))
            elif not key.isdigit():
                bad.append((name, key, table.pop(key), "key is not a number"))
    return bad


def normalise(data: Tables, now: str) -> list[Bad]:
    """Repair odd fields in place; take out (and return) what cannot be read. `now`: ISO time."""
    bad = drop_shapeless(data)
    for name, fix in _FIXERS.items():
        table = data.get(name, {})
        for key in list(table):
            why = fix(table[key], now)
            if why is not None:
                bad.append((name, key, table.pop(key), why))
    return bad


def moment(value: Any) -> str | None:
    """`value` as an ISO 8601 time with offset, or None when it is no time. A time without an
    offset was written here: it is read as local time."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.utcoffset() is not None:
        return value
    return parsed.astimezone().isoformat(timespec="seconds")


def fix_entry(doc: Doc, _now: str = "") -> str | None:
    if doc.get("kind", "reflectie") not in KINDS:
        return "unknown kind"
    if not isinstance(doc.get("text", ""), str):
        return "text is not text"
    if not isinstance(doc.get("article"), str | None):
        return "article is not an id"
    for name in ("prompt", "anchor", "assignment"):
        if not isinstance(doc.get(name), dict | None):
            return f"{name} is not an object"
    created, updated = moment(doc.get("created")), moment(doc.get("updated"))
    if created is None and updated is None:
        return "no date"
    # One date says when: a missing other one is the same moment (a new entry has both equal).
    doc["created"], doc["updated"] = created or updated, updated or created
    tags = doc.get("tags")
    if isinstance(tags, str):
        doc["tags"] = [tags]
    elif tags is None:
        doc["tags"] = []
    elif not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        if not isinstance(tags, list) or any(isinstance(tag, dict | list) for tag in tags):
            return "tags are not words"
        doc["tags"] = [str(tag) for tag in tags if tag is not None]
    return None


def _fix_trashed(doc: Doc, now: str) -> str | None:
    entry = doc.get("entry")
    if not isinstance(entry, dict):
        return "no entry"
    if not isinstance(entry.get("id"), str):
        entry["id"] = doc["id"]
    why = fix_entry(entry)
    if why is not None:
        return why
    # When it was deleted is unknown: from now, so it stays restorable for the full 30 days.
    doc["deleted"] = moment(doc.get("deleted")) or now
    return None


def _number(value: Any, kind: type[int] | type[float]) -> int | float:
    if isinstance(value, bool):
        return kind(0)
    try:
        return kind(value)
    except (TypeError, ValueError, OverflowError):
        return kind(0)


def _fix_reading(doc: Doc, _now: str) -> str | None:
    """A reading position that is off only costs the position: start at the top."""
    if not isinstance(doc.get("block", 0), int) or isinstance(doc.get("block"), bool):
        doc["block"] = _number(doc.get("block"), int)
    if not isinstance(doc.get("progress", 0.0), int | float):
        doc["progress"] = _number(doc.get("progress"), float)
    within = doc.get("within", 0.0)
    if not isinstance(within, int | float) or isinstance(within, bool) or not -1 <= within <= 2:
        doc["within"] = 0.0
    if not isinstance(doc.get("opened", ""), str):
        doc["opened"] = ""
    if doc.get("finished") is not None and moment(doc["finished"]) is None:
        doc["finished"] = None
    return None


def _fix_version(doc: Doc, _now: str) -> str | None:
    """An earlier text of an entry (see versions.py): a damaged one costs only itself."""
    if not isinstance(doc.get("entry"), str):
        return "no entry"
    if not isinstance(doc.get("text"), str):
        return "text is not text"
    saved = moment(doc.get("saved"))
    if saved is None:
        return "no date"
    doc["saved"] = saved
    return None


_FIXERS: dict[str, Callable[[Doc, str], str | None]] = {
    ENTRIES: fix_entry,
    TRASH: _fix_trashed,
    READING: _fix_reading,
    VERSIONS: _fix_version,
}
