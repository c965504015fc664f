"""Morning intentions on the command line: `schrijf --soort voornemen`, `zoek --soort voornemen`,
the exports, and `vandaag`, which never gives one as the day's question."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from journal_factory import all_entries, write_entries
from leeslamp.cli import main
from leeslamp.daily.bank import load_bank
from leeslamp.daily.schedule import intention_of_the_day


def exported(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["export", "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)["entries"]


def test_schrijf_voornemen_carries_the_days_intention_question(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["schrijf", "--soort", "voornemen", "Eerst", "luisteren."]) == 0
    assert "voornemen" in capsys.readouterr().err
    [entry] = exported(capsys)
    question = intention_of_the_day(date.today(), load_bank().prompts)
    assert question is not None
    assert entry["kind"] == "voornemen" and entry["text"] == "Eerst luisteren."
    assert entry["prompt"] == {"id": question.id, "text": question.nl}


def test_vandaag_never_gives_an_intention(capsys: pytest.CaptureFixture[str]) -> None:
    start = date(2026, 12, 1)
    for n in range(20):
        day = (start + timedelta(n)).isoformat()
        assert main(["vandaag", "--datum", day, "--json"]) == 0
        prompt = json.loads(capsys.readouterr().out)["prompt"]
        assert not prompt["id"].startswith("voornemen-"), day


def test_zoek_soort_voornemen_finds_only_intentions(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_entries(
        {"at": "2026-11-02 05:00", "kind": "voornemen", "text": "Vandaag rustig luisteren."},
        {"at": "2026-11-02 05:10", "kind": "dagvraag", "text": "Ik wil rustig luisteren leren."},
    )
    assert main(["zoek", "luisteren", "--soort", "voornemen", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    texts = json.dumps(found, ensure_ascii=False)
    assert "Vandaag rustig luisteren." in texts and "Ik wil rustig" not in texts


def test_markdown_export_puts_intentions_with_the_daily_answers_and_says_how_they_went(
    private_home: Path, tmp_path: Path
) -> None:
    write_entries(
        {
            "at": "2026-11-02 05:00",
            "kind": "voornemen",
            "text": "Anna bedanken.",
            "prompt": {
                "id": "voornemen-iemand-bedanken",
                "text": "Wie bedank je?",
                "outcome": "deels",
            },
        }
    )
    assert main(["export", "--format", "markdown", "-o", str(tmp_path / "md")]) == 0
    [note] = (tmp_path / "md").glob("*.md")
    text = note.read_text(encoding="utf-8")
    assert note.stem == "Dagvragen"
    assert "voornemen" in text and "**Wie bedank je?**" in text
    assert "Anna bedanken." in text and "*Hoe het ging: deels*" in text


def test_jrnl_export_keeps_the_intentions_question(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_entries(
        {
            "at": "2026-11-02 05:00",
            "kind": "voornemen",
            "text": "Anna bedanken.",
            "prompt": {"id": "voornemen-iemand-bedanken", "text": "Wie bedank je?"},
        }
    )
    capsys.readouterr()
    assert main(["export", "--format", "jrnl"]) == 0
    out = capsys.readouterr().out
    assert "Vraag: Wie bedank je?" in out and "@voornemen" in out


def test_an_intention_goes_to_jrnl_and_back_with_its_question_and_how_it_went(
    private_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_entries(
        {
            "at": "2026-11-02 05:00",
            "kind": "voornemen",
            "text": "Anna bedanken.",
            "tags": ["werk"],
            "prompt": {
                "id": "voornemen-iemand-bedanken",
                "text": "Wie bedank je?",
                "outcome": "deels",
            },
        }
    )
    exported = tmp_path / "export.txt"
    assert main(["export", "--format", "jrnl", "-o", str(exported)]) == 0
    assert "@voornemen @werk @uitkomst-deels" in exported.read_text(encoding="utf-8")
    monkeypatch.setenv("LEESLAMP_HOME", str(tmp_path / "elders"))
    assert main(["import", "jrnl", str(exported)]) == 0
    [entry] = all_entries()
    assert (entry.kind, entry.text, entry.tags) == ("voornemen", "Anna bedanken.", ("werk",))
    assert entry.prompt == {"id": None, "text": "Wie bedank je?", "outcome": "deels"}
