"""The leeslamp app: screens, app-wide keys, language, and the one place worker failures surface.

`run.run_app()` is what the command line calls. The app opens on Vandaag, straight at an
article for `leeslamp lees ID`, or in the ochtend mode for `leeslamp ochtend`; which screen is
shown after that is the Navigator's (`tui/navigation.py`). `h` (Vandaag) and `l` (Bibliotheek)
work from anywhere a text field does not have the keys.
"""

from __future__ import annotations

import dataclasses
import gc
import sys
import threading
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from textual import work
from textual.app import App
from textual.reactive import reactive
from textual.screen import ModalScreen, Screen
from textual.worker import Worker, WorkerState

from leeslamp import i18n
from leeslamp.core import settings as settings_module
from leeslamp.core.errors import (
    EnvironmentProblem,
    JournalLocked,
    JournalWriteError,
    LeeslampError,
    bug_sentence,
    os_reason,
)
from leeslamp.core.safe_text import for_terminal
from leeslamp.i18n import t
from leeslamp.tui import stylesheets
from leeslamp.tui.bindings import Key, LocalizedBindings, is_text_field, key_display, localized
from leeslamp.tui.journal_link import JournalLink
from leeslamp.tui.messages import (
    GoBack,
    JournalChanged,
    OpenArticle,
    ScreenShown,
    SearchWith,
    ShowScreen,
)
from leeslamp.tui.navigation import Navigator
from leeslamp.tui.services import Services
from leeslamp.tui.themes import THEMES

if TYPE_CHECKING:
    from textual.binding import Binding
    from textual.notifications import SeverityLevel

    from leeslamp.core.context import Context


def _commands_provider() -> type:
    """The command palette's provider, imported when the palette first opens."""
    from leeslamp.tui.commands import LeeslampCommands

    return LeeslampCommands


#: seconds Ctrl+Q waits at most for the keys typed before it
QUIT_AT_THE_LATEST = 0.5


def _import_reader() -> None:
    """In a thread: the reader's module and Textual's Markdown widget (~45 ms of imports),
    so that opening the first article does not wait for them (nor paints a preview first)."""
    import leeslamp.tui.screens.reader.document
    import leeslamp.tui.screens.reader.screen  # noqa: F401


class LeeslampApp(LocalizedBindings, App[None]):
    TITLE = "leeslamp"
    COMMANDS: ClassVar = {_commands_provider}
    BINDINGS = localized(
        Key("question_mark", "help", "tui.key.help", id="help"),
        Key("f1", "help", "tui.key.help", show=False, id="help.f1"),
        # Not in the footer, to leave room for each screen's own keys at 80 columns: Ctrl+Q is
        # in the help and the palette, and Ctrl+C says how to quit.
        Key("ctrl+q", "quit", "tui.key.quit", show=False, id="quit", priority=True),
        Key(
            "ctrl+p", "command_palette", "tui.key.palette", show=False, id="palette", priority=True
        ),
        # The ways to the other screens are in the help and the palette too: in the footer they
        # pushed a screen's own keys out of 80 columns (tests/test_tui_footers.py).
        Key("d", "journal", "journal.key.show", show=False, id="journal"),
        Key("ctrl+t", "toggle_language", "tui.key.language", show=False, id="language"),
        Key("h", "home", "tui.key.home", show=False, id="home"),
        Key("l", "library", "tui.key.library", show=False, id="library"),
        Key("z", "search", "tui.key.search", show=False, id="search"),
        Key("c", "assignments", "tui.key.assignments", show=False, id="assignments"),
    )

    #: seconds after the first screen is up before the other screens' styles are parsed and
    #: the reader's module is imported (in a thread): after Vandaag is filled in from the
    #: journal, before another screen is likely opened (one opened sooner gets its styles then)
    later_delay: ClassVar[float] = 1.5

    #: the UI language ("nl" or "en"); screens relabel themselves (`Services.watch_language`)
    language: reactive[str] = reactive(i18n.DEFAULT_LANGUAGE, init=False)

    def __init__(
        self,
        context: Context,
        article_id: str | None = None,
        *,
        morning: bool = False,
        minutes: int | None = None,
    ) -> None:
        super().__init__()
        self.context = context
        self.start_article = article_id
        #: `leeslamp ochtend`: start in the ochtend mode (with a writing timer of `minutes`)
        self.start_morning = morning
        self.start_minutes = minutes
        #: a problem that must end the app; `run_app` raises it after the screen is restored
        self.fatal_error: LeeslampError | None = None
        self.journal_link = JournalLink(self, context)
        #: which screen is shown, and the ones kept alive
        self.navigator = Navigator(self, context)
        #: what screens and widgets may use (`self.services` there); they never see the App
        self.services = Services(context, self.journal_link)
        self._journal_requested = False
        self._all_styles_loaded = False
        self._settings_lock = threading.Lock()
        self._quitting = self._quit_done = False
        self.set_reactive(LeeslampApp.language, context.language)
        i18n.set_language(context.language)
        for theme in THEMES:
            self.register_theme(theme)
        # Only the first screen's styles before its first paint; the rest a while after it is
        # up (`_later`), or as soon as another screen comes (stylesheets.py).
        first = "article" if article_id is not None else "morning" if morning else "home"
        stylesheets.load_first(self, first)
        #: a theme in settings.toml that is not there: said once the app runs
        self._unknown_theme: str | None = None
        saved_theme = context.settings.theme
        if saved_theme in self.available_themes:
            self.theme = saved_theme  # before the first paint: styled once, in this theme
        elif saved_theme:
            self._unknown_theme = saved_theme

    # --- screens ----------------------------------------------------------------------

    def on_mount(self) -> None:
        if self._unknown_theme is not None:
            self.notify(t("tui.theme_unknown", name=self._unknown_theme), severity="warning")
        # `leeslamp lees ID` and `leeslamp ochtend` show only their screen; Vandaag is made
        # when you go back.
        if self.start_article is not None:
            self.navigator.open_article(self.start_article)
        elif self.start_morning:
            from leeslamp.tui.screens.morning import MorningScreen

            self.push_screen(MorningScreen(minutes=self.start_minutes))
        else:
            self.push_screen(self.navigator.home_screen())
        self.screen_change_signal.subscribe(self, self._all_styles)
        # Should no screen report in (see `first_screen_shown`), open the journal anyway.
        self.set_timer(1.0, self.first_screen_shown)

    def first_screen_shown(self) -> None:
        """A screen has painted its first content: now the journal may open, in a thread
        (importing and opening it holds Python's GIL, so not before the first screen is up)."""
        gc.enable()  # paused by `leeslamp.cli.reading` until the first screen is up
        if not self._journal_requested:
            self._journal_requested = True
            self.journal_link.open()
            self.set_timer(self.later_delay, self._later)

    def _later(self) -> None:
        """What the first screen does not show, once it is up and filled in."""
        self._all_styles()
        if "leeslamp.tui.screens.reader.document" not in sys.modules:
            self.run_worker(_import_reader, thread=True, group="prefetch", exit_on_error=False)

    def _all_styles(self, _screen: Screen[Any] | None = None) -> None:
        """The styles of every screen, once: a while after the first screen is up, or before
        another screen is shown, should that come first."""
        if not self._all_styles_loaded:
            self._all_styles_loaded = True
            self.screen_change_signal.unsubscribe(self)
            stylesheets.load_rest(self, _screen)

    # --- what screens ask for (tui.messages) ---------------------------------------------

    def on_open_article(self, message: OpenArticle) -> None:
        self.navigator.open_article(
            message.article_id,
            question=message.question,
            reflection=message.reflection,
            block=message.block,
        )

    def on_go_back(self, message: GoBack) -> None:
        self.navigator.go_back()

    def on_show_screen(self, message: ShowScreen) -> None:
        self.navigator.show(message.kind)

    def on_search_with(self, message: SearchWith) -> None:
        self.navigator.search_with(message.article, message.kind)

    def on_screen_shown(self, message: ScreenShown) -> None:
        self.first_screen_shown()

    # --- the journal ----------------------------------------------------------------------

    def journal_locked(self, error: JournalLocked) -> None:
        """Another leeslamp has the journal: offer to go on read-only, or stop."""
        from leeslamp.tui.screens.choice import journal_locked_choice

        def chosen(read_only: bool | None) -> None:
            if read_only:
                self.journal_link.open(read_only=True)
                self.notify(t("tui.journal.read_only_now"), timeout=8)
            else:
                self.fail(error)

        self.push_screen(journal_locked_choice(error.sentence()), chosen)

    def journal_needs_passphrase(self, read_only: bool) -> None:
        """The journal is locked: ask for its passphrase, then open it; else stop, untouched."""
        from leeslamp.core.errors import UserInputError
        from leeslamp.tui.screens.passphrase import PassphraseScreen

        def answered(opened: bool | None) -> None:
            if opened:
                self.journal_link.open(read_only=read_only)
            else:
                key = "lock.wrong_passphrase" if opened is False else "lock.stays_locked"
                self.fail(UserInputError(key))

        self.push_screen(PassphraseScreen(self.context.paths.data_dir), answered)

    def journal_not_writable(self, error: JournalWriteError) -> None:
        """The journal cannot be written (its folder is read-only, say); the link opens it
        read-only. Said once, plainly: nothing was typed yet, so nothing was lost."""
        path = error.params.get("path", self.context.paths.data_dir)
        if error.key == "journal.read_only_folder":
            message = t("tui.journal.folder_read_only", path=path)
        else:
            reason = error.params.get("reason") or t("oserror.disk_full")
            message = t("tui.journal.cannot_write", path=path, reason=reason)
        self.notify(message, severity="warning", timeout=12)

    def action_journal(self) -> None:
        """The Dagboek; from an entry or the Prullenbak opened there, back to it."""
        from textual.screen import ModalScreen

        from leeslamp.tui.screens.journal import JournalScreen

        if isinstance(self.screen, ModalScreen):
            return
        if any(isinstance(screen, JournalScreen) for screen in self.screen_stack):
            while not isinstance(self.screen, JournalScreen):
                self.pop_screen()
        else:
            self.push_screen(JournalScreen())

    # --- actions ------------------------------------------------------------------------

    #: actions on plain letter keys: off while a text field (even a read-only one) has focus
    #: app-wide actions on plain letters: off while a text field has focus (it takes letters)
    LETTER_KEY_ACTIONS = frozenset({"search", "assignments", "home", "library", "journal"})

    def action_help(self) -> None:
        from leeslamp.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_home(self) -> None:
        self.navigator.show_home()

    def action_library(self) -> None:
        self.navigator.show_library()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Letter keys yield to text fields and to screens where typing filters (the library);
        `h` and `l` are not offered where they lead."""
        if action in self.LETTER_KEY_ACTIONS and (
            is_text_field(self.focused) or getattr(self.screen, "TYPE_TO_FILTER", False)
        ):
            return False
        if action == "home" and self._showing("leeslamp.tui.screens.today", "TodayScreen"):
            return False
        if action == "library" and self._showing("leeslamp.tui.screens.library", "LibraryScreen"):
            return False
        return super().check_action(action, parameters)

    def _showing(self, module: str, name: str) -> bool:
        """Is the screen shown now a `module.name`? (Never imports the module: the footer asks
        this at start-up, and a screen whose module is not loaded is not on the screen.)"""
        loaded = sys.modules.get(module)
        return loaded is not None and isinstance(self.screen, getattr(loaded, name))

    def action_command_palette(self) -> None:
        from leeslamp.tui.commands import Palette

        # Textual types it `App[object]`, which an App[None] is not (App is invariant)
        if not Palette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(Palette())

    def get_key_display(self, binding: Binding) -> str:
        """Key names in the reader's language (`spatie`, `PgDn`) where Textual's are English."""
        return key_display(binding) or super().get_key_display(binding)

    async def action_quit(self) -> None:  # async as Textual's; it awaits nothing
        """Ctrl+Q is a priority key: it runs before the keys typed just ahead of it, which still
        wait in the focused widget's queue. Quit behind them, so their words are kept (and
        after a moment anyway, should that widget never get to it)."""
        if self._quitting:
            return
        self._quitting = True
        focused = self.focused
        if focused is not None:
            focused.call_later(self._quit_after_typing)
            self.set_timer(QUIT_AT_THE_LATEST, self._quit_after_typing)
        else:
            self._quit_after_typing()

    def _quit_after_typing(self) -> None:
        """Keep the reader's place and every editor's text, then close; `run_app` writes what
        is left to the journal."""
        from leeslamp.tui.screens.reader.screen import ReaderScreen

        if self._quit_done:
            return
        self._quit_done = True
        if "leeslamp.tui.widgets.entry_editor" in sys.modules:  # else no editor was ever made
            from leeslamp.tui.widgets.entry_editor import EntryEditor

            for screen in self.screen_stack:
                for editor in screen.query(EntryEditor):
                    editor.take_text()
        if isinstance(self.screen, ReaderScreen):
            self.screen.save_position()
        self.exit()

    def action_search(self) -> None:
        if not isinstance(self.screen, ModalScreen):  # not from under help or a question
            self.navigator.show_search()

    def action_assignments(self) -> None:
        if not isinstance(self.screen, ModalScreen):
            self.navigator.show_assignments()

    def action_help_quit(self) -> None:
        """Ctrl+C: say how to quit instead of quitting (Textual's default, in our words)."""
        self.notify(t("tui.quit_hint"))

    def action_toggle_language(self) -> None:
        self.switch_language("en" if self.language == "nl" else "nl")

    # --- language -----------------------------------------------------------------------

    def switch_language(self, language: str) -> None:
        """Relabel every screen in `language` and remember the choice in the settings file."""
        i18n.set_language(language)
        self.context.language = language
        self.language = language  # screens watch this (Services.watch_language) and relabel
        for screen in {*self.screen_stack, *self.navigator.readers}:
            screen.refresh_bindings()
        self.notify(t("tui.language_now"))
        self._save_setting("language", language, "tui.settings_not_saved")

    def choose_theme(self, name: str) -> None:
        """The palette's "Thema: …": this theme now, and at every next start."""
        self.theme = name
        self._save_setting("theme", name, "tui.theme_not_saved")

    @work(thread=True, exclusive=False, group="settings", exit_on_error=False)
    def _save_setting(self, name: Literal["language", "theme"], value: str, failed: str) -> None:
        """Keep one setting in settings.toml; `failed`: the sentence (an i18n key) if it can't."""
        with self._settings_lock:  # one save at a time, each on top of the one before
            settings = self.context.settings
            if name == "theme":
                chosen = dataclasses.replace(settings, theme=value)
            else:
                chosen = dataclasses.replace(settings, language=value)
            try:
                saved = settings_module.save(self.context.paths.settings, chosen)
            except OSError as exc:
                raise EnvironmentProblem(failed, reason=os_reason(exc)) from exc
            self.context.settings = saved
        for notice in saved.notices:  # a broken file set aside, a new reader id: said once
            self.call_from_thread(self.notify, notice, severity="warning", timeout=20)

    # --- failures -----------------------------------------------------------------------

    def on_journal_changed(self, message: JournalChanged) -> None:
        # from the thread that wrote it: every editor of that entry shows the new text
        self.journal_link.publish(message.entry)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Every worker that fails ends here and becomes a sentence; none fails silently."""
        if event.state is not WorkerState.ERROR:
            return
        error = event.worker.error
        if isinstance(error, LeeslampError):
            self.notify(error.sentence(), severity="error", timeout=12)
        elif error is not None:
            if self.context.debug:
                self.log.error(error)
            self.notify(bug_sentence(error), severity="error", timeout=20)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification is plain text: they name paths, OS errors, quotes and titles, and
        a str here is parsed as markup (`[@click=...]` would run) unless told otherwise. Every
        widget's and screen's `notify` comes here, so no call can forget it."""
        del markup  # leeslamp's own sentences hold no markup
        super().notify(
            for_terminal(message),
            title=for_terminal(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def fail(self, error: LeeslampError) -> None:
        """Stop the app because of `error`; `run_app` tells the reader after the screen is back."""
        self.fatal_error = error
        self.exit(return_code=error.exit_code)
