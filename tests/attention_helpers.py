"""Shared by the attention-note Pilot tests: a small article with a heading and a list, notes made as
`leeslamp schrijf` makes them, and what the reader has painted."""

from __future__ import annotations

from pathlib import Path

from leeslamp.cli import main
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal
from leeslamp.tui.screens.reader.attention import STYLES
from leeslamp.tui.screens.reader.screen import ReaderScreen
from tui_factory import write_article

FIRST = "Teams leren samen. Dit is de eerste alinea."
SECOND = "Omdat niemand alles weet. Daarom vragen we veel. Dat is de kern."
THIRD = "Door te oefenen, elke week opnieuw."
BODY = f"{FIRST}\n\n## Waarom\n\n{SECOND}\n\n- luisteren goed\n- vragen stellen\n\n{THIRD}\n"


def write_stuk(home: Path, body: str = BODY) -> None:
    write_article(home / "articles", "stuk", "Een stuk", body)


def marked(reader: ReaderScreen, style: str = STYLES["mark"]) -> list[str]:
    """The rendered text under each span painted with `style`, in document order."""
    found = []
    for placed in reader.attention.passages.placed:
        if placed is None:
            continue
        content = placed.widget.content
        found += [content.plain[s.start : s.end] for s in content.spans if s.style == style]
    return found


def aandacht_entries(home: Path):
    with Journal.open(Paths(home), read_only=True) as journal:
        return journal.entries(kind="aandacht")


def add_stored_note(home: Path, quote: str, text: str = "") -> None:
    """A note made the way `leeslamp schrijf --soort aandacht --citaat` makes one."""
    argv = ["schrijf", "--soort", "aandacht", "--artikel", "stuk", "--citaat", quote, text]
    assert main(argv) == 0
