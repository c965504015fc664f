"""Peeking at the journal: is a table certainly empty, without reading the whole file?"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from leeslamp.core.paths import Paths
from leeslamp.journal import Journal
from leeslamp.journal.peek import table_is_empty, table_may_hold
from leeslamp.journal.schema import ASSIGNMENTS, META, day_choice_id


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "home")


def empty(paths: Paths) -> bool | None:
    return table_is_empty(paths.journal, paths.journal_log, ASSIGNMENTS)


def test_no_journal_has_no_assignments(paths: Paths) -> None:
    assert empty(paths) is True


def test_a_journal_with_entries_only_has_none(paths: Paths) -> None:
    with Journal.open(paths) as journal:
        for number in range(50):
            journal.add_entry("reflectie", f"Gedachte {number} " + "tekst " * 100)
        journal.maintain()  # folds the log into a snapshot
    assert paths.journal.stat().st_size > 30_000
    assert empty(paths) is True


def test_an_assignment_in_the_log_is_seen(paths: Paths) -> None:
    with Journal.open(paths) as journal:
        journal.import_assignment({"id": "abc", "titel": "Week 49"})
    assert empty(paths) is False


def test_an_assignment_in_the_snapshot_is_seen(paths: Paths) -> None:
    with Journal.open(paths) as journal:
        for number in range(50):
            journal.add_entry("reflectie", f"Gedachte {number} " + "tekst " * 100)
        journal.import_assignment({"id": "abc", "titel": "Week 49"})
        journal.maintain()
    assert paths.journal_log.read_bytes().count(b"\n") == 1  # only the header: all in the snapshot
    assert empty(paths) is False


def test_a_snapshot_in_another_layout_is_not_guessed(paths: Paths) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.journal.write_text('{"entries":{"1":{"id":"x"}},"assignments":{}}', encoding="utf-8")
    assert empty(paths) is None


# --- a day's chosen question (a record in the small `meta` table) -------------------------------

DAY = date(2026, 11, 30)


def chosen(paths: Paths, day: date = DAY) -> bool:
    return table_may_hold(paths.journal, paths.journal_log, META, day_choice_id(day))


def test_no_journal_has_no_choice(paths: Paths) -> None:
    assert chosen(paths) is False


def test_a_choice_in_the_log_is_seen(paths: Paths) -> None:
    with Journal.open(paths) as journal:
        journal.set_day_choice(DAY, "een-vraag")
    assert chosen(paths) is True
    assert chosen(paths, date(2026, 12, 1)) is False


def test_a_choice_in_the_snapshot_is_seen_and_another_day_s_is_not(paths: Paths) -> None:
    with Journal.open(paths) as journal:
        for number in range(50):
            journal.add_entry("reflectie", f"dagkeuze:2026-12-01 {number} " + "tekst " * 100)
        journal.set_day_choice(DAY, "een-vraag")
        journal.maintain()
    assert paths.journal_log.read_bytes().count(b"\n") == 1  # all in the snapshot
    assert chosen(paths) is True
    assert chosen(paths, date(2026, 12, 1)) is False  # entries that mention it do not count


def test_a_snapshot_in_another_layout_may_hold_anything(paths: Paths) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.journal.write_text('{"entries":{"1":{"id":"x"}},"meta":{}}', encoding="utf-8")
    assert chosen(paths) is True
