"""Learning path files (issue 16, §5): the bundled paths, written with care, and a broken file
named with its line, like a prompt file."""

from __future__ import annotations

from pathlib import Path

import pytest

from leeslamp import i18n
from leeslamp.daily.bank import load_bank
from leeslamp.daily.learning_paths import (
    LearningPath,
    bundled_paths_dir,
    load_paths,
    parse_path,
    step_id,
)
from leeslamp.i18n.glossary import GLOSSARY
from leeslamp.library.articles import load_library
from test_prompt_bank import (
    BUNDLED_ARTICLE_IDS,
    CLOSED_OPENERS_EN,
    is_closed_nl,
    normalised,
    question_sentences,
)

FIVE = ("persoonlijk-meesterschap", "mentale-modellen", "gedeelde-visie", "teamleren")
FIVE += ("systeemdenken",)


def bundled() -> list[LearningPath]:
    shelf = load_paths(article_ids=BUNDLED_ARTICLE_IDS)
    assert [problem.sentence() for problem in shelf.problems] == []
    return shelf.paths


def steps() -> list[tuple[str, str, str]]:
    """(step id, Dutch, English) of every bundled step."""
    return [(step.id, step.nl, step.en) for path in bundled() for step in path.steps]


def test_the_two_bundled_paths_load_without_problems() -> None:
    shelf = {path.id: path for path in bundled()}
    assert {key: len(path.steps) for key, path in shelf.items()} == {
        "vijf-disciplines": 25,
        "zeven-ochtenden": 7,
    }
    assert shelf["vijf-disciplines"].title("nl") == "De vijf disciplines in vijf weken"
    assert shelf["zeven-ochtenden"].title("nl") == "Zeven ochtenden aandacht"
    assert shelf["zeven-ochtenden"].steps[0].article == "veranderen-geloof-je-het-zelf"


def test_five_weeks_one_discipline_each_and_each_week_opens_with_an_article() -> None:
    path = next(path for path in bundled() if path.id == "vijf-disciplines")
    weeks = [path.steps[week * 5 : week * 5 + 5] for week in range(5)]
    assert [{step.discipline for step in week} for week in weeks] == [{d} for d in FIVE]
    openers = [week[0].article for week in weeks]
    assert all(openers) and len(set(openers)) == 5
    assert set(openers) <= set(BUNDLED_ARTICLE_IDS)


def test_step_ids_name_the_path_and_the_step() -> None:
    path = bundled()[0]
    assert [step.id for step in path.steps[:2]] == [step_id(path.id, 1), step_id(path.id, 2)]
    assert step_id("zeven-ochtenden", 3) == "pad:zeven-ochtenden:3"


def test_every_step_asks_an_open_question_in_both_languages() -> None:
    closed = []
    for key, nl, en in steps():
        assert nl.endswith("?") and en.endswith("?") and nl != en, key
        assert question_sentences(nl) and question_sentences(en), key
        closed += [(key, s) for s in question_sentences(nl) if is_closed_nl(s)]
        closed += [
            (key, s) for s in question_sentences(en) if s.split()[0].lower() in CLOSED_OPENERS_EN
        ]
    assert closed == []


def test_the_steps_say_je_and_use_the_glossary_s_words() -> None:
    words = {w.strip(".,:?!‘’'").lower() for _key, nl, _en in steps() for w in nl.split()}
    assert not words & {"u", "uw"}
    retired = [
        (key, term.chosen)
        for key, nl, _en in steps()
        for term in GLOSSARY
        if term.retired.search(nl)
    ]
    assert retired == []


def test_no_step_repeats_a_bank_or_article_question() -> None:
    elsewhere = {normalised(prompt.nl) for prompt in load_bank().prompts}
    elsewhere |= {normalised(q) for article in load_library().articles for q in article.prompts}
    assert [key for key, nl, _en in steps() if normalised(nl) in elsewhere] == []


def test_the_package_carries_the_path_files() -> None:
    from importlib import resources

    packaged = resources.files("leeslamp.daily") / "paths"
    names = sorted(entry.name for entry in packaged.iterdir() if entry.name.endswith(".toml"))
    assert names == sorted(path.name for path in bundled_paths_dir().glob("*.toml"))


def test_vandaag_s_cache_watches_the_bundled_path_files(tmp_path: Path) -> None:
    """`daily.cache` names the folder itself, so `vandaag` does not import this module."""
    from leeslamp.daily import cache

    assert cache._paths_key(tmp_path)[0][0][0] == str(bundled_paths_dir())


# --- a broken file: named with its line ---------------------------------------------------------

GOOD = """id = "mijn-pad"
titel = "Mijn pad"
title = "My path"

[[stap]]
vraag = "Wat zag je vandaag?"
question = "What did you see today?"
"""


def problem(text: str, **kwargs: object) -> str:
    found, problems = parse_path(text, Path("mijn.toml"), **kwargs)  # type: ignore[arg-type]
    assert found is None and len(problems) == 1
    return problems[0].sentence()


def test_a_good_file_reads() -> None:
    found, problems = parse_path(GOOD, Path("mijn.toml"))
    assert problems == [] and found is not None
    assert [step.text("en") for step in found.steps] == ["What did you see today?"]
    assert found.steps[0].line == 5


def test_an_unknown_step_field_is_named_with_its_line() -> None:
    text = GOOD + 'vragen = "x"\n'
    assert problem(text) == (
        "mijn.toml, regel 8: het veld 'vragen' ken ik niet. "
        "Een stap heeft: vraag, question, artikel, discipline."
    )


def test_a_step_without_a_question_is_named_with_its_line() -> None:
    text = GOOD + '\n[[stap]]\nquestion = "Only English?"\n'
    assert problem(text).startswith("mijn.toml, regel 9: stap 2 heeft geen 'vraag'")


def test_a_file_that_is_no_toml_is_named_with_its_line() -> None:
    assert problem(GOOD + "vraag = \n").startswith(
        "mijn.toml, regel 8: geen geldige TOML (kolom 9): na '=' hoort een waarde"
    )


def test_an_unknown_article_and_discipline_are_named_with_their_line() -> None:
    text = GOOD + 'artikel = "bestaat-niet"\n'
    assert problem(text, article_ids=["een-artikel"]).startswith(
        "mijn.toml, regel 8: het artikel 'bestaat-niet' ken ik niet"
    )
    assert "regel 8" in problem(GOOD + 'discipline = "geluk"\n')


def test_a_path_without_an_id_or_steps_is_refused() -> None:
    assert "'id'" in problem(GOOD.replace('id = "mijn-pad"\n', ""))
    assert "geen stap" in problem(GOOD.split("[[stap]]")[0])


def test_the_readers_own_paths_come_after_the_bundled_ones(tmp_path: Path) -> None:
    (tmp_path / "mijn.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "dubbel.toml").write_text(
        GOOD.replace("mijn-pad", "zeven-ochtenden"), encoding="utf-8"
    )
    (tmp_path / "kapot.toml").write_bytes(b"id = \xff")
    shelf = load_paths(tmp_path)
    assert [path.id for path in shelf.paths][-1] == "mijn-pad"
    sentences = sorted(problem.sentence() for problem in shelf.problems)
    assert len(sentences) == 2
    assert "dubbel.toml" in sentences[0] and "zeven-ochtenden" in sentences[0]
    assert "kapot.toml, regel 1" in sentences[1]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_path_title_follows_the_language(language: str) -> None:
    found, _ = parse_path(GOOD, Path("mijn.toml"))
    assert found is not None
    i18n.set_language(language)
    assert found.title() == {"nl": "Mijn pad", "en": "My path"}[language]


def test_every_mistake_in_a_file_is_named_at_once() -> None:
    """A coach mending a path file hears all its mistakes in one go, each with its line."""
    text = GOOD.replace('"mijn-pad"', "12") + 'vragen = "x"\n\n[[stap]]\nvraag = "   "\n'
    text = "soort = 1\n" + text  # an unknown key on line 1, before the id
    found, problems = parse_path(text, Path("mijn.toml"))
    assert found is None
    assert [(problem.key, problem.line) for problem in problems] == [
        ("path.problem.unknown_key", 1),
        ("problem.bad_type", 2),
        ("path.problem.unknown_field", 9),
        ("path.problem.missing_question", 11),
    ]
