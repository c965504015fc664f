"""The library: every article, type to filter, Enter to read. Skipped files are one quiet line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static

from leeslamp.i18n import t, tn
from leeslamp.library.articles import Article
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.describe import matches
from leeslamp.tui.messages import GoBack, OpenArticle, ScreenShown
from leeslamp.tui.plain import plain
from leeslamp.tui.services import AppServices
from leeslamp.tui.widgets.article_list import ArticleList
from leeslamp.tui.widgets.footer import Footer

if TYPE_CHECKING:
    from leeslamp.journal import Journal


class LibraryScreen(LocalizedBindings, Screen[None]):
    HELP_NAME = "help.screen.library"
    HELP_NOTE = "help.note.library"
    #: every letter typed here goes into the filter, so the app's letter keys are not offered
    TYPE_TO_FILTER = True
    BINDINGS = localized(
        Key("enter", "open", "library.key.open", show=False),
        Key("slash", "filter", "library.key.filter", key_display="/"),
        Key("escape", "clear_filter", "library.key.clear"),
        Key("escape", "back", "library.key.back"),
        Key("exclamation_mark", "show_problems", "library.key.problems", key_display="!"),
        # with nothing skipped, ! says so rather than doing nothing
        Key("exclamation_mark", "no_problems", "library.key.problems", show=False),
        Key("down", "next", "library.key.next", show=False),
        Key("up", "previous", "library.key.previous", show=False),
    )

    services = AppServices()

    def compose(self) -> ComposeResult:
        yield Static(id="library-bar", classes="bar")
        yield Input(id="filter", compact=True, select_on_focus=False)
        yield Static(id="no-match")
        yield ArticleList(id="articles")
        yield Static(id="skipped", classes="quiet")
        yield Footer()

    def on_mount(self) -> None:
        self.services.watch_language(self, self._relabel)
        self._relabel()
        self.query_one(ArticleList).focus()
        self.call_after_refresh(self.post_message, ScreenShown())

    def on_screen_resume(self) -> None:
        # How many aandacht notes each article has, and how far each is read; again on coming
        # back from a reader.
        from leeslamp.notes.attention_notes import note_counts

        link = self.services.journal_link
        link.call(note_counts, self._show_note_counts, group="library-counts")
        link.call(self._read_progress, self._show_progress, group="library-progress")

    def _show_note_counts(self, counts: dict[str, int]) -> None:
        article_list = self.query_one(ArticleList)
        if counts != article_list.note_counts:
            article_list.note_counts = counts
            self._show_matches()

    def _read_progress(self, journal: Journal) -> dict[str, float]:
        """In a thread: how far each opened article is read (the place just left first)."""
        self.services.journal_link.flush_positions()
        states = journal.recent_reading(limit=len(self.all_articles) + 1000)
        return {state.article: state.progress for state in states}

    def _show_progress(self, progress: dict[str, float]) -> None:
        article_list = self.query_one(ArticleList)
        if progress != article_list.progress:
            article_list.progress = progress
            self._show_matches()

    # --- what is shown -----------------------------------------------------------------

    @property
    def all_articles(self) -> list[Article]:
        return self.services.context.library().articles

    def _relabel(self, _language: str | None = None) -> None:
        """Fill in every text on this screen in the current language."""
        self.query_one("#filter", Input).placeholder = t("library.filter_placeholder")
        problems = self.services.context.library().problems
        skipped = self.query_one("#skipped", Static)
        skipped.display = bool(problems)
        if len(problems) == 1:
            skipped.update(t("library.skipped_one"))
        elif problems:
            skipped.update(t("library.skipped_many", count=len(problems)))
        self._show_matches()

    def _show_matches(self) -> None:
        query = self.query_one("#filter", Input).value
        shown = [a for a in self.all_articles if matches(a, query)] if query else self.all_articles
        article_list = self.query_one(ArticleList)
        article_list.show_articles(shown, keep=article_list.highlighted_id)
        title = f"leeslamp · {t('library.title')}"
        count = tn(
            "library.count", len(self.all_articles), shown=len(shown), total=len(self.all_articles)
        )
        self.query_one("#library-bar", Static).update(f"{title}  [dim]{count}[/dim]")
        no_match = self.query_one("#no-match", Static)
        no_match.display = not shown
        if not self.all_articles:
            no_match.update(t("library.empty"))
        elif not shown:
            no_match.update(plain(t("library.no_match", query=query)))

    # --- typing and keys -----------------------------------------------------------------

    def on_key(self, event: events.Key) -> None:
        """Type to filter: every letter or digit typed on the list goes into the filter, the
        app's own letters (h, l, d, z, c) too; Escape, the footer and Ctrl+P lead elsewhere."""
        character = event.character
        if self.focused is self.query_one(ArticleList) and character and character.isalnum():
            filter_input = self.query_one("#filter", Input)
            # Typed in now: focus moves only later, and letters typed fast arrive before it.
            filter_input.insert_text_at_cursor(character)
            filter_input.focus()
            event.stop()
            event.prevent_default()

    @on(Input.Changed, "#filter")
    def _filter_changed(self) -> None:
        self._show_matches()
        self.refresh_bindings()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.action_open()

    @on(OptionList.OptionSelected, "#articles")
    def _article_chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.post_message(OpenArticle(event.option.id))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("clear_filter", "back"):
            # Escape clears the filter first; with nothing to clear it goes back.
            filter_input = self.query_one("#filter", Input)
            nothing_to_clear = not filter_input.value and self.focused is not filter_input
            if nothing_to_clear != (action == "back"):
                return False
        problems = bool(self.services.context.library().problems)
        if (action == "show_problems" and not problems) or (action == "no_problems" and problems):
            return False
        return super().check_action(action, parameters)

    def action_open(self) -> None:
        article_id = self.query_one(ArticleList).highlighted_id
        if article_id is not None:
            self.post_message(OpenArticle(article_id))

    def action_back(self) -> None:
        self.post_message(GoBack())

    def action_filter(self) -> None:
        self.query_one("#filter", Input).focus()

    def action_clear_filter(self) -> None:
        self.query_one("#filter", Input).value = ""
        self.query_one(ArticleList).focus()

    def action_next(self) -> None:
        self.query_one(ArticleList).action_cursor_down()

    def action_previous(self) -> None:
        self.query_one(ArticleList).action_cursor_up()

    def action_no_problems(self) -> None:
        self.notify(t("library.no_problems"))

    def action_show_problems(self) -> None:
        from leeslamp.tui.screens.problems import ProblemsScreen

        self.app.push_screen(ProblemsScreen(self.services.context.library().problems))
