"""`leeslamp schrijf` for daily questions and aandacht notes, and `vandaag` with a coach's question."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from leeslamp.cli import main

ARTICLE = "verbroken-sociale-contracten"
QUOTE = "Politici en overheden luisteren toch niet."


def exported(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["export", "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)["entries"]


def test_aandacht_note_is_anchored_at_the_quote(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["schrijf", "--soort", "aandacht", "--artikel", ARTICLE, "--citaat", QUOTE, "Waarom?"])
        == 0
    )
    [entry] = exported(capsys)
    anchor = entry["anchor"]
    assert entry["kind"] == "aandacht" and entry["article"] == ARTICLE
    assert anchor["quote"] == QUOTE and anchor["state"] == "exact"
    assert anchor["end"] - anchor["start"] == len(QUOTE)
    assert anchor["prefix"].endswith("staken. ") and len(anchor["suffix"]) == 32


def test_aandacht_quote_typed_with_straight_apostrophe_still_matches(
    capsys: pytest.CaptureFixture[str],
) -> None:
    typed = "Dat is zo'n voorbeeld van een sociaal contract"
    assert main(["schrijf", "--soort", "aandacht", "--artikel", ARTICLE, "--citaat", typed]) == 0
    [entry] = exported(capsys)
    assert entry["anchor"]["quote"].startswith("Dat is zo’n voorbeeld")
    assert entry["text"] == ""  # no note: a plain highlight


def test_aandacht_quote_not_in_article_is_a_sentence_and_exit_2(
    capsys: pytest.CaptureFixture[str], private_home: Path
) -> None:
    code = main(["schrijf", "--soort", "aandacht", "--artikel", ARTICLE, "--citaat", "niet hier"])
    assert code == 2
    assert "staat niet in" in capsys.readouterr().err
    assert not (private_home / "journal.log").exists()


def test_aandacht_without_quote_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schrijf", "--soort", "aandacht", "--artikel", ARTICLE, "tekst"]) == 2
    assert "citaat" in capsys.readouterr().err


def test_dagvraag_entry_carries_todays_question(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vandaag", "--json"]) == 0
    today = json.loads(capsys.readouterr().out)["prompt"]
    assert main(["schrijf", "--soort", "dagvraag", "Mijn antwoord"]) == 0
    [entry] = exported(capsys)
    assert entry["kind"] == "dagvraag"
    assert entry["prompt"] == {"id": today["id"], "text": today["text"]}


def test_open_coach_question_comes_first_but_dagvraag_stays_private(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assignment = tmp_path / "opdracht.toml"
    assignment.write_text(
        'titel = "Week 49"\ncoach = "Coach"\ndeadline = 2999-01-01\n\n'
        f'[[lezen]]\nartikel = "{ARTICLE}"\nvragen = ["Welk contract staat onder druk?"]\n',
        encoding="utf-8",
    )
    assert main(["opdracht", "importeer", str(assignment)]) == 0
    capsys.readouterr()
    assert main(["vandaag", "--json"]) == 0
    prompt = json.loads(capsys.readouterr().out)["prompt"]
    assert prompt["text"] == "Welk contract staat onder druk?"
    assert prompt["assignment"]["question"] == 1
    # English keys throughout; a coach's question belongs to no discipline
    assert prompt["assignment"]["title"] == "Week 49" and "titel" not in prompt["assignment"]
    assert prompt["discipline"] is None
    # a daily answer is private: the bank's question, never the coach's
    assert main(["schrijf", "--soort", "dagvraag", "Het contract met de klant."]) == 0
    [entry] = exported(capsys)
    assert entry["kind"] == "dagvraag" and entry["assignment"] is None
    assert entry["prompt"]["text"] != "Welk contract staat onder druk?"
    # only --opdracht answers the coach; answered, the bank's question of the day is back
    assignment_id = prompt["assignment"]["id"]
    assert main(["schrijf", "--opdracht", assignment_id, "--vraag", "1", "De klant."]) == 0
    capsys.readouterr()
    assert main(["vandaag", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["prompt"]["assignment"] is None


def test_vandaag_json_date_is_the_injected_day(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vandaag", "--json", "--datum", "2026-12-24"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["date"] == "2026-12-24"
    assert record["prompt"]["discipline"] is not None
    assert datetime.now(UTC).year >= 2024


def test_a_daily_answer_is_found_and_exported_with_its_question_s_article(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from datetime import date, timedelta

    from leeslamp.core.context import Context
    from leeslamp.daily.bank import load_bank
    from leeslamp.daily.schedule import prompt_of_the_day

    bank, day = load_bank().prompts, date(2026, 11, 30)
    while prompt_of_the_day(day, bank).article is None:
        day += timedelta(1)
    article = prompt_of_the_day(day, bank).article
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    monkeypatch.setattr(Context, "current_time", lambda self: noon)
    assert main(["schrijf", "--soort", "dagvraag", "Mijn antwoord"]) == 0
    [entry] = exported(capsys)
    assert entry["article"] == article
    assert main(["zoek", "--artikel", article, "--json"]) == 0
    assert "Mijn antwoord" in capsys.readouterr().out
    assert main(["export", "--format", "markdown", "--artikel", article, "-o", str(tmp_path)]) == 0
    notes = "".join(path.read_text(encoding="utf-8") for path in tmp_path.glob("*.md"))
    assert "\n*Bij " in notes
