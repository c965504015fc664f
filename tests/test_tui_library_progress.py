"""The library says how far each article is read, and `!` answers even with nothing skipped
(issue 14, point 5)."""

from __future__ import annotations

from pathlib import Path

from leeslamp.i18n import t
from leeslamp.journal import Journal
from leeslamp.tui.screens.library import LibraryScreen
from leeslamp.tui.widgets.article_list import ArticleList
from tui_factory import make_app, open_library, settle, wait_for


def prompts(app) -> dict[str, str]:
    """What each article's entry in the list says, by article id."""
    article_list = app.screen.query_one(ArticleList)
    return {option.id: str(option.prompt) for option in article_list.options}


async def test_each_article_says_how_far_it_is_read(private_home: Path) -> None:
    app = make_app(private_home)
    with Journal.open(app.context.paths) as journal:
        journal.save_reading("teams-leren", block=3, progress=0.44)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_library(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await wait_for(pilot, lambda: "44% gelezen" in prompts(app)["teams-leren"])
        others = [text for article, text in prompts(app).items() if article != "teams-leren"]
        assert others and all("nog niet geopend" in text for text in others)


async def test_the_place_just_left_in_a_reader_shows_in_the_library(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_library(pilot)
        await pilot.press("enter")  # the first article
        await settle(pilot)
        reader = app.screen
        await pilot.press("end")
        await settle(pilot)
        article = reader.article.id
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await wait_for(pilot, lambda: "100% gelezen" in prompts(app)[article])


async def test_exclamation_mark_says_there_are_no_broken_files(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await open_library(pilot)
        await pilot.press("exclamation_mark")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        said = [note.message for note in app._notifications]
        assert t("library.no_problems") in said
