"""Zoeken: everything you wrote, found as you type, with or without accents.

The search index on disk (journal/search_index.py) is brought up to date in a thread worker once
the journal is open, and each time the screen shows again: it reads only the journal's log lines
written since, and holds no text in memory. Where it cannot be used (a read-only folder, a full
disk) the entries are folded into an in-memory `SearchIndex` instead, kept the same way: only
entries that are new, changed or gone are folded (ids and `updated` stamps are compared). Each
keystroke searches in a thread worker (a few ms at 10k entries); a result that arrives after a
newer keystroke is dropped. Enter opens an aandacht note in its article, at its passage, and a
reflection in its article's writing panel; any other entry opens as in the Dagboek, to read and
edit.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Select, Static
from textual.widgets.option_list import Option
from textual.widgets.select import InvalidSelectValueError

from leeslamp.core import dates
from leeslamp.core.errors import LeeslampError, UserInputError
from leeslamp.i18n import t
from leeslamp.journal.schema import KINDS
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.messages import OpenArticle
from leeslamp.tui.plain import plain, plain_label
from leeslamp.tui.screens.search_results import INDENT, Shown, line_label, passage_block
from leeslamp.tui.services import AppServices
from leeslamp.tui.widgets.footer import Footer
from leeslamp.tui.widgets.localized_select import LocalizedSelect

if TYPE_CHECKING:
    from leeslamp.journal import Entry, Journal
    from leeslamp.journal.search import Filters, SearchIndex
    from leeslamp.journal.search_index import DiskIndex
    from leeslamp.library.articles import Article

#: results shown at most (about five screenfuls); the count says how many there are in all.
#: Each shown result costs the UI thread ~0.15 ms to lay out (see benchmarks/search_screen.py).
LIMIT = 50


class SearchScreen(LocalizedBindings, Screen[None]):
    HELP_NAME = "help.screen.search"
    BINDINGS = localized(
        Key("escape", "back", "search.key.back"),
        Key("down", "next", "search.key.next", show=False),
        Key("up", "previous", "search.key.previous", show=False),
        Key("ctrl+f", "filters", "search.key.filters"),
        Key("ctrl+l", "clear", "search.key.clear"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.index: DiskIndex | SearchIndex | None = None
        #: the index on disk failed here once: keep to the in-memory one
        self._memory_only = False
        #: entry id -> `updated`, of what the index holds
        self._indexed: dict[str, str] = {}
        self._sync_lock = threading.Lock()
        self._generation = 0
        self._shown: list[Shown] = []
        self.total = 0
        #: filters asked for before the screen was mounted (`use_filters`)
        self._wanted: tuple[str | None, str | None] | None = None

    services = AppServices()

    def compose(self) -> ComposeResult:
        yield Static(id="search-bar", classes="bar")
        yield Input(id="search-query", compact=True, select_on_focus=False)
        with Horizontal(id="search-filters"):
            yield LocalizedSelect([], id="search-article", compact=True)
            yield LocalizedSelect([], id="search-kind", compact=True)
            yield Input(id="search-tag", compact=True)
            yield Input(id="search-since", compact=True)
            yield Input(id="search-until", compact=True)
        yield Static(id="search-said", classes="quiet")
        yield OptionList(id="search-results")
        yield Footer()

    def on_mount(self) -> None:
        self.services.watch_language(self, self._relabel)
        self._relabel()
        self.query_one("#search-query", Input).focus()
        self._use_wanted()

    def use_filters(self, article: str | None, kind: str | None) -> None:
        """Search within this article and kind (None: all): the Dagboek's filters, on `/`."""
        self._wanted = (article, kind)
        if self.is_mounted:
            self._use_wanted()  # else on_mount does

    def _use_wanted(self) -> None:
        if self._wanted is None:
            return
        (article, kind), self._wanted = self._wanted, None
        for select_id, value in (("#search-article", article), ("#search-kind", kind)):
            select = self.query_one(select_id, Select)
            with select.prevent(Select.Changed):
                if value is None:
                    select.clear()
                else:
                    try:
                        select.value = value
                    except InvalidSelectValueError:  # an article no longer in the library
                        select.clear()
        self.query_one("#search-query", Input).focus()
        self.search()

    def on_screen_resume(self) -> None:
        self._sync()  # new, changed and deleted entries since the screen was last shown

    def on_unmount(self) -> None:
        from leeslamp.journal.search_index import DiskIndex

        with self._sync_lock:
            if isinstance(self.index, DiskIndex):
                self.index.close()

    def _relabel(self, _language: str | None = None) -> None:
        self.query_one("#search-query", Input).placeholder = t("search.placeholder")
        self.query_one("#search-tag", Input).placeholder = t("search.tag")
        self.query_one("#search-since", Input).placeholder = t("search.since")
        self.query_one("#search-until", Input).placeholder = t("search.until")
        articles = self.query_one("#search-article", Select)
        kinds = self.query_one("#search-kind", Select)
        for select, prompt, options in (
            (
                articles,
                t("search.all_articles"),
                [(plain_label(a.title), a.id) for a in self.services.context.library().articles],
            ),
            (kinds, t("search.all_kinds"), [(t(f"entrykind.{kind}"), kind) for kind in KINDS]),
        ):
            value = select.value
            with select.prevent(Select.Changed):
                select.prompt = prompt
                select.set_options(options)
                if value != Select.NULL:
                    select.value = value
        self._show_results()
        self.search()  # the results' dates and kinds, in the new language

    # --- the index --------------------------------------------------------------------

    def _sync(self) -> None:
        self.services.journal_link.call(self._sync_index, self._synced, group="search-index")

    def _sync_index(self, journal: Journal) -> None:
        """In a thread: bring the index up to date with the journal: the one on disk if it can
        be used, else the one in memory, folding only what changed."""
        from leeslamp.journal.search import SearchIndex
        from leeslamp.journal.search_index import DiskIndex, IndexUnusable, keep_up

        with self._sync_lock:
            if not self._memory_only:
                disk = self.index if isinstance(self.index, DiskIndex) else None
                try:
                    disk = disk or DiskIndex.open(journal.paths)
                    keep_up(disk, journal)
                    self.index = disk
                    return
                except Exception as problem:  # IndexUnusable, or a surprise in derived data
                    if disk is not None and disk is not self.index:
                        disk.close()
                    if not isinstance(problem, IndexUnusable):
                        self.log.warning(f"search index: {problem!r}")
                    self._use_memory()
        entries = journal.entries()
        with self._sync_lock:
            if not isinstance(self.index, SearchIndex):
                self.index = SearchIndex(entries)
                self._indexed = {entry.id: entry.updated for entry in entries}
                return
            now = {entry.id: entry.updated for entry in entries}
            for entry in entries:
                if self._indexed.get(entry.id) != entry.updated:
                    self.index.add(entry)
            for gone in self._indexed.keys() - now.keys():
                self.index.remove(gone)
            self._indexed = now

    def _use_memory(self) -> None:
        """The index on disk cannot be used: from now on, search the journal in memory."""
        from leeslamp.journal.search_index import DiskIndex

        if isinstance(self.index, DiskIndex):
            self.index.close()
        self.index, self._memory_only = None, True

    def _synced(self, _result: None) -> None:
        self.search()

    # --- searching --------------------------------------------------------------------

    def filters(self) -> Filters:
        """The filters as set now; a date that is no date raises UserInputError."""
        from leeslamp.journal.search import Filters

        today = self.services.context.today()
        since_text = self.query_one("#search-since", Input).value.strip()
        until_text = self.query_one("#search-until", Input).value.strip()
        since = dates.since(since_text, today) if since_text else None
        until = dates.until(until_text, today) if until_text else None
        if since and until and until < since:
            raise UserInputError("search.reversed", since=since_text, until=until_text)
        article = self.query_one("#search-article", Select).value
        kind = self.query_one("#search-kind", Select).value
        tag = self.query_one("#search-tag", Input).value.strip()
        return Filters(
            article=article if isinstance(article, str) else None,
            kind=kind if isinstance(kind, str) else None,
            tag=tag or None,
            since=since,
            until=until,
        )

    @on(Input.Changed)
    @on(Select.Changed)
    def search(self) -> None:
        """Search for what is typed now, with the filters as set now."""
        self._generation += 1
        index = self.index
        if index is None:
            self._say(t("search.loading"))
            return
        try:
            filters = self.filters()
        except LeeslampError as problem:
            self._say(problem.sentence(), problem=True)
            return
        query = self.query_one("#search-query", Input).value
        self._search(index, query, filters, self._generation, self._line_width())

    def _line_width(self) -> int:
        """The room for a result's line: the list's width less its options' padding and a
        scrollbar, so a line never wraps (a wrapped line left a word or two alone under it)."""
        width = self.query_one("#search-results", OptionList).scrollable_content_region.width
        return max((width or self.app.size.width - 2) - 4, 30)

    def on_resize(self) -> None:
        self.search()  # the results' lines cut to the new width

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(
        self,
        index: DiskIndex | SearchIndex,
        query: str,
        filters: Filters,
        generation: int,
        width: int,
    ) -> None:
        from leeslamp.journal.search import FIELDS, excerpt, field_texts
        from leeslamp.journal.search_index import IndexUnusable

        try:
            results = index.search(query, filters, limit=LIMIT)
        except IndexUnusable:  # busy too long, or damaged under us: the journal in memory
            with self._sync_lock:
                self._use_memory()
            self.app.call_from_thread(self._sync)
            return
        library = self.services.context.library()
        shown: list[Shown] = []
        for hit in results:
            field = next((name for name in FIELDS if hit.spans_in(name)), "text")
            text = field_texts(hit.entry).get(field, "")
            before, after = line_label(field)
            # the excerpt may add an ellipsis at both ends
            room = width - len(INDENT + before + after) - 2
            line, spans = excerpt(text, hit.spans_in(field), max(room, 20))
            article = hit.entry.article
            found = library.find(article) if article else None
            item = Shown(hit.entry, field, line, spans, found.title if found else article)
            _ = item.prompt  # made here, off the UI thread
            shown.append(item)
        self.app.call_from_thread(self._found, generation, shown, results.total)

    def _found(self, generation: int, shown: list[Shown], total: int) -> None:
        if generation != self._generation:
            return  # a newer keystroke's search is on its way
        self._shown = shown
        self.total = total
        self._show_results()

    # --- what is shown ----------------------------------------------------------------

    def _say(self, text: str, *, problem: bool = False) -> None:
        said = self.query_one("#search-said", Static)
        said.update(plain(text))
        said.set_class(problem, "-problem")

    def _show_results(self) -> None:
        count = ""
        if self.index is not None:
            if self.total > len(self._shown):
                count = t("search.count_some", shown=len(self._shown), total=self.total)
            else:
                count = t("search.count", count=self.total)
        bar = f"leeslamp · {t('search.title')}"
        self.query_one("#search-bar", Static).update(
            Content.assemble(bar, "  ", (count, "$text-muted"))
        )
        results = self.query_one("#search-results", OptionList)
        options: list[Option | None] = []
        for number, shown in enumerate(self._shown):
            if options:
                options.append(None)
            options.append(Option(shown.prompt, id=str(number)))
        results.set_options(options)
        if self._shown:
            results.highlighted = 0
        if self.index is None:
            self._say(t("search.loading"))
        elif not self._shown:
            query = self.query_one("#search-query", Input).value.strip()
            self._say(t("search.nothing", query=query) if query else t("search.nothing_filtered"))
        else:
            self._say(t("search.hint"))

    # --- opening an entry -----------------------------------------------------------------

    @on(OptionList.OptionSelected, "#search-results")
    def _result_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.open_entry(self._shown[int(event.option.id)].entry)

    @on(Input.Submitted, "#search-query")
    def action_open(self) -> None:
        option = self.query_one("#search-results", OptionList).highlighted_option
        if option is not None and option.id is not None:
            self.open_entry(self._shown[int(option.id)].entry)

    def open_entry(self, entry: Entry) -> None:
        """An aandacht note in its article, at its passage; a reflection in its article's
        writing panel; anything else as the Dagboek opens it: what it answers or is about, and
        its text, to read and edit."""
        article = self.services.context.library().find(entry.article) if entry.article else None
        if article is not None and entry.kind == "aandacht" and isinstance(entry.anchor, dict):
            self._open_at_passage(article, entry.anchor)
        elif article is not None and entry.kind == "reflectie":
            self.post_message(OpenArticle(article.id, reflection=entry.id))
        else:
            from leeslamp.tui.screens.entry import EntryScreen

            self.app.push_screen(EntryScreen(entry.id))

    @work(thread=True, group="search-open", exit_on_error=False)
    def _open_at_passage(self, article: Article, anchor: dict[str, object]) -> None:
        block = passage_block(article, anchor)
        self.app.call_from_thread(self._show_passage, article.id, block)

    def _show_passage(self, article_id: str, block: int) -> None:
        self.post_message(OpenArticle(article_id, block=block))

    # --- keys -------------------------------------------------------------------------

    def on_key(self, event: events.Key) -> None:
        """Type to search: a letter on the results list goes to the search field."""
        query = self.query_one("#search-query", Input)
        character = event.character
        if self.focused is self.query_one("#search-results") and character and character.isalnum():
            query.focus()
            query.insert_text_at_cursor(character)
            event.stop()
            event.prevent_default()

    def action_next(self) -> None:
        self.query_one("#search-results", OptionList).action_cursor_down()

    def action_previous(self) -> None:
        self.query_one("#search-results", OptionList).action_cursor_up()

    def action_filters(self) -> None:
        self.query_one("#search-article").focus()

    def action_clear(self) -> None:
        """Empty the search field and every filter."""
        for input_id in ("#search-query", "#search-tag", "#search-since", "#search-until"):
            self.query_one(input_id, Input).value = ""
        for select_id in ("#search-article", "#search-kind"):
            self.query_one(select_id, Select).clear()
        self.query_one("#search-query", Input).focus()

    def action_back(self) -> None:
        self.app.pop_screen()
