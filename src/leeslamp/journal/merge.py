"""Merging what another computer kept into this journal, record by record (pure functions).

Two computers that share a data folder through a sync tool can both write before the tool has
carried one side across; the tool then keeps the other side as a conflict copy (conflicts.py),
and a snapshot from one computer can meet a log from the other. Nothing may be lost, nothing
doubled, so every record is merged by its id:

- entries: the union. An entry changed on both sides keeps the newest text (by the moment it
  was last changed: `updated`, or `restored` after a restore from the trash); the other text
  becomes an earlier version (versions.py), so a reader can still find it.
- trash: a deletion and a change (or a restore) of the same entry: the newest one wins. The
  text that loses is kept as a version all the same.
- versions and assignments: the union (neither is ever changed after it is made).
- reading positions: the one opened last; "read to the end" is kept from either side.
- meta records (the day's chosen question, the learning path): the one changed last, by their
  `changed` stamp; without stamps this computer's stays. The meta record itself stays ours.

Merging is idempotent (merging the same copy twice changes nothing) and gives the same journal
on both computers whichever merges first: ties are broken by the revision, then by the content.

`merge_in` only ADDS and REPLACES records; what must go (an entry now in the trash, a trash item
now restored) goes in `settle`, a second write: a kill in between leaves a record in both
places, never in neither, and the next opening settles it.
Changed tables get new dicts: the storage writes only tables whose dict changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from leeslamp.journal import records, schema, versions
from leeslamp.journal.schema import Tables

Doc = dict[str, Any]

_NEVER = datetime.min.replace(tzinfo=UTC)


@dataclass
class Outcome:
    """What a merge took from the other side: `pieces` are the entry ids that gained something
    (new, a newer text, an earlier text kept, moved to or from the trash); `changed` says
    whether any table changed at all (reading positions, choices)."""

    pieces: set[str] = field(default_factory=set)
    changed: bool = False


def _time(value: Any) -> datetime:
    stamp = records.moment(value)
    return datetime.fromisoformat(stamp) if stamp is not None else _NEVER


def changed_at(doc: Doc) -> datetime:
    """When an entry was last changed: its text or fields (`updated`) or a restore."""
    return max(_time(doc.get("updated") or doc.get("created")), _time(doc.get("restored")))


def _rank(doc: Doc) -> tuple[datetime, int, str]:
    rev = doc.get("rev")
    return (
        changed_at(doc),
        rev if isinstance(rev, int) and not isinstance(rev, bool) else 0,
        json.dumps(doc, sort_keys=True, ensure_ascii=False),
    )


def newer(a: Doc, b: Doc) -> bool:
    """Whether entry `a` is the newer of two versions of one entry (a total order)."""
    return _rank(a) > _rank(b)


class _Table:
    """One table while merging: looked up by record id, copied on its first change."""

    def __init__(self, data: Tables, name: str) -> None:
        self.data, self.name = data, name
        self.docs = data.get(name, {})
        self.keys = {doc["id"]: key for key, doc in self.docs.items()}
        self.copied = False
        self.next_key = 0

    def get(self, record_id: str) -> Doc | None:
        key = self.keys.get(record_id)
        return self.docs[key] if key is not None else None

    def _own(self) -> None:
        if not self.copied:
            self.docs = dict(self.docs)
            self.data[self.name] = self.docs
            self.copied = True
            self.next_key = max(map(int, self.docs), default=0) + 1

    def put(self, doc: Doc) -> None:
        self._own()
        key = self.keys.get(doc["id"])
        if key is None:
            key, self.next_key = str(self.next_key), self.next_key + 1
            self.keys[doc["id"]] = key
        self.docs[key] = doc

    def remove(self, record_id: str) -> None:
        self._own()
        key = self.keys.pop(record_id, None)
        if key is not None:
            del self.docs[key]


class _Versions(_Table):
    def keep(self, loser: Doc, winner_text: str) -> bool:
        """Keep `loser`'s text as an earlier version of its entry, unless it is the text that
        stays, empty, or kept already. Returns whether a version was added."""
        text = loser.get("text", "")
        if not isinstance(text, str) or not text.strip() or text == winner_text:
            return False
        doc = versions.version_doc(loser["id"], versions.text_saved(loser), text)
        if self.get(doc["id"]) is not None:
            return False
        self.put(doc)
        return True


def merge_in(data: Tables, theirs: Tables) -> Outcome:
    """Take into `data` (in place) what `theirs` holds that `data` lacks or holds older."""
    out = Outcome()
    before = {name: id(table) for name, table in data.items()}
    entries, trash = _Table(data, schema.ENTRIES), _Table(data, schema.TRASH)
    kept = _Versions(data, schema.VERSIONS)
    for doc in theirs.get(schema.VERSIONS, {}).values():
        if kept.get(doc["id"]) is None and isinstance(doc.get("entry"), str):
            kept.put(doc)
            out.pieces.add(doc["entry"])
    for doc in theirs.get(schema.ENTRIES, {}).values():
        _merge_entry(doc, entries, trash, kept, out)
    for doc in theirs.get(schema.TRASH, {}).values():
        if isinstance(doc.get("entry"), dict):
            _merge_trashed(doc, entries, trash, kept, out)
    _merge_reading(data, theirs.get(schema.READING, {}))
    _merge_meta(data, theirs.get(schema.META, {}))
    for name, table in theirs.items():  # assignments, and tables a newer leeslamp may add
        if name not in (schema.ENTRIES, schema.TRASH, schema.VERSIONS, schema.READING, schema.META):
            union = _Table(data, name)
            for doc in table.values():
                if union.get(doc["id"]) is None:
                    union.put(doc)
    out.changed = {name: id(table) for name, table in data.items()} != before
    return out


def _merge_entry(doc: Doc, entries: _Table, trash: _Table, kept: _Versions, out: Outcome) -> None:
    mine = entries.get(doc["id"])
    if mine is None:
        binned = trash.get(doc["id"])
        if binned is None:
            entries.put(doc)
            out.pieces.add(doc["id"])
        elif changed_at(doc) > _time(binned.get("deleted")):  # changed or restored after
            entries.put(doc)  # out of the trash in `settle`
            kept.keep(binned["entry"], doc.get("text", ""))
            out.pieces.add(doc["id"])
        elif kept.keep(doc, binned["entry"].get("text", "")):
            out.pieces.add(doc["id"])
        return
    if doc == mine:
        return
    if newer(doc, mine):
        entries.put(doc)
        kept.keep(mine, doc.get("text", ""))
        out.pieces.add(doc["id"])
    elif kept.keep(doc, mine.get("text", "")):
        out.pieces.add(doc["id"])


def _merge_trashed(doc: Doc, entries: _Table, trash: _Table, kept: _Versions, out: Outcome) -> None:
    inner: Doc = doc["entry"]
    binned = trash.get(doc["id"])
    if binned is not None:
        if doc == binned:
            return
        if newer(inner, binned["entry"]):
            trash.put({**binned, "entry": inner})
            kept.keep(binned["entry"], inner.get("text", ""))
            out.pieces.add(doc["id"])
        elif kept.keep(inner, binned["entry"].get("text", "")):
            out.pieces.add(doc["id"])
        return
    mine = entries.get(doc["id"])
    if mine is None:
        trash.put(doc)
        out.pieces.add(doc["id"])
    elif _time(doc.get("deleted")) >= changed_at(mine):  # deleted after its last change here
        trash.put(doc)  # out of the entries in `settle`
        kept.keep(mine, inner.get("text", ""))
        out.pieces.add(doc["id"])
    elif kept.keep(inner, mine.get("text", "")):
        out.pieces.add(doc["id"])


def _merge_reading(data: Tables, theirs: dict[str, Doc]) -> None:
    reading = _Table(data, schema.READING)
    for doc in theirs.values():
        mine = reading.get(doc["id"])
        if mine == doc:
            continue
        if mine is None:
            reading.put(doc)
            continue
        merged = doc if _time(doc.get("opened")) > _time(mine.get("opened")) else mine
        finished = [f for f in (mine.get("finished"), doc.get("finished")) if f]
        merged = {**merged, "finished": min(finished, key=_time) if finished else None}
        if merged != mine:
            reading.put(merged)


def _merge_meta(data: Tables, theirs: dict[str, Doc]) -> None:
    meta = _Table(data, schema.META)
    for doc in theirs.values():
        mine = meta.get(doc["id"])
        # the meta record itself (schema, created) stays ours
        later = doc["id"] != schema.META_ID and mine is not None and _later_change(doc, mine)
        if mine is None or later:
            meta.put(doc)


def _later_change(doc: Doc, mine: Doc) -> bool:
    return _time(doc.get("changed")) > _time(mine.get("changed"))


def settle(data: Tables) -> bool:
    """An entry both in the entries and in the trash (after `merge_in`, or a kill during a
    deletion) stays where its newest change put it: a deletion at or after its last change
    keeps it in the trash. Changes `data` in place; returns whether anything moved."""
    entries, trash = _Table(data, schema.ENTRIES), _Table(data, schema.TRASH)
    both = entries.keys.keys() & trash.keys.keys()
    if not both:
        return False
    kept = _Versions(data, schema.VERSIONS)
    for entry_id in sorted(both):
        live, binned = entries.get(entry_id), trash.get(entry_id)
        assert live is not None and binned is not None
        if _time(binned.get("deleted")) >= changed_at(live):
            kept.keep(live, binned["entry"].get("text", ""))
            entries.remove(entry_id)
        else:
            kept.keep(binned["entry"], live.get("text", ""))
            trash.remove(entry_id)
    return True
