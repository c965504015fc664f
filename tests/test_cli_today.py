"""`leeslamp vandaag` / `today`: the day's question on the command line."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from leeslamp.cli import main
from leeslamp.core.context import Context
from leeslamp.daily.bank import Prompt, load_bank
from leeslamp.daily.schedule import prompt_of_the_day
from leeslamp.library.articles import load_library

BANK = load_bank().prompts
DAY = date(2026, 11, 30)


def a_day(with_article: bool) -> date:
    """The first day from DAY whose question is (or is not) linked to an article."""
    day = DAY
    while (prompt_of_the_day(day, BANK).article is not None) != with_article:
        day += timedelta(1)
    return day


def a_day_of(
    prompt_id: str | None = None, discipline: str | None = None, bank: list[Prompt] = BANK
) -> date:
    """The first day from DAY whose question has this id or discipline."""
    for n in range(len(bank)):
        prompt = prompt_of_the_day(DAY + timedelta(n), bank)
        if prompt.id == prompt_id or prompt.discipline == discipline:
            return DAY + timedelta(n)
    raise AssertionError("no such day in a whole cycle")


def output(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_prints_the_dutch_date_and_question(capsys: pytest.CaptureFixture[str]) -> None:
    prompt = prompt_of_the_day(DAY, BANK)
    lines = output(capsys, "vandaag", "--datum", "2026-11-30").splitlines()
    assert lines[:3] == ["maandag 30 november 2026", "", prompt.nl]


def test_names_the_discipline(capsys: pytest.CaptureFixture[str]) -> None:
    day = a_day_of(discipline="teamleren")
    assert "Discipline: teamleren" in output(capsys, "vandaag", "--datum", day.isoformat())


def test_names_a_factor_as_part_of_a_learning_culture(
    capsys: pytest.CaptureFixture[str],
) -> None:
    day = a_day_of(discipline="kennisdeling")
    assert "Lerende cultuur: kennisdeling" in output(capsys, "vandaag", "--datum", day.isoformat())


def test_english_with_taal_en(capsys: pytest.CaptureFixture[str]) -> None:
    prompt = prompt_of_the_day(DAY, BANK)
    lines = output(capsys, "today", "--taal", "en", "--date", "2026-11-30").splitlines()
    assert lines[:3] == ["Monday 30 November 2026", "", prompt.en]


def test_english_from_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEESLAMP_TAAL", "en")
    assert output(capsys, "today", "--datum", "2026-11-30").startswith("Monday")


def test_without_datum_it_is_today(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    early = datetime(2027, 3, 2, 4, 30, tzinfo=timezone(timedelta(hours=1)))
    monkeypatch.setattr(Context, "current_time", lambda self: early)
    lines = output(capsys, "vandaag").splitlines()
    assert lines[0] == "dinsdag 2 maart 2027"
    assert lines[2] == prompt_of_the_day(date(2027, 3, 2), BANK).nl


def test_json_for_scripts(capsys: pytest.CaptureFixture[str]) -> None:
    prompt = prompt_of_the_day(DAY, BANK)
    record = json.loads(output(capsys, "vandaag", "--json", "--datum", "2026-11-30"))
    assert record["date"] == "2026-11-30"
    assert record["prompt"]["id"] == prompt.id
    assert record["prompt"]["text"] == prompt.nl
    assert record["prompt"]["discipline"] == prompt.discipline
    assert record["prompt"]["article"] == prompt.article
    assert set(record["prompt"]) == {
        "id",
        "text",
        "nl",
        "en",
        "discipline",
        "discipline_label",
        "article",
        "article_title",
        "assignment",
        "again",
        "path",
    }
    assert record["prompt"]["again"] is None  # nothing answered before
    assert record["prompt"]["path"] is None  # no learning path followed (test_paths_cli.py)


def test_json_text_follows_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    record = json.loads(output(capsys, "today", "--json", "--taal", "en", "--date", "2026-11-30"))
    assert record["language"] == "en"
    assert record["prompt"]["text"] == prompt_of_the_day(DAY, BANK).en


def test_another_day_gives_that_days_question(capsys: pytest.CaptureFixture[str]) -> None:
    record = json.loads(output(capsys, "vandaag", "--json", "--datum", "2027-01-05"))
    assert record["prompt"]["id"] == prompt_of_the_day(date(2027, 1, 5), BANK).id


@pytest.mark.parametrize("bad", ["morgen", "2026-02-30", "30-11-2026", "2026-1-5", "20261130"])
def test_a_bad_date_is_a_dutch_sentence_and_exit_2(
    capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    assert main(["vandaag", "--datum", bad]) == 2
    captured = capsys.readouterr()
    assert captured.err == (
        f"leeslamp: De datum '{bad}' ken ik niet. "
        "Schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2026-11-30.\n"
    )
    assert captured.out == ""


def test_shows_the_linked_articles_title(capsys: pytest.CaptureFixture[str]) -> None:
    day = a_day(with_article=True)
    article = load_library().get(prompt_of_the_day(day, BANK).article or "")
    text = output(capsys, "vandaag", "--datum", day.isoformat())
    assert f"Bij het artikel: {article.title} (leeslamp lees {article.id})" in text


def test_json_has_the_linked_articles_title(capsys: pytest.CaptureFixture[str]) -> None:
    day = a_day(with_article=True)
    article = load_library().get(prompt_of_the_day(day, BANK).article or "")
    prompt = json.loads(output(capsys, "vandaag", "--json", "--datum", day.isoformat()))["prompt"]
    assert (prompt["article"], prompt["article_title"]) == (article.id, article.title)


def test_an_own_question_about_an_unknown_article_is_reported_and_skipped(
    capsys: pytest.CaptureFixture[str], private_home: Path
) -> None:
    own = private_home / "prompts"
    own.mkdir(parents=True)
    own.joinpath("eigen.toml").write_text(
        'discipline = "teamleren"\n\n[[vraag]]\nid = "mijn-vraag"\nnl = "Wat lees je?"\n'
        'en = "What are you reading?"\narticle = "bestaat-niet"\n',
        encoding="utf-8",
    )
    day = a_day_of("mijn-vraag", bank=load_bank(own).prompts)
    assert main(["vandaag", "--json", "--datum", day.isoformat()]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["prompt"]["id"] != "mijn-vraag"
    assert captured.err.startswith("Deze vragen zijn overgeslagen:\n")
    assert "bestaat-niet" in captured.err


def test_an_own_question_about_an_own_article_is_kept(
    capsys: pytest.CaptureFixture[str], private_home: Path
) -> None:
    from journal_factory import add_article

    add_article(private_home, "mijn-eigen-artikel", "Mijn eigen artikel")
    own = private_home / "prompts"
    own.mkdir(parents=True)
    own.joinpath("mijn.toml").write_text(
        'discipline = "teamleren"\n\n[[vraag]]\nid = "mijn-vraag"\nnl = "Wat lees je?"\n'
        'en = "What are you reading?"\narticle = "mijn-eigen-artikel"\n',
        encoding="utf-8",
    )
    day = a_day_of("mijn-vraag", bank=load_bank(own).prompts)
    assert main(["vandaag", "--json", "--datum", day.isoformat()]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["prompt"]["article_title"] == "Mijn eigen artikel"
    assert captured.err == ""


def test_a_day_without_article_says_nothing_about_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    text = output(capsys, "vandaag", "--datum", a_day(with_article=False).isoformat())
    assert "Bij het artikel" not in text


def test_own_questions_take_part(capsys: pytest.CaptureFixture[str], private_home: Path) -> None:
    own = private_home / "prompts"
    own.mkdir(parents=True)
    own.joinpath("mijn.toml").write_text(
        'discipline = "teamleren"\n\n[[vraag]]\nid = "mijn-vraag"\n'
        'nl = "Wat ga je vandaag anders doen?"\nen = "What will you do differently today?"\n',
        encoding="utf-8",
    )
    bank = load_bank(own).prompts
    day = a_day_of("mijn-vraag", bank=bank)
    assert "Wat ga je vandaag anders doen?" in output(capsys, "vandaag", "--datum", day.isoformat())


def test_a_broken_own_file_is_reported_on_stderr_and_the_question_still_shows(
    capsys: pytest.CaptureFixture[str], private_home: Path
) -> None:
    own = private_home / "prompts"
    own.mkdir(parents=True)
    broken = own / "kapot.toml"
    broken.write_text('[[vraag]]\nid = "x"\nnl = "Hoe?\n', encoding="utf-8")
    assert main(["vandaag", "--datum", "2026-11-30"]) == 0
    captured = capsys.readouterr()
    assert prompt_of_the_day(DAY, BANK).nl in captured.out
    assert captured.err.startswith("Deze vragen zijn overgeslagen:\n")
    assert f"{broken}, regel 3: geen geldige TOML (kolom 11): een tekst loopt door" in captured.err


def test_vandaag_writes_nothing(private_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output(capsys, "vandaag", "--datum", "2026-11-30")
    assert not private_home.exists()


def test_no_questions_at_all_is_a_sentence_and_exit_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from leeslamp.daily import bank as prompts

    monkeypatch.setattr(prompts, "bundled_prompts_dir", lambda: tmp_path / "leeg")
    assert main(["vandaag"]) == 1
    assert capsys.readouterr().err == (
        "leeslamp: Er zijn geen dagvragen: alle vragenbestanden ontbreken of hebben fouten.\n"
    )


def test_help_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["vandaag", "--help"])
    text = capsys.readouterr().out
    assert "--datum JJJJ-MM-DD" in text and "een andere dag" in text


def test_help_for_json_says_discipline_is_null_for_a_coach_question(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["vandaag", "--help"])
    assert "null bij een vraag van je coach" in " ".join(capsys.readouterr().out.split())
