"""How a result looks on the Zoeken screen: a note's passage in quotation marks, not after a
literal `> `, and every result's line whole on one line of the list, at any width."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from journal_factory import write_entries
from leeslamp.notes.anchoring import make_anchor
from tui_factory import make_app, settle, wait_for, write_article

BODY = (
    "Teams leren samen wanneer iedereen durft te zeggen wat hij niet weet, en wanneer de leider "
    "zelf laat zien dat fouten maken erbij hoort. Zo groeit vertrouwen in het team, week na "
    "week, ook als het even tegenzit.\n"
)


def result_lines(app) -> list[list[str]]:
    results = app.screen.query_one("#search-results", OptionList)
    return [option.prompt.plain.splitlines() for option in results.options]


@pytest.mark.parametrize("width", [80, 60, 120])
async def test_a_notes_passage_is_quoted_and_fits_its_line(private_home: Path, width: int) -> None:
    write_article(private_home / "articles", "teams", "Teams", BODY)
    app = make_app(private_home)
    article = app.context.library().get("teams")
    start = article.plain_text.index("iedereen")
    end = article.plain_text.index("tegenzit") + len("tegenzit")
    anchor = make_anchor(article.plain_text, start, end)
    write_entries(
        {
            "kind": "aandacht",
            "text": "Dit raakte me.",
            "article": "teams",
            "anchor": anchor.to_dict(),
        }
    )
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        await pilot.press("z")
        await settle(pilot)
        await pilot.press(*"vertrouwen")
        await wait_for(pilot, lambda: result_lines(app))
        [[head, line]] = result_lines(app)
        room = app.screen.query_one("#search-results", OptionList).scrollable_content_region.width
    assert "aandachtnotitie" in head
    assert "> " not in line and line.strip().startswith("“") and line.endswith("”")
    assert "vertrouwen" in line
    # on one line of the list: nothing left over to wrap under it (option padding: 1 a side)
    assert len(line) <= room - 2
