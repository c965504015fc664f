"""Another leeslamp has the journal open: go on read-only, or stop. Dismisses with True/False."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.plain import plain


class JournalLockedScreen(LocalizedBindings, ModalScreen[bool]):
    BINDINGS = localized(
        Key("r", "read_only", "tui.journal.read_only_button"),
        Key("escape,q", "stop", "tui.journal.quit_button"),
    )

    def __init__(self, sentence: str) -> None:
        super().__init__()
        self.sentence = sentence

    def compose(self) -> ComposeResult:
        with Vertical(id="journal-locked", classes="dialog"):
            yield Static(t("tui.journal.locked_title"), classes="dialog-title")
            yield Static(plain(self.sentence), markup=False, classes="dialog-intro")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("tui.journal.read_only_button"), id="read-only", variant="primary")
                yield Button(t("tui.journal.quit_button"), id="stop")

    def on_mount(self) -> None:
        self.query_one("#read-only", Button).focus()

    @on(Button.Pressed, "#read-only")
    def action_read_only(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#stop")
    def action_stop(self) -> None:
        self.dismiss(False)
