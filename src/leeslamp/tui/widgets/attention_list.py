"""The reader's notes panel: an article's aandacht notes in text order, detached ones under their
own heading, and the note being written (an EntryEditor, with its quote and tags).

It lives in the reader's side column (`#side`). It shows what the reader hands it
(`show_notes`) and tells the reader what was chosen (`Jump`); the reader does the journal work,
except for the note's own text (the EntryEditor saves that) and its tags (saved here, on Enter
or when the field is left).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from leeslamp.i18n import t
from leeslamp.notes.attention_notes import Note
from leeslamp.tui.plain import plain, plain_styled
from leeslamp.tui.services import AppServices
from leeslamp.tui.widgets.entry_editor import EntryEditor

#: code points of a quote shown in the list (the rest becomes "…")
QUOTE_CHARS = 90
NOTE_CHARS = 90
#: the id of the "Losgeraakt" heading in the list (not a note)
DETACHED_HEADING = "attention-detached-heading"


def shorten(text: str, limit: int) -> str:
    """`text`, cut at a word before `limit` code points with "…" if it is longer."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


def note_prompt(note: Note) -> Content:
    """The quote (shortened), then the note's first line or that it is a plain highlight."""
    lines = [plain_styled(f"\u201c{shorten(note.quote, QUOTE_CHARS)}\u201d", "italic")]
    first = note.entry.first_line
    if first:
        lines.append(plain(shorten(first, NOTE_CHARS)))
    else:
        lines.append(Content.styled(t("attention.no_text"), "$text-muted"))
    state = note.anchor.state if note.anchor is not None else "detached"
    if state in ("moved", "fuzzy"):
        lines.append(Content.styled(t(f"attention.state.{state}"), "$text-warning"))
    return Content("\n").join(lines)


def parse_tags(text: str) -> list[str]:
    return [tag.strip() for tag in text.split(",") if tag.strip()]


class AttentionList(OptionList):
    """The notes, one option each (ids are entry ids), with a heading before detached ones."""


class AttentionPanel(Vertical):
    class Jump(Message):
        """Show this note's passage."""

        def __init__(self, note: Note) -> None:
            super().__init__()
            self.note = note

    class Edited(Message):
        """A note's fields changed (text, tags): in the journal now, or in a moment."""

        def __init__(self, note_id: str, **changes: Any) -> None:
            super().__init__()
            self.note_id = note_id
            self.changes = changes

    class Highlighted(Message):
        """The list's highlight moved to this note (None: to no note)."""

        def __init__(self, note: Note | None) -> None:
            super().__init__()
            self.note = note

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.notes: list[Note] = []
        self.editing: Note | None = None
        #: the last editor closed, by note id: its last words may still be on their way
        self._closed_editor: tuple[str, EntryEditor] | None = None

    services = AppServices()

    @property
    def note_list(self) -> AttentionList:
        return self.query_one(AttentionList)

    def compose(self) -> ComposeResult:
        yield Static(id="attention-title", classes="side-title")
        yield AttentionList(id="attention-list")
        yield Static(id="attention-empty", classes="quiet")
        with Vertical(id="attention-edit"):
            yield Static(id="attention-quote")
            yield Input(id="attention-tags", compact=True)

    def on_mount(self) -> None:
        self.query_one("#attention-edit").display = False
        self.relabel()

    def relabel(self) -> None:
        self.query_one("#attention-empty", Static).update(t("attention.empty"))
        self.query_one("#attention-tags", Input).placeholder = t("attention.tags_placeholder")
        self.show_notes(self.notes)

    # --- the list ---------------------------------------------------------------------------

    def show_notes(self, notes: Sequence[Note], keep: str | None = None) -> None:
        """Show `notes` (already in text order); keep the highlight on note `keep` (or on the
        note highlighted now) if it is still there."""
        note_list = self.note_list
        if keep is None and self.highlighted_note is not None:
            keep = self.highlighted_note.id
        self.notes = list(notes)
        options: list[Option | None] = []
        detached_heading = False
        for note in self.notes:
            if note.detached and not detached_heading:
                detached_heading = True
                if options:
                    options.append(None)
                heading = Content.assemble(
                    (t("attention.detached"), "bold $text-warning"),
                    "\n",
                    (t("attention.detached_hint"), "$text-muted"),
                )
                options.append(Option(heading, id=DETACHED_HEADING, disabled=True))
            elif options:
                options.append(None)
            options.append(Option(note_prompt(note), id=note.id))
        note_list.set_options(options)
        ids = [note.id for note in self.notes]
        if ids:
            note_list.highlighted = note_list.get_option_index(keep if keep in ids else ids[0])
        # attached and detached counted apart; together they make the library's count
        detached = sum(1 for note in self.notes if note.detached)
        parts = [t("attention.title")]
        if self.notes:
            parts.append(str(len(self.notes) - detached))
        if detached:
            parts.append(t("attention.title_detached", count=detached))
        self.query_one("#attention-title", Static).update(" · ".join(parts))
        self.query_one("#attention-empty", Static).display = not self.notes
        # a class, not the list's own display: the stylesheet also hides it while writing
        self.set_class(not self.notes, "-empty")

    @property
    def highlighted_note(self) -> Note | None:
        option = self.note_list.highlighted_option
        if option is None:
            return None
        return next((note for note in self.notes if note.id == option.id), None)

    def focus_list(self) -> None:
        if self.notes:
            self.note_list.focus()

    def highlight(self, note_id: str) -> None:
        note_list = self.note_list
        try:
            note_list.highlighted = note_list.get_option_index(note_id)
        except Exception:  # OptionDoesNotExist: the note is gone from the list
            return

    @on(OptionList.OptionSelected, "#attention-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        note = self.highlighted_note
        if note is not None:
            self.post_message(self.Jump(note))

    @on(OptionList.OptionHighlighted, "#attention-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.Highlighted(self.highlighted_note))

    # --- writing a note -----------------------------------------------------------------------

    async def open_editor(self, note: Note) -> None:
        """Write (or go on writing) `note`: its quote, an EntryEditor, its tags."""
        if self.editing is not None and self.editing.id == note.id:
            self.query_one(EntryEditor).focus_text()
            return
        await self.close_editor()
        self.editing = note
        area = self.query_one("#attention-edit", Vertical)
        self.query_one("#attention-quote", Static).update(
            plain_styled(f"\u201c{shorten(note.quote, QUOTE_CHARS * 2)}\u201d", "italic")
        )
        tags = self.query_one("#attention-tags", Input)
        tags.value = ", ".join(note.entry.tags)
        editor = EntryEditor(
            "aandacht",
            entry=note.entry,
            placeholder=t("attention.placeholder"),
            id="attention-editor",
        )
        await area.mount(editor, before=tags)
        area.display = True
        self.add_class("-editing")
        editor.focus_text()

    async def close_editor(self) -> None:
        """Stop writing: the editor saves what is left as it goes, and the tags are saved."""
        if self.editing is None:
            return
        self._save_tags()
        note, self.editing = self.editing, None
        for editor in self.query(EntryEditor):
            if editor.text != note.entry.text:  # saved as the editor goes: show it already
                self.post_message(self.Edited(note.id, text=editor.text))
            self._closed_editor = (note.id, editor)
            await editor.remove()
        self.query_one("#attention-edit").display = False
        self.remove_class("-editing")

    def editor_of(self, note_id: str) -> EntryEditor | None:
        """The editor open on a note, or the one last closed on it (which may still be saving)."""
        if self.editing is not None and self.editing.id == note_id:
            return self.query_one(EntryEditor)
        if self._closed_editor is not None and self._closed_editor[0] == note_id:
            return self._closed_editor[1]
        return None

    @on(Input.Submitted, "#attention-tags")
    def _tags_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._save_tags()
        self.query_one(EntryEditor).focus_text()

    @on(Input.Blurred, "#attention-tags")
    def _tags_left(self) -> None:
        self._save_tags()

    @on(Input.Changed, "#attention-tags")
    def _tags_typed(self, event: Input.Changed) -> None:
        """Tags typed and not yet saved are written at close too, should the app end first
        (Ctrl+Q straight from the tags field)."""
        note = self.editing
        if note is None:
            return
        entry_id = note.id
        tags = parse_tags(event.value)
        owner = f"attention-tags:{entry_id}"
        if tags == list(note.entry.tags):
            self.services.journal_link.before_close(owner, None)
        else:
            self.services.journal_link.before_close(
                owner, lambda journal: journal.update_entry(entry_id, tags=tags), event.value
            )

    def _save_tags(self) -> None:
        note = self.editing
        if note is None:
            return
        tags = parse_tags(self.query_one("#attention-tags", Input).value)
        if tags == list(note.entry.tags):
            return
        entry_id = note.id
        self.editing = Note(replace(note.entry, tags=tuple(tags)), note.anchor)
        link = self.services.journal_link

        def saved(_entry: object) -> None:
            fields = self.query("#attention-tags").results(Input) if self.is_attached else ()
            field = next(iter(fields), None)
            if field is None or parse_tags(field.value) == tags:  # nothing newer typed since
                link.before_close(f"attention-tags:{entry_id}", None)
            self.post_message(self.Edited(entry_id, tags=tuple(tags)))

        link.call(
            lambda journal: journal.update_entry(entry_id, tags=tags), saved, group="journal-write"
        )
