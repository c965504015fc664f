"""The reader's passage cursor and mouse selection: how a reader chooses a passage.

Owned by the reader's AttentionController (attention.py), which paints the choice. `m` turns the cursor on at the first
paragraph on screen; ↓↑ (j/k) go from paragraph to paragraph, →← through the sentences of one;
a click puts it on a paragraph. The choice is painted (AttentionController.repaint) and kept in view.
Text selected with the mouse wins over the cursor: it is found in the plain text near the
paragraph it was selected in.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from textual import events

from leeslamp.i18n import t
from leeslamp.library.article_text import fold
from leeslamp.notes.anchor_search import lenient_pattern
from leeslamp.tui.screens.reader.passage_cursor import PassageCursor

if TYPE_CHECKING:
    from leeslamp.tui.screens.reader.attention import AttentionController
    from leeslamp.tui.screens.reader.screen import ReaderScreen


class PassageChoice:
    """The passage cursor (None while it is off) and what is chosen, for one reader."""

    def __init__(self, screen: ReaderScreen, attention: AttentionController) -> None:
        self.screen = screen
        self.attention = attention
        self.cursor: PassageCursor | None = None

    # --- the cursor ------------------------------------------------------------------

    def toggle(self) -> None:
        if self.cursor is not None:
            self.off()
            return
        self.turn_on()

    def turn_on(self) -> bool:
        passages = self.attention.passages
        if passages is None or not any(passages.placed):
            self.screen.notify(t("attention.loading"))
            return False
        cursor = PassageCursor.first_from(passages, self._first_visible_index())
        if cursor is None:
            self.screen.notify(t("attention.nothing_to_mark"))
            return False
        self.cursor = cursor
        self.screen.page.focus()
        self._cursor_moved()
        self.screen.refresh_bindings()
        return True

    def off(self) -> None:
        self.cursor = None
        self.attention.repaint()
        self.screen.refresh_bindings()

    def next_block(self) -> None:
        self._step_block(1)

    def previous_block(self) -> None:
        self._step_block(-1)

    def _step_block(self, step: int) -> None:
        cursor = self.cursor
        assert cursor is not None
        if not self._visible(cursor.block):  # scrolled away: start again from what is shown
            fresh = PassageCursor.first_from(cursor.passages, self._first_visible_index())
            if fresh is not None:
                self.cursor = fresh
                self._cursor_moved()
                return
        if cursor.step_block(step):
            self._cursor_moved()
        elif step > 0:
            self.screen.page.scroll_end(animate=False)  # past the last paragraph: show the end

    def click(self, event: events.Click) -> None:
        """With the cursor on, a click on a paragraph puts the cursor there."""
        cursor, passages = self.cursor, self.attention.passages
        if cursor is None or passages is None or event.widget is None:
            return
        placed = passages.widget_block(event.widget)
        if placed is not None and cursor.can_stand_on(placed.index):
            cursor.block, cursor.choice = placed.index, 0
            self.attention.repaint()

    def next_sentence(self) -> None:
        if self.cursor is not None and self.cursor.step_choice(1):
            self._cursor_moved()

    def previous_sentence(self) -> None:
        if self.cursor is not None and self.cursor.step_choice(-1):
            self._cursor_moved()

    def _cursor_moved(self) -> None:
        self.attention.repaint()
        if self.cursor is not None:
            self.scroll_to_passage(*self.cursor.span)

    def _first_visible_index(self) -> int:
        passages = self.attention.passages
        assert passages is not None
        top = self.screen.page.content_region.y
        for placed in passages.placed:
            if placed is not None and placed.widget.region.bottom > top:
                return placed.index
        return 0

    def _visible(self, index: int) -> bool:
        passages = self.attention.passages
        placed = passages.placed[index] if passages is not None else None
        if placed is None:
            return False
        return placed.widget.region.overlaps(self.screen.page.content_region)

    def scroll_to_passage(self, start: int, end: int) -> None:
        """Scroll so that plain-text [start, end) is on screen, with a little room around it."""
        passages = self.attention.passages
        if passages is None:
            return
        index = passages.index_at(start)
        placed = passages.placed[index]
        if placed is None:
            return
        self.screen.call_after_refresh(self._scroll_into_view, index, start, end)

    def _scroll_into_view(self, index: int, start: int, end: int) -> None:
        passages = self.attention.passages
        placed = passages.placed[index] if passages is not None else None
        if placed is None:
            return
        region, view = placed.widget.region, self.screen.page.content_region
        length = max(placed.end - placed.start, 1)
        # where in the block the span is, as a share of its height: close enough to show it
        first = region.y + (start - placed.start) * region.height // length
        last = region.y + -(-(min(end, placed.end) - placed.start) * region.height // length)
        if last - first >= view.height or first < view.y:
            delta = first - view.y - 1
        elif last > view.bottom:
            delta = last - view.bottom + 1
        else:
            return
        self.screen.page.scroll_to(
            y=self.screen.page.scroll_y + delta, animate=False, immediate=True
        )

    # --- the chosen passage --------------------------------------------------------------------

    def chosen_span(self) -> tuple[int, int] | None:
        """Text selected with the mouse, else the cursor's choice, else None."""
        return self._selected_span() or (self.cursor.span if self.cursor is not None else None)

    def _selected_span(self) -> tuple[int, int] | None:
        screen = self.screen
        selected = screen.get_selected_text()
        passages = self.attention.passages
        if not selected or not selected.strip() or passages is None:
            return None
        placed = [passages.widget_block(widget) for widget in screen.selections]
        starts = [passages.bounds[p.index][0] for p in placed if p is not None]
        if not starts:
            return None
        pattern = re.compile(lenient_pattern(fold(selected)))
        text = self.screen.article.plain_text
        found = pattern.search(text, min(starts)) or pattern.search(text)
        return (found.start(), found.end()) if found else None
