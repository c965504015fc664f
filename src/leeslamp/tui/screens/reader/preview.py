"""The first screenful of an article, drawn before Textual's Markdown widget is loaded.

Loading the Markdown widget and its parser (markdown-it, pygments) costs ~25 ms, about a fifth
of `leeslamp lees`'s time to its first screen. Most articles begin with plain paragraphs and
headings, which need no parser: for those the reader paints this preview first, loads the
Markdown widget right after, and puts the real document in the preview's place in one update
(screen.py). The preview draws exactly what the Markdown widget draws for the same text, so
nothing on screen moves or changes then (a test compares them line by line).

Only text that is certainly plain gets a preview: paragraphs and `#` headings without any
character Markdown could read as markup, escape or HTML, each line without leading spaces. For
anything else (a list, emphasis, a link, a control character) `plain_first_screen` says None
and the reader loads the Markdown widget before its first paint, as it always did.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from leeslamp.core.safe_text import for_terminal

if TYPE_CHECKING:
    from textual.app import ComposeResult

#: characters Markdown may read as markup, an escape, an entity or HTML anywhere in a line
_MARKUP = frozenset("\\`*_[]<>&~|")
#: a line starting with one of these may start another block (a list, a quote, a heading, a
#: rule, a heading's underline) or end the paragraph; so may a number with `.` or `)`
_BLOCK_START = frozenset("-+=#>")
_NUMBERED = re.compile(r"\d{1,9}[.)]")
_HEADING = re.compile(r"(#{1,6}) (.+)")
#: how Textual's Markdown folds whitespace in a text (`MarkdownBlock._token_to_content`)
_SPACES = re.compile(r"\s+")


class PreviewBlock(NamedTuple):
    #: 0 for a paragraph, 1 to 6 for a heading
    level: int
    text: str


def plain_first_screen(body: str, *, width: int, height: int) -> list[PreviewBlock] | None:
    """The blocks that fill about the first screen, or the whole article if it is shorter,
    as `chunks.first_screen` cuts them, when they are all plain paragraphs and headings;
    else None."""
    from leeslamp.tui.screens.reader.chunks import text_height

    budget = height + 4
    prefix = body[: max(width * height * 3, 4000)]
    whole = len(prefix) == len(body)
    blocks: list[PreviewBlock] = []
    used = 0
    for chunk in _chunks(prefix, whole=whole):
        if used >= budget:
            return blocks
        block = _plain_block(chunk)
        if block is None:
            return None
        blocks.append(block)
        # as chunks.first_screen counts, so the document takes the same blocks (Block.text is NFC)
        used += text_height(unicodedata.normalize("NFC", block.text), width)
    # the article ends before the screen is full: all of it, as first_screen gives it then
    return blocks if whole and blocks else None


def _chunks(prefix: str, *, whole: bool) -> list[list[str]]:
    """Runs of non-blank lines; unless `prefix` is the whole body, the last is left out (the
    prefix may cut it off, even at a line's end)."""
    chunks: list[list[str]] = []
    run: list[str] = []
    for line in prefix.split("\n"):
        if line:
            run.append(line)
        elif run:
            chunks.append(run)
            run = []
    if run:
        chunks.append(run)
    return chunks if whole else chunks[:-1]


def _plain_block(lines: list[str]) -> PreviewBlock | None:
    if for_terminal("\n".join(lines)) != "\n".join(lines):
        return None  # a control character: the reader shows it as Markdown gets it
    heading = _HEADING.fullmatch(lines[0].rstrip(" "))
    if heading is not None:
        marker, text = heading.groups()
        if len(lines) > 1 or "#" in text or not _plain(text):
            return None
        return PreviewBlock(len(marker), _SPACES.sub(" ", text))
    texts: list[str] = []
    for number, line in enumerate(lines):
        last = number == len(lines) - 1
        text = line.rstrip(" ")
        trailing = len(line) - len(text)
        if not _plain(text) or (not last and trailing > 1):  # two spaces: a hard line break
            return None
        if text[0] in _BLOCK_START or _NUMBERED.match(text):
            return None
        texts.append(text)
    return PreviewBlock(0, _SPACES.sub(" ", " ".join(texts)))


def _plain(text: str) -> bool:
    """Text Markdown shows as it is (once Textual folds its spaces)."""
    if not text or text[0].isspace():
        return False
    return not any(ch in _MARKUP or (ch.isspace() and ch != " ") for ch in text)


class Preview(Widget):
    """The blocks, styled as Textual's Markdown styles its paragraphs and headings
    (reader.tcss, `#preview`)."""

    def __init__(self, blocks: list[PreviewBlock]) -> None:
        super().__init__(id="preview")
        self.blocks = blocks

    def compose(self) -> ComposeResult:
        for block in self.blocks:
            kind = f"-h{block.level} -heading" if block.level else "-paragraph"
            yield Static(Content(block.text), expand=True, classes=kind)
