"""The reader's position: where the page is (the first block on screen, how far down), saved a
moment after scrolling stops; going back to the stored block, or to one asked for from elsewhere
(a search result), as soon as the progressive mount has put it on the page.

A PositionController that the ReaderScreen owns, as it owns the table of contents and the
attention part; the screen tells it when more blocks are mounted and when all of them are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Static

from leeslamp.i18n import t

if TYPE_CHECKING:
    from textual.timer import Timer
    from textual.widget import Widget

    from leeslamp.tui.screens.reader.screen import ReaderScreen


class PositionController:
    """The position of one reader, and the block it still has to scroll to."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self._resume_block: int | None = None
        #: a block was asked for (`show_block`): the stored position must not move the page
        self._block_chosen = False
        self._save_timer: Timer | None = None
        self._resume_retry: Timer | None = None
        self._resumed: tuple[Widget, float] | None = None
        #: say "Verder waar je was" once the page is at the stored block and fully loaded
        self._announce_resume = False

    # --- going to a block ------------------------------------------------------------------

    def resume_at(self, block: int, _progress: float) -> None:
        """Scroll to `article.blocks[block]` as soon as it is mounted (now, if it is)."""
        # No bounds check against `article.blocks` here: that would parse the whole body on the
        # UI thread while the mount worker is still doing so off it. A block past the end
        # (the article got shorter) simply never scrolls.
        if block > 0 and not self._block_chosen:
            self._resume_block = block
            self._announce_resume = True
            self.blocks_mounted()

    def show_block(self, block: int) -> None:
        """Scroll to `article.blocks[block]` as soon as it is mounted: a passage asked for from
        elsewhere (a search result). The stored reading position no longer moves the page."""
        self._block_chosen = True
        self._resume_block = block
        self.blocks_mounted()

    def blocks_mounted(self) -> None:
        """More of the article is on the page: scroll to the block asked for, if it is there."""
        block = self._resume_block
        if block is None or block >= self.screen.mounted_blocks:
            return
        widget = self._widget_for_block(block)
        if widget is None:
            self._resume_block = None
        elif not widget.size.height:  # mounted, not laid out yet: look again in a moment
            if self._resume_retry is None:
                self._resume_retry = self.screen.set_timer(0.02, self._retry_resume)
        else:
            self._resume_block = None
            self.screen.call_after_refresh(self._scroll_to_block, widget)

    def all_mounted(self) -> None:
        """The whole article is on the page."""
        self.show_progress()
        if self._resumed is not None:
            # Blocks above may have re-wrapped while the rest loaded (a scrollbar appeared):
            # scroll to the same block again, unless the reader has moved on since.
            widget, scroll_y = self._resumed
            self._resumed = None
            if self.screen.page.scroll_y == scroll_y:
                self.screen.call_after_refresh(self._scroll_to_block, widget)
            else:
                self._announce_resume = False  # the reader has moved on: no news of where

    def _scroll_to_block(self, widget: Widget) -> None:
        page = self.screen.page
        page.scroll_to_widget(widget, top=True, animate=False, immediate=True)
        self._resumed = (widget, page.scroll_y)
        if self._announce_resume and self.screen.loaded:
            # No percentage here: the page may still settle after this (blocks re-wrap), and
            # a number that disagrees with the header's is worse than none.
            self._announce_resume = False
            self.screen.notify(t("reader.resumed"))

    def _retry_resume(self) -> None:
        self._resume_retry = None
        self.blocks_mounted()

    def _top_level_blocks(self) -> list[Widget]:
        return list(self.screen.document.children)

    def _widget_for_block(self, block: int) -> Widget | None:
        """The top-level Markdown widget that holds `article.blocks[block]`."""
        line = self.screen.article.blocks[block].lines[0]
        found = None
        for widget in self._top_level_blocks():
            start, _end = getattr(widget, "source_range", (0, 0))
            if start > line:
                break
            found = widget
        return found

    # --- where the page is -----------------------------------------------------------------

    def first_visible_block(self) -> int:
        """Index into `article.blocks` of the first block at the top of the page."""
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

    def progress(self) -> float:
        """How far down the page you are, 0.0 to 1.0; a page that fits is read entirely."""
        page = self.screen.page
        if page.max_scroll_y <= 0:
            return 1.0 if self.screen.loaded else 0.0
        return min(max(page.scroll_y / page.max_scroll_y, 0.0), 1.0)

    def show_progress(self) -> None:
        label = self.screen.query_one("#reader-progress", Static)
        if self.screen.loaded:
            label.update(t("reader.progress", percent=round(self.progress() * 100)))
        else:
            label.update(t("reader.loading"))

    def scrolled(self) -> None:
        self.show_progress()
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.screen.set_timer(self.screen.save_delay, self.save)

    def save(self) -> None:
        """Hand the position to the app, which stores it off the UI thread."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        if self.screen.loaded:
            block, progress = self.first_visible_block(), self.progress()
            self.screen.services.journal_link.save_position(self.screen.article.id, block, progress)
