"""Vandaag's answer box: today's answer in an `EntryEditor`, so an answer is edited all day
rather than added again. Until the journal is read it holds a quiet line; then the editor,
with today's answer if there is one. A coach's question shows its label above it (in the
question part), before this box exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Vertical
from textual.widgets import Static

from leeslamp.daily.today import answer_fields
from leeslamp.i18n import t
from leeslamp.tui.services import AppServices

if TYPE_CHECKING:
    from leeslamp.daily.today import DailyQuestion
    from leeslamp.journal import Entry
    from leeslamp.tui.widgets.entry_editor import EntryEditor


class AnswerBox(Vertical):
    services = AppServices()

    def __init__(self) -> None:
        super().__init__(id="answer-box")
        self.editor: EntryEditor | None = None

    def wait(self) -> None:
        """No editor while the day's answer is being read: a quiet line says so."""
        if self.editor is not None:
            self.editor.remove()  # saves what it holds as it goes
            self.editor = None
        self.remove_children()
        self.mount(Static(t("today.answer_waiting"), classes="quiet"))

    async def hold(self, question: DailyQuestion, answer: Entry | None, language: str) -> None:
        """An editor for `question`'s answer: `answer` (None: not written yet)."""
        if self.editor is not None:
            await self.editor.remove()
        await self.remove_children()
        from leeslamp.assignments.places import TODAY
        from leeslamp.tui.widgets.entry_editor import EntryEditor  # TextArea: after first paint

        kind, fields = answer_fields(question, language, written_in=TODAY)
        self.editor = EntryEditor(kind, entry=answer, placeholder=self.placeholder(), **fields)
        await self.mount(self.editor)

    def placeholder(self) -> str:
        """What the empty answer box says: where to write, or (read-only) that you can't."""
        link = self.services.journal_link
        if link.journal is not None and link.journal.read_only:
            return link.read_only_note("today.answer_read_only")
        return t("today.answer_placeholder")

    def relabel(self) -> None:
        if self.editor is not None:
            self.editor.set_placeholder(self.placeholder())
