"""Today's question: the prompt bank's question of the day, unless a coach's assignment has an
open question, which then comes first. Shared by `leeslamp vandaag`, `leeslamp schrijf --soort
dagvraag` and the Vandaag screen, so they always agree on what "today's question" is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from leeslamp.daily import day_choices
from leeslamp.prompts import Prompt

if TYPE_CHECKING:
    from leeslamp.assignments import AssignmentQuestion
    from leeslamp.journal import Journal
    from leeslamp.paths import Paths


@dataclass(frozen=True)
class DailyQuestion:
    day: date
    prompt: Prompt
    #: set when the prompt is an open question of a coach's assignment
    assignment_question: AssignmentQuestion | None = None

    def as_entry_prompt(self, language: str) -> dict[str, str]:
        """What a `dagvraag` entry stores as its `prompt`."""
        return {"id": self.prompt.id, "text": self.prompt.text(language)}


def assignment_prompt(question: AssignmentQuestion) -> Prompt:
    text = question.question.text
    return Prompt(id=question.prompt_id, nl=text, en=text, article=question.question.article)


def daily_question(
    day: date,
    bank: Sequence[Prompt],
    open_questions: Sequence[AssignmentQuestion] = (),
    *,
    another: int = 0,
) -> DailyQuestion:
    """The question for `day` (`another=n`: the n-th alternative, "Een andere vraag")."""
    by_prompt = {q.prompt_id: q for q in open_questions}
    priority = [assignment_prompt(q) for q in open_questions]
    choices = day_choices(day, bank, priority=priority)
    if another and len(choices) > 1:
        prompt = choices[1 + (another - 1) % (len(choices) - 1)]
    else:
        prompt = choices[0]
    return DailyQuestion(day, prompt, by_prompt.get(prompt.id))


def open_assignment_questions(journal: Journal, day: date) -> list[AssignmentQuestion]:
    from leeslamp.assignments import open_questions

    return open_questions(journal, day)


def read_open_questions(paths: Paths, day: date) -> list[AssignmentQuestion]:
    """Open coach questions from the journal on disk (read-only, no lock).

    Costs a read of the whole journal, so it is skipped when the journal certainly holds no
    assignments (see `table_is_empty`), which is the common case.
    """
    from leeslamp.journal.peek import table_is_empty
    from leeslamp.journal.schema import ASSIGNMENTS

    if table_is_empty(paths.journal, paths.journal_log, ASSIGNMENTS):
        return []  # no coach assignments: no need to read the whole journal
    from leeslamp.journal import Journal

    with Journal.open(paths, read_only=True) as journal:
        return open_assignment_questions(journal, day)
