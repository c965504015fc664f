"""The reader's aandacht part: choose a passage, note why it caught your attention, see the notes.

An AttentionController that the ReaderScreen owns, so the reader's own module stays about
reading; the screen passes these keys and the notes panel's messages on to it. Keys: `m` turns the
passage cursor on and off (↓↑/j k: paragraph, →←: sentence, Esc: done), `a` puts a note on the
chosen passage (or on text selected with the mouse), `n` shows the notes beside the article. In
the notes list: Enter shows the passage, `e` edits, `x` deletes (to the trash, after asking),
`r` re-attaches the note to the passage the cursor is on, `u` restores the last deleted note.
The cursor itself is `passage_choice.PassageChoice`, and the notes panel
`notes_panel.NotesPanelController`: parts this controller owns.

Opening the article loads its notes in a worker (`attention_notes.load_notes`: re-anchored if the
article changed, and written back); highlights are painted as the article's blocks mount
(`passages.PassageMap`). Journal calls go through `JournalLink.call`, never on the UI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, localized
from leeslamp.tui.screens.reader.notes_panel import NotesPanelController

if TYPE_CHECKING:
    from leeslamp.journal import Entry, Journal
    from leeslamp.notes.attention_notes import Note
    from leeslamp.tui.screens.reader.passage_choice import PassageChoice
    from leeslamp.tui.screens.reader.passage_cursor import PassageCursor
    from leeslamp.tui.screens.reader.passages import Layer, PassageMap
    from leeslamp.tui.screens.reader.screen import ReaderScreen
    from leeslamp.tui.widgets.attention_list import AttentionPanel
    from leeslamp.tui.widgets.entry_editor import EntryEditor

#: Content styles: a noted passage, the note chosen in the list, the passage cursor
STYLES = {"mark": "on $warning 18%", "current": "on $warning 40%", "cursor": "reverse"}
#: without colour (NO_COLOR) a background would vanish: underline instead
STYLES_NO_COLOR = {"mark": "underline", "current": "bold underline", "cursor": "reverse"}

ATTENTION_KEYS = localized(
    # in the order the footer shows them; each applies only where it makes sense (check_action)
    Key("down,j", "passage_next", "attention.key.next", priority=True),
    Key("up,k", "passage_previous", "attention.key.previous", priority=True, show=False),
    Key("right", "sentence_next", "attention.key.sentence_next", priority=True),
    Key("left", "sentence_previous", "attention.key.sentence_previous", priority=True, show=False),
    Key("a", "note_add_chosen", "attention.key.note"),
    Key("escape", "passage_off", "attention.key.done"),
    Key("escape", "notes_leave", "attention.key.leave"),
    Key("e", "note_edit", "attention.key.edit"),
    Key("x,delete", "note_delete", "attention.key.delete"),
    Key("r", "note_reattach", "attention.key.reattach"),
    Key("u", "note_restore", "attention.key.restore"),
    Key("m", "passage_toggle", "attention.key.mark"),
    Key("m", "passage_off", "attention.key.done", show=False),
    Key("n", "notes_toggle", "attention.key.list"),
    # The same actions where the footer has no room for them (80 columns): `a` without the
    # cursor (on text selected with the mouse, or to start choosing), `n` while the article has
    # no notes, `m` and `n` while a note in the list has its keys there. No description, so
    # help lists each key once, above.
    Key("a", "note_add", "", show=False),
    Key("n", "notes_toggle_quiet", "", show=False),
    Key("m", "passage_toggle_quiet", "", show=False),
)

T = TypeVar("T")

#: seconds a delete waits for the note's editor to save its last words
SAVE_WAIT = 3.0

_CURSOR_ACTIONS = {"passage_next", "passage_previous", "sentence_next", "sentence_previous"}
#: reader keys whose footer place the passage keys take while choosing: action -> its quiet twin
_QUIET_WHILE_CHOOSING = {
    "toggle_contents": "toggle_contents_quiet",
    "toggle_notepad": "toggle_notepad_quiet",
}
_LIST_ACTIONS = {"note_edit", "note_delete", "note_reattach"}


class AttentionController:
    """The attention part of one reader: its notes, the passages they are painted on, the
    passage cursor (`choice`) and the notes panel."""

    def __init__(self, screen: ReaderScreen) -> None:
        self.screen = screen
        self.article = screen.article
        self._choice: PassageChoice | None = None
        self.notes: list[Note] = []
        self.passages: PassageMap | None = None
        #: the notes panel beside the article (`n`) and the note chosen in it
        self.notes_panel = NotesPanelController(screen, self)
        self._last_deleted: Note | None = None
        self._changes = (
            0  # journal changes started or ended here: a load that overlaps one is redone
        )

    # --- loading and painting ----------------------------------------------------------------

    @property
    def choice(self) -> PassageChoice:
        """The passage cursor's part, made at its first use: its modules (sentences, anchor
        search) are not needed for the reader's first paint."""
        if self._choice is None:
            from leeslamp.tui.screens.reader.passage_choice import PassageChoice

            self._choice = PassageChoice(self.screen, self)
        return self._choice

    @property
    def passage_cursor(self) -> PassageCursor | None:
        return self._choice.cursor if self._choice is not None else None

    def mounted(self) -> None:
        self.screen.services.watch_language(self.screen, self._relabel)

    def load(self) -> None:
        """Read the article's notes (when the reader is shown, also when coming back: they
        may have changed elsewhere)."""
        article, started = self.article, self._changes

        def loaded(notes: list[Note]) -> None:
            if started != self._changes:
                self.load()  # something changed while this ran: read again
                return
            self._show_notes(notes)

        def load(journal: Journal) -> list[Note]:
            from leeslamp.notes.attention_notes import (
                load_notes,  # anchoring loads off the start-up path
            )

            return load_notes(journal, article)

        self.screen.services.journal_link.call(load, loaded, group="attention-load")

    def _change(self, job: Callable[[Journal], T], done: Callable[[T], None]) -> None:
        """A journal write of notes; loads that overlap it are done again (see load)."""
        self._changes += 1

        def finished(result: T) -> None:
            self._changes += 1
            done(result)

        self.screen.services.journal_link.call(job, finished)

    def passages_mounted(self) -> None:
        """The reader mounted (more of) the article: pair blocks with widgets, paint again."""
        if self.passages is None:
            from leeslamp.tui.screens.reader.passages import PassageMap  # after the first paint

            self.passages = PassageMap(self.article.blocks)
        self.passages.sync(self.screen.document)
        self.repaint()

    def repaint(self) -> None:
        passages = self.passages
        if passages is None:
            return
        styles = STYLES_NO_COLOR if self.screen.app.no_color else STYLES
        layers: list[Layer] = []
        whole: set[int] = set()
        current = None
        for note in self.notes:
            if note.span is not None:
                layers.append((*note.span, styles["mark"]))
                whole.update(passages.covers_whole(*note.span))
                if note.id == self.notes_panel.current:
                    current = note.span
        if current is not None:
            layers.append((*current, styles["current"]))
        if self.passage_cursor is not None:
            layers.append((*self.passage_cursor.span, styles["cursor"]))
        passages.paint(layers, whole)

    def _show_notes(self, notes: list[Note]) -> None:
        had_notes = bool(self.notes)
        self.notes = notes
        if self.notes_panel.panel is not None:
            self.notes_panel.panel.show_notes(notes)
        self.repaint()
        if had_notes != bool(notes):
            self.screen.refresh_bindings()  # `n` in the footer or not

    def _note_changed(self, note: Note) -> None:
        from leeslamp.notes.attention_notes import in_text_order

        self._show_notes(in_text_order([*(n for n in self.notes if n.id != note.id), note]))

    def _relabel(self, _language: str | None = None) -> None:
        if self.notes_panel.panel is not None:
            self.notes_panel.panel.relabel()

    # --- notes ---------------------------------------------------------------------------------

    def note_add(self) -> None:
        span = self.choice.chosen_span()
        if span is None:
            if self.choice.turn_on():
                self.screen.notify(t("attention.choose_first"))
            return
        existing = next((note for note in self.notes if note.span == span), None)
        if existing is not None:
            self._edit(existing)
            return
        article = self.article
        self.screen.clear_selection()

        def add(journal: Journal) -> Note:
            from leeslamp.notes.attention_notes import add_note

            return add_note(journal, article, *span)

        self._change(add, self._note_added)

    def note_add_chosen(self) -> None:
        self.note_add()

    def _note_added(self, note: Note) -> None:
        self._note_changed(note)
        self.screen.call_later(self._open_editor, note)

    def _edit(self, note: Note) -> None:
        """Edit a note, with its text as the journal has it now."""

        def fetched(entry: Entry | None) -> None:
            if entry is not None:
                self.screen.call_later(self._open_editor, replace(note, entry=entry))

        note_id = note.id
        self.screen.services.journal_link.call(lambda journal: journal.get_entry(note_id), fetched)

    async def _open_editor(self, note: Note) -> None:
        panel = await self.notes_panel.show()
        panel.highlight(note.id)
        await panel.open_editor(note)
        if note.span is not None:  # the text got narrower beside the panel: keep it in view
            self.choice.scroll_to_passage(*note.span)

    def entry_saved(self, message: EntryEditor.Saved) -> None:
        # Only the text: the entry's other fields may be older than what the panel saved.
        self._note_edited(message.entry.id, text=message.entry.text)

    def panel_edited(self, message: AttentionPanel.Edited) -> None:
        self._note_edited(message.note_id, **message.changes)

    def _note_edited(self, note_id: str, **changes: Any) -> None:
        note = next((n for n in self.notes if n.id == note_id), None)
        if note is not None:  # the Schrijfblok's editors save in this screen too: not ours
            self._note_changed(replace(note, entry=replace(note.entry, **changes)))

    def note_edit(self) -> None:
        note = self._highlighted()
        if note is not None:
            self._edit(note)

    def note_delete(self) -> None:
        from leeslamp.tui.screens.choice import trash_choice
        from leeslamp.tui.widgets.attention_list import shorten

        note = self._highlighted()
        if note is None:
            return
        quote = shorten(note.quote, 60)

        def chosen(delete: bool | None) -> None:
            if delete:
                self.screen.call_later(self._delete, note)

        self.screen.app.push_screen(
            trash_choice(t("attention.delete.title"), t("attention.delete.text", quote=quote)),
            chosen,
        )

    async def _delete(self, note: Note) -> None:
        panel = self.notes_panel.panel
        editor = panel.editor_of(note.id) if panel is not None else None
        if panel is not None and panel.editing is not None and panel.editing.id == note.id:
            await panel.close_editor()  # it saves its last words as it goes

        def deleted(_entry: Entry) -> None:
            self._last_deleted = note
            self._show_notes([n for n in self.notes if n.id != note.id])
            self.screen.refresh_bindings()
            self.screen.notify(t("attention.deleted"))

        note_id = note.id

        def job(journal: Journal) -> Entry:
            # The note's last words first, then to the trash: restoring brings all of it back.
            deadline = time.monotonic() + SAVE_WAIT
            while editor is not None and editor.dirty and time.monotonic() < deadline:
                time.sleep(0.02)
            return journal.delete_entry(note_id)

        self._change(job, deleted)

    def note_restore(self) -> None:
        note = self._last_deleted
        if note is None:
            return
        self._last_deleted = None
        note_id = note.id

        def restored(_entry: Entry) -> None:
            self.screen.notify(t("attention.restored"))
            self.screen.refresh_bindings()
            self.load()

        self._change(lambda journal: journal.restore_entry(note_id), restored)

    def note_reattach(self) -> None:
        note = self._highlighted()
        span = self.choice.chosen_span()
        if note is None:
            return
        if span is None:
            self.screen.notify(t("attention.reattach_choose"))
            return
        article = self.article
        self.screen.clear_selection()

        from leeslamp.notes.attention_notes import reattach_note
        from leeslamp.tui.widgets.attention_list import shorten

        def reattached(fresh: Note) -> None:
            self._note_changed(fresh)
            self.screen.notify(t("attention.reattached", quote=shorten(fresh.quote, 60)))

        def job(journal: Journal) -> Note:
            return reattach_note(journal, article, note, *span)

        self._change(job, reattached)

    def _highlighted(self) -> Note | None:
        panel = self.notes_panel.panel
        return panel.highlighted_note if panel is not None else None

    # --- which keys apply now --------------------------------------------------------------

    def allows(self, action: str) -> bool:
        """Whether the reader's key for `action` applies now (the screen's check_action)."""
        on_page = self.screen.page.has_focus if self.screen.is_mounted else False
        panel = self.notes_panel.panel
        in_panel = self.notes_panel.focused
        in_list = in_panel and panel is not None and panel.note_list.has_focus
        cursor = self.passage_cursor is not None
        # a note in the list: its keys (edit, delete, re-attach) take the footer's room
        on_note = in_list and action not in _LIST_ACTIONS and self._highlighted() is not None
        crowded = (cursor and on_page) or on_note
        if action in _CURSOR_ACTIONS or action == "note_add_chosen":
            return cursor and on_page
        if action in ("passage_toggle", "passage_toggle_quiet"):
            return not cursor and on_note == (action == "passage_toggle_quiet")
        if action == "note_add":
            return not (cursor and on_page)
        if action == "passage_off":
            return cursor and on_page
        if action in _QUIET_WHILE_CHOOSING:  # the footer shows the passage or note keys then
            return not crowded
        if action in _QUIET_WHILE_CHOOSING.values():
            return crowded
        if action in ("notes_toggle", "notes_toggle_quiet"):
            shown = (bool(self.notes) or (panel is not None and panel.display)) and not on_note
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
