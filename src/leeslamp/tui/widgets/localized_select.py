"""A Select whose pop-up list says its key in the reader's language.

Textual's SelectOverlay binds escape as "Dismiss menu", in English, in the footer. The overlay
is made in `Select.compose`, so a Select that composes our overlay is the one way to change it;
both classes live in textual's private `_select` module (Textual 8), hence the import from there.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Select
from textual.widgets._select import SelectCurrent, SelectOverlay

from leeslamp.tui.bindings import Key, LocalizedBindings, localized


class LocalizedSelectOverlay(LocalizedBindings, SelectOverlay):
    # replaces the overlay's own escape binding (a subclass's key wins over its base's)
    BINDINGS = localized(Key("escape", "dismiss", "select.key.dismiss"))


class LocalizedSelect(Select[str]):
    def compose(self) -> ComposeResult:
        yield SelectCurrent(self.prompt)
        yield LocalizedSelectOverlay(type_to_search=self._type_to_search).data_bind(
            compact=Select.compact
        )
