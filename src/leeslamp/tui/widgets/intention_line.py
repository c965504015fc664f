"""The ochtend mode's last line: the day's intention, one line, optional.

An EntryEditor like any other (it saves itself, never loses a word, and makes no entry while it
is empty), writing a private `voornemen` entry; Enter does not start a second line but says
"klaar", so the screen can go back to Vandaag.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.message import Message
from textual.widgets import TextArea

from leeslamp.tui.widgets.entry_editor import EntryEditor


class OneLineArea(TextArea):
    """A text area whose Enter means "done" instead of a new line."""

    class Done(Message):
        """Enter was pressed: the line is finished."""

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.Done())
            return
        await super()._on_key(event)


class IntentionLine(EntryEditor):
    """Today's intention: `kind` "voornemen" and its question as `prompt` (see
    `daily.intentions.entry_fields`), or the intention written earlier today as `entry`."""

    area_class: ClassVar[type[TextArea]] = OneLineArea
