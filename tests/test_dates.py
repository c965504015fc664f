"""Dates written out for people, and read from the command line (strict, and as typed)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leeslamp import i18n
from leeslamp.core.dates import day_range, long_date, parse_day, since, until
from leeslamp.core.errors import UserInputError


def test_dutch_long_date() -> None:
    assert long_date(date(2026, 11, 30)) == "maandag 30 november 2026"
    assert long_date(date(2027, 3, 7)) == "zondag 7 maart 2027"


def test_english_long_date() -> None:
    i18n.set_language("en")
    assert long_date(date(2026, 11, 30)) == "Monday 30 November 2026"


@given(st.dates())
def test_every_day_reads_back(day: date) -> None:
    assert parse_day(day.isoformat()) == day


@given(st.dates())
def test_every_long_date_uses_our_own_words(day: date) -> None:
    """Never the system locale: the weekday and month come from i18n."""
    weekday, number, month, year = long_date(day).split(" ")
    assert weekday == i18n.t(f"date.weekday.{day.weekday()}")
    assert (number, month, year) == (str(day.day), i18n.t(f"date.month.{day.month}"), str(day.year))


def test_spaces_around_a_date_are_fine() -> None:
    assert parse_day(" 2026-11-30 ") == date(2026, 11, 30)


@pytest.mark.parametrize("bad", ["", "gisteren", "2026-13-01", "2026-02-29", "2026-11-30T10:00"])
def test_a_bad_date_is_a_user_input_error(bad: str) -> None:
    with pytest.raises(UserInputError) as caught:
        parse_day(bad)
    assert caught.value.exit_code == 2
    assert f"'{bad}'" in caught.value.sentence()


# --- dates as a reader types them after --sinds and --tot ------------------------------------

TODAY = date(2026, 11, 18)  # a Wednesday


@pytest.mark.parametrize(
    ("typed", "first", "last"),
    [
        ("2026-11-01", date(2026, 11, 1), date(2026, 11, 1)),
        ("1-11-2026", date(2026, 11, 1), date(2026, 11, 1)),
        ("vandaag", TODAY, TODAY),
        ("gisteren", date(2026, 11, 17), date(2026, 11, 17)),
        ("eergisteren", date(2026, 11, 16), date(2026, 11, 16)),
        ("vorige week", date(2026, 11, 9), date(2026, 11, 15)),
        ("deze week", date(2026, 11, 16), date(2026, 11, 22)),
        ("vorige maand", date(2026, 10, 1), date(2026, 10, 31)),
        ("deze maand", date(2026, 11, 1), date(2026, 11, 30)),
        ("vorig jaar", date(2025, 1, 1), date(2025, 12, 31)),
        ("1 november", date(2026, 11, 1), date(2026, 11, 1)),
        ("1 nov", date(2026, 11, 1), date(2026, 11, 1)),
        ("3 december", date(2025, 12, 3), date(2025, 12, 3)),
        ("12 maart 2024", date(2024, 3, 12), date(2024, 3, 12)),
        ("oktober", date(2026, 10, 1), date(2026, 10, 31)),
        ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),
        ("2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("3 dagen geleden", date(2026, 11, 15), date(2026, 11, 15)),
        ("2 weken geleden", date(2026, 11, 4), date(2026, 11, 4)),
        ("  Vorige   Week ", date(2026, 11, 9), date(2026, 11, 15)),
    ],
)
def test_dutch_dates(typed: str, first: date, last: date) -> None:
    assert day_range(typed, TODAY) == (first, last)


@pytest.mark.parametrize(
    ("typed", "first", "last"),
    [
        ("today", TODAY, TODAY),
        ("yesterday", date(2026, 11, 17), date(2026, 11, 17)),
        ("last week", date(2026, 11, 9), date(2026, 11, 15)),
        ("last month", date(2026, 10, 1), date(2026, 10, 31)),
        ("1 November", date(2026, 11, 1), date(2026, 11, 1)),
        ("November 1", date(2026, 11, 1), date(2026, 11, 1)),
        ("November 1st, 2025", date(2025, 11, 1), date(2025, 11, 1)),
        ("3 days ago", date(2026, 11, 15), date(2026, 11, 15)),
    ],
)
def test_english_dates(typed: str, first: date, last: date) -> None:
    assert day_range(typed, TODAY) == (first, last)


def test_since_takes_the_first_day_and_until_the_last() -> None:
    assert since("vorige maand", TODAY) == date(2026, 10, 1)
    assert until("vorige maand", TODAY) == date(2026, 10, 31)


def test_last_month_in_january_is_december_of_last_year() -> None:
    assert day_range("vorige maand", date(2027, 1, 5)) == (date(2026, 12, 1), date(2026, 12, 31))


def test_29_februari_without_a_year_is_the_last_leap_day() -> None:
    assert day_range("29 februari", TODAY) == (date(2024, 2, 29), date(2024, 2, 29))


@pytest.mark.parametrize("typed", ["morgen", "31 februari 2026", "2026-13-01", "ergens", ""])
def test_a_text_that_is_no_date_is_a_sentence(typed: str) -> None:
    with pytest.raises(UserInputError) as raised:
        day_range(typed, TODAY)
    assert "kan ik niet als datum lezen" in raised.value.sentence()
    assert "vorige week" in raised.value.sentence()


def test_until_a_day_without_a_year_is_the_nearest_one() -> None:
    """On 30 November, `--tot "1 december"` means tomorrow, not a year ago."""
    assert until("1 december", date(2026, 11, 30)) == date(2026, 12, 1)
    assert until("1 november", date(2026, 11, 30)) == date(2026, 11, 1)
    assert until("3 januari", date(2026, 12, 30)) == date(2027, 1, 3)
    assert since("1 december", date(2026, 11, 30)) == date(2025, 12, 1)  # nothing is written later


@pytest.mark.parametrize("typed", ["vorige", "last", "1"])
def test_the_first_word_of_a_date_without_quotes_asks_for_quotes(typed: str) -> None:
    with pytest.raises(UserInputError) as raised:
        day_range(typed, TODAY)
    assert 'tussen aanhalingstekens, zoals --sinds "vorige week"' in raised.value.sentence()
