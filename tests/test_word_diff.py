"""word_diff: both texts come back exactly from the pieces, and the pieces say what changed."""

import itertools

from hypothesis import given
from hypothesis import strategies as st

from leeslamp.core.word_diff import Piece, changed_words, text_of, word_diff

words = st.lists(
    st.sampled_from(["de", "lamp", "leest", "één", "Senge", "\n", " ", "  ", "\n\n", "team."]),
    max_size=30,
).map("".join)


@given(words, words)
def test_both_texts_come_back_whole(old: str, new: str) -> None:
    pieces = word_diff(old, new)
    assert text_of(pieces, "old") == old
    assert text_of(pieces, "new") == new
    assert all(p.text for p in pieces)
    assert all(a.op != b.op for a, b in itertools.pairwise(pieces))


def test_a_changed_word_is_removed_then_added() -> None:
    pieces = word_diff("Ik lees elke ochtend.", "Ik schrijf elke ochtend.")
    assert pieces == [
        Piece("same", "Ik "),
        Piece("removed", "lees "),
        Piece("added", "schrijf "),
        Piece("same", "elke ochtend."),
    ]
    assert changed_words(pieces) == (1, 1)


def test_same_text_is_one_same_piece() -> None:
    assert word_diff("Een tekst\nmet twee regels", "Een tekst\nmet twee regels") == [
        Piece("same", "Een tekst\nmet twee regels")
    ]


def test_a_moved_line_break_keeps_the_word() -> None:
    pieces = word_diff("een twee drie", "een twee\ndrie")
    assert Piece("removed", " ") in pieces and Piece("added", "\n") in pieces
    assert changed_words(pieces) == (0, 0)
