"""The trash: an entry deleted moves here with the moment it went, can be restored for
`schema.TRASH_DAYS` days, and then goes for good with its versions. Mixed into `Journal`, which
owns the tables, the lock and the writes (`_guard`)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from tinydb import Query
from tinydb.table import Table

from leeslamp.core.errors import UserInputError
from leeslamp.journal import schema, versions
from leeslamp.journal.models import Entry, TrashedEntry
from leeslamp.journal.storage import LogStorage


class TrashRecords:
    """The methods; `Journal` gives them what is declared here."""

    _mutex: AbstractContextManager[Any]
    _entries: Table
    _trash: Table
    _index: dict[str, int]
    _storage: LogStorage

    def _guard(self, write: Callable[[], Any]) -> Any:
        raise NotImplementedError

    def _now(self) -> str:
        raise NotImplementedError

    def _require(self, entry_id: str) -> int:
        raise NotImplementedError

    def delete_entry(self, entry_id: str) -> Entry:
        """Move an entry to the trash (restorable for 30 days)."""
        with self._mutex:
            doc_id = self._require(entry_id)
            doc = dict(self._entries.get(doc_id=doc_id))  # type: ignore[arg-type]
            # Into the trash first: a crash in between leaves it in both places, never in neither.
            trashed = {"id": entry_id, "entry": doc, "deleted": self._now()}
            self._guard(lambda: self._trash.upsert(trashed, Query().id == entry_id))
            self._guard(lambda: self._entries.remove(doc_ids=[doc_id]))
            del self._index[entry_id]
            return Entry.from_doc(doc)

    def trash(self) -> list[TrashedEntry]:
        with self._mutex:
            items = [
                TrashedEntry(Entry.from_doc(doc["entry"]), doc["deleted"])
                for doc in self._trash.all()
            ]
        return sorted(items, key=lambda item: item.deleted, reverse=True)

    def restore_entry(self, entry_id: str) -> Entry:
        with self._mutex:
            found = self._trash.get(Query().id == entry_id)
            if found is None:
                raise UserInputError("journal.not_in_trash", entry_id=entry_id)
            # When: a sync merge weighs a restore against a deletion on another computer.
            doc = {**found["entry"], "restored": self._now()}
            if entry_id not in self._index:
                doc_id = self._guard(lambda: self._entries.insert(doc))
                self._index[entry_id] = doc_id
            self._guard(lambda: self._trash.remove(Query().id == entry_id))
            return Entry.from_doc(doc)

    def _empty_trash(self, expired: list[Any]) -> None:
        """Remove expired trash and the versions of those entries, in one write: an entry's
        versions go with it, not before (and none are left behind without it)."""
        data = self._storage.read()
        keys = {str(doc.doc_id) for doc in expired}
        data[schema.TRASH] = {k: d for k, d in data[schema.TRASH].items() if k not in keys}
        versions.forget({doc["id"] for doc in expired} - self._index.keys(), data)
        self._storage.write(data)
        self._trash.clear_cache()
