"""A list of journal entries, one line each, drawn only where it is visible.

Textual's DataTable measures every cell of every row it is given (about 0.2 ms a row here: 10 s
for a journal of 50,000 entries). This list keeps the rows as plain data and makes the text of
a line only when that line is on screen, so 50,000 rows cost no more than 50 to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from leeslamp.core.safe_text import for_terminal
from leeslamp.tui.entry_labels import cut

#: space between columns
GAP = "  "


class EntryRows(ScrollView, can_focus=True):
    DEFAULT_CSS = """
    EntryRows { height: 1fr; overflow-x: hidden; }
    EntryRows > .entry-rows--cursor { text-style: reverse; }
    EntryRows:focus > .entry-rows--cursor { text-style: bold reverse; }
    EntryRows > .entry-rows--muted { color: $text-muted; }
    """
    COMPONENT_CLASSES: ClassVar = {"entry-rows--cursor", "entry-rows--muted"}
    BINDINGS: ClassVar = [
        Binding("up,k", "move(-1)", show=False),
        Binding("down,j", "move(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "to(0)", show=False),
        Binding("end", "to(-1)", show=False),
        Binding("enter", "choose", show=False),
    ]

    #: index of the highlighted row
    cursor: reactive[int] = reactive(0, init=False)

    class Chosen(Message):
        """Enter (or a double click) on a row."""

        def __init__(self, rows: EntryRows, key: str) -> None:
            super().__init__()
            self.rows = rows
            self.key = key

        @property
        def control(self) -> EntryRows:
            return self.rows

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: Sequence[Any] = ()
        self._key_of: Callable[[Any], str] = str
        self._cells_of: Callable[[Any], Sequence[str]] = lambda row: (str(row),)
        self._widths: Sequence[int] = ()
        self._muted: frozenset[int] = frozenset()

    def show_rows(
        self,
        rows: Sequence[Any],
        *,
        key_of: Callable[[Any], str],
        cells_of: Callable[[Any], Sequence[str]],
        widths: Sequence[int],
        muted: Sequence[int] = (),
        keep: str | None = None,
    ) -> None:
        """Show `rows`; `cells_of(row)` gives a row's column texts, made only when it shows.
        The cursor stays on the row whose key is `keep`, if it is still there."""
        self.rows = rows
        self._key_of, self._cells_of = key_of, cells_of
        self._widths, self._muted = tuple(widths), frozenset(muted)
        width = 1 + sum(widths) + len(GAP) * max(len(widths) - 1, 0)
        self.virtual_size = Size(width, len(rows))
        index = next((i for i, row in enumerate(rows) if key_of(row) == keep), None)
        self.set_reactive(EntryRows.cursor, index if index is not None else 0)
        self.scroll_to(y=0, animate=False, immediate=True)
        self._scroll_to_cursor()
        self.refresh()

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def highlighted_key(self) -> str | None:
        if not self.rows:
            return None
        return self._key_of(self.rows[min(self.cursor, len(self.rows) - 1)])

    def line_text(self, index: int) -> str:
        """The text of row `index` as the list shows it (without styles)."""
        cells = self._cells_of(self.rows[index])
        return " " + GAP.join(
            cut(for_terminal(cell), width).ljust(width)
            for cell, width in zip(cells, self._widths, strict=False)
        )

    # --- drawing --------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        _scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.size.width
        base = self.rich_style
        if index >= len(self.rows):
            return Strip.blank(width, base)
        muted = self.get_component_rich_style("entry-rows--muted")
        segments = [Segment(" ", base)]
        cells = self._cells_of(self.rows[index])
        for column, (cell, cell_width) in enumerate(zip(cells, self._widths, strict=False)):
            if column:
                segments.append(Segment(GAP, base))
            style = base + muted if column in self._muted else base
            # Segments go to the terminal as they are: no control character may be in them
            text = cut(for_terminal(cell), cell_width).ljust(cell_width)
            segments.append(Segment(text, style))
        strip = Strip(segments).crop_extend(0, width, base)
        if index == self.cursor:
            strip = strip.apply_style(self.get_component_rich_style("entry-rows--cursor"))
        return strip

    def watch_cursor(self, old: int, new: int) -> None:
        self._scroll_to_cursor()
        self.refresh()

    def _scroll_to_cursor(self) -> None:
        height = self.scrollable_content_region.height or 1
        top = round(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def on_resize(self) -> None:
        self._scroll_to_cursor()

    # --- keys and the mouse ---------------------------------------------------------------------

    def _set_cursor(self, index: int) -> None:
        if self.rows:
            self.cursor = max(0, min(index, len(self.rows) - 1))

    def action_move(self, step: int) -> None:
        self._set_cursor(self.cursor + step)

    def action_page(self, direction: int) -> None:
        height = max(self.scrollable_content_region.height - 1, 1)
        self._set_cursor(self.cursor + direction * height)

    def action_to(self, index: int) -> None:
        self._set_cursor(index if index >= 0 else len(self.rows) - 1)

    def action_choose(self) -> None:
        key = self.highlighted_key
        if key is not None:
            self.post_message(self.Chosen(self, key))

    def on_click(self, event: events.Click) -> None:
        index = round(self.scroll_y) + event.y
        if 0 <= index < len(self.rows):
            self.cursor = index
            if event.chain >= 2:
                self.action_choose()
