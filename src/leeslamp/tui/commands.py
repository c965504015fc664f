"""The command palette (Ctrl+P): open any article, Vandaag, ochtend, the library, search, the
assignments, help, switch language, quit.

Replaces Textual's own system commands, whose labels are English only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from leeslamp.i18n import t
from leeslamp.tui.describe import byline
from leeslamp.tui.plain import plain

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
