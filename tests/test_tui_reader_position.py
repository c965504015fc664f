"""The reader keeps your place to the line: across leaving and resuming (`r` on Vandaag), and
across a resize of the terminal (issue 14, points 1 and 2)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static
from textual.widgets._markdown import MarkdownBulletList

from leeslamp.i18n import t
from leeslamp.tui.screens.reader.screen import ReaderScreen
from leeslamp.tui.screens.today import TodayScreen
from tui_factory import make_app, settle, wait_for

#: a bundled article with a bullet list in the middle, where resuming went wrong
ARTICLE = "stimuleer-het-leren-in-een-hybride-werkomgeving"


def top_of_page(reader: ReaderScreen) -> tuple[int, str]:
    """The first block at the top of the page, and the first words of its text."""
    index = reader.first_visible_block()
    return index, reader.article.blocks[index].text[:40]


def header_agrees(reader: ReaderScreen) -> bool:
    header = str(reader.query_one("#reader-progress", Static).content)
    return header == t("reader.progress", percent=round(reader.progress() * 100))


async def test_resuming_puts_the_same_line_at_the_top(private_home: Path) -> None:
    app = make_app(private_home, bundled=True, article_id=ARTICLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("pagedown", "pagedown", "down", "down")
        await settle(pilot)
        index, words = top_of_page(reader)
        # into the bullet list, past its first item
        passages = reader.attention.passages
        assert passages is not None and passages.placed[index] is not None
        widget = passages.placed[index].widget
        assert any(isinstance(parent, MarkdownBulletList) for parent in widget.ancestors)
        scroll_y = reader.page.scroll_y
        assert header_agrees(reader)
        await pilot.press("escape")
        await settle(pilot)
    app.journal_link.close()

    app = make_app(private_home, bundled=True)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
        await pilot.press("r")

        def resumed() -> bool:
            """the reader says it resumed"""
            return any(note.message == t("reader.resumed") for note in app._notifications)

        await wait_for(pilot, resumed)
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.page.scroll_y == scroll_y
        assert top_of_page(reader) == (index, words)
        assert header_agrees(reader)


async def test_resizing_keeps_the_first_sentence_first(private_home: Path) -> None:
    app = make_app(private_home, bundled=True, article_id=ARTICLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("pagedown", "pagedown", "pagedown")
        await settle(pilot)
        first = top_of_page(reader)
        for size in ((120, 40), (60, 24)):
            before = reader.page.scroll_y
            await pilot.resize_terminal(*size)
            await settle(pilot)
            await wait_for(pilot, lambda: top_of_page(reader) == first)
            assert header_agrees(reader)
        assert reader.page.scroll_y != before  # the page moved to keep it: it re-wrapped
