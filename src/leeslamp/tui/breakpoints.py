"""A screen's breakpoint classes (`-narrow`, `-wide`) from the start.

Textual gives a screen the classes of its `HORIZONTAL_BREAKPOINTS` when its first Resize
arrives, after it is mounted and styled, and a changed class styles every widget on it again:
~4 ms before the reader's or Vandaag's first paint, for nothing. A screen given its classes
when it is made is styled once. Textual's Resize still sets them as it always does (the same
classes, so nothing is styled again), and keeps them right when the terminal is resized.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

    ScreenT = TypeVar("ScreenT", bound=Screen[Any])


def with_breakpoints(screen: ScreenT, app: App[Any]) -> ScreenT:
    """`screen`, with the classes its breakpoints (or the app's) give the app's terminal size,
    chosen as Textual's `Screen._on_resize` does: per dimension, the largest one reached."""
    width, height = app.size
    horizontal = screen.HORIZONTAL_BREAKPOINTS
    vertical = screen.VERTICAL_BREAKPOINTS
    for breakpoints, dimension in (
        (app.HORIZONTAL_BREAKPOINTS if horizontal is None else horizontal, width),
        (app.VERTICAL_BREAKPOINTS if vertical is None else vertical, height),
    ):
        reached = [(at, name) for at, name in breakpoints or () if dimension >= at]
        if reached:
            screen.add_class(max(reached)[1])
    return screen
