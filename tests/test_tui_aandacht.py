"""Aandacht notes in the reader, driven with the keys a person presses: choose a passage, note
why, find it again after a restart and after the article changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from leeslamp.cli import main
from leeslamp.journal import Journal
from leeslamp.paths import Paths
from leeslamp.tui.aandacht_reader import STYLES, STYLES_NO_COLOR
from leeslamp.tui.screens.confirm_delete import ConfirmDeleteScreen
from leeslamp.tui.screens.reader import ReaderScreen
from leeslamp.tui.widgets import entry_editor
from tui_factory import SIZE, make_app, screen_text, settle, write_article

FIRST = "Teams leren samen. Dit is de eerste alinea."
SECOND = "Omdat niemand alles weet. Daarom vragen we veel. Dat is de kern."
THIRD = "Door te oefenen, elke week opnieuw."
BODY = f"{FIRST}\n\n## Waarom\n\n{SECOND}\n\n- luisteren goed\n- vragen stellen\n\n{THIRD}\n"


@pytest.fixture(autouse=True)
def quick_saves(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entry_editor, "SAVE_DELAY", 0.2)


def write_stuk(home: Path, body: str = BODY) -> None:
    write_article(home / "articles", "stuk", "Een stuk", body)


def marked(reader: ReaderScreen, style: str = STYLES["mark"]) -> list[str]:
    """The rendered text under each span painted with `style`, in document order."""
    found = []
    for placed in reader.passages.placed:
        if placed is None:
            continue
        content = placed.widget.content
        found += [content.plain[s.start : s.end] for s in content.spans if s.style == style]
    return found


def aandacht_entries(home: Path):
    with Journal.open(Paths(home), read_only=True) as journal:
        return journal.entries(kind="aandacht")


def add_stored_note(home: Path, quote: str, text: str = "") -> None:
    """A note made the way `leeslamp schrijf --soort aandacht --citaat` makes one."""
    assert (
        main(["schrijf", "--soort", "aandacht", "--artikel", "stuk", "--citaat", quote, text]) == 0
    )


# --- choosing a passage ----------------------------------------------------------------------


async def test_m_puts_the_cursor_on_the_first_paragraph_and_arrows_move_it(
    private_home: Path,
) -> None:
    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        await pilot.press("m")
        assert marked(reader, STYLES["cursor"]) == [FIRST]
        await pilot.press("down")  # over the heading, to the next paragraph
        assert marked(reader, STYLES["cursor"]) == [SECOND]
        await pilot.press("right")
        assert marked(reader, STYLES["cursor"]) == ["Omdat niemand alles weet."]
        await pilot.press("right", "right", "right")  # stops at the last sentence
        assert marked(reader, STYLES["cursor"]) == ["Dat is de kern."]
        await pilot.press("left", "left", "left")  # back to the whole paragraph
        assert marked(reader, STYLES["cursor"]) == [SECOND]
        await pilot.press("j", "j")  # j goes down too: into the list
        assert marked(reader, STYLES["cursor"]) == ["vragen stellen"]
        await pilot.press("k")
        assert marked(reader, STYLES["cursor"]) == ["luisteren goed"]


async def test_escape_puts_the_cursor_away_before_leaving_the_article(private_home: Path) -> None:
    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        await pilot.press("m", "escape")
        assert reader.passage_cursor is None and marked(reader, STYLES["cursor"]) == []
        assert app.screen is reader
        await pilot.press("down")  # scrolls again, moves no cursor
        assert reader.passage_cursor is None
        await pilot.press("escape")
        assert app.screen is not reader


async def test_the_footer_shows_the_cursor_keys_while_it_is_on(private_home: Path) -> None:
    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Markeren" in screen_text(app).splitlines()[-1]
        await pilot.press("m")
        await pilot.pause()
        footer = screen_text(app).splitlines()[-1]
        assert "Volgende alinea" in footer and "Volgende zin" in footer


async def test_the_cursor_keeps_its_choice_in_view(private_home: Path) -> None:
    paragraphs = [f"Alinea {n}. Over leren in teams." for n in range(40)]
    write_stuk(private_home, "\n\n".join(paragraphs) + "\n")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m", *["down"] * 30)
        await settle(pilot)
        assert "Alinea 30. Over leren in teams." in screen_text(app)


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
        await pilot.pause(0.4)
        await settle(pilot)
        assert "bewaard" in screen_text(app)
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
        assert app.screen.passage_cursor is not None
        assert "Kies een passage" in screen_text(app)
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
        assert "alleen gemarkeerd" in screen_text(app)
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
        first, second = reader.passages.placed[0], reader.passages.placed[2]
        assert first.widget.has_class("aandacht-whole")
        assert not second.widget.has_class("aandacht-whole")
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


async def test_text_selected_with_the_mouse_can_be_noted(private_home: Path) -> None:
    from textual.geometry import Offset
    from textual.selection import Selection

    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        widget = reader.passages.placed[2].widget
        reader.selections = {widget: Selection(Offset(6, 0), Offset(24, 0))}
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert marked(reader) == ["niemand alles weet"]


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
        text = screen_text(app)
        assert "Aandacht · 2" in text
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
        widget = app.screen.passages.placed[35].widget
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
        assert isinstance(app.screen, ConfirmDeleteScreen)
        assert "prullenbak" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert marked(app.screen) == []
        assert app.journal_link.journal.entries() == []
        assert [t.entry.text for t in app.journal_link.journal.trash()] == ["Weg ermee"]
        assert "De notitie staat in de prullenbak." in screen_text(app)
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
        assert "Oud en nieuw" in screen_text(app)
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
        text = screen_text(app)
        assert "Attention notes · 1" in text and "highlight only" in text


# --- when the article changed ------------------------------------------------------------------


async def test_a_note_moves_with_its_passage_when_a_paragraph_is_inserted_before(
    private_home: Path,
) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, "Daarom vragen we veel.", "Waarom")
    write_stuk(private_home, "Een nieuwe alinea vooraf. Met twee zinnen.\n\n" + BODY)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert marked(app.screen) == ["Daarom vragen we veel."]
        await pilot.press("n")
        await pilot.pause()
        assert "verschoven" in screen_text(app)
    app.journal_link.close()
    [entry] = aandacht_entries(private_home)
    assert entry.anchor["state"] == "moved" and entry.anchor["quote"] == "Daarom vragen we veel."


async def test_a_deleted_passage_shows_as_detached_and_can_be_reattached(
    private_home: Path,
) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, SECOND, "Het belangrijkste")
    write_stuk(private_home, f"{FIRST}\n\n{THIRD}\n")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert marked(app.screen) == []
        await pilot.press("n")
        await pilot.pause()
        text = screen_text(app)
        assert "Losgeraakt" in text and "Omdat niemand alles weet." in text
        assert "Het belangrijkste" in text
        await pilot.press("escape", "m", "down")  # choose the paragraph it belongs to now
        await pilot.press("n", "r")
        await settle(pilot)
        assert marked(app.screen) == [THIRD]
        assert "Losgeraakt" not in screen_text(app)
    app.journal_link.close()
    [entry] = aandacht_entries(private_home)
    assert entry.anchor["state"] == "exact" and entry.anchor["quote"] == THIRD
    assert entry.text == "Het belangrijkste"


async def test_r_without_a_chosen_passage_says_how(private_home: Path) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, SECOND)
    write_stuk(private_home, f"{FIRST}\n")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("n", "r")
        await settle(pilot)
        assert "Kies eerst met m een passage" in screen_text(app)
    app.journal_link.close()
    [entry] = aandacht_entries(private_home)
    assert entry.anchor["state"] == "detached"


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
        await settle(pilot)
        assert "Een stuk  · 2 aandachtnotities" in screen_text(app)


async def test_the_library_count_follows_a_new_note(private_home: Path) -> None:
    write_stuk(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "aandachtnotitie" not in screen_text(app)
        await pilot.press(*"een stuk", "enter")
        await settle(pilot)
        await pilot.press("m", "a")
        await settle(pilot)
        await pilot.press("escape", "escape", "escape")
        await settle(pilot)
        assert "Een stuk  · 1 aandachtnotitie" in screen_text(app)


async def test_writing_a_note_fits_in_80_by_24(private_home: Path) -> None:
    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("m", "down", "a")
        await settle(pilot)
        await pilot.press(*"Past het?")
        await pilot.pause(0.4)
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert len(lines) == 24
        text = "\n".join(lines)
        assert "Aandacht · 1" in text and "Past het?" in text and "bewaard" in text
        assert "Teams leren samen." in text  # the article stays in view beside it
        assert "Naar de tekst" in lines[-1]


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
    monkeypatch.setattr(entry_editor, "SAVE_DELAY", 60)  # only leaving the note saves it
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


async def test_an_article_edited_five_ways_keeps_every_note_in_the_right_state(
    private_home: Path, tmp_path: Path
) -> None:
    """Inserted before, a word changed inside, deleted, typography changed, duplicated: the app
    shows each note as the JSON export stores it."""
    import json

    paragraphs = [
        "Teams leren samen. Dit is de eerste alinea.",
        "Omdat niemand alles weet. Daarom vragen we veel. Dat is de kern.",
        "Door te oefenen, elke week opnieuw.",
        "Het is ’t vertrouwen dat langzaam groeit.",
        "Een lerende organisatie kijkt eerlijk naar haar eigen fouten.",
    ]
    write_stuk(private_home, "\n\n".join(paragraphs) + "\n")
    quotes = [
        "Teams leren samen.",
        "Daarom vragen we veel.",
        "Door te oefenen, elke week opnieuw.",
        "Het is ’t vertrouwen dat langzaam groeit.",
        "kijkt eerlijk naar haar eigen fouten.",
    ]
    for number, quote in enumerate(quotes, 1):
        add_stored_note(private_home, quote, f"Notitie {number}")
    edited = [
        "Een nieuwe alinea vooraf.",  # 1: inserted before everything
        paragraphs[0],
        paragraphs[1].replace("we veel", "wij veel"),  # 2: a word changed inside the passage
        # 3: deleted
        paragraphs[3].replace("’", "'"),  # 4: typography
        paragraphs[4],
        paragraphs[4],  # 5: duplicated
    ]
    write_stuk(private_home, "\n\n".join(edited) + "\n")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=(120, 45)) as pilot:  # room for all five in the list
        await settle(pilot)
        shown = {n.entry.text: n for n in app.screen.aandacht_notes}
        plain_text = app.screen.article.plain_text
        await pilot.press("n")
        await pilot.pause()
        text = screen_text(app)
        assert text.count("verschoven") == 2 and text.count("tekst veranderd") == 2
        assert "Losgeraakt" in text and "Door te oefenen" in text
        assert marked(app.screen) == [
            "Teams leren samen.",
            "Daarom vragen wij veel.",
            "Het is 't vertrouwen dat langzaam groeit.",
            "kijkt eerlijk naar haar eigen fouten.",
        ]
    app.journal_link.close()
    states = {text: note.anchor.state for text, note in shown.items()}
    assert states == {
        "Notitie 1": "moved",
        "Notitie 2": "fuzzy",
        "Notitie 3": "detached",
        "Notitie 4": "fuzzy",
        "Notitie 5": "moved",
    }
    # the fifth stays on the first copy, where it was
    assert shown["Notitie 5"].anchor.start < plain_text.rindex("kijkt eerlijk")
    out = tmp_path / "export.json"
    assert main(["export", "--format", "json", "-o", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))["entries"]
    assert {e["text"]: e["anchor"]["state"] for e in exported} == states
    assert {e["text"]: e["anchor"]["quote"] for e in exported} == {
        text: note.anchor.quote for text, note in shown.items()
    }


async def test_a_click_on_a_paragraph_moves_the_cursor_there(private_home: Path) -> None:
    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        await pilot.press("m")
        await pilot.click(reader.passages.placed[-1].widget)
        assert marked(reader, STYLES["cursor"]) == [THIRD]


async def test_help_lists_the_aandacht_keys(private_home: Path) -> None:
    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        text = screen_text(app)
        for line in (
            "m               Markeren",
            "→               Volgende zin",
            "Notitie vastmaken",
        ):
            assert line in text


async def test_the_footer_offers_n_once_the_article_has_notes(private_home: Path) -> None:
    """At 80 columns the footer has little room: `n` shows when there is something to see."""
    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "Aandacht" not in footer and "Stoppen" in footer
        await pilot.press("m", "a")
        await settle(pilot)
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert "n Aandacht" in screen_text(app).splitlines()[-1]
