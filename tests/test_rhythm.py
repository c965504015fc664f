"""The gentle rhythm (a calendar of the days you wrote) and terugblik (what to look back on)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from leeslamp.daily.rhythm import CALENDAR_WEEKS, SPANS, calendar, level, look_back, words_by_day
from leeslamp.journal import Entry

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


def test_words_are_counted_per_day_however_many_entries() -> None:
    words = words_by_day([entry(TODAY, "een twee", hour=6), entry(TODAY, "drie", hour=21)])
    assert words == {TODAY: 3}


def test_a_bare_highlight_is_not_writing() -> None:
    assert words_by_day([entry(TODAY, "  ")]) == {}


def test_more_words_make_a_darker_day() -> None:
    assert [level(n) for n in (0, 1, 99, 100, 299, 300, 5000)] == [0, 1, 1, 2, 2, 3, 3]


def test_the_calendar_ends_with_this_week_and_leaves_the_days_to_come_open() -> None:
    result = calendar({TODAY - timedelta(days=1): 120, TODAY - timedelta(weeks=3): 5}, TODAY)
    assert len(result.weeks) == CALENDAR_WEEKS
    assert result.start == date(2023, 12, 18) and result.start.weekday() == 0
    assert result.weeks[-1] == (2, 0, None, None, None, None, None)
    assert result.weeks[-4][1] == 1
    assert result.this_week == 1
    assert result.written(TODAY - timedelta(days=1)) and not result.written(TODAY)
    assert not result.written(result.start - timedelta(days=1))


def test_days_before_the_calendar_are_left_out() -> None:
    result = calendar({TODAY - timedelta(weeks=CALENDAR_WEEKS): 400}, TODAY)
    assert not any(any(week) for week in result.weeks)


@given(
    st.dictionaries(
        st.dates(date(2023, 1, 1), date(2025, 1, 1)), st.integers(0, 2000), max_size=90
    ),
    st.dates(date(2000, 1, 1), date(2100, 1, 1)),
)
def test_the_calendar_marks_exactly_the_days_written(words: dict[date, int], today: date):
    result = calendar(words, today)
    assert all(len(week) == 7 for week in result.weeks)
    assert sum(1 for day in result.weeks[-1] if day is None) == 6 - today.weekday()
    assert 0 <= result.this_week <= today.weekday() + 1
    for week, days in enumerate(result.weeks):
        for weekday, shade in enumerate(days):
            day = result.monday(week) + timedelta(days=weekday)
            assert shade == (None if day > today else level(words.get(day, 0)))
            assert result.written(day) == bool(shade)


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
