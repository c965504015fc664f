"""What changed between two texts, word by word: for the version history and for a question
answered again. difflib over words (with the whitespace after each kept), so the pieces put
back together give either text exactly, line breaks included."""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from typing import Literal, NamedTuple

#: a word with the whitespace that follows it; whitespace at the very start is a piece of its own
_PIECES = re.compile(r"\s+|\S+\s*")

Op = Literal["same", "added", "removed"]


class Piece(NamedTuple):
    op: Op
    text: str


def _split(text: str) -> list[str]:
    return _PIECES.findall(text)


def word_diff(old: str, new: str) -> list[Piece]:
    """The pieces of `old` and `new` in reading order: "same" in both, "removed" only in `old`,
    "added" only in `new` (a replaced stretch: the removed words first). Neighbouring pieces of
    one kind are joined. Words are compared without the whitespace after them, so a word that
    only moved to the end of a line still counts as the same word."""
    before, after = _split(old), _split(new)
    matcher = SequenceMatcher(
        None, [w.rstrip() for w in before], [w.rstrip() for w in after], autojunk=False
    )
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            # the new text's whitespace: put together, the "same" and "added" pieces are `new`
            pieces.extend(_same(before[i1:i2], after[j1:j2]))
            continue
        if tag in ("replace", "delete"):
            pieces.append(Piece("removed", "".join(before[i1:i2])))
        if tag in ("replace", "insert"):
            pieces.append(Piece("added", "".join(after[j1:j2])))
    return _joined(pieces)


def _same(old_words: list[str], new_words: list[str]) -> Iterator[Piece]:
    """Equal words: the new text's spacing is what "same" shows; where only the spacing after
    a word changed (a line break added or taken out), that is said as removed and added."""
    for old_word, new_word in zip(old_words, new_words, strict=True):
        if old_word == new_word:
            yield Piece("same", new_word)
            continue
        word = new_word.rstrip()
        yield Piece("same", word)
        yield Piece("removed", old_word[len(word) :])
        yield Piece("added", new_word[len(word) :])


def _joined(pieces: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    for piece in pieces:
        if not piece.text:
            continue
        if out and out[-1].op == piece.op:
            out[-1] = Piece(piece.op, out[-1].text + piece.text)
        else:
            out.append(piece)
    return out


def text_of(pieces: list[Piece], side: Literal["old", "new"]) -> str:
    """One side put back together: `text_of(word_diff(a, b), "old") == a`."""
    skip: Op = "added" if side == "old" else "removed"
    return "".join(piece.text for piece in pieces if piece.op != skip)


def changed_words(pieces: list[Piece]) -> tuple[int, int]:
    """How many words were added and removed: for a one-line summary."""
    added = sum(len(p.text.split()) for p in pieces if p.op == "added")
    removed = sum(len(p.text.split()) for p in pieces if p.op == "removed")
    return added, removed
