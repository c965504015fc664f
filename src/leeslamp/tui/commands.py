"""The command palette (Ctrl+P): open any article, Vandaag, ochtend, the library, search, the
assignments, help, switch language, quit.

Replaces Textual's own system commands, whose labels are English only; `Palette` says its own
words ("Search for commands…", "No matches found") in the reader's language too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.widgets.option_list import Option

from leeslamp.i18n import t
from leeslamp.tui.describe import byline
from leeslamp.tui.plain import plain
from leeslamp.tui.themes import LABELS

if TYPE_CHECKING:
    from textual.fuzzy import Matcher

    from leeslamp.tui.app import LeeslampApp


class LeeslampCommands(Provider):
    def _commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        """(label, help, callback) for everything the palette offers, in display order."""
        app = cast("LeeslampApp", self.app)
        for article in app.context.library().articles:
            yield (
                t("tui.cmd.read", title=article.title),
                byline(article),
                partial(app.navigator.open_article, article.id),
            )
        yield t("tui.key.home"), t("tui.cmd.home_help"), app.navigator.show_home
        yield t("tui.cmd.morning"), t("tui.cmd.morning_help"), app.navigator.open_morning
        yield t("tui.cmd.library"), t("tui.cmd.library_help"), app.navigator.show_library
        yield t("tui.cmd.search"), t("tui.cmd.search_help"), app.navigator.show_search
        yield (
            t("tui.cmd.assignments"),
            t("tui.cmd.assignments_help"),
            app.navigator.show_assignments,
        )
        yield t("tui.cmd.compose"), t("tui.cmd.compose_help"), app.navigator.show_compose_assignment
        yield (
            t("tui.cmd.overview"),
            t("tui.cmd.overview_help"),
            app.navigator.show_assignment_overview,
        )
        yield t("tui.cmd.help"), t("tui.cmd.help_help"), app.action_help
        yield t("journal.title"), t("journal.cmd_help"), app.action_journal
        yield t("tui.key.language"), t("tui.cmd.language_help"), app.action_toggle_language
        # leeslamp's own first, then Textual's by name
        for name in sorted(app.available_themes, key=lambda name: (name not in LABELS, name)):
            label = t(LABELS[name]) if name in LABELS else name
            yield (
                t("tui.cmd.theme", name=label),
                t("tui.cmd.theme_help"),
                partial(app.choose_theme, name),
            )
        yield t("tui.key.quit"), t("tui.cmd.quit_help"), app.action_quit

    async def discover(self) -> Hits:
        for label, help_text, callback in self._commands():
            yield DiscoveryHit(plain(label), callback, text=label, help=plain_help(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, help_text, callback in self._commands():
            score = matcher.match(label)
            if score > 0:
                yield Hit(
                    score,
                    highlight(matcher, label),
                    callback,
                    text=label,
                    help=plain_help(help_text),
                )


def highlight(matcher: Matcher, label: str) -> Content:
    """`Matcher.highlight` without its markup parsing: a title is text, not markup."""
    content = plain(label)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, label)
    for offset in offsets:
        if not label[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


def plain_help(text: str) -> str:
    """The palette parses a hit's help as markup whatever its type says; a Content passes
    through as it is (`Content.from_markup` returns a Content unchanged)."""
    return cast(str, plain(text))


class Palette(CommandPalette):
    """Textual's command palette in the reader's language."""

    def __init__(self) -> None:
        super().__init__(placeholder=t("tui.palette.placeholder"), id="--command-palette")

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """Textual 8.2's own (`CommandPalette._start_no_matches_countdown`), which has its
        "No matches found" in English in a closure: the same steps, in our words."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(t("tui.palette.no_matches"), style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:  # discovering (nothing typed): no commands is nothing to point out
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
