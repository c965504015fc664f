"""The Prullenbak: deleted entries, newest deletion first, for 30 days; Enter brings one back."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from leeslamp.i18n import t
from leeslamp.journal.schema import KINDS
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.deleting import restore
from leeslamp.tui.entry_labels import article_label, cut, first_line, kind_label, short_moment
from leeslamp.tui.screens.journal import CHROME, EntryTable

if TYPE_CHECKING:
    from leeslamp.journal import Entry, TrashedEntry
    from leeslamp.tui.app import LeeslampApp

ARTICLE_WIDTH = 18


class TrashScreen(LocalizedBindings, Screen[None]):
    HELP_NAME = "prullenbak.help_name"
    BINDINGS = localized(
        Key("escape", "back", "dagboek.key.back"),
        Key("enter,r", "restore", "prullenbak.key.restore"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.items: list[TrashedEntry] = []
        self.loaded = False
        self.read_only = False

    @property
    def leeslamp(self) -> LeeslampApp:
        return cast("LeeslampApp", self.app)

    @property
    def table(self) -> DataTable:
        return self.query_one("#trash-table", DataTable)

    def compose(self) -> ComposeResult:
        yield Static(id="trash-bar", classes="bar")
        yield Static(id="trash-intro", classes="quiet")
        yield Static(id="trash-empty")
        yield EntryTable(id="trash-table", cursor_type="row", zebra_stripes=False)
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.app, "language", self._relabel, init=False)
        self.table.focus()
        self._relabel()
        self.leeslamp.journal_link.call(
            lambda journal: (journal.trash(), journal.read_only), self._loaded
        )

    def _loaded(self, result: tuple[list[TrashedEntry], bool]) -> None:
        self.items, self.read_only = result
        self.loaded = True
        self._relabel()

    def title_of(self, article_id: str) -> str | None:
        article = self.leeslamp.context.library().find(article_id)
        return article.title if article else None

    def _relabel(self, _language: str | None = None) -> None:
        bar = Text(f"leeslamp · {t('prullenbak.title')}")
        if self.loaded:
            count = len(self.items)
            key = "prullenbak.count_one" if count == 1 else "prullenbak.count"
            bar.append("  ·  " + t(key, count=count), style="dim")
        if self.read_only:
            bar.append("  ·  " + t("dagboek.read_only"), style="dim")
        self.query_one("#trash-bar", Static).update(bar)
        self.query_one("#trash-intro", Static).update(t("prullenbak.intro"))
        empty = self.query_one("#trash-empty", Static)
        empty.update(t("prullenbak.empty"))
        empty.display = self.loaded and not self.items
        self.table.display = bool(self.items)
        self._fill()

    def _fill(self) -> None:
        table = self.table
        keep = table.cursor_row
        table.clear(columns=True)
        table.add_column(t("prullenbak.col.deleted"), width=16, key="deleted")
        width = max(len(kind_label(kind)) for kind in KINDS)
        table.add_column(t("dagboek.col.kind"), width=width, key="kind")
        table.add_column(t("dagboek.col.article"), width=ARTICLE_WIDTH, key="article")
        text_width = max(self.size.width - (16 + width + ARTICLE_WIDTH + CHROME), 12)
        table.add_column(t("dagboek.col.text"), width=text_width, key="text")
        for item in self.items:
            entry = item.entry
            table.add_row(
                short_moment(item.deleted),
                kind_label(entry.kind),
                cut(article_label(entry.article, self.title_of), ARTICLE_WIDTH),
                first_line(entry.text, text_width),
                key=entry.id,
            )
        if self.items:
            table.move_cursor(row=min(keep, len(self.items) - 1), animate=False)

    @on(DataTable.RowSelected, "#trash-table")
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_restore()

    def action_restore(self) -> None:
        if not self.items:
            return
        entry = self.items[self.table.cursor_row].entry
        restore(self, entry.id, self._restored)

    def _restored(self, entry: Entry) -> None:
        self.items = [item for item in self.items if item.entry.id != entry.id]
        self._relabel()

    def action_back(self) -> None:
        self.app.pop_screen()
