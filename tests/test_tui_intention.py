"""The morning intention in the app: the ochtend mode ends with it, Vandaag shows it, and the
next morning asks how it went."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.widgets import Static, TextArea

from journal_factory import write_entries
from leeslamp.core.paths import Paths
from leeslamp.daily.bank import load_bank
from leeslamp.daily.intentions import entry_fields, outcome_of
from leeslamp.daily.schedule import intention_of_the_day
from leeslamp.journal import Journal
from leeslamp.tui.screens.morning import MorningScreen
from leeslamp.tui.screens.today import TodayScreen
from leeslamp.tui.widgets.intention_line import IntentionLine
from tui_factory import FIXED_NOW, SIZE, fill, make_app, settle, shown_text, wait_for

TODAY = FIXED_NOW.date()  # Tuesday 5 March 2024, 04:30
YESTERDAY = TODAY - timedelta(days=1)


def intention_question(day=TODAY):  # type: ignore[no-untyped-def]
    question = intention_of_the_day(day, load_bank().prompts)
    assert question is not None
    return question


def saved(home: Path) -> list[tuple[str, str, str | None]]:
    with Journal.open(Paths(home), read_only=True) as journal:
        return [(e.kind, e.text, (e.prompt or {}).get("id")) for e in journal.entries()]


def part(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#today-intention", Static).content)


async def intention_line(pilot) -> IntentionLine:  # type: ignore[no-untyped-def]
    await wait_for(pilot, lambda: pilot.app.screen.query(IntentionLine))
    return pilot.app.screen.query_one(IntentionLine)


async def test_the_morning_ends_with_a_line_of_intention_kept_as_a_voornemen(
    private_home: Path,
) -> None:
    question = intention_question()
    app = make_app(private_home, morning=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        line = await intention_line(pilot)
        label = str(app.screen.query_one("#morning-intention-question", Static).content)
        assert question.nl in label
        await pilot.press(*"Rustig.", "tab")  # the answer, then Tab to the intention
        assert app.focused is line.text_area
        await pilot.press(*"Anna bedanken", "enter")  # Enter: done, back to Vandaag
        await wait_for(pilot, lambda: isinstance(app.screen, TodayScreen))
        await settle(pilot)
        assert "Anna bedanken" in part(app)
        todays = app.screen.question.prompt.id
    app.journal_link.close()
    assert sorted(saved(private_home)) == sorted(
        [
            ("dagvraag", "Rustig.", todays),
            ("voornemen", "Anna bedanken", question.id),
        ]
    )


async def test_skipping_the_intention_makes_no_entry(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await intention_line(pilot)
        assert isinstance(app.screen, MorningScreen)
        await pilot.press(*"Alleen dit.", "tab", "escape")
        await wait_for(pilot, lambda: isinstance(app.screen, TodayScreen))
        await settle(pilot)
        assert not app.screen.query_one("#today-intention").display  # nothing to show
    app.journal_link.close()
    assert [kind for kind, _text, _id in saved(private_home)] == ["dagvraag"]


async def test_an_intention_left_by_escape_keeps_its_words(private_home: Path) -> None:
    app = make_app(private_home, morning=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        line = await intention_line(pilot)
        await fill(pilot, line.text_area, "Eerst luisteren.")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, TodayScreen))
        await settle(pilot)
    app.journal_link.close()
    assert [(k, t) for k, t, _id in saved(private_home)] == [("voornemen", "Eerst luisteren.")]


async def test_the_morning_goes_on_with_the_intention_written_earlier_today(
    private_home: Path,
) -> None:
    question = intention_question()
    write_entries(
        {
            "at": "2024-03-05 04:00",
            "kind": "voornemen",
            "text": "Vroeg begonnen.",
            **entry_fields(question, "nl"),
        }
    )
    app = make_app(private_home, morning=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        line = await intention_line(pilot)
        assert line.text == "Vroeg begonnen."
        line.focus_text()
        await pilot.press(*" Ja.", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, TodayScreen))
        await settle(pilot)
    app.journal_link.close()
    assert saved(private_home) == [("voornemen", "Vroeg begonnen. Ja.", question.id)]


async def test_vandaag_asks_how_yesterdays_intention_went_and_v_says_it(
    private_home: Path,
) -> None:
    question = intention_question(YESTERDAY)
    [entry] = write_entries(
        {
            "at": "2024-03-04 05:00",
            "kind": "voornemen",
            "text": "Eerst luisteren.",
            **entry_fields(question, "nl"),
        }
    )
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = part(app)
        assert "Gisteren nam je je voor:" in text and "Eerst luisteren." in text
        assert "Hoe ging het? v: gelukt, deels of niet" in text
        assert "Nog geen voornemen voor vandaag" in text
        await pilot.press("v")
        assert "Hoe het ging: gelukt" in part(app)
        await pilot.press("v")
        assert "Hoe het ging: deels" in part(app)
        await settle(pilot)
    app.journal_link.close()
    with Journal.open(Paths(private_home), read_only=True) as journal:
        stored = journal.get_entry(entry.id)
    assert stored is not None and outcome_of(stored) == "deels"
    assert stored.text == "Eerst luisteren." and stored.created == entry.created
    assert stored.prompt is not None and stored.prompt["id"] == question.id


async def test_v_below_the_fold_brings_the_intention_into_view_and_says_it(
    private_home: Path,
) -> None:
    """At 80x24 the intention part may be out of sight: `v` shows it, and a toast says what
    was noted (a choice made where nothing seemed to change)."""
    question = intention_question(YESTERDAY)
    write_entries(
        {
            "at": "2024-03-04 05:00",
            "kind": "voornemen",
            "text": "Eerst luisteren.",
            **entry_fields(question, "nl"),
        }
    )
    app = make_app(private_home)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        intention = app.screen.query_one("#today-intention", Static)
        await pilot.press("v")
        await wait_for(pilot, lambda: bool(app._notifications))
        await wait_for(pilot, lambda: intention.region.height > 0)
        assert [str(n.message) for n in app._notifications] == ["Hoe het ging: gelukt · v: anders"]
        page = app.screen.query_one("#today-body")  # the page that scrolls
        assert page.region.contains_region(intention.region)  # all of it, its last line too


async def test_v_without_an_intention_yesterday_says_so(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("v")
        said = [str(n.message) for n in app._notifications]
        assert "Gisteren had je geen voornemen." in said
        assert not isinstance(app.focused, TextArea)


async def test_the_dagboek_filters_on_intentions_and_shows_how_one_went(
    private_home: Path,
) -> None:
    from leeslamp.tui.widgets.entry_rows import EntryRows

    prompt = {"id": "voornemen-x", "text": "Naar wie luister je?", "outcome": "niet"}
    write_entries(
        {
            "at": "2024-03-04 05:00",
            "kind": "voornemen",
            "text": "Eerst luisteren.",
            "prompt": prompt,
        },
        {"at": "2024-03-04 06:00", "text": "Een reflectie."},
    )
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("s", *"voor", "enter")  # the kind filter, typed to
        await settle(pilot)
        rows = app.screen.query_one(EntryRows)
        assert [rows.line_text(i).split()[2] for i in range(rows.row_count)] == ["voornemen"]
        await pilot.press("enter")
        await settle(pilot)
        text = shown_text(app)
        assert "Naar wie luister je?" in text and "Hoe het ging: niet gelukt" in text


async def test_v_on_a_read_only_journal_says_why_and_shows_what_is_stored(
    private_home: Path,
) -> None:
    write_entries({"at": "2024-03-04 05:00", "kind": "voornemen", "text": "Eerst luisteren."})
    app = make_app(private_home)
    with Journal.open(app.context.paths):  # another leeslamp holds the lock
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await settle(pilot)
            await pilot.press("r")  # open it read-only
            await settle(pilot)
            await pilot.press("v")
            await settle(pilot)
            assert "Hoe ging het?" in part(app)  # nothing said: nothing was stored
            said = [str(n.message) for n in app._notifications]
            assert any("alleen" in sentence.lower() for sentence in said[1:]), said
        app.journal_link.close()


async def test_the_next_morning_shows_yesterdays_intention_and_ctrl_o_says_how_it_went(
    private_home: Path,
) -> None:
    [entry] = write_entries(
        {"at": "2024-03-04 05:00", "kind": "voornemen", "text": "Eerst luisteren."}
    )
    app = make_app(private_home, morning=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await intention_line(pilot)
        line = app.screen.query_one("#morning-yesterday", Static)
        assert line.display
        text = str(line.content)
        assert "Gisteren nam je je voor: Eerst luisteren." in text and "Ctrl+O" in text
        await pilot.press("ctrl+o", "ctrl+o", "ctrl+o")
        assert "niet gelukt · Ctrl+O: anders" in str(line.content)
        assert isinstance(app.focused, TextArea)  # still writing: the key did not take focus
        await settle(pilot)
    app.journal_link.close()
    with Journal.open(Paths(private_home), read_only=True) as journal:
        stored = journal.get_entry(entry.id)
    assert stored is not None and outcome_of(stored) == "niet"


async def test_no_line_about_yesterday_when_there_was_no_intention(private_home: Path) -> None:
    app = make_app(private_home, morning=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await intention_line(pilot)
        assert not app.screen.query_one("#morning-yesterday", Static).display
