"""The Dagboek: every entry, newest first, filtered by article and kind; open, delete, restore.

The journal is read once, in a thread worker, into light rows (the first line of each entry, not
its whole text), and read again only when you come back from an entry, the Prullenbak or an
undo. Filtering works on those rows in memory. The list (EntryRows) makes a line's text only
when the line is on screen, so a journal of 50,000 entries shows as quickly as one of fifty.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Select, Static
from textual.widgets._select import SelectOverlay

from leeslamp.i18n import t
from leeslamp.journal.schema import KINDS
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.deleting import Deleter, describe_entry
from leeslamp.tui.entry_labels import article_label, first_line, kind_label, short_moment
from leeslamp.tui.messages import OpenArticle, SearchWith
from leeslamp.tui.plain import plain, plain_label
from leeslamp.tui.services import AppServices
from leeslamp.tui.widgets.entry_rows import GAP, EntryRows
from leeslamp.tui.widgets.footer import Footer

if TYPE_CHECKING:
    from leeslamp.journal import Entry, Journal

#: a first line is kept this long; the list cuts it to the screen's width
LINE_KEPT = 200
DATE_WIDTH = 16
#: the first line's columns the others give way for, and how narrow article and kind may get
#: (a kind is read whole down to "reflectie" and "voornemen")
TEXT_MIN = 17
ARTICLE_MIN = 8
KIND_MIN = 9
#: what the list needs beside its columns: its margins, the left pad, the scrollbar
CHROME = 2 + 1 + 2
ALL = "*"
#: rows the preview of the highlighted entry takes (its edge and text), and what it shows of it
PREVIEW_ROWS = 8
PREVIEW_CHARS = 600
NO_ARTICLE = "\0none"


@dataclass(frozen=True)
class Row:
    """What the Dagboek keeps of an entry: enough for one line of the list."""

    id: str
    kind: str
    article: str | None
    created: str
    line: str


def load_rows(journal: Journal) -> tuple[list[Row], bool]:
    """In a thread: every entry as a Row, newest first, and whether the journal is read-only."""
    rows = [
        Row(e.id, e.kind, e.article, e.created, e.first_line[:LINE_KEPT]) for e in journal.entries()
    ]
    return rows, journal.read_only


def column_widths(total: int, labels: list[str], titles: list[str]) -> list[int]:
    """Date, kind, article and first-line widths that fill `total` columns exactly. On a
    narrow screen the article and then the kind give way (cut with an ellipsis), so the first
    line keeps TEXT_MIN columns: it is what tells two entries of a day apart."""
    kind = max(len(label) for label in labels)
    article = min(max((len(title) for title in titles), default=8), 26 if total >= 100 else 18)
    room = total - DATE_WIDTH - 3 * len(GAP) - CHROME
    short = max(0, kind + article + TEXT_MIN - room)
    article -= min(short, max(article - ARTICLE_MIN, 0))
    short = max(0, kind + article + TEXT_MIN - room)
    kind -= min(short, max(kind - KIND_MIN, 0))
    return [DATE_WIDTH, kind, article, max(room - kind - article, 12)]


class JournalScreen(LocalizedBindings, Screen[None]):
    HELP_NAME = "journal.help_name"
    BINDINGS = localized(
        Key("escape", "back", "journal.key.back"),
        Key("enter", "open", "journal.key.open", show=False),
        Key("x,delete", "delete", "journal.key.delete"),
        Key("u", "undo", "journal.key.undo", show=False),
        Key("a", "filter_article", "journal.key.article"),
        Key("s", "filter_kind", "journal.key.kind"),
        Key("r", "read", "journal.key.read", show=False),
        Key("p", "trash", "journal.key.trash"),
        Key("slash", "search", "journal.key.search", key_display="/", show=False),
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []
        self.shown: list[Row] = []
        self.loaded = False
        self.read_only = False
        self.deleter = Deleter(self)
        self._filter = (ALL, ALL)
        self._titles: dict[str | None, str] = {}
        self._resize_timer: Timer | None = None

    services = AppServices()

    @property
    def list(self) -> EntryRows:
        return self.query_one("#journal-list", EntryRows)

    def compose(self) -> ComposeResult:
        yield Static(id="journal-bar", classes="bar")
        with Horizontal(id="journal-filters"):
            yield Static(id="label-article", classes="filter-label")
            # no choice (blank) means all of them; the prompt says so
            yield Select([], id="filter-article", compact=True)
            yield Static(id="label-kind", classes="filter-label")
            yield Select([], id="filter-kind", compact=True)
        yield Static(id="journal-empty")
        yield Static(id="journal-header", classes="list-header")
        yield EntryRows(id="journal-list")
        yield Static(id="journal-preview")  # the highlighted entry, where there is room
        yield Footer()

    def on_mount(self) -> None:
        self.services.watch_language(self, self._relabel)
        self.watch(self.list, "cursor", self._show_preview, init=False)
        self.list.focus()
        self._relabel()
        self.reload()

    def on_screen_resume(self) -> None:
        if self.loaded:
            self.reload()  # back from an entry or the Prullenbak: things may have changed

    # --- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        self.services.journal_link.call(load_rows, self._loaded, group="journal-load")

    # builtins.list: in this class `list` is the property above
    def _loaded(self, result: tuple[builtins.list[Row], bool]) -> None:
        self.rows, self.read_only = result
        self.loaded = True
        self.refresh_bindings()
        self._fill_filters()
        self._show_rows()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A read-only journal keeps what it has: no throwing away offered."""
        if action in ("delete", "undo") and self.read_only:
            return False
        return super().check_action(action, parameters)

    def title_of(self, article_id: str) -> str | None:
        article = self.services.context.library().find(article_id)
        return article.title if article else None

    def _article(self, article_id: str | None) -> str:
        if article_id not in self._titles:
            self._titles[article_id] = article_label(article_id, self.title_of)
        return self._titles[article_id]

    # --- what is shown ----------------------------------------------------------------------

    def _relabel(self, _language: str | None = None) -> None:
        self._titles.clear()  # "Zonder artikel" / "No article"
        self.query_one("#label-article", Static).update(t("journal.col.article"))
        self.query_one("#label-kind", Static).update(t("journal.col.kind"))
        self._fill_filters()
        self._show_bar()
        if self.loaded:
            self._show_rows()

    def _show_bar(self) -> None:
        bar = Text(f"leeslamp · {t('journal.title')}")
        if self.loaded:
            key = "journal.count_one" if len(self.rows) == 1 else "journal.count"
            count = t(key, shown=len(self.shown), total=len(self.rows))
        else:
            count = t("journal.loading")
        bar.append(f"  ·  {count}", style="dim")
        if self.read_only:
            bar.append(f"  ·  {t('journal.read_only')}", style="dim")
        self.query_one("#journal-bar", Static).update(bar)

    def _fill_filters(self) -> None:
        """The filter choices in the current language, keeping what was chosen."""
        articles = sorted(
            {row.article for row in self.rows if row.article is not None},
            key=lambda a: self._article(a).casefold(),
        )
        article_options = [(plain_label(self._article(a)), a) for a in articles]
        if any(row.article is None for row in self.rows):
            article_options.append((t("journal.no_article"), NO_ARTICLE))
        kind_options = [(kind_label(kind), kind) for kind in KINDS]
        chosen_article, chosen_kind = self._filter
        with self.prevent(Select.Changed):
            for select_id, prompt, options, chosen in (
                ("#filter-article", t("journal.all_articles"), article_options, chosen_article),
                ("#filter-kind", t("journal.all_kinds"), kind_options, chosen_kind),
            ):
                select = self.query_one(select_id, Select)
                select.prompt = prompt
                select.set_options(options)
                if chosen in [value for _label, value in options]:
                    select.value = chosen

    def _show_rows(self, keep: str | None = None) -> None:
        """Filter the rows and show them; the cursor stays on `keep` (else where it was)."""
        article, kind = self._filter
        self.shown = [
            row
            for row in self.rows
            if (kind == ALL or row.kind == kind)
            and (
                article == ALL
                or row.article == article
                or (article == NO_ARTICLE and row.article is None)
            )
        ]
        self._show_bar()
        empty = self.query_one("#journal-empty", Static)
        empty.display = not self.shown
        empty.update(t("journal.empty") if not self.rows else t("journal.no_match"))
        self._show_list(keep=keep or self.list.highlighted_key)

    def _show_list(self, keep: str | None) -> None:
        labels = [kind_label(kind) for kind in KINDS]
        titles = [self._article(article) for article in {row.article for row in self.shown}]
        widths = column_widths(self.size.width, labels, titles)
        heads = ("date", "kind", "article", "text")
        header = " " + GAP.join(
            t(f"journal.col.{head}")[:width].ljust(width)
            for head, width in zip(heads, widths, strict=True)
        )
        self.query_one("#journal-header", Static).update(header)
        self.query_one("#journal-header", Static).display = bool(self.shown)
        self.list.display = bool(self.shown)
        self.list.show_rows(
            self.shown,
            key_of=lambda row: row.id,
            cells_of=lambda row: (
                short_moment(row.created),
                kind_label(row.kind),
                self._article(row.article),
                first_line(row.line),
            ),
            widths=widths,
            muted=(0,),
            keep=keep,
        )
        self._show_preview()

    # --- the preview ------------------------------------------------------------------------

    def _show_preview(self) -> None:
        """The highlighted entry's text below the list, when the list leaves room for it
        (bar, filters, header and footer take six rows)."""
        preview = self.query_one("#journal-preview", Static)
        entry_id = self.list.highlighted_key
        room = self.size.height - 6 - len(self.shown) >= PREVIEW_ROWS
        preview.display = room and entry_id is not None
        if not preview.display or entry_id is None:
            return
        self.services.journal_link.call(
            lambda journal: journal.get_entry(entry_id), self._previewed, group="journal-preview"
        )

    def _previewed(self, entry: Entry | None) -> None:
        preview = self.query_one("#journal-preview", Static)
        if entry is None or entry.id != self.list.highlighted_key:
            return  # deleted meanwhile, or the cursor moved on: its own read follows
        lines = [line for line in entry.text.splitlines() if line.strip()]
        preview.update(plain("\n".join(lines[: PREVIEW_ROWS - 2])[:PREVIEW_CHARS]))

    def on_resize(self) -> None:
        if self._resize_timer is not None:
            self._resize_timer.stop()
        self._resize_timer = self.set_timer(0.1, self._resized)

    def _resized(self) -> None:
        self._resize_timer = None
        if self.loaded:
            self._show_list(keep=self.list.highlighted_key)

    # --- filters ------------------------------------------------------------------------------

    @on(Select.Changed)
    def _filter_changed(self, event: Select.Changed) -> None:
        article = self.query_one("#filter-article", Select).value
        kind = self.query_one("#filter-kind", Select).value
        chosen = (
            article if isinstance(article, str) else ALL,
            kind if isinstance(kind, str) else ALL,
        )
        if chosen != self._filter:
            self._filter = chosen
            if self.loaded:
                self._show_rows()
        if not event.select.expanded:
            self.list.focus()

    def action_filter_article(self) -> None:
        self._open_select("#filter-article")

    def action_filter_kind(self) -> None:
        self._open_select("#filter-kind")

    def _open_select(self, select_id: str) -> None:
        select = self.query_one(select_id, Select)
        select.focus()
        select.expanded = True
        if select.is_blank():
            # The list opens on what is chosen; Textual highlights nothing when that is the
            # blank ("Alle soorten"), so the first key moved from nowhere.
            select.query_one(SelectOverlay).highlighted = 0

    # --- actions --------------------------------------------------------------------------------

    @on(EntryRows.Chosen, "#journal-list")
    def _row_chosen(self, event: EntryRows.Chosen) -> None:
        event.stop()
        self._open(event.key)

    def action_open(self) -> None:
        entry_id = self.list.highlighted_key
        if entry_id is not None:
            self._open(entry_id)

    def _open(self, entry_id: str) -> None:
        from leeslamp.tui.screens.entry import EntryScreen

        self.app.push_screen(EntryScreen(entry_id, self.deleter))

    def _row(self, entry_id: str | None) -> Row | None:
        return next((row for row in self.shown if row.id == entry_id), None)

    def action_delete(self) -> None:
        row = self._row(self.list.highlighted_key)
        if row is not None:
            self.deleter.ask(
                row.id, self._deleted, what=describe_entry(row.kind, row.created, row.line)
            )

    def _deleted(self, entry: Entry) -> None:
        # the cursor goes to the entry below the deleted one (or above, at the end)
        index = next((i for i, row in enumerate(self.shown) if row.id == entry.id), 0)
        rest = [row for row in self.shown if row.id != entry.id]
        following = rest[min(index, len(rest) - 1)].id if rest else None
        self.rows = [row for row in self.rows if row.id != entry.id]
        self._show_rows(keep=following)

    def action_undo(self) -> None:
        self.deleter.undo(lambda _entry: self.reload())

    def action_read(self) -> None:
        row = self._row(self.list.highlighted_key)
        if row is not None and row.article and self.title_of(row.article):
            self.post_message(OpenArticle(row.article))

    def action_search(self) -> None:
        """`/`: Zoeken, with this list's filters."""
        article, kind = self._filter
        self.post_message(
            SearchWith(
                article=None if article in (ALL, NO_ARTICLE) else article,
                kind=None if kind == ALL else kind,
            )
        )

    def action_trash(self) -> None:
        from leeslamp.tui.screens.trash import TrashScreen

        self.app.push_screen(TrashScreen())

    def action_back(self) -> None:
        if isinstance(self.focused, Select):
            self.list.focus()
        else:
            self.app.pop_screen()
