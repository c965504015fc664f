"""Two computers, one journal in a synced folder (issue 17 §1): conflict copies of every tool's
naming are merged by entry at the next opening; nothing lost, nothing doubled, twice is once."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal_helpers import hashes
from leeslamp.journal import notices
from sync_helpers import NAMINGS, Computer, carry, carry_all, copy_name, said


@pytest.fixture(autouse=True)
def no_old_notices() -> None:
    notices.take()


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Computer, Computer]:
    """A laptop and a desktop that agreed on a journal of two entries."""
    laptop, desktop = Computer(tmp_path, "laptop"), Computer(tmp_path, "desktop")
    laptop.write("eerste stuk")
    laptop.write("tweede stuk")
    laptop.compact()
    carry_all(laptop, desktop)
    desktop.clock.now = laptop.clock.now
    return laptop, desktop


@pytest.mark.parametrize("tool", sorted(NAMINGS))
def test_both_wrote_the_other_log_arrives_as_a_conflict_copy(
    pair: tuple[Computer, Computer], tool: str
) -> None:
    laptop, desktop = pair
    mine = [laptop.write("laptop 's ochtends"), laptop.write("laptop nog een")]
    theirs = [desktop.write("desktop op het werk")]
    carry(desktop, laptop, "journal.log", copy_name(tool, "journal.log"))

    texts = laptop.texts()
    assert set(mine + theirs) <= texts.keys()
    assert len(texts) == 5  # nothing doubled
    assert texts[theirs[0]] == "desktop op het werk"
    assert said() == [
        "1 stuk van een andere computer samengevoegd. De kopieën van je sync-programma staan "
        f"nu in {laptop.paths.backups}."
    ]
    assert laptop.copies_waiting() == []
    assert (laptop.paths.backups / copy_name(tool, "journal.log")).exists()  # never deleted


def test_an_entry_changed_on_both_keeps_the_newest_and_the_other_as_a_version(
    pair: tuple[Computer, Computer],
) -> None:
    laptop, desktop = pair
    [first, _] = sorted(laptop.texts(), key=lambda i: laptop.texts()[i])
    laptop.edit(first, "zo zag ik het op de laptop")
    desktop.clock.advance(minutes=5)  # later
    desktop.edit(first, "zo zie ik het nu op de desktop")
    carry(desktop, laptop, "journal.log", copy_name("dropbox", "journal.log"))

    assert laptop.texts()[first] == "zo zie ik het nu op de desktop"
    assert {"zo zag ik het op de laptop", "eerste stuk"} <= laptop.all_texts()[first]
    said()
    # and the other way round: the desktop gets the laptop's log, and comes to the same
    carry(laptop, desktop, "journal.log", copy_name("dropbox", "journal.log"))
    assert desktop.texts()[first] == "zo zie ik het nu op de desktop"
    assert desktop.all_texts()[first] == laptop.all_texts()[first]


@pytest.mark.parametrize("log_that_stays", ["appender", "compactor"])
def test_a_compaction_on_one_side_while_the_other_appends(
    pair: tuple[Computer, Computer], log_that_stays: str
) -> None:
    """The desktop compacts (new snapshot, empty log) while the laptop writes in its log. The
    sync tool brings the desktop's snapshot to the laptop (only the desktop changed it), and
    keeps one journal.log, the other as a conflict copy: whichever way round, nothing is lost."""
    laptop, desktop = pair
    [first, second] = sorted(laptop.texts())
    laptop.edit(first, "laptop schreef eerst dit")  # older
    new_on_laptop = laptop.write("nieuw op de laptop")
    desktop.clock.advance(minutes=30)
    desktop.edit(first, "desktop schreef later dit")  # newer
    new_on_desktop = desktop.write("nieuw op de desktop")
    desktop.compact()
    desktop.edit(second, "desktop na het compacteren")

    carry(desktop, laptop, "journal.json")
    conflict = copy_name("syncthing", "journal.log")
    if log_that_stays == "appender":
        carry(desktop, laptop, "journal.log", conflict)
    else:
        carry(laptop, laptop, "journal.log", conflict)
        carry(desktop, laptop, "journal.log")

    texts = laptop.texts()
    assert len(texts) == 4
    assert texts[first] == "desktop schreef later dit"
    assert texts[second] == "desktop na het compacteren"
    assert texts[new_on_laptop] == "nieuw op de laptop"
    assert texts[new_on_desktop] == "nieuw op de desktop"
    assert "laptop schreef eerst dit" in laptop.all_texts()[first]


def test_the_snapshot_of_one_with_the_log_of_the_other_keeps_the_newer_words(
    pair: tuple[Computer, Computer],
) -> None:
    """No conflict copy at all: the desktop's compacted snapshot lands beside the laptop's log,
    whose older text for the same entry must not overwrite the newer one."""
    laptop, desktop = pair
    [first, _] = sorted(laptop.texts())
    laptop.edit(first, "oud, van de laptop")
    desktop.clock.advance(minutes=30)
    desktop.edit(first, "nieuw, van de desktop")
    desktop.compact()
    carry(desktop, laptop, "journal.json")

    assert laptop.texts()[first] == "nieuw, van de desktop"
    assert "oud, van de laptop" in laptop.all_texts()[first]
    # the opening folded the log into the snapshot: the next openings agree without merging
    assert laptop.texts()[first] == "nieuw, van de desktop"


def test_a_snapshot_conflict_copy_is_merged_too(pair: tuple[Computer, Computer]) -> None:
    laptop, desktop = pair
    mine = laptop.write("laptop")
    laptop.compact()
    theirs = desktop.write("desktop")
    desktop.compact()
    carry(desktop, laptop, "journal.json", copy_name("nextcloud", "journal.json"))
    carry(desktop, laptop, "journal.log", copy_name("nextcloud", "journal.log"))

    texts = laptop.texts()
    assert {mine, theirs} <= texts.keys() and len(texts) == 4
    assert laptop.copies_waiting() == []


def test_deleted_on_one_changed_on_the_other_the_newest_change_wins(
    pair: tuple[Computer, Computer],
) -> None:
    laptop, desktop = pair
    [first, second] = sorted(laptop.texts())
    with laptop.open() as journal:  # deleted on the laptop, first
        journal.delete_entry(first)
        journal.delete_entry(second)
    desktop.clock.advance(minutes=10)
    desktop.edit(first, "toch nog iets toegevoegd")  # changed after the deletion
    desktop.clock.advance(days=1)
    carry(desktop, laptop, "journal.log", copy_name("onedrive", "journal.log"))

    texts = laptop.texts()
    assert texts[first] == "toch nog iets toegevoegd"  # the change came last: back
    assert second not in texts  # deleted, untouched on the desktop: stays in the trash
    with laptop.open(read_only=True) as journal:
        assert [item.entry.id for item in journal.trash()] == [second]


def test_a_restore_after_the_deletion_follows_the_restore(pair: tuple[Computer, Computer]) -> None:
    laptop, desktop = pair
    [first, _] = sorted(laptop.texts())
    with laptop.open() as journal:
        journal.delete_entry(first)
    carry_all(laptop, desktop)
    desktop.clock.now = laptop.clock.now
    desktop.clock.advance(minutes=5)
    with desktop.open() as journal:
        journal.restore_entry(first)
    laptop.clock.advance(minutes=1)
    laptop.write("iets anders op de laptop")
    carry(desktop, laptop, "journal.log", copy_name("syncthing", "journal.log"))

    assert first in laptop.texts()
    with laptop.open(read_only=True) as journal:
        assert journal.trash() == []


def test_merging_the_same_copy_twice_changes_nothing(pair: tuple[Computer, Computer]) -> None:
    laptop, desktop = pair
    [first, _] = sorted(laptop.texts())
    laptop.write("laptop")
    desktop.edit(first, "anders op de desktop")
    desktop.write("desktop")
    name = copy_name("syncthing", "journal.log")
    carry(desktop, laptop, "journal.log", name)
    laptop.texts()
    before = laptop.tables()
    said()

    carry(desktop, laptop, "journal.log", name)  # the tool brings the same copy again
    laptop.texts()
    assert laptop.tables() == before
    assert said() == [
        "Je sync-programma had kopieën van je dagboek gemaakt; er stond niets nieuws in. Ze "
        f"staan nu in {laptop.paths.backups}."
    ]
    assert (laptop.paths.backups / name).exists()
    assert (laptop.paths.backups / name.replace(".log", "-2.log")).exists()


def test_reading_positions_choices_assignments_and_the_path_merge_by_their_time(
    pair: tuple[Computer, Computer],
) -> None:
    from datetime import date

    laptop, desktop = pair
    day = date(2026, 12, 7)
    with laptop.open() as journal:
        journal.save_reading("artikel-a", block=3, progress=0.2)
        journal.set_day_choice(day, "vraag-laptop")
    desktop.clock.advance(minutes=10)
    with desktop.open() as journal:
        journal.save_reading("artikel-a", block=9, progress=0.6)
        journal.save_reading("artikel-b", block=1, progress=0.1)
        journal.set_day_choice(day, "vraag-desktop")
        journal.import_assignment({"id": "leesopdracht-1", "title": "Van de coach"})
        journal.set_path_state({"path": "leerpad-desktop", "started": "2026-12-06"})
    carry(desktop, laptop, "journal.log", copy_name("nextcloud", "journal.log"))

    with laptop.open() as journal:
        a, b = journal.reading_state("artikel-a"), journal.reading_state("artikel-b")
        assert a is not None and a.block == 9
        assert b is not None and b.block == 1
        assert journal.day_choice(day) == "vraag-desktop"
        assert [doc["id"] for doc in journal.assignments()] == ["leesopdracht-1"]
        assert (journal.path_state() or {}).get("path") == "leerpad-desktop"


def test_settings_merge_but_the_reader_id_never_changes(tmp_path: Path) -> None:
    import os
    import tomllib

    laptop, desktop = Computer(tmp_path, "laptop"), Computer(tmp_path, "desktop")
    for computer in (laptop, desktop):
        computer.home.mkdir(parents=True)
    laptop.paths.settings.write_text('reader_id = "laptop-id"\nlanguage = "nl"\n')
    desktop.paths.settings.write_text(
        'reader_id = "desktop-id"\nlanguage = "en"\nname = "Anna"\ntheme = "donker"\n'
    )
    carry(desktop, laptop, "settings.toml", copy_name("syncthing", "settings.toml"))
    copy = laptop.home / copy_name("syncthing", "settings.toml")
    later = laptop.paths.settings.stat().st_mtime_ns + 10**9
    os.utime(copy, ns=(later, later))  # changed last on the desktop
    laptop.texts()

    merged = tomllib.loads(laptop.paths.settings.read_text())
    assert merged == {"reader_id": "laptop-id", "language": "en", "name": "Anna", "theme": "donker"}
    assert laptop.copies_waiting() == []
    assert said() == [
        "Je instellingen van een andere computer zijn samengevoegd (je lezer-id blijft dat van "
        f"deze computer). De kopie staat nu in {laptop.paths.backups}."
    ]


def test_a_read_only_command_merges_when_nobody_writes_and_shows_it_while_somebody_does(
    pair: tuple[Computer, Computer],
) -> None:
    laptop, desktop = pair
    theirs = desktop.write("van de desktop")
    with laptop.open() as app:  # the app holds the lock; the copy arrives meanwhile
        carry(desktop, laptop, "journal.log", copy_name("syncthing", "journal.log"))
        with laptop.open(read_only=True) as reader:
            assert theirs in {entry.id for entry in reader.entries()}
        assert laptop.copies_waiting() != []  # left for the writer's next opening
        app.add_entry("reflectie", "de app schrijft door")
    with laptop.open(read_only=True) as reader:  # nobody writes now: merged for good
        assert theirs in {entry.id for entry in reader.entries()}
    assert laptop.copies_waiting() == []


def test_an_unreadable_copy_stays_where_it_is_and_is_named(pair: tuple[Computer, Computer]) -> None:
    laptop, _ = pair
    bad = laptop.home / copy_name("syncthing", "journal.json")
    bad.write_text("dit is geen dagboek")
    before = hashes(laptop.home)
    assert len(laptop.texts()) == 2
    assert bad.exists()
    assert said() == [
        "Je sync-programma maakte een kopie van je dagboek die ik niet kan lezen; die blijft "
        f"staan waar ze staat: {bad}. Heb je hem niet nodig, zet hem dan buiten deze map; "
        "dan zeg ik dit niet meer."
    ]
    assert hashes(laptop.home)[bad.name] == before[bad.name]


def test_schrijf_takes_the_careful_way_when_a_copy_waits(pair: tuple[Computer, Computer]) -> None:
    from leeslamp.journal import add_entry_quickly

    laptop, desktop = pair
    theirs = desktop.write("van de desktop")
    carry(desktop, laptop, "journal.log", copy_name("dropbox", "journal.log"))
    add_entry_quickly(laptop.paths, "reflectie", "snel", clock=laptop.clock)
    assert laptop.copies_waiting() == []
    assert theirs in laptop.texts()


@pytest.mark.parametrize("command", [["zoek", "desktop"], ["vandaag"]])
def test_commands_that_answer_without_opening_the_journal_merge_first(
    pair: tuple[Computer, Computer],
    command: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`zoek` answers from its index and `vandaag` from its cache when the journal's files did
    not change; a copy beside them must not go unseen."""
    from leeslamp.cli import main

    laptop, desktop = pair
    monkeypatch.setenv("LEESLAMP_HOME", str(laptop.home))
    assert main(command) == 0  # the index or the cache is made now
    capsys.readouterr()
    theirs = desktop.write("desktop op het werk")
    carry(desktop, laptop, "journal.log", copy_name("syncthing", "journal.log"))

    assert main(command) == 0
    out, err = capsys.readouterr()
    assert "1 stuk van een andere computer samengevoegd" in err
    assert laptop.copies_waiting() == []
    if command[0] == "zoek":
        assert "desktop op het werk" in out
    assert theirs in laptop.texts()


@pytest.mark.parametrize("last", ["stop", "start"])
def test_stopping_a_learning_path_is_weighed_like_any_change(
    pair: tuple[Computer, Computer], last: str
) -> None:
    laptop, desktop = pair
    with laptop.open() as journal:
        journal.set_path_state({"path": "leerpad-a", "started": "2026-12-06"})
    carry_all(laptop, desktop)
    desktop.clock.now = laptop.clock.now
    stopper, starter = (desktop, laptop) if last == "start" else (laptop, desktop)
    stopper.clock.advance(minutes=1 if last == "start" else 20)
    with stopper.open() as journal:
        journal.set_path_state(None)
    starter.clock.advance(minutes=20 if last == "start" else 1)
    with starter.open() as journal:
        journal.set_path_state({"path": "leerpad-b", "started": "2026-12-06"})
    carry(desktop, laptop, "journal.log", copy_name("syncthing", "journal.log"))

    with laptop.open() as journal:
        state = journal.path_state()
    assert (state or {}).get("path") == ("leerpad-b" if last == "start" else None)
