"""Words marked by what changed (`core.word_diff` pieces), the one way the TUI shows a change:
for a question answered again (`widgets/earlier_answer.py`) and for the versions of a text
(`screens/history.py`).

Added words are underlined, removed ones struck through, each in a colour too: never colour
alone (NO_COLOR, colour blindness). The texts are the reader's own, so every piece goes
through `tui.plain`: a `[b]` or an ESC in a text is shown as it is, never run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from leeslamp.tui.plain import plain_styled

if TYPE_CHECKING:
    from leeslamp.core.word_diff import Piece

#: a mark beside the colour, so the change reads without colour too
ADDED = "underline $text-success"
REMOVED = "strike $text-error"

_STYLES = {"same": "", "added": ADDED, "removed": REMOVED}


def marked(pieces: list[Piece]) -> Content:
    """The pieces in reading order, each marked by its kind; a space between words taken out
    and words put in their place, where the text had none (`team.` then `afdeling.`)."""
    parts: list[Content] = []
    for piece, following in zip(pieces, [*pieces[1:], None], strict=True):
        parts.append(plain_styled(piece.text, _STYLES[piece.op]))
        between = following is not None and (piece.op, following.op) == ("removed", "added")
        if between and not piece.text[-1:].isspace():
            parts.append(Content(" "))
    return Content("").join(parts)
