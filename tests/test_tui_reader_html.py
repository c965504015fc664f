"""HTML in an article is text: an HTML block or an inline tag is shown as it is written, as a
block of its own, also where the reader cuts the article into parts (chunks.py), and the passage
cursor moves over exactly the blocks on screen, so a note quotes the passage it highlighted."""

from __future__ import annotations

from pathlib import Path

import pytest

from attention_helpers import aandacht_entries, marked
from leeslamp.library.article_text import fold, parse_blocks
from leeslamp.tui.screens.reader.attention import STYLES
from leeslamp.tui.screens.reader.chunks import first_screen
from leeslamp.tui.screens.reader.passages import text_widgets
from leeslamp.tui.screens.reader.screen import ReaderScreen
from tui_factory import make_app, settle, write_article

#: at 80x24 one paragraph takes 11 of the first part's 28 lines (chunks.estimated_height)
SIZE = (80, 24)
LONG = " ".join(["dit is gewone tekst over leren en werken."] * 16)
COMMENT = "<!-- noot voor mezelf -->"
LONG_DIV = f"<div>Alinea E: {LONG}</div> en gaat verder."


def paragraphs(html: str, at: int) -> list[str]:
    """Six paragraphs of about 700 characters, with `html` as the block at index `at`."""
    blocks = [f"Alinea {n}: {LONG}" for n in range(1, 7)]
    return [*blocks[:at], html, *blocks[at:]]


def write_v6(home: Path, blocks: list[str]) -> str:
    body = "\n\n".join(blocks) + "\n"
    write_article(home / "articles", "v6", "Versie zes", body)
    return body


def shown_words(reader: ReaderScreen) -> list[str]:
    return " ".join(w.content.plain for w in text_widgets(reader.document)).split()


def assert_passages_are_the_widgets(reader: ReaderScreen) -> None:
    """Block i of the passage index is shown, word for word, by text widget i."""
    widgets = text_widgets(reader.document)
    placed = reader.attention.passages.placed
    assert len(placed) == len(widgets) == len(reader.article.blocks)
    for index, (block, passage) in enumerate(zip(reader.article.blocks, placed, strict=True)):
        assert passage is not None and passage.widget is widgets[index]
        assert fold(passage.widget.content.plain) == block.text


@pytest.mark.parametrize(
    ("html", "at"),
    [
        (COMMENT, 3),  # the review's v6: the first part ends at the comment
        ("<p>Alinea P</p>", 3),
        ("<script>x</script> tekst", 3),
        (LONG_DIV, 2),  # a long HTML block: the first part ends right after it
    ],
)
async def test_an_html_block_is_shown_as_text_also_where_the_article_is_cut(
    private_home: Path, html: str, at: int
) -> None:
    blocks = paragraphs(html, at)
    body = write_v6(private_home, blocks)
    # the reader's first part ends right before or right after the HTML block
    first = first_screen(body, width=SIZE[0], height=SIZE[1])
    assert first in ("\n\n".join(blocks[:at]) + "\n\n", "\n\n".join(blocks[: at + 1]) + "\n\n")
    app = make_app(private_home, article_id="v6")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded
        # every word of the source on screen, in order: the HTML's too, as written
        assert shown_words(reader) == body.split()
        assert [block.text for block in reader.article.blocks] == blocks
        assert_passages_are_the_widgets(reader)


async def test_a_note_quotes_the_passage_the_cursor_highlighted(private_home: Path) -> None:
    blocks = paragraphs(COMMENT, 3)
    write_v6(private_home, blocks)
    app = make_app(private_home, article_id="v6")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        await pilot.press("m", "down", "down")  # the review's keys: Alinea 3
        assert marked(reader, STYLES["cursor"]) == [blocks[2]]
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("escape")  # a plain highlight; back to the cursor
        await settle(pilot)
        await pilot.press("down")  # the comment: a passage like any other
        assert marked(reader, STYLES["cursor"]) == [COMMENT]
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert marked(reader) == [blocks[2], COMMENT]
    app.journal_link.close()
    quotes = sorted(entry.anchor["quote"] for entry in aandacht_entries(private_home))
    assert quotes == sorted([blocks[2], COMMENT])


async def test_inline_html_is_shown_as_its_literal_text(private_home: Path) -> None:
    line = 'Dit is <b>vet</b> en <img src="x" onerror="alert(1)"> hier &amp; daar.'
    write_v6(private_home, [line, "## Kop met <em>nadruk</em>"])
    app = make_app(private_home, article_id="v6")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        texts = [widget.content.plain for widget in text_widgets(reader.document)]
        assert texts == [
            'Dit is <b>vet</b> en <img src="x" onerror="alert(1)"> hier & daar.',
            "Kop met <em>nadruk</em>",
        ]
        assert_passages_are_the_widgets(reader)


def test_the_plain_text_keeps_html_as_written() -> None:
    """What anchors count code points in: the same text the reader shows."""
    body = f"Een.\n\n{COMMENT}\n\n<div>\nblok\n</div>\n\nMet <b>vet</b>.\n"
    texts = [block.text for block in parse_blocks(body)]
    assert texts == ["Een.", COMMENT, "<div> blok </div>", "Met <b>vet</b>."]
