"""Dates for people: written out in the reader's language, and read from the command line.

Month and day names come from i18n, never from the system locale, so the output is the same
on every machine.
"""

from __future__ import annotations

import re
from datetime import date

from leeslamp.errors import UserInputError
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


def parse_day(text: str) -> date:
    """A date written as YYYY-MM-DD; anything else is a UserInputError with a sentence."""
    value = text.strip()
    if _ISO_DAY.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass  # 2026-02-30: the right shape, not a real day
    raise UserInputError("date.bad", value=text)
