"""The reading position keeps how far into its block the page's top was (`within`), so the
reader resumes on the line (issue 14, point 1); an old or damaged value costs only that."""

from __future__ import annotations

from pathlib import Path

from leeslamp.core.paths import Paths
from leeslamp.journal import Journal
from leeslamp.journal.models import ReadingState
from leeslamp.journal.records import _fix_reading


def test_within_is_kept_and_clamped(private_home: Path) -> None:
    paths = Paths(private_home)
    with Journal.open(paths) as journal:
        assert journal.save_reading("a", block=4, progress=0.4, within=0.25).within == 0.25
        assert journal.save_reading("b", block=4, progress=0.4, within=9.0).within == 2.0
        assert journal.save_reading("c", block=4, progress=0.4).within == 0.0
    with Journal.open(paths, read_only=True) as fresh:
        state = fresh.reading_state("a")
    assert state is not None and (state.block, state.within) == (4, 0.25)


def test_a_position_stored_before_within_starts_at_its_block() -> None:
    state = ReadingState.from_doc({"id": "a", "block": 3, "progress": 0.2})
    assert (state.block, state.within) == (3, 0.0)


def test_a_damaged_within_costs_only_the_line() -> None:
    for bad in ("half", True, 1e9, None):
        doc = {"id": "a", "block": 3, "progress": 0.2, "within": bad}
        _fix_reading(doc, "")
        assert doc["within"] == 0.0 and doc["block"] == 3
