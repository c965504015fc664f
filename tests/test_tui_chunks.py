"""Cutting an article into parts for progressive mounting."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from leeslamp.library.article_text import parse_blocks
from leeslamp.tui.screens.reader.chunks import first_screen, split_body
from tui_factory import long_body

paragraph = st.text(alphabet="abcdefghij klm", min_size=1, max_size=300).map(
    lambda s: s.strip() or "x"
)
block = st.one_of(
    paragraph,
    paragraph.map(lambda s: f"## {s[:40]}"),
    st.lists(paragraph, min_size=1, max_size=4).map(
        lambda items: "\n".join(f"- {i}" for i in items)
    ),
    paragraph.map(lambda s: f"> {s}"),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(block, min_size=1, max_size=60), st.integers(20, 200), st.integers(5, 60))
def test_parts_join_back_into_the_body(blocks: list[str], width: int, height: int) -> None:
    body = "\n\n".join(blocks) + "\n"
    parts = split_body(body, parse_blocks(body), width=width, height=height, part_chars=500)
    assert "".join(part.markdown for part in parts) == body


@settings(max_examples=100, deadline=None)
@given(st.lists(block, min_size=1, max_size=60))
def test_no_part_starts_inside_a_list_or_quote(blocks: list[str]) -> None:
    body = "\n\n".join(blocks) + "\n"
    for part in split_body(body, parse_blocks(body), width=80, height=10, part_chars=200)[1:]:
        first_line = part.markdown.lstrip("\n").splitlines()[0]
        assert not first_line.startswith(("- ", "> "))


def test_the_first_part_is_about_one_screen_and_the_rest_follows() -> None:
    body = long_body(100)
    blocks = parse_blocks(body)
    parts = split_body(body, blocks, width=100, height=30)
    assert parts[0].markdown.startswith("Eerste woorden")
    assert len(parts[0].markdown) < 3000
    assert len(parts) > 5
    assert parts[-1].end_block == len(blocks)
    assert [p.first_block for p in parts[1:]] == [p.end_block for p in parts[:-1]]


def test_the_parts_after_the_first_screen_grow_to_a_limit() -> None:
    """The next screens come soon; the rest of a long article in few parts (each part costs
    Textual work for the whole document so far)."""
    body = long_body(300)
    parts = split_body(body, parse_blocks(body), width=100, height=30)
    sizes = [len(part.markdown) for part in parts[1:-1]]
    assert 4000 <= sizes[0] < 5000 and 8000 <= sizes[1] < 9000
    assert all(32000 <= size < 33000 for size in sizes[3:])
    assert len(parts) < 15


def test_a_short_article_is_one_part() -> None:
    body = "Een alinea.\n\nNog een.\n"
    assert len(split_body(body, parse_blocks(body), width=80, height=24)) == 1


@settings(max_examples=150, deadline=None)
@given(st.lists(block, min_size=1, max_size=80), st.integers(20, 120), st.integers(5, 40))
def test_first_screen_and_the_rest_join_back_into_the_body(
    blocks: list[str], width: int, height: int
) -> None:
    """The reader mounts `first_screen()` and then `split_body(start_line=...)`: all of it."""
    body = "\n\n".join(blocks) + "\n"
    first = first_screen(body, width=width, height=height) or ""
    assert body.startswith(first)
    start = len(first.splitlines(keepends=True))
    rest = split_body(body, parse_blocks(body), width=width, height=height, start_line=start)
    assert first + "".join(part.markdown for part in rest) == body


def test_first_screen_of_a_long_article_is_short() -> None:
    body = long_body(100)
    first = first_screen(body, width=100, height=30)
    assert first is not None and first.startswith("Eerste woorden") and len(first) < 3000
