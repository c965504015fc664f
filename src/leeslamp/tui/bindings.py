"""Key bindings whose descriptions follow the reader's language, switchable while the app runs.

Textual 8 fixes a binding's description when the class is made and has no public way to change it
afterwards (textual#5733); its documented tool for bindings that change is `check_action` ("dynamic
actions"). So each key is declared once, as a `Key`, and `localized()` turns it into one Binding
per language, with the language as the action's last parameter: `open('lang:en')`. The
`LocalizedBindings.check_action` mixin lets only the current language's binding count, so the footer,
the help screen and key presses all see one binding per key, in the current language. Action
methods never see the marker: Textual passes an action only as many parameters as it accepts.
After a language switch, `refresh_bindings()` redraws the footer.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.binding import Binding, BindingType

from leeslamp import i18n

if TYPE_CHECKING:
    from textual.dom import DOMNode

    # mypy sees the node the mixin is mixed into (its `check_action`); at run time it is a
    # plain class: a DOMNode base would add a CSS type name to every screen and widget.
    _MixinBase = DOMNode
else:
    _MixinBase = object

MARKER = "lang:"


@dataclass(frozen=True)
class Key:
    """One key (or comma-separated keys) for an action, described by an i18n key."""

    keys: str
    action: str
    description: str
    show: bool = True
    id: str | None = None
    priority: bool = False
    key_display: str | None = None


def text_in(language: str, key: str) -> str:
    """An i18n string in a given language, whatever the current one is."""
    pair = i18n.pair(key)
    return pair[i18n.LANGUAGES.index(language)] if pair else key


def localized(*keys: Key) -> list[BindingType]:
    """Bindings for `keys`, one per language; `LocalizedBindings` picks the current one.
    Typed as Textual types `BINDINGS` (a list is invariant), so a class can say
    `BINDINGS = localized(...)`; the items are all Binding objects."""
    return [
        Binding(
            key.keys,
            f"{key.action}('{MARKER}{language}')",
            text_in(language, key.description),
            show=key.show,
            id=key.id,
            priority=key.priority,
            key_display=key.key_display,
        )
        for key in keys
        for language in i18n.LANGUAGES
    ]


def binding_language(action: str) -> str | None:
    """'open('lang:en')' -> 'en'; None for an action without a language marker."""
    if action.endswith("')") and f"('{MARKER}" in action:
        return action.rsplit(MARKER, 1)[1][:-2]
    return None


def in_current_language(bindings: Iterable[Any]) -> list[Binding]:
    """The Binding objects of a BINDINGS list that belong to the current language."""
    return [
        binding
        for binding in bindings
        if isinstance(binding, Binding)
        and binding_language(binding.action) in (None, i18n.language())
    ]


class LocalizedBindings(_MixinBase):
    """Mixin for the App, screens and widgets that declare bindings with `localized()`."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        last = parameters[-1] if parameters else None
        if isinstance(last, str) and last.startswith(MARKER) and last != MARKER + i18n.language():
            return False
        return super().check_action(action, parameters)


#: keys Textual names in English (`space`, `pgdn`, `del`): the i18n key of our name for each
_KEY_NAMES = {
    "space": "tui.keyname.space",
    "pagedown": "tui.keyname.pagedown",
    "pageup": "tui.keyname.pageup",
    "delete": "tui.keyname.delete",
    "home": "tui.keyname.home",
    "end": "tui.keyname.end",
}


def key_display(binding: Binding) -> str | None:
    """How the footer and help name a binding's key, where leeslamp names it itself (else None:
    Textual's name). Modifiers as Textual writes them: `^` for ctrl, `shift+` for the rest."""
    if binding.key_display:
        return None
    modifiers, key = binding.parse_key()
    if key not in _KEY_NAMES:
        return None
    name = i18n.t(_KEY_NAMES[key])
    prefix = "^" if "ctrl" in modifiers else ""
    return "+".join([*(m for m in modifiers if m != "ctrl"), prefix + name])


#: the text fields a letter key types into (module, class); see `is_text_field`
_TEXT_FIELDS = (("textual.widgets._input", "Input"), ("textual.widgets._text_area", "TextArea"))


def is_text_field(widget: object) -> bool:
    """Is `widget` an Input or a TextArea (read-only ones too)? Checked without importing
    TextArea: a module that was never loaded made no widget, and start-up stays lean."""
    for module_name, class_name in _TEXT_FIELDS:
        module = sys.modules.get(module_name)
        if module is not None and isinstance(widget, getattr(module, class_name)):
            return True
    return False
