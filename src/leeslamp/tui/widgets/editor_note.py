"""The part of EntryEditor that answers a key pressed while writing with a sentence (Ctrl+L
when there are no versions to show, `screens/history.py`).

The sentence is a toast over the page, and it looks like something that popped up: a reader
presses Esc to close it. Esc in a text box means "done writing" (the screen's key: leave the
text, go back), so while the sentence is up Esc closes it instead and the cursor stays in the
text; once it is gone (its timeout), Esc is the screen's again. The footer says which.

A mixin: EntryEditor binds Esc to `close_note` (a mixin's BINDINGS are not merged).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel
    from textual.timer import Timer
    from textual.widget import Widget

    # mypy sees the widget this mixin is mixed into; at run time it is a plain class
    _MixinBase = Widget
else:
    _MixinBase = object


class EditorNote(_MixinBase):
    #: runs out when the sentence does: while it runs, Esc closes the sentence
    _note_timer: Timer | None = None

    def tell(
        self, message: str, *, severity: SeverityLevel = "information", timeout: float | None = None
    ) -> None:
        """Show `message` in a toast that the next Esc closes."""
        timeout = self.app.NOTIFICATION_TIMEOUT if timeout is None else timeout
        self.app.notify(message, severity=severity, timeout=timeout)
        if not self.is_attached:  # gone while the answer was on its way: only the sentence
            return
        if self._note_timer is not None:
            self._note_timer.stop()
        self._note_timer = self.set_timer(timeout, self._forget_note)
        self.refresh_bindings()

    def _forget_note(self) -> None:
        if self._note_timer is not None:
            self._note_timer.stop()
            self._note_timer = None
        self.refresh_bindings()

    def action_close_note(self) -> None:
        # all toasts, as a click closes one: the public way, and Esc means "away with it"
        self.app.clear_notifications()
        self._forget_note()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "close_note" and self._note_timer is None:
            return False  # Esc goes on to the screen (leave the text, back) as before
        return super().check_action(action, parameters)
