"""`leeslamp schrijf --datum DAG`: an entry for a day gone by (issue 16 §3), and `vandaag`
showing a question that comes back (issue 16 §4)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from journal_factory import moment
from leeslamp.cli import main
from leeslamp.core.context import Context
from leeslamp.daily.bank import load_bank
from leeslamp.daily.returning import may_return_on
from leeslamp.daily.schedule import prompt_of_the_day

NOW = moment("2026-12-06 09:41")
BANK = load_bank().prompts


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Context, "current_time", lambda self: NOW)


def exported(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["export", "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)["entries"]


def written(entry: dict) -> datetime:
    return datetime.fromisoformat(entry["created"])


@pytest.mark.parametrize(
    ("words", "day"),
    [
        ("2026-03-01", date(2026, 3, 1)),
        ("gisteren", date(2026, 12, 5)),
        ("1 maart", date(2026, 3, 1)),
        ("3 dagen geleden", date(2026, 12, 3)),
    ],
)
def test_the_entry_is_written_on_that_day_at_now_s_time(
    capsys: pytest.CaptureFixture[str], words: str, day: date
) -> None:
    assert main(["schrijf", "--datum", words, "Wat ik toen dacht."]) == 0
    [entry] = exported(capsys)
    assert written(entry).date() == day
    assert written(entry).strftime("%H:%M") == "09:41"
    assert written(entry).utcoffset() is not None
    assert entry["updated"] == entry["created"]


def test_english_date_words_with_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["write", "--taal", "en", "--date", "yesterday", "Then."]) == 0
    [entry] = exported(capsys)
    assert written(entry).date() == date(2026, 12, 5)


def test_today_is_now(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schrijf", "--datum", "vandaag", "Nu."]) == 0
    [entry] = exported(capsys)
    assert written(entry) == NOW


def test_a_daily_answer_answers_that_day_s_question(capsys: pytest.CaptureFixture[str]) -> None:
    day = date(2026, 11, 20)
    assert main(["schrijf", "--soort", "dagvraag", "--datum", day.isoformat(), "Antwoord."]) == 0
    [entry] = exported(capsys)
    assert entry["prompt"]["id"] == prompt_of_the_day(day, BANK).id
    assert written(entry).date() == day


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--datum", "morgen"], "morgen"),
        (["--datum", "2026-12-07"], "nog niet geweest"),
        (["--datum", "november"], "meer dan één dag"),
        (["--datum", "31 februari"], "31 februari"),
        (["--datum", "gisteren", "--opdracht", "x", "--vraag", "1"], "--opdracht"),
    ],
)
def test_a_day_that_will_not_do_is_a_sentence_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], private_home: Path, argv: list[str], says: str
) -> None:
    assert main(["schrijf", *argv, "Tekst."]) == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err
    assert not (private_home / "journal.log").exists()


def test_vandaag_says_when_a_returning_question_was_answered(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Backdate an answer, then on a day it comes back `vandaag` names the day and --json
    holds the earlier answer."""
    answered = date(2026, 11, 20)
    prompt = prompt_of_the_day(answered, BANK)
    assert main(["schrijf", "--soort", "dagvraag", "--datum", "2026-11-20", "Toen zo."]) == 0
    [entry] = exported(capsys)
    day = answered + timedelta(days=7)
    while not may_return_on(day):
        day += timedelta(days=1)
    assert main(["vandaag", "--datum", day.isoformat()]) == 0
    out = capsys.readouterr().out
    assert prompt.nl in out
    assert "Je beantwoordde deze vraag op 20 november" in out
    assert main(["today", "--taal", "en", "--date", day.isoformat()]) == 0
    assert "You answered this question on 20 November" in capsys.readouterr().out
    assert main(["vandaag", "--json", "--datum", day.isoformat()]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["prompt"]["id"] == prompt.id
    assert record["prompt"]["again"] == {
        "answered": "2026-11-20",
        "text": "Toen zo.",
        "entry": entry["id"],
    }
    # again from the cache: the same
    assert main(["vandaag", "--json", "--datum", day.isoformat()]) == 0
    assert json.loads(capsys.readouterr().out) == record
