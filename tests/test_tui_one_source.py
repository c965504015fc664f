"""One source of truth for a text: every editor shows the journal's current text, and a save
never overwrites newer words (issue 11)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Input, TextArea

from journal_factory import all_entries, write_entries
from leeslamp.tui.screens.reader.screen import ReaderScreen
from leeslamp.tui.widgets.entry_editor import EntryEditor
from leeslamp.tui.widgets.unsaved_words import UnsavedNote, added_words, append_words
from tui_factory import SIZE, make_app, settle


class EditorHost(Screen[None]):
    def __init__(self, *editors: EntryEditor) -> None:
        super().__init__()
        self.editors = editors

    def compose(self) -> ComposeResult:
        yield from self.editors
        yield Input(id="elsewhere")  # somewhere for the focus to go


async def until(pilot, condition: Callable[[], bool]) -> None:
    """Wait for `condition` (a save to land, a text to arrive), as a person waits for it."""
    for _ in range(400):
        if condition():
            return
        await asyncio.sleep(0.01)
        await pilot.pause()
    raise AssertionError("waited in vain")


def status_of(editor: EntryEditor) -> str:
    return str(editor.query_one(".editor-status").render())


def focused_editor(app) -> EntryEditor:
    focused = app.focused
    assert isinstance(focused, TextArea)
    editor = focused.parent
    assert isinstance(editor, EntryEditor)
    return editor


async def test_a_reader_kept_alive_shows_what_the_dagboek_added(private_home: Path) -> None:
    """The route of issue 11: Schrijfblok, then the Dagboek adds to that reflection, then a
    search opens it in the same reader. The reader shows the Dagboek's words and keeps them."""
    app = make_app(private_home, article_id="systemen")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        await pilot.press(*"Alfa.")
        editor = focused_editor(app)
        await until(pilot, lambda: "bewaard" in status_of(editor))
        await pilot.press("escape", "d")
        await settle(pilot)
        await pilot.press("enter")  # the only entry: that reflection
        await settle(pilot)
        await pilot.press(*" Bravo.")
        other = focused_editor(app)
        assert other is not editor
        await until(pilot, lambda: "bewaard" in status_of(other))
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("z")
        await settle(pilot)
        await pilot.press(*"alfa", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        shown = focused_editor(app)
        assert shown.text_area.text == "Alfa. Bravo."
        await pilot.press(*" Charlie.")
        await until(pilot, lambda: "bewaard" in status_of(shown))
    app.journal_link.close()
    assert [e.text for e in all_entries()] == ["Alfa. Bravo. Charlie."]


async def test_an_older_reflection_shows_what_the_dagboek_added(private_home: Path) -> None:
    """The second route of issue 11: Tab to an older reflection, the Dagboek through the
    palette adds to it, Esc Esc: the reader shows the Dagboek's words and keeps them."""
    write_entries({"text": "Oud.", "article": "systemen"})
    app = make_app(private_home, article_id="systemen")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        for _ in range(10):  # Tab, past the delete button, to the older reflection
            await pilot.press("tab")
            if isinstance(app.focused, TextArea) and app.focused.text == "Oud.":
                break
        editor = focused_editor(app)
        await pilot.press("ctrl+p", *"Dagboek")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")  # the only entry
        await settle(pilot)
        other = focused_editor(app)
        await pilot.press(*" Nieuw.")
        await until(pilot, lambda: "bewaard" in status_of(other))
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert editor.text_area.text == "Oud. Nieuw."
        editor.focus_text()
        await pilot.press("end", *" Later.")
        await until(pilot, lambda: "bewaard" in status_of(editor))
    app.journal_link.close()
    assert [e.text for e in all_entries()] == ["Oud. Nieuw. Later."]


async def open_editors(app, pilot, *editors: EntryEditor) -> None:
    await settle(pilot)  # the journal is open
    app.push_screen(EditorHost(*editors))
    await settle(pilot)
    editors[0].focus_text()
    await settle(pilot)


def note_of(editor: EntryEditor) -> str:
    note = editor.query_one(UnsavedNote)
    return str(note.render()) if note.display else ""


async def test_two_editors_of_one_entry_show_the_same_text_after_one_saves(
    private_home: Path,
) -> None:
    [entry] = write_entries({"text": "Alfa."})
    app = make_app(private_home)
    first, second = EntryEditor("reflectie", entry=entry), EntryEditor("reflectie", entry=entry)
    async with app.run_test(size=SIZE) as pilot:
        await open_editors(app, pilot, first, second)
        await pilot.press(*" Bravo.")
        await until(pilot, lambda: "bewaard" in status_of(first))
        await until(pilot, lambda: second.text_area.text == "Alfa. Bravo.")
        second.focus_text()
        await pilot.press(*" Charlie.")
        await until(pilot, lambda: first.text_area.text == "Alfa. Bravo. Charlie.")
        assert note_of(first) == note_of(second) == ""
    app.journal_link.close()
    assert [e.text for e in all_entries()] == ["Alfa. Bravo. Charlie."]


async def unsaved_words_shown(monkeypatch, pilot, app, entry) -> EntryEditor:
    """An editor of "Alfa." with " Charlie." typed and not yet saved, when "Alfa. Bravo." is
    saved elsewhere: the journal refuses its save and it shows both."""
    monkeypatch.setattr(EntryEditor, "save_delay", 60)  # only the change makes it save
    editor = EntryEditor("reflectie", entry=entry)
    await open_editors(app, pilot, editor)
    await pilot.press(*" Charlie.")
    assert editor.dirty
    app.journal_link.journal.update_entry(entry.id, text="Alfa. Bravo.", expected=entry.rev)
    await until(pilot, lambda: note_of(editor) != "")
    assert editor.text_area.text == "Alfa. Bravo."
    assert "Je had dit nog niet bewaard: Charlie." in note_of(editor)
    assert [e.text for e in app.journal_link.journal.entries()] == ["Alfa. Bravo."]
    return editor


async def test_a_refused_save_shows_the_newer_text_and_ctrl_b_adds_the_words(
    private_home: Path, monkeypatch
) -> None:
    [entry] = write_entries({"text": "Alfa."})
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        editor = await unsaved_words_shown(monkeypatch, pilot, app, entry)
        await pilot.press("ctrl+b")
        await until(pilot, lambda: "bewaard" in status_of(editor))
        assert editor.text_area.text == "Alfa. Bravo. Charlie."
        assert note_of(editor) == ""
    app.journal_link.close()
    assert [e.text for e in all_entries()] == ["Alfa. Bravo. Charlie."]


async def test_ctrl_g_puts_the_readers_own_version_back(private_home: Path, monkeypatch) -> None:
    [entry] = write_entries({"text": "Alfa."})
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        editor = await unsaved_words_shown(monkeypatch, pilot, app, entry)
        await pilot.press("ctrl+g")
        await until(pilot, lambda: "bewaard" in status_of(editor))
        assert editor.text_area.text == "Alfa. Charlie."
    app.journal_link.close()
    assert [e.text for e in all_entries()] == ["Alfa. Charlie."]


async def test_escape_leaves_the_shown_words_out_and_keeps_the_newer_text(
    private_home: Path, monkeypatch
) -> None:
    [entry] = write_entries({"text": "Alfa."})
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        editor = await unsaved_words_shown(monkeypatch, pilot, app, entry)
        await pilot.press("escape")
        await settle(pilot)
        assert note_of(editor) == "" and editor.text_area.text == "Alfa. Bravo."
        assert isinstance(app.screen, EditorHost)  # this Esc was for the words only
    assert app.journal_link.close() == []
    assert [e.text for e in all_entries()] == ["Alfa. Bravo."]


async def test_quitting_while_the_words_are_shown_adds_them(
    private_home: Path, monkeypatch
) -> None:
    [entry] = write_entries({"text": "Alfa."})
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await unsaved_words_shown(monkeypatch, pilot, app, entry)
    assert app.journal_link.close() == []
    assert [e.text for e in all_entries()] == ["Alfa. Bravo. Charlie."]


async def test_the_words_speak_english_too(private_home: Path, monkeypatch) -> None:
    [entry] = write_entries({"text": "Alfa."})
    app = make_app(private_home, language="en")
    async with app.run_test(size=SIZE) as pilot:
        monkeypatch.setattr(EntryEditor, "save_delay", 60)
        editor = EntryEditor("reflectie", entry=entry)
        await open_editors(app, pilot, editor)
        await pilot.press(*" Charlie.")
        app.journal_link.journal.update_entry(entry.id, text="Alfa. Bravo.", expected=entry.rev)
        await until(pilot, lambda: note_of(editor) != "")
        assert "You had not saved this yet: Charlie." in note_of(editor)
    app.journal_link.close()


def test_the_added_words_are_what_was_typed_in_whole_words() -> None:
    assert added_words("Alfa.", "Alfa. Charlie.") == " Charlie."
    assert added_words("Alfa.", "Charlie. Alfa.") == "Charlie. "
    assert added_words("Een twee drie.", "Een twee en een half drie.") == "en een half "
    assert added_words("Alfabet", "Alfabetten") == "Alfabetten"  # never half a word
    assert added_words("Alfa. Bravo.", "Alfa.") == "Alfa."  # only deleted: the whole text
    assert append_words("Alfa. Bravo.", " Charlie.") == "Alfa. Bravo. Charlie."
    assert append_words("Alfa. Bravo.", "Charlie.") == "Alfa. Bravo. Charlie."
    assert append_words("", " Charlie.") == "Charlie."


async def test_vandaag_shows_what_the_dagboek_added_to_todays_answer(private_home: Path) -> None:
    """A guard: Vandaag already made its editor anew on return; it must stay right."""
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w", *"Alfa.")
        editor = focused_editor(app)
        await until(pilot, lambda: "bewaard" in status_of(editor))
        await pilot.press("escape", "d")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        other = focused_editor(app)
        await pilot.press(*" Bravo.")
        await until(pilot, lambda: "bewaard" in status_of(other))
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("escape")  # the Dagboek, back to Vandaag
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        shown = focused_editor(app)
        assert shown.text_area.text == "Alfa. Bravo."
        await pilot.press(*" Charlie.")
        await until(pilot, lambda: "bewaard" in status_of(shown))
    app.journal_link.close()
    assert [e.text for e in all_entries()] == ["Alfa. Bravo. Charlie."]
