"""How a search result looks on the Zoeken screen, and where an aandacht note's passage is in
its article (to open it there). No screen state here: the screen's worker makes `Shown`s."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from textual.content import Content

from leeslamp.i18n import t
from leeslamp.tui.describe import nice_date
from leeslamp.tui.plain import plain, plain_styled

if TYPE_CHECKING:
    from leeslamp.journal import Entry
    from leeslamp.library.articles import Article

#: the style of a match inside a result (bold and underlined: visible without colour too)
MATCH_STYLE = "bold underline $text-warning"


@dataclass(frozen=True)
class Shown:
    """One result, ready to show: the entry, which field matched, and the line to show with
    its matches (offsets into that line). Made in the search worker, prompt and all."""

    entry: Entry
    field: str
    line: str
    spans: list[tuple[int, int]]
    article_title: str | None = None

    @cached_property
    def prompt(self) -> Content:
        return result_prompt(self, self.article_title)


def when_written(entry: Entry) -> str:
    """'5 maart 2024 04:30': the day in words, and the time as written."""
    day = nice_date(entry.created[:10]) if len(entry.created) >= 10 else entry.created
    return f"{day} {entry.created[11:16]}".strip()


#: before a result's line, under its heading
INDENT = "  "


def line_label(field: str) -> tuple[str, str]:
    """What comes before and after a result's line from `field`: a note's passage in quotation
    marks (the command line's `> ` is Markdown, and reads as a stray sign here), a question
    after its label."""
    if field == "quote":
        return t("search.passage_open"), t("search.passage_close")
    return t(f"search.field.{field}"), ""


def result_prompt(shown: Shown, article_title: str | None) -> Content:
    """Date · kind · article, then the matching line with the matches marked."""
    entry = shown.entry
    head = " · ".join(
        part for part in (when_written(entry), t(f"entrykind.{entry.kind}"), article_title) if part
    )
    line = plain(shown.line)  # one character for one: the match offsets still fit
    if shown.field == "quote":
        line = line.stylize("italic")
    for start, end in shown.spans:
        line = line.stylize(MATCH_STYLE, start, end)
    before, after = line_label(shown.field)
    body = Content.assemble((INDENT + before, "$text-muted"), line, (after, "$text-muted"))
    return Content("\n").join([plain_styled(head, "$text-muted"), body])


def passage_block(article: Article, anchor: dict[str, object]) -> int:
    """The index in `article.blocks` of the block holding an aandacht note's passage, found
    again in the article as it is now (`reanchor`); a detached note points where it was.
    Parses the article: call it off the UI thread."""
    from leeslamp.library.article_text import block_offsets
    from leeslamp.notes.anchoring import Anchor, AnchorDataError, reanchor

    try:
        start = reanchor(Anchor.from_dict(anchor), article.plain_text).start
    except AnchorDataError:
        stored = anchor.get("start")
        start = stored if isinstance(stored, int) else 0
    starts = [begin for begin, _end in block_offsets(article.blocks)]
    return max(bisect_right(starts, start) - 1, 0)
