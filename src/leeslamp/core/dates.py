"""Dates for people: written out in the reader's language, and read from the command line.

Month and day names come from i18n, never from the system locale, so the output is the same
on every machine.

`parse_day()` reads a strict YYYY-MM-DD. `day_range()` reads a date as a reader types it after
`--sinds`/`--tot`: `2026-11-01`, `gisteren`, `vorige week`, `1 november` (and `yesterday`,
`last week`, `1 November`), as the first and last day it covers, so `--sinds vorige week`
starts on last week's Monday and `--tot vorige week` ends on its Sunday. Dutch and English words
are both understood whatever the interface language (they never clash). A day without a year
is, after `--sinds`, the most recent one not in the future (nothing was written after today);
after `--tot`, the nearest one, past or future: on 30 November `--tot "1 december"` is tomorrow.
No fuzzy parser: it would turn typos into dates.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from leeslamp.core.errors import UserInputError
from leeslamp.i18n import t

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def long_date(day: date) -> str:
    """'maandag 30 november 2026' in Dutch, 'Monday 30 November 2026' in English."""
    return t(
        "date.long",
        weekday=t(f"date.weekday.{day.weekday()}"),
        day=day.day,
        month=t(f"date.month.{day.month}"),
        year=day.year,
    )


def human_stamp(stamp: str) -> str:
    """An ISO date or moment as a person writes it: '6 december 2026, 07:12' (or '11 december
    2026' for a day). What is not ISO stays as it is: it is shown, not judged."""
    try:
        moment = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return stamp
    day = t("date.day", day=moment.day, month=t(f"date.month.{moment.month}"), year=moment.year)
    if _ISO_DAY.match(stamp.strip()):
        return day
    return t("date.moment", day=day, time=moment.strftime("%H:%M"))


def short_day(day: date, today: date) -> str:
    """'1 maart' in today's year, '1 maart 2025' in another: how a person says a day gone by."""
    month = t(f"date.month.{day.month}")
    if day.year == today.year:
        return t("date.day_month", day=day.day, month=month)
    return t("date.day", day=day.day, month=month, year=day.year)


def one_day(text: str, today: date) -> date:
    """One day as a reader types it (`day_range`'s words: `2026-03-01`, `gisteren`, `1 maart`),
    the most recent one without a year; a month or a week is a UserInputError."""
    first, last = day_range(text, today)
    if first != last:
        raise UserInputError("date.not_one_day", value=text.strip())
    return first


def parse_day(text: str) -> date:
    """A date written as YYYY-MM-DD; anything else is a UserInputError with a sentence."""
    value = text.strip()
    if _ISO_DAY.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass  # 2026-02-30: the right shape, not a real day
    raise UserInputError("date.bad", value=text)


# --- dates as a reader types them ---------------------------------------------------------------

DayRange = tuple[date, date]

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "januari january jan",
        "februari february feb",
        "maart march maa mrt mar",
        "april apr",
        "mei may",
        "juni june jun",
        "juli july jul",
        "augustus august aug",
        "september sept sep",
        "oktober october okt oct",
        "november nov",
        "december dec",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

_DAYS_BACK = {"vandaag": 0, "today": 0, "gisteren": 1, "yesterday": 1, "eergisteren": 2}
_UNITS = {"dag": 1, "dagen": 1, "day": 1, "days": 1, "week": 7, "weken": 7, "weeks": 7}

_LOOSE_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DUTCH_DAY = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")  # 1-11-2026: day first, as in Dutch
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_YEAR = re.compile(r"\d{4}")
_AGO = re.compile(r"(\d{1,4}) (\w+) (?:geleden|ago)")
_DAY_MONTH = re.compile(r"(\d{1,2})e? (\w+)\.?(?: (\d{4}))?")  # 1 november [2026]
_MONTH_DAY = re.compile(r"(\w+)\.? (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}))?")  # November 1[, 2026]
_MONTH_ONLY = re.compile(r"(\w+)\.?(?: (\d{4}))?")  # november [2026]


def _normal(text: str) -> str:
    return " ".join(text.casefold().replace(",", " ").split())


def _month_range(year: int, month: int) -> DayRange:
    import calendar  # only for a month's range; the Vandaag screen's date needs none of it

    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _back_one_month(day: date) -> tuple[int, int]:
    return (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)


def _relative(text: str, today: date) -> DayRange | None:
    if text in _DAYS_BACK:
        day = today - timedelta(days=_DAYS_BACK[text])
        return day, day
    monday = today - timedelta(days=today.weekday())
    if text in ("deze week", "this week"):
        return monday, monday + timedelta(days=6)
    if text in ("vorige week", "last week"):
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if text in ("deze maand", "this month"):
        return _month_range(today.year, today.month)
    if text in ("vorige maand", "last month"):
        return _month_range(*_back_one_month(today))
    if text in ("dit jaar", "this year"):
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if text in ("vorig jaar", "last year"):
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    ago = _AGO.fullmatch(text)
    if ago and ago.group(2) in _UNITS:
        day = today - timedelta(days=int(ago.group(1)) * _UNITS[ago.group(2)])
        return day, day
    return None


def _most_recent(month: int, day: int, today: date) -> date:
    """The latest `day month` that is not after today (1 november in October: last year's)."""
    for year in (today.year, today.year - 1, today.year - 2, today.year - 3, today.year - 4):
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29 februari in a year without one
            continue
        if candidate <= today:
            return candidate
    raise ValueError(f"no {day}-{month}")


def _nearest(month: int, day: int, today: date) -> date:
    """The `day month` closest to today, before or after (a tie goes to the past)."""
    candidates = []
    for year in range(today.year - 4, today.year + 5):
        try:
            candidates.append(date(year, month, day))
        except ValueError:  # 29 februari in a year without one
            continue
    if not candidates:
        raise ValueError(f"no {day}-{month}")
    return min(candidates, key=lambda candidate: (abs(candidate - today), candidate > today))


def _named(text: str, today: date, nearest: bool = False) -> DayRange | None:
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        found = pattern.fullmatch(text)
        if found and found.group(month_group) in MONTHS:
            month, day = MONTHS[found.group(month_group)], int(found.group(day_group))
            year = found.group(3)
            pick = _nearest if nearest else _most_recent
            chosen = date(int(year), month, day) if year else pick(month, day, today)
            return chosen, chosen
    found = _MONTH_ONLY.fullmatch(text)
    if found and found.group(1) in MONTHS:
        month = MONTHS[found.group(1)]
        year = int(found.group(2)) if found.group(2) else today.year
        if not found.group(2) and month > today.month:
            year -= 1  # "november" in March: last November
        return _month_range(year, month)
    return None


def _numeric(text: str) -> DayRange | None:
    if found := _LOOSE_ISO_DAY.fullmatch(text):
        day = date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
        return day, day
    if found := _DUTCH_DAY.fullmatch(text):
        day = date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
        return day, day
    if found := _ISO_MONTH.fullmatch(text):
        return _month_range(int(found.group(1)), int(found.group(2)))
    if _YEAR.fullmatch(text):
        return date(int(text), 1, 1), date(int(text), 12, 31)
    return None


#: first words of dates that take two or more: typed without quotes, the shell splits them
_FIRST_WORDS = frozenset({"vorige", "vorig", "deze", "dit", "last", "this"})


def day_range(text: str, today: date, *, nearest: bool = False) -> DayRange:
    """The first and last day that `text` means. A text that is no date is a UserInputError.
    `nearest`: a day without a year is the nearest one, not the most recent one."""
    normal = _normal(text)
    try:
        found = _relative(normal, today) or _numeric(normal) or _named(normal, today, nearest)
    except ValueError:  # 31 februari, month 13: a date-shaped text that is no date
        found = None
    if found is None:
        if normal in _FIRST_WORDS or normal.isdigit():  # `--sinds vorige week` without quotes
            raise UserInputError("date.unknown_quote", value=text.strip())
        raise UserInputError("date.unknown", value=text.strip())
    return found


def since(text: str, today: date) -> date:
    return day_range(text, today)[0]


def until(text: str, today: date) -> date:
    return day_range(text, today, nearest=True)[1]
