"""Cut an article body into parts for progressive mounting: the first screenful, then the rest.

Textual's Markdown widget spends its time creating a widget per block (~0.5 s for 30 KB), so the
reader mounts the first screenful at once and appends the rest in parts. Parts end at top-level
block boundaries (a heading or a paragraph outside lists and quotes), taken from
`Article.blocks[i].lines`, so no list or quote is cut in two. No Textual here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from leeslamp.articles import Block

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
    usable = max(width - 8, 20)  # Markdown's padding, the scrollbar, list bullets
    return math.ceil(max(len(block.text), 1) / usable) + 1


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
) -> list[Part]:
    """The first part fills about one screen (`width` x `height`); later parts hold about
    `part_chars` characters of text each. Joined, the parts are exactly `body`."""
    lines = body.splitlines(keepends=True)
    if not blocks:
        return [Part(body, 0, 0)]
    starts = set(split_points(blocks))
    cuts: list[int] = []  # block indices where a new part begins
    budget_lines = height + 4
    used_lines = 0
    used_chars = 0
    first_done = False
    for index, block in enumerate(blocks):
        if index in starts:
            full = used_lines >= budget_lines if not first_done else used_chars >= part_chars
            if full:
                cuts.append(index)
                first_done = True
                used_lines = used_chars = 0
        used_lines += estimated_height(block, width)
        used_chars += len(block.text)
    parts: list[Part] = []
    bounds = [0, *cuts, len(blocks)]
    for number, (first, end) in enumerate(pairwise(bounds)):
        start_line = 0 if number == 0 else blocks[first].lines[0]
        end_line = len(lines) if end == len(blocks) else blocks[end].lines[0]
        parts.append(Part("".join(lines[start_line:end_line]), first, end))
    return parts
