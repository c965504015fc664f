"""Reading prompt files: every mistake a person can make by hand becomes a clear, located problem."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from leeslamp import i18n
from leeslamp.daily.bank import Prompt, load_bank, read_prompt_file

GOOD = """\
discipline = "teamleren"

[[vraag]]
id = "eerste"
nl = "Wat leerde je team deze week?"
en = "What did your team learn this week?"

[[vraag]]
id = "tweede"
nl = "Wie luistert er bij jullie het best?"
en = "Who listens best on your team?"
article = "het-leren-faciliteren"
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def only_problem(path: Path, **kwargs: object):  # type: ignore[no-untyped-def]
    prompts, problems = read_prompt_file(path, **kwargs)  # type: ignore[arg-type]
    assert len(problems) == 1, [p.sentence() for p in problems]
    return prompts, problems[0]


def test_a_good_file_gives_its_prompts_in_order(tmp_path: Path) -> None:
    prompts, problems = read_prompt_file(write(tmp_path, "a.toml", GOOD))
    assert problems == []
    assert [p.id for p in prompts] == ["eerste", "tweede"]
    assert prompts[1] == Prompt(
        "tweede",
        "Wie luistert er bij jullie het best?",
        "Who listens best on your team?",
        "teamleren",
        "het-leren-faciliteren",
    )


def test_each_prompt_knows_its_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "a.toml", GOOD)
    prompts, _ = read_prompt_file(path)
    assert [(p.source, p.line) for p in prompts] == [(path, 3), (path, 8)]


def test_a_question_may_set_its_own_discipline(tmp_path: Path) -> None:
    text = GOOD.replace('id = "tweede"', 'id = "tweede"\ndiscipline = "kennisdeling"')
    prompts, _ = read_prompt_file(write(tmp_path, "a.toml", text))
    assert [p.discipline for p in prompts] == ["teamleren", "kennisdeling"]


def test_text_spread_over_lines_becomes_one_line(tmp_path: Path) -> None:
    text = GOOD.replace(
        'nl = "Wat leerde je team deze week?"', 'nl = """\nWat leerde\n  je team deze week?"""'
    )
    prompts, _ = read_prompt_file(write(tmp_path, "a.toml", text))
    assert prompts[0].nl == "Wat leerde je team deze week?"


def test_prompt_text_follows_the_language() -> None:
    prompt = Prompt("x", "Waarom?", "Why?", "teamleren")
    assert prompt.text("nl") == "Waarom?" and prompt.text("en") == "Why?"
    i18n.set_language("en")
    assert prompt.text() == "Why?"


def test_not_toml_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "kapot.toml", GOOD.replace('id = "tweede"', "id = tweede"))
    prompts, problem = only_problem(path)
    assert prompts == []
    assert problem.line == 9
    # tomllib's English said in the reader's words, as for a coach's file
    assert problem.sentence() == (
        f"{path}, regel 9: geen geldige TOML (kolom 6): na '=' hoort een waarde: tekst tussen "
        "aanhalingstekens, een datum als 2026-12-11 of een lijst [...]."
    )
    i18n.set_language("en")
    assert problem.sentence().startswith(f"{path}, line 9: not valid TOML (column 6): '=' must")


def test_duplicate_id_within_a_file_names_both_places(tmp_path: Path) -> None:
    path = write(tmp_path, "a.toml", GOOD.replace('"tweede"', '"eerste"'))
    bank = load_bank(bundled_dir=tmp_path)
    assert bank.ids() == ["eerste"]
    [problem] = bank.problems
    assert problem.key == "prompt.problem.duplicate_id"
    assert problem.line == 8
    assert f"{path}:3" in problem.sentence()


def test_duplicate_id_across_files_keeps_the_first(tmp_path: Path) -> None:
    write(tmp_path, "a.toml", GOOD)
    second = write(tmp_path, "b.toml", GOOD.replace('"eerste"', '"derde"'))
    bank = load_bank(bundled_dir=tmp_path)
    assert bank.ids() == ["eerste", "tweede", "derde"]
    [problem] = bank.problems
    assert (problem.source, problem.line, problem.params["prompt_id"]) == (second, 8, "tweede")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_missing_language_skips_only_that_question(tmp_path: Path, language: str) -> None:
    second = {"nl": 'nl = "Wie', "en": 'en = "Who'}[language]
    lines = [line for line in GOOD.splitlines() if not line.startswith(second)]
    prompts, problem = only_problem(write(tmp_path, "a.toml", "\n".join(lines)))
    assert [p.id for p in prompts] == ["eerste"]
    assert problem.key == "prompt.problem.missing_language"
    assert problem.line == 8
    assert f"'{language}'" in problem.sentence()


def test_empty_text_counts_as_missing(tmp_path: Path) -> None:
    path = write(tmp_path, "a.toml", GOOD.replace('"Who listens best on your team?"', '"  "'))
    _, problem = only_problem(path)
    assert problem.key == "prompt.problem.missing_language"


def test_unknown_discipline_in_a_question_names_its_line(tmp_path: Path) -> None:
    text = GOOD.replace('id = "tweede"', 'id = "tweede"\ndiscipline = "geluk"')
    prompts, problem = only_problem(write(tmp_path, "a.toml", text))
    assert [p.id for p in prompts] == ["eerste"]
    assert (problem.key, problem.line) == ("problem.bad_discipline", 10)
    assert "persoonlijk-meesterschap" in problem.sentence()


def test_unknown_file_discipline_leaves_questions_without_one(tmp_path: Path) -> None:
    path = write(tmp_path, "a.toml", GOOD.replace('"teamleren"', '"team-leren"'))
    prompts, problems = read_prompt_file(path)
    assert prompts == []
    assert [(p.key, p.line) for p in problems] == [
        ("problem.bad_discipline", 1),
        ("prompt.problem.missing_discipline", 3),
        ("prompt.problem.missing_discipline", 8),
    ]


def test_unknown_article_is_reported_when_the_library_is_known(tmp_path: Path) -> None:
    path = write(tmp_path, "a.toml", GOOD)
    prompts, problem = only_problem(path, article_ids=["iets-anders"])
    assert [p.id for p in prompts] == ["eerste"]
    assert (problem.key, problem.line) == ("prompt.problem.unknown_article", 12)
    assert "iets-anders" in problem.sentence()


def test_article_ids_are_not_checked_without_a_library(tmp_path: Path) -> None:
    prompts, problems = read_prompt_file(write(tmp_path, "a.toml", GOOD))
    assert problems == [] and prompts[1].article == "het-leren-faciliteren"


def test_a_misspelt_field_is_not_silently_ignored(tmp_path: Path) -> None:
    text = GOOD.replace("article =", "artikel =")
    _, problem = only_problem(write(tmp_path, "a.toml", text))
    assert (problem.key, problem.line) == ("prompt.problem.unknown_field", 12)
    assert "artikel" in problem.sentence()


def test_missing_id(tmp_path: Path) -> None:
    text = GOOD.replace('id = "eerste"\n', "")
    _, problem = only_problem(write(tmp_path, "a.toml", text))
    assert (problem.key, problem.line) == ("problem.missing_field", 3)


def test_an_id_must_be_a_slug(tmp_path: Path) -> None:
    text = GOOD.replace('"eerste"', '"Eerste vraag"')
    _, problem = only_problem(write(tmp_path, "a.toml", text))
    assert (problem.key, problem.line) == ("problem.bad_id", 4)


def test_text_must_be_text(tmp_path: Path) -> None:
    text = GOOD.replace('nl = "Wat leerde je team deze week?"', "nl = 42")
    _, problem = only_problem(write(tmp_path, "a.toml", text))
    assert (problem.key, problem.line) == ("problem.bad_type", 5)


def test_a_file_without_questions_says_how_to_start_one(tmp_path: Path) -> None:
    _, problem = only_problem(write(tmp_path, "a.toml", 'discipline = "teamleren"\n'))
    assert problem.key == "prompt.problem.no_questions"
    assert "[[vraag]]" in problem.sentence()


def test_a_stray_top_level_key_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "a.toml", 'titel = "Mijn vragen"\n' + GOOD)
    prompts, problem = only_problem(path)
    assert len(prompts) == 2
    assert (problem.key, problem.line) == ("prompt.problem.unknown_key", 1)


def test_vraag_written_as_a_plain_value(tmp_path: Path) -> None:
    _, problem = only_problem(write(tmp_path, "a.toml", 'vraag = "Hoe gaat het?"\n'))
    assert (problem.key, problem.line) == ("prompt.problem.not_tables", 1)


def test_empty_file(tmp_path: Path) -> None:
    _, problem = only_problem(write(tmp_path, "a.toml", "\n"))
    assert problem.key == "problem.empty"


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_bytes(GOOD.encode("utf-8").replace(b"deze week", b"deze w\xe9ek"))
    _, problem = only_problem(path)
    assert (problem.key, problem.line) == ("problem.not_utf8", 5)


def test_problems_read_in_english_too(tmp_path: Path) -> None:
    path = write(tmp_path, "a.toml", GOOD.replace('"tweede"', '"eerste"'))
    [problem] = load_bank(bundled_dir=tmp_path).problems
    i18n.set_language("en")
    assert problem.sentence() == (
        f"{path}, line 8: the question 'eerste' already exists in {path}:3. "
        "Give this question an id of its own."
    )


# --- the reader's own prompt files ----------------------------------------------------------


def test_user_prompts_join_the_bundled_bank(tmp_path: Path) -> None:
    user_dir = tmp_path / "prompts"
    write(user_dir, "mijn.toml", GOOD)
    bank = load_bank(user_dir)
    assert bank.problems == []
    assert bank.ids()[-2:] == ["eerste", "tweede"]
    assert len(bank.prompts) == len(load_bank().prompts) + 2


def test_a_broken_user_file_is_reported_and_the_rest_still_loads(tmp_path: Path) -> None:
    user_dir = tmp_path / "prompts"
    broken = write(user_dir, "a-kapot.toml", "[[vraag]\n")
    write(user_dir, "b-goed.toml", GOOD)
    bank = load_bank(user_dir)
    assert [problem.source for problem in bank.problems] == [broken]
    assert bank.find("eerste") is not None
    assert len(bank.prompts) == len(load_bank().prompts) + 2


def test_a_user_prompt_cannot_replace_a_bundled_one(tmp_path: Path) -> None:
    bundled = load_bank().prompts[0]
    user_dir = tmp_path / "prompts"
    write(user_dir, "mijn.toml", GOOD.replace('"eerste"', f'"{bundled.id}"'))
    bank = load_bank(user_dir)
    assert bank.get(bundled.id) == bundled
    assert [p.params["prompt_id"] for p in bank.problems] == [bundled.id]


def test_a_missing_user_folder_is_fine(tmp_path: Path) -> None:
    bank = load_bank(tmp_path / "bestaat-niet")
    assert bank.problems == [] and bank.prompts == load_bank().prompts


def test_non_toml_files_in_the_user_folder_are_ignored(tmp_path: Path) -> None:
    user_dir = tmp_path / "prompts"
    write(user_dir, "LEESMIJ.txt", "geen vragen hier")
    write(user_dir, ".verborgen.toml", "kapot")
    assert load_bank(user_dir).problems == []


def test_the_readme_example_of_an_own_question_file_loads(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")
    example = readme.split("## Eigen dagvragen", 1)[1].split("```toml\n", 1)[1].split("```")[0]
    folder = tmp_path / "prompts"
    write(folder, "eigen.toml", example)
    from leeslamp.library.articles import load_library

    bank = load_bank(folder, article_ids=load_library([]).ids())
    assert bank.problems == []
    [own] = [prompt for prompt in bank.prompts if prompt.source.parent == folder]
    assert (own.discipline, own.article) == ("teamleren", "het-leren-faciliteren")
