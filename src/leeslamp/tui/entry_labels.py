"""How a journal entry is described on screen: its moment, its kind, its article, its first line.

Plain functions, no Textual, shared by the Schrijfblok, the Dagboek and the Prullenbak.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from leeslamp.i18n import t
from leeslamp.tui.describe import nice_date


def moment(stamp: str) -> str:
    """'2024-03-05T04:30:00+01:00' -> '5 maart 2024 om 04:30' / '5 March 2024 at 04:30'."""
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return t("journal.moment", date=nice_date(when.date().isoformat()), time=f"{when:%H:%M}")


def short_moment(stamp: str) -> str:
    """'2024-03-05T04:30:00+01:00' -> '05-03-2024 04:30' / '2024-03-05 04:30' (a table column)."""
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp[:16]
    return t(
        "journal.date",
        day=f"{when:%d}",
        month=f"{when:%m}",
        year=f"{when:%Y}",
        time=f"{when:%H:%M}",
    )


def kind_label(kind: str) -> str:
    key = f"entrykind.{kind}"
    label = t(key)
    return kind if label == key else label


def article_label(article_id: str | None, title_of: Callable[[str], str | None]) -> str:
    """The article's title; its id when the article is not in the library (any more)."""
    if article_id is None:
        return t("journal.no_article")
    return title_of(article_id) or article_id


def first_line(text: str, width: int | None = None) -> str:
    """The first line with words on it, cut to `width` with an ellipsis; '(leeg)' for none."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not line:
        return t("journal.empty_text")
    return cut(line, width) if width is not None else line


def cut(text: str, width: int) -> str:
    """`text` in at most `width` characters, with an ellipsis where it was cut."""
    if len(text) <= width:
        return text
    return text[: max(width - 1, 0)].rstrip() + "…"
