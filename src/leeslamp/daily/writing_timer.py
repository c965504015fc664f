"""The ochtend mode's writing timer: the lengths Ctrl+R goes through, and the range of a length
of your own (`leeslamp ochtend --minuten N`, or typed in the app). Here, not in the screen, so
the command line checks a length without loading Textual."""

from __future__ import annotations

#: the lengths Ctrl+R offers, in minutes, in its order (then off)
TIMER_CHOICES = (5, 10, 20)
#: a length of your own: from a minute to two hours
SHORTEST, LONGEST = 1, 120


def own_minutes(text: str) -> int | None:
    """`text` as a timer length in whole minutes, or None where it is none (not a whole
    number, or outside SHORTEST..LONGEST)."""
    text = text.strip()
    if not text.isascii() or not text.isdigit():
        return None
    minutes = int(text)
    return minutes if SHORTEST <= minutes <= LONGEST else None
