"""Every UI string, Dutch and English side by side, one module per area of leeslamp.

`t(key, **params)` gives the string in the current language. A key's first part names its
concept (`journal.title`, `assignment.imported`); `AREAS` says which module of this package holds
it, so `t()` imports only the areas that are asked for: `leeslamp vandaag` never loads the strings
of the coach's overview. A translation is one more column in every area module.
Dutch: informal *je*, short sentences, plain words.
"""

from __future__ import annotations

import importlib
import os
from functools import cache

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
LANGUAGE_ENV = "LEESLAMP_TAAL"

_current = DEFAULT_LANGUAGE

#: a key's first part -> the module (leeslamp.i18n.<area>) that holds its strings
AREAS: dict[str, str] = {
    "error": "core",
    "oserror": "core",
    "settings": "core",
    "date": "core",
    "type": "core",
    "problem": "core",
    "cli": "cli",
    "where": "cli",
    "app": "app",
    "tui": "app",
    "help": "app",
    "editor": "app",
    "select": "app",
    "confirm": "app",
    "library": "library",
    "article": "library",
    "articles": "library",
    "kind": "library",
    "problems": "library",
    "discipline": "library",
    "factor": "library",
    "reader": "library",
    "journal": "journal",
    "trash": "journal",
    "entrykind": "journal",
    "write": "journal",
    "restore": "journal",
    "history": "journal",
    "edit": "journal",
    "versions": "versions_view",
    "attention": "notes",
    "notepad": "notes",
    "today": "daily",
    "morning": "daily",
    "prompt": "daily",
    "intention": "daily",
    "assignment": "assignments",
    "compose": "assignments",
    "coach": "assignments",
    "preview": "assignments",
    "answers": "answers",
    "bundle": "answers",
    "overview": "answers",
    "dialogue": "answers",
    "search": "search",
    "export": "export",
    "import": "export",
    "path": "paths",
    "lock": "lock",
    "reminder": "reminder",
    "sync": "sync",
}


@cache
def area_strings(area: str) -> dict[str, tuple[str, str]]:
    """The (nl, en) pairs of one area module, imported on first use."""
    strings: dict[str, tuple[str, str]] = importlib.import_module(f"{__name__}.{area}").STRINGS
    return strings


def pair(key: str) -> tuple[str, str] | None:
    """The (nl, en) pair for `key`, or None for a key no area has."""
    area = AREAS.get(key.partition(".")[0])
    return area_strings(area).get(key) if area else None


@cache
def all_strings() -> dict[str, tuple[str, str]]:
    """Every area merged: for code that looks over all keys (the tests, a translator)."""
    merged: dict[str, tuple[str, str]] = {}
    for area in dict.fromkeys(AREAS.values()):
        merged.update(area_strings(area))
    return merged


def __getattr__(name: str) -> Any:
    # `i18n.STRINGS`, as before the split: merged on first use, so importing i18n stays cheap
    if name == "STRINGS":
        return all_strings()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def set_language(language: str) -> None:
    """Switch every later `t()` call to `language` ('nl' or 'en')."""
    global _current
    if language not in LANGUAGES:
        raise ValueError(language)
    _current = language


def language() -> str:
    return _current


def choose_language(explicit: str | None, from_settings: str | None = None) -> str:
    """--taal, then $LEESLAMP_TAAL, then the settings file, then Dutch. Unknown values are skipped."""
    for candidate in (explicit, os.environ.get(LANGUAGE_ENV), from_settings):
        if candidate and candidate.strip().lower() in LANGUAGES:
            return candidate.strip().lower()
    return DEFAULT_LANGUAGE


def t(key: str, /, **params: Any) -> str:
    """The string for `key` in the current language, with `{params}` filled in."""
    found = pair(key)
    if found is None:
        # A missing key is our bug; show the key rather than crash the reader's screen.
        return key
    text = found[LANGUAGES.index(_current)]
    return text.format(**params) if params else text


def tn(key: str, count: int, /, **params: Any) -> str:
    """`t()` for a sentence with a count: `key.one` when there is exactly one and that key exists
    ("1 artikel", not "1 artikelen"). `count` is passed on as the `{count}` parameter."""
    if count == 1 and pair(f"{key}.one") is not None:
        key = f"{key}.one"
    return t(key, count=count, **params)
