"""KeyHint: one quiet line of keys on a screen without a footer (Ochtend).

It shows as many keys as fit its width, in the order given: the most needed first, so a narrow
terminal drops the least needed ones (the help, F1, lists them all) rather than let the line
run into the corners beside it. It fits them again whenever its width changes (a resize, a
word count that grows a digit, a timer that appears).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from textual.widgets import Static

SEPARATOR = " · "


def fitting(keys: Sequence[str], width: int) -> str:
    """The first of `keys` that fit in `width` columns together; the first one always."""
    shown = list(keys[:1])
    for key in keys[1:]:
        if cell_len(SEPARATOR.join([*shown, key])) > width:
            break
        shown.append(key)
    return SEPARATOR.join(shown)


class KeyHint(Static):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._keys: tuple[str, ...] = ()

    def show(self, keys: Sequence[str]) -> None:
        """`keys` ("Esc terug", ...), the most needed first."""
        self._keys = tuple(keys)
        self._fit()

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        self.update(fitting(self._keys, self.content_size.width))
