"""A daily answer stays private (issue 11): a text becomes an answer for a coach only where the
question is visibly the coach's before the first keystroke, in Vandaag, ochtend and the
Schrijfblok; the answer file's preview says per answer when and where it was written."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from textual.widgets import Static

from leeslamp.assignments import import_assignment, new_assignment
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal
from leeslamp.tui.screens.assignment_answers import AnswersScreen
from leeslamp.tui.screens.morning import MorningScreen
from leeslamp.tui.screens.today import TodayScreen
from tui_factory import FIXED_NOW, SIZE, make_app, paste, settle

LABEL = "Vraag van je coach Marieke · komt in je antwoordbestand"


def coach_assignment(home: Path, coach: str = "Marieke"):
    make_app(home)  # writes the test articles the assignment is about
    assignment = new_assignment(
        title="Leesopdracht maart",
        coach=coach,
        deadline=date(2024, 3, 8),
        items=[
            ("teams-leren", ["Wat leert jouw team samen?", "Wie stelt de vragen?"]),
            ("systemen", ["Welk systeem zie je in je werk?"]),
        ],
    )
    clock = lambda: datetime(2024, 3, 1, 9, 0, tzinfo=FIXED_NOW.tzinfo)  # noqa: E731
    with Journal.open(Paths(home), clock=clock) as journal:
        import_assignment(journal, assignment)
    return assignment


def entries(home: Path, kind: str | None = None):
    with Journal.open(Paths(home), read_only=True) as journal:
        return journal.entries(kind=kind)


async def until(pilot, condition: Callable[[], bool], seconds: float = 5.0) -> None:
    """Wait for `condition` (a save, a screen change), a frame at a time; fail after `seconds`."""
    give_up = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < give_up, "waited in vain"
        await pilot.pause()


def text_of(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).content)


# --- ochtend --------------------------------------------------------------------------------


async def test_ochtend_labels_a_coach_question_before_the_first_key_and_its_text_is_an_answer(
    private_home: Path,
) -> None:
    assignment = coach_assignment(private_home)
    app = make_app(private_home, morning=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MorningScreen) and screen.editor is not None
        label = screen.query_one("#morning-coach", Static)
        assert label.display and str(label.content) == LABEL  # before any key
        assert text_of(app, "#morning-question") == "Wat leert jouw team samen?"
        await paste(pilot, "Samen fouten bespreken.")  # what is typed is not the point here
        await pilot.press("escape")  # saves, then back to Vandaag
        await until(pilot, lambda: isinstance(app.screen, TodayScreen))
    app.journal_link.close()
    [answer] = entries(private_home, "antwoord")
    assert answer.text == "Samen fouten bespreken."
    assert answer.assignment == {
        "id": assignment.id,
        "prompt": "Wat leert jouw team samen?",
        "question": 1,
        "written_in": "ochtend",
    }


async def test_ochtend_without_a_coach_question_shows_no_label_and_stays_private(
    private_home: Path,
) -> None:
    app = make_app(private_home, morning=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        label = app.screen.query_one("#morning-coach", Static)
        assert not label.display and "coach" not in str(label.content)
        await paste(pilot, "boos op mijn teamleider")  # what is typed is not the point here
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, TodayScreen))
    app.journal_link.close()
    [entry] = entries(private_home)
    assert (entry.kind, entry.assignment) == ("dagvraag", None)


async def test_ochtend_names_no_coach_when_the_assignment_has_none(private_home: Path) -> None:
    coach_assignment(private_home, coach="")
    app = make_app(private_home, morning=True, language="en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        label = text_of(app, "#morning-coach")
        assert label == "Question from your coach · goes into your answer file"


async def test_a_coach_name_with_markup_is_shown_as_it_is_written(private_home: Path) -> None:
    coach_assignment(private_home, coach="[bold]Marieke[/bold]")
    app = make_app(private_home, morning=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "[bold]Marieke[/bold]" in text_of(app, "#morning-coach")


# --- Vandaag ----------------------------------------------------------------------------------


async def test_vandaag_labels_a_coach_question_and_its_answer_goes_to_the_coach(
    private_home: Path,
) -> None:
    coach_assignment(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        question = text_of(app, "#today-question").splitlines()
        assert LABEL in question
        assert question.index(LABEL) < question.index("Wat leert jouw team samen?")
        editor = app.screen.editor
        assert editor is not None and editor.kind == "antwoord"
        await pilot.press("w", *"Van elkaar.")
        await until(pilot, lambda: editor.entry_id is not None and not editor.dirty)
    app.journal_link.close()
    [answer] = entries(private_home, "antwoord")
    assert answer.assignment["written_in"] == "vandaag"


async def test_vandaag_shows_no_coach_label_for_the_bank_s_question(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Vraag van je coach" not in text_of(app, "#today-question")


# --- the reader's Schrijfblok -------------------------------------------------------------------


async def test_the_schrijfblok_labels_the_coach_s_questions(private_home: Path) -> None:
    coach_assignment(private_home)
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        label = text_of(app, ".assignment .assignment-coach")
        assert label == "Vragen van je coach Marieke · je antwoorden komen in je antwoordbestand"
        await pilot.click(".answer TextArea")
        await paste(pilot, "Van fouten")  # what is typed is not the point here
        editor = app.screen.query(".answer").first().editor
        await until(pilot, lambda: editor.entry_id is not None and not editor.dirty)
    app.journal_link.close()
    [answer] = entries(private_home, "antwoord")
    assert answer.assignment["written_in"] == "lezer"


# --- the answer file's preview --------------------------------------------------------------


async def test_the_answers_screen_lists_each_answer_with_its_date_and_place(
    private_home: Path,
) -> None:
    assignment = coach_assignment(private_home)
    clock = lambda: datetime(2024, 3, 4, 7, 0, tzinfo=FIXED_NOW.tzinfo)  # noqa: E731
    link = {"id": assignment.id, "prompt": "Wat leert jouw team samen?", "question": 1}
    with Journal.open(Paths(private_home), clock=clock) as journal:
        journal.add_entry(
            "antwoord", "Samen.", article="teams-leren", assignment={**link, "written_in": "lezer"}
        )
        link = {"id": assignment.id, "prompt": "Welk systeem zie je in je werk?", "question": 3}
        journal.add_entry("antwoord", "De planning.", article="systemen", assignment=link)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, AnswersScreen)
        lines = text_of(app, "#answers-sources").splitlines()
    assert lines[0] == "Deze antwoorden gaan mee (datum en waar je ze schreef):"
    assert lines[1].strip() == "vraag 1 · maandag 4 maart 2024 · lezer: Leren in teams"
    assert lines[2].strip() == "vraag 3 · maandag 4 maart 2024 · onbekend"
