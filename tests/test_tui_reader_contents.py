"""The reader's contents (`i`): numbered as a reader counts, long titles cut with an ellipsis,
and after a jump, closing the contents keeps the heading at the top (issue 14, point 3)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Tree

from leeslamp.tui.screens.reader.screen import ReaderScreen
from tui_factory import make_app, settle, wait_for, write_article

LONG = "Een heel lange tussenkop die nooit in de smalle kolom van de inhoud past"


def body() -> str:
    filler = "".join(f"Alinea {n}: woorden die de pagina vullen, zin na zin.\n\n" for n in range(8))
    return (
        f"## Begin\n\n{filler}\n## {LONG}\n\n{filler}\n### Een onderdeel\n\n{filler}\n"
        f"## Het einde\n\n{filler}{filler}"
    )


async def test_contents_are_numbered_cut_with_an_ellipsis_and_keep_the_heading(
    private_home: Path,
) -> None:
    write_article(private_home / "articles", "koppen", "Koppen", body())
    app = make_app(private_home, article_id="koppen")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("i")
        await settle(pilot)
        tree = reader.query_one("#contents Tree", Tree)
        labels = [str(tree.get_node_at_line(line).label) for line in range(tree.last_line + 1)]
        assert [label.split(" ")[0] for label in labels] == ["1", "2", "2.1", "3"]
        assert labels[1].endswith("…") and labels[1].startswith("2 Een heel lange")
        assert len(labels[1]) < len(LONG)

        await pilot.press("down", "down", "down", "enter")  # to "Het einde"
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert not reader.query_one("#contents").display

        def at_heading() -> bool:
            """the heading jumped to is the first block on the page"""
            return reader.article.blocks[reader.first_visible_block()].text == "Het einde"

        await wait_for(pilot, at_heading)
