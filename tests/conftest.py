"""Shared fixtures. Every test runs with its own data folder: the real home is never touched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from leeslamp import i18n


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: two workers per core. A Pilot test spends a good part of its time in Textual's
    fixed short sleeps (each key press, each pause), so one worker a core leaves the core idle;
    measured on 2 cores: 212 s with 2 workers, 168 s with 3, 149 s with 4."""
    return 2 * (os.cpu_count() or 1)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point LEESLAMP_HOME at a temp folder and start every test in Dutch."""
    home = tmp_path / "leeslamp-home"
    monkeypatch.setenv("LEESLAMP_HOME", str(home))
    monkeypatch.delenv("LEESLAMP_TAAL", raising=False)
    # platformdirs must never be the answer in a test, even if a test forgets the env var
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    i18n.set_language("nl")
    yield home
    i18n.set_language("nl")


@pytest.fixture(autouse=True)
def no_delays(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """In the Pilot tests the app's debounce delays are next to nothing (a Textual timer of 0
    never fires): a test waits for what it expects (`tui_factory.wait_for`), never for a number
    of seconds. A test about a delay sets its own. Only for the TUI tests, so that the core
    tests never import Textual."""
    if not request.module.__name__.startswith("test_tui"):
        return
    from leeslamp.tui.screens.reader.screen import ReaderScreen
    from leeslamp.tui.widgets.entry_editor import EntryEditor

    monkeypatch.setattr(EntryEditor, "save_delay", 0.001)
    monkeypatch.setattr(ReaderScreen, "save_delay", 0.001)
