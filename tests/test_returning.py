"""Questions that come back (issue 16 §4): the schedule's rules as properties, and the day's
question built from a journal."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal_factory import write_entries
from leeslamp.core.paths import resolve
from leeslamp.daily.bank import REFLECTION, load_bank
from leeslamp.daily.returning import (
    EVERY,
    STAGES,
    may_return_on,
    returning_prompt,
)
from leeslamp.daily.schedule import prompt_of_the_day
from leeslamp.daily.today import (
    question_for_day,
    read_daily_question,
    read_private_question,
    returning_question,
)
from leeslamp.journal import Journal

IDS = [f"q{n}" for n in range(6)]
START = date(2026, 1, 1)
DAYS = st.integers(0, 400).map(lambda n: START + timedelta(days=n))
ANSWERS = st.dictionaries(st.sampled_from(IDS), st.lists(DAYS, min_size=1, max_size=4), max_size=6)
ELIGIBLE = st.sets(st.sampled_from(IDS))


def returns(answers: dict[str, list[date]], eligible: set[str], first: date, days: int) -> dict:
    """Day -> the question that comes back that day, over `days` days from `first`."""
    found = {}
    for n in range(days):
        day = first + timedelta(days=n)
        prompt_id = returning_prompt(day, answers, eligible)
        if prompt_id is not None:
            found[day] = prompt_id
    return found


@settings(max_examples=60, deadline=None)
@given(ANSWERS, ELIGIBLE, DAYS)
def test_only_an_eligible_question_answered_a_week_ago_or_more_comes_back(
    answers: dict[str, list[date]], eligible: set[str], day: date
) -> None:
    found = returning_prompt(day, answers, eligible)
    if found is not None:
        assert found in eligible  # never a retired one, never one not in the bank
        before = [d for d in answers[found] if d < day]
        assert before and max(before) <= day - timedelta(days=7)


@settings(max_examples=30, deadline=None)
@given(ANSWERS, DAYS)
def test_at_most_one_question_comes_back_in_any_three_days(
    answers: dict[str, list[date]], first: date
) -> None:
    days = sorted(returns(answers, set(IDS), first, 90))
    assert all(later - earlier >= timedelta(days=3) for earlier, later in pairwise(days))
    assert all(may_return_on(day) for day in days)


@settings(max_examples=60, deadline=None)
@given(ANSWERS, DAYS, st.randoms(use_true_random=False), st.lists(DAYS, max_size=3))
def test_the_same_for_the_same_journal_whatever_the_order_and_later_answers(
    answers: dict[str, list[date]], day: date, random, later: list[date]
) -> None:
    expected = returning_prompt(day, answers, set(IDS))
    shuffled = {}
    for prompt_id in random.sample(list(answers), len(answers)):
        dates = list(answers[prompt_id]) * 2  # twice on one day counts once
        random.shuffle(dates)
        # answers from the day on (answering today's question) change nothing today
        shuffled[prompt_id] = dates + [d for d in later if d >= day]
    assert returning_prompt(day, shuffled, set(IDS)) == expected


@settings(max_examples=40, deadline=None)
@given(DAYS, st.lists(DAYS, max_size=4))
def test_each_moment_comes_once_and_only_around_7_30_90_and_365_days(
    answered: date, others: list[date]
) -> None:
    """One answer, other questions competing for the days: the question comes back at most
    once in each window, and never outside them."""
    answers = {"q0": [answered], **{f"q{n + 1}": [d] for n, d in enumerate(others)}}
    back = [d for d, q in returns(answers, set(IDS), answered, 420).items() if q == "q0"]
    for after, span in STAGES:
        opens = answered + timedelta(days=after)
        inside = [d for d in back if opens <= d < opens + timedelta(days=span)]
        assert len(inside) <= 1
    windows = [(answered + timedelta(days=a), answered + timedelta(days=a + s)) for a, s in STAGES]
    assert all(any(opens <= d < closes for opens, closes in windows) for d in back)


@settings(max_examples=40, deadline=None)
@given(DAYS, st.integers(7, 200))
def test_a_question_alone_comes_back_at_every_moment_and_answering_again_starts_over(
    first: date, gap: int
) -> None:
    again = first + timedelta(days=gap)
    back = sorted(returns({"q0": [first, again]}, {"q0"}, first, gap + 400))
    # from the first answer: the moments before the second answer (their window whole)
    expected_windows = [
        (first + timedelta(days=a), first + timedelta(days=a + s))
        for a, s in STAGES
        if first + timedelta(days=a + s) <= again
    ]
    # after the second answer: 7 days first, then 30, 90 and 365, every window used once
    expected_windows += [
        (again + timedelta(days=a), again + timedelta(days=a + s)) for a, s in STAGES
    ]
    for opens, closes in expected_windows:
        assert len([d for d in back if opens <= d < closes]) == 1, (opens, closes, back)
    assert not [d for d in back if again < d < again + timedelta(days=7)]


def test_a_question_comes_back_within_a_few_days_of_a_week() -> None:
    answered = date(2026, 3, 1)
    back = returns({"q0": [answered]}, {"q0"}, answered, 14)
    assert len(back) == 1
    (day,) = back
    assert 7 <= (day - answered).days < 7 + EVERY


# --- the day's question, from a journal ----------------------------------------------------

BANK = [p for p in load_bank().prompts if p.kind == REFLECTION and not p.retired]


def first_return_day(answered: date) -> date:
    day = answered + timedelta(days=7)
    while not may_return_on(day):
        day += timedelta(days=1)
    return day


def answer(prompt_id: str, text: str, at: str) -> None:
    prompt = next(p for p in BANK if p.id == prompt_id)
    write_entries(
        {"at": at, "kind": "dagvraag", "text": text, "prompt": {"id": prompt.id, "text": prompt.nl}}
    )


def test_an_answered_question_is_the_day_s_question_a_week_later(private_home: Path) -> None:
    answered = date(2026, 3, 1)
    prompt = prompt_of_the_day(answered, BANK)
    answer(prompt.id, "Toen dacht ik dit.", "2026-03-01 08:00")
    day = first_return_day(answered)
    with Journal.open(resolve(), read_only=True) as journal:
        question = question_for_day(journal, day, BANK)
        assert returning_question(journal.entries(), day, BANK) == prompt
    assert question.prompt == prompt
    assert question.again is not None
    assert (question.again.answered, question.again.text) == (answered, "Toen dacht ik dit.")
    # the same from the files, as `leeslamp vandaag` and `schrijf --soort dagvraag` read them
    paths = resolve()
    assert read_daily_question(paths, day, BANK) == question
    assert read_private_question(paths, day, BANK).prompt == prompt


def test_answering_it_again_keeps_the_day_s_question(private_home: Path) -> None:
    answered = date(2026, 3, 1)
    prompt = prompt_of_the_day(answered, BANK)
    answer(prompt.id, "Toen.", "2026-03-01 08:00")
    day = first_return_day(answered)
    answer(prompt.id, "Nu anders.", f"{day.isoformat()} 09:00")
    with Journal.open(resolve(), read_only=True) as journal:
        question = question_for_day(journal, day, BANK)
    assert question.prompt == prompt
    assert question.again is not None and question.again.text == "Toen."


def test_a_retired_question_does_not_come_back(private_home: Path) -> None:
    from dataclasses import replace

    answered = date(2026, 3, 1)
    prompt = prompt_of_the_day(answered, BANK)
    answer(prompt.id, "Toen.", "2026-03-01 08:00")
    bank = [replace(p, retired=True) if p.id == prompt.id else p for p in BANK]
    day = first_return_day(answered)
    with Journal.open(resolve(), read_only=True) as journal:
        assert returning_question(journal.entries(), day, bank) is None
        assert question_for_day(journal, day, bank).prompt != prompt


def test_vandaag_reads_the_journal_only_when_it_may_matter(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a day no question may come back, the bank's question of the day with its earlier
    answer when it was answered before (the bank came round), without opening the journal when
    its id is nowhere in the files."""
    day = date(2026, 6, 1)
    while may_return_on(day):
        day += timedelta(days=1)
    prompt = prompt_of_the_day(day, BANK)
    other = prompt_of_the_day(day - timedelta(days=1), BANK)
    answer(other.id, "Iets anders.", "2025-12-01 08:00")
    paths = resolve()
    opened = []
    real_open = Journal.open.__func__

    def counting_open(cls, *args, **kwargs):
        opened.append(True)
        return real_open(cls, *args, **kwargs)

    monkeypatch.setattr(Journal, "open", classmethod(counting_open))
    question = read_daily_question(paths, day, BANK)
    assert (question.prompt, question.again, opened) == (prompt, None, [])
    answer(prompt.id, "Een half jaar terug.", "2025-12-01 09:00")
    opened.clear()
    question = read_daily_question(paths, day, BANK)
    assert question.prompt == prompt and opened == [True]
    assert question.again is not None and question.again.text == "Een half jaar terug."


def test_files_may_contain_looks_at_both_files_and_says_yes_when_it_cannot_tell(
    tmp_path: Path,
) -> None:
    from leeslamp.journal.peek import files_may_contain

    snapshot, log = tmp_path / "journal.json", tmp_path / "journal.log"
    assert not files_may_contain(snapshot, log, b'"dagvraag"')  # no journal yet
    snapshot.write_bytes(b"")
    assert not files_may_contain(snapshot, log, b'"dagvraag"')
    snapshot.write_bytes(b'{"entries": {"1": {"kind": "reflectie"}}}')
    assert not files_may_contain(snapshot, log, b'"dagvraag"')
    log.write_bytes(b'{"t":"entries","doc":{"kind":"dagvraag"}}\n')
    assert files_may_contain(snapshot, log, b'"dagvraag"')
    log.unlink()
    snapshot.write_bytes(b'{"entries": {"1": {"kind": "dagvraag"}}}')
    assert files_may_contain(snapshot, log, b'"dagvraag"')
    log.mkdir()  # a folder where the log belongs: the whole read will say what is wrong
    assert files_may_contain(tmp_path / "none.json", log, b'"dagvraag"')
