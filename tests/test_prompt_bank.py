"""The prompt bank that ships with leeslamp: complete, valid, and balanced."""

from __future__ import annotations

from collections import Counter

import pytest

from leeslamp.daily.bank import ID_PATTERN, bundled_prompts_dir, load_bank
from leeslamp.library.articles import load_library
from leeslamp.library.disciplines import ALL

BUNDLED_ARTICLE_IDS = (
    "corporate-rebels-over-buurtzorg",
    "stimuleer-het-leren-in-een-hybride-werkomgeving",
    "systemisch-transitiemanagement",
    "het-leren-faciliteren",
    "veranderen-geloof-je-het-zelf",
    "verbroken-sociale-contracten",
)


def test_shipped_bank_loads_without_problems() -> None:
    bank = load_bank(article_ids=BUNDLED_ARTICLE_IDS)
    assert [problem.sentence() for problem in bank.problems] == []


def test_shipped_bank_has_at_least_80_prompts() -> None:
    assert len(load_bank().prompts) >= 80


def test_every_discipline_and_factor_has_at_least_8_prompts() -> None:
    counts = Counter(prompt.discipline for prompt in load_bank().prompts)
    assert {slug: counts[slug] for slug in ALL if counts[slug] < 8} == {}
    assert set(counts) == set(ALL)


def test_every_shipped_prompt_has_a_slug_id_and_both_languages() -> None:
    for prompt in load_bank().prompts:
        assert ID_PATTERN.match(prompt.id), prompt.id
        assert prompt.nl.strip() and prompt.en.strip(), prompt.id
        assert prompt.nl != prompt.en, prompt.id


def test_shipped_prompts_are_questions() -> None:
    """A daily question ends with a question mark, in both languages."""
    for prompt in load_bank().prompts:
        assert prompt.nl.endswith("?") and prompt.en.endswith("?"), prompt.id


def test_shipped_dutch_uses_informal_je() -> None:
    words = {w.strip(".,:?!‘’").lower() for p in load_bank().prompts for w in p.nl.split()}
    assert not words & {"u", "uw"}


def test_every_bundled_article_has_prompts() -> None:
    linked = Counter(prompt.article for prompt in load_bank().prompts if prompt.article)
    assert {
        article_id: linked[article_id]
        for article_id in BUNDLED_ARTICLE_IDS
        if not linked[article_id]
    } == {}


def test_linked_articles_exist_in_the_bundled_library() -> None:
    library = load_library()
    if not library.articles:
        pytest.skip("the bundled articles are not in this checkout yet")
    bank = load_bank(article_ids=library.ids())
    assert [problem.sentence() for problem in bank.problems] == []


def test_bundled_files_are_one_per_discipline_or_factor() -> None:
    """Plus one for the morning intentions, which take turns among the disciplines."""
    names = sorted(path.stem for path in bundled_prompts_dir().glob("*.toml"))
    assert names == sorted([*ALL, "voornemens"])


def test_importlib_resources_finds_the_same_prompt_files() -> None:
    """The wheel carries the bank inside the package, where any installed copy finds it."""
    from importlib import resources

    packaged = resources.files("leeslamp.daily") / "prompts"
    names = sorted(entry.name for entry in packaged.iterdir() if entry.name.endswith(".toml"))
    assert names == sorted(path.name for path in bundled_prompts_dir().glob("*.toml"))
