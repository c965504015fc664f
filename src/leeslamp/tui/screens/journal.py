"""The Dagboek: every entry, newest first, filtered by article and kind; open, delete, restore.

The journal is read once, in a thread worker, into light rows (no full texts), and read again
only when you come back from an entry, the Prullenbak or an undo. Filtering works on those rows
in memory. The table is filled in parts: the first rows show at once, the rest follow while
keys keep working, so a journal of 50,000 entries opens as quickly as one of fifty.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Select, Static

from leeslamp.i18n import t
from leeslamp.journal.schema import KINDS
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.deleting import Deleter
from leeslamp.tui.entry_labels import article_label, cut, first_line, kind_label, short_moment

if TYPE_CHECKING:
    from leeslamp.journal import Entry, Journal
    from leeslamp.tui.app import LeeslampApp

#: rows put in the table before the screen first shows; the rest follow in parts of PART
FIRST_ROWS = 100
PART = 1000
#: a first line is kept this long; the table cuts it to the screen's width
LINE_KEPT = 200
DATE_WIDTH = 16
#: what the table needs beside its columns: cell padding, margins, the scrollbar
CHROME = 4 * 2 + 2 + 2
ALL = "*"
NO_ARTICLE = "\0none"


class EntryTable(DataTable):
    """A table of entries, one row each; Home and End go to the first and the last row."""

    BINDINGS: ClassVar = [
        Binding("home", "scroll_top", show=False),
        Binding("end", "scroll_bottom", show=False),
    ]


@dataclass(frozen=True)
class Row:
    """What the Dagboek keeps of an entry: enough for one line of the table."""

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


class JournalScreen(LocalizedBindings, Screen[None]):
    HELP_NAME = "dagboek.help_name"
    BINDINGS = localized(
        Key("escape", "back", "dagboek.key.back"),
        Key("enter", "open", "dagboek.key.open", show=False),
        Key("x,delete", "delete", "dagboek.key.delete"),
        Key("u", "undo", "dagboek.key.undo", show=False),
        Key("a", "filter_article", "dagboek.key.article"),
        Key("s", "filter_kind", "dagboek.key.kind"),
        Key("r", "read", "dagboek.key.read", show=False),
        Key("p", "trash", "dagboek.key.trash"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []
        self.shown: list[Row] = []
        self.loaded = False
        self.read_only = False
        self.deleter = Deleter(self)
        self._filter = (ALL, ALL)
        self._widths_now = (0, 0, 0)
        self._resize_timer: Timer | None = None

    @property
    def leeslamp(self) -> LeeslampApp:
        return cast("LeeslampApp", self.app)

    @property
    def table(self) -> DataTable:
        return self.query_one("#dagboek-table", DataTable)

    def compose(self) -> ComposeResult:
        yield Static(id="dagboek-bar", classes="bar")
        with Horizontal(id="dagboek-filters"):
            yield Static(id="label-article", classes="filter-label")
            # no choice (blank) means all of them; the prompt says so
            yield Select([], id="filter-article", compact=True)
            yield Static(id="label-kind", classes="filter-label")
            yield Select([], id="filter-kind", compact=True)
        yield Static(id="dagboek-empty")
        yield EntryTable(id="dagboek-table", cursor_type="row", zebra_stripes=False)
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.app, "language", self._relabel, init=False)
        self.table.focus()
        self._relabel()
        self.reload()

    def on_screen_resume(self) -> None:
        if self.loaded:
            self.reload()  # back from an entry or the Prullenbak: things may have changed

    # --- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        self.leeslamp.journal_link.call(load_rows, self._loaded, group="dagboek-load")

    def _loaded(self, result: tuple[list[Row], bool]) -> None:
        self.rows, self.read_only = result
        self.loaded = True
        self._fill_filters()
        self._show_rows()

    def title_of(self, article_id: str) -> str | None:
        article = self.leeslamp.context.library().find(article_id)
        return article.title if article else None

    # --- what is shown ----------------------------------------------------------------------

    def _relabel(self, _language: str | None = None) -> None:
        self.query_one("#label-article", Static).update(t("dagboek.col.article"))
        self.query_one("#label-kind", Static).update(t("dagboek.col.kind"))
        self._fill_filters()
        self._show_bar()
        if self.loaded:
            self._show_rows()

    def _show_bar(self) -> None:
        parts = [f"leeslamp · {t('dagboek.title')}"]
        if self.loaded:
            key = "dagboek.count_one" if len(self.rows) == 1 else "dagboek.count"
            parts.append(t(key, shown=len(self.shown), total=len(self.rows)))
        else:
            parts.append(t("dagboek.loading"))
        if self.read_only:
            parts.append(t("dagboek.read_only"))
        bar = Text(parts[0])
        for part in parts[1:]:
            bar.append("  ·  " if bar.plain else "")
            bar.append(part, style="dim")
        self.query_one("#dagboek-bar", Static).update(bar)

    def _fill_filters(self) -> None:
        """The filter choices in the current language, keeping what was chosen."""
        articles = sorted(
            {row.article for row in self.rows if row.article is not None},
            key=lambda a: (self.title_of(a) or a).casefold(),
        )
        article_options = [(article_label(a, self.title_of), a) for a in articles]
        if any(row.article is None for row in self.rows):
            article_options.append((t("dagboek.no_article"), NO_ARTICLE))
        kind_options = [(kind_label(kind), kind) for kind in KINDS]
        chosen_article, chosen_kind = self._filter
        with self.prevent(Select.Changed):
            for select_id, prompt, options, chosen in (
                ("#filter-article", t("dagboek.all_articles"), article_options, chosen_article),
                ("#filter-kind", t("dagboek.all_kinds"), kind_options, chosen_kind),
            ):
                select = self.query_one(select_id, Select)
                select.prompt = prompt
                select.set_options(options)
                if chosen in [value for _label, value in options]:
                    select.value = chosen

    def _show_rows(self) -> None:
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
        empty = self.query_one("#dagboek-empty", Static)
        empty.display = not self.shown
        empty.update(t("dagboek.empty") if not self.rows else t("dagboek.no_match"))
        self.table.display = bool(self.shown)
        self._fill_table(self.shown, self._cursor_id())

    def _cursor_id(self) -> str | None:
        table = self.table
        if table.row_count == 0:
            return None
        try:
            return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)
        except Exception:  # the cursor is between fills
            return None

    def _widths(self, rows: list[Row]) -> tuple[int, int, int]:
        """Kind, article and first-line column widths that fit the screen's width exactly:
        nothing scrolls sideways, the first line is cut with an ellipsis."""
        kind = max(len(kind_label(k)) for k in KINDS)
        longest = max(
            (len(article_label(r.article, self.title_of)) for r in rows[:PART]), default=8
        )
        article = min(longest, 26 if self.size.width >= 100 else 18)
        used = DATE_WIDTH + kind + article + CHROME
        return kind, article, max(self.size.width - used, 12)

    @work(exclusive=True, group="dagboek-fill", exit_on_error=False)
    async def _fill_table(self, rows: list[Row], keep: str | None) -> None:
        """Put `rows` in the table: the first ones at once, the rest in parts."""
        table = self.table
        table.clear(columns=True)
        kind_width, article_width, text_width = self._widths_now = self._widths(rows)
        table.add_column(t("dagboek.col.date"), width=DATE_WIDTH, key="date")
        table.add_column(t("dagboek.col.kind"), width=kind_width, key="kind")
        table.add_column(t("dagboek.col.article"), width=article_width, key="article")
        table.add_column(t("dagboek.col.text"), width=text_width, key="text")
        titles: dict[str | None, str] = {}
        parts = [rows[:FIRST_ROWS]]
        parts += [rows[i : i + PART] for i in range(FIRST_ROWS, len(rows), PART)]
        for number, part in enumerate(parts):
            if number:
                await asyncio.sleep(0)  # let keys and a repaint through
            for row in part:
                if row.article not in titles:
                    title = article_label(row.article, self.title_of)
                    titles[row.article] = cut(title, article_width)
                table.add_row(
                    short_moment(row.created),
                    kind_label(row.kind),
                    titles[row.article],
                    first_line(row.line, text_width),
                    key=row.id,
                )
            if keep is not None and any(row.id == keep for row in part):
                table.move_cursor(row=table.get_row_index(keep), animate=False)

    def on_resize(self) -> None:
        if self._resize_timer is not None:
            self._resize_timer.stop()
        self._resize_timer = self.set_timer(0.2, self._resized)

    def _resized(self) -> None:
        self._resize_timer = None
        if self.loaded and self._widths(self.shown) != self._widths_now:
            self._fill_table(self.shown, self._cursor_id())

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
            self.table.focus()

    def action_filter_article(self) -> None:
        self._open_select("#filter-article")

    def action_filter_kind(self) -> None:
        self._open_select("#filter-kind")

    def _open_select(self, select_id: str) -> None:
        select = self.query_one(select_id, Select)
        select.focus()
        select.expanded = True

    # --- actions --------------------------------------------------------------------------------

    @on(DataTable.RowSelected, "#dagboek-table")
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._open(str(event.row_key.value))

    def action_open(self) -> None:
        entry_id = self._cursor_id()
        if entry_id is not None:
            self._open(entry_id)

    def _open(self, entry_id: str) -> None:
        from leeslamp.tui.screens.entry import EntryScreen

        self.app.push_screen(EntryScreen(entry_id, self.deleter))

    def _row(self, entry_id: str | None) -> Row | None:
        return next((row for row in self.shown if row.id == entry_id), None)

    def action_delete(self) -> None:
        row = self._row(self._cursor_id())
        if row is not None:
            self.deleter.ask(row.id, self._deleted)

    def _deleted(self, entry: Entry) -> None:
        self.rows = [row for row in self.rows if row.id != entry.id]
        self.shown = [row for row in self.shown if row.id != entry.id]
        if entry.id in self.table.rows:
            self.table.remove_row(entry.id)
        self._show_bar()
        self.query_one("#dagboek-empty", Static).display = not self.shown
        self.table.display = bool(self.shown)

    def action_undo(self) -> None:
        self.deleter.undo(lambda _entry: self.reload())

    def action_read(self) -> None:
        row = self._row(self._cursor_id())
        if row is not None and row.article and self.title_of(row.article):
            self.leeslamp.open_article(row.article)

    def action_trash(self) -> None:
        from leeslamp.tui.screens.trash import TrashScreen

        self.app.push_screen(TrashScreen())

    def action_back(self) -> None:
        focused = self.focused
        if isinstance(focused, Select):
            self.table.focus()
        else:
            self.app.pop_screen()
