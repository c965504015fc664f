"""'Weggooien?' A small question before an entry goes to the trash. Dismisses with True/False.

(The aandacht branch has the same dialog as `confirm_delete.ConfirmDeleteScreen(title,
sentence)`; this one takes the same arguments, so the two can become one.)
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, localized


class ConfirmTrashScreen(LocalizedBindings, ModalScreen[bool]):
    BINDINGS = localized(
        Key("j,y", "delete", "dagboek.confirm.yes"),
        Key("escape,n", "keep", "dagboek.confirm.no"),
    )

    def __init__(self, title: str, sentence: str) -> None:
        super().__init__()
        self.title_text = title
        self.sentence = sentence

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-trash", classes="dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Static(self.sentence, classes="dialog-intro", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("dagboek.confirm.yes"), id="delete", variant="error")
                yield Button(t("dagboek.confirm.no"), id="keep")

    def on_mount(self) -> None:
        # Deleting can be undone (the trash), so Enter may do it.
        self.query_one("#delete", Button).focus()

    @on(Button.Pressed, "#delete")
    def action_delete(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#keep")
    def action_keep(self) -> None:
        self.dismiss(False)
