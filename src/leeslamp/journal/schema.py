"""What a journal holds: tables, entry kinds, the schema version and the migrations between them.

A journal made by an older leeslamp is migrated when opened for writing (after a backup of the
old file); one made by a newer leeslamp is refused with a sentence, never rewritten.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any

SCHEMA_VERSION = 1

#: "voornemen": a morning intention (one line about the day ahead), private like a dagvraag;
#: how it went is kept in its `prompt` as "outcome" (see `daily.intentions`)
KINDS = ("reflectie", "aandacht", "dagvraag", "antwoord", "voornemen")

META = "meta"
ENTRIES = "entries"
READING = "reading"
ASSIGNMENTS = "assignments"
TRASH = "trash"
#: the earlier texts of entries (see versions.py); an entry never edited has none
VERSIONS = "versions"
TABLES = (META, ENTRIES, READING, ASSIGNMENTS, TRASH, VERSIONS)

META_ID = "meta"
#: `meta` also holds one record per day whose question was chosen: id "dagkeuze:YYYY-MM-DD"
DAY_CHOICE_PREFIX = "dagkeuze:"


def day_choice_id(day: date) -> str:
    """The id of the `meta` record that holds the question chosen for `day`."""
    return f"{DAY_CHOICE_PREFIX}{day.isoformat()}"


#: `meta` also holds the learning path the reader follows, if any (daily.path_progress)
PATH_STATE_ID = "leerpad"


#: the days a deleted entry stays restorable
TRASH_DAYS = 30

Tables = dict[str, dict[str, dict[str, "Any"]]]

#: MIGRATIONS[n] turns a journal at version n into version n + 1 (in memory; the caller saves).
MIGRATIONS: dict[int, Callable[[Tables], Tables]] = {}


class ShapeError(ValueError):
    """The data is JSON but not a journal; the message says where."""


def check_shape(data: Any) -> Tables:
    """Make sure `data` looks like TinyDB tables. A record that is not one (no id, a key that is
    no number) is the business of `drop_shapeless`: one bad record costs only itself."""
    if not isinstance(data, dict):
        raise ShapeError("top level is not an object")
    for name, table in data.items():
        if not isinstance(table, dict):
            raise ShapeError(f"table {name!r} is not an object")
    return data


def version_of(data: Tables) -> int:
    """The schema version a journal says it has; a journal without meta is version 1, and an
    empty one (nothing written yet) is at the current version: there is nothing to migrate."""
    if not any(data.values()):
        return SCHEMA_VERSION
    for doc in data.get(META, {}).values():
        if doc.get("id") == META_ID:
            version = doc.get("schema", 1)
            if not isinstance(version, int):
                raise ShapeError("schema version is not a number")
            return version
    return 1


def migrate(data: Tables, version: int) -> Tables:
    """Bring `data` from `version` to SCHEMA_VERSION, one step at a time."""
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        for doc in data.get(META, {}).values():
            if doc.get("id") == META_ID:
                doc["schema"] = version
    return data
