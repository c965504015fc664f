"""Composing an assignment in the app: the saved file is one `leeslamp opdracht controleer`
accepts, with what the coach typed."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from leeslamp.assignments import check_assignment
from leeslamp.tui.screens.assignment_compose import ComposeScreen, file_name_for
from tui_factory import SIZE, make_app, paste, screen_text, settle, shown_text, wait_for


async def open_compose(pilot) -> None:
    await settle(pilot)
    await pilot.press("c", "n")
    await settle(pilot)


async def fill_in(pilot, *, title: str = "Week 10: luisteren", deadline: str = "2024-03-15"):
    """Title, coach, deadline and message, field by field (Tab between them), each at once
    (`paste`)."""
    for words in (title, "Marieke", deadline, "Lees rustig."):
        await paste(pilot, words)
        await pilot.press("tab")
    await settle(pilot)


async def add_article(pilot, title: str) -> None:
    """Open the article list (focused after the message) and pick an article by typing its title."""
    await pilot.press("enter", *title, "enter")
    await settle(pilot)


async def save_to(pilot, app, path: Path) -> None:
    app.screen.query_one("#compose-path").value = str(path)
    await pilot.press("ctrl+s")
    await settle(pilot)


async def test_a_composed_assignment_is_a_file_that_passes_the_check(
    private_home: Path, tmp_path: Path
) -> None:
    app = make_app(private_home)
    target = tmp_path / "week10.toml"
    async with app.run_test(size=SIZE) as pilot:
        await open_compose(pilot)
        assert isinstance(app.screen, ComposeScreen)
        await fill_in(pilot)
        await add_article(pilot, "Leren in")  # the questions field has focus now
        # The one test that types a question key by key (Enter starts the next); the rest
        # go in at once.
        await pilot.press(*"Wat hoorde je?", "enter")
        await paste(pilot, "Wat deed je ermee?")
        await pilot.press("tab")  # on to the article list
        await add_article(pilot, "Systemisch")
        await paste(pilot, "Welk patroon zie je?")
        await save_to(pilot, app, target)
        assert "Bewaard in" in shown_text(app)
    result = check_assignment(
        target.read_text(encoding="utf-8"), known_articles=app.context.library().ids()
    )
    assert result.ok and not result.warnings
    assignment = result.assignment
    assert assignment.title == "Week 10: luisteren"
    assert assignment.coach == "Marieke"
    assert assignment.deadline.isoformat() == "2024-03-15"
    assert assignment.message == "Lees rustig."
    assert [(q.article, q.text) for q in assignment.questions] == [
        ("teams-leren", "Wat hoorde je?"),
        ("teams-leren", "Wat deed je ermee?"),
        ("systemen", "Welk patroon zie je?"),
    ]


async def test_a_removed_article_takes_its_questions_out(
    private_home: Path, tmp_path: Path
) -> None:
    app = make_app(private_home)
    target = tmp_path / "opdracht.toml"
    async with app.run_test(size=SIZE) as pilot:
        await open_compose(pilot)
        await fill_in(pilot)
        await add_article(pilot, "Leren in")
        await paste(pilot, "Weg ermee?")
        await pilot.press("shift+tab", "enter")  # the Weghalen button
        await settle(pilot)
        await pilot.press("tab")  # the article list again
        await add_article(pilot, "Systemisch")
        await paste(pilot, "Blijft dit?")
        await save_to(pilot, app, target)
    result = check_assignment(target.read_text(encoding="utf-8"))
    assert [q.text for q in result.assignment.questions] == ["Blijft dit?"]


async def test_a_deadline_that_is_no_date_is_said_and_nothing_is_saved(
    private_home: Path, tmp_path: Path
) -> None:
    app = make_app(private_home)
    target = tmp_path / "opdracht.toml"
    async with app.run_test(size=SIZE) as pilot:
        await open_compose(pilot)
        await fill_in(pilot, deadline="15 maart")
        assert "Dat is geen datum" in shown_text(app)
        await add_article(pilot, "Leren in")
        await pilot.press(*"Een vraag?")
        await save_to(pilot, app, target)
        assert app.screen.focused is app.screen.query_one("#compose-deadline")
    assert not target.exists()


async def test_the_deadline_problem_goes_once_the_deadline_is_a_date(
    private_home: Path, tmp_path: Path
) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_compose(pilot)
        await fill_in(pilot, deadline="2024-12-32")
        await add_article(pilot, "Leren in")
        await pilot.press(*"Een vraag?")
        await save_to(pilot, app, tmp_path / "opdracht.toml")
        status = app.screen.query_one("#compose-status", Static)
        assert "Dat is geen datum" in status.visual.plain
        assert app.screen.focused is app.screen.query_one("#compose-deadline")
        await pilot.press("end", "backspace", "backspace", "2", "0")
        said = app.screen.query_one("#compose-deadline-said", Static)

        def read_back() -> bool:
            """the field has read the corrected date"""
            return said.visual.plain == "vrijdag 20 december 2024"

        await wait_for(pilot, read_back)
        assert status.visual.plain == "" and not status.has_class("-problem")


async def test_the_deadline_is_read_back_in_words(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_compose(pilot)
        await fill_in(pilot, deadline="2024-03-15")
        assert "vrijdag 15 maart 2024" in shown_text(app)


async def test_saving_without_a_title_or_questions_says_what_is_missing(
    private_home: Path, tmp_path: Path
) -> None:
    app = make_app(private_home)
    target = tmp_path / "opdracht.toml"
    async with app.run_test(size=SIZE) as pilot:
        await open_compose(pilot)
        await save_to(pilot, app, target)
        assert "Geef de leesopdracht een titel." in shown_text(app)
        await fill_in(pilot)
        await save_to(pilot, app, target)
        assert "Kies minstens één artikel." in shown_text(app)
        await add_article(pilot, "Leren in")
        await save_to(pilot, app, target)
        assert "Schrijf minstens één vraag bij" in shown_text(app)
    assert not target.exists()


async def test_an_existing_file_is_replaced_only_when_saving_again(
    private_home: Path, tmp_path: Path
) -> None:
    target = tmp_path / "opdracht.toml"
    target.write_text("van iemand anders", encoding="utf-8")
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_compose(pilot)
        await fill_in(pilot)
        await add_article(pilot, "Leren in")
        await pilot.press(*"Een vraag?")
        await save_to(pilot, app, target)
        assert "bestaat al" in shown_text(app)
        assert target.read_text(encoding="utf-8") == "van iemand anders"
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert check_assignment(target.read_text(encoding="utf-8")).ok


async def test_the_file_is_named_after_the_title(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_compose(pilot)
        await fill_in(pilot, title="Week 10: één vraag")
        path = app.screen.query_one("#compose-path").value
        assert path.endswith("week-10-een-vraag.toml")


def test_file_names_are_plain_letters_and_digits() -> None:
    assert file_name_for("Leesopdracht week 49: aandacht!") == "leesopdracht-week-49-aandacht.toml"
    assert file_name_for("   ") == "leesopdracht.toml"


async def test_the_draft_is_kept_when_you_leave_and_come_back(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_compose(pilot)
        await pilot.press(*"Half af")
        await pilot.press("escape", "escape")  # back to Opdrachten, back to the library
        await settle(pilot)
        await pilot.press("c", "n")
        await settle(pilot)
        assert app.screen.query_one("#compose-title").value == "Half af"


async def test_compose_relabels_and_fits_in_80_by_24(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_compose(pilot)
        text = shown_text(app)
        for expected in ("Nieuwe leesopdracht maken", "Titel", "Coach", "Inleverdatum", "Bericht"):
            assert expected in text
        await pilot.press("escape")  # out of the title field: ctrl+t is the app's
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        text = shown_text(app)
        assert "Compose an assignment" in text and "Title" in text and "Message" in text


async def test_placeholders_fit_and_the_article_list_speaks_dutch(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_compose(pilot)
        text = screen_text(app)
        assert "geen inleverdatum" in text  # whole, with what empty means beside it
        await pilot.press("tab", "tab", "tab", "tab", "enter")  # open the article list
        await settle(pilot)
        text = screen_text(app)
        assert "Lijst sluiten" in text and "Dismiss" not in text
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ComposeScreen)  # escape closed the list, not the screen
