"""What Vandaag shows of the reader's past: a gentle rhythm and one thing to look back on.

The rhythm is a calendar of the last twelve weeks, a heatmap darker where you wrote more, so a
reader sees their rhythm at a glance; it never speaks of a streak, so nothing is "broken" and
nothing drops back to zero. Terugblik finds an earlier answer to today's question, and what
you wrote about a week, a month and a year ago. Plain functions over entries and dates (the
caller passes today), so they are easy to test.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from leeslamp.journal.models import Entry

#: weeks the calendar shows, this one included
CALENDAR_WEEKS = 12
#: words written on a day from which the calendar shows it one shade darker (level 1, 2, 3)
LEVEL_FROM = (1, 100, 300)
#: look back this many days (a week, a month, a year)
SPANS = (7, 30, 365)
#: an entry this many days off the span still counts ("within a day or two")
SLACK = 2
#: earlier answers to today's question that terugblik offers
SAME_QUESTION = 3


def written_on(entry: Entry) -> date:
    """The day an entry was written, in the time zone it was written in."""
    return datetime.fromisoformat(entry.created).date()


def words_by_day(entries: Iterable[Entry]) -> dict[date, int]:
    """Words written per day; days with only bare highlights are left out."""
    words: dict[date, int] = {}
    for entry in entries:
        add_words(words, entry)
    return words


def add_words(words: dict[date, int], entry: Entry) -> None:
    """Count `entry`'s words in `words`, on the day it was written (one entry of
    `words_by_day`: a pass over the journal need not hold every entry)."""
    count = len(entry.text.split())
    if count:
        day = written_on(entry)
        words[day] = words.get(day, 0) + count


def level(words: int) -> int:
    """0 (nothing written) to 3 (a lot): how dark the calendar shows a day."""
    return sum(1 for start in LEVEL_FROM if words >= start)


@dataclass(frozen=True)
class Calendar:
    """The last weeks, Monday to Sunday each, oldest first; this week is the last."""

    #: the Monday the calendar starts on
    start: date
    #: per week, per day Monday to Sunday: its level 0-3, None for the days still to come
    weeks: tuple[tuple[int | None, ...], ...]

    @property
    def this_week(self) -> int:
        """Days written this week (never "0 of 7" as a score: the week is not over)."""
        return sum(1 for day in self.weeks[-1] if day)

    def written(self, day: date) -> bool:
        """Whether anything was written on `day` (False outside the calendar)."""
        week, weekday = divmod((day - self.start).days, 7)
        return 0 <= week < len(self.weeks) and bool(self.weeks[week][weekday])

    def monday(self, week: int) -> date:
        return self.start + timedelta(weeks=week)


def calendar(words: dict[date, int], today: date, weeks: int = CALENDAR_WEEKS) -> Calendar:
    start = today - timedelta(days=today.weekday(), weeks=weeks - 1)
    days = (
        tuple(
            None if day > today else level(words.get(day, 0))
            for day in (start + timedelta(weeks=week, days=n) for n in range(7))
        )
        for week in range(weeks)
    )
    return Calendar(start, tuple(days))


@dataclass(frozen=True)
class Memory:
    """One thing to look back on."""

    entry: Entry
    #: 7, 30 or 365: written about that long ago; None: an earlier answer to today's question
    span: int | None


def look_back_days(today: date) -> frozenset[date]:
    """The days `look_back` may take an entry from for its spans (earlier answers to today's
    question aside): a pass over the journal keeps only those days' entries for it."""
    return frozenset(
        today - timedelta(days=span) + timedelta(days=offset)
        for span in SPANS
        for offset in range(-SLACK, SLACK + 1)
    )


def look_back(
    entries: Sequence[Entry],
    today: date,
    same_question: Sequence[Entry] = (),
) -> list[Memory]:
    """Earlier answers to today's question (newest first, a few), then what you wrote about a
    week, a month and a year ago: per span the entry nearest that day, at most SLACK days off,
    the longest if a day holds more. Nothing from today; nothing twice."""
    found: list[Memory] = []
    seen: set[str] = set()
    earlier = [e for e in same_question if written_on(e) < today and e.text.strip()]
    for entry in sorted(earlier, key=lambda e: e.created, reverse=True)[:SAME_QUESTION]:
        found.append(Memory(entry, None))
        seen.add(entry.id)
    by_day: dict[date, list[Entry]] = {}
    for entry in entries:
        if entry.text.strip():
            by_day.setdefault(written_on(entry), []).append(entry)
    for span in SPANS:
        target = today - timedelta(days=span)
        for offset in sorted(range(-SLACK, SLACK + 1), key=lambda n: (abs(n), n)):
            day = target + timedelta(days=offset)
            candidates = [e for e in by_day.get(day, ()) if e.id not in seen]
            if day < today and candidates:
                entry = max(candidates, key=lambda e: (len(e.text.strip()), e.created))
                found.append(Memory(entry, span))
                seen.add(entry.id)
                break
    return found
