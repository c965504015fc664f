"""The journal remembers which question the reader chose for a day ("Een andere vraag")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from journal_helpers import FakeClock
from leeslamp.core.errors import JournalWriteError
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal

DAY = date(2025, 5, 1)


@pytest.fixture
def paths(private_home: Path) -> Paths:
    return Paths(private_home)


def test_a_day_without_a_choice_has_none(paths: Paths) -> None:
    with Journal.open(paths, clock=FakeClock()) as journal:
        assert journal.day_choice(DAY) is None


def test_the_choice_for_a_day_is_kept_after_reopening(paths: Paths) -> None:
    with Journal.open(paths, clock=FakeClock()) as journal:
        journal.set_day_choice(DAY, "vertragen-om-te-versnellen")
    with Journal.open(paths, read_only=True) as journal:
        assert journal.day_choice(DAY) == "vertragen-om-te-versnellen"


def test_a_choice_belongs_to_its_own_day_only(paths: Paths) -> None:
    with Journal.open(paths, clock=FakeClock()) as journal:
        journal.set_day_choice(DAY, "een")
        assert journal.day_choice(date(2025, 5, 2)) is None
        assert journal.day_choice(date(2025, 4, 30)) is None


def test_choosing_again_replaces_the_day_s_choice(paths: Paths) -> None:
    with Journal.open(paths, clock=FakeClock()) as journal:
        journal.set_day_choice(DAY, "een")
        journal.set_day_choice(DAY, "twee")
        assert journal.day_choice(DAY) == "twee"
        assert journal.count() == 0  # a choice is not an entry


def test_a_read_only_journal_refuses_a_choice(paths: Paths) -> None:
    with Journal.open(paths, clock=FakeClock()):
        pass
    with Journal.open(paths, read_only=True) as journal, pytest.raises(JournalWriteError):
        journal.set_day_choice(DAY, "een")
