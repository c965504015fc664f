"""The reader's aandacht part: choose a passage, note why it caught your attention, see the notes.

A mixin for ReaderScreen, so the reader's own module stays about reading. Keys: `m` turns the
passage cursor on and off (↓↑/j k: paragraph, →←: sentence, Esc: done), `a` puts a note on the
chosen passage (or on text selected with the mouse), `n` shows the notes beside the article. In
the notes list: Enter shows the passage, `e` edits, `x` deletes (to the trash, after asking),
`r` re-attaches the note to the passage the cursor is on, `u` restores the last deleted note.
The cursor's own keys live in `passage_choice.PassageChoice`, the mixin under this one.

Opening the article loads its notes in a worker (`attention_notes.load_notes`: re-anchored if the
article changed, and written back); highlights are painted as the article's blocks mount
(`passages.PassageMap`). Journal calls go through `JournalLink.call`, never on the UI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from textual.containers import Vertical
from textual.widgets import Markdown

from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, localized
from leeslamp.tui.screens.reader.passage_choice import PassageChoice
from leeslamp.tui.screens.reader.passages import Layer, PassageMap

if TYPE_CHECKING:
    from textual.containers import VerticalScroll

    from leeslamp.journal import Entry, Journal
    from leeslamp.library.articles import Article
    from leeslamp.notes.attention_notes import Note
    from leeslamp.tui.widgets.attention_list import AttentionPanel
    from leeslamp.tui.widgets.entry_editor import EntryEditor

#: Content styles: a noted passage, the note chosen in the list, the passage cursor
STYLES = {"mark": "on $warning 18%", "current": "on $warning 40%", "cursor": "reverse"}
#: without colour (NO_COLOR) a background would vanish: underline instead
STYLES_NO_COLOR = {"mark": "underline", "current": "bold underline", "cursor": "reverse"}

ATTENTION_KEYS = localized(
    # in the order the footer shows them; each applies only where it makes sense (check_action)
    Key("down,j", "passage_next", "aandacht.key.next", priority=True),
    Key("up,k", "passage_previous", "aandacht.key.previous", priority=True, show=False),
    Key("right", "sentence_next", "aandacht.key.sentence_next", priority=True),
    Key("left", "sentence_previous", "aandacht.key.sentence_previous", priority=True, show=False),
    Key("a", "note_add_chosen", "aandacht.key.note"),
    Key("escape", "passage_off", "aandacht.key.done"),
    Key("escape", "notes_leave", "aandacht.key.leave"),
    Key("e", "note_edit", "aandacht.key.edit"),
    Key("x,delete", "note_delete", "aandacht.key.delete"),
    Key("r", "note_reattach", "aandacht.key.reattach"),
    Key("u", "note_restore", "aandacht.key.restore"),
    Key("m", "passage_toggle", "aandacht.key.mark"),
    Key("m", "passage_off", "aandacht.key.done", show=False),
    Key("n", "notes_toggle", "aandacht.key.list"),
    # The same actions where the footer has no room for them (80 columns): `a` without the
    # cursor (on text selected with the mouse, or to start choosing), `n` while the article has
    # no notes. No description, so help lists each key once, above.
    Key("a", "note_add", "", show=False),
    Key("n", "notes_toggle_quiet", "", show=False),
)

T = TypeVar("T")

#: seconds a delete waits for the note's editor to save its last words
SAVE_WAIT = 3.0

_CURSOR_ACTIONS = {"passage_next", "passage_previous", "sentence_next", "sentence_previous"}
_LIST_ACTIONS = {"note_edit", "note_delete", "note_reattach"}


class AttentionReader(PassageChoice):
    """Mixin for ReaderScreen (which provides article, document, page and services)."""

    article: Article
    document: Markdown
    page: VerticalScroll

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.attention_notes: list[Note] = []
        self.passages: PassageMap | None = None
        self.passage_cursor = None
        self._panel: AttentionPanel | None = None
        self._current: str | None = None  # the note chosen in the list, shown stronger
        self._last_deleted: Note | None = None
        self._changes = (
            0  # journal changes started or ended here: a load that overlaps one is redone
        )

    # --- loading and painting ----------------------------------------------------------------

    def on_mount(self) -> None:
        self._screen.watch(self._screen.app, "language", self._attention_relabel, init=False)

    def on_screen_resume(self) -> None:
        self.load_attention()  # also when coming back: notes may have changed elsewhere

    def load_attention(self) -> None:
        article, started = self.article, self._changes

        def loaded(notes: list[Note]) -> None:
            if started != self._changes:
                self.load_attention()  # something changed while this ran: read again
                return
            self._show_notes(notes)

        def load(journal: Journal) -> list[Note]:
            from leeslamp.notes.attention_notes import (
                load_notes,  # anchoring loads off the start-up path
            )

            return load_notes(journal, article)

        self.services.journal_link.call(load, loaded, group="attention-load")

    def _change(self, job: Callable[[Journal], T], done: Callable[[T], None]) -> None:
        """A journal write of notes; loads that overlap it are done again (see load_attention)."""
        self._changes += 1

        def finished(result: T) -> None:
            self._changes += 1
            done(result)

        self.services.journal_link.call(job, finished)

    def passages_mounted(self) -> None:
        """The reader mounted (more of) the article: pair blocks with widgets, paint again."""
        if self.passages is None:
            self.passages = PassageMap(self.article.blocks)
        self.passages.sync(self.document)
        self.repaint()

    def repaint(self) -> None:
        passages = self.passages
        if passages is None:
            return
        styles = STYLES_NO_COLOR if self._screen.app.no_color else STYLES
        layers: list[Layer] = []
        whole: set[int] = set()
        current = None
        for note in self.attention_notes:
            if note.span is not None:
                layers.append((*note.span, styles["mark"]))
                whole.update(passages.covers_whole(*note.span))
                if note.id == self._current:
                    current = note.span
        if current is not None:
            layers.append((*current, styles["current"]))
        if self.passage_cursor is not None:
            layers.append((*self.passage_cursor.span, styles["cursor"]))
        passages.paint(layers, whole)

    def _show_notes(self, notes: list[Note]) -> None:
        had_notes = bool(self.attention_notes)
        self.attention_notes = notes
        if self._panel is not None:
            self._panel.show_notes(notes)
        self.repaint()
        if had_notes != bool(notes):
            self._screen.refresh_bindings()  # `n` in the footer or not

    def _note_changed(self, note: Note) -> None:
        from leeslamp.notes.attention_notes import in_text_order

        self._show_notes(
            in_text_order([*(n for n in self.attention_notes if n.id != note.id), note])
        )

    def _attention_relabel(self, _language: str | None = None) -> None:
        if self._panel is not None:
            self._panel.relabel()

    # --- notes ---------------------------------------------------------------------------------

    def action_note_add(self) -> None:
        span = self.chosen_span()
        if span is None:
            if self._cursor_on():
                self._screen.notify(t("aandacht.choose_first"))
            return
        existing = next((note for note in self.attention_notes if note.span == span), None)
        if existing is not None:
            self._edit(existing)
            return
        article = self.article
        self._screen.clear_selection()

        def add(journal: Journal) -> Note:
            from leeslamp.notes.attention_notes import add_note

            return add_note(journal, article, *span)

        self._change(add, self._note_added)

    def action_note_add_chosen(self) -> None:
        self.action_note_add()

    def _note_added(self, note: Note) -> None:
        self._note_changed(note)
        self._screen.call_later(self._open_editor, note)

    def _edit(self, note: Note) -> None:
        """Edit a note, with its text as the journal has it now."""

        def fetched(entry: Entry | None) -> None:
            if entry is not None:
                self._screen.call_later(self._open_editor, replace(note, entry=entry))

        note_id = note.id
        self.services.journal_link.call(lambda journal: journal.get_entry(note_id), fetched)

    async def _open_editor(self, note: Note) -> None:
        panel = await self._show_panel()
        panel.highlight(note.id)
        await panel.open_editor(note)
        if note.span is not None:  # the text got narrower beside the panel: keep it in view
            self.scroll_to_passage(*note.span)

    def on_entry_editor_saved(self, message: EntryEditor.Saved) -> None:
        # Only the text: the entry's other fields may be older than what the panel saved.
        self._note_edited(message.entry.id, text=message.entry.text)

    def on_attention_panel_edited(self, message: AttentionPanel.Edited) -> None:
        self._note_edited(message.note_id, **message.changes)

    def _note_edited(self, note_id: str, **changes: Any) -> None:
        note = next((n for n in self.attention_notes if n.id == note_id), None)
        if note is not None:  # the Schrijfblok's editors save in this screen too: not ours
            self._note_changed(replace(note, entry=replace(note.entry, **changes)))

    def action_note_edit(self) -> None:
        note = self._highlighted()
        if note is not None:
            self._edit(note)

    def action_note_delete(self) -> None:
        from leeslamp.tui.screens.choice import trash_choice
        from leeslamp.tui.widgets.attention_list import shorten

        note = self._highlighted()
        if note is None:
            return
        quote = shorten(note.quote, 60)

        def chosen(delete: bool | None) -> None:
            if delete:
                self._screen.call_later(self._delete, note)

        self._screen.app.push_screen(
            trash_choice(t("aandacht.delete.title"), t("aandacht.delete.text", quote=quote)),
            chosen,
        )

    async def _delete(self, note: Note) -> None:
        panel = self._panel
        editor = panel.editor_of(note.id) if panel is not None else None
        if panel is not None and panel.editing is not None and panel.editing.id == note.id:
            await panel.close_editor()  # it saves its last words as it goes

        def deleted(_entry: Entry) -> None:
            self._last_deleted = note
            self._show_notes([n for n in self.attention_notes if n.id != note.id])
            self._screen.refresh_bindings()
            self._screen.notify(t("aandacht.deleted"))

        note_id = note.id

        def job(journal: Journal) -> Entry:
            # The note's last words first, then to the trash: restoring brings all of it back.
            deadline = time.monotonic() + SAVE_WAIT
            while editor is not None and editor.dirty and time.monotonic() < deadline:
                time.sleep(0.02)
            return journal.delete_entry(note_id)

        self._change(job, deleted)

    def action_note_restore(self) -> None:
        note = self._last_deleted
        if note is None:
            return
        self._last_deleted = None
        note_id = note.id

        def restored(_entry: Entry) -> None:
            self._screen.notify(t("aandacht.restored"))
            self._screen.refresh_bindings()
            self.load_attention()

        self._change(lambda journal: journal.restore_entry(note_id), restored)

    def action_note_reattach(self) -> None:
        note = self._highlighted()
        span = self.chosen_span()
        if note is None:
            return
        if span is None:
            self._screen.notify(t("aandacht.reattach_choose"))
            return
        article = self.article
        self._screen.clear_selection()

        from leeslamp.notes.attention_notes import reattach_note
        from leeslamp.tui.widgets.attention_list import shorten

        def reattached(fresh: Note) -> None:
            self._note_changed(fresh)
            self._screen.notify(t("aandacht.reattached", quote=shorten(fresh.quote, 60)))

        def job(journal: Journal) -> Note:
            return reattach_note(journal, article, note, *span)

        self._change(job, reattached)

    def _highlighted(self) -> Note | None:
        return self._panel.highlighted_note if self._panel is not None else None

    # --- the notes panel ---------------------------------------------------------------------

    async def _show_panel(self) -> AttentionPanel:
        from leeslamp.tui.widgets.attention_list import AttentionPanel  # made on first use

        screen = self._screen
        side = next(iter(screen.query("#side")), None)
        if side is None:  # the Schrijfblok makes it too; whoever comes first
            side = Vertical(id="side")
            await screen.query_one("#reader-body").mount(side)
        if self._panel is None:
            self._panel = AttentionPanel(id="attention")
            await side.mount(self._panel, before=0 if side.children else None)
            self._panel.show_notes(self.attention_notes)
        side.display = True
        self._panel.display = True
        self.fit_side()
        self._screen.refresh_bindings()
        return self._panel

    async def _hide_panel(self) -> None:
        panel = self._panel
        if panel is None:
            return
        await panel.close_editor()
        panel.display = False
        self._current = None
        side = panel.parent
        if isinstance(side, Vertical):
            side.display = any(child.display for child in side.children)
        self.fit_side()
        self.page.focus()
        self.repaint()
        self._screen.refresh_bindings()

    def fit_side(self) -> None:
        """Mark the side column when the notes are all it shows: below the article it is then
        only as tall as they need (styles/attention.tcss). Called whenever a panel in it shows or hides."""
        side = next(iter(self._screen.query("#side")), None)
        if side is not None:
            shown = [child for child in side.children if child.display]
            side.set_class(shown == [self._panel] and self._panel is not None, "-notes-only")

    async def action_notes_toggle(self) -> None:
        panel = self._panel
        if panel is not None and panel.display and panel.has_focus_within:
            await self._hide_panel()
            return
        panel = await self._show_panel()
        if panel.notes:
            panel.focus_list()

    async def action_notes_toggle_quiet(self) -> None:
        await self.action_notes_toggle()

    async def action_notes_leave(self) -> None:
        """Esc in the notes: stop writing, back to the text (the list stays in view)."""
        panel = self._panel
        if panel is None:
            return
        await panel.close_editor()
        self._current = None
        self.page.focus()
        self.repaint()

    def on_attention_panel_jump(self, message: AttentionPanel.Jump) -> None:
        note = message.note
        if note.span is None:
            self._screen.notify(t("aandacht.detached_hint"))
            return
        self._current = note.id
        if self.passage_cursor is not None:
            self.passage_cursor.place(*note.span)
        self.repaint()
        self.scroll_to_passage(*note.span)

    def on_attention_panel_highlighted(self, message: AttentionPanel.Highlighted) -> None:
        panel = self._panel
        if panel is not None and panel.has_focus_within:
            self._current = message.note.id if message.note is not None else None
            self.repaint()

    # --- which keys apply now --------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        allowed = self._attention_allows(action)
        if allowed is False:
            return False
        return super().check_action(action, parameters)  # type: ignore[misc]

    def _attention_allows(self, action: str) -> bool:
        on_page = self.page.has_focus if self._screen.is_mounted else False
        panel = self._panel
        in_panel = panel is not None and panel.display and panel.has_focus_within
        in_list = in_panel and panel is not None and panel.note_list.has_focus
        cursor = self.passage_cursor is not None
        if action in _CURSOR_ACTIONS or action == "note_add_chosen":
            return cursor and on_page
        if action == "passage_toggle":
            return not cursor
        if action == "note_add":
            return not (cursor and on_page)
        if action == "passage_off":
            return cursor and on_page
        if action in ("notes_toggle", "notes_toggle_quiet"):
            shown = bool(self.attention_notes) or (panel is not None and panel.display)
            return shown == (action == "notes_toggle")
        if action == "notes_leave":
            return in_panel
        if action == "back":
            return not (in_panel or (cursor and on_page))
        if action in _LIST_ACTIONS:
            return in_list and self._highlighted() is not None
        if action == "note_restore":
            return self._last_deleted is not None
        return True
