"""The journal's schema versions (meta record, migrations, newer journals refused) and its
daily backups (one a day, seven kept, `leeslamp herstel`). Real files; only the clock is fake.
"""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from journal_helpers import FakeClock, hashes
from leeslamp.cli import main
from leeslamp.core.errors import JournalUnreadable, JournalWriteError
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal, add_entry_quickly, backups, logfile, schema
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


# --- schema versions ----------------------------------------------------------------------


def _add_body_field(data: schema.Tables) -> schema.Tables:
    for doc in data.get("entries", {}).values():
        doc["migrated"] = True
    return data


@pytest.fixture
def schema_two(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Pretend this leeslamp is at schema 2, with a migration from 1 that marks every entry."""
    calls: list[int] = []

    def one_to_two(data: schema.Tables) -> schema.Tables:
        calls.append(len(data.get("entries", {})))
        return _add_body_field(data)

    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(schema, "MIGRATIONS", {1: one_to_two})
    return calls


def _version_one_journal(paths: Paths, clock: FakeClock, texts: list[str]) -> None:
    with Journal.open(paths, clock=clock) as journal:
        for text in texts:
            journal.add_entry("reflectie", text)
        journal.maintain()  # snapshot + today's backup
        journal.add_entry("reflectie", "nog in het logboek")


def test_an_older_journal_is_set_aside_then_migrated(
    paths: Paths, clock: FakeClock, schema_two: list[int]
) -> None:
    with pytest.MonkeyPatch.context() as old:
        old.setattr(schema, "SCHEMA_VERSION", 1)
        _version_one_journal(paths, clock, ["een", "twee"])
    before = {p.name: p.read_bytes() for p in (paths.journal, paths.journal_log)}
    clock.advance(days=1)
    with Journal.open(paths, clock=clock) as journal:
        assert len(journal.entries()) == 3
    assert schema_two == [3]
    data, version, _ = read_journal(paths.journal, paths.journal_log)
    assert version == 2 and all(doc["migrated"] for doc in data["entries"].values())
    assert json.loads(paths.journal_log.read_bytes().splitlines()[0])["schema"] == 2
    aside = {p.name.split("-", 4)[-1]: p.read_bytes() for p in paths.backups.glob("voor-herstel-*")}
    assert aside == before


def test_a_new_journal_is_never_migrated_even_before_its_first_compaction(
    paths: Paths, clock: FakeClock, schema_two: list[int]
) -> None:
    """A journal created at version 2 and killed before its first compaction has no snapshot:
    its version lives in the log's meta record, not in a snapshot."""
    with Journal.open(paths, clock=clock) as journal:
        journal.add_entry("reflectie", "gemaakt met schema 2")
    assert not paths.journal.exists()
    with Journal.open(paths, clock=clock) as journal:
        assert len(journal.entries()) == 1
    assert schema_two == []


@pytest.mark.parametrize("where", ["snapshot", "log header"])
def test_a_journal_from_a_newer_leeslamp_is_refused_and_left_as_it_was(
    paths: Paths, clock: FakeClock, where: str
) -> None:
    with Journal.open(paths, clock=clock) as journal:
        journal.add_entry("reflectie", "van later")
        journal.maintain()
    if where == "snapshot":
        data = json.loads(paths.journal.read_bytes())
        data["meta"]["1"]["schema"] = 99
        paths.journal.write_text(json.dumps(data))
        damaged = paths.journal
    else:
        paths.journal_log.write_bytes(b'{"kind":"leeslamp-journal-log","schema":99}\n')
        damaged = paths.journal_log
    before = hashes(paths.data_dir)
    for attempt in (
        lambda: Journal.open(paths, clock=clock),
        lambda: Journal.open(paths, read_only=True),
        lambda: add_entry_quickly(paths, "reflectie", "nieuw", clock=clock),
    ):
        with pytest.raises(JournalUnreadable) as refused:
            attempt()
        sentence = refused.value.sentence()
        assert str(damaged) in sentence and "nieuwere leeslamp" in sentence
    assert hashes(paths.data_dir) == before


def test_a_migration_that_cannot_set_the_old_journal_aside_is_a_sentence(
    paths: Paths, clock: FakeClock, schema_two: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.MonkeyPatch.context() as old:
        old.setattr(schema, "SCHEMA_VERSION", 1)
        _version_one_journal(paths, clock, ["een"])
    before = hashes(paths.data_dir)

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "atomic_write_bytes", full)
    with pytest.raises(JournalWriteError) as refused:
        Journal.open(paths, clock=clock)
    assert "De schijf is vol" in refused.value.sentence()
    assert schema_two == [] and hashes(paths.data_dir) == before


# --- leeslamp schrijf's quick path ----------------------------------------------------------


def test_a_quick_add_to_a_journal_in_order_is_one_append(paths: Paths, journal: Journal) -> None:
    journal.add_entry("reflectie", "al bewaard")
    journal.maintain()
    journal.close()
    snapshot, log = paths.journal.read_bytes(), paths.journal_log.read_bytes()
    entry = add_entry_quickly(paths, "reflectie", "snel erbij", clock=journal._clock)
    assert paths.journal.read_bytes() == snapshot
    added = paths.journal_log.read_bytes()[len(log) :]
    assert added.count(b"\n") == 1 and entry.id.encode() in added


def test_a_snapshot_changed_behind_the_logs_back_is_checked_once_then_quick_again(
    paths: Paths, journal: Journal
) -> None:
    """Someone rewrote journal.json (still good): schrijf reads the whole journal this once,
    and its compaction makes the log and snapshot agree again."""
    journal.add_entry("reflectie", "al bewaard")
    journal.maintain()
    journal.close()
    data = json.loads(paths.journal.read_bytes())
    paths.journal.write_text(json.dumps(data, indent=2), encoding="utf-8")
    add_entry_quickly(paths, "reflectie", "na de wijziging", clock=journal._clock)
    compacted, _, _ = read_journal(paths.journal, paths.data_dir / "geen-log")
    assert len(compacted["entries"]) == 2
    assert logfile.read_stamp(paths.journal_log) == logfile.snapshot_stamp(paths.journal)


# --- backups ------------------------------------------------------------------------------


def test_one_backup_per_day_and_the_last_seven_kept(paths: Paths, clock: FakeClock) -> None:
    with Journal.open(paths, clock=clock) as journal:
        for day in range(10):
            journal.add_entry("reflectie", f"dag {day}")
            journal.maintain()
            journal.maintain()
            clock.advance(days=1)
    days = [b.day.isoformat() for b in backups.list_backups(paths)]
    assert days == [f"2025-05-{d:02d}" for d in range(10, 3, -1)]
    newest = backups.list_backups(paths)[0].path
    data, _, _ = read_journal(newest, paths.data_dir / "geen-log")
    assert len(data["entries"]) == 10


def test_damaging_the_journal_in_place_leaves_todays_backup_intact(
    paths: Paths, journal: Journal
) -> None:
    """A backup that shares its file with the journal (a hard link) is no backup."""
    journal.add_entry("reflectie", "woorden van vandaag")
    journal.maintain()
    [today] = backups.list_backups(paths)
    with paths.journal.open("r+b") as handle:  # what an editor or a bad disk may do
        handle.truncate(10)
    assert backups.newest_good_backup(paths) == today.path


def test_herstel_lists_backups_and_restores_one_after_setting_the_current_aside(
    paths: Paths, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    with Journal.open(paths, clock=clock) as journal:
        kept = journal.add_entry("reflectie", "in de back-up van 1 mei")
        journal.maintain()
        journal.add_entry("reflectie", "na de back-up")
    current = {p.name: p.read_bytes() for p in (paths.journal, paths.journal_log)}
    assert main(["herstel"]) == 0
    assert "2025-05-01" in capsys.readouterr().out
    assert main(["herstel", "2025-05-01", "--ja"]) == 0
    said = capsys.readouterr().out
    assert "Teruggezet" in said and "voor-herstel-" in said and "journal.log" in said
    # "na de back-up" lived only in the log: it is kept, not dropped
    with Journal.open(paths, clock=clock) as journal:
        assert [entry.text for entry in journal.entries()] == ["na de back-up", kept.text]
    aside = {p.name.split("-", 4)[-1]: p.read_bytes() for p in paths.backups.glob("voor-herstel-*")}
    assert aside == current


def test_herstel_of_an_unknown_date_is_a_sentence_and_exit_2(
    paths: Paths, journal: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    journal.add_entry("reflectie", "x")
    journal.maintain()
    journal.close()
    assert main(["herstel", "1999-01-01"]) == 2
    err = capsys.readouterr().err
    assert "1999-01-01" in err and "2025-05-01" in err and "Traceback" not in err


def test_herstel_refuses_while_the_app_has_the_journal_open(
    paths: Paths, journal: Journal, capsys: pytest.CaptureFixture[str]
) -> None:
    journal.add_entry("reflectie", "x")
    journal.maintain()
    before = hashes(paths.data_dir)
    assert main(["herstel", "2025-05-01", "--ja"]) == 1
    assert "al open" in capsys.readouterr().err
    assert hashes(paths.data_dir) == before


def test_restoring_an_older_schema_backup_keeps_the_log_at_that_version(
    paths: Paths, clock: FakeClock, schema_two: list[int]
) -> None:
    """Otherwise `leeslamp schrijf` would append version-2 records to a version-1 journal
    without migrating it first, and the next open would migrate those records again."""
    with pytest.MonkeyPatch.context() as old:
        old.setattr(schema, "SCHEMA_VERSION", 1)
        _version_one_journal(paths, clock, ["een"])
    [backup] = backups.list_backups(paths)
    paths.journal.unlink()
    paths.journal_log.unlink()
    backups.restore(paths, backup.path, clock())
    add_entry_quickly(paths, "reflectie", "na het terugzetten", clock=clock)
    with Journal.open(paths, clock=clock) as journal:
        assert len(journal.entries()) == 2
    assert schema_two == [1]  # migrated once, before the new entry went in
    data, version, _ = read_journal(paths.journal, paths.journal_log)
    migrated = {doc["text"] for doc in data["entries"].values() if doc.get("migrated")}
    assert version == 2 and migrated == {"een"}


def _six_then_eight(paths: Paths, clock: FakeClock) -> list[str]:
    """Six entries in the backup of 1 May; the next day two more and one of the six edited."""
    with Journal.open(paths, clock=clock) as journal:
        ids = [journal.add_entry("reflectie", f"stuk {n}").id for n in range(6)]
        journal.maintain()
        clock.advance(days=1)
        journal.add_entry("reflectie", "stuk 6")
        journal.add_entry("reflectie", "stuk 7")
        journal.update_entry(ids[0], text="stuk 0, later verbeterd")
    return ids


def test_herstel_counts_first_and_keeps_what_the_backup_lacks(
    paths: Paths, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    _six_then_eight(paths, clock)
    assert main(["herstel", "2025-05-01", "--ja"]) == 0
    said = capsys.readouterr().out
    assert "De back-up van donderdag 1 mei 2025 heeft 6 stukken; je dagboek nu 8." in said
    assert "Je dagboek heeft nu 8 stukken." in said
    with Journal.open(paths, clock=clock) as journal:
        texts = sorted(entry.text for entry in journal.entries())
    assert len(texts) == 8 and "stuk 0, later verbeterd" in texts and "stuk 0" not in texts
    assert list(paths.backups.glob("voor-herstel-*journal.log"))  # the old files, set aside


def test_herstel_brings_back_what_is_gone_from_the_journal(
    paths: Paths, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _six_then_eight(paths, clock)
    with Journal.open(paths, clock=clock) as journal:
        journal.delete_entry(ids[1])
        clock.advance(days=31)
        journal.maintain()  # out of the trash for good
        assert len(journal.entries()) == 7 and journal.trash() == []
    assert main(["herstel", "2025-05-01", "--ja"]) == 0
    assert "nu 7" in capsys.readouterr().out
    with Journal.open(paths, clock=clock) as journal:
        assert len(journal.entries()) == 8


def test_herstel_asks_first_and_changes_nothing_without_a_yes(
    paths: Paths, clock: FakeClock, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    _six_then_eight(paths, clock)
    before = hashes(paths.data_dir)
    assert main(["herstel", "2025-05-01"]) == 2  # not a terminal, no --ja: no one to ask
    assert "--ja" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt="": "n")
    assert main(["herstel", "2025-05-01"]) == 0
    assert "6 stukken" in capsys.readouterr().out
    assert hashes(paths.data_dir) == before
    monkeypatch.setattr("builtins.input", lambda _prompt="": "j")
    assert main(["herstel", "2025-05-01"]) == 0
    assert hashes(paths.data_dir) != before


def test_herstel_of_an_unreadable_snapshot_keeps_the_intact_log(
    paths: Paths, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """The snapshot is garbage, the log beside it is fine: its changes go on top of the backup."""
    _six_then_eight(paths, clock)
    paths.journal.write_bytes(b"\x00kapot" * 100)
    assert main(["herstel", "2025-05-01", "--ja"]) == 0
    said = capsys.readouterr().out
    assert "niet te lezen" in said and "3 wijzigingen" in said
    with Journal.open(paths, clock=clock) as journal:
        texts = sorted(entry.text for entry in journal.entries())
    assert len(texts) == 8 and "stuk 0, later verbeterd" in texts
