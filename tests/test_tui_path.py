"""Vandaag on a learning path (issue 16, §5): "Pad: … · stap 3 van 7" with a progress bar
above the question, the step's article offered, and the end of the path said once."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.widgets import Static

from journal_factory import moment
from leeslamp.core.paths import Paths
from leeslamp.daily.learning_paths import load_paths
from leeslamp.daily.path_progress import start_path
from leeslamp.journal import Journal
from tui_factory import FIXED_NOW, SIZE, make_app, paste, settle, wait_for, wait_saved

TODAY = FIXED_NOW.date()  # Tuesday 5 March 2024, 04:30
SEVEN = load_paths().find("zeven-ochtenden")
assert SEVEN is not None


def follow(home: Path, answered: int = 0) -> None:
    """Follow the seven mornings since `answered` days ago, one step answered each day."""
    started = TODAY - timedelta(days=answered)
    clock = {"now": FIXED_NOW}
    with Journal.open(Paths(home), clock=lambda: clock["now"]) as journal:
        start_path(journal, SEVEN, started)
        for number in range(1, answered + 1):
            step = SEVEN.steps[number - 1]
            clock["now"] = moment(f"{started + timedelta(days=number - 1)} 06:00")
            journal.add_entry(
                "dagvraag", f"Ochtend {number}.", prompt={"id": step.id, "text": step.nl}
            )


def question_part(app) -> str:
    return str(app.screen.query_one("#today-question", Static).content)


async def test_vandaag_shows_the_path_and_offers_the_step_s_article(private_home: Path) -> None:
    follow(private_home)
    app = make_app(private_home, bundled=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await wait_for(pilot, lambda: "Pad:" in question_part(app))
        lines = question_part(app).splitlines()
        at = lines.index("Pad: Zeven ochtenden aandacht · stap 1 van 7")
        assert set(lines[at + 1]) == {"━"}  # the bar: one step of seven filled
        assert lines[at + 2] == SEVEN.steps[0].nl
        assert "Bij Veranderen, geloof je het zelf?: g om te lezen" in lines
        await pilot.press("ctrl+t")  # in English too
        await settle(pilot)
        assert "Path: Seven mornings of attention · step 1 of 7" in question_part(app)
    app.journal_link.close()


async def test_the_last_step_says_once_that_the_path_is_done(private_home: Path) -> None:
    follow(private_home, answered=6)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await wait_for(pilot, lambda: "stap 7 van 7" in question_part(app))
        await pilot.press("w")
        await paste(pilot, "De laatste ochtend.")
        await wait_saved(pilot)
        await paste(pilot, " En nog iets.")  # a second save says nothing again
        await wait_saved(pilot)
        await settle(pilot)
        said = [n.message for n in app._notifications if "laatste stap" in n.message]
        assert said == [
            "Dit was de laatste stap van Zeven ochtenden aandacht. "
            "Je hebt het hele pad gelopen: mooi gedaan."
        ]
        assert "stap 7 van 7" in question_part(app)  # answered today: still today's step
    app.journal_link.close()


async def test_the_morning_mode_names_the_path_step(private_home: Path) -> None:
    follow(private_home, answered=2)
    app = make_app(private_home, morning=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        label = app.screen.query_one("#morning-coach", Static)
        await wait_for(pilot, lambda: label.display)
        assert str(label.content) == "Pad: Zeven ochtenden aandacht · stap 3 van 7"
    app.journal_link.close()
