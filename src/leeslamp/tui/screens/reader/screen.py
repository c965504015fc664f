"""The reader: one article, mounted progressively, with progress and resume position; its
table of contents (`contents.py`), attention part (`attention.py`) and position (`position.py`)
are controllers it owns.

The first screenful (`chunks.first_screen`, from parsing a prefix of the body only) is appended
before the screen's first paint, so it shows as fast for 100 KB as for 1 KB. Then the whole body is
parsed into blocks off the UI thread and the rest follows in appends that grow
(`chunks.split_body`), so keys and scrolling keep working while a long article loads. Textual's `Markdown.append()`
re-parses the last block of what is there with each new part, so parts always go through
`append()`, never `update()`.

The Markdown widget itself (`document.py`, ~25 ms of imports) is made before the first paint
only when it is loaded already or the first screenful is more than plain paragraphs and
headings; else a preview of that screenful (`preview.py`) is painted first and the document
takes its place, looking the same, right after.
"""

from __future__ import annotations

import asyncio
import sys
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from leeslamp.core.safe_text import for_reader
from leeslamp.i18n import t
from leeslamp.library.articles import Article
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.describe import byline, discipline_labels
from leeslamp.tui.messages import GoBack, ScreenShown
from leeslamp.tui.plain import plain, plain_styled
from leeslamp.tui.screens.reader.attention import ATTENTION_KEYS, AttentionController
from leeslamp.tui.screens.reader.attention_keys import AttentionKeys
from leeslamp.tui.screens.reader.chunks import first_screen, split_body
from leeslamp.tui.screens.reader.notes_panel import one_panel_at_a_time
from leeslamp.tui.screens.reader.position import Page, PositionController
from leeslamp.tui.screens.reader.preview import Preview, plain_first_screen
from leeslamp.tui.services import AppServices
from leeslamp.tui.widgets.footer import Footer

if TYPE_CHECKING:
    from textual.widgets import Markdown

    from leeslamp.tui.screens.reader.contents import ContentsController


def markdown_loaded() -> bool:
    """Whether Textual's Markdown widget is loaded (by document.py, or prefetched by the app):
    then the reader makes its document at once, without a preview."""
    return "textual.widgets._markdown" in sys.modules


class ReaderScreen(AttentionKeys, LocalizedBindings, Screen[None]):
    HELP_NAME = "help.screen.reader"
    BINDINGS = localized(
        Key("escape", "back", "reader.key.back"),
        Key("backspace", "back", "reader.key.back", show=False),
        Key("i", "toggle_contents", "reader.key.toc"),
        # the same key while choosing a passage, out of the footer (it needs the room)
        Key("i", "toggle_contents_quiet", "", show=False),
        Key("space,pagedown", "page_down", "reader.key.page_down", show=False),
        Key("b,pageup", "page_up", "reader.key.page_up", show=False),
        Key("j,down", "line_down", "reader.key.line_down", show=False),
        Key("k,up", "line_up", "reader.key.line_up", show=False),
        Key("home", "to_start", "reader.key.top", show=False),
        Key("end", "to_end", "reader.key.end", show=False),
    )
    #: seconds of stillness after scrolling before the position is saved (tests set 0)
    save_delay: ClassVar[float] = 1.0

    def __init__(self, article: Article) -> None:
        super().__init__()
        self.article = article
        #: the Markdown document, once made; a preview stands in before that (`document`)
        self._document: Markdown | None = None
        self._preview: Preview | None = None
        #: set once the Markdown document is on the page (what the table of contents needs)
        self._document_ready = asyncio.Event()
        #: the passage cursor and the attention notes; this screen passes their keys on
        self.attention = AttentionController(self)
        #: how many of `article.blocks` are mounted so far; all of them once `loaded`
        self.mounted_blocks = 0
        self.loaded = False
        #: where the page is, saved after scrolling; the stored block, gone back to
        self.position = PositionController(self)
        self._contents: ContentsController | None = None
        #: (assignment id, question number): the reader came to answer it, so `w` goes there
        self.for_question: tuple[str, int] | None = None

    # The passage cursor and attention notes (attention.py), after the reader's own keys.
    BINDINGS += ATTENTION_KEYS
    #: the help screen puts the keys of a mode under its own heading: ↓ means another thing
    #: while choosing a passage than while reading
    HELP_GROUPS: ClassVar = {
        **dict.fromkeys(
            (
                "passage_next",
                "passage_previous",
                "sentence_next",
                "sentence_previous",
                "note_add_chosen",
                "passage_off",
            ),
            "help.group.choosing",
        ),
        **dict.fromkeys(
            ("notes_leave", "note_edit", "note_delete", "note_reattach", "note_restore"),
            "help.group.notes",
        ),
    }

    # The Schrijfblok (writing panel) in the side column; narrower than 110 columns, that
    # column goes below the article. After the passage keys: while choosing a passage, those
    # come first in the footer.
    BINDINGS += localized(
        Key("w", "toggle_notepad", "notepad.key.toggle"),
        Key("w", "toggle_notepad_quiet", "", show=False),
    )
    # Textual declares it `ClassVar[...] | None`, which mypy reads as an instance variable
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (110, "-wide")]  # type: ignore[misc]

    services = AppServices()

    @property
    def page(self) -> Page:
        return self.query_one("#page", Page)

    @property
    def document(self) -> Widget:
        """What shows the article's text on the page: the Markdown document, or the preview
        that stands in for it until it is made."""
        shown = self._document or self._preview
        assert shown is not None, "composed with one of them"
        return shown

    @property
    def markdown(self) -> Markdown | None:
        """The Markdown document; None while the preview stands in."""
        return self._document

    @property
    def contents(self) -> ContentsController:
        """The table of contents (`i`), made at first use (it loads Textual's tree)."""
        if self._contents is None:
            from leeslamp.tui.screens.reader.contents import ContentsController

            self._contents = ContentsController(self)
        return self._contents

    def compose(self) -> ComposeResult:
        with Horizontal(classes="bar"):
            yield Static(plain(self.article.title), id="reader-title", markup=False)
            yield Static(id="reader-progress")
        with Horizontal(id="reader-body"):
            with Page(self.position, id="page"):
                yield Static(id="article-head")
                yield self._first_document()
                yield Static(id="fragment-notice")
            yield Vertical(id="side")  # the Schrijfblok and the notes list, when open
        yield Footer()

    def _first_document(self) -> Widget:
        """A preview of the first screenful when the Markdown widget is not loaded yet and
        the screenful is plain; else the Markdown document."""
        if not markdown_loaded():
            width, height = self.app.size
            blocks = plain_first_screen(self.article.body, width=width, height=height)
            if blocks is not None:
                self._preview = Preview(blocks)
                return self._preview
        from leeslamp.tui.screens.reader.document import new_document

        self._document = new_document()
        self._document_ready.set()
        return self._document

    async def on_mount(self) -> None:
        self.query_one("#fragment-notice").display = not self.article.complete
        self.services.watch_language(self, self._relabel)
        self.watch(self.page, "scroll_y", self.position.scrolled, init=False)
        # re-wrapped (a resize, a side panel, more text): back to the same first line
        self.watch(self.page, "virtual_size", self.position.relaid, init=False)
        self._relabel()
        self.page.focus()
        # The first screenful is part of the screen's first paint; it comes from parsing a
        # prefix only, so it costs the same for any length of article.
        first = None
        if self._document is not None:
            first = self._first_part()
            if first is not None:
                await self._document.append(for_reader(first))
        self._mount_rest(first)
        self.services.journal_link.fetch_position(self.article.id, self.position.resume_at)
        self.attention.mounted()

    def on_screen_resume(self) -> None:
        self.attention.load()

    def _relabel(self, _language: str | None = None) -> None:
        head = [plain_styled(self.article.title, "bold $text-accent")]
        head.append(plain_styled(byline(self.article), "$text-muted"))
        labels = discipline_labels(self.article)
        if labels:
            head.append(plain_styled(labels, "italic $text-muted"))
        self.query_one("#article-head", Static).update(Content("\n").join(head))
        self.query_one("#fragment-notice", Static).update(t("article.fragment_notice"))
        self.position.show_progress()

    # --- progressive mount ----------------------------------------------------------

    def _first_part(self) -> str | None:
        width, height = self.app.size
        return first_screen(self.article.body, width=width, height=height)

    async def _replace_preview(self, preview: Preview) -> tuple[Markdown, str | None]:
        """The Markdown document with the first screenful, in the preview's place: one update
        of the screen, which looks the same before and after."""
        from leeslamp.tui.screens.reader.document import new_document

        document = new_document()
        first = self._first_part()
        if first is None:  # no boundary in the prefix (not so for a plain one): cut the body
            width, height = self.app.size
            blocks = await asyncio.to_thread(lambda: self.article.blocks)
            parts = split_body(self.article.body, blocks, width=width, height=height)
            first = parts[0].markdown if parts else None
        with self.app.batch_update():
            await self.page.mount(document, before=preview)
            if first is not None:
                await document.append(for_reader(first))
            self._document, self._preview = document, None
            await preview.remove()
        return document, first

    @work(exclusive=True, group="mount", exit_on_error=False)
    async def _mount_rest(self, first: str | None) -> None:
        width, height = self.app.size
        article = self.article
        await self._painted()  # the parse below holds the GIL: show the first screen first
        self.post_message(ScreenShown())
        if self._preview is not None:
            try:
                document, first = await self._replace_preview(self._preview)
            finally:
                self._document_ready.set()  # `i` waits for it (it fails loudly, never hangs)
        else:
            assert self._document is not None
            document = self._document
        # The whole body's blocks are parsed off the UI thread while the first screen shows.
        blocks = await asyncio.to_thread(lambda: article.blocks)
        start_line = len(first.splitlines(keepends=True)) if first is not None else 0
        parts = split_body(article.body, blocks, width=width, height=height, start_line=start_line)
        self.mounted_blocks = parts[0].first_block if parts else len(blocks)
        self.attention.passages_mounted()
        self.position.blocks_mounted()  # a block asked for before the first screen was counted
        for part in parts:
            await asyncio.sleep(0)  # let keys and a repaint through between parts
            # control characters shown as the command line shows them (passages.py maps them)
            await document.append(for_reader(part.markdown))
            self.mounted_blocks = part.end_block
            self.attention.passages_mounted()
            self.position.blocks_mounted()
        self.loaded = True
        self.position.all_mounted()

    async def _painted(self) -> None:
        painted = asyncio.Event()
        self.call_after_refresh(painted.set)
        await painted.wait()

    # --- position: the controller's, asked for by the app and the tests ---------------------

    def show_block(self, block: int) -> None:
        self.position.show_block(block)

    def first_visible_block(self) -> int:
        return self.position.first_visible_block()

    def progress(self) -> float:
        return self.position.progress()

    def save_position(self) -> None:
        self.position.save()

    def on_screen_suspend(self) -> None:
        self.save_position()

    # --- contents: the controller's messages and keys, passed on (handlers by name: an
    # `@on(Markdown.…)` would load the Markdown widget with this module) ----------------------

    def on_markdown_table_of_contents_updated(
        self, message: Markdown.TableOfContentsUpdated
    ) -> None:
        self.contents.updated(message)

    def on_markdown_table_of_contents_selected(
        self, message: Markdown.TableOfContentsSelected
    ) -> None:
        self.contents.chosen(message)

    # --- actions ------------------------------------------------------------------------------

    def action_back(self) -> None:
        if self._contents is None or not self._contents.close_if_focused():
            self.post_message(GoBack())

    async def action_toggle_contents(self) -> None:
        await self._document_ready.wait()  # `i` typed ahead, while the preview stood in
        if self.markdown is not None:
            await self.contents.toggle()

    async def action_toggle_notepad(self) -> None:
        from leeslamp.tui.widgets.notepad import Notepad  # made on first use

        await self._one_panel_for_notepad()
        await Notepad.toggle(self, self.article, question=self.for_question)

        self.attention.notes_panel.fit_side()  # the notes alone, or the notes and the Schrijfblok

    # `i` and `w` while choosing a passage: the same, without a place in the footer
    action_toggle_contents_quiet = action_toggle_contents
    action_toggle_notepad_quiet = action_toggle_notepad

    async def show_reflection(self, entry_id: str) -> None:
        """Open the writing panel (if it is not open) with the cursor in reflection `entry_id`:
        a reflection found elsewhere (a search result), shown where it was written."""
        from leeslamp.tui.widgets.notepad import Notepad

        found = self.query("#side Notepad").results(Notepad)
        notepad = next(iter(found), None)
        if notepad is None or not notepad.display:
            await self._one_panel_for_notepad()
            await Notepad.toggle(self, self.article, reflection=entry_id)
            self.attention.notes_panel.fit_side()
        else:
            notepad.go_to_reflection(entry_id)

    async def _one_panel_for_notepad(self) -> None:
        """In a short terminal the Schrijfblok, about to open, takes the notes panel's place."""
        from leeslamp.tui.widgets.notepad import Notepad

        opening = not any(n.display for n in self.query("#side Notepad").results(Notepad))
        if opening and one_panel_at_a_time(self):
            await self.attention.notes_panel.hide()

    def action_page_down(self) -> None:
        self.page.scroll_page_down()

    def action_page_up(self) -> None:
        self.page.scroll_page_up()

    def action_line_down(self) -> None:
        self.page.scroll_down()

    def action_line_up(self) -> None:
        self.page.scroll_up()

    def action_to_start(self) -> None:
        self.page.scroll_home()

    def action_to_end(self) -> None:
        self.position.to_end()

    # --- attention: its keys and messages are passed on by AttentionKeys; here, which apply ---

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.attention.allows(action):
            return False
        return super().check_action(action, parameters)
