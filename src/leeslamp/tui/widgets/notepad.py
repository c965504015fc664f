"""The Schrijfblok: the writing panel beside an article (below it in a narrow terminal).

It shows the coach's questions about this article (each answer an `antwoord` entry), the
article's own reflection questions, a new reflection to write and the earlier ones, newest
first. Every text is an EntryEditor, which saves itself; this panel only decides what is shown.
What it shows is read from the journal in a worker, when the panel opens and whenever its
screen comes back to the front (the Dagboek may have changed things), and brought up to date
block by block by its two lists (notepad_lists.py), so what you are writing is never replaced.

`Notepad.toggle(screen)` is the reader's `w`: it makes the panel on first use, inside the
screen's `#side` column, and shows or hides it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Static

from leeslamp.i18n import t
from leeslamp.library.articles import Article
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.deleting import Deleter
from leeslamp.tui.services import AppServices
from leeslamp.tui.widgets.entry_editor import EntryEditor
from leeslamp.tui.widgets.notepad_blocks import EntryBlock, Hanging, ReflectionBlock
from leeslamp.tui.widgets.notepad_lists import AssignmentList, ReflectionList

if TYPE_CHECKING:
    from leeslamp.assignments import AssignmentQuestion
    from leeslamp.journal import Entry, Journal


@dataclass(frozen=True)
class NotepadData:
    """What the panel shows, as read from the journal at `loaded_at` (time.monotonic)."""

    loaded_at: float
    read_only: bool
    reflections: list[Entry] = field(default_factory=list)
    questions: list[AssignmentQuestion] = field(default_factory=list)
    #: assignment id -> (answered, total), over the whole assignment
    progress: dict[str, tuple[int, int]] = field(default_factory=dict)


def load_notepad(journal: Journal, article_id: str) -> NotepadData:
    """In a thread: everything the panel shows for one article."""
    from leeslamp.assignments import article_questions, assignment_statuses

    loaded_at = time.monotonic()
    questions = article_questions(journal, article_id)
    progress = {}
    if questions:
        progress = {s.assignment.id: (s.answered, s.total) for s in assignment_statuses(journal)}
    return NotepadData(
        loaded_at,
        journal.read_only,
        journal.entries(article=article_id, kind="reflectie"),
        questions,
        progress,
    )


class Notepad(LocalizedBindings, VerticalScroll):
    BINDINGS = localized(
        Key("escape", "leave", "notepad.key.leave"),
        Key("u", "undo", "notepad.key.undo"),
    )

    def __init__(self, article: Article) -> None:
        super().__init__(id="notepad")
        self.article = article
        self.deleter = Deleter(self)
        self.loaded = False
        self.read_only = False
        self._shown_at = 0.0
        self._focus_when_loaded = False
        #: (assignment id, question number) to write in first, instead of a new reflection
        self.for_question: tuple[str, int] | None = None
        #: an earlier reflection (entry id) to go to first: one found by a search
        self.for_reflection: str | None = None

    services = AppServices()

    @classmethod
    async def toggle(
        cls,
        screen: Screen[Any],
        article: Article,
        *,
        question: tuple[str, int] | None = None,
        reflection: str | None = None,
    ) -> None:
        """Show the panel in `screen`'s `#side` column (made on first use), or hide it.
        `question` (assignment id, number): the reader came for it; its answer gets the cursor.
        `reflection` (entry id): likewise, an earlier reflection."""
        side = screen.query_one("#side")
        found = side.query_children(Notepad)
        if found:
            notepad = found.first()
            notepad.display = not notepad.display
        else:
            notepad = cls(article)
            await side.mount(notepad)
        notepad.for_question = question
        notepad.for_reflection = reflection
        side.display = any(child.display for child in side.children)
        if notepad.display:
            await notepad.opened()
        elif screen.focused is None or notepad in screen.focused.ancestors_with_self:
            screen.query_one("#page").focus()

    def compose(self) -> ComposeResult:
        yield Static(id="notepad-title")
        yield Static(id="notepad-notice")
        yield AssignmentList()
        yield Static(id="notepad-prompts-head", classes="notepad-section")
        yield Vertical(id="notepad-prompts")
        # the button shares the heading's line: showing it never moves the text you write in
        with Horizontal(id="notepad-reflections-bar"):
            yield Static(id="notepad-reflections-head", classes="notepad-section")
            yield Button("", id="notepad-another", compact=True)
        yield ReflectionList(self.article.id)

    def on_mount(self) -> None:
        prompts = self.query_one("#notepad-prompts", Vertical)
        prompts.display = bool(self.article.prompts)
        prompts.mount_all(Hanging("•", prompt) for prompt in self.article.prompts)
        self.services.watch_language(self, self._relabel)
        self.app.screen_change_signal.subscribe(self, self._screen_changed)
        self._relabel()

    # --- what is shown -------------------------------------------------------------------

    async def opened(self) -> None:
        """Just shown: focus where you write, and read the journal again."""
        if self.loaded:
            await self._ensure_new_reflection()
            self.focus_writing()
        else:
            self.focus()
            self._focus_when_loaded = True
        self.reload()

    def reload(self) -> None:
        article_id = self.article.id
        self.services.journal_link.call(
            lambda journal: load_notepad(journal, article_id), self._show, group="notepad-load"
        )

    def _screen_changed(self, screen: Screen[Any]) -> None:
        if self.is_attached and screen is self.screen and self.display and self.loaded:
            self.reload()

    async def _show(self, data: NotepadData) -> None:
        if data.loaded_at < self._shown_at or not self.is_attached:
            return  # an older read that finished late
        self._shown_at = data.loaded_at
        first = not self.loaded
        self.loaded = True
        self.read_only = data.read_only
        self.screen.refresh_bindings()
        await self.query_one(AssignmentList).show(data.questions, data.progress, data.loaded_at)
        await self.query_one(ReflectionList).show(data.reflections, data.loaded_at)
        if first:  # later, a new one comes with opening the panel or 'Nog een reflectie'
            await self._ensure_new_reflection()
        self._relabel()
        if self._focus_when_loaded:
            self._focus_when_loaded = False
            if self.has_focus:
                self.focus_writing()

    def _unsaved_reflections(self) -> list[ReflectionBlock]:
        return self.query_one(ReflectionList).unsaved()

    async def _ensure_new_reflection(self) -> ReflectionBlock | None:
        """A new reflection to write at the top, unless there is one or the journal is read-only."""
        if self.read_only or not self.loaded:
            return None
        block = await self.query_one(ReflectionList).new_at_top()
        self._relabel()
        return block

    def go_to_reflection(self, entry_id: str) -> None:
        """The panel is open: put the cursor in reflection `entry_id` (once it is shown)."""
        self.for_reflection = entry_id
        if self.loaded:
            self.focus_writing()
        else:
            self._focus_when_loaded = True

    def focus_writing(self) -> None:
        """Focus the reflection or the answer the reader came for, else the new reflection,
        or the panel itself when there is nothing to write in."""
        wanted = self.for_question
        answer: EntryBlock | None = (
            self.query_one(AssignmentList).answer_block(wanted)
            if wanted and not self.read_only
            else None
        )
        if self.for_reflection is not None:
            answer = self.query_one(ReflectionList).block(self.for_reflection) or answer
            self.for_reflection = None  # once: the next `w` writes a new reflection again
        unsaved = self._unsaved_reflections()
        if answer is not None or unsaved:
            block: EntryBlock = answer if answer is not None else unsaved[0]
            block.editor.focus_text(scroll_visible=False)
            self.call_after_refresh(self._show_writing, block)
        else:
            self.focus()

    def _show_writing(self, block: EntryBlock) -> None:
        """Scroll so the block's heading (a new reflection's, or an answer's question) and its
        text area are in view, with the view starting where a question or heading starts: not
        on the tail of a question."""
        if not block.is_attached:
            return
        if self._saved_below(block):
            return
        top = self.scrollable_content_region.y - int(self.scroll_y)  # where y=0 is on screen
        height = self.scrollable_content_region.height
        lowest = block.editor.text_area.region.bottom - top - height
        if lowest <= 0:
            self.scroll_home(animate=False, immediate=True)
            return
        highest = min(block.region.y - top, int(self.max_scroll_y))
        starts = self.query(".notepad-section, Hanging, ReflectionBlock")
        firsts = [widget.region.y - top for widget in starts if widget.region.height]
        y = min((y for y in firsts if lowest <= y <= highest), default=lowest)
        self.scroll_to(y=y, animate=False, immediate=True)

    def _saved_below(self, block: EntryBlock) -> bool:
        """A new reflection with saved ones below it: start the view at the reflections'
        heading, so the saved text shows under the new box, not out of view below it."""
        if not isinstance(block, ReflectionBlock) or block.entry_id is not None:
            return False
        if not self.query_one(ReflectionList).saved():
            return False
        bar = self.query_one("#notepad-reflections-bar")
        self.scroll_to_widget(bar, top=True, animate=False, immediate=True)
        return True

    def _relabel(self, _language: str | None = None) -> None:
        self.query_one("#notepad-title", Static).update(
            Content.styled(t("notepad.title"), "bold $text-accent")
        )
        notice = self.query_one("#notepad-notice", Static)
        notice.display = self.read_only or not self.loaded
        notice.update(
            self.services.journal_link.read_only_note("notepad.read_only")
            if self.read_only
            else t("notepad.loading")
        )
        notice.set_class(self.read_only, "-problem")
        prompts = self.article.prompts
        self.query_one("#notepad-prompts-head", Static).display = bool(prompts)
        self.query_one("#notepad-prompts-head", Static).update(t("notepad.prompts"))
        reflections = self.query_one(ReflectionList)
        saved = reflections.saved()
        self.query_one("#notepad-reflections-bar").display = self.loaded
        head = self.query_one("#notepad-reflections-head", Static)
        head.update(
            t("notepad.reflections", count=len(saved)) if saved else t("notepad.no_reflections")
        )
        another = self.query_one("#notepad-another", Button)
        another.label = t("notepad.another")
        another.display = self.loaded and not self.read_only and not self._unsaved_reflections()
        reflections.relabel()
        self.query_one(AssignmentList).relabel()

    # --- events and keys -------------------------------------------------------------------

    @on(EntryEditor.Saved)
    def _saved(self, event: EntryEditor.Saved) -> None:
        block = event.editor.parent
        if isinstance(block, EntryBlock):  # None once the block was retired
            block.saved(event.entry)
        if event.entry.kind == "antwoord":
            self.reload()  # the assignment's progress changed
        self._relabel()

    @on(Button.Pressed, "#notepad-another")
    async def _another(self, event: Button.Pressed) -> None:
        event.stop()
        block = await self._ensure_new_reflection()
        if block is not None:
            block.editor.focus_text()

    @on(Button.Pressed, ".entry-delete")
    def _delete(self, event: Button.Pressed) -> None:
        event.stop()
        block = next(a for a in event.button.ancestors if isinstance(a, ReflectionBlock))
        if block.entry_id is None:
            return

        def deleted(_entry: Entry) -> None:
            self.focus()  # so `u` brings it back
            self.call_later(self._drop, block)

        self.deleter.ask(block.entry_id, deleted, editor=block.editor)

    async def _drop(self, block: ReflectionBlock) -> None:
        await block.remove()
        self._relabel()

    def action_leave(self) -> None:
        """Escape: back to the article; the panel stays open."""
        for page in self.screen.query("#page"):
            page.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A read-only journal cannot take anything back: no undo offered."""
        if action == "undo" and self.read_only:
            return False
        return super().check_action(action, parameters)

    def action_undo(self) -> None:
        self.deleter.undo(lambda _entry: self.reload())
