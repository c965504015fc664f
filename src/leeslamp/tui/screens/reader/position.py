"""The reader's position: where the page is, kept as an anchor in the article (a block and how
far into it the top of the page is), saved a moment after scrolling stops; going back to the
stored anchor, or to a block asked for from elsewhere (a search result), as soon as the
progressive mount has put it on the page.

The anchor is a leaf block (a paragraph, also one inside a list item; a heading), not a
top-level widget: a bullet list is one widget, and going back to its top lost the place. When
the page re-wraps (the terminal is resized, a side panel opens, the rest of the article loads),
the page is put back on the anchor, so the first sentence you saw stays first. How far you have
read is kept the same way: the page's share where you put it, which a re-wrap leaves alone
(a narrower page has more lines below the same first sentence, but you did not read less).

A PositionController that the ReaderScreen owns, as it owns the table of contents and the
attention part; the screen tells it when more blocks are mounted and when all of them are.

End pressed while the rest of a long article loads goes to the end of what is there, and to the
article's end once all of it is (`to_end`); scrolling up in between takes that back.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from typing import TYPE_CHECKING

from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from leeslamp.i18n import t

if TYPE_CHECKING:
    from textual.timer import Timer

    from leeslamp.tui.screens.reader.passages import Placed
    from leeslamp.tui.screens.reader.screen import ReaderScreen

Anchor = tuple[int, float]  # index into `article.blocks`, share of its height above the top


class Page(VerticalScroll):
    """The reader's page. Its End key (the page has focus, so its keys come before the
    screen's) goes through the position, as the screen's does."""

    def __init__(self, position: PositionController, *, id: str) -> None:
        super().__init__(id=id)
        self.position = position

    def action_scroll_end(self) -> None:
        self.position.to_end()

    def watch_has_focus(self, _has_focus: bool) -> None:
        """The page's own style for having focus or not, not that of every block in it:
        Textual restyles the focused widget and all inside it, but no style of the article
        depends on the page's focus (no `#page:focus …` rule), and the 2000 blocks of a 530 KB
        article took 2 s to restyle each time the Schrijfblok or the notes took focus or gave
        it back."""
        self.app.stylesheet.update_nodes([self], animate=True)


class PositionController:
    """The position of one reader, and the anchor it still has to scroll to."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        #: the anchor to scroll to once its block is mounted and laid out
        self._pending: Anchor | None = None
        #: a block was asked for (`show_block`): the stored position must not move the page
        self._block_chosen = False
        self._save_timer: Timer | None = None
        self._resume_retry: Timer | None = None
        #: where the top of the page is in the article; None at the very top, before scrolling
        self._anchor: Anchor | None = None
        #: the page is being put on the anchor: that scroll is not the reader's
        self._placing = False
        #: say "Verder waar je was" once the page is at the stored block and fully loaded
        self._announce_resume = False
        #: how far the reader has read: the page's share where they put it (scrolling, going
        #: back to the stored place, the loaded page); None until the article is loaded
        self._read: float | None = None
        #: End was pressed while the rest loaded: go to the end once all of it is there
        self._to_end = False

    # --- going to a block ------------------------------------------------------------------

    def resume_at(self, block: int, _progress: float, within: float = 0.0) -> None:
        """Scroll to the stored anchor as soon as its block is mounted (now, if it is)."""
        # No bounds check against `article.blocks` here: that would parse the whole body on the
        # UI thread while the mount worker is still doing so off it. A block past the end
        # (the article got shorter) simply never scrolls.
        if (block > 0 or within > 0) and not self._block_chosen and self._anchor is None:
            self._pending = (block, within)
            self._announce_resume = True
            self.blocks_mounted()

    def show_block(self, block: int) -> None:
        """Scroll to `article.blocks[block]` as soon as it is mounted: a passage asked for from
        elsewhere (a search result). The stored reading position no longer moves the page."""
        self._block_chosen = True
        self._announce_resume = False
        self._pending = (block, 0.0)
        self.blocks_mounted()

    def blocks_mounted(self) -> None:
        """More of the article is on the page: scroll to the anchor asked for, if it is there."""
        pending = self._pending
        if pending is None or pending[0] >= self.screen.mounted_blocks:
            return
        widget = self._widget_for_block(pending[0])
        if widget is None:
            self._pending = None
        elif not widget.size.height:  # mounted, not laid out yet: look again in a moment
            if self._resume_retry is None:
                self._resume_retry = self.screen.set_timer(0.02, self._retry_resume)
        else:
            self._pending = None
            self._anchor = pending
            self.screen.call_after_refresh(self._place, True)

    def to_end(self) -> None:
        """The end of the article: now, when all of it is on the page; else the end of what
        is there now, and the article's end as soon as the rest is in (unless the reader
        scrolls up before that). Before, the page stayed where the end was when End was
        pressed: 62% of a 530 KB article."""
        self._pending = None  # a stored place or a block asked for: the reader chose the end
        self._announce_resume = False
        self._to_end = not self.screen.loaded
        self.screen.page.scroll_end()

    def _end(self) -> None:
        """The end the reader asked for while the rest loaded, now that it is all there."""
        if not self._to_end:
            return  # taken back after all was mounted, before this came
        self._to_end = False
        self.screen.page.scroll_end(animate=False, immediate=True)
        self.scrolled()  # the reader's own move: read to the end, saved after a moment

    def all_mounted(self) -> None:
        """The whole article is on the page: how far the reader is counts from now on."""
        self.show_progress()
        if self._to_end:
            self.screen.call_after_refresh(self._end)
        elif self._anchor is not None:
            # Blocks above may have re-wrapped while the rest loaded (a scrollbar appeared)
            self.screen.call_after_refresh(self._place, True)
        else:
            self.screen.call_after_refresh(self._take_share)

    def relaid(self) -> None:
        """The page's content changed size (a resize, a side panel, more text): put the page
        back on the anchor once the new layout is in."""
        if self._anchor is not None:
            self.screen.call_after_refresh(self._place)
        else:
            self.screen.call_after_refresh(self.show_progress)

    def _place(self, chosen: bool = False) -> None:
        """Scroll the page so that the anchor is at its top; `chosen`: the anchor is a place the
        reader went to (stored, asked for), whose share is how far they have read, not a re-wrap
        of the page they were on."""
        anchor = self._anchor
        page = self.screen.page
        if anchor is None:
            return
        widget = self._widget_for_block(anchor[0])
        if widget is not None and widget.size.height:
            block, within = anchor
            top = self._top(widget)
            if self._leaf(block) is not widget:
                within = 0.0  # a top-level widget for a block with no leaf of its own
            # rounded down: at another width the line is a guess, and a line too early
            # shows a few words again where a line too late would skip them
            target = top + math.floor(within * widget.size.height + 1e-6)
            self._placing = True
            try:
                page.scroll_to(y=target, animate=False, immediate=True)
            finally:
                self._placing = False
        if chosen:
            self._take_share()
        else:
            self.show_progress()
        if self._announce_resume and self.screen.loaded:
            self._announce_resume = False
            self.screen.notify(t("reader.resumed"))

    def _retry_resume(self) -> None:
        self._resume_retry = None
        self.blocks_mounted()

    # --- blocks and widgets ------------------------------------------------------------------

    def _top(self, widget: Widget) -> int:
        """Where `widget` starts in the page's scrolled content (its containers' offsets added)."""
        page = self.screen.page
        top = 0
        for node in (widget, *widget.ancestors):
            if node is page or not isinstance(node, Widget):
                break
            top += node.virtual_region.y
        return top

    def _leaf(self, block: int) -> Widget | None:
        """The widget that shows `article.blocks[block]` itself, once paired."""
        passages = self.screen.attention.passages
        if passages is None or block >= len(passages.placed):
            return None
        placed = passages.placed[block]
        return placed.widget if placed is not None else None

    def _top_level_blocks(self) -> list[Widget]:
        return list(self.screen.document.children)

    def _widget_for_block(self, block: int) -> Widget | None:
        """The widget that shows `article.blocks[block]`: its own, or else the top-level one
        that holds it."""
        leaf = self._leaf(block)
        if leaf is not None:
            return leaf
        line = self.screen.article.blocks[block].lines[0]
        found = None
        for widget in self._top_level_blocks():
            start, _end = getattr(widget, "source_range", (0, 0))
            if start > line:
                break
            found = widget
        return found

    # --- where the page is -----------------------------------------------------------------

    def anchor(self) -> Anchor:
        """The first block at the top of the page, and how far into it the top is."""
        passages = self.screen.attention.passages
        top = self.screen.page.scroll_y
        if passages is not None:
            placed = [p for p in passages.placed if p is not None]

            def bottom(block: Placed) -> float:
                return self._top(block.widget) + block.widget.size.height

            # blocks go down the page in order: the first whose bottom is below the top
            at = bisect_right(placed, top, key=bottom)
            if at < len(placed):
                widget = placed[at].widget
                height = widget.size.height
                start = self._top(widget)
                return placed[at].index, (top - start) / height if height else 0.0
        return self._top_level_anchor(), 0.0

    def _top_level_anchor(self) -> int:
        """The first block of the first top-level widget on screen (no block pairing yet)."""
        blocks = self.screen.article.blocks
        top = self.screen.page.scroll_y
        offset = self.screen.document.virtual_region.y
        start_line = 0
        for widget in self._top_level_blocks():
            region = widget.virtual_region
            if offset + region.y + region.height > top:
                start_line = getattr(widget, "source_range", (0, 0))[0]
                break
        for index, block in enumerate(blocks):
            if block.lines[0] >= start_line:
                return index
        return max(len(blocks) - 1, 0)

    def first_visible_block(self) -> int:
        """Index into `article.blocks` of the first block at the top of the page."""
        return self.anchor()[0]

    def progress(self) -> float:
        """How far the reader has read, 0.0 to 1.0: where they put the page, not lowered by a
        re-wrap since; before the article is loaded, how far down the page is."""
        return self._read if self._read is not None else self._share()

    def _share(self) -> float:
        """How far down the page is now, 0.0 to 1.0; a page that fits is read entirely."""
        page = self.screen.page
        if page.max_scroll_y <= 0:
            return 1.0 if self.screen.loaded else 0.0
        return min(max(page.scroll_y / page.max_scroll_y, 0.0), 1.0)

    def _take_share(self) -> None:
        """The page is where the reader put it: its share is how far they have read."""
        if self.screen.loaded:
            self._read = self._share()
        self.show_progress()

    def show_progress(self) -> None:
        label = self.screen.query_one("#reader-progress", Static)
        # on the way to the end asked for while loading: the page's share means nothing yet
        # (until the last part is laid out, it is that of the end of what came before)
        if self.screen.loaded and not self._to_end:
            label.update(t("reader.progress", percent=round(self.progress() * 100)))
        else:
            label.update(t("reader.loading"))

    def scrolled(self, before: float = 0.0, now: float = 0.0) -> None:
        if self._placing:
            return  # put back on the anchor: the anchor and how far they read stay as they were
        if before > now == self.screen.page.max_scroll_y:
            # Pulled up to a new, lower end by a re-wrap (the contents closed, the terminal got
            # wider): not the reader's doing, and `relaid` puts the page back on the anchor.
            return
        # The reader scrolled: this is the new place, and a resume still waiting is dropped.
        if now < before:
            self._to_end = False  # up: away from the end asked for while the rest loaded
        self._take_share()
        self._pending = None
        self._announce_resume = False
        self._anchor = self.anchor() if self.screen.page.scroll_y > 0 else None
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.screen.set_timer(self.screen.save_delay, self.save)

    def save(self) -> None:
        """Hand the position to the app, which stores it off the UI thread."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        if self.screen.loaded:
            block, within = self._anchor if self._anchor is not None else (0, 0.0)
            self.screen.services.journal_link.save_position(
                self.screen.article.id, block, self.progress(), within
            )
