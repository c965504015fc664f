"""Dates written out for people, and read from the command line."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leeslamp import i18n
from leeslamp.dates import long_date, parse_day
from leeslamp.errors import UserInputError


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
