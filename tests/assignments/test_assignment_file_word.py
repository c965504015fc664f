"""Assignment files as a coach's computer writes them: curly quotes from Word, dates written
day first or not as TOML reads them, no coach, and sentences that end in one mark."""

from __future__ import annotations

import pytest
from assignment_samples import GOOD

from leeslamp.assignments import check_assignment
from leeslamp.i18n import t


def sentences(text: str) -> list[str]:
    result = check_assignment(text)
    return [f.sentence("o.toml") for f in [*result.errors, *result.warnings]]


@pytest.mark.parametrize("curly", ["“", "”", "‘", "’", "„"])
def test_a_curly_quote_is_named_as_the_cause_with_the_fix(curly: str) -> None:
    text = GOOD.replace(
        'titel = "Leesopdracht week 49: aandacht"', f"titel = {curly}Week 49{curly}"
    )
    [sentence] = sentences(text)
    assert sentence.startswith("o.toml, regel 1: geen geldige TOML (kolom 9)")
    assert f"gekruld aanhalingsteken {curly}" in sentence and "recht aanhalingsteken" in sentence


def test_curly_quotes_inside_a_text_are_fine() -> None:
    text = GOOD.replace("Lees rustig", "Lees “rustig”")
    assert check_assignment(text).ok


def test_a_curly_quote_in_a_list_of_questions_is_found_on_its_line() -> None:
    text = GOOD.replace('vragen = ["Waar vertraag je om te versnellen?"]', "vragen = [‘Waarom?’]")
    [sentence] = sentences(text)
    assert "regel 12" in sentence and "‘" in sentence


@pytest.mark.parametrize(
    ("written", "iso"),
    [("12-12-2026", "2026-12-12"), ("12/12/2026", "2026-12-12"), ("3-4-2026", "2026-04-03"),
     ("12/25/2026", "2026-12-25"), ('"11-12-2026"', "2026-12-11")],
)  # fmt: skip
def test_a_date_written_day_first_gets_the_way_to_write_it(written: str, iso: str) -> None:
    [sentence] = sentences(GOOD.replace("deadline = 2026-12-11", f"deadline = {written}"))
    assert sentence.startswith("o.toml, regel 3: de datum")
    assert f"schrijf {iso} (jaar-maand-dag" in sentence


@pytest.mark.parametrize("written", ["2026-13-01", "2026-1-11", "2026-12-32", "2026-02-30"])
def test_an_unquoted_date_toml_refuses_gets_the_date_message_not_the_quotes_hint(
    written: str,
) -> None:
    """tomllib reads 2026-13-01 as the number 2026 with more after it; "put it in quotes"
    would only lead to the next error (a deadline in quotes is no date)."""
    [sentence] = sentences(GOOD.replace("deadline = 2026-12-11", f"deadline = {written}"))
    assert sentence == (
        "o.toml, regel 3: geen geldige TOML (kolom 12): dat is geen geldige datum; "
        "schrijf hem als 2026-12-11."
    )


def test_text_after_a_good_date_still_gets_the_quotes_hint() -> None:
    [sentence] = sentences(GOOD.replace("2026-12-11", "2026-12-11 maandag"))
    assert "(kolom 23): na de waarde staat nog iets op de regel" in sentence


def test_a_missing_coach_is_a_warning_not_an_error() -> None:
    result = check_assignment(GOOD.replace('coach = "Marieke"\n', ""))
    assert result.ok and result.assignment is not None
    assert [f.key for f in result.warnings] == ["assignment.no_coach"]
    assert check_assignment(GOOD).warnings == []


@pytest.mark.parametrize(
    "broken",
    ['titel = "Week 49\n', "deadline = 2026-12-11 maandag\n", "titel = \n", 'vragen = ["a"\n'],
)
def test_every_message_ends_in_one_punctuation_mark(broken: str) -> None:
    for sentence in sentences(broken + GOOD.split("\n", 1)[1]):
        assert not any(sentence.endswith(end) for end in ("?.", "!.", "..", ".?")), sentence
        assert sentence[-1] in ".?!)", sentence


def test_the_english_sentence_says_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    from leeslamp import i18n

    monkeypatch.setattr(i18n, "_current", "en")
    [sentence] = sentences(GOOD.replace("deadline = 2026-12-11", "deadline = 12-12-2026"))
    assert "write 2026-12-12 (year-month-day" in sentence
    assert t("assignment.no_coach").startswith("there is no coach")
