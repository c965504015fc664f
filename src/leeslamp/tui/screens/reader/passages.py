"""Where an article's plain-text blocks are on screen, and how a span of them is painted.

`Article.blocks` (plain text; anchors count code points in `Article.plain_text`) is mapped onto
the Markdown widget's rendered text blocks: headings, paragraphs (also the ones inside list items
and quotes, which Textual nests as `MarkdownBulletList > Horizontal > Vertical >
MarkdownParagraph`) and code fences, in document order. That is what `parse_blocks` makes a
Block of, so the two lists pair up one to one; a widget with no block (an empty paragraph, a
table the plain text sees as one paragraph) is passed over by looking a few widgets ahead for
an exact match.

Within a block the rendered text may differ slightly from `Block.text`: Textual does not fold
whitespace inside inline code, renders a hard break as a newline, does not normalise to NFC, and
renders images and ~~strikethrough~~ its own way. Equal texts (the six bundled articles: every
block) map one to one; otherwise an `OffsetMap` aligns the two with difflib, so a highlight still
falls on the same words. A control character is shown as the reader shows it
(`safe_text.for_reader`: U+202E as `<U+202E>`): blocks are paired by that shown text, and offsets
go through it exactly, so a highlight takes the whole `<U+202E>`.

The mount is progressive (the reader appends the article in parts, and `Markdown.append`
re-renders the last block of what is there), so `PassageMap.sync` is run after every part: it
pairs what the part mounted and notices a re-rendered widget by its content.

A span is painted by showing the block widget's Content with `Content.stylize` spans (what
`MarkdownBlock.set_content` does, but without a new layout: the text stays the same), never by
re-rendering the document; the unpainted Content is kept, so painting again starts from it. A block that a note covers wholly also gets the CSS class
`attention-whole`, which draws a mark in the gutter (styles/reader.tcss).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from textual.content import Content
from textual.widget import Widget

# textual.widgets.markdown exports MarkdownBlock and MarkdownFence but not the paragraph and
# header classes we must tell apart; Textual's own viewer imports them from here too.
from textual.widgets._markdown import (
    MarkdownBlock,
    MarkdownFence,
    MarkdownHeader,
    MarkdownParagraph,
)

from leeslamp.core.safe_text import for_reader, is_safe
from leeslamp.library.article_text import block_offsets, fold
from leeslamp.library.articles import Block

#: widgets that hold one block's text, as `parse_blocks` counts blocks
TEXT_WIDGETS = (MarkdownParagraph, MarkdownHeader, MarkdownFence)
#: how many widgets ahead an exact match is looked for when one does not pair
LOOKAHEAD = 4
#: below this similarity a widget is not taken to show a block
MIN_SIMILARITY = 0.5
WHOLE_CLASS = "attention-whole"

Layer = tuple[int, int, str]  # [start, end) in the plain text, and a Content style


def fold_with_positions(rendered: str) -> tuple[str, list[int], list[int]]:
    """`article_text.fold(rendered)`, and for each folded character the [start, end) of the
    rendered characters it comes from (a folded space: the whole whitespace run; a composed
    letter: the base letter and its combining marks)."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    space: tuple[int, int] | None = None
    at, length = 0, len(rendered)
    while at < length:
        if rendered[at].isspace():
            run = at
            while run < length and rendered[run].isspace():
                run += 1
            if out:  # leading and trailing whitespace is folded away
                space = (at, run)
            at = run
            continue
        stop = at + 1
        while stop < length and unicodedata.combining(rendered[stop]):
            stop += 1
        if space is not None:
            out.append(" ")
            starts.append(space[0])
            ends.append(space[1])
            space = None
        for char in unicodedata.normalize("NFC", rendered[at:stop]):
            out.append(char)
            starts.append(at)
            ends.append(stop)
        at = stop
    return "".join(out), starts, ends


def shown_positions(plain: str) -> list[int] | None:
    """Where each character of `plain` starts in `for_reader(plain)`, and its length last; None
    when the two are the same (no control character)."""
    if is_safe(plain):
        return None
    positions = [0]
    for char in plain:
        positions.append(positions[-1] + len(for_reader(char)))
    return positions


class OffsetMap:
    """Offsets in a block's plain text -> offsets in its rendered text.

    Controls in the plain text count as the reader shows them (`<U+202E>`: `shown_positions`).
    Then equal texts map one to one. Texts that differ only as `fold` undoes (whitespace, NFC) map
    character by character through `fold_with_positions`. Anything else (Markdown the two
    render differently) is aligned with difflib.
    """

    __slots__ = ("_ends", "_rendered", "_shown", "_starts", "_to")

    def __init__(self, plain: str, rendered: str) -> None:
        self._rendered = rendered
        self._to: list[int] | None = None
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self._shown = shown_positions(plain)
        if self._shown is not None:
            plain = for_reader(plain)
        if plain == rendered:
            return
        folded, starts, ends = fold_with_positions(rendered)
        if folded == plain:
            self._starts, self._ends = starts, ends
            return
        to = [0] * (len(plain) + 1)
        matcher = SequenceMatcher(None, plain, rendered, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            for i in range(i1, i2):
                # equal: one to one; replaced: spread over the new text; deleted: where it was
                to[i] = j1 + (i - i1 if tag == "equal" else min(i - i1, max(j2 - j1 - 1, 0)))
        to[len(plain)] = len(rendered)
        self._to = to

    @property
    def identity(self) -> bool:
        return self._to is None and self._starts is None and self._shown is None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The rendered [start, end) of plain [start, end)."""
        if self._shown is not None:
            start, end = self._shown[start], self._shown[end]
        if self._starts is not None:
            starts = self._starts
            begin = starts[start] if start < len(starts) else len(self._rendered)
            return begin, (self._ends[end - 1] if end > start else begin)
        to = self._to
        if to is None:
            return start, end
        begin = to[start]
        if end <= start:
            return begin, begin
        # up to the next plain character, but not over what was rendered in between (spaces)
        stop = max(to[end - 1] + 1, len(self._rendered[: to[end]].rstrip()))
        return begin, max(begin, stop)


def similarity(a: str, b: str) -> float:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < MIN_SIMILARITY or matcher.quick_ratio() < MIN_SIMILARITY:
        return 0.0
    return matcher.ratio()


def pair_blocks(block_texts: Sequence[str], rendered: Sequence[str]) -> list[int | None]:
    """For each block, the index of the rendered text (folded) that shows it, or None.

    In order: an exact match at the next unpaired widget or a few ahead; else the next widget
    if it is similar enough; else the block has no widget (yet: during the mount, all blocks
    past the mounted ones)."""
    pairs: list[int | None] = []
    _pair_from(block_texts, rendered, 0, 0, pairs, [])
    return pairs


def _pair_from(
    block_texts: Sequence[str],
    rendered: Sequence[str],
    first: int,
    at: int,
    pairs: list[int | None],
    cursors: list[int],
) -> None:
    """`pair_blocks` from block `first` on, with widget `at` the next unpaired one: appends
    each block's pair to `pairs` and the widget it started looking at to `cursors`. A block's
    pair depends only on the widgets from its cursor to LOOKAHEAD past it, so a sync can start
    again at the first block whose look reached a widget that changed."""
    for number, text in enumerate(block_texts[first:], first):
        if at >= len(rendered):  # no widget left: the rest of the blocks have none (yet)
            rest = len(block_texts) - number
            pairs.extend([None] * rest)
            cursors.extend([at] * rest)
            return
        cursors.append(at)
        for k in range(at, min(at + LOOKAHEAD, len(rendered))):
            if rendered[k] == text:
                pairs.append(k)
                at = k + 1
                break
        else:
            if similarity(rendered[at], text) >= MIN_SIMILARITY:
                pairs.append(at)
                at += 1
            else:
                pairs.append(None)


def text_widgets(document: Widget) -> list[MarkdownBlock]:
    """The rendered text blocks of a Markdown document, in document order."""
    return [w for w in document.query(MarkdownBlock) if isinstance(w, TEXT_WIDGETS)]


def _text_widgets_of(top: Widget) -> list[MarkdownBlock]:
    """The rendered text blocks of one top-level block of the document (itself, or those
    inside a list or quote), in document order: `text_widgets` of the document, one part."""
    found: list[MarkdownBlock] = [top] if isinstance(top, TEXT_WIDGETS) else []
    if top.children:
        found.extend(w for w in top.query(MarkdownBlock) if isinstance(w, TEXT_WIDGETS))
    return found


@dataclass(eq=False)
class Placed:
    """A block of the article and the widget that shows it."""

    index: int
    start: int  # in the plain text
    end: int
    widget: MarkdownBlock
    offsets: OffsetMap


@dataclass(eq=False)
class _Own:
    """What we know of a widget's content: its own (unpainted), what we painted, folded text."""

    base: Content
    painted: Content
    folded: str


class PassageMap:
    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = blocks
        #: each block's text as the reader shows it (controls as `<U+202E>`): what pairs
        self._shown = [for_reader(block.text) for block in blocks]
        self.bounds = block_offsets(tuple(blocks))
        self._starts = [start for start, _end in self.bounds]
        self.placed: list[Placed | None] = [None] * len(blocks)
        self._own: dict[MarkdownBlock, _Own] = {}
        self._painted: dict[int, tuple[Layer, ...]] = {}
        self._whole: set[int] = set()
        #: what the last sync saw: the document's top-level widgets, where the text widgets
        #: of each begin in `_widgets`, the text widgets and their folded texts, each block's
        #: pair and the widget its pairing started looking at (see `_pair_from`)
        self._top: list[Widget] = []
        self._top_starts: list[int] = []
        self._widgets: list[MarkdownBlock] = []
        self._folded: list[str] = []
        self._pairs: list[int | None] = []
        self._cursors: list[int] = []

    # --- pairing ---------------------------------------------------------------------------

    def sync(self, document: Widget) -> None:
        """Pair the blocks with the widgets mounted now (after each part of the mount).

        Only what a part can have changed is looked at again: `Markdown.append` re-renders the
        last top-level widget (in place, or in a new widget) and mounts the new ones after it,
        so the top-level widgets before that one, their text widgets and the blocks paired
        with them stay as the last sync left them. Doing all of it again after every part made
        loading a long article quadratic (2000 widgets of a 530 KB article in 130 parts: 3 s).
        Should the widgets before the last one not be the same (a document updated anew), all
        is looked at again."""
        top = list(document.children)
        old_top = self._top
        # the list compares by identity first: fast for 2000 widgets
        same = len(old_top) - 1 if old_top and top[: len(old_top) - 1] == old_top[:-1] else 0
        kept = self._top_starts[same] if same else 0  # text widgets not looked at again
        previous = self._own
        again = self._widgets[kept:]
        old_own = {widget: previous[widget] for widget in again if widget in previous}
        own = previous if same else {}
        for widget in again:
            own.pop(widget, None)  # put back below, if it is still there
        widgets, top_starts = self._widgets[:kept], self._top_starts[:same]
        folded = self._folded[:kept]
        for child in top[same:]:
            top_starts.append(len(widgets))
            for widget in _text_widgets_of(child):
                own[widget] = self._own_of(widget, old_own.get(widget))
                widgets.append(widget)
                folded.append(own[widget].folded)
        # from the first block whose pairing looked at a widget looked at again
        first = min(bisect_right(self._cursors, kept - LOOKAHEAD), len(self._cursors))
        first = first if same else 0
        pairs, cursors = self._pairs[:first], self._cursors[:first]
        at = self._cursors[first] if first < len(self._cursors) else 0
        _pair_from(self._shown, folded, first, at, pairs, cursors)
        fresh = set(widgets[kept:])
        for index in range(first, len(pairs)):
            pair, old = pairs[index], self.placed[index]
            if pair is None:
                if old is not None:
                    self.placed[index] = None
                    self._painted.pop(index, None)
                continue
            widget = widgets[pair]
            if (
                old is not None
                and old.widget is widget
                and (widget not in fresh or own[widget] is old_own.get(widget))
            ):
                continue  # the same widget, not re-rendered since
            start, end = self.bounds[index]
            offsets = OffsetMap(self.blocks[index].text, own[widget].base.plain)
            self.placed[index] = Placed(index, start, end, widget, offsets)
            self._painted.pop(index, None)  # a new or re-rendered widget: paint it afresh
        self._own = own
        self._top, self._top_starts = top, top_starts
        self._widgets, self._folded = widgets, folded
        self._pairs, self._cursors = pairs, cursors

    @staticmethod
    def _own_of(widget: MarkdownBlock, known: _Own | None) -> _Own:
        content = widget.content
        if not isinstance(content, Content):
            content = Content(str(content))
        if known is not None and (content is known.painted or content is known.base):
            return known
        return _Own(content, content, fold(content.plain))  # new, or re-rendered by the mount

    def widget_block(self, widget: Widget) -> Placed | None:
        """The placed block shown by `widget` or by a widget inside it."""
        for placed in self.placed:
            if placed is not None and (
                placed.widget is widget or widget in placed.widget.ancestors
            ):
                return placed
        return None

    # --- finding ----------------------------------------------------------------------------

    def index_at(self, offset: int) -> int:
        """The block that holds (or, between blocks, precedes) plain-text `offset`."""
        return max(bisect_right(self._starts, offset) - 1, 0)

    def locate(self, start: int, end: int) -> Iterator[tuple[int, int, int]]:
        """(block index, local start, local end) for each block [start, end) touches."""
        if not self.blocks or end <= start:
            return
        for index in range(self.index_at(start), len(self.blocks)):
            block_start, block_end = self.bounds[index]
            if block_start >= end:
                break
            local_start, local_end = max(start, block_start), min(end, block_end)
            if local_start < local_end:
                yield index, local_start - block_start, local_end - block_start

    def covers_whole(self, start: int, end: int) -> Iterator[int]:
        """The blocks that [start, end) covers from their first to their last character."""
        for index, local_start, local_end in self.locate(start, end):
            if local_start == 0 and local_end == len(self.blocks[index].text):
                yield index

    # --- painting ---------------------------------------------------------------------------

    def paint(self, layers: Iterable[Layer], whole: Iterable[int] = ()) -> None:
        """Show exactly these styled spans (later layers on top) and gutter marks."""
        wanted: dict[int, list[Layer]] = {}
        for start, end, style in layers:
            for index, local_start, local_end in self.locate(start, end):
                wanted.setdefault(index, []).append((local_start, local_end, style))
        # a block neither wanted nor painted stays as it is (its widget shows its own text):
        # not all 2000 blocks of a long article after each part of its mount
        for index in wanted.keys() | self._painted.keys():
            placed = self.placed[index]
            if placed is None:
                continue
            spans = tuple(wanted.get(index, ()))
            if self._painted.get(index, ()) != spans:
                self._paint_block(placed, spans)
        whole_now = {i for i in whole if self.placed[i] is not None}
        for index in self._whole | whole_now:
            placed = self.placed[index]
            if placed is not None:
                placed.widget.set_class(index in whole_now, WHOLE_CLASS)
        self._whole = whole_now

    def _paint_block(self, placed: Placed, spans: tuple[Layer, ...]) -> None:
        own = self._own.get(placed.widget)
        if own is None:
            return
        content = own.base
        for local_start, local_end, style in spans:
            begin, stop = placed.offsets.span(local_start, local_end)
            content = content.stylize(style, begin, stop)
        own.painted = content
        # Only styles change, never the text: no new layout (set_content would relayout the
        # whole document, ~20 ms a key on a 100 KB article). The widget's own Content, which
        # Textual's table of contents reads, is left as it rendered it.
        placed.widget.update(content, layout=False)
        if spans:
            self._painted[placed.index] = spans
        else:
            self._painted.pop(placed.index, None)
