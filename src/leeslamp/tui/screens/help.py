"""Every key of the screen you came from and of the app, made from their bindings.

Nothing here is a hand-kept list: the rows come from the screens' and the app's BINDINGS, in the
current language, grouped per action ("↓ / j  Regel omlaag"), and from widgets on the screen
that name keys of their own for the help (every editor's Ctrl+L, under "Bij het schrijven").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, in_current_language, localized


def key_rows(
    bindings: Iterable[BindingType],
    key_display: Callable[[Binding], str],
    groups: dict[str, str] | None = None,
) -> list[tuple[str, str, str | None]]:
    """(keys, description, group) per action, keys joined in declaration order; `group` is
    the heading (an i18n key) of a mode the action belongs to, from `groups`, else None."""
    rows: dict[tuple[str, str], list[str]] = {}
    for binding in in_current_language(bindings):
        if not binding.description:
            continue
        for key in binding.key.split(","):
            shown = key_display(
                Binding(key.strip(), binding.action, key_display=binding.key_display)
            )
            keys = rows.setdefault((binding.action, binding.description), [])
            if shown not in keys:
                keys.append(shown)
    groups = groups or {}
    return [
        (" / ".join(keys), description, groups.get(action.split("(", 1)[0]))
        for (action, description), keys in rows.items()
    ]


def widget_keys(screen: Screen[Any]) -> dict[str, list[BindingType]]:
    """The keys that widgets on `screen` list in the help (`HELP_BINDINGS`), by their heading
    (`HELP_SECTION`, an i18n key): once per heading, however many editors the screen has."""
    found: dict[str, list[BindingType]] = {}
    for node in screen.walk_children(with_self=False):
        heading = getattr(type(node), "HELP_SECTION", None)
        if isinstance(heading, str) and heading not in found:
            found[heading] = list(getattr(type(node), "HELP_BINDINGS", ()))
    return found


class HelpScreen(LocalizedBindings, ModalScreen[None]):
    BINDINGS = localized(
        Key("escape", "dismiss", "tui.key.close"),
        Key("question_mark", "dismiss", "tui.key.close", show=False),
        Key("f1", "dismiss", "tui.key.close", show=False),
    )

    def __init__(self, under: Screen[Any]) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        screen_name = t(getattr(self.under, "HELP_NAME", "help.title"))
        with Vertical(id="help", classes="dialog"):
            with Vertical(classes="dialog-head"):
                yield Static(t("help.title"), classes="dialog-title")
                yield Static(t("help.close_hint"), classes="dialog-hint")
            with VerticalScroll(id="help-keys"):
                yield Static(t("help.on_screen", screen=screen_name), classes="help-section")
                note = getattr(self.under, "HELP_NOTE", None)
                if note is not None:  # what this screen does differently from the rest
                    yield Static(t(note), classes="dialog-hint")
                # keys that work only in one mode (choosing a passage) under its own heading
                groups = getattr(self.under, "HELP_GROUPS", {})
                # from the screen, not its class: a choice dialog carries its own keys
                rows = key_rows(self.under.BINDINGS, self.app.get_key_display, groups)
                yield Static(
                    self._table([row for row in rows if row[2] is None]), classes="help-table"
                )
                for group in dict.fromkeys(row[2] for row in rows if row[2] is not None):
                    yield Static(t(group), classes="help-section")
                    yield Static(
                        self._table([row for row in rows if row[2] == group]), classes="help-table"
                    )
                # keys of a widget on the screen (the editors' Ctrl+L), under its heading
                for heading, bindings in widget_keys(self.under).items():
                    yield Static(t(heading), classes="help-section")
                    rows = key_rows(bindings, self.app.get_key_display)
                    yield Static(self._table(rows), classes="help-table")
                yield Static(t("help.everywhere"), classes="help-section")
                app_rows = key_rows(type(self.app).BINDINGS, self.app.get_key_display)
                yield Static(self._table(app_rows), classes="help-table")

    def _table(self, rows: list[tuple[str, str, str | None]]) -> Content:
        width = 14  # the same column in every table; longer key lists just push the text on
        lines = [
            Content.assemble((keys.ljust(width), "bold $text-accent"), "  ", description)
            for keys, description, _group in rows
        ]
        return Content("\n").join(lines)
