"""The Dagboek at 80x24 (issue 14, point 9): a preview of the highlighted entry, filters that
open on what is chosen, a delete question that names the entry, "bewerkt" that follows a save,
and `/` to Zoeken with the same filters."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select, Static
from textual.widgets._select import SelectOverlay

from leeslamp.tui.screens.choice import ChoiceScreen
from leeslamp.tui.screens.entry import EntryScreen
from leeslamp.tui.screens.search import SearchScreen
from test_tui_journal import fill_journal, open_dagboek
from tui_factory import Clock, make_app, settle, wait_for, wait_saved, widget_text

SMALL = (80, 24)


def preview(app) -> str:
    return widget_text(app.screen.query_one("#journal-preview", Static))


async def test_the_highlighted_entry_shows_in_the_empty_space(private_home: Path) -> None:
    fill_journal(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SMALL) as pilot:
        await open_dagboek(app, pilot)
        await wait_for(pilot, lambda: preview(app) == "Nieuwste gedachte")
        await pilot.press("down", "down", "down")  # the oldest, two lines
        await wait_for(pilot, lambda: preview(app) == "Oudste gedachte\nmet een tweede regel")
    app.journal_link.close()


async def test_a_filter_opens_on_what_is_chosen(private_home: Path) -> None:
    fill_journal(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SMALL) as pilot:
        await open_dagboek(app, pilot)
        kinds = app.screen.query_one("#filter-kind", Select)
        overlay = kinds.query_one(SelectOverlay)
        await pilot.press("s")
        await settle(pilot)
        assert overlay.highlighted == 0  # "Alle soorten", what is chosen now
        await pilot.press(*"refl", "enter")
        await settle(pilot)
        assert kinds.value == "reflectie"
        await pilot.press("s")
        await settle(pilot)
        option = overlay.get_option_at_index(overlay.highlighted)
        assert str(option.prompt) == "reflectie"
    app.journal_link.close()


async def test_the_delete_question_names_what_goes(private_home: Path) -> None:
    fill_journal(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SMALL) as pilot:
        await open_dagboek(app, pilot)
        await pilot.press("down", "x")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        sentence = widget_text(app.screen.query_one(".dialog-intro", Static))
        assert "Aandachtnotitie van 4 maart 2024 om 04:30: “Dit raakte me”" in sentence
        await pilot.press("escape")
    app.journal_link.close()


async def test_bewerkt_follows_a_save(private_home: Path) -> None:
    fill_journal(private_home)
    clock = Clock()
    app = make_app(private_home, now=clock)
    async with app.run_test(size=SMALL) as pilot:
        await open_dagboek(app, pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, EntryScreen)
        head = app.screen.query_one("#entry-head", Static)
        assert "bewerkt" not in widget_text(head)
        clock.advance(hours=2)
        await pilot.press(*"Nog ")
        await wait_saved(pilot)
        await wait_for(pilot, lambda: "bewerkt 5 maart 2024 om 06:30" in widget_text(head))
    app.journal_link.close()


async def test_slash_searches_with_the_dagboek_filters(private_home: Path) -> None:
    fill_journal(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SMALL) as pilot:
        await open_dagboek(app, pilot)
        await pilot.press("s", *"refl", "enter")
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#search-kind", Select).value == "reflectie"
        assert app.screen.query_one("#search-article", Select).is_blank()
    app.journal_link.close()


def test_on_a_narrow_screen_the_first_line_keeps_its_room() -> None:
    """At 60 columns the article and kind give way, so "Begint met" is not cut to two letters
    (it was); at 80 and wider nothing changes."""
    from leeslamp.tui.screens.journal import CHROME, TEXT_MIN, column_widths

    labels = ["reflectie", "antwoord aan coach"]
    titles = ["Zonder artikel", "Het leren faciliteren in een hybride werkomgeving"]
    for total in (60, 66, 80, 120):
        widths = column_widths(total, labels, titles)
        assert sum(widths) + 3 * 2 + CHROME == total  # the list fills the screen exactly
        assert widths[3] >= (TEXT_MIN if total >= 66 else 16)
    assert column_widths(80, labels, titles) == [16, 18, 18, 17]  # as it always was
    assert column_widths(60, labels, titles) == [16, 9, 8, 16]  # as narrow as they go
