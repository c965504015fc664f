"""The one yes/no dialog of the app: a title, a sentence, two buttons, and a key or two for each.

Used to ask before something goes to the trash (`trash_choice`) and, when another leeslamp has
the journal, whether to go on read-only or stop (`journal_locked_choice`). Dismisses with True
(yes) or False (no).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.plain import plain


@dataclass(frozen=True)
class Option:
    """One answer: its keys, its button's i18n label, the button's id and variant."""

    keys: str
    label: str
    button_id: str
    variant: Literal["default", "primary", "success", "warning", "error"] = "default"


class ChoiceScreen(LocalizedBindings, ModalScreen[bool]):
    def __init__(
        self, title: str, sentence: str, yes: Option, no: Option, *, dialog_id: str
    ) -> None:
        super().__init__()
        self.title_text = title
        self.sentence = sentence
        self.yes = yes
        self.no = no
        self.dialog_id = dialog_id
        #: this dialog's keys; an instance attribute, so the help screen lists these (mypy
        #: objects to shadowing the ClassVar on an instance, which is the point here)
        self.BINDINGS = localized(  # type: ignore[misc]
            Key(yes.keys, "yes", yes.label), Key(no.keys, "no", no.label)
        )
        # Textual reads BINDINGS from the class; each dialog has its own keys, so they are
        # added to the map Textual made for this instance (no public API for that yet).
        for binding in Binding.make_bindings(self.BINDINGS):
            self._bindings._add_binding(binding)

    def compose(self) -> ComposeResult:
        with Vertical(id=self.dialog_id, classes="dialog"):
            yield Static(plain(self.title_text), classes="dialog-title", markup=False)
            yield Static(plain(self.sentence), classes="dialog-intro", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(t(self.yes.label), id=self.yes.button_id, variant=self.yes.variant)
                yield Button(t(self.no.label), id=self.no.button_id, variant=self.no.variant)

    def on_mount(self) -> None:
        # Yes is what both questions expect (deleting can be undone, read-only loses nothing),
        # so Enter may do it.
        self.query_one(f"#{self.yes.button_id}", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == self.yes.button_id)

    def action_yes(self) -> None:
        self.dismiss(True)

    def action_no(self) -> None:
        self.dismiss(False)


def trash_choice(title: str, sentence: str) -> ChoiceScreen:
    """'Weggooien?': True moves it to the trash, False keeps it."""
    return ChoiceScreen(
        title,
        sentence,
        Option("j,y", "confirm.trash.yes", "delete", "error"),
        Option("escape,n", "confirm.trash.no", "keep"),
        dialog_id="confirm-delete",
    )


def journal_locked_choice(sentence: str) -> ChoiceScreen:
    """Another leeslamp has the journal open: True goes on read-only, False stops."""
    return ChoiceScreen(
        t("tui.journal.locked_title"),
        sentence,
        Option("r", "tui.journal.read_only_button", "read-only", "primary"),
        Option("escape,q", "tui.journal.quit_button", "stop"),
        dialog_id="journal-locked",
    )
