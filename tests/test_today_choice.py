"""Today's question with the day's choice: "Een andere vraag", remembered, everywhere."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from leeslamp.cli import main
from leeslamp.core.paths import Paths
from leeslamp.daily.bank import REFLECTION, load_bank
from leeslamp.daily.today import (
    DailyQuestion,
    answer_fields,
    chosen_question,
    daily_question,
    next_question,
    read_daily_question,
)
from leeslamp.journal import Journal

#: the reflections: a morning intention is never the day's question (test_intentions.py)
BANK = [prompt for prompt in load_bank().prompts if prompt.kind == REFLECTION]
DAY = date(2026, 11, 30)


def test_without_a_choice_it_is_the_day_s_own_question() -> None:
    assert chosen_question(DAY, BANK) == daily_question(DAY, BANK)


def test_next_question_goes_through_the_day_s_alternatives_in_order() -> None:
    first = daily_question(DAY, BANK)
    second = next_question(first, BANK, [])
    third = next_question(second, BANK, [])
    assert second.prompt == daily_question(DAY, BANK, another=1).prompt
    assert third.prompt == daily_question(DAY, BANK, another=2).prompt


def test_next_question_comes_round_to_the_first_again() -> None:
    question = daily_question(DAY, BANK)
    in_rotation = [prompt for prompt in BANK if not prompt.retired]
    seen = []
    for _ in range(len(in_rotation)):
        question = next_question(question, BANK, [])
        seen.append(question.prompt.id)
    assert seen[-1] == daily_question(DAY, BANK).prompt.id
    assert len(set(seen)) == len(in_rotation)


def test_a_chosen_question_is_found_again() -> None:
    other = daily_question(DAY, BANK, another=3).prompt
    assert chosen_question(DAY, BANK, chosen=other.id).prompt == other


def test_a_choice_that_no_longer_exists_falls_back_to_the_day_s_question() -> None:
    assert chosen_question(DAY, BANK, chosen="weg-uit-de-bank") == daily_question(DAY, BANK)


def test_an_answer_to_a_bank_question_is_a_dagvraag_with_its_prompt() -> None:
    question = daily_question(DAY, BANK)
    kind, fields = answer_fields(question, "en")
    assert kind == "dagvraag"
    assert fields == {
        "prompt": {"id": question.prompt.id, "text": question.prompt.en},
        "article": question.prompt.article,
    }


def test_an_answer_to_a_question_about_an_article_is_about_that_article() -> None:
    about = next(p for p in BANK if p.article)
    kind, fields = answer_fields(DailyQuestion(DAY, about), "nl")
    assert kind == "dagvraag" and fields["article"] == about.article


@pytest.fixture
def paths(private_home: Path) -> Paths:
    return Paths(private_home)


def test_the_journal_s_choice_is_today_s_question(paths: Paths) -> None:
    other = daily_question(DAY, BANK, another=2).prompt
    with Journal.open(paths) as journal:
        journal.set_day_choice(DAY, other.id)
    assert read_daily_question(paths, DAY, BANK).prompt == other


def test_without_a_journal_it_is_the_bank_s_question(paths: Paths) -> None:
    assert read_daily_question(paths, DAY, BANK) == daily_question(DAY, BANK)
    assert not paths.journal.exists()  # and asking made none


def test_leeslamp_vandaag_shows_the_question_chosen_in_the_app(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    other = daily_question(DAY, BANK, another=1).prompt
    with Journal.open(paths) as journal:
        journal.set_day_choice(DAY, other.id)
    assert main(["vandaag", "--json", "--datum", DAY.isoformat()]) == 0
    assert json.loads(capsys.readouterr().out)["prompt"]["id"] == other.id
