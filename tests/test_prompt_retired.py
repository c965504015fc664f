"""A question that leaves the bank (`retired = true`): never a day's question again, yet every
answer and day's choice that names its id still finds it."""

from __future__ import annotations

import json
import textwrap
from datetime import date, timedelta
from pathlib import Path

import pytest

from journal_factory import write_entries
from leeslamp.cli import main
from leeslamp.daily.bank import read_prompt_file
from leeslamp.daily.schedule import day_choices
from leeslamp.daily.today import answer_fields, chosen_question, daily_question, todays_answer
from leeslamp.interop.jrnl_import import known_from
from leeslamp.journal.models import Entry

FILE = """\
discipline = "teamleren"

[[vraag]]
id = "blijft"
nl = "Wat leerde je team deze week?"
en = "What did your team learn this week?"

[[vraag]]
id = "ook-blijft"
nl = "Wie luistert er bij jullie het best?"
en = "Who listens best on your team?"

[[vraag]]
id = "uit-de-bank"
nl = "Welke oude vraag mag weg?"
en = "Which old question may go?"
article = "het-leren-faciliteren"
retired = true
"""
DAY = date(2026, 12, 6)


def bank(tmp_path: Path, text: str = FILE):  # type: ignore[no-untyped-def]
    path = tmp_path / "vragen.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return read_prompt_file(path)


def test_a_retired_question_is_read_with_its_text_and_article(tmp_path: Path) -> None:
    prompts, problems = bank(tmp_path)
    assert problems == []
    retired = {p.id: p for p in prompts}["uit-de-bank"]
    assert retired.retired and retired.article == "het-leren-faciliteren"
    assert not any(p.retired for p in prompts if p.id != "uit-de-bank")


def test_retired_must_be_true_or_false(tmp_path: Path) -> None:
    prompts, problems = bank(tmp_path, FILE.replace("retired = true", 'retired = "ja"'))
    assert [p.id for p in prompts] == ["blijft", "ook-blijft"]
    assert len(problems) == 1 and "retired" in problems[0].sentence()
    assert problems[0].line == 18


def test_a_retired_question_never_comes_up_on_any_day(tmp_path: Path) -> None:
    prompts, _ = bank(tmp_path)
    for offset in range(30):
        ids = [p.id for p in day_choices(DAY + timedelta(days=offset), prompts)]
        assert sorted(ids) == ["blijft", "ook-blijft"]


def test_a_day_that_chose_a_retired_question_keeps_it_and_its_answer(tmp_path: Path) -> None:
    """The day it was chosen and answered, before the update took it out of the bank."""
    prompts, _ = bank(tmp_path)
    question = chosen_question(DAY, prompts, chosen="uit-de-bank")
    assert question.prompt.id == "uit-de-bank"
    kind, fields = answer_fields(question, "nl")
    answer = Entry(
        id="1",
        kind=kind,
        text="Mijn antwoord",
        created=f"{DAY.isoformat()}T06:00:00+01:00",
        updated=f"{DAY.isoformat()}T06:00:00+01:00",
        **fields,
    )
    assert todays_answer([answer], question) == answer
    assert fields["article"] == "het-leren-faciliteren"


def test_an_unknown_choice_still_falls_back_to_the_day_s_question(tmp_path: Path) -> None:
    prompts, _ = bank(tmp_path)
    assert chosen_question(DAY, prompts, chosen="nooit-bestaan") == daily_question(DAY, prompts)


def test_an_exported_answer_to_a_retired_question_is_linked_again_on_import(
    tmp_path: Path,
) -> None:
    prompts, _ = bank(tmp_path)
    assert known_from([], prompts).prompts["Welke oude vraag mag weg?"] == "uit-de-bank"


def test_zoek_per_article_still_finds_an_old_answer_to_a_retired_bundled_question(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Answers from before answers kept their article are found through their prompt id."""
    write_entries(
        {
            "at": "2026-11-03 05:00",
            "kind": "dagvraag",
            "text": "Door rustig te blijven.",
            "prompt": {"id": "onzekerheid-en-harder-optreden", "text": "Waar zie je ...?"},
        },
    )
    assert main(["zoek", "--json", "--artikel", "verbroken-sociale-contracten"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [r["entry"]["text"] for r in document["results"]] == ["Door rustig te blijven."]
