"""How articles are described and filtered in the library (no Textual needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from leeslamp import i18n
from leeslamp.library.articles import Article
from leeslamp.tui.bindings import Key, binding_language, in_current_language, localized
from leeslamp.tui.describe import byline, matches, nice_date


def article(**fields) -> Article:
    base = {"id": "a", "title": "Coöperatie werkt", "body": "x\n", "source": Path("a.md")}
    return Article(**{**base, **fields})


@pytest.mark.parametrize(
    ("value", "nl", "en"),
    [
        ("2022", "2022", "2022"),
        ("2022-02", "februari 2022", "February 2022"),
        ("2022-02-05", "5 februari 2022", "5 February 2022"),
        (None, "zonder datum", "undated"),
    ],
)
def test_dates_read_as_words(value: str | None, nl: str, en: str) -> None:
    assert nice_date(value) == nl
    i18n.set_language("en")
    assert nice_date(value) == en


def test_byline_without_author_says_unknown() -> None:
    assert byline(article(kind="boekentip", date="2021")) == "onbekend · 2021 · boekentip"


@pytest.mark.parametrize(
    "query",
    [
        "cooperatie",
        "COÖPERATIE",
        "werkt coop",
        "systeemdenken",
        "systems",
        "systems thinking",  # the English label of systeemdenken
        "zorg",
        "peters",  # the author
    ],
)
def test_filter_matches_title_accents_disciplines_themes_and_author(query: str) -> None:
    subject = article(disciplines=("systeemdenken",), themes=("zorg",), author="Chris Peters")
    assert matches(subject, query)


def test_filter_needs_every_word() -> None:
    assert not matches(article(), "coöperatie faalt")


def test_localized_bindings_come_in_every_language_and_one_counts() -> None:
    bindings = localized(Key("escape", "back", "reader.key.back"))
    assert [binding_language(b.action) for b in bindings] == ["nl", "en"]
    assert [b.description for b in in_current_language(bindings)] == ["Terug"]
    i18n.set_language("en")
    assert [b.description for b in in_current_language(bindings)] == ["Back"]
