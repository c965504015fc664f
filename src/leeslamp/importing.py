"""Bringing a jrnl journal in: every jrnl entry becomes a reflection with its date and tags.

The whole file is read and checked first; only then is anything written, in one append
(`Journal.add_entries`), so a malformed file adds nothing. Importing the same file again adds
nothing either: an entry's id is derived from its date and text (uuid5), and an entry whose
minute and text are already in the journal (say, one exported to jrnl by leeslamp itself) is
not added a second time. A jrnl star becomes the tag `ster` (see jrnl_format.STAR_TAG): the
journal has no field for it, and a tag is visible, searchable (`leeslamp zoek --tag ster`) and
goes back to jrnl as a star on export.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from leeslamp.errors import UserInputError, os_reason
from leeslamp.journal.journal import Journal, new_entry_doc
from leeslamp.journal.models import Entry
from leeslamp.jrnl_format import STAR_TAG, JrnlEntry

#: the namespace of ids made for imported jrnl entries (fixed: ids must be the same every time)
JRNL_NAMESPACE = uuid.UUID("5b0f8a5e-7c1e-4d4b-9a59-6c6565736c61")


@dataclass(frozen=True)
class ImportOutcome:
    added: int
    already_there: int


def read_source(path: Path | str, stdin_text: str | None = None) -> str:
    """The file's text (or stdin's for "-"); a missing or non-UTF-8 file is a sentence."""
    if str(path) == "-":
        return stdin_text or ""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UserInputError("import.no_file", path=path) from None
    except IsADirectoryError:
        raise UserInputError("import.no_file", path=path) from None
    except OSError as exc:
        raise UserInputError("import.unreadable", path=path, reason=os_reason(exc)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise UserInputError("import.not_utf8", path=path, line=line) from None


def entry_id(item: JrnlEntry) -> str:
    return str(uuid.uuid5(JRNL_NAMESPACE, f"{item.date:%Y-%m-%d %H:%M}\n{item.text}"))


def _minute_key(created: str, text: str) -> tuple[str, str]:
    return created[:16], text  # "2026-11-01T09:30": the wall-clock minute, as stored


def entry_docs(items: Iterable[JrnlEntry]) -> list[dict[str, Any]]:
    """Journal documents for jrnl entries: reflections, dated on the local clock."""
    docs = []
    for item in items:
        tags = [*item.tags, STAR_TAG] if item.starred else list(item.tags)
        moment = item.date.astimezone()  # naive local time: give it this machine's offset
        doc = new_entry_doc("reflectie", item.text, moment, tags=tags)
        doc["id"] = entry_id(item)
        docs.append(doc)
    return docs


def new_docs(items: list[JrnlEntry], existing: Iterable[Entry]) -> list[dict[str, Any]]:
    """The docs not yet in the journal (by id, or by minute and text)."""
    known_ids: set[str] = set()
    known_texts: set[tuple[str, str]] = set()
    for entry in existing:
        known_ids.add(entry.id)
        known_texts.add(_minute_key(entry.created, entry.text))
    fresh = []
    for doc in entry_docs(items):
        key = _minute_key(doc["created"], doc["text"])
        if doc["id"] in known_ids or key in known_texts:
            continue
        known_ids.add(doc["id"])
        known_texts.add(key)
        fresh.append(doc)
    return fresh


def import_jrnl(journal: Journal, items: list[JrnlEntry]) -> ImportOutcome:
    """Add the entries read from a jrnl file (`jrnl_format.parse`) that are new, in one write."""
    existing = [*journal.entries(), *(trashed.entry for trashed in journal.trash())]
    docs = new_docs(items, existing)
    added = journal.add_entries(docs)
    return ImportOutcome(added=len(added), already_there=len(items) - len(added))
