"""Versions of every text: the earlier texts of an entry, in their own table (`versions`).

The current text stays the entry's `text`; the `versions` table holds only EARLIER texts, one
document each: `{"id": "<entry id>@<16 hex>", "entry": ..., "saved": ..., "text": ...}`. The id
is derived from `saved` and `text`, so two computers that kept the same version keep the same
document (a merge is a union by id) and keeping a version twice changes nothing. Numbers are not
stored: sorted by (`saved`, `id`) the earlier versions are 1..n and the current text is n + 1.

When a save starts a new version (`plan_save`): the text changes and either the entry's text was
last saved 10 minutes ago or more (a pause), or by another run of leeslamp (each `Journal.open`
has its own session id, remembered in the entry as `session`), or the caller forces it (`bewerk`,
a restore). Autosave within one burst of writing only updates the current text. Tags, anchors
and other fields make no version.

An entry remembers when its text was last saved as `text_saved`, only while that differs from
`updated` (a tag change after the text): most entries never carry the field.

Pure functions over documents: the Journal does the writing (the old text and the new one in
one durable append, the old text first; see `Journal._save_with_version`).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, MutableMapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from leeslamp.journal.models import Version
from leeslamp.journal.records import moment
from leeslamp.journal.schema import ENTRIES, TRASH, VERSIONS, Tables

Doc = dict[str, Any]

#: a text change this long after the text's last save starts a new version
PAUSE = timedelta(minutes=10)


def new_session_id() -> str:
    """A random id for one run of leeslamp (one `Journal.open`): 8 hex characters."""
    return os.urandom(4).hex()


def version_id(entry_id: str, saved: str, text: str) -> str:
    digest = hashlib.sha256(f"{saved}\n{text}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"{entry_id}@{digest[:16]}"


def version_doc(entry_id: str, saved: str, text: str) -> Doc:
    return {
        "id": version_id(entry_id, saved, text),
        "entry": entry_id,
        "saved": saved,
        "text": text,
    }


def text_saved(doc: Doc) -> str:
    """When the entry's current text was last saved."""
    found = doc.get("text_saved")
    if isinstance(found, str) and moment(found) is not None:
        return found
    return str(doc.get("updated") or doc.get("created") or "")


def _when(stamp: str) -> datetime | None:
    fixed = moment(stamp)
    return datetime.fromisoformat(fixed) if fixed is not None else None


@dataclass(frozen=True)
class Save:
    """What one save of an entry writes: `apply` changes the stored document; `version` is the
    earlier text to keep (None: this save stays within the current version)."""

    apply: Callable[[MutableMapping[str, Any]], None]
    version: Doc | None


def plan_save(
    stored: Doc, fields: Doc, session: str, now: datetime, *, forced: bool = False
) -> Save:
    """How to save `fields` (already holding `updated` = `now`) over the entry `stored`."""
    fields = dict(fields)
    now = now.replace(microsecond=0)  # stamps are kept to the second: compare them so
    old_text = stored.get("text", "")
    old_saved = text_saved(stored)
    if "text" not in fields or fields["text"] == old_text:
        # The text stays: so does when it was saved (`updated` is about to move on).
        fields.pop("text", None)
        if old_saved and old_saved != fields["updated"]:
            fields["text_saved"] = old_saved
        return Save(_applier(fields, drop_text_saved=False), None)
    last = _when(old_saved)
    starts = forced or stored.get("session") != session or last is None or now - last >= PAUSE
    version = None
    saved_at = now
    if starts and old_text.strip():  # an empty text is no version of anything
        version = version_doc(stored["id"], old_saved, old_text)
        if last is not None and saved_at <= last:
            # Versions are ordered by when they were saved: keep the new text after the old
            # one even when two saves fall in the same second (or the clock went back).
            saved_at = last + timedelta(seconds=1)
    elif last is not None and saved_at < last:
        saved_at = last
    fields["session"] = session
    stamp = saved_at.isoformat(timespec="seconds")
    same = stamp == fields["updated"]
    if not same:
        fields["text_saved"] = stamp
    return Save(_applier(fields, drop_text_saved=same), version)


def _applier(fields: Doc, *, drop_text_saved: bool) -> Callable[[MutableMapping[str, Any]], None]:
    def apply(doc: MutableMapping[str, Any]) -> None:
        doc.update(fields)
        if drop_text_saved:
            doc.pop("text_saved", None)

    return apply


def _order(doc: Doc) -> tuple[datetime, str]:
    return (_when(doc["saved"]) or datetime.min.replace(tzinfo=UTC), doc["id"])


def _earlier(version_docs: Iterable[Doc]) -> list[Version]:
    earlier = sorted(version_docs, key=_order)
    return [
        Version(number, doc["saved"], doc["text"], False)
        for number, doc in enumerate(earlier, start=1)
    ]


def listing(version_docs: Iterable[Doc], entry: Doc) -> list[Version]:
    """An entry's versions, oldest first, numbered from 1; its current text last."""
    found = _earlier(version_docs)
    found.append(Version(len(found) + 1, text_saved(entry), entry.get("text", ""), True))
    return found


def earlier_by_entry(version_docs: Iterable[Doc]) -> dict[str, list[Version]]:
    """The earlier versions of every entry that has any, numbered, by entry id."""
    grouped: dict[str, list[Doc]] = {}
    for doc in version_docs:
        grouped.setdefault(doc["entry"], []).append(doc)
    return {entry_id: _earlier(docs) for entry_id, docs in grouped.items()}


def save_with_version(data: Tables, key: str, save: Save) -> None:
    """Change the tables in memory for one save that keeps a version: the entry under `key`
    gets its new text, `versions` the old one (replacing the same version, kept before).
    Both tables become new dicts: the storage writes only tables whose dict changed."""
    assert save.version is not None
    kept = dict(data.get(VERSIONS, {}))
    found = next((k for k, doc in kept.items() if doc["id"] == save.version["id"]), None)
    kept[found or str(max(map(int, kept), default=0) + 1)] = save.version
    entries = dict(data[ENTRIES])
    doc = dict(entries[key])
    save.apply(doc)
    entries[key] = doc
    data[VERSIONS], data[ENTRIES] = kept, entries


def forget(entry_ids: set[str], data: Tables) -> None:
    """Take the versions of these (gone) entries out of the tables, in memory."""
    kept = data.get(VERSIONS, {})
    if any(doc.get("entry") in entry_ids for doc in kept.values()):
        data[VERSIONS] = {k: d for k, d in kept.items() if d.get("entry") not in entry_ids}


def keep_as_versions(docs: Iterable[Doc], data: Tables) -> None:
    """Keep the texts of these entry documents (ones a merge set aside) as versions of their
    entries, unless that text is the entry's current text or already kept."""
    current = {
        doc["id"]: doc["entry"].get("text", "")
        for doc in data.get(TRASH, {}).values()
        if isinstance(doc.get("entry"), dict)
    }
    current.update({doc["id"]: doc.get("text", "") for doc in data.get(ENTRIES, {}).values()})
    kept = data.setdefault(VERSIONS, {})
    known = {doc["id"] for doc in kept.values()}
    next_key = max(map(int, kept), default=0) + 1
    for doc in docs:
        text = doc.get("text", "")
        if not isinstance(text, str) or not text.strip() or current.get(doc["id"]) == text:
            continue
        version = version_doc(doc["id"], text_saved(doc), text)
        if version["id"] not in known:
            known.add(version["id"])
            kept[str(next_key)], next_key = version, next_key + 1
