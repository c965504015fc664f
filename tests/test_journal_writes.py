"""Every write reaches the disk: the storage tells a change by identity (journal/tables.py), so a
write it did not see would be a lost word. Random sequences of every kind of write, each
followed by reading the journal back from disk, compared with the journal in memory and with
a plain model of what was written."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from journal_helpers import FakeClock
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal, schema
from leeslamp.journal.storage import read_journal

TEXTS = st.text(alphabet="aé€ \n", min_size=1, max_size=8)
TAGS = st.lists(st.sampled_from(["idee", "vraag", "ster"]), max_size=2)
ANCHORS = st.none() | st.fixed_dictionaries({"quote": TEXTS, "state": st.just("exact")})


class Writes(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="leeslamp-writes-"))
        self.paths = Paths(self.folder)
        self.clock = FakeClock()
        self.journal = Journal.open(self.paths, clock=self.clock)
        #: entry id -> (text, tags, anchor) as the model says they are
        self.model: dict[str, tuple[str, list[str], Any]] = {}
        self.trashed: dict[str, tuple[str, list[str], Any]] = {}
        self.reading: dict[str, int] = {}
        self.choices: dict[date, str] = {}

    def teardown(self) -> None:
        self.journal.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _tick(self) -> None:
        self.clock.advance(minutes=7)  # some writes start a new version after a pause

    @rule(text=TEXTS, tags=TAGS, anchor=ANCHORS)
    def add(self, text: str, tags: list[str], anchor: Any) -> None:
        self._tick()
        entry = self.journal.add_entry("aandacht", text, tags=tags, anchor=anchor, article="a")
        self.model[entry.id] = (text, sorted(set(tags)), anchor)

    @precondition(lambda self: self.model)
    @rule(data=st.data(), text=TEXTS, new_version=st.booleans())
    def change_text(self, data: st.DataObject, text: str, new_version: bool) -> None:
        self._tick()
        # by the order they were written: entry ids are random, so a sorted choice would
        # make hypothesis's replay of a case pick another entry
        entry_id = data.draw(st.sampled_from(list(self.model)))
        self.journal.update_entry(entry_id, text=text, new_version=new_version)
        _, tags, anchor = self.model[entry_id]
        self.model[entry_id] = (text, tags, anchor)

    @precondition(lambda self: self.model)
    @rule(data=st.data(), tags=TAGS, anchor=ANCHORS)
    def change_fields(self, data: st.DataObject, tags: list[str], anchor: Any) -> None:
        entry_id = data.draw(st.sampled_from(list(self.model)))
        self.journal.update_entry(entry_id, tags=tags, anchor=anchor)
        text, _, _ = self.model[entry_id]
        self.model[entry_id] = (text, sorted(set(tags)), anchor)

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def restore_a_version(self, data: st.DataObject) -> None:
        entry_id = data.draw(st.sampled_from(list(self.model)))
        found = self.journal.versions(entry_id)
        number = data.draw(st.integers(1, len(found)))
        self.journal.restore_version(entry_id, number)
        _, tags, anchor = self.model[entry_id]
        self.model[entry_id] = (found[number - 1].text, tags, anchor)

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        entry_id = data.draw(st.sampled_from(list(self.model)))
        self.journal.delete_entry(entry_id)
        self.trashed[entry_id] = self.model.pop(entry_id)

    @precondition(lambda self: self.trashed)
    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        entry_id = data.draw(st.sampled_from(list(self.trashed)))
        self.journal.restore_entry(entry_id)
        self.model[entry_id] = self.trashed.pop(entry_id)

    @rule(article=st.sampled_from(["a", "b"]), block=st.integers(0, 9))
    def read(self, article: str, block: int) -> None:
        self._tick()
        self.journal.save_reading(article, block=block, progress=block / 10)
        self.reading[article] = block

    @rule(day=st.sampled_from([date(2025, 5, 1), date(2025, 5, 2)]), prompt=TEXTS)
    def choose(self, day: date, prompt: str) -> None:
        self.journal.set_day_choice(day, prompt)
        self.choices[day] = prompt

    @rule(number=st.integers(1, 2))
    def assignment(self, number: int) -> None:
        self.journal.import_assignment({"id": f"leesopdracht-{number}", "questions": ["Wat?"]})

    @rule()
    def maintain(self) -> None:
        self.journal.maintain()

    @invariant()
    def the_disk_holds_what_memory_holds(self) -> None:
        on_disk, _version, _torn = read_journal(self.paths.journal, self.paths.journal_log)
        in_memory = self.journal._storage.read()
        by_id = {
            name: sorted((doc for doc in table.values()), key=lambda doc: doc["id"])
            for name, table in on_disk.items()
            if table
        }
        assert by_id == {
            name: sorted((doc for doc in table.values()), key=lambda doc: doc["id"])
            for name, table in in_memory.items()
            if table
        }
        entries = {doc["id"]: doc for doc in on_disk.get(schema.ENTRIES, {}).values()}
        assert {
            key: (doc["text"], sorted(doc["tags"]), doc.get("anchor"))
            for key, doc in entries.items()
        } == self.model
        trash = {doc["id"] for doc in on_disk.get(schema.TRASH, {}).values()}
        assert trash == set(self.trashed)
        reading = {doc["id"]: doc["block"] for doc in on_disk.get(schema.READING, {}).values()}
        assert reading == self.reading
        for day, prompt in self.choices.items():
            assert self.journal.day_choice(day) == prompt


Writes.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_every_write_reaches_the_disk = Writes.TestCase
