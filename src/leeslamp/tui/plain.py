"""The one way the TUI shows outside text: as plain `Content`, never as markup.

Whatever comes from a file or from a person (an article's title, a coach's question, a reader's
name, a path, an OS error, and any sentence `t()` formatted with them) may hold `[@click=...]`,
which Textual runs when clicked, or `[/` that makes markup parsing fail. `Static.update(str)`,
`notify(str)`, `Option(str)`, Select options, DataTable cells and command palette hits all parse
a str as markup; a `Content` is shown as it is. `for_terminal` also makes control characters
visible, which `Content` alone lets through (ESC).
"""

from __future__ import annotations

from typing import cast

from textual.content import Content

from leeslamp.core.safe_text import for_terminal


def plain(text: str) -> Content:
    """`text` as Content that shows exactly its characters (controls made visible)."""
    return Content(for_terminal(text))


def plain_styled(text: str, style: str) -> Content:
    """`plain(text)` in one style."""
    return Content.styled(for_terminal(text), style)


def plain_label(text: str) -> str:
    """A Select option's label: Select hands a str to an OptionList and a Static that parse it
    as markup, while a Rich `Text` is shown as it is (and is what Select's type-to-search reads).
    Select's type says str; what it does with the label takes any renderable."""
    from rich.text import Text

    return cast(str, Text(for_terminal(text)))
