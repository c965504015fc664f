"""Vandaag's side column: where you were reading, the coach's assignment (only while there is
one) and your rhythm. Beside the question when the screen is wide, below it when not. What the
parts say comes from `tui.today_text`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Vertical
from textual.widgets import Static

from leeslamp.tui.today_text import assignment_content, continue_content, rhythm_content

if TYPE_CHECKING:
    from datetime import date

    from textual.app import ComposeResult

    from leeslamp.daily.today_view import TodayView
    from leeslamp.tui.today_text import Titles


class TodaySide(Vertical):
    def __init__(self) -> None:
        super().__init__(id="today-side")

    def compose(self) -> ComposeResult:
        yield Static(id="today-continue", classes="today-part")
        yield Static(id="today-assignment", classes="today-part")
        yield Static(id="today-rhythm", classes="today-part")

    def on_mount(self) -> None:
        self.query_one("#today-assignment").display = False

    def show(self, view: TodayView, day: date, titles: Titles) -> None:
        self.query_one("#today-continue", Static).update(
            continue_content(view.reading, view.read_before, titles)
        )
        self.query_one("#today-rhythm", Static).update(rhythm_content(view.calendar, day))
        assignment = assignment_content(view.assignments, day, titles)
        part = self.query_one("#today-assignment", Static)
        part.display = assignment is not None
        if assignment is not None:
            part.update(assignment)
