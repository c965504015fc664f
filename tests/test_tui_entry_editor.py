"""EntryEditor: what you type ends up in the journal, whatever happens next."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Input

from leeslamp.core.errors import JournalWriteError
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal
from leeslamp.tui.widgets.entry_editor import EntryEditor
from tui_factory import SIZE, make_app, settle, shown_text, wait_for, wait_saved


class EditorHost(Screen[None]):
    def __init__(self, editor: EntryEditor) -> None:
        super().__init__()
        self.editor = editor

    def compose(self) -> ComposeResult:
        yield self.editor
        yield Input(id="elsewhere")  # somewhere for the focus to go


def saved_texts(home: Path) -> list[str]:
    with Journal.open(Paths(home), read_only=True) as journal:
        return [entry.text for entry in journal.entries()]


async def open_editor(app, pilot, editor: EntryEditor) -> None:
    await settle(pilot)  # the journal is open
    app.push_screen(EditorHost(editor))
    await pilot.pause()
    editor.focus_text()


async def test_text_is_saved_after_typing_stops(private_home: Path) -> None:
    app = make_app(private_home)
    editor = EntryEditor("reflectie", article="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot, editor)
        await pilot.press(*"Een gedachte")
        await wait_saved(pilot)
        await settle(pilot)
        assert "bewaard" in shown_text(app)
        [entry] = app.journal_link.journal.entries()
        assert (entry.kind, entry.article, entry.text) == (
            "reflectie",
            "teams-leren",
            "Een gedachte",
        )
        await pilot.press(*" en meer")
        await wait_saved(pilot)
        await settle(pilot)
        [entry] = app.journal_link.journal.entries()  # updated, not a second entry
        assert entry.text == "Een gedachte en meer"
    app.journal_link.close()


async def test_leaving_the_field_saves_at_once(private_home: Path, monkeypatch) -> None:
    monkeypatch.setattr(EntryEditor, "save_delay", 60)
    app = make_app(private_home)
    editor = EntryEditor("reflectie")
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot, editor)
        await pilot.press(*"Snel weg")
        await pilot.press("tab")  # focus leaves the text
        await settle(pilot)
        assert [e.text for e in app.journal_link.journal.entries()] == ["Snel weg"]
    app.journal_link.close()


async def test_text_typed_just_before_quitting_is_saved(private_home: Path, monkeypatch) -> None:
    monkeypatch.setattr(EntryEditor, "save_delay", 60)
    app = make_app(private_home)
    editor = EntryEditor("dagvraag", prompt={"id": "p", "text": "Vraag?"})
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot, editor)
        await pilot.press(*"Laatste woorden")
    # run_app closes the link after the app has ended: the text goes in then
    assert app.journal_link.close() == []
    assert saved_texts(private_home) == ["Laatste woorden"]


async def test_failed_save_keeps_the_text_says_why_and_tries_again(
    private_home: Path, monkeypatch
) -> None:
    app = make_app(private_home)
    editor = EntryEditor("reflectie")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        journal = app.journal_link.journal
        real_add = journal.add_entry
        full = JournalWriteError("journal.disk_full", path=private_home / "journal.log")

        def disk_full(*args, **kwargs):
            raise full

        monkeypatch.setattr(journal, "add_entry", disk_full)
        monkeypatch.setattr(EntryEditor, "retry_delay", 0.05)  # tried again, soon
        await open_editor(app, pilot, editor)
        await pilot.press(*"Niet verliezen")
        await wait_for(pilot, lambda: "schijf is vol" in shown_text(app))
        assert editor.text_area.text == "Niet verliezen"
        assert journal.entries() == []
        monkeypatch.setattr(journal, "add_entry", real_add)  # space again
        await wait_for(pilot, lambda: [e.text for e in journal.entries()] == ["Niet verliezen"])
    app.journal_link.close()


async def test_text_that_cannot_be_saved_at_quit_is_handed_back(
    private_home: Path, monkeypatch
) -> None:
    monkeypatch.setattr(EntryEditor, "save_delay", 60)
    app = make_app(private_home)
    editor = EntryEditor("reflectie")
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot, editor)
        await pilot.press(*"Gered")

        def disk_full(*args, **kwargs):
            raise JournalWriteError("journal.disk_full", path=private_home)

        monkeypatch.setattr(app.journal_link.journal, "add_entry", disk_full)
    [(text, error)] = app.journal_link.close()
    assert text == "Gered" and "schijf is vol" in error.sentence()


async def test_editing_an_existing_entry_updates_it(private_home: Path) -> None:
    with Journal.open(Paths(private_home)) as journal:
        entry = journal.add_entry("reflectie", "Oud", article="teams-leren")
    app = make_app(private_home)
    editor = EntryEditor("reflectie", entry=entry)
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot, editor)
        await pilot.press("end", *" en nieuw")
        await wait_saved(pilot)
        await settle(pilot)
    app.journal_link.close()
    assert saved_texts(private_home) == ["Oud en nieuw"]


async def test_read_only_journal_makes_a_read_only_editor(private_home: Path) -> None:
    app = make_app(private_home)
    editor = EntryEditor("reflectie")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.journal_link.close()
        app.journal_link.open(read_only=True)
        await settle(pilot)
        await open_editor(app, pilot, editor)
        await pilot.press(*"abc")
        await wait_saved(pilot)
        assert editor.text_area.read_only
        assert "alleen-lezen" in shown_text(app)


async def test_create_empty_makes_the_entry_without_typing(private_home: Path) -> None:
    """An aandacht note without words is a highlight: leaving the field creates it anyway."""
    app = make_app(private_home)
    editor = EntryEditor("aandacht", create_empty=True, article="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot, editor)
        await pilot.press("tab")  # focus leaves the text, nothing typed
        await settle(pilot)
    app.journal_link.close()
    with Journal.open(Paths(private_home), read_only=True) as journal:
        [entry] = journal.entries()
    assert (entry.kind, entry.article, entry.text) == ("aandacht", "teams-leren", "")


async def test_create_empty_makes_the_entry_when_quitting_at_once(private_home: Path) -> None:
    app = make_app(private_home)
    editor = EntryEditor("aandacht", create_empty=True, article="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await open_editor(app, pilot, editor)
    assert app.journal_link.close() == []
    assert saved_texts(private_home) == [""]
