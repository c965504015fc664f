"""Vandaag's earlier answer: when the day's question was answered before (it comes back, issue
16 §4), the last earlier answer shows below today's once that is saved, or on `e`, with what
changed word by word (`core.word_diff`).

Added words are underlined, removed ones struck through (`tui.word_marks`, shared with the
versions of a text). Both texts are the reader's own, so they are shown through `tui.plain`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from leeslamp.i18n import t, tn
from leeslamp.tui.plain import plain
from leeslamp.tui.word_marks import marked

if TYPE_CHECKING:
    from leeslamp.daily.returning import EarlierAnswer
    from leeslamp.daily.today import DailyQuestion

TITLE = "bold $text-accent"
MUTED = "$text-muted"


def comparison_content(again: EarlierAnswer, text: str | None, day: date) -> Content:
    """The earlier answer; with today's `text`, what changed from the one to the other."""
    from leeslamp.core.dates import short_day

    lines = [Content.styled(t("today.again_title", date=short_day(again.answered, day)), TITLE)]
    if text is None or not text.strip():
        lines.append(Content.styled(t("today.again_before_answer"), MUTED))
        lines.append(plain(again.text.strip()))
        return Content("\n").join(lines)
    from leeslamp.core.word_diff import changed_words, word_diff

    pieces = word_diff(again.text.strip(), text.strip())
    added, removed = changed_words(pieces)
    if not added and not removed:
        lines.append(Content.styled(t("today.again_same"), MUTED))
        lines.append(plain(again.text.strip()))
        return Content("\n").join(lines)
    counts = [tn("today.again_added", added), tn("today.again_removed", removed)]
    lines.append(Content.styled(" · ".join(counts), MUTED))
    lines.append(Content.styled(t("today.again_legend"), f"italic {MUTED}"))
    lines.append(marked(pieces))
    return Content("\n").join(lines)


class EarlierAnswerPart(Static):
    """Hidden unless the question has an earlier answer and today's is saved (or `e` asked)."""

    def __init__(self) -> None:
        super().__init__(id="today-again", classes="today-part")
        self._again: EarlierAnswer | None = None
        self._day: date | None = None
        self._text: str | None = None
        #: `e` pressed: shown (True) or hidden (False) whatever the answer; None: by the answer
        self._wanted: bool | None = None

    def on_mount(self) -> None:
        self.display = False

    @property
    def available(self) -> bool:
        """Whether there is an earlier answer to show (the key is offered only then)."""
        return self._again is not None

    def set_question(self, question: DailyQuestion | None, answer: str | None) -> None:
        """Another question (or the same one read again): its earlier answer and today's."""
        again = question.again if question is not None else None
        if again != self._again:
            self._wanted = None
        self._again = again
        self._day = question.day if question is not None else None
        self._text = answer
        self.show()

    def saved(self, text: str) -> None:
        """Today's answer was saved: compare with what it says now."""
        self._text = text
        self.show()

    def toggle(self, text: str | None) -> None:
        """`e`: show the comparison with today's `text` (as typed so far), or hide it again."""
        if text is not None:
            self._text = text
        self._wanted = not self.display
        self.show()

    def show(self) -> None:
        """Draw it (again), in the current language."""
        again, day = self._again, self._day
        has_answer = self._text is not None and bool(self._text.strip())
        visible = self._wanted if self._wanted is not None else has_answer
        self.display = bool(visible) and again is not None
        if again is not None and day is not None and self.display:
            self.update(comparison_content(again, self._text, day))
