"""No English in the Dutch UI and no Dutch in the English one: the words Textual brings itself
(the palette's placeholder and "No matches found", a Select list's key, key names in help)
follow the reader's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandInput, CommandList

from tui_factory import footer_text, make_app, settle, shown_text, wait_for, widget_text

PALETTE = {"nl": "Zoek een artikel of een actie…", "en": "Search for an article or an action…"}
NO_MATCHES = {"nl": "Niets gevonden", "en": "No matches found"}


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_the_palette_speaks_the_readers_language(private_home: Path, language: str) -> None:
    app = make_app(private_home, language=language)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert str(app.screen.query_one(CommandInput).placeholder) == PALETTE[language]
        await pilot.press(*"qxqxq")

        def said_so() -> bool:
            """the palette says nothing matched"""
            return NO_MATCHES[language] in widget_text(app.screen.query_one(CommandList))

        await wait_for(pilot, said_so)


async def test_an_open_select_list_says_its_key_in_dutch(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("z", "ctrl+f", "enter")  # Zoeken, the filters, the article list opens
        await settle(pilot)
        assert "esc Lijst sluiten" in footer_text(app)
        assert "Dismiss" not in footer_text(app)


@pytest.mark.parametrize(
    ("language", "names", "english"),
    [
        ("nl", ("spatie / PgDn", "b / PgUp", "Home", "End"), ("space", "pgdn")),
        ("en", ("space / PgDn",), ("spatie",)),
    ],
)
async def test_help_names_keys_in_the_readers_language(
    private_home: Path, language: str, names: tuple[str, ...], english: tuple[str, ...]
) -> None:
    app = make_app(private_home, article_id="systemen", language=language)
    async with app.run_test(size=(100, 60)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        text = shown_text(app)
        for name in names:
            assert name in text
        for word in english:
            assert word not in text.split()


async def test_the_dagboek_names_the_delete_key_del(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=(100, 60)) as pilot:
        await settle(pilot)
        await pilot.press("d", "question_mark")
        await settle(pilot)
        assert "x / Del" in shown_text(app)
