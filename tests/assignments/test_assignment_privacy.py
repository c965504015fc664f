"""A daily answer stays private (issue 11): on a day with an open coach question,
`schrijf --soort dagvraag` still writes a private `dagvraag` to the bank's question;
`leeslamp vandaag` says a question is the coach's; the answer file's preview names, per
answer, its date and where it was written."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from leeslamp.assignments import answer_question, find_assignment
from leeslamp.core.dates import long_date
from leeslamp.core.paths import resolve
from leeslamp.daily.bank import load_bank
from leeslamp.daily.today import daily_question
from leeslamp.journal import Journal

OPEN = """\
titel = "Week 49"
coach = "Marieke"
deadline = 2999-01-01

[[lezen]]
artikel = "verbroken-sociale-contracten"
vragen = ["Welk contract staat onder druk?", "Wat zou je willen herstellen?"]
"""
LABEL = "Vraag van je coach Marieke · komt in je antwoordbestand"


def imported(run, tmp_path: Path, text: str = OPEN) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / "opdracht.toml"
    path.write_text(text, encoding="utf-8")
    result = run("opdracht", "importeer", path)
    assert result.code == 0, result.err
    return result.out.strip()


def entries(home: Path) -> list:
    with Journal.open(resolve(home), read_only=True) as journal:
        return journal.entries()


def test_schrijf_dagvraag_on_a_coach_day_is_private_and_stays_out_of_the_bundle(
    run, tmp_path, private_home
) -> None:  # type: ignore[no-untyped-def]
    assignment_id = imported(run, tmp_path)
    today = json.loads(run("vandaag", "--json").out)
    assert today["prompt"]["text"] == "Welk contract staat onder druk?"  # the coach's comes first

    result = run("schrijf", "--soort", "dagvraag", "boos op mijn teamleider")
    assert result.code == 0, result.err
    [entry] = entries(private_home)
    bank_prompt = daily_question(datetime.now().astimezone().date(), load_bank().prompts).prompt
    assert entry.kind == "dagvraag" and entry.assignment is None
    assert entry.prompt == {"id": bank_prompt.id, "text": bank_prompt.nl}

    # the coach's question is still open, and the answer file holds nothing of it
    assert json.loads(run("vandaag", "--json").out)["prompt"]["text"] == today["prompt"]["text"]
    bundle = tmp_path / "antwoorden.json"
    made = run("opdracht", "antwoorden", assignment_id, "-o", bundle, "--ja")
    assert made.code == 0, made.err
    assert "boos op mijn teamleider" not in bundle.read_text(encoding="utf-8")
    assert "boos op mijn teamleider" not in made.out + made.err


def test_vandaag_says_whose_question_it_is(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    plain = run("vandaag")
    assert "coach" not in plain.out
    assert json.loads(run("vandaag", "--json").out)["coach"] is None

    assignment_id = imported(run, tmp_path)
    lines = run("vandaag").out.splitlines()
    assert LABEL in lines
    assert lines.index(LABEL) < lines.index("Welk contract staat onder druk?")
    record = json.loads(run("vandaag", "--json").out)
    assert record["coach"] == {"name": "Marieke", "assignment": assignment_id}
    assert record["prompt"]["assignment"]["id"] == assignment_id  # the old key stays


def test_vandaag_names_no_coach_when_the_file_has_none(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    imported(run, tmp_path, OPEN.replace('coach = "Marieke"\n', ""))
    assert "Vraag van je coach · komt in je antwoordbestand" in run("vandaag").out
    english = run("vandaag", "--taal", "en").out
    assert "Question from your coach · goes into your answer file" in english


def test_the_answer_file_preview_lists_each_answer_with_date_and_place(
    run, tmp_path, private_home
) -> None:  # type: ignore[no-untyped-def]
    assignment_id = imported(run, tmp_path)
    assert run("schrijf", "--opdracht", assignment_id, "--vraag", "1", "Het contract").code == 0
    with Journal.open(resolve(private_home)) as journal:  # an answer from before places
        assignment = find_assignment(journal, assignment_id).assignment
        answer_question(journal, assignment, 2, "Het vertrouwen")
    day = long_date(datetime.now().astimezone().date())

    made = run("opdracht", "antwoorden", assignment_id, "-o", tmp_path / "a.json", "--ja")
    assert made.code == 0, made.err
    assert "Deze antwoorden gaan mee (datum en waar je ze schreef):" in made.err
    assert f"vraag 1 · {day} · leeslamp schrijf" in made.err
    assert f"vraag 2 · {day} · onbekend" in made.err
    [entry] = [e for e in entries(private_home) if e.text == "Het contract"]
    assert entry.assignment["written_in"] == "schrijf"


def test_a_private_answer_follows_a_bank_choice_for_the_day_but_never_a_coach_choice(
    journal,
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from leeslamp.assignments import check_assignment, import_assignment, open_questions
    from leeslamp.daily.today import private_question_for_day, question_for_day

    bank, day = load_bank().prompts, date(2026, 12, 1)
    import_assignment(journal, check_assignment(OPEN).assignment)
    coach = open_questions(journal, day)[0]
    assert question_for_day(journal, day, bank).assignment_question == coach
    own = daily_question(day, bank)
    assert private_question_for_day(journal, day, bank) == own

    other = daily_question(day, bank, another=2)  # "Een andere vraag" in the app
    journal.set_day_choice(day, other.prompt.id)
    assert private_question_for_day(journal, day, bank) == other

    journal.set_day_choice(day, coach.prompt_id)  # answered the coach's question in the app
    assert private_question_for_day(journal, day, bank) == own
