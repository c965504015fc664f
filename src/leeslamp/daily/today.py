"""Today's question: the prompt bank's question of the day, unless a coach's assignment has an
open question, which then comes first. Shared by `leeslamp vandaag`, the Vandaag screen and
ochtend, so they always agree on what "today's question" is. A private daily answer
(`leeslamp schrijf --soort dagvraag`) goes to the bank's question only: see
`private_question_for_day`.

A question chosen for a day is remembered in the journal (`Journal.day_choice`): "Een andere
vraag" stores the new one, and so does answering (a coach's question is no longer open once it
is answered; the day keeps it all the same). A choice counts for its own date only. A coach's
question chosen before a new version of its assignment came in is the same question of the
new version (`assignments.current_choice`).
"""

from __future__ import annotations

import json
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from leeslamp.daily.bank import Prompt
from leeslamp.daily.returning import EarlierAnswer
from leeslamp.daily.schedule import day_choices

if TYPE_CHECKING:
    from leeslamp.assignments import AssignmentQuestion
    from leeslamp.core.paths import Paths
    from leeslamp.daily.path_place import PathPlace, PathStep
    from leeslamp.journal import Entry, Journal


@dataclass(frozen=True)
class DailyQuestion:
    day: date
    prompt: Prompt
    #: set when the prompt is an open question of a coach's assignment
    assignment_question: AssignmentQuestion | None = None
    #: set when the prompt is the day's step of the learning path the reader follows
    path: PathPlace | None = None
    #: the last answer to this (bank) question written before the day, if there is one: the
    #: question comes back (`daily.returning`), or came round again; None for a coach's
    again: EarlierAnswer | None = None

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
    path_step: PathStep | None = None,
    returning: Prompt | None = None,
) -> DailyQuestion:
    """The question for `day` (`another=n`: the n-th alternative, "Een andere vraag").
    `path_step`: the day's step of the reader's learning path, after the coach's questions;
    `returning`: a question that comes back today (`daily.returning`), after those."""
    choices = _choices(day, bank, open_questions, path_step, returning)
    if another and len(choices) > 1:
        prompt = choices[1 + (another - 1) % (len(choices) - 1)]
    else:
        prompt = choices[0]
    return _question(day, prompt, open_questions, path_step)


def _question(
    day: date,
    prompt: Prompt,
    open_questions: Sequence[AssignmentQuestion],
    path_step: PathStep | None,
) -> DailyQuestion:
    """`prompt` as the day's question, with the coach's question or path place it is."""
    coach = next((q for q in open_questions if q.prompt_id == prompt.id), None)
    place = path_step.place if path_step is not None and path_step.prompt.id == prompt.id else None
    return DailyQuestion(day, prompt, coach, place)


def chosen_question(
    day: date,
    bank: Sequence[Prompt],
    open_questions: Sequence[AssignmentQuestion] = (),
    chosen: str | None = None,
    known_questions: Sequence[AssignmentQuestion] = (),
    *,
    path_step: PathStep | None = None,
    returning: Prompt | None = None,
) -> DailyQuestion:
    """The question for `day` when the prompt id `chosen` was chosen for it (None: no choice).

    `known_questions`: every assignment question there is, so a coach's question chosen (and
    answered, so no longer open) earlier today is still found. A retired bank question chosen
    that day stays the day's question (its answer belongs to it). An unknown choice (a prompt
    file that went away) falls back to the day's own question.
    """
    if chosen is not None:
        for prompt in _choices(day, bank, open_questions, path_step):
            if prompt.id == chosen:
                return _question(day, prompt, open_questions, path_step)
        for prompt in bank:
            if prompt.id == chosen and prompt.retired:
                return DailyQuestion(day, prompt)
        for question in known_questions:
            if question.prompt_id == chosen:
                return DailyQuestion(day, assignment_prompt(question), question)
    return daily_question(day, bank, open_questions, path_step=path_step, returning=returning)


def next_question(
    current: DailyQuestion,
    bank: Sequence[Prompt],
    open_questions: Sequence[AssignmentQuestion],
    answered: Container[str] = (),
    *,
    path_step: PathStep | None = None,
) -> DailyQuestion:
    """Een andere vraag: the choice after `current` in the day's order, round and round; one
    whose prompt id is in `answered` (ever answered) only once every other one is too: no
    question comes back before the bank is used up."""
    choices = _choices(current.day, bank, open_questions, path_step)
    ids = [prompt.id for prompt in choices]
    at = ids.index(current.prompt.id) if current.prompt.id in ids else -1
    after = [choices[(at + step) % len(choices)] for step in range(1, len(choices) + 1)]
    fresh = [p for p in after if p.id not in answered and p.id != current.prompt.id]
    prompt = fresh[0] if fresh else after[0]
    return _question(current.day, prompt, open_questions, path_step)


def answered_prompts(entries: Iterable[Entry]) -> frozenset[str]:
    """The ids of the bank questions ever answered (`dagvraag` entries)."""
    return frozenset(found for e in entries if (found := answered_prompt(e)) is not None)


def answered_prompt(entry: Entry) -> str | None:
    """The id of the bank question `entry` answers, if it is a `dagvraag` (`answered_prompts`
    one entry at a time)."""
    if entry.kind == "dagvraag" and entry.prompt and "id" in entry.prompt:
        return str(entry.prompt["id"])
    return None


def _choices(
    day: date,
    bank: Sequence[Prompt],
    open_questions: Sequence[AssignmentQuestion],
    path_step: PathStep | None = None,
    returning: Prompt | None = None,
) -> tuple[Prompt, ...]:
    """The day's order: open coach questions, then the path's step, then a question that
    comes back, then the bank."""
    priority = [assignment_prompt(q) for q in open_questions]
    if path_step is not None:
        priority.append(path_step.prompt)
    if returning is not None:
        priority.append(returning)
    return day_choices(day, bank, priority=priority)


def question_for_day(journal: Journal, day: date, bank: Sequence[Prompt]) -> DailyQuestion:
    """Today's question as the journal knows it: open coach questions first, then the step of
    the learning path the reader follows, then a question that comes back, and the day's
    remembered choice, if there is one; with its earlier answer."""
    from leeslamp.assignments import assignment_statuses, current_choice
    from leeslamp.daily.path_progress import path_step_for_day

    statuses = assignment_statuses(journal)
    known = [q for status in statuses for q in status.questions()]
    open_questions = open_assignment_questions(journal, day)
    # the daily questions' answers only: the path's progress, what comes back and its earlier
    # answer are found among them (an Entry for each of the journal's entries costs `vandaag`
    # a third of its time at 10k)
    entries = journal.entries(kind="dagvraag")
    step = path_step_for_day(journal, day, entries)
    question = chosen_question(
        day,
        bank,
        open_questions,
        current_choice(statuses, journal.day_choice(day)),
        known,
        path_step=step,
        returning=returning_question(entries, day, bank),
    )
    return with_earlier_answer(question, entries)


def answer_fields(
    question: DailyQuestion, language: str, *, written_in: str | None = None
) -> tuple[str, dict[str, Any]]:
    """The kind and fields of an answer to `question`: a `dagvraag`, or for a coach's question
    an `antwoord` with the fields `assignments.answer_question` gives it, and the place it is
    written in (`assignments.places`). A screen that asks for an `antwoord` shows the coach's
    label (`places.coach_label`) before the editor can take a keystroke."""
    coach = question.assignment_question
    if coach is None:
        # the question's article too: the answer is then found and exported with that article
        prompt = question.as_entry_prompt(language)
        return "dagvraag", {"prompt": prompt, "article": question.prompt.article}
    link: dict[str, Any] = {
        "id": coach.assignment.id,
        "prompt": coach.question.text,
        "question": coach.question.number,
    }
    if written_in is not None:
        link["written_in"] = written_in
    return "antwoord", {"article": coach.question.article, "assignment": link}


def answers_to(entries: Sequence[Entry], question: DailyQuestion) -> list[Entry]:
    """The entries among `entries` that answer `question` (any day), in the given order."""
    return [e for e in entries if answers(e, question)]


def answers(entry: Entry, question: DailyQuestion) -> bool:
    """Whether `entry` answers `question` (on any day)."""
    coach = question.assignment_question
    if coach is None:
        return entry.kind == "dagvraag" and (entry.prompt or {}).get("id") == question.prompt.id
    if entry.kind != "antwoord":
        return False
    link = entry.assignment or {}
    if link.get("id") == coach.assignment.id and link.get("question") == coach.question.number:
        return True
    # written for an earlier version of the question, before a new version came in: it is
    # the answer that counts for this one (`assignments.answers`)
    return coach.written is not None and entry.id == coach.written.id


def todays_answer(entries: Sequence[Entry], question: DailyQuestion) -> Entry | None:
    """The answer written on the question's day (the last changed, should there be more)."""
    from leeslamp.daily.rhythm import written_on

    found = [e for e in answers_to(entries, question) if written_on(e) == question.day]
    return max(found, key=lambda e: datetime.fromisoformat(e.updated)) if found else None


def private_question_for_day(
    journal: Journal | None, day: date, bank: Sequence[Prompt]
) -> DailyQuestion:
    """The day's own question for a private `dagvraag`: from the bank, never a coach's.

    The day's remembered choice counts when it is a bank question ("Een andere vraag") or the
    path's step (private too); a coach's question chosen for the day does not: its answers go
    to the coach, and only `leeslamp schrijf --opdracht ID --vraag N` (or a screen that says
    so) writes those. `journal` None: no choice is remembered, no path followed.
    """
    if journal is None:
        return chosen_question(day, bank, (), None)
    from leeslamp.daily.path_progress import path_step_for_day

    step = path_step_for_day(journal, day)
    entries = journal.entries()
    returning = returning_question(entries, day, bank)
    question = chosen_question(
        day, bank, (), journal.day_choice(day), path_step=step, returning=returning
    )
    return with_earlier_answer(question, entries)


def read_private_question(paths: Paths, day: date, bank: Sequence[Prompt]) -> DailyQuestion:
    """`private_question_for_day` from the journal on disk (read-only, no lock); the journal is
    read only when it may hold a choice for the day, a learning path, or (on a day a question
    may come back) answers to come back. (Its `again` is then found too; `schrijf` does not
    need it.)"""
    from leeslamp.journal.conflicts import merge_waiting

    merge_waiting(paths)  # a sync tool's copies first: what follows reads the files
    if not (_may_matter(paths, day) or _may_return(paths, day)):
        return private_question_for_day(None, day, bank)
    from leeslamp.journal import Journal

    with Journal.open(paths, read_only=True) as journal:
        return private_question_for_day(journal, day, bank)


def read_daily_question(paths: Paths, day: date, bank: Sequence[Prompt]) -> DailyQuestion:
    """Today's question from the journal on disk (read-only, no lock).

    Costs a read of the whole journal, so it is skipped when the journal certainly holds no
    coach assignments, no question chosen for the day, no learning path, no question that may
    come back (on the days one may: no answered daily question at all) and no earlier answer
    to the bank's question of the day (its id is nowhere in the files; see `journal.peek`):
    then it is the bank's question of the day, as usual.
    """
    from leeslamp.journal.conflicts import merge_waiting
    from leeslamp.journal.peek import files_may_contain, table_is_empty
    from leeslamp.journal.schema import ASSIGNMENTS

    merge_waiting(paths)  # a sync tool's copies first: what follows reads the files
    if (
        table_is_empty(paths.journal, paths.journal_log, ASSIGNMENTS)
        and not _may_matter(paths, day)
        and not _may_return(paths, day)
    ):
        question = daily_question(day, bank)
        prompt_id = question.prompt.id
        # an id as JSON writes it (ours are ASCII slugs; any other is looked up the long way)
        if prompt_id.isascii() and not files_may_contain(
            paths.journal, paths.journal_log, json.dumps(prompt_id).encode("ascii")
        ):
            return question
    from leeslamp.journal import Journal

    with Journal.open(paths, read_only=True) as journal:
        return question_for_day(journal, day, bank)


def _may_matter(paths: Paths, day: date) -> bool:
    """Whether the journal may hold a question chosen for `day` or a learning path followed
    (False: it certainly holds neither, told without reading it, see `journal.peek`)."""
    from leeslamp.journal.peek import table_may_hold
    from leeslamp.journal.schema import META, PATH_STATE_ID, day_choice_id

    return any(
        table_may_hold(paths.journal, paths.journal_log, META, text)
        for text in (day_choice_id(day), f'"{PATH_STATE_ID}"')
    )


def open_assignment_questions(journal: Journal, day: date) -> list[AssignmentQuestion]:
    from leeslamp.assignments import open_questions

    return open_questions(journal, day)


# --- questions that come back (issue 16 §4) --------------------------------------------------


def answer_days(entries: Iterable[Entry]) -> dict[str, list[date]]:
    """Per bank question id, the days it was answered (`dagvraag` entries with some text)."""

    days: dict[str, list[date]] = {}
    for entry in entries:
        add_answer_day(days, entry)
    return days


def add_answer_day(days: dict[str, list[date]], entry: Entry) -> None:
    """`answer_days` one entry at a time: a pass over the journal need not hold them all."""
    from leeslamp.daily.rhythm import written_on

    prompt_id = (entry.prompt or {}).get("id") if entry.kind == "dagvraag" else None
    if isinstance(prompt_id, str) and entry.text.strip():
        days.setdefault(prompt_id, []).append(written_on(entry))


def returning_question(
    entries: Iterable[Entry], day: date, bank: Sequence[Prompt]
) -> Prompt | None:
    """The bank question that comes back on `day` (`daily.returning`), if any: one of the
    bank's reflections, never a retired one."""
    from leeslamp.daily.returning import may_return_on

    if not may_return_on(day):
        return None  # the usual day: no need to look at the answers
    return question_that_returns(day, bank, answer_days(entries))


def question_that_returns(
    day: date, bank: Sequence[Prompt], days: Mapping[str, Iterable[date]]
) -> Prompt | None:
    """`returning_question` from the days each bank question was answered (`answer_days`)."""
    from leeslamp.daily.bank import REFLECTION
    from leeslamp.daily.returning import returning_prompt

    eligible = {p.id: p for p in bank if p.kind == REFLECTION and not p.retired}
    found = returning_prompt(day, days, eligible)
    return eligible[found] if found is not None else None


def earlier_answer(entries: Iterable[Entry], prompt_id: str, day: date) -> EarlierAnswer | None:
    """The last answer to the bank question `prompt_id` written before `day` (None: none)."""
    from leeslamp.daily.rhythm import written_on

    best: tuple[date, str, Entry] | None = None
    for entry in entries:
        if entry.kind != "dagvraag" or (entry.prompt or {}).get("id") != prompt_id:
            continue
        written = written_on(entry)
        if not entry.text.strip() or written >= day:
            continue
        if best is None or (written, entry.created) > best[:2]:
            best = (written, entry.created, entry)
    if best is None:
        return None
    return EarlierAnswer(best[2].id, best[0], best[2].text)


def with_earlier_answer(question: DailyQuestion, entries: Iterable[Entry]) -> DailyQuestion:
    """`question` with its earlier answer (`again`) when it is a bank question answered before."""
    if question.assignment_question is not None:
        return question
    return replace(question, again=earlier_answer(entries, question.prompt.id, question.day))


def _may_hold_answers(paths: Paths) -> bool:
    """Whether the journal may hold a daily question's answer: then a question may come back."""
    from leeslamp.journal.peek import files_may_contain

    return files_may_contain(paths.journal, paths.journal_log, b'"dagvraag"')


def _may_return(paths: Paths, day: date) -> bool:
    """Whether a question may come back on `day`: a day it may, and answers to come back."""
    from leeslamp.daily.returning import may_return_on

    return may_return_on(day) and _may_hold_answers(paths)
