"""The journal's API: entries, trash, reading state, locking, files.

Everything here goes through the real files in a temp data folder; nothing is mocked except the
clock (so "30 days later" and "tomorrow" are real dates without waiting).
"""

from __future__ import annotations

import stat
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from journal_helpers import FakeClock
from leeslamp.core.errors import JournalLocked, JournalWriteError, UserInputError
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal, schema
from leeslamp.journal.entry_docs import new_entry_doc
from leeslamp.journal.storage import read_journal


@pytest.fixture
def paths(private_home: Path) -> Paths:
    return Paths(private_home)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def journal(paths: Paths, clock: FakeClock):
    with Journal.open(paths, clock=clock) as opened:
        yield opened


# --- entries ------------------------------------------------------------------------------


def test_added_entry_has_uuid_id_and_iso_timestamps_with_offset(journal: Journal) -> None:
    entry = journal.add_entry("reflectie", "Wat ik las raakte me.", article="verbroken")
    assert uuid.UUID(entry.id).version == 4
    created = datetime.fromisoformat(entry.created)
    assert created.utcoffset() == timedelta(hours=2)
    assert entry.created == entry.updated == "2025-05-01T09:00:00+02:00"
    assert (entry.kind, entry.article, entry.text) == (
        "reflectie",
        "verbroken",
        "Wat ik las raakte me.",
    )


def test_added_entry_is_on_disk_when_add_returns(paths: Paths, journal: Journal) -> None:
    entry = journal.add_entry("dagvraag", "Antwoord op de vraag van vandaag.")
    data, _, _ = read_journal(paths.journal, paths.journal_log)
    assert [doc["text"] for doc in data["entries"].values()] == [entry.text]


def test_entry_can_be_read_back_after_reopening(paths: Paths, clock: FakeClock) -> None:
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.add_entry("reflectie", "Eerste zin.\n\nTweede alinea. 🌱", tags=["groei"])
    with Journal.open(paths, clock=clock) as journal:
        assert journal.get_entry(entry.id) == entry


def test_unknown_kind_is_refused_with_a_sentence(journal: Journal) -> None:
    with pytest.raises(UserInputError) as refused:
        journal.add_entry("gedicht", "rozen")
    assert "gedicht" in refused.value.sentence()
    assert journal.entries() == []


def test_update_changes_text_and_updated_but_not_created(
    paths: Paths, journal: Journal, clock: FakeClock
) -> None:
    entry = journal.add_entry("reflectie", "eerste versie")
    clock.advance(minutes=5)
    changed = journal.update_entry(entry.id, text="tweede versie", tags=["#nieuw"])
    assert changed.text == "tweede versie" and changed.tags == ("nieuw",)
    assert changed.created == entry.created
    assert changed.updated == "2025-05-01T09:05:00+02:00"
    with Journal.open(paths, read_only=True) as fresh:
        assert fresh.get_entry(entry.id) == changed


def test_updating_an_unknown_entry_is_a_sentence(journal: Journal) -> None:
    with pytest.raises(UserInputError) as refused:
        journal.update_entry("niet-bestaand", text="x")
    assert "niet-bestaand" in refused.value.sentence()


def test_get_entry_of_unknown_id_is_none(journal: Journal) -> None:
    assert journal.get_entry(str(uuid.uuid4())) is None


def test_entries_come_newest_first(journal: Journal, clock: FakeClock) -> None:
    first = journal.add_entry("reflectie", "maandag")
    clock.advance(days=1)
    second = journal.add_entry("reflectie", "dinsdag")
    same_second = journal.add_entry("reflectie", "dinsdag, even later")
    clock.advance(days=-7)
    older = journal.add_entry("dagvraag", "een week eerder ingevoerd")
    assert [e.id for e in journal.entries()] == [same_second.id, second.id, first.id, older.id]


def test_entries_filter_by_article_and_kind(journal: Journal) -> None:
    a = journal.add_entry("reflectie", "over a", article="a")
    journal.add_entry("reflectie", "over b", article="b")
    a_vraag = journal.add_entry("dagvraag", "vraag bij a", article="a")
    loose = journal.add_entry("dagvraag", "los")
    assert {e.id for e in journal.entries(article="a")} == {a.id, a_vraag.id}
    assert {e.id for e in journal.entries(kind="dagvraag")} == {a_vraag.id, loose.id}
    assert [e.id for e in journal.entries(article="a", kind="reflectie")] == [a.id]
    assert journal.entries(article="c") == []


def test_tags_are_cleaned(journal: Journal) -> None:
    entry = journal.add_entry("reflectie", "x", tags=[" #leren ", "@team", "leren", "", "  ", "#"])
    assert entry.tags == ("leren", "team")


# --- trash --------------------------------------------------------------------------------


def test_deleted_entry_moves_to_the_trash_and_can_be_restored(
    paths: Paths, journal: Journal, clock: FakeClock
) -> None:
    entry = journal.add_entry("reflectie", "weg ermee?", article="a")
    clock.advance(hours=1)
    journal.delete_entry(entry.id)
    assert journal.entries() == [] and journal.get_entry(entry.id) is None
    [trashed] = journal.trash()
    assert trashed.entry == entry and trashed.deleted == "2025-05-01T10:00:00+02:00"
    restored = journal.restore_entry(entry.id)
    assert restored == entry and journal.trash() == []
    with Journal.open(paths, read_only=True) as fresh:
        assert fresh.entries() == [entry] and fresh.trash() == []


def test_restoring_what_is_not_in_the_trash_is_a_sentence(journal: Journal) -> None:
    with pytest.raises(UserInputError):
        journal.restore_entry(str(uuid.uuid4()))


def test_trash_is_kept_thirty_days_then_emptied_by_maintain(
    paths: Paths, journal: Journal, clock: FakeClock
) -> None:
    old = journal.add_entry("reflectie", "oud")
    young = journal.add_entry("reflectie", "jong")
    journal.delete_entry(old.id)
    clock.advance(days=2)
    journal.delete_entry(young.id)
    clock.advance(days=29)  # old: 31 days in the trash, young: 29
    journal.maintain()
    assert [item.entry.id for item in journal.trash()] == [young.id]
    clock.advance(days=2)
    journal.maintain()
    assert journal.trash() == []
    with Journal.open(paths, read_only=True) as fresh:
        assert fresh.trash() == [] and fresh.entries() == []


# --- reading state ------------------------------------------------------------------------


def test_reading_state_is_saved_and_clamped(paths: Paths, journal: Journal) -> None:
    assert journal.reading_state("a") is None
    state = journal.save_reading("a", block=12, progress=1.7)
    assert (state.block, state.progress) == (12, 1.0)
    assert journal.save_reading("b", block=-3, progress=-0.5).block == 0
    with Journal.open(paths, read_only=True) as fresh:
        assert fresh.reading_state("a") == state


def test_finished_is_set_once_near_the_end_and_kept(journal: Journal, clock: FakeClock) -> None:
    assert journal.save_reading("a", block=3, progress=0.5).finished is None
    done = journal.save_reading("a", block=40, progress=0.99)
    assert done.finished == "2025-05-01T09:00:00+02:00"
    clock.advance(days=3)
    again = journal.save_reading("a", block=0, progress=0.1)  # reading it again from the top
    assert again.finished == done.finished and again.opened == "2025-05-04T09:00:00+02:00"


def test_recent_reading_is_most_recently_opened_first(journal: Journal, clock: FakeClock) -> None:
    for article in ("a", "b", "c"):
        journal.save_reading(article, block=1, progress=0.2)
        clock.advance(minutes=1)
    journal.save_reading("a", block=2, progress=0.3)
    assert [s.article for s in journal.recent_reading()] == ["a", "c", "b"]
    assert [s.article for s in journal.recent_reading(limit=1)] == ["a"]


# --- locking and read-only ----------------------------------------------------------------


def test_second_writer_in_the_same_home_is_told_the_journal_is_open(
    paths: Paths, journal: Journal
) -> None:
    with pytest.raises(JournalLocked) as refused:
        Journal.open(paths)
    assert str(paths.journal) in refused.value.sentence()


def test_read_only_open_works_beside_a_writer_and_cannot_write(
    paths: Paths, journal: Journal
) -> None:
    entry = journal.add_entry("reflectie", "gedeeld")
    with Journal.open(paths, read_only=True) as reader:
        assert reader.read_only and reader.entries() == [entry]
        with pytest.raises(JournalWriteError):
            reader.add_entry("reflectie", "mag niet")
        assert reader.entries() == [entry]


def test_close_releases_the_lock_and_is_idempotent(paths: Paths, clock: FakeClock) -> None:
    first = Journal.open(paths, clock=clock)
    first.close()
    first.close()
    with Journal.open(paths, clock=clock) as second:
        assert not second.read_only


# --- files --------------------------------------------------------------------------------


def test_every_journal_file_is_private(paths: Paths, journal: Journal) -> None:
    journal.add_entry("reflectie", "privé")
    journal.maintain()  # a snapshot and today's backup
    journal.add_entry("reflectie", "in het logboek")
    files = [paths.journal, paths.journal_log, paths.journal_lock, *paths.backups.iterdir()]
    assert len(files) == 4
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.backups.stat().st_mode) == 0o700


def test_a_new_journal_gets_a_meta_record_with_the_schema_version(
    paths: Paths, clock: FakeClock
) -> None:
    Journal.open(paths, clock=clock).close()
    data, version, _ = read_journal(paths.journal, paths.journal_log)
    assert version == schema.SCHEMA_VERSION
    [meta] = data["meta"].values()
    assert meta == {
        "id": "meta",
        "schema": schema.SCHEMA_VERSION,
        "created": "2025-05-01T09:00:00+02:00",
    }


def test_text_that_is_not_valid_unicode_is_refused_and_the_journal_still_compacts(
    paths: Paths, journal: Journal
) -> None:
    """Bytes that are not UTF-8 reach Python as lone surrogates (argv, stdin in a C locale).
    They fit in the log but not in a UTF-8 snapshot: once in, no compaction or backup again."""
    kept = journal.add_entry("reflectie", "goed")
    with pytest.raises(UserInputError):
        journal.add_entry("reflectie", "kapot \udcff byte")
    with pytest.raises(UserInputError):
        journal.update_entry(kept.id, text="ook \ud800 kapot")
    journal.maintain()
    assert journal.entries() == [kept]


def test_an_import_with_text_that_is_not_valid_unicode_adds_nothing(journal: Journal) -> None:
    good = new_entry_doc("reflectie", "goed", journal._clock())
    bad = {**new_entry_doc("reflectie", "x", journal._clock()), "text": "kapot \udcff"}
    with pytest.raises(UserInputError):
        journal.add_entries([good, bad])
    assert journal.entries() == []
