"""Vandaag's labels: the rhythm names the current month, and a read-only journal's empty answer
box says you can't write there (issue 14, §10)."""

from __future__ import annotations

import errno
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from leeslamp.journal import locking as locking_module
from leeslamp.tui.widgets.entry_editor import EntryEditor
from tui_factory import make_app, settle, wait_for

CET = timezone(timedelta(hours=1))


def month_row(app) -> list[str]:
    rhythm = str(app.screen.query_one("#today-rhythm").content)
    return rhythm.splitlines()[1].split()


@pytest.mark.parametrize(
    ("now", "last_month"),
    [
        (datetime(2026, 12, 6, 7, 0, tzinfo=CET), "dec"),  # December began on a Tuesday
        (datetime(2026, 12, 1, 7, 0, tzinfo=CET), "dec"),  # its first day, this week
        (datetime(2026, 11, 3, 7, 0, tzinfo=CET), "nov"),  # began on a Sunday
        (datetime(2026, 12, 29, 7, 0, tzinfo=CET), "dec"),  # this week ends in January
    ],
)
async def test_the_rhythm_names_the_current_month(
    private_home: Path, now: datetime, last_month: str
) -> None:
    app = make_app(private_home, now=now)
    async with app.run_test() as pilot:
        await settle(pilot)
        months = month_row(app)
    app.journal_link.close()
    assert months[-1] == last_month
    assert len(months) == len(set(months)) >= 3  # each month once, twelve weeks is ~3 months


async def test_a_read_only_journal_says_so_in_the_empty_answer_box(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only_file_system(_folder: Path) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(locking_module, "ensure_private_dir", read_only_file_system)
    app = make_app(private_home)
    async with app.run_test() as pilot:
        await settle(pilot)
        await wait_for(pilot, lambda: app.screen.query(EntryEditor))
        placeholder = str(app.screen.query_one(EntryEditor).text_area.placeholder)
        assert (
            placeholder.startswith("Alleen-lezen") and "Schrijven kan hier nu niet" in placeholder
        )
        await pilot.press("ctrl+t")  # and in English, after a language switch
        await settle(pilot)
        placeholder = str(app.screen.query_one(EntryEditor).text_area.placeholder)
        assert placeholder.startswith("Read-only")
    app.journal_link.close()
