"""Cut an article body into parts for progressive mounting: the first screenful, then the rest.

Textual's Markdown widget spends its time creating a widget per block (~0.5 s for 30 KB), so the
reader mounts the first screenful at once and appends the rest in parts. Parts end at top-level
block boundaries (a heading or a paragraph outside lists and quotes), taken from
`Article.blocks[i].lines`, so no list or quote is cut in two. No Textual here.

The parts after the first screen grow: the next screens come soon, and a long article comes in
few parts. Each part costs Textual work for the whole document so far (a layout of every block,
a walk over them when mounting), so small parts made a long article quadratic: a 530 KB article
took 8.1 s of CPU (headless) in parts of 4000 characters, 3.1 s growing to 32 000.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from leeslamp.library.articles import Block

#: blocks that always start at the top level of the document (see article_text.parse_blocks)
_TOP_LEVEL_KINDS = ("heading", "paragraph")


@dataclass(frozen=True)
class Part:
    """A piece of the body's Markdown and the range of `Article.blocks` it holds."""

    markdown: str
    first_block: int
    end_block: int  # exclusive


def estimated_height(block: Block, width: int) -> int:
    """Lines a block takes on screen at this width, roughly: wrapped text plus a blank line."""
    return text_height(block.text, width)


def text_height(text: str, width: int) -> int:
    """Lines a block's text takes on screen at this width, roughly, a blank line included."""
    usable = max(width - 8, 20)  # Markdown's padding, the scrollbar, list bullets
    return math.ceil(max(len(text), 1) / usable) + 1


def split_points(blocks: Sequence[Block]) -> list[int]:
    """Indices of blocks a part may start with: top-level headings and paragraphs."""
    return [i for i, block in enumerate(blocks) if i > 0 and block.kind in _TOP_LEVEL_KINDS]


def split_body(
    body: str,
    blocks: Sequence[Block],
    *,
    width: int,
    height: int,
    part_chars: int = 4000,
    max_part_chars: int = 32000,
    start_line: int = 0,
) -> list[Part]:
    """Parts of `body` from line `start_line` on. From the top, the first part fills about one
    screen (`width` x `height`); the part after it holds about `part_chars` characters of
    text, and each next one twice as many as the one before, up to `max_part_chars`. Joined,
    the parts are exactly the body from `start_line` on."""
    lines = body.splitlines(keepends=True)
    begin = next((i for i, b in enumerate(blocks) if b.lines[0] >= start_line), len(blocks))
    if begin == len(blocks):
        rest = "".join(lines[start_line:])
        return [Part(rest, begin, begin)] if rest or start_line == 0 else []
    starts = set(split_points(blocks))
    cuts: list[int] = []  # block indices where a new part begins
    budget_lines = height + 4
    used_lines = used_chars = 0
    first_done = start_line > 0
    budget_chars = part_chars
    for index in range(begin, len(blocks)):
        block = blocks[index]
        if index in starts and index > begin:
            full = used_chars >= budget_chars if first_done else used_lines >= budget_lines
            if full:
                cuts.append(index)
                if first_done:
                    budget_chars = min(budget_chars * 2, max(max_part_chars, part_chars))
                first_done = True
                used_lines = used_chars = 0
        used_lines += estimated_height(block, width)
        used_chars += len(block.text)
    parts: list[Part] = []
    bounds = [begin, *cuts, len(blocks)]
    for number, (first, end) in enumerate(pairwise(bounds)):
        from_line = start_line if number == 0 else blocks[first].lines[0]
        end_line = len(lines) if end == len(blocks) else blocks[end].lines[0]
        parts.append(Part("".join(lines[from_line:end_line]), first, end))
    return parts


def first_screen(body: str, *, width: int, height: int) -> str | None:
    """The Markdown of about the first screenful of `body`, ending at a top-level block boundary.

    Parses only a prefix of the body, so it costs the same for any length of article; the full
    parse (`Article.blocks`) can then wait until the first screen is shown. None when the prefix
    holds no boundary (one huge list, say): then the caller splits the whole body.
    """
    from leeslamp.library.article_text import parse_blocks

    prefix = body[: max(width * height * 3, 4000)]
    whole = len(prefix) == len(body)
    if not whole:
        prefix = prefix[: prefix.rfind("\n") + 1]
    blocks = parse_blocks(prefix)
    if not whole:
        blocks = blocks[:-1]  # the last block may be cut off by the prefix
    parts = split_body(prefix, blocks, width=width, height=height)
    if len(parts) > 1:
        return parts[0].markdown
    return body if whole else None
