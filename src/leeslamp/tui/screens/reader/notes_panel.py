"""The reader's notes panel (`n`): its place in the side column, showing and hiding it, and
what its list reports (a note chosen with Enter, a note highlighted).

Owned by the reader's AttentionController (attention.py), as the passage cursor is
(passage_choice.py): the controller keeps the notes and paints them; this part keeps the panel,
made on first use in the side column it shares with the Schrijfblok, and which note in it is
the current one (painted stronger on the page).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Vertical

from leeslamp.i18n import t

if TYPE_CHECKING:
    from leeslamp.tui.screens.reader.attention import AttentionController
    from leeslamp.tui.screens.reader.screen import ReaderScreen
    from leeslamp.tui.widgets.attention_list import AttentionPanel


#: below this many rows for the side column, it shows one panel at a time: the notes list and
#: its note box need about 10 rows, the Schrijfblok's heading, a new reflection and the top
#: of a saved one about 12; at 80x24 (narrow: the column is half of 22 rows) both squeezed
#: each other out of view. So below the article that is under 42 rows of terminal, beside it
#: under 22.
ONE_PANEL_BELOW = 20


def one_panel_at_a_time(screen: ReaderScreen) -> bool:
    """Whether the side column is too short for the notes and the Schrijfblok together."""
    body = screen.query_one("#reader-body").size.height or screen.app.size.height - 2
    rows = body // 2 if screen.has_class("-narrow") else body
    return rows < ONE_PANEL_BELOW


class NotesPanelController:
    """The notes panel of one reader (None until first shown) and its current note."""

    def __init__(self, screen: ReaderScreen, attention: AttentionController) -> None:
        self.screen = screen
        self.attention = attention
        self.panel: AttentionPanel | None = None
        #: the id of the note chosen in the list, shown stronger on the page
        self.current: str | None = None

    @property
    def focused(self) -> bool:
        """Whether the panel is shown and the focus is in it."""
        panel = self.panel
        return panel is not None and panel.display and panel.has_focus_within

    async def show(self) -> AttentionPanel:
        from leeslamp.tui.widgets.attention_list import AttentionPanel  # made on first use

        screen = self.screen
        side = next(iter(screen.query("#side")), None)
        if side is None:  # the Schrijfblok makes it too; whoever comes first
            side = Vertical(id="side")
            await screen.query_one("#reader-body").mount(side)
        if self.panel is None:
            self.panel = AttentionPanel(id="attention")
            await side.mount(self.panel, before=0 if side.children else None)
            self.panel.show_notes(self.attention.notes)
        if one_panel_at_a_time(screen):
            for other in side.children:  # the Schrijfblok: it keeps its text, only hidden
                if other is not self.panel:
                    other.display = False
        side.display = True
        self.panel.display = True
        self.fit_side()
        self.screen.refresh_bindings()
        return self.panel

    async def hide(self) -> None:
        panel = self.panel
        if panel is None:
            return
        await panel.close_editor()
        panel.display = False
        self.current = None
        side = panel.parent
        if isinstance(side, Vertical):
            side.display = any(child.display for child in side.children)
        self.fit_side()
        self.screen.page.focus()
        self.attention.repaint()
        self.screen.refresh_bindings()

    def fit_side(self) -> None:
        """Mark the side column when the notes are all it shows: below the article it is then
        only as tall as they need (styles/attention.tcss). Called whenever a panel in it shows or hides."""
        side = next(iter(self.screen.query("#side")), None)
        if side is not None:
            shown = [child for child in side.children if child.display]
            side.set_class(shown == [self.panel] and self.panel is not None, "-notes-only")
            # one panel at a time: the Schrijfblok alone gets a little more room
            side.set_class(one_panel_at_a_time(self.screen), "-short")

    async def toggle(self) -> None:
        if self.focused:
            await self.hide()
            return
        panel = await self.show()
        if panel.notes:
            panel.focus_list()

    async def leave(self) -> None:
        """Esc in the notes: stop writing, back to the text (the list stays in view)."""
        panel = self.panel
        if panel is None:
            return
        await panel.close_editor()
        self.current = None
        self.screen.page.focus()
        self.attention.repaint()

    def jump(self, message: AttentionPanel.Jump) -> None:
        note = message.note
        if note.span is None:
            self.screen.notify(t("attention.detached_hint"))
            return
        self.current = note.id
        cursor = self.attention.passage_cursor
        if cursor is not None:
            cursor.place(*note.span)
        self.attention.repaint()
        self.attention.choice.scroll_to_passage(*note.span)

    def highlighted(self, message: AttentionPanel.Highlighted) -> None:
        panel = self.panel
        if panel is not None and panel.has_focus_within:
            self.current = message.note.id if message.note is not None else None
            self.attention.repaint()
