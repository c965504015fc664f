"""Aandacht notes a reader chooses to send along in their answer file (`--met-aandacht`).

Off by default: only when the reader asks, and then only the notes on the assignment's own
articles. `notes_to_share` reads nothing but `aandacht` entries of those articles, so a note on
another article, a reflection or a daily answer cannot get in; the preview (`notes_markdown`, part
of the bundle's Markdown copy) lists each note that leaves, quote and text.

Each note travels with its anchor (quote, prefix, suffix, offsets, hash of the reader's article
text, re-anchored to the reader's text as it is now), so the coach's leeslamp can find the
passage again in the coach's own copy of the article (`assignments.dialogue`).

In the bundle the notes are one optional list, `notes`, covered by the checksum like the rest.
A bundle without it (every file made before, or without the option) has no notes: old files
stay readable, and an older leeslamp reading a new file only leaves the notes out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from leeslamp.i18n import t
from leeslamp.notes.anchoring import Anchor, AnchorDataError

if TYPE_CHECKING:
    from leeslamp.assignments.model import Assignment
    from leeslamp.journal import Entry, Journal
    from leeslamp.library.articles import Article

KIND = "aandacht"


@dataclass(frozen=True)
class BundleNote:
    """One aandacht note as it travels in an answer file."""

    article: str
    anchor: Anchor
    text: str  # may be empty: a passage marked without words
    noted: str  # ISO 8601, when the note was last changed

    @property
    def quote(self) -> str:
        return self.anchor.quote


def notes_to_share(
    journal: Journal, assignment: Assignment, find_article: Callable[[str], Article | None]
) -> list[Entry]:
    """The reader's aandacht notes on the assignment's articles, anchored to the text as it is
    now, in the assignment's article order and then text order. Notes whose anchor cannot be
    read (no quote to show) stay home."""
    from leeslamp.notes.attention_notes import with_current_anchors

    articles = list(assignment.articles)
    entries = [
        entry
        for entry in journal.entries(kind=KIND)
        if entry.article in articles and entry.anchor is not None
    ]
    current = with_current_anchors(entries, find_article)
    readable = [(entry, _anchor(entry.anchor)) for entry in current]
    kept = [(entry, anchor) for entry, anchor in readable if anchor is not None]
    kept.sort(key=lambda pair: (articles.index(pair[0].article or ""), pair[1].start))
    return [entry for entry, _ in kept]


def _anchor(data: Any) -> Anchor | None:
    try:
        return Anchor.from_dict(data)
    except AnchorDataError:
        return None


def note_rows(entries: Iterable[Entry]) -> list[dict[str, Any]]:
    """The bundle's `notes`: per note its article, anchor, text and when it was changed."""
    rows = []
    for entry in entries:
        anchor = _anchor(entry.anchor)
        if anchor is None or entry.article is None:
            continue
        rows.append(
            {
                "article": entry.article,
                **anchor.to_dict(),
                "text": entry.text,
                "noted": entry.updated,
            }
        )
    return rows


def read_note_rows(rows: object) -> tuple[BundleNote, ...]:
    """The notes of a bundle read back; TypeError or ValueError for rows that are not notes."""
    if rows is None:
        return ()
    if not isinstance(rows, list):
        raise TypeError("notes")
    notes = []
    for row in rows:
        if not isinstance(row, dict):
            raise TypeError("notes")
        article, text, noted = row.get("article"), row.get("text"), row.get("noted")
        if not all(isinstance(value, str) for value in (article, text, noted)) or not article:
            raise TypeError("notes")
        notes.append(BundleNote(article, Anchor.from_dict(row), text, noted))  # type: ignore[arg-type]
    return tuple(notes)


def notes_markdown(
    rows: Sequence[Mapping[str, Any]] | None, titles: Mapping[str, str]
) -> list[str]:
    """The notes section of the bundle's Markdown copy (and so of the preview): each note that
    leaves, its quote and its text. Nothing when the reader did not add notes."""
    if rows is None:
        return []
    from leeslamp.assignments.bundle import quoted
    from leeslamp.core.safe_text import markdown_line, markdown_text

    lines = ["", f"## {t('bundle.md_notes')}", ""]
    if not rows:
        return [*lines, f"_{t('bundle.md_notes_none')}_"]
    lines.append(f"_{t('bundle.md_notes_contents')}_")
    article = None
    for row in rows:
        if row["article"] != article:  # the notes come in article order
            article = row["article"]
            lines += ["", f"### {markdown_line(str(titles.get(article) or article))}"]
        lines += ["", f"{t('bundle.md_note_passage')}", ""]
        lines += [quoted(markdown_text(row["quote"])), "", f"{t('bundle.md_note_text')}", ""]
        text = str(row.get("text") or "")
        lines.append(
            quoted(markdown_text(text)) if text.strip() else f"_{t('bundle.md_note_empty')}_"
        )
    return lines
