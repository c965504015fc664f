"""Ask before something goes to the trash (a note, a reflection, an answer): one dialog for the
whole app. Dismisses with True (to the trash) or False (keep)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.plain import plain


class ConfirmDeleteScreen(LocalizedBindings, ModalScreen[bool]):
    BINDINGS = localized(
        Key("j,y", "delete", "confirm.trash.yes"),
        Key("escape,n", "keep", "confirm.trash.no"),
    )

    def __init__(self, title: str, sentence: str) -> None:
        super().__init__()
        self.title_text = title
        self.sentence = sentence

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-delete", classes="dialog"):
            yield Static(plain(self.title_text), classes="dialog-title", markup=False)
            yield Static(plain(self.sentence), classes="dialog-intro", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("confirm.trash.yes"), id="delete", variant="error")
                yield Button(t("confirm.trash.no"), id="keep")

    def on_mount(self) -> None:
        # Deleting can be undone (the trash), so Enter may do it.
        self.query_one("#delete", Button).focus()

    @on(Button.Pressed, "#delete")
    def action_delete(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#keep")
    def action_keep(self) -> None:
        self.dismiss(False)
