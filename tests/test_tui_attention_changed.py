"""Aandacht notes when the article file changed on disk: notes move with their passage, a note
whose passage is gone shows as detached and can be re-attached by hand, and the app shows each
note's state as `leeslamp export` stores it."""

from __future__ import annotations

import json
from pathlib import Path

from attention_helpers import (
    BODY,
    FIRST,
    SECOND,
    THIRD,
    aandacht_entries,
    add_stored_note,
    marked,
    write_stuk,
)
from leeslamp.cli import main
from tui_factory import SIZE, make_app, open_library, settle, shown_text


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
        assert "verschoven" in shown_text(app)
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
        text = shown_text(app)
        assert "Losgeraakt" in text and "Omdat niemand alles weet." in text
        assert "Het belangrijkste" in text
        await pilot.press("escape", "m", "down")  # choose the paragraph it belongs to now
        await pilot.press("n", "r")
        await settle(pilot)
        assert marked(app.screen) == [THIRD]
        assert "Losgeraakt" not in shown_text(app)
    app.journal_link.close()
    [entry] = aandacht_entries(private_home)
    assert entry.anchor["state"] == "exact" and entry.anchor["quote"] == THIRD
    assert entry.text == "Het belangrijkste"


async def test_the_panel_counts_detached_notes_too_as_the_library_does(
    private_home: Path,
) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, FIRST, "Blijft")
    add_stored_note(private_home, SECOND, "Raakt los")
    write_stuk(private_home, f"{FIRST}\n\n{THIRD}\n")
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        assert "Een stuk  · 2 aandachtnotities" in shown_text(app)
        await pilot.press(*"een stuk", "enter")
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert "Aandachtnotities · 1 · 1 losgeraakt" in shown_text(app)


async def test_r_without_a_chosen_passage_says_how(private_home: Path) -> None:
    write_stuk(private_home)
    add_stored_note(private_home, SECOND)
    write_stuk(private_home, f"{FIRST}\n")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("n", "r")
        await settle(pilot)
        assert "Kies eerst met m een passage" in shown_text(app)
    app.journal_link.close()
    [entry] = aandacht_entries(private_home)
    assert entry.anchor["state"] == "detached"


async def test_an_article_edited_five_ways_keeps_every_note_in_the_right_state(
    private_home: Path, tmp_path: Path
) -> None:
    """Inserted before, a word changed inside, deleted, typography changed, duplicated: the app
    shows each note as the JSON export stores it."""
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
        shown = {n.entry.text: n for n in app.screen.attention.notes}
        plain_text = app.screen.article.plain_text
        await pilot.press("n")
        await pilot.pause()
        text = shown_text(app)
        assert text.count("verschoven") == 3 and text.count("tekst veranderd") == 1
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
        "Notitie 4": "moved",  # only typography changed: the same words
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
