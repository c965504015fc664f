"""What the journal keeps beside the entries: where the reader is in each article, the coach's
assignments, the day's chosen question and the learning path. Small records in their own
tables (`meta` for the last two), mixed into `Journal`, which owns the tables, the lock and
the writes (`_guard`)."""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from contextlib import AbstractContextManager
from datetime import date
from typing import Any

from tinydb import Query
from tinydb.table import Table

from leeslamp.journal import schema
from leeslamp.journal.entry_docs import require_storable
from leeslamp.journal.models import Entry, ReadingState

#: progress from which an article counts as read to the end
FINISHED_AT = 0.98


class SideRecords:
    """The methods; `Journal` gives them what is declared here."""

    _mutex: AbstractContextManager[Any]
    _reading: Table
    _assignments: Table
    _meta: Table

    def _guard(self, write: Callable[[], Any]) -> Any:
        raise NotImplementedError

    def _now(self) -> str:
        raise NotImplementedError

    def entries(self, *, article: str | None = None, kind: str | None = None) -> list[Entry]:
        raise NotImplementedError

    # --- reading state -----------------------------------------------------------------------

    def reading_state(self, article_id: str) -> ReadingState | None:
        with self._mutex:
            doc = self._reading.get(Query().id == article_id)
            return ReadingState.from_doc(doc) if doc else None

    def save_reading(
        self, article_id: str, *, block: int, progress: float, within: float = 0.0
    ) -> ReadingState:
        with self._mutex:
            before = self.reading_state(article_id)
            progress = min(1.0, max(0.0, float(progress)))
            finished = before.finished if before else None
            if finished is None and progress >= FINISHED_AT:
                finished = self._now()
            within = min(2.0, max(-1.0, float(within)))
            state = ReadingState(
                article_id, max(0, int(block)), progress, self._now(), finished, within
            )
            self._guard(lambda: self._reading.upsert(state.to_doc(), Query().id == article_id))
            return state

    def recent_reading(self, limit: int = 5) -> list[ReadingState]:
        with self._mutex:
            states = [ReadingState.from_doc(doc) for doc in self._reading.all()]
        states.sort(key=lambda s: s.opened, reverse=True)
        return states[:limit]

    # --- coach assignments -------------------------------------------------------------------
    # Stored as plain documents keyed by their content id; `leeslamp.assignments` gives them
    # meaning. An assignment is never changed after import: a changed file is a new id.

    def import_assignment(self, doc: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """Store an assignment document (it has an `id`) unless one with that id is there.

        Returns the stored document and whether it is new; `imported` is set on first import.
        """
        with self._mutex:
            found = self._assignments.get(Query().id == doc["id"])
            if found is not None:
                return dict(found), False
            stored = {**doc, "imported": self._now()}
            require_storable(stored)
            self._guard(lambda: self._assignments.insert(stored))
            return dict(stored), True

    def assignments(self) -> list[dict[str, Any]]:
        """Every imported assignment document, in the order they were imported."""
        with self._mutex:
            docs = [dict(doc) for doc in self._assignments.all()]
        return sorted(docs, key=lambda doc: doc.get("imported", ""))

    def get_assignment(self, assignment_id: str) -> dict[str, Any] | None:
        with self._mutex:
            found = self._assignments.get(Query().id == assignment_id)
            return dict(found) if found is not None else None

    def answers_for(self, assignment_id: str) -> list[Entry]:
        """The `antwoord` entries linked to this assignment id, newest first."""
        return [
            entry
            for entry in self.entries(kind="antwoord")
            if (entry.assignment or {}).get("id") == assignment_id
        ]

    # --- the day's question --------------------------------------------------------------------
    # "Een andere vraag" is remembered per date, as one small record in `meta` per day chosen.

    def day_choice(self, day: date) -> str | None:
        """The prompt id chosen for `day` ("Een andere vraag", or the one answered), if any."""
        with self._mutex:
            found = self._meta.get(Query().id == schema.day_choice_id(day))
            return found.get("prompt") if found is not None else None

    def set_day_choice(self, day: date, prompt_id: str) -> None:
        with self._mutex:
            # `changed`: a sync merge keeps the choice made last (merge.py)
            record = {"id": schema.day_choice_id(day), "prompt": prompt_id, "changed": self._now()}
            require_storable(record)
            self._guard(lambda: self._meta.upsert(record, Query().id == record["id"]))

    # --- the learning path ---------------------------------------------------------------------
    # Which path the reader follows and since when: one record in `meta` (daily.path_progress).

    def path_state(self) -> dict[str, Any] | None:
        """The learning path record ({"path": id, "started": "YYYY-MM-DD", ...}), if any."""
        with self._mutex:
            found = self._meta.get(Query().id == schema.PATH_STATE_ID)
            return dict(found) if found is not None and not found.get("stopped") else None

    def set_path_state(self, record: dict[str, Any] | None) -> None:
        """Store the learning path record (None: follow no path). Stopping keeps a record that
        says so, with its moment: a sync merge weighs it against a path started elsewhere."""
        with self._mutex:
            if record is None:
                if not self._meta.contains(Query().id == schema.PATH_STATE_ID):
                    return
                record = {"stopped": True}
            record = {**record, "id": schema.PATH_STATE_ID, "changed": self._now()}
            require_storable(record)
            query = Query().id == schema.PATH_STATE_ID
            if self._meta.contains(query):
                # the whole record, in one write: an update would keep the fields of the one
                # before (a `stopped` above all, and the path would never start again)
                self._guard(lambda: self._meta.update(_replaced_by(record), query))
            else:
                self._guard(lambda: self._meta.insert(record))


def _replaced_by(record: dict[str, Any]) -> Callable[[MutableMapping[Any, Any]], None]:
    """A TinyDB update that makes a document `record`, nothing left of what it held."""

    def replace(doc: MutableMapping[Any, Any]) -> None:
        doc.clear()
        doc.update(record)

    return replace
