"""EntryEditor: a text area that keeps what you type in the journal, without you asking.

It saves about a second after typing stops, when it loses focus, when another screen comes in
front of it, when its screen goes away and when the app quits (then after the screen is gone, through `JournalLink.before_close`). Saves
run in thread workers: typing never waits for the disk. A save that fails (a full disk, a
read-only folder) leaves the text where it is, says why, and tries again. On a journal opened
read-only the editor is read-only too, and says so.

The first save of a new editor creates the entry; later saves update it. Saves are serialised
and always write the newest text, so a slow disk can reorder workers but never old over new.
`delete_entry` (in a worker) writes the last text and moves the entry to the trash; an entry
that went away elsewhere is `forget`-ed. Either way the editor writes no more.

One source of truth (issue 11): each save names the revision it started from, and the editor
follows changes made elsewhere; see `entry_sync.EntrySync`.
"""

from __future__ import annotations

import itertools
import threading
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.containers import ScrollableContainer
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Static, TextArea

from leeslamp.core.errors import LeeslampError, StaleWrite, UserInputError
from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.plain import plain
from leeslamp.tui.services import AppServices
from leeslamp.tui.widgets.editor_note import EditorNote
from leeslamp.tui.widgets.entry_sync import EntrySync
from leeslamp.tui.widgets.unsaved_words import UnsavedNote, added_words, append_words

if TYPE_CHECKING:
    from collections.abc import Callable

    from leeslamp.journal import Entry, Journal


_owners = itertools.count(1)


#: keys that work whenever an editor has the focus, listed in the help under `HELP_SECTION`.
#: TextArea has Home/End for a line only; a writer also wants the start and end of the text.
#: Ctrl+L opens the versions of the text: TextArea leaves it free (its Ctrl keys are a, e, w,
#: d, x, c, v, u, k, z, y), no screen with an editor uses it, and terminals pass it through.
WRITING_KEYS = (
    Key("ctrl+home", "text_start", "editor.key.start", show=False),
    Key("ctrl+end", "text_end", "editor.key.end", show=False),
    Key("ctrl+l", "history", "versions.key.open"),
)


class EntryEditor(EditorNote, EntrySync, LocalizedBindings, Widget):
    # Esc closes a sentence said in answer to a key (editor_note.py), while it is shown. The
    # last three settle unsaved words (only while they are shown: see check_action).
    BINDINGS: ClassVar = localized(
        *WRITING_KEYS,
        Key("escape", "close_note", "editor.key.close_note"),
        Key("ctrl+b", "append_unsaved", "editor.key.append"),
        Key("ctrl+g", "replace_unsaved", "editor.key.replace"),
        Key("escape", "dismiss_unsaved", "editor.key.dismiss"),
    )
    #: seconds of stillness after typing before the text is saved (tests set 0: no waiting)
    save_delay: ClassVar[float] = 1.0
    #: seconds before a failed save is tried again
    retry_delay: ClassVar[float] = 5.0
    #: the help screen lists these keys, under this heading, on a screen with an editor
    HELP_SECTION: ClassVar[str] = "versions.help_writing"
    HELP_BINDINGS: ClassVar = localized(*WRITING_KEYS)
    #: the text area it writes in (a one-line editor brings its own: see intention_line.py)
    area_class: ClassVar[type[TextArea]] = TextArea

    DEFAULT_CSS = """
    EntryEditor { height: auto; }
    EntryEditor > TextArea { height: auto; min-height: 4; max-height: 24; }
    EntryEditor > .editor-status { height: auto; color: $text-muted; padding: 0 1; }
    EntryEditor > .editor-status.-problem { color: $text-error; }
    """

    class Saved(Message):
        """The editor's text is in the journal now, as `entry`."""

        def __init__(self, editor: EntryEditor, entry: Entry) -> None:
            super().__init__()
            self.editor = editor
            self.entry = entry

        @property
        def control(self) -> EntryEditor:
            return self.editor

    def __init__(
        self,
        kind: str,
        *,
        entry: Entry | None = None,
        placeholder: str = "",
        create_empty: bool = False,
        id: str | None = None,
        classes: str | None = None,
        **fields: Any,
    ) -> None:
        """`kind` and `fields` (article, prompt, anchor, assignment, tags) describe a new entry;
        `entry` makes this an editor of an existing one. `create_empty`: an empty text is still
        worth an entry (an aandacht note without words is a highlight)."""
        super().__init__(id=id, classes=classes)
        self.kind = kind
        self.fields = fields
        self.entry_id: str | None = entry.id if entry else None
        self.create_empty = create_empty
        self._saved_text = entry.text if entry else ""
        #: the revision `_saved_text` is; a save names it, so it never overwrites newer text
        self._rev: int | None = entry.rev if entry else None
        #: words refused for newer text, (reader's whole version, the words they added)
        self._unsaved: tuple[str, str] | None = None
        #: those words were added at the end (unmount or quit): never twice
        self._unsaved_written = False
        self._latest_text = self._saved_text
        self._placeholder = placeholder
        self._timer: Timer | None = None
        self._write_lock = threading.Lock()
        self._owner = f"editor:{next(_owners)}"
        self._read_only = False
        #: the entry is gone (deleted): nothing more is written
        self._stopped = False

    services = AppServices()

    @property
    def text_area(self) -> TextArea:
        return self.query_one(TextArea)

    def set_placeholder(self, text: str) -> None:
        """What the empty field says; also before its TextArea is made (a language switch
        while the editor is still being mounted)."""
        self._placeholder = text
        for area in self.query(TextArea):
            area.placeholder = text

    @property
    def dirty(self) -> bool:
        """Whether there is something to write: changed text, or an entry that must exist even
        empty (`create_empty`) and does not yet."""
        if self.entry_id is None and self.create_empty:
            return True
        return self._latest_text != self._saved_text

    @property
    def text(self) -> str:
        return self._latest_text

    def compose(self) -> ComposeResult:
        yield self.area_class(
            self._saved_text,
            soft_wrap=True,
            show_line_numbers=False,
            placeholder=self._placeholder,
            tab_behavior="focus",
        )
        yield Static("", classes="editor-status")
        note = UnsavedNote()
        note.display = False
        yield note

    def on_mount(self) -> None:
        # Coming back to a text is adding to it: start at its end, not before the first word.
        area = self.text_area
        area.move_cursor(area.document.end)
        self.app.screen_change_signal.subscribe(self, self._screen_changed)
        self.services.watch_language(self, self._relabel)
        # Kept: `_write` may run after the app has ended (JournalLink.close), without an app.
        self._link = self.services.journal_link
        self._link.when_ready(self._journal_ready)
        self._link.entry_changed.subscribe(self, self._entry_changed)
        if self.dirty:  # `create_empty`: the entry is made even if nothing is ever typed
            self._link.before_close(self._owner, self._write_at_close, self._latest_text)

    def _journal_ready(self, journal: Journal) -> None:
        if journal.read_only and self.is_attached:
            self._read_only = True
            self.text_area.read_only = True
            self._status(self._link.read_only_note("editor.read_only"), problem=True)

    def on_key(self, event: events.Key) -> None:
        # A read-only text area lets letters through; typed into it, they would set off the
        # screen's keys (w hides the Schrijfblok, d opens the Dagboek) by surprise.
        if self._read_only and event.is_printable:
            event.stop()
            event.prevent_default()
            self.app.bell()

    def action_text_start(self) -> None:
        self.text_area.move_cursor((0, 0))

    def action_text_end(self) -> None:
        self.text_area.move_cursor(self.text_area.document.end)

    def action_history(self) -> None:
        """Ctrl+L: the versions of this text (what is unsaved is saved first)."""
        from leeslamp.tui.screens.history import open_history

        open_history(self)

    def focus_text(self, *, scroll_visible: bool = True) -> None:
        self.text_area.focus(scroll_visible=scroll_visible)

    @on(TextArea.SelectionChanged)
    def _cursor_moved(self) -> None:
        self.call_after_refresh(self._show_cursor)

    def _show_cursor(self) -> None:
        """The text area grows as you type; scroll the panel it is in so the cursor, and the
        status line below, stay in view. Nobody should write blind."""
        area = self.query_one(TextArea)
        container = next((a for a in self.ancestors if isinstance(a, ScrollableContainer)), None)
        if container is None or not area.has_focus or not container.max_scroll_y:
            return
        view = container.scrollable_content_region
        y = area.cursor_screen_offset.y
        if y + 2 >= view.bottom:  # the cursor's line and one below it
            container.scroll_relative(y=y + 2 - view.bottom + 1, animate=False, immediate=True)
        elif y < view.y:
            container.scroll_relative(y=y - view.y, animate=False, immediate=True)

    # --- typing and saving ---------------------------------------------------------------

    @on(TextArea.Changed)
    def _changed(self, event: TextArea.Changed) -> None:
        event.stop()
        self.take_text()

    def take_text(self) -> None:
        """Take what the text area holds now (also before a quit, while its Changed message
        may still be on its way) and save it soon, or at close."""
        self._latest_text = self.text_area.text
        if not self.dirty or self._stopped:  # loading the text, typed back, or gone
            return
        self._link.before_close(self._owner, self._write_at_close, self._latest_text)
        self._status(t("editor.unsaved"))
        self._schedule(self.save_delay)

    def _schedule(self, delay: float) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(delay, self.save_now)

    def on_descendant_blur(self) -> None:
        self.save_now()

    def _screen_changed(self, screen: Screen[Any]) -> None:
        # Another screen in front (a dialog, the Dagboek) is leaving this one: save, as on blur.
        # Back in front: the text may have changed meanwhile; ask the journal.
        if not self.is_attached:
            return
        if screen is not self.screen:
            self.save_now()
        else:
            self.refetch()

    def on_descendant_focus(self) -> None:
        self.refetch()

    def on_unmount(self) -> None:
        # The screen is going away: save now, with nothing left to update on screen.
        self._link.entry_changed.unsubscribe(self)
        if self._read_only or self._stopped:
            return
        if self.dirty:
            self._link.call(self._write_at_close, group="journal-write")
        if self._unsaved is not None:
            self._link.call(partial(self._add_unsaved_at_close, self._unsaved[1]))

    # --- saving ---------------------------------------------------------------------------

    def save_now(self) -> None:
        """Save the text if it changed since the last save (in a thread worker)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if not self.dirty or self._read_only or self._stopped:
            return
        self._status(t("editor.saving"))
        self._link.call(self._write, self._written, failed=self._failed, group="journal-write")

    def save_then(self, then: Callable[[str | None], None]) -> None:
        """Save what is unsaved now, then call `then(entry_id)` on the UI thread (None: there
        is no entry yet). A save that fails or is refused says so as any save does, and
        `then` is not called: nothing goes on as if the words were in the journal."""
        self.take_text()
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if not self.dirty or self._read_only or self._stopped:
            then(self.entry_id)
            return
        self._status(t("editor.saving"))

        def written(entry: Entry | None) -> None:
            self._written(entry)
            if self.is_attached:
                then(self.entry_id)

        self._link.call(self._write, written, failed=self._failed, group="journal-write")

    def _write(self, journal: Journal) -> Entry | None:
        """In a thread: write the newest text. Returns the entry, or None if nothing was due."""
        with self._write_lock:
            return self._write_locked(journal)

    def _write_at_close(self, journal: Journal) -> Entry | None:
        """In a thread, with no screen left to show a refusal: a text changed elsewhere in the
        meantime gets the reader's words added to it, rather than lose either."""
        with self._write_lock:
            try:
                return self._write_locked(journal)
            except StaleWrite as stale:
                words = added_words(self._saved_text, self._latest_text)
                self._saved_text, self._rev = stale.entry.text, stale.entry.rev
                self._latest_text = append_words(stale.entry.text, words)
                return self._write_locked(journal)

    def _write_locked(self, journal: Journal) -> Entry | None:
        text = self._latest_text
        if self._stopped or (text == self._saved_text and self.entry_id is not None):
            return None
        if self.entry_id is None:
            if not text.strip() and not self.create_empty:
                return None
            entry = journal.add_entry(self.kind, text, **self.fields)
            self.entry_id = entry.id
        else:
            try:
                entry = journal.update_entry(self.entry_id, text=text, expected=self._rev)
            except StaleWrite as stale:
                if stale.entry.text != self._saved_text:
                    raise  # the words changed elsewhere: the reader decides (`_refused`)
                # only tags or a place changed: the words are still ours to save
                entry = journal.update_entry(self.entry_id, text=text, expected=stale.entry.rev)
        self._saved_text = text
        self._rev = entry.rev
        if text == self._latest_text:
            self._link.before_close(self._owner, None)
        return entry

    def delete_entry(self, journal: Journal) -> Entry:
        """In a thread: write what is not saved yet, move the entry to the trash, write no more.

        So the trash holds the newest text, and no later save trips over the missing entry. If
        either step fails, the editor goes on saving as before."""
        with self._write_lock:
            self._write_locked(journal)
            if self.entry_id is None:
                raise UserInputError("journal.no_such_entry", entry_id="-")
            entry = journal.delete_entry(self.entry_id)
            self._stopped = True
            self._link.before_close(self._owner, None)
            return entry

    def forget(self) -> None:
        """The entry went away elsewhere: stop saving it (on the UI thread)."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._stopped = True
        self._link.before_close(self._owner, None)

    def _written(self, entry: Entry | None) -> None:
        if entry is None or not self.is_mounted:
            return
        moment = datetime.fromisoformat(entry.updated)
        self._status(t("editor.saved", time=moment.strftime("%H:%M")))
        self.post_message(self.Saved(self, entry))
        if self.dirty:  # typed on while that save ran
            self._schedule(self.save_delay)

    def _failed(self, error: LeeslampError) -> None:
        if not self.is_mounted:
            return
        if isinstance(error, StaleWrite):
            self._refused(error.entry)
            return
        self._status(error.sentence(), problem=True)
        self.notify(error.sentence(), severity="error", timeout=10)
        self._schedule(self.retry_delay)

    def _status(self, text: str, *, problem: bool = False) -> None:
        if not self.is_attached:
            return
        status = self.query_one(".editor-status", Static)
        status.update(plain(text))
        status.set_class(problem, "-problem")
