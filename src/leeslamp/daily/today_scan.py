"""What Vandaag needs of the whole journal, read without holding an Entry for every entry.

A list of every entry costs the app some 15 MiB at 50k entries, and Vandaag's read was the
app's high-water mark. So the journal is read in two passes (`Journal.select`), each entry
looked at once and let go unless kept:

1. `tally`: what needs every entry, as running totals: the words per day (the calendar), the
   bank questions ever answered ("Een andere vraag") and the days each was answered (a question
   that comes back); kept are only the answers to the steps of the path the reader follows.
2. `shown_entries`, once the day's question is known: the few entries Vandaag shows: the answers
   to that question, the entries of the days terugblik looks at, and the intentions of the day
   and the day before.

The functions that take entries (today.py, rhythm.py, intentions.py, path_progress.py) give
the same on those few, in the journal's order, as on all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from leeslamp.daily import intentions
from leeslamp.daily.path_progress import followed_path, progress
from leeslamp.daily.rhythm import add_words, look_back_days, written_on
from leeslamp.daily.today import add_answer_day, answered_prompt, answers

if TYPE_CHECKING:
    from leeslamp.daily.path_place import PathStep
    from leeslamp.daily.today import DailyQuestion
    from leeslamp.journal import Entry, Journal


@dataclass(frozen=True)
class Tally:
    #: words written per day (`rhythm.words_by_day`)
    words: dict[date, int]
    #: the bank questions ever answered (`today.answered_prompts`)
    answered: frozenset[str]
    #: per bank question, the days it was answered (`today.answer_days`)
    answer_days: dict[str, list[date]]
    #: the day's step of the path the reader follows (`path_progress.path_step_for_day`)
    path_step: PathStep | None


def tally(journal: Journal, day: date) -> Tally:
    """The first pass: see the module's text."""
    words: dict[date, int] = {}
    answered: set[str] = set()
    days: dict[str, list[date]] = {}
    followed = followed_path(journal)
    step_ids = frozenset(step.id for step in followed[0].steps) if followed else frozenset()

    def visit(entry: Entry) -> bool:
        add_words(words, entry)
        prompt_id = answered_prompt(entry)
        if prompt_id is not None:
            answered.add(prompt_id)
        add_answer_day(days, entry)
        # what `progress` counts; no path followed: nothing
        return entry.kind == "dagvraag" and str((entry.prompt or {}).get("id")) in step_ids

    path_answers = journal.select(visit)
    step = None
    if followed is not None:
        path, started = followed
        step = progress(path, started, path_answers, day).step
    return Tally(words, frozenset(answered), days, step)


def shown_entries(journal: Journal, question: DailyQuestion, day: date) -> list[Entry]:
    """The second pass: the entries `question_view(…, question)` and `intentions(…, day, …)`
    need, newest first."""
    memory_days = look_back_days(question.day)
    intention_days = (day, day - timedelta(days=1))

    def keep(entry: Entry) -> bool:
        if answers(entry, question):
            return True
        written = written_on(entry)
        if entry.kind == intentions.KIND and written in intention_days:
            return True
        return written in memory_days and bool(entry.text.strip())

    return journal.select(keep)
