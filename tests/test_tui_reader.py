"""The reader: the article's text, contents, progress, fragments, progressive mount, resume."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from leeslamp.i18n import t
from leeslamp.journal import Journal
from leeslamp.tui.screens.reader.passages import text_widgets
from leeslamp.tui.screens.reader.screen import ReaderScreen
from leeslamp.tui.screens.today import TodayScreen
from tui_factory import (
    SIZE,
    article_text,
    long_body,
    make_app,
    screen_text,
    settle,
    shown_text,
    wait_for,
    write_article,
)


async def test_lees_id_opens_at_the_article_with_its_text(private_home: Path) -> None:
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        text = screen_text(app)
        assert "Leren in teams" in text
        assert "Anna de Vries · februari 2022 · artikel" in text
        assert "Teams leren samen. Dit is de eerste alinea." in text
        assert "• luisteren" in text


async def test_escape_from_lees_id_goes_to_vandaag(private_home: Path) -> None:
    app = make_app(private_home, article_id="systemen")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape")
        assert isinstance(app.screen, TodayScreen)


async def test_a_fragment_ends_with_a_notice(private_home: Path) -> None:
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Dit is een fragment" in shown_text(app)


async def test_a_complete_article_has_no_fragment_notice(private_home: Path) -> None:
    app = make_app(private_home, article_id="systemen")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "fragment" not in shown_text(app)


async def test_contents_lists_the_headings_and_jumps_to_one(private_home: Path) -> None:
    write_article(private_home / "articles", "lang", "Lang", long_body(20))
    app = make_app(private_home, article_id="lang")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert "Deel 3" in screen_text(app)
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        page_text = screen_text(app)
        assert "Alinea 21:" in page_text  # the first paragraph of Deel 3
        assert "Eerste woorden" not in page_text


async def test_contents_says_so_when_there_are_no_headings(private_home: Path) -> None:
    app = make_app(private_home, article_id="systemen")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await pilot.pause()
        assert "geen tussenkopjes" in shown_text(app)


async def test_progress_shows_how_far_you_read(private_home: Path) -> None:
    write_article(private_home / "articles", "lang", "Lang", long_body(10))
    app = make_app(private_home, article_id="lang")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "0% gelezen" in shown_text(app)
        await pilot.press("end")
        await settle(pilot)
        assert "100% gelezen" in shown_text(app)


async def test_a_long_article_shows_its_first_words_before_the_rest_is_mounted(
    private_home: Path,
) -> None:
    """100 KB: the first screenful is on screen while most blocks are still to come."""
    write_article(private_home / "articles", "groot", "Groot", long_body(100))
    app = make_app(private_home, article_id="groot")
    async with app.run_test(size=SIZE) as pilot:
        reader = None
        for _ in range(500):
            # Clock wait 1 of 2: the test catches the loader half way, so it polls in tiny
            # steps; `pilot.pause()` waits for idle, which comes only once all is mounted.
            await pilot.pause(0.005)
            if isinstance(app.screen, ReaderScreen) and app.screen.mounted_blocks:
                reader = app.screen
                break
        assert reader is not None
        assert "Eerste woorden van een lang artikel." in shown_text(app)
        assert not reader.loaded
        assert reader.mounted_blocks < len(reader.article.blocks) / 2
        await settle(pilot)
        assert reader.loaded
        await pilot.press("end")
        await settle(pilot)
        assert "Laatste woorden van het artikel." in shown_text(app)


async def test_the_article_can_be_scrolled_while_the_rest_loads(private_home: Path) -> None:
    write_article(private_home / "articles", "groot", "Groot", long_body(100))
    app = make_app(private_home, article_id="groot")
    async with app.run_test(size=SIZE) as pilot:
        while not (isinstance(app.screen, ReaderScreen) and app.screen.mounted_blocks):
            await pilot.pause(0.005)  # clock wait 2 of 2: as above, before the loader is done
        await pilot.press("pagedown")
        await pilot.pause()
        assert app.screen.page.scroll_y > 0


async def test_leaving_an_article_saves_the_position_in_the_journal(private_home: Path) -> None:
    write_article(private_home / "articles", "lang", "Lang", long_body(20))
    app = make_app(private_home, article_id="lang")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("pagedown", "pagedown", "pagedown")
        await settle(pilot)
        expected = app.screen.first_visible_block()
        await pilot.press("escape")
        await settle(pilot)
    app.journal_link.close()
    assert expected > 0
    with Journal.open(app.context.paths, read_only=True) as journal:
        state = journal.reading_state("lang")
    assert state is not None and state.block == expected and 0 < state.progress < 1


async def test_quitting_from_the_reader_saves_the_position(private_home: Path) -> None:
    write_article(private_home / "articles", "lang", "Lang", long_body(20))
    app = make_app(private_home, article_id="lang")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("end")
        await settle(pilot)
        await pilot.press("ctrl+q")
    app.journal_link.close()  # what run_app does once the app has closed
    with Journal.open(app.context.paths, read_only=True) as journal:
        state = journal.reading_state("lang")
    assert state is not None and state.progress == 1.0 and state.finished is not None


async def test_an_article_opens_where_you_left_it(private_home: Path) -> None:
    write_article(private_home / "articles", "lang", "Lang", long_body(40))
    paths_app = make_app(private_home)
    with Journal.open(paths_app.context.paths) as journal:
        journal.save_reading("lang", block=30, progress=0.4)
    app = make_app(private_home, article_id="lang")
    resumed = t("reader.resumed")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)

        def announced() -> bool:
            """the reader says it resumed: the page is loaded and at the stored block"""
            return any(note.message == resumed for note in app._notifications)

        # Not `settle` alone: the last scroll to the block runs after a refresh (and, if the
        # block was not laid out yet, after a short retry timer), which no worker waits for;
        # under load it came after `settle` and the page was still at the top.
        await wait_for(pilot, announced)
        assert abs(reader.first_visible_block() - 30) <= 1
        text = screen_text(app)
        assert "Eerste woorden" not in text

        # The header shows a percentage read. Not compared with the page's: the page can still
        # re-wrap after `settle` (see ReaderScreen._scroll_to) without a scroll event, so under
        # load the header may lag a few percent behind; nor with the stored 40%, which the page
        # itself can happen to be at (this test failed that way under load).
        header = str(reader.query_one("#reader-progress", Static).content)
        assert header in {t("reader.progress", percent=percent) for percent in range(101)}
        said = [notification.message for notification in app._notifications]
        assert said == [resumed]


async def test_scrolling_saves_the_position_after_a_pause(private_home: Path) -> None:
    """Debounced (`ReaderScreen.save_delay`, next to nothing in tests): once scrolling stops, without leaving
    the article."""
    write_article(private_home / "articles", "lang", "Lang", long_body(20))
    app = make_app(private_home, article_id="lang")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("pagedown", "pagedown")

        def stored():
            """a position is in the journal"""
            with Journal.open(app.context.paths, read_only=True) as journal:
                return journal.reading_state("lang")

        await wait_for(pilot, stored)
        await settle(pilot)
        expected = app.screen.first_visible_block()
        state = stored()
        assert isinstance(app.screen, ReaderScreen)
    assert state is not None and state.block == expected > 0


async def test_the_reader_fits_in_80_by_24(private_home: Path) -> None:
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert len(lines) == 24
        assert lines[0].startswith(" Leren in teams") and lines[0].endswith("gelezen")
        assert "Teams leren samen." in "\n".join(lines)
        assert "Terug" in lines[-1] and "Hulp" in lines[-1]


async def test_an_article_saved_with_windows_line_ends_reads_as_any_other(
    private_home: Path,
) -> None:
    """Its paragraphs are paragraphs, without a `␍` at each line's end, and the passages are
    the widgets on screen."""
    text = article_text("windows", "Windows", "Een regel\nen nog een.\n\nTweede alinea.\n")
    folder = private_home / "articles"
    folder.mkdir(parents=True)
    (folder / "windows.md").write_bytes(text.replace("\n", "\r\n").encode())
    app = make_app(private_home, article_id="windows")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        widgets = text_widgets(reader.document)
        assert [widget.content.plain for widget in widgets] == [
            "Een regel en nog een.",
            "Tweede alinea.",
        ]
        placed = reader.attention.passages.placed
        assert [p.widget if p else None for p in placed] == widgets
