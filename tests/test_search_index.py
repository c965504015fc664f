"""The search index on disk: follows the journal, rebuilt when missing, stale or damaged, never
needed (search works without it), and finds exactly what the search in memory finds."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import tempfile
import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leeslamp.cli import main
from leeslamp.core.paths import Paths
from leeslamp.journal import Entry, Journal, add_entry_quickly, logfile, search_sync
from leeslamp.journal import search_index as search_index_module
from leeslamp.journal.search import Filters, _written, search
from leeslamp.journal.search_index import DiskIndex, open_index
from leeslamp.journal.storage import LogStorage


def load(paths: Paths) -> list[Entry]:
    with Journal.open(paths, read_only=True) as journal:
        return journal.entries()


def never(paths: Paths):  # type: ignore[no-untyped-def]
    """A loader for a sync that must follow the log, not read the whole journal."""

    def fail() -> list[Entry]:
        raise AssertionError("the index was rebuilt, not followed")

    return fail


def texts(index: DiskIndex, query: str, filters: Filters | None = None) -> list[str]:
    return [hit.entry.text for hit in index.search(query, filters)]


@pytest.fixture
def paths(private_home: Path) -> Paths:
    with Journal.open(Paths(private_home)) as journal:
        journal.add_entry("reflectie", "Eén gesprek over vertrouwen.")
        journal.maintain()  # today's backup and compaction: a next write is one append
    return Paths(private_home)


def test_the_index_is_private_and_answers_like_the_old_search(paths: Paths) -> None:
    index = open_index(paths, lambda: load(paths))
    assert index is not None
    assert stat.S_IMODE(paths.search_index.stat().st_mode) == 0o600
    assert texts(index, "een gesprek") == ["Eén gesprek over vertrouwen."]
    assert texts(index, "trouw") == ["Eén gesprek over vertrouwen."]  # inside a word
    assert texts(index, '"gesprek vertrouwen"') == []
    index.close()


def test_the_index_follows_add_edit_trash_restore_and_purge(paths: Paths) -> None:
    index = open_index(paths, lambda: load(paths))
    assert index is not None
    with Journal.open(paths) as journal:
        added = journal.add_entry("aandacht", "Mooi.", anchor={"quote": "Creëer ruimte"})
        index.sync(never(paths))
        assert texts(index, "creeer") == ["Mooi."]
        journal.update_entry(added.id, text="Nog mooier.")
        index.sync(never(paths))
        assert texts(index, "mooi") == ["Nog mooier."]
        journal.delete_entry(added.id)
        index.sync(never(paths))
        assert texts(index, "mooi") == []
        journal.restore_entry(added.id)
        index.sync(never(paths))
        assert texts(index, "mooi") == ["Nog mooier."]
        journal.delete_entry(added.id)
        journal.add_entry("reflectie", "Vlak voor het opruimen.")
        journal.maintain(date(2099, 1, 1))  # a new day: compacted, backed up
    assert journal.paths.journal_log.stat().st_size < 200  # a fresh log: the files are new
    index.sync(never(paths))  # the index was told: no rebuild for the same entries
    assert texts(index, "mooi") == [] and texts(index, "gesprek") and texts(index, "opruimen")
    index.close()


def test_a_write_by_another_process_is_seen_through_the_log(paths: Paths) -> None:
    index = open_index(paths, lambda: load(paths))
    assert index is not None
    add_entry_quickly(paths, "reflectie", "Snel geschreven, zonder de app.")  # leeslamp schrijf
    index.sync(never(paths))
    assert texts(index, "zonder de app") == ["Snel geschreven, zonder de app."]
    index.close()


def test_a_torn_last_line_waits_until_it_is_whole(paths: Paths) -> None:
    index = open_index(paths, lambda: load(paths))
    assert index is not None
    with paths.journal_log.open("ab") as log:
        log.write(b'{"t":"entries","op":"put","doc":{"id":"x","te')
    index.sync(never(paths))
    assert texts(index, "gesprek")
    index.close()


@pytest.mark.parametrize("how", ["missing", "damaged", "stale"])
def test_a_missing_damaged_or_stale_index_is_rebuilt(paths: Paths, how: str) -> None:
    open_index(paths, lambda: load(paths)).close()  # type: ignore[union-attr]
    if how == "missing":
        paths.search_index.unlink()
    elif how == "damaged":
        paths.search_index.write_bytes(b"geen database" * 1000)
    else:  # the journal changed behind the log's back: a synced copy, a restored backup
        with Journal.open(paths) as journal:
            journal.add_entry("reflectie", "Later erbij gekomen.")
            LogStorage.compact(journal._storage)
    loads: list[int] = []

    def counted() -> list[Entry]:
        loads.append(1)
        return load(paths)

    index = open_index(paths, counted)
    assert index is not None and loads == [1]
    assert texts(index, "gesprek") == ["Eén gesprek over vertrouwen."]
    if how == "stale":
        assert texts(index, "later") == ["Later erbij gekomen."]
    index.close()


def test_two_open_indexes_on_one_file_keep_it_whole(paths: Paths) -> None:
    first, second = (open_index(paths, lambda: load(paths)) for _ in range(2))
    assert first is not None and second is not None
    add_entry_quickly(paths, "reflectie", "Voor allebei.")
    first.sync(never(paths))
    second.sync(never(paths))  # sees that the first one did it already
    assert texts(first, "allebei") == texts(second, "allebei") == ["Voor allebei."]
    first.close()
    second.close()


# --- the command line without an index -------------------------------------------------------


def zoek(capsys: pytest.CaptureFixture[str], *words: str) -> str:
    assert main(["zoek", *words]) == 0
    return capsys.readouterr().out


def test_zoek_the_same_with_or_without_the_index(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    with_index = zoek(capsys, "een")
    assert paths.search_index.exists()
    paths.search_index.unlink()
    assert zoek(capsys, "een") == with_index
    assert paths.search_index.exists()


def test_zoek_in_a_read_only_folder_searches_the_old_way(
    paths: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*_args: object, **_kwargs: object) -> int:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(search_index_module.os, "open", read_only)
    assert "Eén gesprek" in zoek(capsys, "gesprek")
    assert not paths.search_index.exists()


def test_zoek_on_a_full_disk_searches_the_old_way(
    paths: Paths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(search_sync, "rebuild", full)
    assert "Eén gesprek" in zoek(capsys, "gesprek")


# --- the same results as the search in memory ------------------------------------------------

LETTERS = "aeéEëbß ﬁ\n"
WORDS = st.text(alphabet=LETTERS, max_size=12)
MOMENTS = ["2026-11-01T09:00:00+01:00", "2026-11-01T10:00:00+02:00", "2026-11-02T00:30:00+01:00"]


@st.composite
def journals(draw: st.DrawFn) -> list[Entry]:
    """Entries newest first, as the journal hands them out (ties: the later one first)."""
    count = draw(st.integers(0, 8))
    entries = [
        Entry(
            id=f"id-{number}",
            kind=draw(st.sampled_from(["reflectie", "aandacht", "dagvraag"])),
            text=draw(WORDS),
            created=(moment := draw(st.sampled_from(MOMENTS))),
            updated=moment,
            article=draw(st.sampled_from([None, "a", "b"])),
            tags=tuple(draw(st.lists(st.sampled_from(["Werk", "wérk", "team"]), max_size=2))),
            anchor={"quote": draw(WORDS)} if draw(st.booleans()) else None,
            prompt={"id": "p", "text": draw(WORDS)} if draw(st.booleans()) else None,
        )
        for number in range(count)
    ]
    order = {entry.id: number for number, entry in enumerate(entries)}
    return sorted(entries, key=lambda e: (_written(e), order[e.id]), reverse=True)


FILTERS = st.builds(
    Filters,
    article=st.sampled_from([None, "a"]),
    article_prompts=st.sampled_from([frozenset(), frozenset({"p"})]),
    kind=st.sampled_from([None, "aandacht"]),
    tag=st.sampled_from([None, "werk", "#Team"]),
    since=st.sampled_from([None, date(2026, 11, 2)]),
    until=st.sampled_from([None, date(2026, 11, 1)]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journals(), st.text(alphabet=LETTERS + '"', max_size=8), FILTERS, st.sampled_from([0, 2000]))
def test_the_index_finds_exactly_what_the_search_in_memory_finds(
    entries: list[Entry], query: str, filters: Filters, few: int
) -> None:
    """`few`: 0 walks the entries newest first, as for a common word in a big journal."""
    with tempfile.TemporaryDirectory() as folder:
        index = DiskIndex.open(Paths(Path(folder)))
        index.sync(lambda: entries)
        kept, search_index_module._FEW = search_index_module._FEW, few
        try:
            found = index.search(query, filters, limit=5)
        finally:
            search_index_module._FEW = kept
        expected = search(entries, query, filters, limit=5)
        assert [hit.entry for hit in index.search(query, filters)] == [
            hit.entry for hit in search(entries, query, filters)
        ]
        index.close()
    assert [hit.entry for hit in found] == [hit.entry for hit in expected]
    assert found.total == expected.total
    assert [hit.spans for hit in found] == [hit.spans for hit in expected]


def test_the_index_file_holds_only_what_the_journal_holds(paths: Paths) -> None:
    """Derived: removing it loses nothing, and it is rebuilt from the journal alone."""
    open_index(paths, lambda: load(paths)).close()  # type: ignore[union-attr]
    os.remove(paths.search_index)
    assert [entry.text for entry in load(paths)] == ["Eén gesprek over vertrouwen."]


def test_a_date_at_the_edge_of_time_is_indexed_not_a_traceback(private_home: Path) -> None:
    edge = Entry(
        id="oud",
        kind="reflectie",
        text="Heel lang geleden.",
        created="0001-01-01T00:00:00+14:00",
        updated="0001-01-01T00:00:00+14:00",
    )
    private_home.mkdir(parents=True)
    index = DiskIndex.open(Paths(private_home))
    index.sync(lambda: [edge])
    assert texts(index, "geleden") == ["Heel lang geleden."]
    index.close()


def test_two_zoek_processes_at_once_build_one_whole_index(paths: Paths) -> None:
    """Two processes find the index missing at the same moment: SQLite's locking lets one
    build it, the other waits (or searches the old way); both answer, the file stays whole."""
    import subprocess
    import sys

    env = {**os.environ, "LEESLAMP_HOME": str(paths.data_dir), "NO_COLOR": "1"}
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    both = [
        subprocess.Popen(
            [sys.executable, "-m", "leeslamp", "zoek", "gesprek"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    outputs = [process.communicate(timeout=60) for process in both]
    assert [process.returncode for process in both] == [0, 0], outputs
    assert all("Eén gesprek over vertrouwen." in out.decode() for out, _ in outputs)
    with sqlite3.connect(paths.search_index) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_broken_index_never_stops_the_daily_compaction(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_index(paths, lambda: load(paths)).close()  # type: ignore[union-attr]

    def unreadable(_paths: Paths) -> dict[str, object]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(search_sync, "journal_state", unreadable)
    with Journal.open(paths) as journal:
        journal.add_entry("reflectie", "Nog eentje.")
        journal.maintain(date(2099, 1, 1))
        assert journal.paths.journal_log.stat().st_size < 200  # compacted all the same


def test_the_app_never_sees_the_daily_compaction_half_way(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app opens the search screen while its journal compacts (the day's first start): the
    index is carried over, never rebuilt from a new snapshot seen beside the old log."""
    index = open_index(paths, lambda: load(paths))
    assert index is not None
    rebuilt = threading.Event()
    real_rebuild, real_reset = search_sync.rebuild, logfile.reset_log

    def counted(*args: Any) -> None:
        rebuilt.set()
        real_rebuild(*args)

    monkeypatch.setattr(search_sync, "rebuild", counted)
    with Journal.open(paths) as journal:
        checker = threading.Thread(target=search_index_module.keep_up, args=(index, journal))

        def half_way(*args: Any, **kwargs: Any) -> None:
            # the new snapshot is in place, the log not yet: the files look like another journal
            look = DiskIndex.open(paths)
            assert not look.catch_up()
            look.close()
            rebuilt.clear()  # that check would rebuild: it stops before, the app's must not
            checker.start()  # the search screen's check, in its own thread
            assert not rebuilt.wait(0.5)
            real_reset(*args, **kwargs)

        monkeypatch.setattr(logfile, "reset_log", half_way)
        journal.maintain(date(2099, 1, 1))  # no backup that day: it compacts
        checker.join(timeout=60)
    assert not checker.is_alive() and not rebuilt.is_set()
    assert texts(index, "vertrouwen") == ["Eén gesprek over vertrouwen."]
    index.close()
