"""The reader's side column in a short terminal: one panel at a time, each wholly in view
(issue 14, point 4)."""

from __future__ import annotations

from pathlib import Path

from textual.widget import Widget

from leeslamp.journal import Journal
from leeslamp.tui.screens.reader.screen import ReaderScreen
from leeslamp.tui.widgets.notepad import Notepad
from leeslamp.tui.widgets.notepad_blocks import ReflectionBlock
from tui_factory import make_app, settle, wait_for

ARTICLE = "stimuleer-het-leren-in-een-hybride-werkomgeving"


def inside(widget: Widget, outer: Widget) -> bool:
    """The widget is shown, and all of it lies within `outer` on screen."""
    region = widget.region
    return bool(region.height) and outer.region.contains_region(region)


def shown(reader: ReaderScreen, selector: str) -> bool:
    found = reader.query(selector)
    return bool(found) and found.first().display


async def test_at_80_by_24_the_notes_and_the_schrijfblok_take_turns(private_home: Path) -> None:
    app = make_app(private_home, bundled=True, article_id=ARTICLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("w")
        await settle(pilot)
        assert shown(reader, "#notepad")
        await pilot.press("escape", "m", "a")  # back to the text, choose a passage, a note
        await settle(pilot)
        assert shown(reader, "#attention") and not shown(reader, "#notepad")
        side = reader.query_one("#side")
        box = reader.query_one("#attention-edit")
        await wait_for(pilot, lambda: inside(box, side))  # its bottom edge too
        assert app.focused is not None and inside(app.focused, side)
        await pilot.press("escape", "w")
        await settle(pilot)
        assert shown(reader, "#notepad") and not shown(reader, "#attention")


async def test_the_schrijfblok_opens_with_the_saved_reflections_in_view(
    private_home: Path,
) -> None:
    app = make_app(private_home, bundled=True, article_id=ARTICLE)
    with Journal.open(app.context.paths) as journal:
        journal.add_entry("reflectie", "Wat ik eerder schreef.", article=ARTICLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("w")
        await settle(pilot)
        notepad = reader.query_one(Notepad)

        def in_view() -> bool:
            """the focused new box and the saved reflection's first line are in view"""
            # asked anew each time: the panel reads the journal again when it opens
            saved = [b for b in notepad.query(ReflectionBlock) if b.entry_id]
            if not saved:
                return False
            top = saved[0].region
            return (
                app.focused is not None
                and inside(app.focused, notepad)
                and notepad.region.contains(top.x, top.y + 1)
            )

        await wait_for(pilot, in_view)


async def test_a_tall_terminal_shows_both_panels(private_home: Path) -> None:
    app = make_app(private_home, bundled=True, article_id=ARTICLE)
    async with app.run_test(size=(120, 50)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("escape", "n")
        await settle(pilot)
        assert shown(reader, "#notepad") and shown(reader, "#attention")
