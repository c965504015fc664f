"""Themes: the palette's "Thema: …" for Textual's themes and leeslamp's own, kept in
settings.toml and used at the next start (issue 14, §8)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from leeslamp.core.paths import Paths
from leeslamp.tui.themes import DARK, LIGHT, MORNING
from tui_factory import make_app, settle, wait_for, wait_for_palette


def saved_theme(home: Path) -> str | None:
    path = Paths(home).settings
    if not path.exists():
        return None
    return tomllib.loads(path.read_text(encoding="utf-8")).get("theme")


async def choose_in_palette(pilot, typed: str, offered: str) -> None:
    await pilot.press("ctrl+p")
    await settle(pilot)
    await pilot.press(*typed)
    await wait_for_palette(pilot, offered)
    await pilot.press("enter")
    await settle(pilot)


async def test_a_theme_chosen_in_the_palette_is_there_after_a_restart(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test() as pilot:
        await settle(pilot)
        await choose_in_palette(pilot, "licht", "Thema: leeslamp licht")
        assert app.theme == LIGHT.name
        await wait_for(pilot, lambda: saved_theme(private_home) == LIGHT.name)
    app.journal_link.close()

    again = make_app(private_home, samples=False)
    async with again.run_test() as pilot:
        await settle(pilot)
        assert again.theme == LIGHT.name
    again.journal_link.close()


async def test_textuals_themes_are_offered_too(private_home: Path) -> None:
    app = make_app(private_home, language="en")
    async with app.run_test() as pilot:
        await settle(pilot)
        await choose_in_palette(pilot, "theme nord", "Theme: nord")
        assert app.theme == "nord"
        await wait_for(pilot, lambda: saved_theme(private_home) == "nord")
    app.journal_link.close()


def test_leeslamp_has_a_light_a_dark_and_a_dim_theme() -> None:
    assert not LIGHT.dark and DARK.dark and MORNING.dark


async def test_an_unknown_theme_in_the_settings_is_said_and_the_usual_one_used(
    private_home: Path,
) -> None:
    Paths(private_home).settings.parent.mkdir(parents=True, exist_ok=True)
    Paths(private_home).settings.write_text('theme = "geen-thema"\n', encoding="utf-8")
    app = make_app(private_home)
    async with app.run_test(notifications=True) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
        said = [notification.message for notification in app._notifications]
        assert any("'geen-thema'" in message for message in said)
    app.journal_link.close()


async def test_no_color_greys_out_the_chosen_theme(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Paths(private_home).settings.parent.mkdir(parents=True, exist_ok=True)
    Paths(private_home).settings.write_text(f'theme = "{DARK.name}"\n', encoding="utf-8")
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(private_home)
    async with app.run_test() as pilot:
        await settle(pilot)
        assert app.theme == DARK.name and app.no_color
        # Textual's Monochrome filter: the screen has no colour left, whatever the theme
        assert DARK.foreground not in app.export_screenshot().lower()
    app.journal_link.close()
