"""The passage cursor, driven with the keys a person presses: m, ↓↑ (j/k) over paragraphs and
list items, →← over sentences, Esc; a click; text selected with the mouse."""

from __future__ import annotations

from pathlib import Path

from attention_helpers import FIRST, SECOND, THIRD, marked, write_stuk
from leeslamp.tui.screens.reader.attention import STYLES
from tui_factory import SIZE, footer_text, make_app, screen_text, settle, shown_text


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
        assert reader.attention.passage_cursor is None and marked(reader, STYLES["cursor"]) == []
        assert app.screen is reader
        await pilot.press("down")  # scrolls again, moves no cursor
        assert reader.attention.passage_cursor is None
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
        footer = footer_text(app)
        assert "↓ Alinea" in footer and "→ Zin" in footer and "a Notitie schrijven" in footer


async def test_the_cursor_keeps_its_choice_in_view(private_home: Path) -> None:
    paragraphs = [f"Alinea {n}. Over leren in teams." for n in range(40)]
    write_stuk(private_home, "\n\n".join(paragraphs) + "\n")
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m", *["down"] * 30)
        await settle(pilot)
        assert "Alinea 30. Over leren in teams." in shown_text(app)


async def test_text_selected_with_the_mouse_can_be_noted(private_home: Path) -> None:
    from textual.geometry import Offset
    from textual.selection import Selection

    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        widget = reader.attention.passages.placed[2].widget
        reader.selections = {widget: Selection(Offset(6, 0), Offset(24, 0))}
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert marked(reader) == ["niemand alles weet"]


async def test_a_click_on_a_paragraph_moves_the_cursor_there(private_home: Path) -> None:
    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        await pilot.press("m")
        await pilot.click(reader.attention.passages.placed[-1].widget)
        assert marked(reader, STYLES["cursor"]) == [THIRD]


async def test_at_80_columns_the_footer_still_shows_how_to_note_the_choice(
    private_home: Path,
) -> None:
    write_stuk(private_home)
    app = make_app(private_home, article_id="stuk")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("m")
        await pilot.pause()
        footer = footer_text(app)
        assert "a Notitie schrijven" in footer and "esc Klaar" in footer
        assert "Schrijfblok" not in footer  # `w` still works, but gives the passage keys room
