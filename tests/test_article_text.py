"""The bundled articles hold the seed's text, word for word, and nothing else.

`tests/data/sol-seed.txt` is a byte-for-byte copy of the source text the articles were made from
(`shared/seeds/000_524bd267918cbac5.txt`), kept here so the test runs on a fresh clone.

Both directions are checked, sentence by sentence: every sentence of an article's body is in the
seed, and every sentence of the seed's six pieces is in its article (in the body, in the same
order, or as title or byline in the front matter), apart from the website chrome listed below.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import pytest

from leeslamp.library.articles import Article, load_library

SEED = Path(__file__).parent / "data" / "sol-seed.txt"

EXPECTED_IDS = [
    "corporate-rebels-over-buurtzorg",
    "stimuleer-het-leren-in-een-hybride-werkomgeving",
    "systemisch-transitiemanagement",
    "het-leren-faciliteren",
    "veranderen-geloof-je-het-zelf",
    "verbroken-sociale-contracten",
]

# Whole lines of the seed that belong to the website, not to any article (issue 2 names them).
CHROME = {
    "LEES MEER >>",  # link to the rest of a piece on the website
    "Sharing is Caring 🙂",  # share buttons
    "En, wat vond je van dit artikel? Laat een reactie achter onder deze post!",  # comment box
    ">",  # language switcher
    "nl_NLNederlands",  # language switcher
    "Systemisch Transitiemanagement SOL Nederland",  # image caption
    "Leren faciliteren interview SOL",  # image caption
    "verbreken sociale contracten SOL",  # image caption
}

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]

_WHITESPACE = re.compile(r"\s+")
# a heading, bullet or numbered-list marker at the start of a line (seed: " • ", " 1. ")
_MARKER = re.compile(r"^(?:#{1,6}|[-*+•]|\d+[.)])\s+")
# a sentence ends at . ! ? … (with any closing quote or bracket) before a space or the line's end
_SENTENCE = re.compile(r"\S.*?(?:[.!?…]+[”’\"')]*(?=\s)|$)")


def fold(text: str) -> str:
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def sentences(lines: Iterable[str]) -> list[str]:
    """Sentences of each line, in order, Markdown markers stripped and whitespace folded."""
    found: list[str] = []
    for line in lines:
        text = _MARKER.sub("", fold(line))
        found += [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
    return found


def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").splitlines()


def byline(article: Article) -> str | None:
    """How the seed writes an article's author and date ("Eline Faber, februari 2022")."""
    if article.date is None:
        return None
    year, month = article.date.split("-")[:2]
    return f"{article.author}, {MONTHS[int(month) - 1]} {year}"


def pieces(articles: list[Article]) -> dict[str, list[str]]:
    """The seed's lines per article: from its title line up to the next article's title line."""
    lines = seed_lines()
    starts: list[int] = []
    for article in articles:
        after = starts[-1] + 1 if starts else 0
        matches = [i for i in range(after, len(lines)) if fold(lines[i]) == article.title]
        assert matches, f"title {article.title!r} is not a line of the seed (after line {after})"
        starts.append(matches[0])
    ends = [*starts[1:], len(lines)]
    return {a.id: lines[s:e] for a, s, e in zip(articles, starts, ends, strict=True)}


def body_lines(article: Article) -> list[str]:
    return article.body.splitlines()


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    library = load_library()
    assert library.problems == []
    return library.articles


@pytest.fixture(scope="module")
def seed_pieces(articles: list[Article]) -> dict[str, list[str]]:
    return pieces(articles)


def test_library_holds_exactly_the_six_pieces_in_the_seeds_order(articles: list[Article]) -> None:
    assert [a.id for a in articles] == EXPECTED_IDS
    assert all(a.bundled for a in articles)


def test_nothing_but_chrome_comes_before_the_first_piece(articles: list[Article]) -> None:
    lines = seed_lines()
    first = next(i for i, line in enumerate(lines) if fold(line) == articles[0].title)
    assert [line for line in lines[:first] if fold(line) and fold(line) not in CHROME] == []


@pytest.mark.parametrize("article_id", EXPECTED_IDS)
def test_every_body_sentence_is_in_the_seed(articles: list[Article], article_id: str) -> None:
    article = next(a for a in articles if a.id == article_id)
    seed = set(sentences(line for line in seed_lines() if fold(line) not in CHROME))
    invented = [s for s in sentences(body_lines(article)) if s not in seed]
    assert invented == []


@pytest.mark.parametrize("article_id", EXPECTED_IDS)
def test_every_sentence_of_the_piece_is_in_the_body_in_order(
    articles: list[Article], seed_pieces: dict[str, list[str]], article_id: str
) -> None:
    """Title and byline live in front matter; the rest of the piece, minus chrome, is the body."""
    article = next(a for a in articles if a.id == article_id)
    title, *rest = seed_pieces[article_id]
    expected_byline = byline(article)
    body = [
        line
        for line in rest
        if fold(line) and fold(line) not in CHROME and fold(line) != expected_byline
    ]
    assert fold(title) == article.title
    assert sentences(body) == sentences(body_lines(article))


@pytest.mark.parametrize("article_id", EXPECTED_IDS)
def test_a_byline_in_the_seed_is_the_articles_author_and_date(
    articles: list[Article], seed_pieces: dict[str, list[str]], article_id: str
) -> None:
    article = next(a for a in articles if a.id == article_id)
    bylines = [fold(line) for line in seed_pieces[article_id] if re.search(r", \w+ \d{4}$", line)]
    assert bylines == ([byline(article)] if article.date else [])
    if not bylines:
        assert article.author == "SOL Nederland"


@pytest.mark.parametrize("article_id", EXPECTED_IDS)
def test_markdown_shows_the_same_words_as_the_file(
    articles: list[Article], article_id: str
) -> None:
    """Nothing in a body is Markdown syntax by accident: the rendered text has every word."""
    article = next(a for a in articles if a.id == article_id)
    assert sentences(b.text for b in article.blocks) == sentences(body_lines(article))


def test_fragments_are_exactly_the_pieces_that_break_off_at_lees_meer(
    articles: list[Article], seed_pieces: dict[str, list[str]]
) -> None:
    breaks_off = {i for i, lines in seed_pieces.items() if "LEES MEER >>" in map(fold, lines)}
    assert {a.id for a in articles if not a.complete} == breaks_off
    assert breaks_off == {
        "corporate-rebels-over-buurtzorg",
        "systemisch-transitiemanagement",
        "veranderen-geloof-je-het-zelf",
    }


def test_kinds_are_one_interview_one_book_tip_and_four_articles(articles: list[Article]) -> None:
    kinds = {a.id: a.kind for a in articles}
    assert kinds.pop("het-leren-faciliteren") == "interview"
    assert kinds.pop("systemisch-transitiemanagement") == "boekentip"
    assert set(kinds.values()) == {"artikel"}


@pytest.mark.parametrize("article_id", EXPECTED_IDS)
def test_front_matter_gives_the_reader_a_summary_and_questions_of_our_own(
    articles: list[Article], article_id: str
) -> None:
    article = next(a for a in articles if a.id == article_id)
    seed = fold(SEED.read_text(encoding="utf-8"))
    assert article.summary and article.summary not in seed
    assert 3 <= len(article.prompts) <= 5
    assert all(p.endswith("?") and p not in seed for p in article.prompts)
    assert article.disciplines and article.themes
