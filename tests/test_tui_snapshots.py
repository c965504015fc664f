"""Snapshots of the main screens at 80×24: what a person sees, kept as SVG in __snapshots__/.

A change in layout, colour or wording shows up here as a diff to look at (the report opens
both pictures side by side); when the change is meant, accept it with
`python -m pytest tests/test_tui_snapshots.py --snapshot-update`.

Stable by construction: the test articles only (not the bundled ones), a fixed clock
(`FIXED_NOW`), a fixed data folder name, and no blinking cursor.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from leeslamp.core.paths import Paths
from leeslamp.journal import Journal
from tui_factory import FIXED_NOW, make_app, settle

# The plugin comes with the test extras; a venv from before it skips these four, not the suite.
pytest.importorskip("pytest_textual_snapshot")

SNAPSHOT_SIZE = (80, 24)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder whose path is the same in every run (paths can show on screen)."""
    monkeypatch.chdir(tmp_path)
    home = Path("leeslamp-home")
    monkeypatch.setenv("LEESLAMP_HOME", str(home))
    return home


async def still(pilot) -> None:
    """Everything loaded, and no cursor that blinks between two screenshots."""
    await settle(pilot)
    for field in pilot.app.query("TextArea, Input"):
        if isinstance(field, TextArea | Input):
            field.cursor_blink = False
    await settle(pilot)


def with_entries(home: Path) -> None:
    """Three entries, a day apart, at fixed times."""
    now = [FIXED_NOW]
    entries = [
        ("reflectie", "Oudste gedachte", {"article": "teams-leren"}),
        ("aandacht", "Dit raakte me", {"article": "systemen"}),
        ("reflectie", "Nieuwste gedachte", {"article": "cooperatie"}),
    ]
    with Journal.open(Paths(home), clock=lambda: now[0]) as journal:
        for days_ago, (kind, text, fields) in zip((2, 1, 0), entries, strict=True):
            now[0] = FIXED_NOW - timedelta(days=days_ago)
            journal.add_entry(kind, text, **fields)


def test_today(home: Path, snap_compare) -> None:
    assert snap_compare(make_app(home), terminal_size=SNAPSHOT_SIZE, run_before=still)


def test_library(home: Path, snap_compare) -> None:
    async def library(pilot) -> None:
        await settle(pilot)
        await pilot.press("l")
        await still(pilot)

    assert snap_compare(make_app(home), terminal_size=SNAPSHOT_SIZE, run_before=library)


def test_reader(home: Path, snap_compare) -> None:
    app = make_app(home, article_id="teams-leren")
    assert snap_compare(app, terminal_size=SNAPSHOT_SIZE, run_before=still)


def test_journal(home: Path, snap_compare) -> None:
    app = make_app(home)  # writes the test articles the entries point at
    with_entries(home)

    async def dagboek(pilot) -> None:
        await settle(pilot)
        await pilot.press("d")
        await still(pilot)

    assert snap_compare(app, terminal_size=SNAPSHOT_SIZE, run_before=dagboek)


def test_versions(home: Path, snap_compare) -> None:
    """Versies of a reflection (issue 16 §1): three versions, the middle one compared with
    the text of now."""
    app = make_app(home)
    texts = [
        "Mijn team leert langzaam. We praten veel maar luisteren weinig.",
        "Mijn hele afdeling leert langzaam. We praten veel, maar luisteren nog te weinig.",
        "Mijn hele afdeling leert langzaam. We praten veel, maar luisteren nog te weinig.\n\n"
        "Morgen vraag ik eerst wat de anderen zien.",
    ]
    now = [FIXED_NOW - timedelta(days=2)]
    with Journal.open(Paths(home), clock=lambda: now[0]) as journal:
        entry = journal.add_entry("reflectie", texts[0], article="teams-leren")
        for text in texts[1:]:
            now[0] += timedelta(days=1)
            entry = journal.update_entry(entry.id, text=text, new_version=True)

    async def versions(pilot) -> None:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+l")
        await still(pilot)

    assert snap_compare(app, terminal_size=SNAPSHOT_SIZE, run_before=versions)
