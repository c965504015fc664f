"""The key footer, rebuilt at most once per refresh.

Textual's Footer rebuilds all its keys (a recompose) for every `refresh_bindings()`, and a
single key press can publish several (a focus change, a panel opening, a status line): each
rebuild mounts a widget per key and restyles them. This one lets a rebuild that is already
waiting for the next refresh stand for the later requests too: it reads the bindings when it
runs, so the footer shows the same keys, built once.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    _rebuild_waiting = False

    def bindings_changed(self, screen: Screen) -> None:  # type: ignore[type-arg]
        if self._rebuild_waiting:
            return
        super().bindings_changed(screen)
        # the conditions under which Textual's Footer schedules its rebuild (textual 8.2)
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._rebuild_waiting = True

    async def recompose(self) -> None:
        # Cleared before the keys are read: a change from now on needs a rebuild of its own.
        self._rebuild_waiting = False
        await super().recompose()
