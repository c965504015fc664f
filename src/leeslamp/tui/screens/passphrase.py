"""The question for a locked journal's passphrase, before the journal opens (journal/crypt.py).

A hidden Input; Enter tries it, off the UI thread (scrypt takes a moment). Three tries: after
the third wrong one the dialog dismisses with False, on Escape with None, and the app stops
with a sentence, leaving every file as it was. True: the key is open in this process.
"""

from __future__ import annotations

from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.plain import plain

TRIES = 3


class PassphraseScreen(LocalizedBindings, ModalScreen[bool | None]):
    BINDINGS = localized(Key("escape", "give_up", "lock.key_give_up"))

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.tries_left = TRIES

    def compose(self) -> ComposeResult:
        with Vertical(id="passphrase", classes="dialog"):
            yield Static(plain(t("lock.modal_title")), classes="dialog-title", markup=False)
            yield Static(plain(t("lock.modal_prompt")), classes="dialog-intro", markup=False)
            yield Input(
                password=True, placeholder=t("lock.modal_placeholder"), id="passphrase-input"
            )
            yield Static("", id="passphrase-note", classes="dialog-hint", markup=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        if not event.value:
            return
        event.input.disabled = True
        self._try(event.value)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _try(self, passphrase: str) -> None:
        from leeslamp.journal import crypt

        try:
            crypt.open_key(self.folder, passphrase)
        except crypt.WrongPassphrase:
            self.app.call_from_thread(self._wrong)
            return
        self.app.call_from_thread(self.dismiss, True)

    def _wrong(self) -> None:
        self.tries_left -= 1
        if self.tries_left <= 0:
            self.dismiss(False)
            return
        key = "lock.modal_wrong.one" if self.tries_left == 1 else "lock.modal_wrong"
        self.query_one("#passphrase-note", Static).update(plain(t(key, left=self.tries_left)))
        field = self.query_one(Input)
        field.value = ""
        field.disabled = False
        field.focus()

    def action_give_up(self) -> None:
        self.dismiss(None)
