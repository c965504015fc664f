"""The app's stylesheet in two steps: before the first paint only the files the first screen
needs, the rest a while after it is on screen (`LeeslampApp.later_delay`), or as soon as
another screen is shown, should that come first.

One .tcss file per screen or widget group (`tui/styles/`). The App loads them itself instead
of through `CSS_PATH`. Measured here (textual 8.2.8, 100x30, CPU time of the stylesheet work,
medians of 5 runs; Vandaag, then `leeslamp lees`):

- all ten files in the App's `CSS_PATH` (as before): 15 / 14.5 ms of parsing before the
  first paint, nothing later;
- each screen its own `CSS_PATH` (Textual's way): 9.5 ms before Vandaag's first paint, then
  `App._load_screen_css` parses every source again from scratch (Textual's widget CSS too)
  and restyles every widget: 14-24 ms at the first opening of every other screen, the
  reader's too;
- this way: 10 / 10.5 ms before the first paint (the first screen's files); later, one parse
  of only the files not loaded yet (Textual keeps what it parsed): ~7.5 ms, once, after
  Vandaag is filled in from the journal (parsed at once after the first paint, it held the
  journal's thread back by as much). No screen opened later pays for styles.

harlequin and posting keep one stylesheet in the App's `CSS_PATH` (all of it parsed at start)
and the rest in widgets' `DEFAULT_CSS`, which Textual adds when a widget class is first
mounted and parses on its own, keeping the rest: the same incremental parse as here.

Rules of equal weight used to be settled by the files' order in `CSS_PATH`; here each file
gets its place in `FILES` as Textual's tie breaker, so the outcome is the same whatever order
the files are loaded in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

#: every file, in the order that settles rules of equal weight (a later file wins)
FILES = (
    "base",
    "library",
    "reader",
    "notepad",
    "journal",
    "today",
    "morning",
    "search",
    "assignments",
    "attention",
    "history",
)

#: what each first screen needs before the rest is loaded: what it shows, and what a key can
#: open on it without another screen (the reader's Schrijfblok and notes). A test checks that
#: the rest changes nothing on these screens.
FIRST = {
    "home": ("base", "today"),
    "article": ("base", "reader", "notepad", "attention"),
    "morning": ("base", "morning"),
}

STYLES = Path(__file__).parent / "styles"


def path(name: str) -> Path:
    return STYLES / f"{name}.tcss"


def add(app: App[Any], names: tuple[str, ...]) -> bool:
    """Add the files `names` to the app's stylesheet (parsed when it is next applied); True if
    any was not there yet."""
    stylesheet = app.stylesheet
    added = False
    for name in names:
        where = str(path(name))
        if stylesheet.has_source(where, ""):
            continue
        stylesheet.add_source(
            path(name).read_text(encoding="utf-8"),
            read_from=(where, ""),
            is_default_css=False,
            tie_breaker=FILES.index(name),
        )
        added = True
    return added


def load_first(app: App[Any], first_screen: str) -> None:
    """Before the app runs: the files the first screen (a key of `FIRST`) needs."""
    add(app, FIRST[first_screen])


def load_rest(app: App[Any], screen: Screen[Any] | None = None) -> None:
    """Every file not loaded yet, parsed now. The first screen needs no restyle: the rest
    changes nothing there (a test checks it). A `screen` shown before the first one reported
    in was styled without them, so it is styled again."""
    if add(app, FILES):
        app.stylesheet.parse()  # only the files just added: Textual keeps what it parsed
        if screen is not None:
            app.stylesheet.update(screen)
