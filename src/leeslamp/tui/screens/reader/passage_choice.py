"""The reader's passage cursor and mouse selection: how a reader chooses a passage.

A mixin under AttentionReader (attention.py). `m` turns the cursor on at the first
paragraph on screen; ↓↑ (j/k) go from paragraph to paragraph, →← through the sentences of one;
a click puts it on a paragraph. The choice is painted (AttentionReader.repaint) and kept in view.
Text selected with the mouse wins over the cursor: it is found in the plain text near the
paragraph it was selected in.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

from textual import events

from leeslamp.i18n import t
from leeslamp.library.article_text import fold
from leeslamp.notes.anchor_search import lenient_pattern
from leeslamp.tui.screens.reader.passage_cursor import PassageCursor
from leeslamp.tui.screens.reader.passages import PassageMap

if TYPE_CHECKING:
    from textual.containers import VerticalScroll

    from leeslamp.library.articles import Article


class PassageChoice:
    """Mixin: the passage cursor's keys and what is chosen. Needs `repaint()`."""

    article: Article
    page: VerticalScroll
    passages: PassageMap | None
    passage_cursor: PassageCursor | None

    @property
    def _screen(self) -> Any:
        return cast(Any, self)

    def repaint(self) -> None:
        raise NotImplementedError

    # --- the cursor ------------------------------------------------------------------

    def action_passage_toggle(self) -> None:
        if self.passage_cursor is not None:
            self.action_passage_off()
            return
        self._cursor_on()

    def _cursor_on(self) -> bool:
        passages = self.passages
        if passages is None or not any(passages.placed):
            self._screen.notify(t("aandacht.loading"))
            return False
        cursor = PassageCursor.first_from(passages, self._first_visible_index())
        if cursor is None:
            self._screen.notify(t("aandacht.nothing_to_mark"))
            return False
        self.passage_cursor = cursor
        self.page.focus()
        self._cursor_moved()
        self._screen.refresh_bindings()
        return True

    def action_passage_off(self) -> None:
        self.passage_cursor = None
        self.repaint()
        self._screen.refresh_bindings()

    def action_passage_next(self) -> None:
        self._step_block(1)

    def action_passage_previous(self) -> None:
        self._step_block(-1)

    def _step_block(self, step: int) -> None:
        cursor = self.passage_cursor
        assert cursor is not None
        if not self._visible(cursor.block):  # scrolled away: start again from what is shown
            fresh = PassageCursor.first_from(cursor.passages, self._first_visible_index())
            if fresh is not None:
                self.passage_cursor = fresh
                self._cursor_moved()
                return
        if cursor.step_block(step):
            self._cursor_moved()
        elif step > 0:
            self.page.scroll_end(animate=False)  # past the last paragraph: show the end

    def on_click(self, event: events.Click) -> None:
        """With the cursor on, a click on a paragraph puts the cursor there."""
        cursor, passages = self.passage_cursor, self.passages
        if cursor is None or passages is None or event.widget is None:
            return
        placed = passages.widget_block(event.widget)
        if placed is not None and cursor.can_stand_on(placed.index):
            cursor.block, cursor.choice = placed.index, 0
            self.repaint()

    def action_sentence_next(self) -> None:
        if self.passage_cursor is not None and self.passage_cursor.step_choice(1):
            self._cursor_moved()

    def action_sentence_previous(self) -> None:
        if self.passage_cursor is not None and self.passage_cursor.step_choice(-1):
            self._cursor_moved()

    def _cursor_moved(self) -> None:
        self.repaint()
        if self.passage_cursor is not None:
            self.scroll_to_passage(*self.passage_cursor.span)

    def _first_visible_index(self) -> int:
        passages = self.passages
        assert passages is not None
        top = self.page.content_region.y
        for placed in passages.placed:
            if placed is not None and placed.widget.region.bottom > top:
                return placed.index
        return 0

    def _visible(self, index: int) -> bool:
        passages = self.passages
        placed = passages.placed[index] if passages is not None else None
        if placed is None:
            return False
        return placed.widget.region.overlaps(self.page.content_region)

    def scroll_to_passage(self, start: int, end: int) -> None:
        """Scroll so that plain-text [start, end) is on screen, with a little room around it."""
        passages = self.passages
        if passages is None:
            return
        index = passages.index_at(start)
        placed = passages.placed[index]
        if placed is None:
            return
        self._screen.call_after_refresh(self._scroll_into_view, index, start, end)

    def _scroll_into_view(self, index: int, start: int, end: int) -> None:
        passages = self.passages
        placed = passages.placed[index] if passages is not None else None
        if placed is None:
            return
        region, view = placed.widget.region, self.page.content_region
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
        self.page.scroll_to(y=self.page.scroll_y + delta, animate=False, immediate=True)

    # --- the chosen passage --------------------------------------------------------------------

    def chosen_span(self) -> tuple[int, int] | None:
        """Text selected with the mouse, else the cursor's choice, else None."""
        return self._selected_span() or (
            self.passage_cursor.span if self.passage_cursor is not None else None
        )

    def _selected_span(self) -> tuple[int, int] | None:
        screen = self._screen
        selected = screen.get_selected_text()
        passages = self.passages
        if not selected or not selected.strip() or passages is None:
            return None
        placed = [passages.widget_block(widget) for widget in screen.selections]
        starts = [passages.bounds[p.index][0] for p in placed if p is not None]
        if not starts:
            return None
        pattern = re.compile(lenient_pattern(fold(selected)))
        text = self.article.plain_text
        found = pattern.search(text, min(starts)) or pattern.search(text)
        return (found.start(), found.end()) if found else None
