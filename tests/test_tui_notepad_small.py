"""The Schrijfblok on a small terminal (80x24), where the panel is only ten rows tall."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from tui_factory import make_app, screen_text, settle, wait_for, write_article

QUESTIONS = [
    "Welke overtuigingen over je collega's zitten er onder de manier waarop jullie werk is geregeld?",
    "Waar vertrouw je erop dat mensen de juiste dingen doen, en waar controleer je nog even?",
    "Wat zou er in je team veranderen als iedereen als zelfredzaam werd gezien door de rest?",
    "Welk beeld van goed werk hebben jullie, en hoe weet je dat het een beeld is dat jullie delen?",
]


def with_long_questions(home: Path) -> None:
    prompts = "".join(f'  - "{question}"\n' for question in QUESTIONS)
    write_article(home / "articles", "veel-vragen", "Veel vragen")
    path = home / "articles" / "veel-vragen.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("---\nEen", f"prompts:\n{prompts}---\nEen"), encoding="utf-8")


async def test_w_shows_where_you_write_below_a_whole_question_not_its_tail(
    private_home: Path,
) -> None:
    with_long_questions(private_home)
    app = make_app(private_home, article_id="veel-vragen")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        # the panel scrolls the question into view after a refresh: a layout test, so cells
        await wait_for(pilot, lambda: "• Welk beeld van goed werk" in screen_text(app))
        text = screen_text(app)
        # the question above the new reflection from its first word, not just its tail
        assert "• Welk beeld van goed werk hebben jullie" in text
        assert "Nieuwe reflectie" in text and "Schrijf wat je raakt" in text
        assert isinstance(app.focused, TextArea)  # ready to write, all the same
        await pilot.press(*"hallo")
        await settle(pilot)
        assert "hallo" in screen_text(app)
    app.journal_link.close()
