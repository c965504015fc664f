"""Aandacht notes in the reader, driven with the keys a person presses: note why a passage
caught your attention, find it again after a restart and after the article changed, edit,
delete and restore it. (Choosing the passage: test_tui_passage_cursor.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from attention_helpers import (
    FIRST,
    THIRD,
    aandacht_entries,
    add_stored_note,
    marked,
    write_stuk,
)
from leeslamp.tui.screens.choice import ChoiceScreen
from leeslamp.tui.screens.reader.attention import STYLES, STYLES_NO_COLOR
from leeslamp.tui.widgets.entry_editor import EntryEditor
from tui_factory import SIZE, make_app, open_library, screen_text, settle, shown_text, wait_saved

# --- writing a note --------------------------------------------------------------------------


async def test_a_marked_sentence_with_a_note_is_still_highlighted_after_a_restart(
    private_home: Path,
) -> None:
    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m", "down", "right", "right", "a")
        await settle(pilot)
        await pilot.press(*"Zo gaat het bij ons ook")
        await wait_saved(pilot)
        await settle(pilot)
        assert "bewaard" in shown_text(app)
        await pilot.press("ctrl+q")
    app.journal_link.close()
    [entry] = aandacht_entries(private_home)
    assert entry.text == "Zo gaat het bij ons ook" and entry.article == "stuk"
    assert entry.anchor["quote"] == "Daarom vragen we veel." and entry.anchor["state"] == "exact"

    again = make_app(private_home, article_id="stuk")
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert marked(again.screen) == ["Daarom vragen we veel."]


async def test_a_without_a_choice_turns_the_cursor_on_and_says_how(private_home: Path) -> None:
    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("a")
        await pilot.pause()
        assert app.screen.attention.passage_cursor is not None
        assert "Kies een passage" in shown_text(app)
        assert aandacht_entries(private_home) == []


async def test_a_note_without_words_is_a_plain_highlight(private_home: Path) -> None:
    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m", "a")
        await settle(pilot)
        await pilot.press("escape", "escape")  # leave the note, put the cursor away
        await settle(pilot)
        assert marked(app.screen) == [FIRST]
        assert "alleen gemarkeerd" in shown_text(app)
    app.journal_link.close()
    [entry] = aandacht_entries(private_home)
    assert entry.text == "" and entry.anchor["quote"] == FIRST


async def test_a_wholly_marked_paragraph_gets_a_gutter_mark(private_home: Path) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, FIRST)
    add_stored_note(private_home, "Omdat niemand alles weet.")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        first, second = reader.attention.passages.placed[0], reader.attention.passages.placed[2]
        assert first.widget.has_class("attention-whole")
        assert not second.widget.has_class("attention-whole")
        assert "▌" in screen_text(app)


async def test_choosing_a_noted_passage_again_edits_that_note(private_home: Path) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, FIRST, "Eerst")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m", "a")
        await settle(pilot)
        await pilot.press("end", *" en meer", "escape")
        await settle(pilot)
    app.journal_link.close()
    [entry] = aandacht_entries(private_home)
    assert entry.text == "Eerst en meer"


async def test_tags_are_saved_with_the_note(private_home: Path) -> None:
    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m", "a")
        await settle(pilot)
        await pilot.press(*"Waarom", "tab", *"team, vertrouwen", "enter", "escape")
        await settle(pilot)
    app.journal_link.close()
    [entry] = aandacht_entries(private_home)
    assert entry.text == "Waarom" and entry.tags == ("team", "vertrouwen")


# --- the notes list ---------------------------------------------------------------------------


async def test_the_notes_list_shows_quotes_and_notes_in_text_order(private_home: Path) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, THIRD, "Oefenen dus")
    add_stored_note(private_home, "Teams leren samen.", "Begin")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        text = shown_text(app)
        assert "Aandachtnotities · 2" in text
        assert text.index("Teams leren samen.”") < text.index("Begin") < text.index("Oefenen")


async def test_enter_in_the_list_shows_the_passage(private_home: Path) -> None:
    paragraphs = [f"Alinea {n}. Over leren in teams." for n in range(40)]
    write_stuk(private_home, "\n\n".join(paragraphs) + "\n")
    add_stored_note(private_home, "Alinea 35. Over leren in teams.", "Ver weg")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Alinea 35." not in screen_text(app).split("▏")[0]
        await pilot.press("n", "enter")
        await settle(pilot)
        page = app.screen.page
        widget = app.screen.attention.passages.placed[35].widget
        assert widget.region.overlaps(page.content_region)
        assert marked(app.screen, STYLES["current"]) == ["Alinea 35. Over leren in teams."]


async def test_a_note_is_deleted_after_asking_and_can_be_restored(private_home: Path) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, FIRST, "Weg ermee")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("n", "x")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        assert "prullenbak" in shown_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert marked(app.screen) == []
        assert app.journal_link.journal.entries() == []
        assert [t.entry.text for t in app.journal_link.journal.trash()] == ["Weg ermee"]
        assert "De notitie staat in de prullenbak." in shown_text(app)
        await pilot.press("u")
        await settle(pilot)
        assert marked(app.screen) == [FIRST]
        assert [e.text for e in app.journal_link.journal.entries()] == ["Weg ermee"]


async def test_escape_in_the_delete_question_keeps_the_note(private_home: Path) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, FIRST, "Blijft")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "x", "escape")
        await settle(pilot)
        assert [e.text for e in app.journal_link.journal.entries()] == ["Blijft"]


async def test_e_in_the_list_edits_the_note(private_home: Path) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, FIRST, "Oud")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "e")
        await settle(pilot)
        await pilot.press("end", *" en nieuw", "escape")
        await settle(pilot)
        assert "Oud en nieuw" in shown_text(app)
    app.journal_link.close()
    assert [e.text for e in aandacht_entries(private_home)] == ["Oud en nieuw"]


async def test_the_notes_panel_follows_the_language(private_home: Path) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, FIRST)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n", "escape", "ctrl+t")
        await settle(pilot)
        text = shown_text(app)
        assert "Attention notes · 1" in text and "highlight only" in text


# --- notes from elsewhere, counts, sizes ---------------------------------------------------------


async def test_a_note_made_on_the_command_line_is_highlighted(private_home: Path) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, "niemand alles weet", "Van de opdrachtregel")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert marked(app.screen) == ["niemand alles weet"]


async def test_the_library_shows_how_many_notes_an_article_has(private_home: Path) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, FIRST)
    add_stored_note(private_home, THIRD)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        assert "Een stuk  · 2 aandachtnotities" in shown_text(app)


async def test_the_library_count_follows_a_new_note(private_home: Path) -> None:
    write_stuk(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        assert "aandachtnotitie" not in shown_text(app)
        await pilot.press(*"een stuk", "enter")
        await settle(pilot)
        await pilot.press("m", "a")
        await settle(pilot)
        await pilot.press("escape", "escape", "escape")
        await settle(pilot)
        assert "Een stuk  · 1 aandachtnotitie" in shown_text(app)


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (160, 50)])
async def test_writing_a_note_and_its_tags_fits_on_screen(private_home: Path, size) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, FIRST, "Eerder")
    add_stored_note(private_home, THIRD, "Ook eerder")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("m", "down", "down", "a")
        await settle(pilot)
        await pilot.press(*"Past het?")
        await wait_saved(pilot)
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert len(lines) == size[1]
        text = "\n".join(lines)
        assert "Aandachtnotities · 3" in text and "Past het?" in text and "bewaard" in text
        assert "Labels, met komma's ertussen" in text  # the tags field, empty
        assert "Teams leren samen." in text  # the article stays in view beside it
        assert "Naar de tekst" in lines[-1]
        await pilot.press("tab", *"werk, moed")
        await settle(pilot)
        assert "werk, moed" in screen_text(app)  # what is typed there is seen
    app.journal_link.close()
    assert {e.tags for e in aandacht_entries(private_home)} == {(), ("werk", "moed")}


async def test_below_the_article_the_notes_take_only_the_rows_they_need(
    private_home: Path,
) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, FIRST, "Eerder")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        text = shown_text(app)
        assert "Aandachtnotities · 1" in text and "Eerder" in text
        assert THIRD in text  # the article keeps the rest of the screen, to its last line
        await pilot.press("w")  # at 80x24 the Schrijfblok takes the notes' place (issue 14)
        await settle(pilot)
        assert "Aandachtnotities · 1" not in shown_text(app)
        await pilot.press("escape", "n")
        await settle(pilot)
        assert "Aandachtnotities · 1" in shown_text(app)


async def test_without_colour_notes_are_underlined(private_home: Path, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    write_stuk(private_home)
    add_stored_note(private_home, FIRST)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert marked(app.screen, STYLES_NO_COLOR["mark"]) == [FIRST]


@pytest.mark.parametrize("leave", ["shift+tab", "escape"])
async def test_a_note_deleted_right_after_writing_keeps_its_last_words_in_the_trash(
    private_home: Path, monkeypatch, leave: str
) -> None:
    monkeypatch.setattr(EntryEditor, "save_delay", 60)  # only leaving the note saves it
    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m", "a")
        await settle(pilot)
        await pilot.press(*"Laatste woorden", leave)
        if leave == "escape":
            await pilot.press("n")
        await pilot.press("x", "enter")
        await settle(pilot)
        [trashed] = app.journal_link.journal.trash()
        assert trashed.entry.text == "Laatste woorden"
        assert app.journal_link.journal.entries() == []


async def test_help_lists_the_aandacht_keys(private_home: Path) -> None:
    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=(100, 40)) as pilot:  # every row of the help at once
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        text = shown_text(app)
        for line in (
            "m               Markeren",
            "→               Zin",
            "r               Vastmaken",
        ):
            assert line in text


async def test_the_footer_offers_n_once_the_article_has_notes(private_home: Path) -> None:
    """At 80 columns the footer has little room: `n` shows when there is something to see."""
    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "Notities" not in footer and "Hulp" in footer
        await pilot.press("m", "a")
        await settle(pilot)
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert "n Notities" in screen_text(app).splitlines()[-1]


async def test_a_read_only_journal_shows_notes_but_says_why_none_can_be_added(
    private_home: Path,
) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, FIRST, "Eerder")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        app.journal_link.close()
        app.journal_link.open(read_only=True)
        await settle(pilot)
        await pilot.press("m", "down", "a")
        await settle(pilot, failures_expected=True)
        assert "alleen-lezen" in shown_text(app)
        assert marked(app.screen) == [FIRST]
        assert [e.text for e in app.journal_link.journal.entries()] == ["Eerder"]
