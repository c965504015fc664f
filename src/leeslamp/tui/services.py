"""What screens and widgets may use of the app they run in, defined once.

A screen or widget reads `self.services` (the `AppServices` accessor below) and never the
concrete App: it gets the context (clock, language, folders, settings, the library) and the
journal link, and asks the App for everything else by posting a message (`tui.messages`).
Any App with a `services` attribute can host them, so a widget can be tested in a small
host app (see tests/test_tui_host.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date, datetime

    from textual.dom import DOMNode

    from leeslamp.core.context import Context
    from leeslamp.core.settings import Settings
    from leeslamp.library.articles import Library
    from leeslamp.tui.journal_link import JournalLink


@dataclass
class Services:
    """The app's services, made once by the App and shared by every screen and widget."""

    context: Context
    journal_link: JournalLink

    @property
    def settings(self) -> Settings:
        return self.context.settings

    def library(self) -> Library:
        return self.context.library()

    def now(self) -> datetime:
        """The clock (a fixed one in tests)."""
        return self.context.current_time()

    def today(self) -> date:
        return self.context.today()

    def watch_language(self, node: DOMNode, relabel: Callable[[str], None]) -> None:
        """Call `relabel(language)` whenever the UI language changes (Ctrl+T), for as long as
        `node` is mounted. The App keeps the language in its `language` reactive: this is the
        one place outside the App that knows so."""
        node.watch(node.app, "language", relabel, init=False)


def services_of(node: DOMNode) -> Services:
    """The services of the app `node` runs in."""
    services = getattr(node.app, "services", None)
    if not isinstance(services, Services):
        raise RuntimeError(f"{type(node.app).__name__} has no leeslamp services")
    return services


class AppServices:
    """`services = AppServices()` in a screen or widget class: `self.services` is its app's
    `Services` (looked up when used, so the node must be mounted)."""

    @overload
    def __get__(self, node: None, owner: type) -> AppServices: ...
    @overload
    def __get__(self, node: DOMNode, owner: type) -> Services: ...
    def __get__(self, node: DOMNode | None, owner: type) -> Services | AppServices:
        if node is None:
            return self
        return services_of(node)
