"""The search screen: found as you type (accents optional), filters, matches marked, Enter opens
the entry in its article at its passage; an entry without an article opens in a read view."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from journal_factory import all_entries, write_entries
from leeslamp.notes.anchoring import make_anchor
from leeslamp.tui.screens.entry import EntryScreen
from leeslamp.tui.screens.reader.screen import ReaderScreen
from leeslamp.tui.screens.search import SearchScreen
from leeslamp.tui.screens.search_results import MATCH_STYLE
from leeslamp.tui.screens.today import TodayScreen
from tui_factory import (
    SIZE,
    long_body,
    make_app,
    screen_text,
    settle,
    shown_text,
    wait_for_palette,
    write_article,
)


async def open_search(pilot) -> None:
    await settle(pilot)
    await pilot.press("z")
    await settle(pilot)


async def test_z_opens_search_and_an_accent_free_word_finds_the_accented_entry(
    private_home: Path,
) -> None:
    app = make_app(private_home)
    write_entries(
        {"text": "Ik wil ruimte creëren voor één gesprek.", "article": "teams-leren"},
        {"text": "Iets heel anders.", "article": "systemen"},
    )
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"creeren een")
        await settle(pilot)
        text = shown_text(app)
        assert "Ik wil ruimte creëren voor één gesprek." in text
        assert "Iets heel anders" not in text
        assert "1 gevonden" in text


async def test_a_result_shows_date_kind_and_article_newest_first(private_home: Path) -> None:
    app = make_app(private_home)
    write_entries(
        {"at": "2024-01-10 09:00", "text": "Oud: leren gaat langzaam.", "article": "teams-leren"},
        {"at": "2024-03-01 07:15", "text": "Nieuw: leren gaat snel.", "article": "systemen"},
    )
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        await pilot.press(*"leren")
        await settle(pilot)
        text = shown_text(app)
        assert "1 maart 2024 07:15 · reflectie · Systemisch werken" in text
        assert "10 januari 2024 09:00 · reflectie · Leren in teams" in text
        assert text.index("Nieuw: leren") < text.index("Oud: leren")
        assert "2 gevonden" in text


async def test_every_match_in_the_line_is_marked(private_home: Path) -> None:
    app = make_app(private_home)
    write_entries({"text": "Één keer, en nog één keer.", "article": "teams-leren"})
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        await pilot.press(*"een keer")
        await settle(pilot)
        results = app.screen.query_one("#search-results")
        prompt = results.get_option_at_index(0).prompt
        line = prompt.plain.split("\n")[1]
        offset = prompt.plain.index(line)
        marked = sorted(
            prompt.plain[span.start : span.end]
            for span in prompt.spans
            if str(span.style) == MATCH_STYLE and span.start >= offset
        )
        assert marked == ["keer", "keer", "Één", "één"]


async def test_the_kind_filter_keeps_only_that_kind(private_home: Path) -> None:
    app = make_app(private_home)
    write_entries(
        {"text": "Een reflectie over vertrouwen.", "article": "teams-leren"},
        {"kind": "dagvraag", "text": "Een dagvraag over vertrouwen."},
    )
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        await pilot.press(*"vertrouwen")
        await pilot.press("ctrl+f", "tab", "enter")  # the kind filter, opened
        await pilot.press("down", "down", "down", "enter")  # blank, reflectie, aandacht, dagvraag
        await settle(pilot)
        text = shown_text(app)
        assert "Een dagvraag over vertrouwen." in text
        assert "Een reflectie over vertrouwen." not in text


async def test_the_article_filter_keeps_only_that_article(private_home: Path) -> None:
    app = make_app(private_home)
    write_entries(
        {"text": "Over teams en samen leren.", "article": "teams-leren"},
        {"text": "Over systemen en samen leren.", "article": "systemen"},
    )
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        await pilot.press(*"samen")
        await pilot.press("ctrl+f", "enter")
        await pilot.press("down", "down", "enter")  # blank, Leren in teams, Systemisch werken
        await settle(pilot)
        text = shown_text(app)
        assert "Over systemen en samen leren." in text
        assert "Over teams" not in text


async def test_the_tag_filter_keeps_entries_with_that_tag(private_home: Path) -> None:
    app = make_app(private_home)
    write_entries(
        {"text": "Met label.", "tags": ["werk"]},
        {"text": "Zonder label."},
    )
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        await pilot.press("ctrl+f", "tab", "tab", *"werk")
        await settle(pilot)
        text = shown_text(app)
        assert "Met label." in text
        assert "Zonder label." not in text


async def test_dates_are_read_as_words(private_home: Path) -> None:
    """The app's today is 5 March 2024: 'gisteren' is the 4th."""
    app = make_app(private_home)
    write_entries(
        {"at": "2024-03-04 20:00", "text": "Gisteren geschreven."},
        {"at": "2024-02-01 20:00", "text": "In februari geschreven."},
    )
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        await pilot.press("ctrl+f", "tab", "tab", "tab", *"gisteren")
        await settle(pilot)
        text = shown_text(app)
        assert "Gisteren geschreven." in text
        assert "In februari" not in text


async def test_a_date_that_is_no_date_is_said_in_a_sentence(private_home: Path) -> None:
    app = make_app(private_home)
    write_entries({"text": "Iets."})
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        await pilot.press("ctrl+f", "tab", "tab", "tab", *"blauw")
        await settle(pilot)
        assert "'blauw' kan ik niet als datum lezen" in shown_text(app)


async def test_nothing_found_says_so(private_home: Path) -> None:
    app = make_app(private_home)
    write_entries({"text": "Iets."})
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        await pilot.press(*"olifant")
        await settle(pilot)
        assert "Niets gevonden voor: olifant" in shown_text(app)


async def test_enter_opens_the_article_at_the_notes_passage(private_home: Path) -> None:
    write_article(private_home / "articles", "lang", "Lang", long_body(20))
    app = make_app(private_home)
    article = app.context.library().get("lang")
    start = article.plain_text.index("Alinea 40:")
    anchor = make_anchor(article.plain_text, start, start + len("Alinea 40"))
    write_entries(
        {"kind": "aandacht", "text": "Hier viel me iets op.", "article": "lang",
         "anchor": anchor.to_dict()}
    )  # fmt: skip
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        await pilot.press(*"viel me", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.id == "lang"
        text = screen_text(app)
        assert "Alinea 40:" in text
        assert "Eerste woorden" not in text


async def test_escape_from_an_opened_entry_comes_back_to_the_search(private_home: Path) -> None:
    app = make_app(private_home)
    write_entries({"text": "Over systemen.", "article": "systemen"})
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        await pilot.press(*"systemen", "enter")
        await settle(pilot)
        await pilot.press("escape")  # out of the reflection, into the article
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#search-query").value == "systemen"
        await pilot.press("escape")
        assert isinstance(app.screen, TodayScreen)  # where `z` was pressed


async def test_an_entry_without_an_article_opens_to_read_and_edit(private_home: Path) -> None:
    app = make_app(private_home)
    write_entries(
        {"kind": "dagvraag", "text": "Vandaag leerde ik luisteren.",
         "prompt": {"id": "p1", "text": "Wat leerde je vandaag?"}}
    )  # fmt: skip
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        await pilot.press(*"luisteren", "enter")
        await settle(pilot)
        assert isinstance(app.screen, EntryScreen)
        text = shown_text(app)
        assert "Wat leerde je vandaag?" in text
        assert "Vandaag leerde ik luisteren." in text
        await pilot.press(*" Goed.")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
    app.journal_link.close()
    assert [e.text for e in all_entries()] == ["Vandaag leerde ik luisteren. Goed."]


async def test_a_reflection_on_an_article_opens_in_its_writing_panel(private_home: Path) -> None:
    """Found is found: Enter shows the article with the reflection itself open beside it,
    the cursor in it, not just the article it was written about."""
    app = make_app(private_home)
    write_entries(
        {"at": "2026-01-01 09:00", "text": "Systemen veranderen\nals mensen praten.",
         "article": "systemen"},
        {"at": "2026-01-02 09:00", "text": "Iets anders over systemen.", "article": "systemen"},
    )  # fmt: skip
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        await pilot.press(*"praten", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.article.id == "systemen"
        focused = app.focused
        assert (
            isinstance(focused, TextArea)
            and focused.text == "Systemen veranderen\nals mensen praten."
        )
        await pilot.press(*" Echt.")
        await pilot.press("escape")
        await settle(pilot)
    app.journal_link.close()
    texts = sorted(e.text for e in all_entries())
    assert texts == ["Iets anders over systemen.", "Systemen veranderen\nals mensen praten. Echt."]


async def test_an_entry_written_since_is_found_when_you_come_back(private_home: Path) -> None:
    app = make_app(private_home)
    write_entries({"text": "Het eerste stuk."})
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        await pilot.press("escape")
        app.journal_link.journal.add_entry("reflectie", "Een later stuk over koffie.")
        await pilot.press("z")
        await settle(pilot)
        await pilot.press(*"koffie")
        await settle(pilot)
        assert "Een later stuk over koffie." in shown_text(app)


async def test_the_palette_opens_the_search(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"zoeken in je")
        await wait_for_palette(pilot, "zoeken in je")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)


async def test_switching_language_relabels_the_search(private_home: Path) -> None:
    app = make_app(private_home)
    write_entries({"text": "Iets."})
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        assert "Alle soorten" in shown_text(app)
        await pilot.press("ctrl+t")
        await settle(pilot)
        text = shown_text(app)
        assert "Search your journal" in text
        assert "All kinds" in text and "reflection" in text
        assert "Alle soorten" not in text


async def test_search_fits_in_80_by_24(private_home: Path) -> None:
    app = make_app(private_home)
    write_entries({"text": "Een stuk over leren.", "article": "teams-leren"})
    async with app.run_test(size=(80, 24)) as pilot:
        await open_search(pilot)
        await pilot.press(*"leren")
        await settle(pilot)
        text = shown_text(app)
        for expected in ("Zoeken in je dagboek", "Alle artikelen", "sinds", "tot en met", "Terug"):
            assert expected in text
        assert "Een stuk over leren." in text


async def test_an_entry_deleted_since_is_gone_when_you_come_back(private_home: Path) -> None:
    app = make_app(private_home)
    (gone,) = write_entries({"text": "Over koffie, straks weg."})
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        await pilot.press("escape")
        app.journal_link.journal.delete_entry(gone.id)
        await pilot.press("z")
        await settle(pilot)
        await pilot.press(*"koffie")
        await settle(pilot)
        assert "Niets gevonden voor: koffie" in shown_text(app)


async def test_z_does_nothing_while_help_is_open(private_home: Path) -> None:
    from leeslamp.tui.screens.help import HelpScreen

    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark", "z")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)


async def test_the_search_uses_the_index_on_disk_and_follows_a_trashed_entry(
    private_home: Path,
) -> None:
    from leeslamp.journal.search_index import DiskIndex

    app = make_app(private_home)
    [entry] = write_entries({"text": "Een stuk over thee."})
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen) and isinstance(screen.index, DiskIndex)
        await pilot.press("escape")
        app.journal_link.journal.delete_entry(entry.id)
        await pilot.press("z", *"thee")
        await settle(pilot)
        assert screen.total == 0
        app.journal_link.journal.restore_entry(entry.id)
        await pilot.press("escape", "z")
        await settle(pilot)
        assert [shown.entry.id for shown in screen._shown] == [entry.id]


async def test_where_no_index_can_be_written_the_search_works_in_memory(
    private_home: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from leeslamp.journal.search import SearchIndex
    from leeslamp.journal.search_index import DiskIndex, IndexUnusable

    def read_only(_paths: object) -> DiskIndex:
        raise IndexUnusable("read-only file system")

    monkeypatch.setattr(DiskIndex, "open", read_only)
    app = make_app(private_home)
    write_entries({"text": "Één kop koffie."})
    async with app.run_test(size=SIZE) as pilot:
        await open_search(pilot)
        await pilot.press(*"een kop")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen) and isinstance(screen.index, SearchIndex)
        assert [shown.entry.text for shown in screen._shown] == ["Één kop koffie."]
    assert not (private_home / "search-index.sqlite").exists()
