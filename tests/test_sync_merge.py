"""Merging by record (journal/merge.py) and the storage writes a merge relies on."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from leeslamp.journal import merge, schema
from leeslamp.journal.schema import Tables
from leeslamp.journal.storage import LogStorage

Doc = dict[str, Any]

IDS = ["e1", "e2", "e3"]
TIMES = [f"2026-12-06T10:{minute:02d}:00+01:00" for minute in range(6)]


def doc(record_id: str, text: str) -> Doc:
    return {"id": record_id, "kind": "reflectie", "text": text, "created": TIMES[0]}


def storage(folder: Path) -> LogStorage:
    return LogStorage(folder / "journal.json", folder / "journal.log")


def test_a_record_moved_to_another_key_in_one_write_survives_the_reload(tmp_path: Path) -> None:
    disk = storage(tmp_path)
    disk.read()
    disk.write({"entries": {"1": doc("a", "blijft"), "2": doc("b", "b")}})
    disk.write({"entries": {"7": doc("a", "blijft"), "2": doc("b", "b")}})
    again = storage(tmp_path).read()
    assert sorted(doc["text"] for doc in again["entries"].values()) == ["b", "blijft"]


def test_a_key_that_holds_another_record_now_deletes_the_one_that_was_there(
    tmp_path: Path,
) -> None:
    disk = storage(tmp_path)
    disk.read()
    disk.write({"entries": {"1": doc("a", "weg")}})
    disk.write({"entries": {"1": doc("b", "nieuw")}})
    again = storage(tmp_path).read()
    assert [doc["id"] for doc in again["entries"].values()] == ["b"]


# --- the merge rules, as properties --------------------------------------------------------


@st.composite
def entry_docs(draw: st.DrawFn, entry_id: str) -> Doc:
    at = draw(st.sampled_from(TIMES))
    return {
        "id": entry_id,
        "kind": "reflectie",
        "text": draw(st.sampled_from(["", "een", "twee", "drie"])),
        "created": TIMES[0],
        "updated": at,
        "rev": draw(st.integers(0, 3)),
    }


@st.composite
def sides(draw: st.DrawFn) -> Tables:
    """One computer's journal: each entry absent, alive, or in the trash."""
    entries: dict[str, Doc] = {}
    trash: dict[str, Doc] = {}
    for entry_id in IDS:
        where = draw(st.sampled_from(["none", "alive", "trash"]))
        doc = draw(entry_docs(entry_id))
        if where == "alive":
            entries[str(len(entries) + 1)] = doc
        elif where == "trash":
            deleted = draw(st.sampled_from(TIMES))
            trash[str(len(trash) + 1)] = {"id": entry_id, "entry": doc, "deleted": deleted}
    return {schema.ENTRIES: entries, schema.TRASH: trash, schema.VERSIONS: {}}


def merged(ours: Tables, theirs: Tables) -> Tables:
    data = copy.deepcopy(ours)
    merge.merge_in(data, copy.deepcopy(theirs))
    merge.settle(data)
    return data


def texts(data: Tables) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for doc in data[schema.ENTRIES].values():
        found.setdefault(doc["id"], set()).add(doc["text"])
    for doc in data[schema.TRASH].values():
        found.setdefault(doc["id"], set()).add(doc["entry"]["text"])
    for doc in data.get(schema.VERSIONS, {}).values():
        found.setdefault(doc["entry"], set()).add(doc["text"])
    return found


def live(data: Tables) -> dict[str, Doc]:
    return {doc["id"]: doc for doc in data[schema.ENTRIES].values()}


def binned(data: Tables) -> dict[str, Doc]:
    return {doc["id"]: doc for doc in data[schema.TRASH].values()}


@settings(max_examples=300)
@given(sides(), sides())
def test_nothing_lost_nothing_doubled_and_both_computers_agree(
    ours: Tables, theirs: Tables
) -> None:
    here, there = merged(ours, theirs), merged(theirs, ours)
    for side in (ours, theirs):
        for entry_id, kept in texts(side).items():
            assert {t for t in kept if t} <= texts(here)[entry_id]  # every word is somewhere
    for result in (here, there):
        ids = [doc["id"] for doc in result[schema.ENTRIES].values()]
        ids += [doc["id"] for doc in result[schema.TRASH].values()]
        assert sorted(ids) == sorted(set(ids))  # each entry once: alive or in the trash
        assert set(ids) == set(texts(ours)) | set(texts(theirs))
    assert live(here) == live(there)  # the same journal whichever merges first
    assert binned(here).keys() == binned(there).keys()
    assert {d["id"] for d in here[schema.VERSIONS].values()} == {
        d["id"] for d in there[schema.VERSIONS].values()
    }


@settings(max_examples=200)
@given(sides(), sides())
def test_merging_twice_is_merging_once(ours: Tables, theirs: Tables) -> None:
    once = merged(ours, theirs)
    data = copy.deepcopy(once)
    outcome = merge.merge_in(data, copy.deepcopy(theirs))
    assert not merge.settle(data)
    assert data == once
    assert outcome.pieces == set() and not outcome.changed


def test_the_newest_change_wins_and_the_other_text_becomes_a_version() -> None:
    old = {"id": "e", "text": "oud", "created": TIMES[0], "updated": TIMES[1], "rev": 1}
    new = {"id": "e", "text": "nieuw", "created": TIMES[0], "updated": TIMES[2], "rev": 1}
    data: Tables = {schema.ENTRIES: {"1": old}}
    outcome = merge.merge_in(data, {schema.ENTRIES: {"9": new}})
    assert data[schema.ENTRIES] == {"1": new}  # under our key: the entry did not move
    [version] = data[schema.VERSIONS].values()
    assert (version["entry"], version["text"], version["saved"]) == ("e", "oud", TIMES[1])
    assert outcome.pieces == {"e"}


def test_a_restore_is_weighed_by_when_it_was_done() -> None:
    entry = {"id": "e", "text": "t", "created": TIMES[0], "updated": TIMES[0]}
    bin_doc = {"id": "e", "entry": entry, "deleted": TIMES[2]}
    restored = {**entry, "restored": TIMES[3]}
    data: Tables = {schema.TRASH: {"1": bin_doc}}
    merge.merge_in(data, {schema.ENTRIES: {"1": restored}})
    assert merge.settle(data)
    assert list(live(data)) == ["e"] and binned(data) == {}


def test_choices_and_reading_positions_keep_the_latest_whichever_side_has_it() -> None:
    early = {"id": "dagkeuze:2026-12-07", "prompt": "vroeg", "changed": TIMES[1]}
    late = {"id": "dagkeuze:2026-12-07", "prompt": "laat", "changed": TIMES[3]}
    meta = {"id": schema.META_ID, "schema": 1, "created": TIMES[0]}
    other_meta = {"id": schema.META_ID, "schema": 1, "created": TIMES[2]}
    read_early = {"id": "a", "block": 1, "progress": 0.1, "opened": TIMES[1], "finished": TIMES[1]}
    read_late = {"id": "a", "block": 7, "progress": 0.5, "opened": TIMES[4], "finished": None}
    for mine, theirs in ((early, late), (late, early)):
        for seen, other in ((read_early, read_late), (read_late, read_early)):
            data: Tables = {schema.META: {"1": meta, "2": mine}, schema.READING: {"1": seen}}
            merge.merge_in(
                data, {schema.META: {"1": other_meta, "5": theirs}, "reading": {"3": other}}
            )
            assert data[schema.META] == {"1": meta, "2": late}  # the meta record stays ours
            assert data[schema.READING] == {"1": {**read_late, "finished": TIMES[1]}}
