"""An article body as plain-text blocks: what the passage cursor moves over and anchors count in.

Plain text is NFC, without Markdown, with whitespace folded to single spaces; blocks are joined
by a blank line. This is the one definition of an article's text: anchoring, search and the
reader's highlights all count code points in it.
"""

from __future__ import annotations

import re
import unicodedata

from markdown_it import MarkdownIt
from markdown_it.token import Token

from leeslamp.articles import Block

BLOCK_SEPARATOR = "\n\n"
_WHITESPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """NFC and single spaces: the normal form every comparison of article text uses."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


def parse_blocks(body: str) -> tuple[Block, ...]:
    """The body's headings, paragraphs and list items, in order, as plain text."""
    tokens = MarkdownIt("commonmark").parse(body)
    blocks: list[Block] = []
    list_depth = 0
    in_item = 0
    in_quote = 0
    heading_level = 0
    for token in tokens:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind == "list_item_open":
            in_item += 1
        elif kind == "list_item_close":
            in_item -= 1
        elif kind == "blockquote_open":
            in_quote += 1
        elif kind == "blockquote_close":
            in_quote -= 1
        elif kind == "heading_open":
            heading_level = int(token.tag[1:])
        elif kind == "heading_close":
            heading_level = 0
        elif kind == "inline":
            text = fold(_inline_text(token))
            if not text:
                continue
            if heading_level:
                block_kind, level = "heading", heading_level
            elif in_item:
                block_kind, level = "list_item", list_depth
            elif in_quote:
                block_kind, level = "quote", in_quote
            else:
                block_kind, level = "paragraph", 0
            start, end = token.map or (0, 0)
            blocks.append(Block(block_kind, text, level, (start, end)))
        elif kind in ("fence", "code_block"):
            text = unicodedata.normalize("NFC", token.content).strip("\n")
            start, end = token.map or (0, 0)
            blocks.append(Block("code", text, 0, (start, end)))
    return tuple(blocks)


def join_blocks(blocks: tuple[Block, ...]) -> str:
    return BLOCK_SEPARATOR.join(block.text for block in blocks)


def block_offsets(blocks: tuple[Block, ...]) -> list[tuple[int, int]]:
    """Each block's [start, end) code-point range in the joined plain text."""
    offsets: list[tuple[int, int]] = []
    position = 0
    for block in blocks:
        offsets.append((position, position + len(block.text)))
        position += len(block.text) + len(BLOCK_SEPARATOR)
    return offsets
