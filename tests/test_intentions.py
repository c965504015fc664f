"""The morning intention: a second kind of question in the prompt files, its own rotation (never
the day's question), and how it went, kept on the intention entry."""

from __future__ import annotations

import json
import textwrap
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest

from leeslamp import i18n
from leeslamp.core.paths import Paths
from leeslamp.daily.bank import INTENTION, REFLECTION, Prompt, load_bank, read_prompt_file
from leeslamp.daily.intentions import (
    OUTCOMES,
    entry_fields,
    intention_on,
    intentions,
    next_outcome,
    outcome_of,
    set_outcome,
)
from leeslamp.daily.schedule import day_choices, intention_of_the_day, prompt_of_the_day
from leeslamp.journal import Journal
from leeslamp.library.disciplines import ALL

SHIPPED = load_bank().prompts
INTENTIONS = [p for p in SHIPPED if p.kind == INTENTION]


def write(folder: Path, text: str) -> Path:
    path = folder / "eigen.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# --- the prompt files -------------------------------------------------------------------------


def test_a_question_is_a_reflection_unless_it_says_otherwise(tmp_path: Path) -> None:
    prompts, problems = read_prompt_file(
        write(
            tmp_path,
            """\
            discipline = "teamleren"

            [[vraag]]
            id = "gewoon"
            nl = "Wat leerde je?"
            en = "What did you learn?"

            [[vraag]]
            id = "vandaag-luisteren"
            soort = "voornemen"
            nl = "Naar wie luister je vandaag?"
            en = "Whom will you listen to today?"
            """,
        )
    )
    assert problems == []
    assert [(p.id, p.kind) for p in prompts] == [
        ("gewoon", REFLECTION),
        ("vandaag-luisteren", INTENTION),
    ]


def test_a_file_may_say_its_kind_once_at_the_top(tmp_path: Path) -> None:
    prompts, problems = read_prompt_file(
        write(
            tmp_path,
            """\
            soort = "voornemen"
            discipline = "teamleren"

            [[vraag]]
            id = "vandaag-luisteren"
            nl = "Naar wie luister je vandaag?"
            en = "Whom will you listen to today?"
            """,
        )
    )
    assert problems == [] and [p.kind for p in prompts] == [INTENTION]


def test_an_unknown_kind_names_file_and_line_and_skips_only_that_question(
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path,
        """\
        discipline = "teamleren"

        [[vraag]]
        id = "goed"
        nl = "Wat leerde je?"
        en = "What did you learn?"

        [[vraag]]
        id = "fout"
        soort = "voornemens"
        nl = "Wat neem je je voor?"
        en = "What do you intend?"
        """,
    )
    prompts, problems = read_prompt_file(path)
    assert [p.id for p in prompts] == ["goed"]
    [problem] = problems
    assert problem.line == 10
    sentence = problem.sentence()
    assert "eigen.toml" in sentence and "10" in sentence
    assert "'voornemens'" in sentence and "reflectie, voornemen" in sentence
    i18n.set_language("en")
    assert "the kind 'voornemens' is unknown" in problem.sentence()


def test_an_unknown_kind_for_the_whole_file_skips_the_file(tmp_path: Path) -> None:
    """Meant as intentions: none of them may come up as the day's question instead."""
    prompts, problems = read_prompt_file(
        write(
            tmp_path,
            """\
            discipline = "teamleren"
            soort = 3

            [[vraag]]
            id = "vandaag-luisteren"
            nl = "Naar wie luister je vandaag?"
            en = "Whom will you listen to today?"
            """,
        )
    )
    assert prompts == []
    assert [p.line for p in problems] == [2]


# --- the shipped intentions -------------------------------------------------------------------


def test_at_least_12_intentions_in_dutch_and_english_each_with_a_discipline() -> None:
    assert len(INTENTIONS) >= 12
    for prompt in INTENTIONS:
        assert prompt.nl.endswith("?") and prompt.en.endswith("?"), prompt.id
        assert prompt.nl != prompt.en, prompt.id
        assert prompt.discipline in ALL, prompt.id
        assert prompt.id.startswith("voornemen-"), prompt.id


def test_the_intentions_are_short_enough_for_one_line_at_five_in_the_morning() -> None:
    for prompt in INTENTIONS:
        assert len(prompt.nl.split()) <= 18 and len(prompt.en.split()) <= 18, prompt.id


def test_the_intentions_cover_every_discipline_and_factor() -> None:
    assert set(Counter(p.discipline for p in INTENTIONS)) == set(ALL)


# --- which question a day gets --------------------------------------------------------------


def test_an_intention_never_comes_up_as_the_days_question_or_another_one() -> None:
    for n in range(0, 400, 3):
        day = date(2026, 1, 1) + timedelta(n)
        assert all(p.kind == REFLECTION for p in day_choices(day, SHIPPED))


def test_a_bank_of_only_intentions_has_no_question_of_the_day() -> None:
    from leeslamp.daily.bank import NoPrompts

    only = [Prompt("vandaag", "Wat ga je doen?", "What will you do?", "teamleren", kind=INTENTION)]
    with pytest.raises(NoPrompts):
        prompt_of_the_day(date(2026, 12, 1), only)
    assert intention_of_the_day(date(2026, 12, 1), only) == only[0]


def test_each_day_has_an_intention_and_none_repeats_before_all_had_their_turn() -> None:
    start = date(2026, 12, 1)
    days = [intention_of_the_day(start + timedelta(n), SHIPPED) for n in range(len(INTENTIONS))]
    assert {p.id for p in days if p is not None} == {p.id for p in INTENTIONS}
    assert intention_of_the_day(start, [p for p in SHIPPED if p.kind == REFLECTION]) is None


# --- intentions in the journal ----------------------------------------------------------------


def test_intentions_of_today_and_yesterday(private_home: Path) -> None:
    question = INTENTIONS[0]
    with Journal.open(Paths(private_home)) as journal:
        entry = journal.add_entry("voornemen", "Eerst luisteren.", **entry_fields(question, "nl"))
        journal.add_entry("dagvraag", "Iets anders.")
        entries = journal.entries()
    today = intention_on(entries, date.today())
    assert today is not None and today.id == entry.id
    assert today.prompt == {"id": question.id, "text": question.nl}
    tomorrow = intentions(entries, date.today() + timedelta(days=1), SHIPPED)
    assert tomorrow.today is None and tomorrow.yesterday == today
    assert tomorrow.question == intention_of_the_day(date.today() + timedelta(1), SHIPPED)


def test_one_key_goes_round_the_outcomes() -> None:
    seen = [None]
    for _ in range(len(OUTCOMES) + 1):
        seen.append(next_outcome(seen[-1]))
    assert seen == [None, "gelukt", "deels", "niet", None]


def test_how_it_went_is_kept_on_the_entry_through_revisions_and_export(
    private_home: Path,
) -> None:
    from datetime import datetime

    from leeslamp.interop.export import journal_json

    with Journal.open(Paths(private_home)) as journal:
        entry = journal.add_entry(
            "voornemen", "Eerst luisteren.", **entry_fields(INTENTIONS[0], "nl")
        )
        # the text changes elsewhere after the entry was read: the outcome still lands on it
        journal.update_entry(entry.id, text="Eerst luisteren, dan praten.", expected=entry.rev)
        marked = set_outcome(journal, entry.id, "deels")
        assert outcome_of(marked) == "deels"
        assert marked.text == "Eerst luisteren, dan praten."
        assert marked.prompt is not None and marked.prompt["id"] == INTENTIONS[0].id
        assert marked.created == entry.created  # still yesterday's, if it was
        assert marked.rev == entry.rev + 2
        cleared = set_outcome(journal, entry.id, None)
        assert outcome_of(cleared) is None and "outcome" not in (cleared.prompt or {})
        set_outcome(journal, entry.id, "gelukt")
    with Journal.open(Paths(private_home), read_only=True) as journal:
        stored = journal.get_entry(entry.id)
        assert stored is not None and outcome_of(stored) == "gelukt"
        exported = json.loads(journal_json(journal.entries(), datetime.now().astimezone()))
    [item] = [e for e in exported["entries"] if e["id"] == entry.id]
    assert item["kind"] == "voornemen" and item["prompt"]["outcome"] == "gelukt"


def test_the_readme_example_of_an_own_intention_loads(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    section = readme.split("## Eigen dagvragen", 1)[1].split("\n## ", 1)[0]
    example = section.split("```toml\n")[2].split("```")[0]
    prompts, problems = read_prompt_file(write(tmp_path, example))
    assert problems == []
    assert [(p.kind, p.discipline) for p in prompts] == [(INTENTION, "teamleren")]
