"""The dialogue map: an assignment's article as the group read it, for the coach (`k` in the
overview).

The article's blocks run down the page with a margin beside them: per noted passage a mark that
grows with the share of the group that noted it (▁▃▅▇, then the count as a number, so nothing
rests on colour), and the passage itself underlined in the text. Beside the page stand the
current passage's quote, how many readers noted it, and their notes; `n` and `p` go from passage
to passage through all articles (text order), the current one marked ▶ in the margin and shown
reversed. A passage no longer found in the article, and every passage of an article the coach's
library lacks, is listed after the text with its own quote.

Why rows of blocks and not the reader's Markdown page: the reader paints spans into its
Markdown widgets and marks a wholly noted block by a CSS class on its gutter; a mark and a count
per passage need a real margin column beside each block. The pieces that fit are the reader's:
`Article.blocks` and `PassageMap.locate` (which blocks a span touches, and where), `plain()`
for every outside text (quotes, names, notes).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from leeslamp.assignments.dialogue import level, readers_phrase
from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.plain import plain, plain_styled
from leeslamp.tui.screens.reader.passages import PassageMap
from leeslamp.tui.services import AppServices
from leeslamp.tui.widgets.footer import Footer

if TYPE_CHECKING:
    from leeslamp.assignments import Overview
    from leeslamp.assignments.dialogue import Passage
    from leeslamp.library.articles import Article

NOTED = "underline"
CURRENT = "reverse bold"


@dataclass(frozen=True)
class _Mark:
    """A passage's mark in the margin of one block: its first block carries the count."""

    passage: int  # index into the screen's passages
    first: bool


class DialogueMapScreen(LocalizedBindings, Screen[None]):
    HELP_NAME = "help.screen.dialogue"
    BINDINGS = localized(
        Key("escape", "back", "overview.screen.key.back"),
        Key("n", "next_passage", "dialogue.screen.key.next"),
        Key("p", "previous_passage", "dialogue.screen.key.previous"),
    )

    services = AppServices()

    def __init__(self, overview: Overview) -> None:
        super().__init__()
        self.overview = overview
        articles = list(overview.assignment.articles) if overview.assignment else []
        order = {article: index for index, article in enumerate(articles)}
        #: in reading order: per article (the assignment's order) the text order, unplaced last
        self.passages: list[Passage] = sorted(
            overview.passages,
            key=lambda p: (
                order.get(p.article, len(order)),
                p.article,
                p.span is None,
                p.span[0] if p.span else 0,
            ),
        )
        self.current = 0
        self._shown_article: str | None = None
        #: the article shown (None: not in the coach's library), its placed passages and the
        #: ones listed after it with their own quote
        self._layout: tuple[Article | None, list[int], list[int]] = (None, [], [])

    def compose(self) -> ComposeResult:
        yield Static(id="map-bar", classes="bar")
        with Horizontal(id="map-body"):
            yield VerticalScroll(id="map-page")
            with VerticalScroll(id="map-side"):  # a long quote or many notes scroll
                yield Static(id="map-passage")
                yield Static(id="map-notes")
        yield Footer()

    def on_mount(self) -> None:
        self.services.watch_language(self, self._relabel)
        self._relabel()
        self.query_one("#map-page").focus()

    def _relabel(self, _language: str | None = None) -> None:
        assignment = self.overview.assignment
        title = f" · {assignment.title}" if assignment else ""
        self.query_one("#map-bar", Static).update(plain(f"leeslamp · {t('dialogue.title')}{title}"))
        self._shown_article = None  # the page's own words (the unplaced head) are relabelled too
        self.call_later(self._show)

    # --- what is shown ------------------------------------------------------------------

    def _article(self, article_id: str) -> Article | None:
        return self.services.context.library().find(article_id)

    async def _show(self) -> None:
        page = self.query_one("#map-page", VerticalScroll)
        if not self.passages:
            await page.remove_children()
            await page.mount(Static(t("dialogue.screen.none"), classes="map-none"))
            self.query_one("#map-passage", Static).update("")
            self.query_one("#map-notes", Static).update("")
            return
        passage = self.passages[self.current]
        if passage.article != self._shown_article:
            self._shown_article = passage.article
            await page.remove_children()
            await page.mount_all(self._rows(passage.article))
            page.scroll_home(animate=False)
        self._repaint()
        self._show_side(passage)
        self.call_after_refresh(self._scroll_to_current)

    def _in_article(self, article_id: str) -> list[int]:
        return [i for i, p in enumerate(self.passages) if p.article == article_id]

    def _rows(self, article_id: str) -> list[Static | Horizontal]:
        """The article's blocks with their margins, then the passages not placed in it."""
        article = self._article(article_id)
        indexes = self._in_article(article_id)
        placed = [i for i in indexes if self.passages[i].span is not None]
        unplaced = [i for i in indexes if self.passages[i].span is None]
        rows: list[Static | Horizontal] = []
        if article is None:
            rows.append(Static(t("dialogue.screen.missing"), classes="map-note-head"))
            unplaced = indexes  # offsets in a text the coach does not have say nothing here
        else:
            for block_index in range(len(article.blocks)):
                margin = Static(id=f"map-margin-{block_index}", classes="map-margin")
                text = Static(id=f"map-block-{block_index}", classes="map-block")
                rows.append(Horizontal(margin, text, classes="map-row"))
        if unplaced:
            if article is not None:
                rows.append(Static(t("dialogue.screen.unplaced"), classes="map-note-head"))
            for index in unplaced:
                margin = Static(id=f"map-margin-alone-{index}", classes="map-margin")
                text = Static(id=f"map-block-alone-{index}", classes="map-block")
                rows.append(Horizontal(margin, text, classes="map-row"))
        self._layout = (article, placed, unplaced)
        return rows

    def _repaint(self) -> None:
        """Margins and text of the article shown, the current passage marked."""
        article, placed, unplaced = self._layout
        group = len(self.overview.readers)
        if article is not None:
            blocks = article.blocks
            where = PassageMap(blocks)
            marks: dict[int, list[_Mark]] = {}
            spans: dict[int, list[tuple[int, int, str]]] = {}
            for index in placed:
                start, end = self.passages[index].span  # type: ignore[misc]
                style = CURRENT if index == self.current else NOTED
                for number, (touched, local_start, local_end) in enumerate(
                    where.locate(start, end)
                ):
                    marks.setdefault(touched, []).append(_Mark(index, number == 0))
                    spans.setdefault(touched, []).append((local_start, local_end, style))
            for block_index, block in enumerate(blocks):
                text = plain(_block_text(block.kind, block.text))
                offset = 2 if block.kind == "list_item" else 0
                if block.kind == "heading":
                    text = text.stylize("bold")
                for local_start, local_end, style in spans.get(block_index, ()):
                    text = text.stylize(style, local_start + offset, local_end + offset)
                self._set(f"#map-block-{block_index}", text)
                margin = [self._mark(mark, group) for mark in marks.get(block_index, ())]
                self._set(f"#map-margin-{block_index}", Content("\n").join(margin))
        for index in unplaced:
            passage = self.passages[index]
            style = CURRENT if index == self.current else NOTED
            self._set(f"#map-block-alone-{index}", plain_styled(passage.quote, style))
            self._set(f"#map-margin-alone-{index}", self._mark(_Mark(index, True), group))

    def _set(self, selector: str, content: Content) -> None:
        for widget in self.query(selector).results(Static):
            widget.update(content)

    def _mark(self, mark: _Mark, group: int) -> Content:
        """`▶▅2`: the current passage, the share of the group, the count (on its first block)."""
        passage = self.passages[mark.passage]
        cursor = "▶" if mark.passage == self.current else " "
        count = str(passage.readers) if mark.first else "│"
        return Content(f"{cursor}{level(passage.readers, group)}{count}")

    def _show_side(self, passage: Passage) -> None:
        indexes = self._in_article(passage.article)
        head = t(
            "dialogue.screen.article",
            title=passage.title or passage.article,
            number=indexes.index(self.current) + 1,
            total=len(indexes),
        )
        group = len(self.overview.readers)
        count = readers_phrase(passage.readers)
        if passage.span is None:
            count = t("dialogue.not_placed", readers=count)
        lines = [
            plain_styled(head, "bold"),
            plain(f"{level(passage.readers, group)} {count}"),
            plain_styled(f"“{passage.quote}”", "italic"),
        ]
        self.query_one("#map-passage", Static).update(Content("\n").join(lines))
        notes: list[Content] = []
        for note in passage.notes:
            notes += [plain_styled(note.reader, "bold"), plain(note.text), Content("")]
        if not notes:
            notes = [Content.styled(t("dialogue.screen.no_notes"), "italic")]
        self.query_one("#map-notes", Static).update(Content("\n").join(notes))

    def _scroll_to_current(self) -> None:
        passage = self.passages[self.current] if self.passages else None
        if passage is None:
            return
        target = f"#map-margin-alone-{self.current}"
        article, _placed, _unplaced = self._layout
        if passage.span is not None and article is not None:
            block = PassageMap(article.blocks).index_at(passage.span[0])
            target = f"#map-margin-{block}"
        for widget in self.query(target):
            page = self.query_one("#map-page", VerticalScroll)
            page.scroll_to_widget(widget, animate=False, top=True)

    # --- keys -----------------------------------------------------------------------------

    async def action_next_passage(self) -> None:
        if self.passages:
            self.current = (self.current + 1) % len(self.passages)
            await self._show()

    async def action_previous_passage(self) -> None:
        if self.passages:
            self.current = (self.current - 1) % len(self.passages)
            await self._show()

    def action_back(self) -> None:
        self.app.pop_screen()


def _block_text(kind: str, text: str) -> str:
    return f"• {text}" if kind == "list_item" else text
