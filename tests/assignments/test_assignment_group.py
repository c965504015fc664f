"""A real group, end to end: five readers over three versions of one assignment, two of them
called Anna, one who fixed a typo in their file by hand, and a broken download beside them.
Every answer arrives in the coach's overview; nothing is overwritten."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from assignment_samples import GOOD, add_articles

from leeslamp.core.context import Context

V1 = GOOD
#: the coach rewords question 2
V2 = GOOD.replace("Wat zou je willen herstellen?", "Wat wil je herstellen?")
#: and later replaces question 3 by another one
V3 = V2.replace("Waar vertraag je om te versnellen?", "Wie heeft deze week jouw aandacht nodig?")

#: name, version, answers (question number -> text)
GROUP = [
    ("Anna", V1, {1: "Anna een: het contract", 2: "Anna een: herstellen", 3: "Anna een: traag"}),
    ("Anna", V2, {2: "Anna twee: herstellen"}),
    ("Bram", V3, {1: "Bram: contract", 3: "Bram: aandacht"}),
    ("Carla", V1, {2: "Carla: herstellen met een tikfout"}),
    ("Dirk", V3, {2: "Dirk: herstellen", 3: "Dirk: aandacht"}),
]


def test_every_answer_of_the_group_arrives(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # a minute passes at every look at the clock: the readers answer one after the other,
    # and the versions come in order (a version is as old as its first answer file)
    minutes = itertools.count()
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    monkeypatch.setattr(
        Context, "current_time", lambda _self: start + timedelta(minutes=next(minutes))
    )
    inbox = tmp_path / "inbox"
    for number, (name, text, answers) in enumerate(GROUP):
        home = tmp_path / f"lezer-{number}"
        add_articles(home / "articles")
        data = ["--data-dir", str(home)]
        assignment = tmp_path / f"opdracht-{number}.toml"
        assignment.write_text(text, encoding="utf-8")
        assignment_id = run("opdracht", "importeer", assignment, *data).out.strip()
        for question, answer in answers.items():
            written = run(
                "schrijf", "--opdracht", assignment_id, "--vraag", question, answer, *data
            )
            assert written.code == 0, written.err
        made = run("opdracht", "antwoorden", assignment_id, "--naam", name, "-o", f"{inbox}/",
                   "--ja", *data)  # fmt: skip
        assert made.code == 0, made.err
    files = sorted(inbox.glob("*.json"))
    assert len(files) == 5  # two Annas in one folder: two files
    carla = next(f for f in files if "-carla-" in f.name)
    carla.write_text(carla.read_text("utf-8").replace("tikfout", "typfout"), encoding="utf-8")
    broken = inbox / "Dirk (1).json"
    broken.write_bytes(files[-1].read_bytes()[:100])  # a download cut short

    result = run("opdracht", "overzicht", inbox, "--json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert len(data["versions"]) == 3 and len(data["readers"]) == 5
    assert [s["source"] for s in data["skipped"]] == [str(broken)]
    questions = {q["question"]: q["text"] for q in data["questions"]}
    assert questions == {
        1: "Welk sociaal contract staat onder druk?",
        2: "Wat wil je herstellen?",  # the newest wording, for the answers to both
        3: "Wie heeft deze week jouw aandacht nodig?",
        4: "Waar vertraag je om te versnellen?",  # asked only before the change
    }
    got = sorted(
        (r["reader"], sorted((a["question"], a["answer"]) for a in r["answers"] if a["answer"]))
        for r in data["readers"]
    )
    assert got == [
        (
            "Anna",
            [(1, "Anna een: het contract"), (2, "Anna een: herstellen"), (4, "Anna een: traag")],
        ),
        ("Anna", [(2, "Anna twee: herstellen")]),
        ("Bram", [(1, "Bram: contract"), (3, "Bram: aandacht")]),
        ("Carla", [(2, "Carla: herstellen met een typfout")]),
        ("Dirk", [(2, "Dirk: herstellen"), (3, "Dirk: aandacht")]),
    ]
    assert {r["label"] for r in data["readers"]} == {"Anna", "Anna (2)", "Bram", "Carla", "Dirk"}
    assert [r["label"] for r in data["readers"] if r["edited"]] == ["Carla"]

    report_path = tmp_path / "verslag.md"
    assert run("opdracht", "overzicht", inbox, "-o", report_path).code == 0
    report = report_path.read_text("utf-8")
    for _name, answers in got:
        for _question, answer in answers:
            assert f"> {answer}" in report
    assert "### Carla (met de hand bewerkt)" in report
    assert "_alleen in versie 1, versie 2_" in report
    assert "_versie 1, de vraag was: “Wat zou je willen herstellen?”_" in report
