"""'Weggooien?' A small question before an entry goes to the trash. Dismisses with True/False."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, localized


class ConfirmDeleteScreen(LocalizedBindings, ModalScreen[bool]):
    BINDINGS = localized(
        Key("j,y", "delete", "dagboek.confirm.yes"),
        Key("escape,n", "keep", "dagboek.confirm.no"),
    )

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-delete", classes="dialog"):
            yield Static(t("dagboek.confirm.title"), classes="dialog-title")
            yield Static(t("dagboek.confirm.text"), classes="dialog-intro")
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("dagboek.confirm.yes"), id="delete", variant="error")
                yield Button(t("dagboek.confirm.no"), id="keep")

    def on_mount(self) -> None:
        self.query_one("#delete", Button).focus()

    @on(Button.Pressed, "#delete")
    def action_delete(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#keep")
    def action_keep(self) -> None:
        self.dismiss(False)
