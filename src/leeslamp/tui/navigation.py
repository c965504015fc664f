"""Which screen is shown: the screen stack as the reader moves through leeslamp.

Vandaag is home; `h` and `l` go back down to Vandaag or the library when they are on the stack;
Escape goes back to where you came from. Readers of recently read articles are kept alive, so
going back to one is instant; so are the screens that keep what was typed in them (Zoeken,
Opdrachten). The App owns one Navigator and calls it for the messages screens post
(`tui.messages`); the reader's module (and Textual's Markdown widget) loads only when an article
opens.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from leeslamp.tui.breakpoints import with_breakpoints

if TYPE_CHECKING:
    from textual.app import App

    from leeslamp.core.context import Context

#: reader screens kept alive after you leave them, so going back to an article is instant
KEEP_READERS = 3

#: where `ShowScreen(kind)` leads (the method of Navigator that shows it)
SHOW = {
    "home": "show_home",
    "library": "show_library",
    "search": "show_search",
    "assignments": "show_assignments",
    "assignment-compose": "show_compose_assignment",
    "assignment-overview": "show_assignment_overview",
    "morning": "open_morning",
}


class Navigator:
    def __init__(self, app: App[Any], context: Context) -> None:
        self.app = app
        self.context = context
        self._readers: OrderedDict[str, Screen[Any]] = OrderedDict()

    @property
    def readers(self) -> list[Screen[Any]]:
        """The reader screens kept alive (on the stack or not)."""
        return list(self._readers.values())

    def show(self, kind: str) -> None:
        """Show the screen `ShowScreen(kind)` asks for."""
        getattr(self, SHOW[kind])()

    def home_screen(self) -> Screen[Any]:
        """The screen leeslamp opens on, and `h` (or Escape from a first screen) returns to."""
        from leeslamp.tui.screens.today import TodayScreen

        return with_breakpoints(TodayScreen(), self.app)

    def open_article(
        self,
        article_id: str,
        *,
        question: tuple[str, int] | None = None,
        reflection: str | None = None,
        block: int | None = None,
    ) -> None:
        """Show the reader for an article; a recently read one comes back as you left it.
        `question` (assignment id, number): opened to answer it; the writing panel goes there.
        `reflection` (an entry id): opened to show that reflection, in the writing panel.
        `block`: scrolled to that block (a passage found in Zoeken)."""
        from leeslamp.tui.screens.reader.screen import ReaderScreen  # Markdown: with the document

        article = self.context.library().get(article_id)
        name = f"reader:{article_id}"
        if not self.app.is_screen_installed(name):
            self.app.install_screen(with_breakpoints(ReaderScreen(article), self.app), name)
        self._readers[name] = self.app.get_screen(name)
        reader = self._readers[name]
        if isinstance(reader, ReaderScreen):
            reader.for_question = question
            if reflection is not None:
                reader.call_after_refresh(reader.show_reflection, reflection)
            if block is not None:
                reader.show_block(block)
        self._readers.move_to_end(name)
        if isinstance(self.app.screen, ReaderScreen):
            if self.app.screen is not self._readers[name]:
                self.app.switch_screen(name)
        else:
            self.app.push_screen(name)
        self._forget_old_readers()

    def _forget_old_readers(self) -> None:
        while len(self._readers) > KEEP_READERS:
            name, screen = next(iter(self._readers.items()))
            if screen in self.app.screen_stack:
                break
            del self._readers[name]
            self.app.uninstall_screen(name)
            screen.remove()  # an uninstalled screen off the stack is not pruned by itself

    def show_library(self) -> None:
        """Back to the library if it is on the stack, else the library on top of this screen."""
        from leeslamp.tui.screens.library import LibraryScreen

        self._show(LibraryScreen, LibraryScreen)

    def show_home(self) -> None:
        """Back to Vandaag, however deep the stack is; made now if it is not on the stack."""
        from leeslamp.tui.screens.today import TodayScreen

        self._show(TodayScreen, self.home_screen, replace=True)

    def _show(
        self, kind: type[Screen[Any]], make: Callable[[], Screen[Any]], *, replace: bool = False
    ) -> None:
        """Pop down to the screen of `kind` when it is on the stack; else put a new one on top
        (`replace`: in place of the screen shown now, when that is the only one)."""
        self._keep_place()
        if any(isinstance(screen, kind) for screen in self.app.screen_stack):
            while not isinstance(self.app.screen, kind):
                self.app.pop_screen()
        elif replace and len(self.app.screen_stack) <= 2:
            self.app.switch_screen(make())
        else:
            self.app.push_screen(make())

    def open_morning(self) -> None:
        """The ochtend mode over whatever is shown (it reads today's question itself)."""
        from leeslamp.tui.screens.morning import MorningScreen

        if not isinstance(self.app.screen, MorningScreen):
            self.app.push_screen(MorningScreen())

    def _keep_place(self) -> None:
        """Leaving a reader: hand its position to the journal link now, before the next screen
        reads positions (Vandaag's "verder lezen"), rather than on the reader's suspend event."""
        save_position = getattr(self.app.screen, "save_position", None)
        if save_position is not None:
            save_position()

    def go_back(self) -> None:
        """Escape: back to the screen you came from; Vandaag if this one was the first."""
        self._keep_place()
        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()
        else:
            self.app.switch_screen(self.home_screen())

    def show_kept_screen(self, name: str, make: Callable[[], Screen[Any]]) -> None:
        """Show the screen kept under `name` (made by `make` the first time, then kept alive
        with what was typed in it): back down to it if it is on the stack, else on top."""
        if not self.app.is_screen_installed(name):
            self.app.install_screen(make(), name)
        screen = self.app.get_screen(name)
        if screen in self.app.screen_stack:
            while self.app.screen is not screen:
                self.app.pop_screen()
        else:
            self.app.push_screen(screen)

    def show_search(self) -> None:
        from leeslamp.tui.screens.search import SearchScreen

        self.show_kept_screen("search", SearchScreen)

    def search_with(self, article: str | None, kind: str | None) -> None:
        """Zoeken with these filters (`/` in the Dagboek)."""
        from leeslamp.tui.screens.search import SearchScreen

        self.show_search()
        screen = self.app.get_screen("search")
        if isinstance(screen, SearchScreen):
            screen.use_filters(article, kind)

    def show_assignments(self) -> None:
        from leeslamp.tui.screens.assignments import AssignmentsScreen

        self.show_kept_screen("assignments", AssignmentsScreen)

    def show_compose_assignment(self) -> None:
        from leeslamp.tui.screens.assignment_compose import ComposeScreen

        self.show_kept_screen("assignment-compose", ComposeScreen)

    def show_assignment_overview(self) -> None:
        from leeslamp.tui.screens.assignment_overview import OverviewScreen

        self.show_kept_screen("assignment-overview", OverviewScreen)
