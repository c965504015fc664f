"""Which daily question belongs to which day: a pure function of the date and the bank.

Same all day, on every machine (no `hash()`, no locale, no clock: the caller passes the date),
no prompt twice within any run of len(bank) days, the disciplines taking turns. "Een andere
vraag" is the n-th alternative of the day, and a coach's assignment questions can go first.

Only reflections (`Prompt.kind`) take part in that; the morning intentions have a rotation of
their own (`intention_of_the_day`), so an intention never comes up as the day's question.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from math import lcm

from leeslamp.daily.bank import INTENTION, REFLECTION, NoPrompts, Prompt
from leeslamp.library.disciplines import ALL

#: day 0 of the rotation; any fixed date would do, it only has to be the same everywhere
EPOCH = date(2024, 1, 1)
#: "Een andere vraag" skips the prompts of this many days before and after, where the bank allows
NEIGHBOUR_DAYS = 7


def prompt_of_the_day(
    day: date,
    prompts: Sequence[Prompt],
    *,
    another: int = 0,
    priority: Sequence[Prompt] = (),
) -> Prompt:
    """The question for `day`: the same all day, on every machine, for the same bank.

    `another=n` is the n-th "Een andere vraag" for that day (0 is the day's own prompt).
    `priority` prompts (an active coach assignment's open questions, in the coach's order)
    come before the bank: the first is the day's prompt, the rest are the first alternatives.
    """
    if another < 0:
        raise ValueError("another must be 0 or more")
    choices = day_choices(day, prompts, priority=priority)
    if another == 0 or len(choices) == 1:
        return choices[0]
    return choices[1 + (another - 1) % (len(choices) - 1)]


def day_choices(
    day: date, prompts: Sequence[Prompt], *, priority: Sequence[Prompt] = ()
) -> tuple[Prompt, ...]:
    """The day's prompt followed by its alternatives, each prompt once; reflections only, never a
    retired one."""
    bank = _unique(p for p in prompts if p.kind == REFLECTION and not p.retired)
    if not bank and not priority:
        raise NoPrompts("prompt.no_prompts")
    ordered: list[Prompt] = list(_unique(priority))
    if bank:
        cycle = rotation(bank)
        position = day_number(day) % len(cycle)
        ordered.append(cycle[position])
        ordered.extend(_alternatives(day, cycle, position))
    by_id: dict[str, Prompt] = {}
    for prompt in ordered:  # a priority prompt may also be in the bank: show it once
        by_id.setdefault(prompt.id, prompt)
    return tuple(by_id.values())


def intention_of_the_day(day: date, prompts: Sequence[Prompt]) -> Prompt | None:
    """The morning intention question for `day` (None: the bank has none). Its own rotation,
    the same all day and on every machine, the disciplines taking turns like the questions."""
    intentions = _unique(p for p in prompts if p.kind == INTENTION and not p.retired)
    if not intentions:
        return None
    cycle = rotation(intentions)
    return cycle[day_number(day) % len(cycle)]


def day_number(day: date) -> int:
    """Days since EPOCH (negative before it)."""
    return day.toordinal() - EPOCH.toordinal()


def rotation(prompts: Sequence[Prompt]) -> tuple[Prompt, ...]:
    """The fixed order the bank is used in, one prompt a day, over and over.

    Each discipline's prompts are shuffled by a SHA-256 of their id. The disciplines are then
    interleaved by fair queuing: discipline d's k-th of n prompts gets the time (k + phase_d) / n
    in [0, 1), phases spread evenly over the disciplines, and the rotation is everything sorted
    by time. Equal-sized disciplines simply take turns; a larger one comes up more often, evenly
    spread, so no discipline waits long.
    """
    groups: dict[str | None, list[Prompt]] = {}
    for prompt in sorted(_unique(prompts), key=lambda p: _digest(p.id)):
        groups.setdefault(prompt.discipline, []).append(prompt)
    disciplines = sorted(groups, key=_discipline_rank)
    count = len(disciplines)
    # time = (k + (2·rank + 1) / (2·count)) / n, kept exact as an integer multiple of 1 / scale
    scale = 2 * count * lcm(*(len(group) for group in groups.values()))
    slots: list[tuple[int, int, Prompt]] = []
    for rank, discipline in enumerate(disciplines):
        members = groups[discipline]
        step = scale // (2 * count * len(members))
        slots.extend(
            ((2 * count * k + 2 * rank + 1) * step, rank, prompt)
            for k, prompt in enumerate(members)
        )
    slots.sort(key=lambda slot: (slot[0], slot[1]))
    return tuple(prompt for _time, _rank, prompt in slots)


def _alternatives(day: date, cycle: Sequence[Prompt], position: int) -> list[Prompt]:
    """Other prompts for the day: not those of the nearby days (they come soon anyway), the
    other disciplines first and taking turns, each discipline's prompts in an order of the day.
    """
    size = len(cycle)
    window = max(0, min(NEIGHBOUR_DAYS, (size - 2) // 2))
    near = {cycle[(position + offset) % size].id for offset in range(-window, window + 1)}
    today = cycle[position]
    candidates = sorted(
        (p for p in cycle if p.id not in near), key=lambda p: _digest(f"{day.isoformat()}/{p.id}")
    )
    groups: dict[str | None, list[Prompt]] = {}
    for prompt in candidates:
        groups.setdefault(prompt.discipline, []).append(prompt)
    # the disciplines after today's come first, today's own comes last
    after = _discipline_rank(today.discipline)
    order = sorted(groups, key=lambda d: (_discipline_rank(d) <= after, _discipline_rank(d)))
    turns: list[Prompt] = []
    for round_ in range(max((len(g) for g in groups.values()), default=0)):
        turns.extend(groups[d][round_] for d in order if round_ < len(groups[d]))
    leftovers = [p for p in cycle if p.id in near and p.id != today.id]
    return turns + leftovers


def _unique(prompts: Iterable[Prompt]) -> tuple[Prompt, ...]:
    """The prompts, each id once; two different prompts with one id is a caller's bug."""
    by_id: dict[str, Prompt] = {}
    for prompt in prompts:
        first = by_id.setdefault(prompt.id, prompt)
        if first != prompt:
            raise ValueError(f"two different prompts share the id {prompt.id!r}")
    return tuple(by_id.values())


def _discipline_rank(discipline: str | None) -> tuple[int, str]:
    """The nine in their fixed order (disciplines, then factors), anything else after."""
    if discipline in ALL:
        return (ALL.index(discipline), "")
    return (len(ALL), discipline or "")


def _digest(text: str) -> bytes:
    """A stable shuffle key: the same on every machine and Python (unlike `hash()`)."""
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).digest()
