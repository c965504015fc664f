"""The reader keeps your place to the line: across leaving and resuming (`r` on Vandaag), and
across a resize of the terminal (issue 14, points 1 and 2); and how far you read, which a
re-wrap (a resize, the Schrijfblok) does not lower."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static
from textual.widgets._markdown import MarkdownBulletList

from leeslamp.i18n import t
from leeslamp.journal import Journal
from leeslamp.tui.app import LeeslampApp
from leeslamp.tui.screens.reader.screen import ReaderScreen
from leeslamp.tui.screens.today import TodayScreen
from tui_factory import long_body, make_app, settle, wait_for, write_article

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


def stored_progress(app: LeeslampApp, article_id: str) -> float:
    app.journal_link.close()
    with Journal.open(app.context.paths, read_only=True) as journal:
        state = journal.reading_state(article_id)
    assert state is not None
    return state.progress


async def test_opening_the_schrijfblok_does_not_lower_how_far_you_read(
    private_home: Path,
) -> None:
    """At 80x24 the Schrijfblok goes below the article: the page is shorter, so the same place
    is a smaller share of it; but the reader did not read less."""
    write_article(private_home / "articles", "kort", "Kort", long_body(2))
    app = make_app(private_home, article_id="kort")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("end")
        await settle(pilot)
        assert reader.progress() == 1.0
        await pilot.press("w")
        await settle(pilot)
        assert reader.page.max_scroll_y > reader.page.scroll_y  # the page got longer
        assert reader.progress() == 1.0 and header_agrees(reader)
        await pilot.press("escape", "escape")  # out of the Schrijfblok, out of the reader
        await settle(pilot)
    assert stored_progress(app, "kort") == 1.0


async def test_a_page_read_without_scrolling_stays_read_when_the_terminal_shrinks(
    private_home: Path,
) -> None:
    """A short article fits the page: read entirely, even once a smaller terminal needs a
    scrollbar for it."""
    write_article(private_home / "articles", "kort", "Kort", long_body(1))
    app = make_app(private_home, article_id="kort")
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.page.max_scroll_y == 0 and reader.progress() == 1.0
        await pilot.resize_terminal(60, 20)
        await settle(pilot)
        assert reader.page.max_scroll_y > 0 and reader.progress() == 1.0
        await pilot.press("escape")
        await settle(pilot)
    assert stored_progress(app, "kort") == 1.0
