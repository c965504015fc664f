"""What the Vandaag screen's parts say, as styled Content: the question, continue reading, the
rhythm, terugblik and the coach's assignment. No widgets here, only text from data.

Only the question is part of the first paint; what the other parts need (the rhythm and the
journal's models) is imported when they are filled in, after the journal has opened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from textual.content import Content

from leeslamp.dates import long_date
from leeslamp.i18n import t
from leeslamp.vandaag import DailyQuestion

if TYPE_CHECKING:
    from leeslamp.assignments import AssignmentStatus
    from leeslamp.journal import ReadingState
    from leeslamp.rhythm import Memory, Rhythm

#: an article id -> its title, or None when the library does not have it (or is not loaded yet)
Titles = Callable[[str], str | None]

#: lines of an earlier text that terugblik shows
MEMORY_LINES = 6

TITLE = "bold $text-accent"
MUTED = "$text-muted"


def short_date(day: date) -> str:
    """'8 maart' / '8 March': a date near enough to need neither weekday nor year."""
    return t("vandaag.short_date", day=day.day, month=t(f"date.month.{day.month}"))


def question_content(question: DailyQuestion, language: str, titles: Titles) -> Content:
    from leeslamp.disciplines import FACTORS, label

    prompt = question.prompt
    lines = [
        Content.styled(long_date(question.day), MUTED),
        Content(""),
        Content.styled(t("vandaag.question_title"), TITLE),
        Content(prompt.text(language)),
    ]
    coach = question.assignment_question
    about: list[str] = []
    if coach is not None:
        about.append(
            t(
                "vandaag.coach_question",
                title=coach.assignment.title,
                number=coach.question.number,
                total=len(coach.assignment.questions),
            )
        )
    if prompt.discipline:
        kind = "vandaag.factor" if prompt.discipline in FACTORS else "vandaag.discipline"
        about.append(t(kind, label=label(prompt.discipline)))
    title = titles(prompt.article) if prompt.article else None
    if title is not None:
        about.append(t("vandaag.question_article", title=title))
    lines.extend(Content.styled(line, f"italic {MUTED}") for line in about)
    return Content("\n").join(lines)


def continue_content(state: ReadingState | None, read_before: bool, titles: Titles) -> Content:
    head = Content.styled(t("vandaag.continue_title"), TITLE)
    title = titles(state.article) if state is not None else None
    if state is None or title is None:
        key = "vandaag.continue_all_read" if read_before else "vandaag.continue_none"
        return Content("\n").join([head, Content.styled(t(key), MUTED)])
    where = t("vandaag.continue_where", percent=round(state.progress * 100))
    return Content("\n").join([head, Content(title), Content.styled(where, MUTED)])


def rhythm_content(rhythm: Rhythm) -> Content:
    """The week as two rows, days above and a mark below each (never colour alone):
    ● written, · not (yet), nothing for the days to come; then the weeks before in numbers."""
    names = t("vandaag.weekdays").split()
    marks = ["●" if day else "·" if day is not None else " " for day in rhythm.week]
    lines = [
        Content.styled(t("vandaag.rhythm_title"), TITLE),
        Content(" ".join(name.ljust(2) for name in names)),
        Content.styled(" ".join(mark.center(2) for mark in marks).rstrip(), "$text-accent"),
    ]
    if rhythm.this_week or any(rhythm.earlier):
        if rhythm.this_week:  # no "0 of 7": the week is not over, and this is no score
            lines.append(Content.styled(t("vandaag.rhythm_week", count=rhythm.this_week), MUTED))
        counts = " · ".join(str(count) for count in rhythm.earlier)
        if any(rhythm.earlier):
            earlier = t("vandaag.rhythm_earlier", weeks=len(rhythm.earlier), counts=counts)
            lines.append(Content.styled(earlier, MUTED))
    else:
        lines.append(Content.styled(t("vandaag.rhythm_start"), MUTED))
    return Content("\n").join(lines)


def memory_content(memories: Sequence[Memory], index: int, titles: Titles) -> Content:
    from leeslamp.rhythm import written_on

    head = Content.styled(t("vandaag.look_back_title"), TITLE)
    if not memories:
        return Content("\n").join([head, Content.styled(t("vandaag.look_back.none"), MUTED)])
    memory = memories[index % len(memories)]
    if len(memories) > 1:
        count = t("vandaag.look_back_count", index=index % len(memories) + 1, count=len(memories))
        head = Content.assemble(head, "  ", (count, MUTED))
    entry = memory.entry
    when = long_date(written_on(entry))
    key = "vandaag.look_back.same" if memory.span is None else f"vandaag.look_back.{memory.span}"
    lines = [head, Content.styled(t(key, date=when), "italic")]
    if memory.span is not None:
        question = (entry.prompt or {}).get("text") or (entry.assignment or {}).get("prompt")
        title = titles(entry.article) if entry.article else None
        if question:
            lines.append(Content.styled(str(question), f"italic {MUTED}"))
        elif title:
            lines.append(Content.styled(t("vandaag.look_back.on_article", title=title), MUTED))
    text = entry.text.strip().splitlines()
    shown = text[:MEMORY_LINES]
    if len(text) > MEMORY_LINES:
        shown[-1] += " …"
    lines.extend(Content(line) for line in shown)
    return Content("\n").join(lines)


def assignment_content(
    statuses: Sequence[AssignmentStatus], day: date, titles: Titles
) -> Content | None:
    """The most pressing open assignment (None: there is none)."""
    from leeslamp.vandaag_view import days_left, first_open_question

    if not statuses:
        return None
    status = statuses[0]
    assignment = status.assignment
    left = days_left(status, day)
    if left is None or assignment.deadline is None:
        due = t("vandaag.no_deadline")
    else:
        if left == 0:
            remaining = t("vandaag.deadline_today")
        elif left == 1:
            remaining = t("vandaag.deadline_one")
        else:
            remaining = t("vandaag.deadline_days", days=left)
        due = t("vandaag.deadline", date=short_date(assignment.deadline), left=remaining)
    lines = [
        Content.styled(t("vandaag.assignment_title"), TITLE),
        Content.styled(assignment.title, "bold"),
        Content(due),
        Content(t("vandaag.assignment_progress", answered=status.answered, total=status.total)),
    ]
    question = first_open_question(status)
    if question is not None:
        title = titles(question.question.article) or question.question.article
        lines.append(
            Content.styled(
                t("vandaag.assignment_next", number=question.question.number, title=title), MUTED
            )
        )
    if len(statuses) > 1:
        lines.append(Content.styled(t("vandaag.assignment_more", count=len(statuses) - 1), MUTED))
    return Content("\n").join(lines)
