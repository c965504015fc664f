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

from leeslamp.library.articles import Block

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


def article_parser(preset: str = "commonmark") -> MarkdownIt:
    """markdown-it as it reads an article, here and in the reader's Markdown widget.

    HTML off: an HTML block, a comment or a tag in an article is text, shown as it is written
    and a block like any paragraph, never interpreted. Textual's Markdown widget draws nothing
    for an `html_block` token, so with HTML on its text was gone, the blocks here no longer
    matched the widgets, and `Markdown.append` (which re-parses from the last top-level token)
    wrote the block after it over the one before it when a part ended there.
    """
    return MarkdownIt(preset, {"html": False})


def parse_blocks(body: str) -> tuple[Block, ...]:
    """The body's headings, paragraphs and list items, in order, as plain text."""
    tokens = article_parser().parse(body)
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


# --- sentences: what the passage cursor steps through within one block ----------------------

# Abbreviations that never end a sentence (compared lower-case, without the final period).
_ABBREVIATION_WORDS = (
    "o.a bijv b.v d.w.z m.a.w dr drs mr ir ing prof ca nl i.p.v t.o.v m.b.t i.v.m n.a.v o.b.v "
    "t.a.v a.d.h.v m.n zgn z.g.a.n resp evt vgl incl excl blz nr mevr dhr mw st jl a.s vs p e.g i.e"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
# Abbreviations that close a list and so may close the sentence too: "…, zelfsturing, e.d. Toch".
_LIST_ENDINGS = frozenset({"enz", "etc", "e.d", "e.a", "e.v", "e.v.a"})
_SENTENCE_END = re.compile(r"([.!?…]+)([\"'”’»)\]]*)\s+")
_OPENERS = "\"'“‘„«(["
_ELISION = re.compile(r"['’](?:s|t|n)\s")  # ’s Avonds, ’t Is: a sentence may start this way
_INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")  # "P", "P.M", "o.a": letters with periods


def _starts_sentence(text: str, at: int) -> bool:
    if _ELISION.match(text, at):
        return True
    while at < len(text) - 1 and text[at] in _OPENERS:
        at += 1
    return text[at].isupper() or text[at].isdigit()


def _ends_at_period(text: str, period: int) -> bool:
    """Whether the single period at `period` ends a sentence (the next word is capitalised)."""
    word_start = max(text.rfind(" ", 0, period) + 1, 0)
    word = text[word_start:period].lstrip(_OPENERS)
    lower = word.lower()
    if lower in _LIST_ENDINGS:
        return True
    return lower not in _ABBREVIATIONS and not _INITIALS.fullmatch(word)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """The [start, end) code-point ranges of the sentences in one block's plain text.

    Dutch-aware: no break after abbreviations (o.a., bijv., d.w.z., dr., ca., i.p.v., …), after
    initials ("P. Senge"), inside numbers ("2.5") or before a word in lower case (“Nee…” zei
    ze). "enz." and "e.d." end a sentence when a capital follows. Closing quotes and brackets
    stay with their sentence; spaces between sentences belong to neither.
    """
    ranges: list[tuple[int, int]] = []
    start = len(text) - len(text.lstrip())
    for match in _SENTENCE_END.finditer(text):
        end = match.end(2)
        if match.end() >= len(text) or end <= start:
            continue
        if not _starts_sentence(text, match.end()):
            continue
        if match.group(1) == "." and not match.group(2) and not _ends_at_period(text, end - 1):
            continue
        ranges.append((start, end))
        start = match.end()
    stop = len(text.rstrip())
    if start < stop:
        ranges.append((start, stop))
    return ranges
