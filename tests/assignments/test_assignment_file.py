"""Checking an assignment file: every kind of problem, with the line it is on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from assignment_samples import GOOD

from leeslamp.assignments import check_assignment, read_assignment

KNOWN = ["verbroken-sociale-contracten", "het-leren-faciliteren"]
TODAY = date(2026, 11, 30)


def check(text: str):  # type: ignore[no-untyped-def]
    return check_assignment(text, known_articles=KNOWN, today=TODAY)


def test_a_good_file_gives_the_assignment_with_questions_numbered_across_articles() -> None:
    result = check(GOOD)
    assert result.ok and not result.warnings
    assignment = result.assignment
    assert assignment is not None
    assert assignment.title == "Leesopdracht week 49: aandacht"
    assert assignment.coach == "Marieke"
    assert assignment.deadline == date(2026, 12, 11)
    assert assignment.message == "Lees rustig en schrijf wat je raakt."
    numbered = [(q.number, q.article) for q in assignment.questions]
    assert numbered == [
        (1, "verbroken-sociale-contracten"),
        (2, "verbroken-sociale-contracten"),
        (3, "het-leren-faciliteren"),
    ]
    assert assignment.question(3).text == "Waar vertraag je om te versnellen?"
    assert assignment.question(4) is None and assignment.question(0) is None


def test_coach_deadline_and_message_may_be_left_out() -> None:
    text = 'titel = "Kort"\n[[lezen]]\nartikel = "het-leren-faciliteren"\nvragen = ["Wat?"]\n'
    assignment = check(text).assignment
    assert assignment is not None
    assert (assignment.coach, assignment.deadline, assignment.message) == ("", None, "")


ITEM = '[[lezen]]\nartikel = "het-leren-faciliteren"\nvragen = ["Wat?"]\n'

# (what is wrong, the file, the i18n key of the error, the line it must name)
ERRORS = [
    ("not TOML", 'titel = "x"\ncoach = \n' + ITEM, "assignment.bad_toml_column", 2),
    ("unterminated string", 'titel = "x\n', "assignment.bad_toml_column", 1),
    ("TOML broken at the end", ITEM + "vragen = ", "assignment.bad_toml", 4),
    ("missing titel", 'coach = "c"\n' + ITEM, "assignment.missing_field", 1),
    ("empty titel", 'coach = "c"\ntitel = "  "\n' + ITEM, "assignment.empty_field", 2),
    ("titel not text", "\ntitel = 49\n" + ITEM, "problem.bad_type", 2),
    ("coach not text", 'titel = "x"\ncoach = ["a"]\n' + ITEM, "problem.bad_type", 2),
    (
        "deadline in quotes",
        'titel = "x"\ndeadline = "2026-12-11"\n' + ITEM,
        "assignment.bad_deadline",
        2,
    ),
    (
        "deadline with a time",
        'titel = "x"\ndeadline = 2026-12-11T10:00:00\n' + ITEM,
        "assignment.bad_deadline",
        2,
    ),
    ("no [[lezen]]", 'titel = "x"\n', "assignment.no_items", 1),
    ("lezen not tables", 'titel = "x"\nlezen = "alles"\n', "assignment.bad_items", 2),
    ("lezen empty", 'titel = "x"\nlezen = []\n', "assignment.no_items", 2),
    (
        "artikel missing",
        'titel = "x"\n' + ITEM + '\n[[lezen]]\nvragen = ["Wie?"]\n',
        "assignment.missing_article",
        6,
    ),
    (
        "artikel not text",
        'titel = "x"\n[[lezen]]\nartikel = 7\nvragen = ["a"]\n',
        "problem.bad_type",
        3,
    ),
    (
        "unknown article",
        'titel = "x"\n'
        + ITEM
        + '\n[[lezen]]\n# uitleg\n\nartikel = "bestaat-niet"\nvragen = ["a"]\n',
        "assignment.unknown_article",
        9,
    ),
    (
        "empty vragen",
        'titel = "x"\n' + ITEM + '[[lezen]]\nartikel = "het-leren-faciliteren"\nvragen = []\n',
        "assignment.no_questions",
        7,
    ),
    (
        "vragen missing",
        'titel = "x"\n' + ITEM + '[[lezen]]\nartikel = "het-leren-faciliteren"\n',
        "assignment.no_questions",
        5,
    ),
    (
        "vragen not a list of text",
        'titel = "x"\n[[lezen]]\nartikel = "het-leren-faciliteren"\nvragen = "Wat?"\n',
        "problem.bad_type",
        4,
    ),
    (
        "a question not text",
        'titel = "x"\n[[lezen]]\nartikel = "het-leren-faciliteren"\nvragen = ["a", 2]\n',
        "problem.bad_type",
        4,
    ),
    (
        "an empty question",
        'titel = "x"\n[[lezen]]\nartikel = "het-leren-faciliteren"\nvragen = [\n  "a",\n  " ",\n]\n',
        "assignment.empty_question",
        4,
    ),
    (
        "inline lezen",
        'titel = "x"\nlezen = [{artikel = "het-leren-faciliteren", vragen = []}]\n',
        "assignment.no_questions",
        2,
    ),
    ("empty file", "\n  \n", "problem.empty", None),
]


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [pytest.param(text, key, line, id=name) for name, text, key, line in ERRORS],
)
def test_each_problem_is_named_with_its_line(text: str, key: str, line: int | None) -> None:
    result = check(text)
    assert result.assignment is None
    assert [(f.key, f.line) for f in result.errors] == [(key, line)]


def test_an_unknown_article_lists_the_known_ids() -> None:
    text = 'titel = "x"\n[[lezen]]\nartikel = "bestaat-niet"\nvragen = ["a"]\n'
    sentence = check(text).errors[0].sentence("o.toml")
    assert sentence.startswith("o.toml, regel 3: ")
    assert "bestaat-niet" in sentence
    assert "het-leren-faciliteren, verbroken-sociale-contracten" in sentence


def test_not_toml_says_what_is_wrong_in_dutch_with_line_and_column() -> None:
    finding = check('titel = "x"\ncoach = \n').errors[0]
    assert finding.params["column"] == 9
    assert finding.sentence("o.toml") == (
        "o.toml, regel 2: geen geldige TOML (kolom 9): na '=' hoort een waarde: tekst tussen "
        "aanhalingstekens, een datum als 2026-12-11 of een lijst [...]."
    )
    unclosed = check('titel = "x\n').errors[0].sentence("o.toml")
    assert unclosed.startswith("o.toml, regel 1: geen geldige TOML (kolom 11): een tekst loopt")
    assert "Illegal" not in unclosed


def test_tomllibs_own_words_only_where_we_have_none() -> None:
    finding = check('[[lezen]\nartikel = "x"\n').errors[0]
    message = finding.sentence("o.toml")
    assert message.startswith("o.toml, regel 1: geen geldige TOML (kolom 8). De TOML-lezer zegt")
    assert "Expected ']]'" in message


def test_all_problems_are_reported_at_once() -> None:
    text = 'coach = 3\n[[lezen]]\nartikel = "weg"\nvragen = []\n'
    keys = [f.key for f in check(text).errors]
    assert keys == [
        "assignment.missing_field",
        "problem.bad_type",
        "assignment.unknown_article",
        "assignment.no_questions",
    ]


def test_a_deadline_in_the_past_is_a_warning_not_an_error() -> None:
    result = check_assignment(GOOD, known_articles=KNOWN, today=date(2027, 1, 1))
    assert result.ok and result.assignment is not None
    assert [(w.key, w.line, w.severity) for w in result.warnings] == [
        ("assignment.deadline_past", 3, "warning")
    ]


def test_todays_deadline_is_not_past() -> None:
    assert not check_assignment(GOOD, known_articles=KNOWN, today=date(2026, 12, 11)).warnings


def test_unknown_fields_are_warnings_with_their_line() -> None:
    text = 'titel = "x"\ncoach = "c"\ndeadlien = 2026-12-11\n[[lezen]]\nartikel = "het-leren-faciliteren"\nvraag = "a"\nvragen = ["b"]\n'
    result = check(text)
    assert result.ok
    assert [(w.key, w.line) for w in result.warnings] == [
        ("assignment.unknown_key", 3),
        ("assignment.unknown_item_key", 6),
    ]


def test_the_same_question_twice_for_one_article_is_a_warning() -> None:
    text = 'titel = "x"\ncoach = "c"\n[[lezen]]\nartikel = "het-leren-faciliteren"\nvragen = ["Wat?", "Wat? "]\n'
    result = check(text)
    assert result.ok
    assert [(w.key, w.line) for w in result.warnings] == [("assignment.duplicate_question", 5)]


def test_without_a_library_article_ids_are_not_checked() -> None:
    text = 'titel = "x"\n[[lezen]]\nartikel = "eigen-artikel"\nvragen = ["a"]\n'
    assert check_assignment(text).ok


def test_a_file_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "o.toml"
    path.write_bytes(b'titel = "x"\ncoach = "Ren\xe9"\n')
    result = read_assignment(path)
    assert [(f.key, f.line) for f in result.errors] == [("problem.not_utf8", 2)]


def test_a_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    result = read_assignment(tmp_path / "weg.toml")
    assert [f.key for f in result.errors] == ["problem.unreadable"]


def test_a_byte_order_mark_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "o.toml"
    path.write_bytes("\ufeff".encode() + GOOD.encode())
    assert read_assignment(path, known_articles=KNOWN).ok
