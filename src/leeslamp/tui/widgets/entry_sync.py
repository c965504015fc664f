"""The part of EntryEditor that keeps one source of truth for a text (issue 11).

Each save names the revision it started from. When the entry changes elsewhere (the Dagboek,
another panel), every editor of it hears so through `JournalLink.entry_changed` and, with
nothing unsaved, shows the new text; it also asks the journal again whenever it is shown or
focused. A save from an older revision is refused by the journal: the editor then shows the
newer text with the reader's unsaved words beside it (`UnsavedNote`), to add (ctrl+b), to put
back (ctrl+g) or to leave out (Esc, only once they were shown). Until then those words are
written when the editor goes or the app quits, added to the newer text: never silently dropped.

A mixin: it shares the editor's state (`_saved_text`, `_latest_text`, `_rev`, `_write_lock`, ...).
"""

from __future__ import annotations

import threading
from functools import partial
from typing import TYPE_CHECKING

from leeslamp.core.errors import UserInputError
from leeslamp.i18n import t
from leeslamp.tui.widgets.unsaved_words import UnsavedNote, added_words, append_words

if TYPE_CHECKING:
    from textual.widget import Widget
    from textual.widgets import TextArea

    from leeslamp.journal import Entry, Journal
    from leeslamp.tui.journal_link import JournalLink

    # mypy sees the widget this mixin is mixed into (`query_one`, `set_timer`, the super
    # `check_action`); at run time it is a plain class, so it adds nothing to the MRO.
    _MixinBase = Widget
else:
    _MixinBase = object


class EntrySync(_MixinBase):
    # what it uses of EntryEditor
    entry_id: str | None
    _link: JournalLink
    _owner: str
    _saved_text: str
    _latest_text: str
    _rev: int | None
    _stopped: bool
    _write_lock: threading.Lock
    _unsaved: tuple[str, str] | None
    _unsaved_written: bool

    if TYPE_CHECKING:  # EntryEditor's, declared for mypy only (a definition here would win)

        @property
        def text_area(self) -> TextArea: ...
        @property
        def dirty(self) -> bool: ...
        def take_text(self) -> None: ...
        def save_now(self) -> None: ...
        def _status(self, text: str, *, problem: bool = False) -> None: ...

    def refetch(self) -> None:
        """Ask the journal for this entry's text now (shown again, or focused)."""
        entry_id = self.entry_id
        if entry_id is None or self._stopped:
            return
        self._link.call(
            lambda journal: journal.get_entry(entry_id), self._fetched, group="journal-read"
        )

    def _fetched(self, entry: Entry | None) -> None:
        if entry is not None:
            self._entry_changed(entry)

    def _entry_changed(self, entry: Entry) -> None:
        """On the UI thread: the journal holds `entry` now. Show it, unless it is what this
        editor wrote or something is unsaved (then the next save finds the newer text)."""
        if entry.id != self.entry_id or self._stopped or not self.is_attached:
            return
        self.take_text()  # a key just typed may not have reached `_latest_text` yet
        if not self._write_lock.acquire(blocking=False):
            # a save is running; look again when it is done (it may be this very change)
            self.set_timer(0.05, partial(self._entry_changed, entry))
            return
        try:
            if self._rev is not None and entry.rev <= self._rev:
                return  # ours, or older than what we have
            if entry.text == self._saved_text:  # tags or a place changed, not the words
                self._rev = entry.rev
                return
            if self.dirty:
                self.call_later(self.save_now)  # refused, then shown with the words beside it
                return
            self._show_text(entry)
        finally:
            self._write_lock.release()

    def _show_text(self, entry: Entry) -> None:
        """Put the journal's text in the text area. A cursor at the end stays at the end (the
        reader was adding to the text); elsewhere it stays where it was, as far as it can."""
        self._saved_text = self._latest_text = entry.text
        self._rev = entry.rev
        area = self.text_area
        was = area.cursor_location
        at_end = was == area.document.end
        area.load_text(entry.text)
        end = area.document.end
        area.move_cursor(end if at_end else min(was, end))
        self._link.before_close(self._owner, None)

    def _refused(self, newer: Entry) -> None:
        """On the UI thread: a save was refused for newer text. Show that text and, beside it,
        the words the reader had not saved."""
        self.take_text()
        mine = self._latest_text
        words = added_words(self._saved_text, mine)
        if self._unsaved is not None:  # words still waiting from before: keep them too
            words = append_words(self._unsaved[1], "\n" + words)
        self._show_text(newer)
        self._unsaved = (mine, words)
        self._unsaved_written = False
        self._link.before_close(
            self._owner + ":unsaved", partial(self._add_unsaved_at_close, words), words
        )
        self.query_one(UnsavedNote).show_words(words.strip())
        self._status(t("journal.stale_write"), problem=True)
        self.refresh_bindings()

    def _settle_unsaved(self, text: str | None) -> None:
        """Put `text` in the editor (None: keep the newer text), hide the note, save."""
        self._unsaved = None
        self._link.before_close(self._owner + ":unsaved", None)
        self.query_one(UnsavedNote).display = False
        self._status("")
        self.refresh_bindings()
        if text is not None:
            area = self.text_area
            area.load_text(text)
            area.move_cursor(area.document.end)
            self.take_text()
            self.save_now()

    def action_append_unsaved(self) -> None:
        if self._unsaved is not None:
            self._settle_unsaved(append_words(self.text_area.text, self._unsaved[1]))

    def action_replace_unsaved(self) -> None:
        if self._unsaved is not None:
            self._settle_unsaved(self._unsaved[0])

    def action_dismiss_unsaved(self) -> None:
        # only once the words were shown (the note is up): leaving them out is a choice
        self._settle_unsaved(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action.endswith("_unsaved") and self._unsaved is None:
            return False  # Esc goes on to the screen (back, leave the text) as before
        return super().check_action(action, parameters)

    def _relabel(self, _language: str | None = None) -> None:
        self.query_one(UnsavedNote).relabel()

    def _add_unsaved_at_close(self, words: str, journal: Journal) -> None:
        """In a thread, the words' last chance (quit, or the screen went): add them to the
        journal's text, whatever it is now."""
        with self._write_lock:
            if self._unsaved_written:
                return
            if self.entry_id is None or self._stopped:
                raise UserInputError("journal.no_such_entry", entry_id="-")
            current = journal.get_entry(self.entry_id)
            if current is None:
                raise UserInputError("journal.no_such_entry", entry_id=self.entry_id)
            journal.update_entry(
                current.id, text=append_words(current.text, words), expected=current.rev
            )
            self._unsaved_written = True
            self._link.before_close(self._owner + ":unsaved", None)
