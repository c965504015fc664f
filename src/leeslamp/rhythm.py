"""What Vandaag shows of the reader's past: a gentle weekly rhythm and one thing to look back on.

The rhythm counts the days you wrote, this week and the weeks before; it never speaks of a
streak, so nothing is "broken" and nothing drops back to zero. Terugblik finds an earlier
answer to today's question, and what you wrote about a week, a month and a year ago. Plain
functions over entries and dates (the caller passes today), so they are easy to test.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from leeslamp.journal.models import Entry

#: weeks before this one that the rhythm line shows
EARLIER_WEEKS = 4
#: look back this many days (a week, a month, a year)
SPANS = (7, 30, 365)
#: an entry this many days off the span still counts ("within a day or two")
SLACK = 2
#: earlier answers to today's question that terugblik offers
SAME_QUESTION = 3


def written_on(entry: Entry) -> date:
    """The day an entry was written, in the time zone it was written in."""
    return datetime.fromisoformat(entry.created).date()


def days_written(entries: Iterable[Entry]) -> set[date]:
    """Days with at least one entry that has words in it (a bare highlight is not writing)."""
    return {written_on(entry) for entry in entries if entry.text.strip()}


@dataclass(frozen=True)
class Rhythm:
    #: Monday to Sunday of this week: written that day? None for the days still to come
    week: tuple[bool | None, ...]
    #: days written in each of the weeks before this one, oldest first
    earlier: tuple[int, ...]

    @property
    def this_week(self) -> int:
        return sum(1 for day in self.week if day)


def rhythm(days: set[date], today: date, weeks: int = EARLIER_WEEKS) -> Rhythm:
    monday = today - timedelta(days=today.weekday())
    week = tuple(
        None if day > today else day in days for day in (monday + timedelta(n) for n in range(7))
    )
    earlier = tuple(
        sum(1 for n in range(7) if start + timedelta(n) in days)
        for start in (monday - timedelta(weeks=back) for back in range(weeks, 0, -1))
    )
    return Rhythm(week, earlier)


@dataclass(frozen=True)
class Memory:
    """One thing to look back on."""

    entry: Entry
    #: 7, 30 or 365: written about that long ago; None: an earlier answer to today's question
    span: int | None


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
