"""Questions that come back on purpose: a bank question the reader answered returns as the day's
question about 7, 30, 90 and 365 days after its last answer, so they can answer it again and
see how their thinking changed (issue 16 §4).

A pure function of the answers' dates and the day, like the bank's own rotation: the same all
day and on every machine for the same journal. Only answers written before the day count, so
answering today's question never changes today's question.

The rules, and how they are kept:
- each moment (7, 30, 90, 365 days after the last answer) is a window of a few days, and a
  question returns at most once per window: "about", and each moment once. Answering again
  starts over from 7 (the windows belong to the last answer before the day);
- at most one returning question in any three days: only every third day (by `day_number`)
  is a day a question may return on;
- on such a day, of the questions whose window is open and not yet used, the one whose window
  closes first returns (earliest deadline first: as few moments missed as there can be), ties
  by a SHA-256 of the id; a window that closes unused is a moment missed, not carried over;
- only the questions the caller names as eligible take part (the bank's reflections, never a
  retired one), and never one answered in the last 7 days (every window opens 7 days or more
  after the last answer).

Which windows were used on earlier days follows from the same dates, so the function replays
the days that could matter, from the first window that opens; one pass over the windows.
"""

from __future__ import annotations

import heapq
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from leeslamp.daily.schedule import day_number

#: (days after the last answer, days the window stays open): about a week, a month, a quarter
#: and a year. Windows far apart, so one question never returns twice in a short while.
STAGES: tuple[tuple[int, int], ...] = ((7, 7), (30, 15), (90, 30), (365, 30))
#: a question may return only on every this many days
EVERY = 3


@dataclass(frozen=True)
class EarlierAnswer:
    """The last answer to the day's question written before that day: shown beside the new one."""

    entry: str
    answered: date
    text: str


def may_return_on(day: date) -> bool:
    """Whether `day` is one on which a question may come back (every EVERY days)."""
    return day_number(day) % EVERY == 0


def returning_prompt(
    day: date, answers: Mapping[str, Iterable[date]], eligible: Container[str]
) -> str | None:
    """The id of the question that comes back on `day`, or None.

    `answers`: per prompt id, the days it was answered (any order, repeats allowed; days from
    `day` on are not counted). `eligible`: the ids that may come back.
    """
    if not may_return_on(day):
        return None
    windows = sorted(_windows(day, answers, eligible))
    if not windows:
        return None
    waiting: list[tuple[date, bytes, str]] = []  # open windows: (closes, tie-break, id)
    at = 0
    slot = _first_slot_from(windows[0][0])
    while slot <= day:
        while at < len(windows) and windows[at][0] <= slot:
            _opens, closes, key, prompt_id = windows[at]
            heapq.heappush(waiting, (closes, key, prompt_id))
            at += 1
        while waiting and waiting[0][0] <= slot:
            heapq.heappop(waiting)  # closed unused: that moment is missed
        if waiting:
            returning = heapq.heappop(waiting)[2]
            if slot == day:
                return returning
            slot += timedelta(days=EVERY)
        elif at < len(windows):
            slot = max(slot + timedelta(days=EVERY), _first_slot_from(windows[at][0]))
        else:
            return None
    return None


def _windows(
    day: date, answers: Mapping[str, Iterable[date]], eligible: Container[str]
) -> Iterable[tuple[date, date, bytes, str]]:
    """Every window (opens, closes: the first day it is shut, tie-break, id) that opens by
    `day`. A window belongs to an answer only until the next answer counts (the day after it)."""
    for prompt_id, answered in answers.items():
        if prompt_id not in eligible:
            continue
        days = sorted({d for d in answered if d < day})
        key = _digest(prompt_id)
        for index, last in enumerate(days):
            bound = days[index + 1] + timedelta(days=1) if index + 1 < len(days) else None
            for after, span in STAGES:
                opens = last + timedelta(days=after)
                if opens > day:
                    break
                closes = opens + timedelta(days=span)
                if bound is not None:
                    closes = min(closes, bound)
                if opens < closes:
                    yield opens, closes, key, prompt_id


def _first_slot_from(day: date) -> date:
    """The first day from `day` on on which a question may return."""
    return day + timedelta(days=-day_number(day) % EVERY)


def _digest(text: str) -> bytes:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).digest()
