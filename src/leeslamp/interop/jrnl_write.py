"""Writing jrnl's plain-text format (see jrnl.py), for `leeslamp export --format jrnl` (then
`jrnl --import`): one entry at a time, joined as jrnl joins them.

The note follows its context line directly (no blank line that jrnl would trim and we would
have to escape); a blank line in between only where the note needs it to stand apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from leeslamp.interop.jrnl import (
    QUOTE_KINDS,
    TIME_FORMAT,
    context_lines,
    escape_body_line,
    escape_title,
    tag_word,
    with_context,
)


def _in_context(
    text: str, kind: str, quote: str | None, question: str | None, language: str
) -> str:
    """As `with_context`, but the note follows its quote or question line directly: a blank
    line right after a one-line title is a body line jrnl trims, so it would need an escape
    (a line holding only a zero-width space, which jrnl shows as an odd empty line). The blank
    line stays after a context of more lines (there it is an ordinary body line) and where the
    note needs it to stand apart: a note that starts with an empty line, or (after a quote) `>`."""
    lines = context_lines(kind, quote, question, language)
    if not lines or not text:
        return with_context(text, kind, quote, question, language)
    first = text.split("\n", 1)[0]
    gap = len(lines) > 1 or first == "" or (kind in QUOTE_KINDS and first.startswith(">"))
    return "\n".join([*lines, *([""] if gap else []), text])


def format_entry(
    when: datetime,
    text: str,
    kind: str,
    tags: Iterable[str] = (),
    starred: bool = False,
    *,
    quote: str | None = None,
    question: str | None = None,
    language: str = "nl",
) -> str:
    """One entry in jrnl's plain-text format, ending in a newline. The tag line starts with
    `@kind`: that is how a reader tells our tag line from one the writer typed. An aandacht
    note's `quote` and an answer's `question` go before the note (see the module's notes)."""
    text = _in_context(text, kind, quote, question, language)
    first, *rest = text.split("\n")
    header = f"[{when.strftime(TIME_FORMAT)}] {escape_title(first)}{' *' if starred else ''}"
    body = [escape_body_line(line, index == 0) for index, line in enumerate(rest)]
    words = [word for word in dict.fromkeys(tag_word(tag) for tag in tags) if word != kind]
    tag_line = " ".join(f"@{word}" for word in (kind, *words) if word)
    return "\n".join([header, *body, "", tag_line]) + "\n"


def join_entries(entries: Iterable[str]) -> str:
    """Entries separated by a blank line, as jrnl writes its own file."""
    return "\n".join(entries)
