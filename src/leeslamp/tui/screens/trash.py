"""The Prullenbak: deleted entries, newest deletion first, for 30 days; Enter brings one back."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from leeslamp.i18n import t
from leeslamp.journal.schema import KINDS
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.deleting import restore
from leeslamp.tui.entry_labels import article_label, first_line, kind_label, short_moment
from leeslamp.tui.screens.journal import column_widths
from leeslamp.tui.services import AppServices
from leeslamp.tui.widgets.entry_rows import GAP, EntryRows
from leeslamp.tui.widgets.footer import Footer

if TYPE_CHECKING:
    from leeslamp.journal import Entry, TrashedEntry


class TrashScreen(LocalizedBindings, Screen[None]):
    HELP_NAME = "trash.help_name"
    BINDINGS = localized(
        Key("escape", "back", "journal.key.back"),
        Key("r,enter", "restore", "trash.key.restore"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.items: list[TrashedEntry] = []
        self.loaded = False
        self.read_only = False

    services = AppServices()

    @property
    def list(self) -> EntryRows:
        return self.query_one("#trash-list", EntryRows)

    def compose(self) -> ComposeResult:
        yield Static(id="trash-bar", classes="bar")
        yield Static(id="trash-intro", classes="quiet")
        yield Static(id="trash-empty")
        yield Static(id="trash-header", classes="list-header")
        yield EntryRows(id="trash-list")
        yield Footer()

    def on_mount(self) -> None:
        self.services.watch_language(self, self._relabel)
        self.list.focus()
        self._relabel()
        self.services.journal_link.call(
            lambda journal: (journal.trash(), journal.read_only), self._loaded
        )

    # builtins.list: in this class `list` is the property above
    def _loaded(self, result: tuple[builtins.list[TrashedEntry], bool]) -> None:
        self.items, self.read_only = result
        self.loaded = True
        self.refresh_bindings()
        self._relabel()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """A read-only journal cannot take anything back: no restoring offered."""
        if action == "restore" and self.read_only:
            return False
        return super().check_action(action, parameters)

    def title_of(self, article_id: str) -> str | None:
        article = self.services.context.library().find(article_id)
        return article.title if article else None

    def _relabel(self, _language: str | None = None) -> None:
        bar = Text(f"leeslamp · {t('trash.title')}")
        if self.loaded:
            count = len(self.items)
            key = "trash.count_one" if count == 1 else "trash.count"
            bar.append("  ·  " + t(key, count=count), style="dim")
        if self.read_only:
            bar.append("  ·  " + t("journal.read_only"), style="dim")
        self.query_one("#trash-bar", Static).update(bar)
        self.query_one("#trash-intro", Static).update(t("trash.intro"))
        empty = self.query_one("#trash-empty", Static)
        empty.update(t("trash.empty"))
        empty.display = self.loaded and not self.items
        self._show_list()

    def _show_list(self) -> None:
        labels = [kind_label(kind) for kind in KINDS]
        titles = [article_label(item.entry.article, self.title_of) for item in self.items]
        widths = column_widths(self.size.width, labels, titles)
        heads = ("trash.col.deleted", "journal.col.kind", "journal.col.article")
        header = " " + GAP.join(
            t(head)[:width].ljust(width) for head, width in zip(heads, widths, strict=False)
        )
        header += GAP + t("journal.col.text")
        self.query_one("#trash-header", Static).update(header)
        self.query_one("#trash-header", Static).display = bool(self.items)
        self.list.display = bool(self.items)
        self.list.show_rows(
            self.items,
            key_of=lambda item: item.entry.id,
            cells_of=lambda item: (
                short_moment(item.deleted),
                kind_label(item.entry.kind),
                article_label(item.entry.article, self.title_of),
                first_line(item.entry.text),
            ),
            widths=widths,
            muted=(0,),
            keep=self.list.highlighted_key,
        )

    def on_resize(self) -> None:
        if self.loaded:
            self._show_list()

    @on(EntryRows.Chosen, "#trash-list")
    def _row_chosen(self, event: EntryRows.Chosen) -> None:
        event.stop()
        self.action_restore()

    def action_restore(self) -> None:
        entry_id = self.list.highlighted_key
        if entry_id is not None:
            restore(self, entry_id, self._restored)

    def _restored(self, entry: Entry) -> None:
        self.items = [item for item in self.items if item.entry.id != entry.id]
        self._relabel()

    def action_back(self) -> None:
        self.app.pop_screen()
