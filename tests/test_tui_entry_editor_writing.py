"""EntryEditor, as the Schrijfblok and the Dagboek use it: leaving the screen, deleting the
entry it edits, and a read-only journal that must not turn typed letters into keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.screen import Screen

from leeslamp.core.errors import JournalWriteError
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal
from leeslamp.tui.widgets.entry_editor import EntryEditor
from test_tui_entry_editor import open_editor
from tui_factory import SIZE, make_app, settle, wait_saved


async def test_letters_typed_into_a_read_only_editor_set_off_no_keys(private_home: Path) -> None:
    """On a read-only journal, typing in the editor neither changes it nor reaches the
    screen's or the app's letter keys (d would open the Dagboek)."""
    app = make_app(private_home)
    editor = EntryEditor("reflectie")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.journal_link.close()
        app.journal_link.open(read_only=True)
        await settle(pilot)
        await open_editor(app, pilot, editor)
        host = app.screen
        await pilot.press(*"dag")
        await settle(pilot)
        assert app.screen is host
        assert editor.text_area.text == ""


async def test_another_screen_in_front_saves_at_once(private_home: Path, monkeypatch) -> None:
    """Leaving the screen without closing it (the Dagboek on top) saves, as a blur does."""
    monkeypatch.setattr(EntryEditor, "save_delay", 60)
    app = make_app(private_home)
    editor = EntryEditor("reflectie")
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot, editor)
        await pilot.press(*"Voor ik wegga")
        app.push_screen(Screen())
        await settle(pilot)
        assert [e.text for e in app.journal_link.journal.entries()] == ["Voor ik wegga"]
    app.journal_link.close()


async def test_deleting_through_the_editor_keeps_the_newest_words_in_the_trash(
    private_home: Path, monkeypatch
) -> None:
    monkeypatch.setattr(EntryEditor, "save_delay", 60)
    with Journal.open(Paths(private_home)) as journal:
        entry = journal.add_entry("reflectie", "Oud")
    app = make_app(private_home)
    editor = EntryEditor("reflectie", entry=entry)
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot, editor)
        await pilot.press("end", *" en nieuw")
        journal = app.journal_link.journal
        editor.delete_entry(journal)
        await pilot.press(*" en meer")  # the editor writes nothing more
        editor.save_now()
        await settle(pilot)
        assert journal.entries() == []
        assert [item.entry.text for item in journal.trash()] == ["Oud en nieuw"]
    assert app.journal_link.close() == []


async def test_a_failed_delete_leaves_the_editor_saving(private_home: Path, monkeypatch) -> None:
    with Journal.open(Paths(private_home)) as journal:
        entry = journal.add_entry("reflectie", "Blijft")
    app = make_app(private_home)
    editor = EntryEditor("reflectie", entry=entry)
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot, editor)
        journal = app.journal_link.journal

        def disk_full(*args, **kwargs):
            raise JournalWriteError("journal.disk_full", path=private_home)

        monkeypatch.setattr(journal, "delete_entry", disk_full)
        with pytest.raises(JournalWriteError):
            editor.delete_entry(journal)
        await pilot.press("end", *" en groeit")
        await wait_saved(pilot)
        await settle(pilot)
        assert [e.text for e in journal.entries()] == ["Blijft en groeit"]
    app.journal_link.close()
