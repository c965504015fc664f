"""Every screen's footer fits 80 columns, in Dutch and in English: each key the footer shows is
whole in view, left of the palette key. Measured on the footer's key widgets, not on the
terminal's text."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tui_factory import make_app, paste, settle, wait_saved

NARROW = (80, 24)

#: (keys to press, the screen they lead to, what is shown there): a walk past every screen
WALK = [
    ((), "TodayScreen", "vandaag"),
    (("w",), "TodayScreen", "vandaag, writing"),
    (("escape", "o"), "MorningScreen", "ochtend"),
    (("escape", "l"), "LibraryScreen", "library"),
    (("enter",), "ReaderScreen", "reader"),
    (("m",), "ReaderScreen", "reader, choosing a passage"),
    (("escape", "n"), "ReaderScreen", "reader, notes"),
    (("n", "w"), "ReaderScreen", "reader, schrijfblok"),
    (("escape", "question_mark"), "HelpScreen", "help"),
    (("escape", "escape", "escape", "escape", "z"), "SearchScreen", "search"),
    (("ctrl+f",), "SearchScreen", "search, filters"),
    (("escape", "escape", "d"), "JournalScreen", "dagboek"),
    (("enter",), "EntryScreen", "an entry"),
    (("escape", "p"), "TrashScreen", "prullenbak"),
    (("escape", "escape", "c"), "AssignmentsScreen", "assignments"),
    (("n",), "ComposeScreen", "a new assignment"),
    (("escape", "o"), "OverviewScreen", "overview"),
]


def overflowing_keys(app) -> list[str]:
    """The footer keys cut off or out of view at the right edge (or under the palette key)."""
    footers = app.screen.query(Footer)
    if not footers:
        return []  # a screen without keys in view (the ochtend mode)
    footer = footers.first()
    keys = [key for key in footer.query(FooterKey) if key.display]
    palette = [key for key in keys if key.has_class("-command-palette")]
    right = palette[0].region.x if palette else footer.region.right
    return [
        f"{key.key_display} {key.description}"
        for key in keys
        if key not in palette
        and (
            key.region.width < key.get_content_width(footer.size, footer.size)
            or key.region.right > right
        )
    ]


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_every_footer_fits_80_columns(private_home: Path, language: str) -> None:
    app = make_app(private_home, language=language)
    cut_off: dict[str, list[str]] = {}
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        for keys, screen, where in WALK:
            await pilot.press(*keys)
            await settle(pilot)
            assert type(app.screen).__name__ == screen, where
            cut_off[where] = overflowing_keys(app)
            if where == "vandaag, writing":  # an answer, for the Dagboek to open
                await paste(pilot, "Een antwoord.")
                await wait_saved(pilot)
    assert {where: keys for where, keys in cut_off.items() if keys} == {}


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_a_note_in_the_list_has_its_keys_whole_in_the_footer(
    private_home: Path, language: str
) -> None:
    """The note's own keys (edit, delete, re-attach) take the room of the reader's; `m` and `n`
    still work, out of sight, as help says."""
    from attention_helpers import add_stored_note, write_stuk

    write_stuk(private_home)
    add_stored_note(private_home, "Teams leren samen.", "Mooi.")
    add_stored_note(private_home, "Omdat niemand alles weet.", "Losgeraakt.")
    write_stuk(private_home, "Teams leren samen. Dit is de eerste alinea.\n")  # one came loose
    app = make_app(private_home, article_id="stuk", language=language)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        for _ in range(2):  # the note still attached, and the one that came loose
            shown = {key.key_display for key in app.screen.query_one(Footer).query(FooterKey)}
            assert {"e", "x", "?"} <= shown
            assert overflowing_keys(app) == []
            await pilot.press("down")
            await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        panel = app.screen.attention.notes_panel.panel
        assert panel is None or not panel.display
