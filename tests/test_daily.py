"""The prompt of the day: a pure function of the date and the bank."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leeslamp.daily.bank import REFLECTION, NoPrompts, Prompt, load_bank
from leeslamp.daily.schedule import day_choices, day_number, prompt_of_the_day, rotation
from leeslamp.library.disciplines import ALL

#: the questions the days go round: reflections (the morning intentions have a rotation of
#: their own, test_intentions.py), never a retired one (test_prompt_retired.py)
SHIPPED = [p for p in load_bank().prompts if p.kind == REFLECTION and not p.retired]
DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2300, 12, 31))


def make_bank(sizes: dict[str, int]) -> list[Prompt]:
    return [
        Prompt(f"{discipline}-{n}", f"Vraag {n}?", f"Question {n}?", discipline)
        for discipline, size in sizes.items()
        for n in range(size)
    ]


#: random banks: some of the nine disciplines, each with 1 to 12 prompts
BANKS = st.dictionaries(st.sampled_from(ALL), st.integers(1, 12), min_size=1).map(make_bank)


def run(start: date, days: int, bank: list[Prompt]) -> list[Prompt]:
    return [prompt_of_the_day(start + timedelta(n), bank) for n in range(days)]


# --- the shipped bank: the "done when" --------------------------------------------


@pytest.mark.parametrize("start", [date(2026, 1, 1), date(2026, 11, 30), date(2031, 7, 17)])
def test_365_days_never_repeat_a_prompt_before_the_bank_is_used_up(start: date) -> None:
    year = [p.id for p in run(start, 365, SHIPPED)]
    size = len(SHIPPED)
    for first in range(365 - size + 1):
        window = year[first : first + size]
        assert len(set(window)) == size, f"repeat within {size} days from day {first}"


@pytest.mark.parametrize("start", [date(2026, 1, 1), date(2026, 11, 30)])
def test_365_days_give_every_discipline_its_turn_in_every_nine_days(start: date) -> None:
    year = [p.discipline for p in run(start, 365, SHIPPED)]
    for first in range(365 - len(ALL) + 1):
        assert sorted(year[first : first + len(ALL)]) == sorted(ALL)


def test_a_year_gives_each_discipline_a_fair_share() -> None:
    counts = Counter(p.discipline for p in run(date(2026, 1, 1), 365, SHIPPED))
    assert max(counts.values()) - min(counts.values()) <= 1


def test_the_first_other_question_comes_from_another_discipline() -> None:
    for n in range(365):
        day = date(2026, 1, 1) + timedelta(n)
        today, first_other = day_choices(day, SHIPPED)[:2]
        assert first_other.discipline != today.discipline


def test_the_other_questions_do_not_take_the_coming_weeks_questions() -> None:
    day = date(2026, 11, 30)
    week = {p.id for p in run(day - timedelta(7), 15, SHIPPED)}
    others = [prompt_of_the_day(day, SHIPPED, another=n) for n in range(1, 30)]
    assert not week & {p.id for p in others}


def test_the_same_on_every_machine(tmp_path: object) -> None:
    """Another process, another hash seed: the same prompts. (No hash(), no locale.)"""
    days = [date(2026, 11, 30) + timedelta(n) for n in range(0, 400, 7)]
    code = (
        "import json, sys; from datetime import date; from leeslamp.daily.bank import load_bank;"
        "from leeslamp.daily.schedule import prompt_of_the_day; bank = load_bank().prompts;"
        "print(json.dumps([prompt_of_the_day(date.fromisoformat(d), bank).id"
        " for d in sys.argv[1:]]))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345", "LC_ALL": "C", "TZ": "Pacific/Kiritimati"}
    done = subprocess.run(
        [sys.executable, "-c", code, *(d.isoformat() for d in days)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert json.loads(done.stdout) == [prompt_of_the_day(d, SHIPPED).id for d in days]


# --- properties over dates and random banks ----------------------------------------------


@given(day=DAYS, bank=BANKS, seed=st.randoms(use_true_random=False))
def test_same_day_and_bank_give_the_same_prompt_whatever_the_order(
    day: date, bank: list[Prompt], seed: object
) -> None:
    shuffled = list(bank)
    seed.shuffle(shuffled)  # type: ignore[attr-defined]
    assert prompt_of_the_day(day, shuffled) == prompt_of_the_day(day, bank)
    assert day_choices(day, shuffled) == day_choices(day, bank)


@given(start=DAYS, bank=BANKS)
def test_no_prompt_repeats_within_a_cycle(start: date, bank: list[Prompt]) -> None:
    """Any len(bank) consecutive days show every prompt exactly once."""
    shown = run(start, len(bank), bank)
    assert sorted(p.id for p in shown) == sorted(p.id for p in bank)


@given(day=DAYS, bank=BANKS)
def test_a_cycle_later_the_same_prompt_returns(day: date, bank: list[Prompt]) -> None:
    later = day + timedelta(len(bank))
    assert prompt_of_the_day(later, bank) == prompt_of_the_day(day, bank)


@given(bank=BANKS)
def test_disciplines_take_turns_without_long_waits(bank: list[Prompt]) -> None:
    """Fair queuing: a discipline with n of the N prompts comes back within N/n + D - 1 days
    (D: how many disciplines there are), also across the end of a cycle."""
    order = [p.discipline for p in rotation(bank)]
    sizes = Counter(order)
    total, count = len(order), len(sizes)
    for discipline, size in sizes.items():
        at = [i for i, d in enumerate(order) if d == discipline]
        gaps = [(b - a) % total or total for a, b in zip(at, at[1:] + at[:1], strict=True)]
        assert max(gaps) <= total / size + count - 1, (discipline, gaps)


@given(size=st.integers(1, 12), disciplines=st.sets(st.sampled_from(ALL), min_size=2))
def test_equal_disciplines_take_strict_turns(size: int, disciplines: set[str]) -> None:
    order = [p.discipline for p in rotation(make_bank(dict.fromkeys(disciplines, size)))]
    count = len(disciplines)
    for first in range(len(order) - count + 1):
        assert len(set(order[first : first + count])) == count


@given(day=DAYS, bank=BANKS, another=st.integers(1, 500))
def test_another_question_differs_from_the_days_prompt(
    day: date, bank: list[Prompt], another: int
) -> None:
    if len(bank) > 1:
        assert prompt_of_the_day(day, bank, another=another) != prompt_of_the_day(day, bank)


@given(day=DAYS, bank=BANKS)
def test_other_questions_go_through_the_whole_bank(day: date, bank: list[Prompt]) -> None:
    choices = [prompt_of_the_day(day, bank, another=n) for n in range(len(bank))]
    assert sorted(p.id for p in choices) == sorted(p.id for p in bank)


@given(day=DAYS, bank=BANKS, another=st.integers(0, 50))
def test_another_question_is_the_same_all_day(day: date, bank: list[Prompt], another: int) -> None:
    first = prompt_of_the_day(day, bank, another=another)
    assert prompt_of_the_day(day, list(reversed(bank)), another=another) == first


@given(day=DAYS, bank=BANKS, data=st.data())
def test_priority_prompts_come_first_in_their_order(
    day: date, bank: list[Prompt], data: st.DataObject
) -> None:
    count = data.draw(st.integers(1, 4))
    assignment = [Prompt(f"opdracht-{n}", f"Opdracht {n}?", f"Task {n}?") for n in range(count)]
    chosen = [prompt_of_the_day(day, bank, another=n, priority=assignment) for n in range(count)]
    assert chosen == assignment
    after = prompt_of_the_day(day, bank, another=count, priority=assignment)
    assert after == prompt_of_the_day(day, bank)


def test_a_priority_prompt_from_the_bank_is_not_offered_twice() -> None:
    day = date(2026, 11, 30)
    todays = prompt_of_the_day(day, SHIPPED)
    choices = day_choices(day, SHIPPED, priority=[todays])
    assert [p.id for p in choices].count(todays.id) == 1
    assert len(choices) == len(SHIPPED)


# --- edges ---------------------------------------------------------------------------------


def test_an_empty_bank_is_a_clear_problem() -> None:
    with pytest.raises(NoPrompts) as caught:
        prompt_of_the_day(date(2026, 11, 30), [])
    assert "geen dagvragen" in caught.value.sentence()


def test_priority_prompts_work_without_a_bank() -> None:
    only = Prompt("opdracht", "Wat valt je op?", "What strikes you?")
    assert prompt_of_the_day(date(2026, 11, 30), [], another=3, priority=[only]) == only


def test_a_bank_of_one_always_gives_that_one() -> None:
    [only] = make_bank({"teamleren": 1})
    assert prompt_of_the_day(date(2026, 11, 30), [only], another=2) == only


def test_two_different_prompts_with_one_id_are_refused() -> None:
    a, b = Prompt("x", "A?", "A?", "teamleren"), Prompt("x", "B?", "B?", "teamleren")
    with pytest.raises(ValueError):
        prompt_of_the_day(date(2026, 11, 30), [a, b])


def test_a_negative_another_is_refused() -> None:
    with pytest.raises(ValueError):
        prompt_of_the_day(date(2026, 11, 30), SHIPPED, another=-1)


def test_days_before_the_epoch_work_too() -> None:
    assert day_number(date(2023, 12, 31)) == -1
    shown = run(date(1999, 12, 1), len(SHIPPED), SHIPPED)
    assert len({p.id for p in shown}) == len(SHIPPED)


@settings(max_examples=25)
@given(day=DAYS)
def test_the_shipped_bank_always_gives_a_prompt(day: date) -> None:
    assert prompt_of_the_day(day, SHIPPED) in SHIPPED
