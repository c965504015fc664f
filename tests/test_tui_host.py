"""A widget needs only the services, not the leeslamp App: the entry editor in a small host app."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Input

from leeslamp.core.context import Context
from leeslamp.tui.journal_link import JournalLink
from leeslamp.tui.messages import JournalChanged
from leeslamp.tui.services import Services
from leeslamp.tui.widgets.entry_editor import EntryEditor


class Host(App[None]):
    """Any App with `services` can hold leeslamp's widgets."""

    def __init__(self, context: Context) -> None:
        super().__init__()
        self.services = Services(context, JournalLink(self, context))

    def compose(self) -> ComposeResult:
        yield EntryEditor("reflectie", article="teams-leren")
        yield Input(id="elsewhere")  # somewhere for the focus to go

    def on_mount(self) -> None:
        self.services.journal_link.open()

    def on_journal_changed(self, message: JournalChanged) -> None:
        self.services.journal_link.publish(message.entry)


async def test_an_entry_editor_in_a_host_app_saves_to_the_journal(private_home: Path) -> None:
    app = Host(Context.create(data_dir=private_home))
    link = app.services.journal_link
    async with app.run_test() as pilot:
        await app.workers.wait_for_complete()  # the journal is open
        app.query_one(EntryEditor).focus_text()
        await pilot.press(*"Thuis")
        await pilot.press("tab")  # leaving the field saves at once
        await app.workers.wait_for_complete()
        assert link.journal is not None
        [entry] = link.journal.entries()
        assert (entry.kind, entry.article, entry.text) == ("reflectie", "teams-leren", "Thuis")
    link.close()
