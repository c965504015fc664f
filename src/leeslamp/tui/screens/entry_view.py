"""An entry to read, on its own: for entries without an article (a daily answer, say), opened
from a search result. (When the Dagboek screen lands, that is the better place to open them.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.screens.search import when_written

if TYPE_CHECKING:
    from leeslamp.journal import Entry


class EntryScreen(LocalizedBindings, ModalScreen[None]):
    """An entry without an article (a daily answer, say), to read."""

    BINDINGS = localized(Key("escape", "dismiss", "tui.key.close"))

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry

    def compose(self) -> ComposeResult:
        from leeslamp.search import text_of

        entry = self.entry
        with Vertical(id="entry-view", classes="dialog"):
            yield Static(
                f"{t(f'entrykind.{entry.kind}')} · {when_written(entry)}",
                classes="dialog-title",
                markup=False,
            )
            yield Static(f"Esc  {t('tui.key.close')}", classes="dialog-hint")
            question = text_of(entry.prompt) or text_of((entry.assignment or {}).get("prompt"))
            if question:
                yield Static(question, classes="dialog-intro entry-question", markup=False)
            with VerticalScroll(id="entry-text"):
                yield Static(entry.text, markup=False)
            if entry.tags:
                yield Static(" ".join(f"#{tag}" for tag in entry.tags), classes="dialog-hint")
