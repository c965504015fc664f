"""Documents that are never changed in place, so the storage can tell a change by identity.

The storage (storage.py) writes only the documents that changed since the last write. It used
to keep a deep copy of every document to compare with: a fifth of what a big journal costs in
memory (21 MiB at 50 000 entries). Now it keeps references to the documents as they are on
disk, and nothing changes a stored document in place: a change makes a new document.

- TinyDB's `update` and `upsert` change documents in place (`table[doc_id].update(fields)`
  inside `Table._update_table`). `CopyOnWriteTable` gives TinyDB's updater a table whose
  documents are copied the moment the updater takes one out, so the one on disk stays as it
  was and the changed one is a new object.
- The journal's own writers (versions.save_with_version, merge.py, sync.py) already put new
  documents in new table dicts; readers of the raw tables (`Journal._raw`) never write.

A change the storage does not see would be a lost word, so tests/test_journal_writes.py makes
random sequences of every kind of write and compares the journal read back from disk.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from tinydb import TinyDB
from tinydb.table import Table

Doc = dict[str, Any]


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value


def deep_copy(doc: Doc) -> Doc:
    """A copy that in-place changes to `doc` (or its lists and dicts) do not reach. Strings,
    numbers and None are shared: they cannot change."""
    return {key: _copy(value) for key, value in doc.items()}


class _CopyOnRead(dict):  # type: ignore[type-arg]
    """A table for TinyDB's updater: each document it takes out is a copy, kept in its place."""

    def __init__(self, table: Mapping[Any, Any]) -> None:
        super().__init__(table)
        self._copied: set[Any] = set()

    def __getitem__(self, key: Any) -> Doc:
        doc: Doc = super().__getitem__(key)
        if key not in self._copied:
            doc = deep_copy(doc)
            super().__setitem__(key, doc)
            self._copied.add(key)
        return doc

    def __setitem__(self, key: Any, doc: Doc) -> None:
        super().__setitem__(key, doc)
        self._copied.add(key)  # a new document (TinyDB's insert copies it): no need to copy


class CopyOnWriteTable(Table):
    """A TinyDB table whose updates leave the stored documents as they were (see above)."""

    def _update_table(self, updater: Callable[[dict[int, Mapping[Any, Any]]], None]) -> None:
        def on_copies(table: dict[int, Mapping[Any, Any]]) -> None:
            copies = _CopyOnRead(table)
            updater(copies)
            # TinyDB goes on with its own dict: give it what the updater left
            table.clear()
            table.update(copies.items())

        super()._update_table(on_copies)


class JournalDB(TinyDB):
    """TinyDB with copy-on-write tables: the one the journal opens."""

    table_class = CopyOnWriteTable


#: fields whose every value is its own (ids, texts, moments): looking them up would only cost
_OWN = frozenset({"id", "text", "created", "updated", "saved", "deleted", "opened"})


def share_repeats(data: Any, memo: dict[str, str] | None = None) -> None:
    """Make equal strings one object, in place: a journal repeats its kinds, articles, tags,
    questions and quotes in every entry, and `json.loads` makes each a string of its own
    (15 MiB at 50 000 entries). An entry never changed has `updated` equal to `created`.
    Anything not shaped like tables of documents is left as it is (records.py deals with it).
    `memo`: the strings met so far, to share them across calls."""
    memo = {} if memo is None else memo

    def shared(value: Any) -> Any:
        if isinstance(value, str):
            return memo.setdefault(value, value)
        if isinstance(value, list):
            value[:] = [shared(item) for item in value]
        elif isinstance(value, dict):
            for key, item in value.items():
                value[key] = shared(item)
        return value

    if not isinstance(data, dict):
        return
    for table in data.values():
        if not isinstance(table, dict):
            continue
        for doc in table.values():
            if not isinstance(doc, dict):
                continue
            for key, value in doc.items():
                if key not in _OWN and value is not None:
                    doc[key] = shared(value)
            created = doc.get("created")
            if created is not None and doc.get("updated") == created:
                doc["updated"] = created
