"""The reader's table of contents: `i` shows the article's headings beside it, Enter goes there.

A ContentsController that the ReaderScreen owns (as it owns the attention controller), so the
reader's own module stays about reading and its position. The Markdown widget reports its
headings as they mount; the tree (Textual's MarkdownTableOfContents) is made only when it is
first opened: most readings never open it, and start-up stays lean.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.widgets import Markdown, Tree
from textual.widgets.markdown import MarkdownTableOfContents, TableOfContentsType

from leeslamp.i18n import t

if TYPE_CHECKING:
    from leeslamp.tui.screens.reader.screen import ReaderScreen


#: the contents column's widest (styles/reader.tcss `#contents`), less the tree's padding
CONTENTS_WIDTH = 34 - 2
#: columns the tree's guides take per level below the first
GUIDE_WIDTH = 4


class Contents(MarkdownTableOfContents):
    """Textual's table of contents, numbered the way a reader counts headings (1, 2, 2.1), not
    with the level's numeral (every `##` heading was "Ⅰ"), and long titles cut with an
    ellipsis rather than at the edge."""

    def rebuild_table_of_contents(self, table_of_contents: TableOfContentsType) -> None:
        tree = self.query_one(Tree)
        tree.clear()
        counts: list[int] = []  # the number of each level above, and of this one
        for level, name, block_id in table_of_contents:
            del counts[level:]
            counts.extend([0] * (level - len(counts)))
            counts[level - 1] += 1
            number = ".".join(str(count) for count in counts)
            node = tree.root
            for _ in range(level - 1):  # a heading without a parent sits under the last one
                node = node.children[-1] if node.children else node.add("", expand=True)
                node.expand()
                node.allow_expand = True
            label = Text.assemble((f"{number} ", "dim"), name)
            label.truncate(CONTENTS_WIDTH - GUIDE_WIDTH * (level - 1) - 1, overflow="ellipsis")
            node.add_leaf(label, {"block_id": block_id})


class ContentsController:
    """The contents of one reader: the headings so far and, once opened, their tree."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self._contents: MarkdownTableOfContents | None = None
        self._table: TableOfContentsType = []

    def updated(self, message: Markdown.TableOfContentsUpdated) -> None:
        # Articles use `##` headings; start the tree at their level, not under an empty level 1.
        entries = message.table_of_contents
        top = min((level for level, _name, _id in entries), default=1)
        self._table = [(level - top + 1, name, block_id) for level, name, block_id in entries]
        if self._contents is not None:
            self._contents.table_of_contents = self._table
        message.stop()

    def chosen(self, message: Markdown.TableOfContentsSelected) -> None:
        heading = self.screen.document.query_one(f"#{message.block_id}")  # from the document
        self.screen.page.scroll_to_widget(heading, top=True, animate=False)
        message.stop()

    def close_if_focused(self) -> bool:
        """Esc in the tree: hide it and go back to the page. False when the tree was not the
        focused part (then Esc goes back to the screen before)."""
        contents = self._contents
        if contents is not None and contents.display and contents.has_focus_within:
            contents.display = False
            self.screen.page.focus()
            return True
        return False

    async def toggle(self) -> None:
        """Show or hide the tree; the reader makes its document first (screen.py)."""
        screen = self.screen
        document = screen.markdown
        assert document is not None, "the reader waits for its document"
        contents = self._contents
        if contents is None:
            if not document.table_of_contents:
                screen.notify(t("reader.no_headings"))
                return
            # Made on first use: most readings never open it, and start-up stays lean.
            contents = self._contents = Contents(document, id="contents")
            contents.display = False
            await screen.query_one("#reader-body").mount(contents, before="#page")
            contents.table_of_contents = self._table
        contents.display = not contents.display
        if contents.display:
            tree = contents.query_one(Tree)
            tree.cursor_line = self._current_heading()
            tree.focus()
        else:
            screen.page.focus()

    def _current_heading(self) -> int:
        """Index of the last heading at or above the top of the page (0 if none is)."""
        document = self.screen.markdown
        assert document is not None, "the tree is made from it"
        top = self.screen.page.scroll_y
        offset = document.virtual_region.y
        current = 0
        for index, (_level, _name, block_id) in enumerate(document.table_of_contents):
            if block_id is None:  # Textual gives every heading an id; its type allows none
                continue
            heading = document.query_one(f"#{block_id}")
            if offset + heading.virtual_region.y <= top + 1:
                current = index
        return current
