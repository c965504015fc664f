"""Ochtend: the calm early-morning writing mode, from Vandaag and as `leeslamp ochtend`."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import Footer, Static, TextArea

from leeslamp.cli import main
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal
from leeslamp.tui.screens import morning
from leeslamp.tui.screens.morning import MorningScreen
from leeslamp.tui.screens.today import TodayScreen
from leeslamp.tui.themes import MORNING
from tui_factory import (
    SIZE,
    Clock,
    make_app,
    paste,
    screen_text,
    settle,
    shown_text,
    wait_for,
    wait_saved,
    widget_text,
)


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(morning, "TICK", 0.05)


def saved(home: Path) -> list[tuple[str, str]]:
    with Journal.open(Paths(home), read_only=True) as journal:
        return [(e.kind, e.text) for e in journal.entries()]


async def open_morning(pilot) -> None:
    await settle(pilot)
    await pilot.press("o")
    await settle(pilot)


async def test_o_opens_a_calm_full_screen_with_only_the_question_and_the_text(
    private_home: Path,
) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        question = app.screen.question.prompt.nl
        await open_morning(pilot)
        screen = app.screen
        assert isinstance(screen, MorningScreen)
        assert app.theme == MORNING.name
        assert not screen.query(Footer)
        text = shown_text(app)
        assert " ".join(question.split()[:4]) in text
        assert "De vraag van vandaag" not in text and "Je ritme" not in text
        assert isinstance(app.focused, TextArea)  # ready to write


async def test_the_word_count_follows_the_text(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_morning(pilot)
        assert "0 woorden" in shown_text(app)
        await pilot.press(*"Het is stil")
        assert "3 woorden" in shown_text(app)
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace")
        assert "2 woorden" in shown_text(app)


async def test_the_timer_counts_down_softly_and_says_when_the_time_is_up(
    private_home: Path,
) -> None:
    clock = Clock()
    app = make_app(private_home, now=clock)
    async with app.run_test(size=SIZE) as pilot:
        await open_morning(pilot)
        await pilot.press("ctrl+r")
        assert "nog 5 min" in shown_text(app)
        await pilot.press(*"Ik schrijf")
        clock.advance(minutes=2, seconds=10)
        await wait_for(pilot, lambda: "nog 3 min" in shown_text(app))  # the next tick
        clock.advance(minutes=3)
        await wait_for(pilot, lambda: "de tijd is om" in shown_text(app))
        assert "nog" not in shown_text(app)
        assert isinstance(app.screen, MorningScreen)  # nothing popped up
        assert isinstance(app.focused, TextArea)  # and the text still has the keys
        await pilot.press(*" verder")
        assert app.screen.editor.text == "Ik schrijf verder"


async def test_ctrl_r_goes_through_5_10_20_minutes_and_off(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_morning(pilot)
        shown = []
        for _ in range(4):
            await pilot.press("ctrl+r")
            shown.append(app.screen.timer_minutes)
        assert shown == [5, 10, 20, None]
        assert str(app.screen.query_one("#morning-timer", Static).content) == ""


async def test_escape_returns_to_vandaag_with_the_text_kept(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_morning(pilot)
        await pilot.press(*"Vroeg en rustig.")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
        assert app.theme != MORNING.name
        assert "Vroeg en rustig." in shown_text(app)
    app.journal_link.close()
    assert saved(private_home) == [("dagvraag", "Vroeg en rustig.")]


async def test_ochtend_goes_on_with_the_answer_begun_on_vandaag(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w", *"Begonnen.")
        await pilot.press("escape", "o")  # out of the text; o saves first, then opens
        await settle(pilot)
        assert isinstance(app.screen, MorningScreen)
        assert "1 woord" in shown_text(app)
        await pilot.press(*" Verder.")
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("w", *" Klaar.")
        await wait_saved(pilot)
        await settle(pilot)
    app.journal_link.close()
    assert saved(private_home) == [("dagvraag", "Begonnen. Verder. Klaar.")]


async def test_leeslamp_ochtend_starts_there_and_escape_goes_to_vandaag(
    private_home: Path,
) -> None:
    app = make_app(private_home, morning=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, MorningScreen)
        await pilot.press(*"Om half vijf.")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
        assert "Om half vijf." in shown_text(app)
    app.journal_link.close()
    assert saved(private_home) == [("dagvraag", "Om half vijf.")]


async def test_leeslamp_ochtend_minuten_starts_the_timer(private_home: Path) -> None:
    app = make_app(private_home, morning=True, minutes=10)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "nog 10 min" in shown_text(app)


async def test_leeslamp_ochtend_at_80_by_24_shows_the_question_and_the_corner(
    private_home: Path,
) -> None:
    app = make_app(private_home, morning=True, minutes=20)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert len(lines) == 24
        assert "0 woorden" in lines[-1] and "nog 20 min" in lines[-1]
        assert "Esc terug" in lines[-1]


@pytest.mark.parametrize(
    ("language", "words", "timer", "help_key"),
    [
        (None, "1234 woorden", "nog 20 min", "F1 hulp"),
        ("en", "1234 words", "20 min left", "F1 help"),
    ],
)
async def test_at_80_by_24_the_keys_keep_clear_of_the_corners(
    private_home: Path, language: str | None, words: str, timer: str, help_key: str
) -> None:
    """The line of keys and the corners share one row at the bottom: each says all it says
    in its own part, with a blank column between, and Ctrl+L is among the keys. Keys that do
    not fit are left out (the help, F1, lists them all), the least needed first."""
    app = make_app(private_home, morning=True, language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MorningScreen)
        hint = screen.query_one("#morning-hint", Static)
        assert help_key in widget_text(hint)  # room for the help while the timer is off
        await paste(pilot, "woord " * 1234)
        await pilot.press("ctrl+r", "ctrl+r", "ctrl+r")  # 5, 10, 20 minutes
        await wait_for(pilot, lambda: widget_text(screen.query_one("#morning-timer")) == timer)
        corner = screen.query_one("#morning-words", Static)
        clock = screen.query_one("#morning-timer", Static)
        await wait_for(pilot, lambda: widget_text(corner) == words)
        await settle(pilot)
        for part in (corner, hint, clock):  # each says all of it in its own part of the row
            assert cell_len(widget_text(part)) <= part.content_region.width
        assert corner.region.right < hint.content_region.x
        assert hint.content_region.right < clock.region.x
        assert "Ctrl+L" in widget_text(hint)


def test_an_odd_timer_is_refused_with_a_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ochtend", "--minuten", "121"]) == 2
    said = capsys.readouterr().err
    assert "'121' gaat niet" in said and "1 tot en met 120" in said


async def test_words_typed_in_the_same_burst_as_ctrl_q_are_kept(private_home: Path) -> None:
    """A fast typist (or a paste) ends with Ctrl+Q: the keys before it reach the journal."""
    from textual import events

    app = make_app(private_home, morning=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*"Vroeg.")
        await settle(pilot)
        # All at once, as a terminal delivers a burst: no waiting between the keys.
        for character in " Net op tijd.":
            app.post_message(events.Key(character, character))
        app.post_message(events.Key("ctrl+q", None))
        await wait_for(pilot, lambda: app._quit_done)
    app.journal_link.close()
    assert saved(private_home) == [("dagvraag", "Vroeg. Net op tijd.")]


async def test_relabelling_while_the_editor_is_still_being_mounted_is_fine(
    private_home: Path,
) -> None:
    """The day's answer and the intention are read in two workers: the intention's line can
    relabel the screen while the answer's editor is made but not yet composed (no text area).
    That once ended in a bug notice (NoMatches) when coming from Vandaag just after a change."""
    from leeslamp.i18n import t

    app = make_app(private_home, morning=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MorningScreen)
        screen.editor = morning.MorningEditor("dagvraag")  # made, not mounted: no text area
        screen._relabel()
        assert screen.editor._placeholder == t("morning.placeholder")
    app.journal_link.close()
