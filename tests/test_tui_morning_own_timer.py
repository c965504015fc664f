"""The ochtend mode's writing timer at a length of your own: `leeslamp ochtend --minuten N`
(1 to 120) and Ctrl+N in the app (issue 14, §11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from leeslamp.cli import main
from leeslamp.daily.writing_timer import own_minutes
from leeslamp.tui.screens.minutes import MinutesScreen
from leeslamp.tui.screens.morning import MorningScreen
from tui_factory import make_app, settle, shown_text, wait_for


@pytest.mark.parametrize(("text", "minutes"), [("1", 1), ("45", 45), (" 120 ", 120)])
def test_a_whole_number_of_minutes_from_1_to_120_is_a_length(text: str, minutes: int) -> None:
    assert own_minutes(text) == minutes


@pytest.mark.parametrize("text", ["0", "121", "", "7.5", "-5", "tien", "٣"])
def test_anything_else_is_not(text: str) -> None:
    assert own_minutes(text) is None


def test_the_command_line_refuses_a_length_out_of_range_in_english_too(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--taal", "en", "ochtend", "--minutes", "0"]) == 2
    said = capsys.readouterr().err
    assert "'0' won't do" in said and "1 to 120" in said


async def test_leeslamp_ochtend_minuten_45_starts_a_45_minute_timer(private_home: Path) -> None:
    app = make_app(private_home, morning=True, minutes=45)
    async with app.run_test() as pilot:
        await settle(pilot)
        assert app.screen.timer_minutes == 45
        assert "nog 45 min" in shown_text(app)
    app.journal_link.close()


async def test_ctrl_n_asks_for_a_length_and_starts_it(private_home: Path) -> None:
    app = make_app(private_home, morning=True)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: isinstance(app.screen, MinutesScreen))
        await pilot.press("0", "enter")  # out of range: said, and the dialog stays
        await settle(pilot)
        assert "'0' gaat niet" in shown_text(app)
        assert isinstance(app.screen, MinutesScreen)
        app.screen.query_one(Input).value = ""
        await pilot.press("3", "3", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, MorningScreen))
        assert app.screen.timer_minutes == 33
        assert "nog 33 min" in shown_text(app)
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: isinstance(app.screen, MinutesScreen))
        await pilot.press("escape")  # the timer as it was
        await wait_for(pilot, lambda: isinstance(app.screen, MorningScreen))
        assert app.screen.timer_minutes == 33
    app.journal_link.close()
