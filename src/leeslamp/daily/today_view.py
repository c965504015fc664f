"""Everything the Vandaag screen shows from the journal, read in one go (in a thread worker).

No Textual here: the screen calls `load_view()` off the UI thread and only draws the result.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from leeslamp.daily.bank import Prompt
from leeslamp.daily.intentions import Intentions, intentions
from leeslamp.daily.rhythm import Calendar, Memory, calendar, look_back
from leeslamp.daily.today import (
    DailyQuestion,
    answers_to,
    chosen_question,
    open_assignment_questions,
    question_that_returns,
    todays_answer,
    with_earlier_answer,
)
from leeslamp.daily.today_scan import shown_entries, tally

if TYPE_CHECKING:
    from leeslamp.assignments import AssignmentQuestion, AssignmentStatus
    from leeslamp.daily.path_place import PathStep
    from leeslamp.journal import Entry, Journal, ReadingState


@dataclass(frozen=True)
class QuestionView:
    """Today's question with what belongs to it: today's answer and earlier ones to look back on."""

    question: DailyQuestion
    answer: Entry | None
    memories: tuple[Memory, ...]


@dataclass(frozen=True)
class TodayView:
    today: QuestionView
    #: the prompt id the journal holds as the day's choice (None: none chosen yet)
    stored_choice: str | None
    open_questions: tuple[AssignmentQuestion, ...]
    #: the article to go on with (the last opened one not read to the end), if any
    reading: ReadingState | None
    #: whether any article was opened before (else "continue reading" has nothing to say)
    read_before: bool
    #: the days you wrote in the last weeks, the gentle rhythm
    calendar: Calendar
    #: open assignments, those with questions still to answer and the nearest deadline first
    assignments: tuple[AssignmentStatus, ...]
    #: today's morning intention, and yesterday's to say how it went
    intentions: Intentions | None = None
    #: the bank questions ever answered: "Een andere vraag" offers the others first
    answered: frozenset[str] = frozenset()
    #: the day's step of the learning path the reader follows: "Een andere vraag" keeps it
    #: in the day's order
    path_step: PathStep | None = None


def load_view(
    journal: Journal, day: date, bank: Sequence[Prompt], articles: Container[str]
) -> TodayView:
    """Read what Vandaag shows for `day`. `articles`: the ids in the library (a reading
    position or a question for an article that is gone is not offered)."""
    from leeslamp.assignments import assignment_statuses, current_choice

    statuses = assignment_statuses(journal)
    open_questions = tuple(open_assignment_questions(journal, day))
    known = [q for status in statuses for q in status.questions()]
    choice = journal.day_choice(day)
    # Two passes over the journal, not a list of every entry (today_scan.py).
    seen = tally(journal, day)
    step = seen.path_step
    returning = question_that_returns(day, bank, seen.answer_days)
    # a question of a version replaced since it was chosen: the same one of the current version
    current = current_choice(statuses, choice)
    question = chosen_question(
        day, bank, open_questions, current, known, path_step=step, returning=returning
    )
    entries = shown_entries(journal, question, day)
    return TodayView(
        today=question_view(entries, question),
        stored_choice=choice,
        open_questions=open_questions,
        reading=_reading(journal, articles),
        read_before=bool(journal.recent_reading(limit=1)),
        calendar=calendar(seen.words, day),
        assignments=_open_assignments(statuses, day),
        intentions=intentions(entries, day, bank),
        answered=seen.answered,
        path_step=step,
    )


def read_question_view(journal: Journal, question: DailyQuestion) -> QuestionView:
    """`question_view` from the journal, holding only the entries it needs."""
    return question_view(shown_entries(journal, question, question.day), question)


def question_view(entries: Sequence[Entry], question: DailyQuestion) -> QuestionView:
    """Today's answer to `question`, its earlier answer and what to look back on, from all
    `entries` (or those `today_scan.shown_entries` keeps)."""
    question = with_earlier_answer(question, entries)
    return QuestionView(
        question,
        todays_answer(entries, question),
        tuple(look_back(entries, question.day, answers_to(entries, question))),
    )


def _reading(journal: Journal, articles: Container[str]) -> ReadingState | None:
    from leeslamp.journal.journal import FINISHED_AT

    for state in journal.recent_reading(limit=10):
        # by progress, not `finished`: an article read to the end once may be read again
        if state.article in articles and state.progress < FINISHED_AT:
            return state
    return None


def _open_assignments(
    statuses: Sequence[AssignmentStatus], day: date
) -> tuple[AssignmentStatus, ...]:
    open_ones = [(order, s) for order, s in enumerate(statuses) if s.is_open(day)]
    open_ones.sort(
        key=lambda item: (
            item[1].answered >= item[1].total,
            item[1].assignment.deadline or date.max,
            item[0],
        )
    )
    return tuple(status for _order, status in open_ones)


def days_left(status: AssignmentStatus, day: date) -> int | None:
    deadline = status.assignment.deadline
    return None if deadline is None else (deadline - day).days


def first_open_question(status: AssignmentStatus) -> AssignmentQuestion | None:
    """The first question still to answer (the first question, when all are answered)."""
    questions = status.questions()
    for question in questions:
        if question.answer is None:
            return question
    return questions[0] if questions else None
