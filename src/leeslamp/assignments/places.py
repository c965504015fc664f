"""Who reads what you write. A text becomes an answer for a coach only where the question is
visibly the coach's before the first keystroke (`coach_label`), and the answer file's preview
names, per answer, the day it was written and where (`preview_lines`), so nothing leaves that
the reader would not recognise.

Where an answer was written is kept in its assignment link as `written_in` (one of `PLACES`).
Answers from before that field say "onbekend": the place cannot be told afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from leeslamp.i18n import t
from leeslamp.journal import Entry

# The values are stored in the journal (and name their i18n keys): Dutch, and never to change.
TODAY = "vandaag"
MORNING = "ochtend"
READER = "lezer"  # the reader's Schrijfblok, beside the question's article
COMMAND_LINE = "schrijf"  # leeslamp schrijf --opdracht ID --vraag N
PLACES = (TODAY, MORNING, READER, COMMAND_LINE)

#: an article id -> its title, or None when the library does not have it
Titles = Callable[[str], str | None]


def coach_label(coach: str, *, many: bool = False) -> str:
    """'Vraag van je coach Marieke · komt in je antwoordbestand' (`many`: for several questions).
    The name is the coach's own text: callers show it as plain text, never as markup."""
    name = " ".join(coach.split())
    key = "coach.label_many" if many else "coach.label"
    return t(key, coach=name) if name else t(key + "_no_name")


def written_in(entry: Entry) -> str | None:
    """Where `entry` was written, if it says so (and says something we know)."""
    place = (entry.assignment or {}).get("written_in")
    return place if place in PLACES else None


def place_text(entry: Entry, titles: Titles) -> str:
    place = written_in(entry)
    if place is None:
        return t("preview.place.unknown")
    if place == READER:
        article = entry.article or ""
        return t("preview.place.lezer", title=titles(article) or article)
    return t(f"preview.place.{place}")


def written_on(entry: Entry) -> str:
    """The day the answer was first written ('dinsdag 5 maart 2024', from its `created`)."""
    from leeslamp.core.dates import long_date

    try:
        return long_date(datetime.fromisoformat(entry.created).date())
    except ValueError:  # a hand-edited journal: say so rather than guess
        return t("preview.place.unknown")


def preview_lines(answers: Mapping[int, Entry], titles: Titles) -> list[str]:
    """One line per answer that goes into the file: question number, date, place. `answers`:
    as given to `build_bundle` (emptied answers are left out there, so here too)."""
    rows = [
        t("preview.row", number=number, date=written_on(entry), place=place_text(entry, titles))
        for number, entry in sorted(answers.items())
        if entry.text.strip()
    ]
    return [t("preview.head"), *(f"  {row}" for row in rows)] if rows else [t("preview.none")]
