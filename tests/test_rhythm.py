"""The gentle rhythm (days written per week) and terugblik (what to look back on)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from leeslamp.journal import Entry
from leeslamp.rhythm import SPANS, days_written, look_back, rhythm

ZONE = timezone(timedelta(hours=1))
TODAY = date(2024, 3, 5)  # a Tuesday


def entry(day: date, text: str = "iets", *, hour: int = 9, prompt: str | None = None) -> Entry:
    stamp = datetime(day.year, day.month, day.day, hour, tzinfo=ZONE).isoformat()
    return Entry(
        id=f"{day.isoformat()}-{hour}-{text}",
        kind="dagvraag" if prompt else "reflectie",
        text=text,
        created=stamp,
        updated=stamp,
        prompt={"id": prompt, "text": "?"} if prompt else None,
    )


def test_a_day_counts_once_however_much_was_written() -> None:
    days = days_written([entry(TODAY, hour=6), entry(TODAY, hour=21)])
    assert days == {TODAY}


def test_a_bare_highlight_is_not_writing() -> None:
    assert days_written([entry(TODAY, "  ")]) == set()


def test_the_week_runs_monday_to_sunday_and_leaves_the_days_to_come_open() -> None:
    result = rhythm({TODAY - timedelta(days=1)}, TODAY)
    assert result.week == (True, False, None, None, None, None, None)
    assert result.this_week == 1


def test_the_weeks_before_count_days_written_oldest_first() -> None:
    monday = date(2024, 3, 4)
    days = {monday - timedelta(weeks=1), monday - timedelta(weeks=1, days=-2)}
    days |= {monday - timedelta(weeks=4)}
    assert rhythm(days, TODAY).earlier == (1, 0, 0, 2)


@given(
    st.sets(st.dates(date(2023, 1, 1), date(2025, 1, 1)), max_size=60),
    st.dates(date(2000, 1, 1), date(2100, 1, 1)),
)
def test_the_rhythm_never_counts_more_than_seven_or_below_zero(days: set[date], today: date):
    result = rhythm(days, today)
    assert 0 <= result.this_week <= today.weekday() + 1
    assert all(0 <= count <= 7 for count in result.earlier)
    assert sum(1 for day in result.week if day is None) == 6 - today.weekday()


def test_look_back_finds_a_week_a_month_and_a_year_ago() -> None:
    found = look_back(
        [entry(TODAY - timedelta(days=n), f"{n} dagen") for n in (1, 7, 30, 365)], TODAY
    )
    assert [(m.span, m.entry.text) for m in found] == [
        (7, "7 dagen"),
        (30, "30 dagen"),
        (365, "365 dagen"),
    ]


def test_look_back_takes_the_nearest_day_within_two() -> None:
    found = look_back(
        [entry(TODAY - timedelta(days=n), f"{n}") for n in (4, 9, 8)],
        TODAY,
    )
    assert [(m.span, m.entry.text) for m in found] == [(7, "8")]


def test_look_back_leaves_days_further_off_alone() -> None:
    assert look_back([entry(TODAY - timedelta(days=11))], TODAY) == []


def test_of_two_on_one_day_the_longer_comes_back() -> None:
    day = TODAY - timedelta(days=7)
    found = look_back([entry(day, "kort", hour=8), entry(day, "iets langer", hour=9)], TODAY)
    assert [m.entry.text for m in found] == ["iets langer"]


def test_earlier_answers_to_the_same_question_come_first_newest_first() -> None:
    old = entry(TODAY - timedelta(days=200), "toen", prompt="p")
    older = entry(TODAY - timedelta(days=400), "lang geleden", prompt="p")
    week = entry(TODAY - timedelta(days=7), "vorige week")
    todays = entry(TODAY, "vandaag", prompt="p")
    found = look_back([todays, week, old, older], TODAY, [todays, old, older])
    assert [(m.span, m.entry.text) for m in found] == [
        (None, "toen"),
        (None, "lang geleden"),
        (7, "vorige week"),
    ]


def test_nothing_comes_back_twice() -> None:
    week_ago = entry(TODAY - timedelta(days=7), "zelfde vraag", prompt="p")
    found = look_back([week_ago], TODAY, [week_ago])
    assert [m.span for m in found] == [None]


def test_the_spans_are_a_week_a_month_and_a_year() -> None:
    assert SPANS == (7, 30, 365)
