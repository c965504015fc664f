"""What the Vandaag screen's parts say, as styled Content: the question, continue reading, the
rhythm, terugblik and the coach's assignment. No widgets here, only text from data.

Only the question is part of the first paint; what the other parts need (the rhythm and the
journal's models) is imported when they are filled in, after the journal has opened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from textual.content import Content

from leeslamp.core.dates import long_date
from leeslamp.daily.today import DailyQuestion
from leeslamp.i18n import t
from leeslamp.tui.plain import plain, plain_styled

if TYPE_CHECKING:
    from leeslamp.assignments import AssignmentStatus
    from leeslamp.daily.path_place import PathPlace
    from leeslamp.daily.rhythm import Calendar, Memory
    from leeslamp.journal import ReadingState

#: an article id -> its title, or None when the library does not have it (or is not loaded yet)
Titles = Callable[[str], str | None]

#: lines, and characters, of an earlier text that terugblik shows (a taste, not the page)
MEMORY_LINES = 6
MEMORY_CHARS = 320

TITLE = "bold $text-accent"
MUTED = "$text-muted"
#: the label of a coach's question: its answer goes into the answer file
COACH = "bold $text-warning"
#: "Je beantwoordde deze vraag op 1 maart"
AGAIN = "$text-accent"


def short_date(day: date) -> str:
    """'8 maart' / '8 March': a date near enough to need neither weekday nor year."""
    return t("today.short_date", day=day.day, month=t(f"date.month.{day.month}"))


def question_content(question: DailyQuestion, language: str, titles: Titles) -> Content:
    from leeslamp.library.disciplines import FACTORS, label

    prompt = question.prompt
    coach = question.assignment_question
    lines = [
        Content.styled(long_date(question.day), MUTED),
        Content(""),
        Content.styled(t("today.question_title"), TITLE),
    ]
    if coach is not None:  # before the question and its answer box: whose question this is
        from leeslamp.assignments.places import coach_label

        lines.append(plain_styled(coach_label(coach.assignment.coach), COACH))
    if question.path is not None:  # before the question: which path, and how far along
        lines.extend(path_lines(question.path, language))
    lines.append(plain(prompt.text(language)))
    about: list[str] = []
    if coach is not None:
        about.append(
            t(
                "today.coach_question",
                title=coach.assignment.title,
                number=coach.question.number,
                total=len(coach.assignment.questions),
            )
        )
    if prompt.discipline:
        kind = "today.factor" if prompt.discipline in FACTORS else "today.discipline"
        about.append(t(kind, label=label(prompt.discipline)))
    title = titles(prompt.article) if prompt.article else None
    if title is not None:
        about.append(t("today.question_article", title=title))
    lines.extend(plain_styled(line, f"italic {MUTED}") for line in about)
    if question.again is not None:  # it comes back: when you answered it before (issue 16 §4)
        from leeslamp.core.dates import short_day

        when = short_day(question.again.answered, question.day)
        lines.append(Content.styled(t("today.again", date=when), f"italic {AGAIN}"))
    return Content("\n").join(lines)


#: the progress bar of a learning path: this many cells, filled up to the step shown
PATH_BAR = 25


def path_lines(place: PathPlace, language: str) -> list[Content]:
    """ "Pad: De vijf disciplines · stap 3 van 25" and a bar that fills as the steps go by."""
    label = t("path.label", title=place.title(language), day=place.day, days=place.days)
    done = round(PATH_BAR * place.day / place.days) if place.days else 0
    bar = Content.assemble(("━" * done, "$text-accent"), ("━" * (PATH_BAR - done), MUTED))
    return [plain_styled(label, "bold"), bar]


def continue_content(state: ReadingState | None, read_before: bool, titles: Titles) -> Content:
    head = Content.styled(t("today.continue_title"), TITLE)
    title = titles(state.article) if state is not None else None
    if state is None or title is None:
        key = "today.continue_all_read" if read_before else "today.continue_none"
        return Content("\n").join([head, Content.styled(t(key), MUTED)])
    where = t("today.continue_where", percent=round(state.progress * 100))
    return Content("\n").join([head, plain(title), Content.styled(where, MUTED)])


#: how the calendar shows a day by level, 0 (nothing written) to 3: a mark, never colour alone
LEVEL_MARKS = ("·", "▪", "■", "█")
LEVEL_STYLES = (MUTED, "$text-accent 55%", "$text-accent 80%", "$text-accent")
#: the calendar's rows start after the weekday's name
ROW_LABEL = 2


def rhythm_content(calendar: Calendar, today: date) -> Content:
    """The last twelve weeks as a heatmap: a column per week (this one last), a row per
    weekday, each day marked by how much you wrote; nothing for the days still to come."""
    names = t("today.weekdays").split()
    lines = [Content.styled(t("today.rhythm_title"), TITLE), _month_row(calendar)]
    for weekday, name in enumerate(names):
        cells = [Content(name.ljust(ROW_LABEL))]
        for week in calendar.weeks:
            day = week[weekday]
            if day is None:
                break
            cells.append(Content.styled(LEVEL_MARKS[day], LEVEL_STYLES[day]))
        lines.append(Content(" ").join(cells))
    if calendar.this_week:  # no "0 of 7": the week is not over, and this is no score
        lines.append(Content.styled(t("today.rhythm_week", count=calendar.this_week), MUTED))
    elif not any(any(week) for week in calendar.weeks):
        lines.append(Content.styled(t("today.rhythm_start"), MUTED))
    legend = [(f"{mark} ", style) for mark, style in zip(LEVEL_MARKS, LEVEL_STYLES, strict=True)]
    lines.append(
        Content.assemble(
            (t("today.rhythm_less") + " ", MUTED), *legend, (t("today.rhythm_more"), MUTED)
        )
    )
    return Content("\n").join(lines)


def _month_row(calendar: Calendar) -> Content:
    """The short name of each month above the week its first day is in (the first week: the
    month it ends in), where there is room. A week is named by its last day shown, so this
    week by today: the current month always has its name, even when it began on a Sunday
    or this very week. Placed from the right, so where two names would touch, the newer stays."""
    last_days = [
        calendar.monday(week) + timedelta(days=sum(day is not None for day in days) - 1)
        for week, days in enumerate(calendar.weeks)
    ]
    labels = [
        (week, t(f"date.month_short.{day.month}"))
        for week, day in enumerate(last_days)
        if week == 0 or day.month != last_days[week - 1].month
    ]
    placed: list[tuple[int, str]] = []
    for week, name in reversed(labels):
        column = ROW_LABEL + 1 + 2 * week
        if not placed or column + len(name) < placed[-1][0]:  # a space between two names
            placed.append((column, name))
    line = ""
    for column, name in reversed(placed):
        line = line.ljust(column) + name
    return Content.styled(line, MUTED)


def memory_content(memories: Sequence[Memory], index: int, titles: Titles) -> Content:
    from leeslamp.daily.rhythm import written_on

    head = Content.styled(t("today.look_back_title"), TITLE)
    if not memories:
        return Content("\n").join([head, Content.styled(t("today.look_back.none"), MUTED)])
    memory = memories[index % len(memories)]
    if len(memories) > 1:
        count = t("today.look_back_count", index=index % len(memories) + 1, count=len(memories))
        head = Content.assemble(head, "  ", (count, MUTED))
    entry = memory.entry
    when = long_date(written_on(entry))
    key = "today.look_back.same" if memory.span is None else f"today.look_back.{memory.span}"
    lines = [head, Content.styled(t(key, date=when), "italic")]
    if memory.span is not None:
        question = (entry.prompt or {}).get("text") or (entry.assignment or {}).get("prompt")
        title = titles(entry.article) if entry.article else None
        if question:
            lines.append(plain_styled(str(question), f"italic {MUTED}"))
        elif title:
            lines.append(plain_styled(t("today.look_back.on_article", title=title), MUTED))
    lines.extend(plain(line) for line in memory_excerpt(entry.text))
    return Content("\n").join(lines)


def memory_excerpt(text: str) -> list[str]:
    """The first lines of `text`, at most MEMORY_LINES and MEMORY_CHARS, cut between words and
    ending in "…" where something was left out."""
    lines = text.strip().splitlines()
    shown: list[str] = []
    room = MEMORY_CHARS
    for line in lines[:MEMORY_LINES]:
        if len(line) > room:
            cut = line[:room].rsplit(" ", 1)[0] if " " in line[:room] else line[:room]
            shown.append(cut.rstrip() + " …")
            return shown
        shown.append(line)
        room -= len(line)
    if len(lines) > MEMORY_LINES:
        shown[-1] += " …"
    return shown


def assignment_content(
    statuses: Sequence[AssignmentStatus], day: date, titles: Titles
) -> Content | None:
    """The most pressing open assignment (None: there is none)."""
    from leeslamp.daily.today_view import days_left, first_open_question

    if not statuses:
        return None
    status = statuses[0]
    assignment = status.assignment
    left = days_left(status, day)
    if left is None or assignment.deadline is None:
        due = t("today.no_deadline")
    else:
        if left == 0:
            remaining = t("today.deadline_today")
        elif left == 1:
            remaining = t("today.deadline_one")
        else:
            remaining = t("today.deadline_days", days=left)
        due = t("today.deadline", date=short_date(assignment.deadline), left=remaining)
    lines = [
        Content.styled(t("today.assignment_title"), TITLE),
        plain_styled(assignment.title, "bold"),
        Content(due),
        Content(t("today.assignment_progress", answered=status.answered, total=status.total)),
    ]
    question = first_open_question(status)
    if question is not None:
        title = titles(question.question.article) or question.question.article
        lines.append(
            plain_styled(
                t("today.assignment_next", number=question.question.number, title=title), MUTED
            )
        )
    if len(statuses) > 1:
        more = len(statuses) - 1
        key = "today.assignment_more_one" if more == 1 else "today.assignment_more"
        lines.append(Content.styled(t(key, count=more), MUTED))
    return Content("\n").join(lines)
