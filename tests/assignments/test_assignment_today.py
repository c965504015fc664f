"""`leeslamp vandaag` after a new version of an assignment comes in: the day's coach question
is the current version's, in its wording and with its id, also when the old one was chosen
for the day ("Een andere vraag", or answering it in the app)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from assignment_samples import GOOD

from leeslamp.core.paths import resolve
from leeslamp.daily.bank import load_bank
from leeslamp.daily.today_view import load_view
from leeslamp.journal import Journal

#: today: an answer for the coach is written today (`schrijf --opdracht` takes no --datum)
DAY = date.today()
OPEN = GOOD.replace("deadline = 2026-12-11", "deadline = 2099-12-11")
#: OPEN with the articles in the other order and its first question reworded: GOOD's
#: question 1 is question 2 here, its question 2 question 3, without its message
REWORDED = """\
titel = "Leesopdracht week 49: aandacht"
coach = "Marieke"
deadline = 2099-12-11

[[lezen]]
artikel = "het-leren-faciliteren"
vragen = ["Waar vertraag je om te versnellen?"]

[[lezen]]
artikel = "verbroken-sociale-contracten"
vragen = ["Welk sociaal contract staat het meest onder druk?", "Wat zou je willen herstellen?"]
"""


def imported(run, tmp_path: Path, name: str, text: str) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run("opdracht", "importeer", path)
    assert result.code == 0, result.err
    return result.out.strip()


def choose(home: Path, prompt_id: str) -> None:
    with Journal.open(resolve(home)) as journal:
        journal.set_day_choice(DAY, prompt_id)


def today(run) -> dict:  # type: ignore[no-untyped-def,type-arg]
    result = run("vandaag", "--datum", DAY.isoformat(), "--json")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_the_chosen_question_follows_a_new_version(run, tmp_path, private_home) -> None:  # type: ignore[no-untyped-def]
    old = imported(run, tmp_path, "week49.toml", OPEN)
    choose(private_home, f"opdracht-{old}-1")
    assert today(run)["prompt"]["assignment"]["id"] == old  # and the caches hold it
    new = imported(run, tmp_path, "week49-v2.toml", REWORDED)
    said = run("vandaag", "--datum", DAY.isoformat())
    assert "Welk sociaal contract staat het meest onder druk?" in said.out
    assert f"leeslamp schrijf --opdracht {new} --vraag 2 " in said.out
    assert old not in said.out
    record = today(run)
    assert record["prompt"]["id"] == f"opdracht-{new}-2"
    assert record["prompt"]["assignment"] == {
        "id": new,
        "title": "Leesopdracht week 49: aandacht",
        "question": 2,
    }
    assert record["answered"] is False


def test_a_question_answered_before_the_new_version_stays_answered(  # type: ignore[no-untyped-def]
    run, tmp_path, private_home
) -> None:
    old = imported(run, tmp_path, "week49.toml", OPEN)
    written = run("schrijf", "--opdracht", old, "--vraag", "2", "Vertrouwen")
    assert written.code == 0, written.err
    choose(private_home, f"opdracht-{old}-2")  # answered in the app: the day keeps it
    assert today(run)["answered"] is True
    new = imported(run, tmp_path, "week49-v2.toml", REWORDED)
    record = today(run)
    assert record["prompt"]["id"] == f"opdracht-{new}-3"
    assert record["answered"] is True
    with Journal.open(resolve(private_home), read_only=True) as journal:
        view = load_view(journal, DAY, load_bank().prompts, set())
    assert view.today.answer is not None and view.today.answer.text == "Vertrouwen"


def test_vandaag_in_the_app_reads_the_current_version_too(run, tmp_path, private_home) -> None:  # type: ignore[no-untyped-def]
    old = imported(run, tmp_path, "week49.toml", OPEN)
    choose(private_home, f"opdracht-{old}-1")
    new = imported(run, tmp_path, "week49-v2.toml", REWORDED)
    with Journal.open(resolve(private_home), read_only=True) as journal:
        view = load_view(journal, DAY, load_bank().prompts, set())
    coach = view.today.question.assignment_question
    assert coach is not None
    assert (coach.assignment.id, coach.question.number) == (new, 2)
    assert view.stored_choice == f"opdracht-{old}-1"  # answering there stores the new id


def test_a_chosen_question_the_new_version_drops_gives_way_to_an_open_one(  # type: ignore[no-untyped-def]
    run, tmp_path, private_home
) -> None:
    old = imported(run, tmp_path, "week49.toml", OPEN)
    choose(private_home, f"opdracht-{old}-2")
    dropped = OPEN.replace(', "Wat zou je willen herstellen?"', "")
    new = imported(run, tmp_path, "week49-v2.toml", dropped)
    assert today(run)["prompt"]["id"] == f"opdracht-{new}-1"
