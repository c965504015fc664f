"""safe_text's promises for any text: nothing that acts on a terminal survives, the TUI's form
keeps every offset, and text without control characters is left exactly as it was."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from leeslamp.core.safe_text import for_terminal, is_safe, markdown_text, printable

#: any text, with the dangerous characters much more often than chance would bring them
HOSTILE_CHARS = st.sampled_from(["\x1b", "\x07", "\x00", "\x7f", "\x9b", "\u202e", "\u2066", "["])
TEXTS = st.lists(st.one_of(st.text(), HOSTILE_CHARS)).map("".join)


@given(TEXTS)
def test_nothing_that_acts_on_a_terminal_survives(text: str) -> None:
    assert is_safe(printable(text))
    assert is_safe(for_terminal(text))
    assert is_safe(markdown_text(text))


@given(TEXTS)
def test_the_tui_form_keeps_every_offset_and_every_other_character(text: str) -> None:
    shown = for_terminal(text)
    assert len(shown) == len(text)
    assert all(a == b for a, b in zip(text, shown, strict=True) if is_safe(a))


@given(TEXTS)
def test_safe_text_is_left_as_it_is_and_printing_twice_changes_nothing(text: str) -> None:
    once = printable(text)
    assert printable(once) == once
    if is_safe(text):
        assert once == text == for_terminal(text)


def test_newlines_and_tabs_stay() -> None:
    assert printable("een\n\ttwee") == "een\n\ttwee"
    assert printable("een\r\ntwee\rdrie") == "een\ntwee␍drie"
