"""A writing timer of your own length (the ochtend mode's Ctrl+N): one field for the minutes,
Enter starts it, Escape leaves the timer as it was. A length out of range gets a sentence and
the field stays, with what was typed in it."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from leeslamp.daily.writing_timer import LONGEST, SHORTEST, own_minutes
from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.plain import plain


class MinutesScreen(LocalizedBindings, ModalScreen["int | None"]):
    HELP_NAME = "help.screen.minutes"
    BINDINGS = localized(Key("escape", "cancel", "tui.key.close"))

    def compose(self) -> ComposeResult:
        with Vertical(id="minutes-dialog", classes="dialog"):
            yield Static(t("morning.minutes_title"), classes="dialog-title")
            yield Input(
                placeholder=t("morning.minutes_placeholder", shortest=SHORTEST, longest=LONGEST),
                restrict=r"[0-9]*",
                max_length=3,
                id="minutes-input",
            )
            yield Static("", id="minutes-said", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#minutes-input", Input).focus()

    @on(Input.Submitted, "#minutes-input")
    def _submitted(self, event: Input.Submitted) -> None:
        minutes = own_minutes(event.value)
        if minutes is None:
            said = t(
                "morning.minutes_refused", value=event.value, shortest=SHORTEST, longest=LONGEST
            )
            self.query_one("#minutes-said", Static).update(plain(said))
            return
        self.dismiss(minutes)

    def action_cancel(self) -> None:
        self.dismiss(None)
