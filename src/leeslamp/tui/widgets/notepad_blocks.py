"""The pieces of the Schrijfblok: a reflection, an assignment with its questions, an answer.

Each block holds one EntryEditor and remembers the entry as it last matched the journal, and
when (`settled`). A reload of the panel replaces a block only when the journal's version differs
from the block's, was read after the block last settled, and the block is not being written in:
so a slow read can never put older text over what is on screen.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import date
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static, TextArea

from leeslamp.assignments import Assignment, AssignmentQuestion
from leeslamp.assignments.places import READER, coach_label
from leeslamp.i18n import t
from leeslamp.journal import Entry
from leeslamp.tui.describe import nice_date
from leeslamp.tui.entry_labels import moment
from leeslamp.tui.plain import plain
from leeslamp.tui.widgets.entry_editor import EntryEditor


class Hanging(Horizontal):
    """A marker ('•', '2.') and a text that wraps beside it, not under it."""

    def __init__(self, marker: str, text: str) -> None:
        super().__init__(classes="hanging")
        self.marker = marker
        self.text = text

    def compose(self) -> ComposeResult:
        yield Static(self.marker, classes="hanging-marker", markup=False)
        yield Static(plain(self.text), classes="hanging-text", markup=False)


class EntryBlock(Vertical):
    """One entry in the panel: something to say what it is, and its editor."""

    def __init__(self, editor: EntryEditor, entry: Entry | None, classes: str) -> None:
        super().__init__(classes=classes)
        self.editor = editor
        self.entry = entry
        self.settled = time.monotonic()

    @property
    def entry_id(self) -> str | None:
        return self.editor.entry_id

    def may_replace(self, loaded_at: float) -> bool:
        """Whether journal data read at `loaded_at` may replace this block."""
        return loaded_at > self.settled and not self.editor.dirty and not self.has_focus_within

    def outdated_by(self, entry: Entry | None, loaded_at: float) -> bool:
        """The journal has another version of this entry (changed or gone elsewhere)."""
        if not self.may_replace(loaded_at):
            return False
        if entry is None:
            return self.entry_id is not None
        # read after this block last saved, with nothing unsaved in it: a difference in the
        # text can only come from elsewhere (the Dagboek)
        return entry.id != self.entry_id or entry.text != self.editor.text

    def saved(self, entry: Entry) -> None:
        self.entry = entry
        self.settled = time.monotonic()
        self.relabel()

    def relabel(self) -> None:
        pass

    async def retire(self) -> None:
        """This block goes: its editor writes nothing more (the journal has newer text)."""
        self.editor.forget()
        await self.remove()


class ReflectionBlock(EntryBlock):
    """A reflection: when it was written (or 'Nieuwe reflectie'), a delete button, the text."""

    def __init__(self, article_id: str, entry: Entry | None = None) -> None:
        editor = EntryEditor(
            "reflectie",
            entry=entry,
            article=article_id,
            placeholder=t("notepad.new_placeholder"),
        )
        super().__init__(editor, entry, classes="reflection")

    def compose(self) -> ComposeResult:
        with Horizontal(classes="entry-head"):
            yield Static(classes="entry-when")
            yield Button("", compact=True, classes="entry-delete")
        yield self.editor

    def on_mount(self) -> None:
        self.relabel()

    def relabel(self) -> None:
        if not self.query(".entry-when"):
            return  # not composed yet: on_mount does it
        when = moment(self.entry.created) if self.entry else t("notepad.new")
        self.query_one(".entry-when", Static).update(when)
        button = self.query_one(".entry-delete", Button)
        button.label = t("notepad.delete")
        button.display = self.entry_id is not None
        self.set_class(self.entry_id is not None, "-saved")
        self.editor.text_area.placeholder = t("notepad.new_placeholder")


class AnswerBlock(EntryBlock):
    """One question of a coach's assignment and the reader's answer to it."""

    def __init__(self, question: AssignmentQuestion) -> None:
        self.number = question.question.number
        self.text = question.question.text
        entry = question.editable  # an emptied answer too: typing again fills that entry
        fields: dict[str, Any] = {}  # EntryEditor's **fields
        if entry is None:
            # what `assignments.answer_question` would store, written by the editor instead
            fields = {
                "article": question.question.article,
                "assignment": {
                    "id": question.assignment.id,
                    "prompt": question.question.text,
                    "question": question.question.number,
                    "written_in": READER,  # for the answer file's preview
                },
            }
        editor = EntryEditor(
            "antwoord",
            entry=entry,
            placeholder=t("notepad.answer_placeholder"),
            **fields,
        )
        super().__init__(editor, entry, classes="answer")

    def compose(self) -> ComposeResult:
        yield Hanging(f"{self.number}.", self.text)
        yield self.editor

    def relabel(self) -> None:
        if self.editor.query(TextArea):
            self.editor.text_area.placeholder = t("notepad.answer_placeholder")


class AssignmentGroup(Vertical):
    """A coach's assignment: its title and progress, then its questions about this article."""

    def __init__(self, assignment: Assignment) -> None:
        super().__init__(classes="assignment")
        self.assignment = assignment
        self.answered = 0
        self.total = len(assignment.questions)

    def compose(self) -> ComposeResult:
        yield Static(classes="assignment-head", markup=False)
        yield Static(classes="assignment-about", markup=False)
        # before the questions and their boxes: what is written there goes to the coach
        yield Static(classes="assignment-coach", markup=False)

    def on_mount(self) -> None:
        self.relabel()

    def relabel(self) -> None:
        if not self.query(".assignment-head"):
            return  # not composed yet: on_mount does it
        assignment = self.assignment
        self.query_one(".assignment-head", Static).update(
            plain(t("notepad.assignment", title=assignment.title))
        )
        who_when = []
        if assignment.coach:
            who_when.append(t("notepad.coach", coach=assignment.coach))
        if assignment.deadline is not None:
            who_when.append(t("notepad.deadline", date=_day(assignment.deadline)))
        lines = [t("notepad.progress", answered=self.answered, total=self.total)]
        if who_when:
            lines.append(" · ".join(who_when))
        self.query_one(".assignment-about", Static).update(plain("\n".join(lines)))
        many = len(self.query_children(AnswerBlock)) != 1
        coach = plain(coach_label(assignment.coach, many=many))
        self.query_one(".assignment-coach", Static).update(coach)
        for block in self.query_children(AnswerBlock):
            block.relabel()

    async def show(
        self, questions: Iterable[AssignmentQuestion], progress: tuple[int, int], loaded_at: float
    ) -> None:
        """Bring the questions and progress up to date with what the journal holds."""
        self.answered, self.total = progress
        blocks = {block.number: block for block in self.query_children(AnswerBlock)}
        for question in questions:
            block = blocks.get(question.question.number)
            if block is None:
                await self.mount(AnswerBlock(question))
            elif block.outdated_by(question.editable, loaded_at):
                await self.mount(AnswerBlock(question), after=block)
                await block.retire()
        self.relabel()


def _day(day: date) -> str:
    return nice_date(day.isoformat())
