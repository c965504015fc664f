"""One Dutch term per idea (issue 18 §4): the retired variants stay out of the Dutch UI."""

from __future__ import annotations

import pytest

from leeslamp import i18n
from leeslamp.i18n.glossary import GLOSSARY, IMPERATIVE_LABEL, Term


def _allowed(term: Term, key: str) -> bool:
    return any(key == a or (a.endswith(".") and key.startswith(a)) for a in term.allowed)


@pytest.mark.parametrize("term", GLOSSARY, ids=lambda term: term.idea)
def test_retired_variants_do_not_come_back(term: Term) -> None:
    found = {
        key: dutch
        for key, (dutch, _english) in i18n.all_strings().items()
        if term.retired.search(dutch) and not _allowed(term, key)
    }
    assert not found, f"say {term.chosen!r} for {term.idea}: {found}"


def test_key_labels_are_infinitives() -> None:
    commands = {
        key: dutch
        for key, (dutch, _english) in i18n.all_strings().items()
        if ".key." in key and IMPERATIVE_LABEL.match(dutch)
    }
    assert not commands


def test_the_entry_kind_and_title_say_aandachtnotitie() -> None:
    assert i18n.pair("entrykind.aandacht") == ("aandachtnotitie", "attention note")
    title = i18n.pair("attention.title")
    assert title is not None and title[0] == "Aandachtnotities"


@pytest.mark.parametrize(
    ("count", "dutch"),
    [(1, "1 van 1 artikel"), (2, "2 van 2 artikelen")],
)
def test_a_count_of_one_is_singular(count: int, dutch: str) -> None:
    i18n.set_language("nl")
    assert i18n.tn("library.count", count, shown=count, total=count) == dutch


def test_one_skipped_daily_question_is_singular() -> None:
    i18n.set_language("nl")
    assert i18n.tn("today.prompts_skipped", 1).startswith("1 dagvraag overgeslagen")
    assert i18n.tn("today.prompts_skipped", 3).startswith("3 dagvragen overgeslagen")
