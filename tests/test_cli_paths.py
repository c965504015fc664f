"""`leeslamp pad` (en: `path`): where you are, the list, start and stop; the path's label in
`leeslamp vandaag` (issue 16, §5)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from journal_factory import moment
from leeslamp.cli import main
from leeslamp.core.context import Context

#: a winter morning in Amsterdam; each test moves the clock with `clock.advance`
START = moment("2026-12-01 07:00")


class Clock:
    def __init__(self) -> None:
        self.now = START

    def advance(self, days: int) -> None:
        self.now += timedelta(days=days)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    found = Clock()
    monkeypatch.setattr(Context, "current_time", lambda self: found.now)
    return found


def run(capsys: pytest.CaptureFixture[str], *argv: str, code: int = 0) -> tuple[str, str]:
    assert main(list(argv)) == code
    return capsys.readouterr()


def today_json(capsys: pytest.CaptureFixture[str]) -> dict:  # type: ignore[type-arg]
    out, _err = run(capsys, "vandaag", "--json")
    return json.loads(out)["prompt"]


def test_without_a_path_pad_says_how_to_find_one(
    clock: Clock, capsys: pytest.CaptureFixture[str]
) -> None:
    out, _ = run(capsys, "pad")
    assert out == "Je volgt geen leerpad. Welke er zijn: leeslamp pad lijst\n"
    assert today_json(capsys)["path"] is None


def test_the_list_names_both_bundled_paths(
    clock: Clock, capsys: pytest.CaptureFixture[str]
) -> None:
    out, err = run(capsys, "pad", "lijst")
    assert "vijf-disciplines  De vijf disciplines in vijf weken (25 stappen)" in out
    assert "zeven-ochtenden   Zeven ochtenden aandacht (7 stappen)" in out
    assert err == ""
    run(capsys, "pad", "start", "zeven-ochtenden")
    records = json.loads(run(capsys, "--taal", "en", "path", "list", "--json")[0])
    assert [(r["id"], r["title"], r["steps"], r["active"]) for r in records] == [
        ("vijf-disciplines", "The five disciplines in five weeks", 25, False),
        ("zeven-ochtenden", "Seven mornings of attention", 7, True),
    ]


def test_start_makes_the_first_step_today_s_question(
    clock: Clock, capsys: pytest.CaptureFixture[str]
) -> None:
    out, _ = run(capsys, "pad", "start", "vijf-disciplines")
    assert out.splitlines() == [
        "Je volgt nu De vijf disciplines in vijf weken: 25 stappen, een per dag.",
        "De eerste stap is vandaag je dagvraag: leeslamp vandaag",
    ]
    prompt = today_json(capsys)
    assert prompt["id"] == "pad:vijf-disciplines:1"
    assert prompt["path"] == {
        "id": "vijf-disciplines",
        "title": "De vijf disciplines in vijf weken",
        "day": 1,
        "days": 25,
    }
    assert prompt["article"] == "stimuleer-het-leren-in-een-hybride-werkomgeving"
    out, _ = run(capsys, "vandaag")
    lines = out.splitlines()
    assert lines[2] == "Pad: De vijf disciplines in vijf weken · stap 1 van 25"
    assert lines[3] == prompt["text"]
    assert any(line.startswith("Bij het artikel: Stimuleer het leren") for line in lines)


def test_one_step_a_day_and_a_missed_day_waits(
    clock: Clock, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "pad", "start", "zeven-ochtenden")
    run(capsys, "schrijf", "--soort", "dagvraag", "Mijn eerste ochtend.")
    assert today_json(capsys)["path"]["day"] == 1  # answered today: it stays today's step
    clock.advance(3)  # three days away: step 2 waited
    assert today_json(capsys)["path"]["day"] == 2
    out, _ = run(capsys, "pad")
    assert out.splitlines()[:2] == [
        "Pad: Zeven ochtenden aandacht · stap 2 van 7",
        "━━━━" + "─" * 21,
    ]
    assert "Vandaag: Wat zag, hoorde of dacht je vanochtend als eerste" in out


def test_a_backdated_answer_from_before_the_path_is_not_its_step(
    clock: Clock, capsys: pytest.CaptureFixture[str], private_home: Path
) -> None:
    """A day before the path began had no step: `schrijf --datum` answers that day's question,
    and step 1 is still today's."""
    run(capsys, "pad", "start", "zeven-ochtenden")
    run(capsys, "schrijf", "--soort", "dagvraag", "--datum", "2026-11-28", "Iets van toen.")
    out, _ = run(capsys, "export", "--format", "json")
    (entry,) = json.loads(out)["entries"]
    assert not entry["prompt"]["id"].startswith("pad:")
    clock.advance(1)
    assert today_json(capsys)["path"]["day"] == 1


def test_the_last_step_says_the_path_is_done(
    clock: Clock, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "pad", "start", "zeven-ochtenden")
    for _ in range(7):
        run(capsys, "schrijf", "--soort", "dagvraag", "Een ochtend.")
        clock.advance(1)
    clock.advance(-1)
    out, _ = run(capsys, "pad")
    assert "Je hebt het hele pad gelopen" in out
    clock.advance(1)
    out, _ = run(capsys, "pad")
    assert out.startswith("Je hebt Zeven ochtenden aandacht helemaal gelopen")
    assert today_json(capsys)["path"] is None


def test_starting_another_path_says_which_one_stops(
    clock: Clock, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "pad", "start", "zeven-ochtenden")
    out, _ = run(capsys, "pad", "start", "zeven-ochtenden")
    assert out == "Je volgt Zeven ochtenden aandacht al: je bent bij stap 1 van 7.\n"
    out, _ = run(capsys, "pad", "start", "vijf-disciplines")
    assert out.splitlines()[0] == "Je stopt met Zeven ochtenden aandacht; je was bij stap 1 van 7."
    out, _ = run(capsys, "pad", "stop")
    assert out.startswith("Je bent gestopt met De vijf disciplines in vijf weken, bij stap 1")
    assert today_json(capsys)["path"] is None
    assert run(capsys, "pad", "stop")[0].startswith("Je volgt geen leerpad")


def test_a_path_stopped_can_be_started_again(
    clock: Clock, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "pad", "start", "zeven-ochtenden")
    run(capsys, "pad", "stop")
    out, _ = run(capsys, "pad", "start", "zeven-ochtenden")
    assert out.splitlines() == [
        "Je volgt nu Zeven ochtenden aandacht: 7 stappen, een per dag.",
        "De eerste stap is vandaag je dagvraag: leeslamp vandaag",
    ]
    assert today_json(capsys)["path"]["day"] == 1
    assert run(capsys, "pad")[0].startswith("Pad: Zeven ochtenden aandacht · stap 1 van 7")


def test_an_unknown_path_is_a_sentence(clock: Clock, capsys: pytest.CaptureFixture[str]) -> None:
    _out, err = run(capsys, "pad", "start", "geen-pad", code=2)
    assert err == (
        "leeslamp: Een pad met het id 'geen-pad' ken ik niet. "
        "Deze zijn er: vijf-disciplines, zeven-ochtenden.\n"
    )


COACH_PATH = """id = "week-van-de-coach"
titel = "Een week van je coach"
title = "A week from your coach"

[[stap]]
vraag = "Wat viel je op in het overleg?"
question = "What struck you in the meeting?"
artikel = "verbroken-sociale-contracten"
"""


def test_a_path_file_from_a_coach_is_copied_and_started(
    clock: Clock, capsys: pytest.CaptureFixture[str], private_home: Path, tmp_path: Path
) -> None:
    sent = tmp_path / "pad.toml"
    sent.write_text(COACH_PATH, encoding="utf-8")
    out, _ = run(capsys, "pad", "start", str(sent))
    kept = private_home / "leerpaden" / "week-van-de-coach.toml"
    assert kept.read_text(encoding="utf-8") == COACH_PATH
    assert f"Bewaard in {kept}." in out
    assert today_json(capsys)["id"] == "pad:week-van-de-coach:1"
    # the same file again changes nothing; another with that id is refused, the first kept
    run(capsys, "pad", "start", str(sent))
    sent.write_text(COACH_PATH.replace("overleg", "gesprek"), encoding="utf-8")
    _out, err = run(capsys, "pad", "start", str(sent), code=2)
    assert "Er is al een ander pad met het id 'week-van-de-coach'" in err
    assert kept.read_text(encoding="utf-8") == COACH_PATH


def test_a_damaged_path_file_is_named_with_its_line(
    clock: Clock, capsys: pytest.CaptureFixture[str], private_home: Path, tmp_path: Path
) -> None:
    sent = tmp_path / "pad.toml"
    sent.write_text(COACH_PATH + 'vragen = "dubbel"\n', encoding="utf-8")
    _out, err = run(capsys, "pad", "start", str(sent), code=2)
    assert err.splitlines() == [
        "leeslamp: Dit padbestand kan ik niet gebruiken:",
        f"{sent}, regel 9: het veld 'vragen' ken ik niet. "
        "Een stap heeft: vraag, question, artikel, discipline.",
    ]
    assert not (private_home / "leerpaden").exists()
    _out, err = run(capsys, "pad", "start", str(tmp_path / "weg.toml"), code=2)
    assert "vind ik niet" in err


def test_a_damaged_own_path_is_named_in_the_list(
    clock: Clock, capsys: pytest.CaptureFixture[str], private_home: Path
) -> None:
    own = private_home / "leerpaden"
    own.mkdir(parents=True)
    (own / "kapot.toml").write_text("id = \n", encoding="utf-8")
    _out, err = run(capsys, "pad", "lijst")
    assert err.splitlines()[0] == "Deze leerpaden zijn overgeslagen:"
    assert f"{own / 'kapot.toml'}, regel 1: geen geldige TOML (kolom 6): na '=' hoort" in err


def test_waar_names_the_own_paths_folder(
    clock: Clock, capsys: pytest.CaptureFixture[str], private_home: Path
) -> None:
    out, _ = run(capsys, "waar")
    assert "Eigen leerpaden" in out and str(private_home / "leerpaden") in out
