"""Shared fixtures. Every test runs with its own data folder: the real home is never touched."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest

from leeslamp import i18n


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: two workers per core. A Pilot test spends a good part of its time in Textual's
    fixed short sleeps (each key press, each pause), so one worker a core leaves the core idle;
    measured on 2 cores: 212 s with 2 workers, 168 s with 3, 149 s with 4."""
    return 2 * (os.cpu_count() or 1)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Everything imported so far (Textual, Rich, hypothesis, the test modules) lives as long
    as the worker: out of the cycle collector's sight (`gc.freeze`), so that its full passes go
    over what the tests make, not over those ~65 000 objects again and again."""
    gc.collect()
    gc.freeze()
    # A Pilot test makes ~100 000 short-lived objects (an app, its widgets, their styles and
    # rendered lines): with the default 700 most of them are collected young again and again,
    # and what outlives that is swept by full passes. 50 000: most die of old age first
    # (measured on three Pilot test files: 28.5 -> 24.7 s CPU; ~170 MB a worker).
    gc.set_threshold(50_000, 20, 20)


def _drop_textual_render_caches() -> None:
    """Textual's `StylesCache.get_inner_outer` is an `lru_cache(1024)` on a method, so it
    keeps the last 1024 widgets' style caches alive, each with its rendered lines: in a worker
    that runs one app after another that is ~150 000 objects of apps long gone, which every
    full pass of the cycle collector walks again (measured: half the CPU time of the Pilot
    tests went to those passes). A cache, so emptying it between tests changes nothing a test
    sees; only when Textual is loaded (the core tests never import it)."""
    styles_cache = sys.modules.get("textual._styles_cache")
    if styles_cache is not None:
        styles_cache.StylesCache.get_inner_outer.cache_clear()


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
    _drop_textual_render_caches()


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
