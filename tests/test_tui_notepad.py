"""The Schrijfblok: writing reflections and answers beside an article, as a reader would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from leeslamp.assignments import import_assignment, new_assignment
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal
from leeslamp.tui.screens.choice import ChoiceScreen
from leeslamp.tui.screens.reader.screen import ReaderScreen
from leeslamp.tui.widgets.entry_editor import EntryEditor
from leeslamp.tui.widgets.notepad import Notepad
from tui_factory import footer_text, make_app, paste, screen_text, settle, shown_text, wait_saved

SIZE = (120, 40)


def with_prompts(home: Path) -> None:
    """An article with two reflection questions in its front matter."""
    folder = home / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vragen.md").write_text(
        "---\nid: vragen\ntitle: Vragen stellen\nauthor: Anna de Vries\ndate: 2022-02\n"
        "kind: artikel\ncomplete: true\ndisciplines: []\nthemes: []\nprompts:\n"
        "  - Welke vraag stelde je vandaag niet?\n  - Wie luistert er naar jou?\n---\n"
        "Een alinea over vragen.\n",
        encoding="utf-8",
    )


def stored(home: Path, kind: str | None = None) -> list:
    with Journal.open(Paths(home), read_only=True) as journal:
        return journal.entries(kind=kind)


async def write(pilot, text: str | list[str]) -> None:
    """Words at the cursor at once (`paste`), or keys one by one; then wait until the editor
    has saved. Typing itself is tested in test_tui_entry_editor.py."""
    if isinstance(text, str):
        await paste(pilot, text)
    else:
        await pilot.press(*text)
    await wait_saved(pilot)
    await settle(pilot)


async def open_panel(app, pilot) -> None:
    await settle(pilot)
    await pilot.press("w")
    await settle(pilot)


async def test_w_shows_the_article_questions_and_a_new_reflection(private_home: Path) -> None:
    with_prompts(private_home)
    app = make_app(private_home, article_id="vragen")
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(app, pilot)
        text = screen_text(app)
        assert "Schrijfblok" in text
        assert "Vragen bij dit artikel" in text
        assert "• Welke vraag stelde je vandaag niet?" in text
        assert "Nieuwe reflectie" in text
        assert "nog geen reflecties" in text
    app.journal_link.close()


async def test_a_reflection_written_is_there_after_starting_again(private_home: Path) -> None:
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(app, pilot)
        await write(pilot, "Wat ik leerde van mijn team")
        assert "bewaard" in screen_text(app)
        await pilot.press("ctrl+q")
    app.journal_link.close()
    [entry] = stored(private_home)
    assert (entry.kind, entry.article, entry.text) == (
        "reflectie",
        "teams-leren",
        "Wat ik leerde van mijn team",
    )

    again = make_app(private_home, article_id="teams-leren")
    async with again.run_test(size=SIZE) as pilot:
        await open_panel(again, pilot)
        text = screen_text(again)
        assert "Je reflecties (1)" in text
        assert "5 maart 2024 om 04:30" in text
        assert "Wat ik leerde van mijn team" in text
        await pilot.press("escape", "d")  # to the article, then the Dagboek
        await settle(pilot)
        assert "Wat ik leerde van mijn team" in screen_text(again)
    again.journal_link.close()


async def test_typing_in_an_earlier_reflection_edits_it(private_home: Path) -> None:
    with Journal.open(Paths(private_home)) as journal:
        journal.add_entry("reflectie", "Eerst", article="teams-leren")
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(app, pilot)
        await pilot.click(".reflection:last-of-type TextArea")
        await pilot.press("end")
        await write(pilot, " en later")
    app.journal_link.close()
    assert [entry.text for entry in stored(private_home)] == ["Eerst en later"]


async def test_deleting_asks_first_then_the_reflection_is_gone(private_home: Path) -> None:
    with Journal.open(Paths(private_home)) as journal:
        journal.add_entry("reflectie", "Weg ermee", article="teams-leren")
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_panel(app, pilot)
        await pilot.click(".-saved .entry-delete")
        await settle(pilot)
        assert "Je kunt het 30 dagen terughalen uit de prullenbak." in shown_text(app)
        await pilot.press("enter")
        await settle(pilot)
        text = shown_text(app)
        assert "Weg ermee" not in text
        assert "Druk op u om het terug te halen" in text
        assert app.journal_link.journal.entries() == []
        assert [item.entry.text for item in app.journal_link.journal.trash()] == ["Weg ermee"]
    app.journal_link.close()


async def test_keeping_it_when_asked_changes_nothing(private_home: Path) -> None:
    with Journal.open(Paths(private_home)) as journal:
        journal.add_entry("reflectie", "Blijft", article="teams-leren")
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(app, pilot)
        await pilot.click(".-saved .entry-delete")
        await settle(pilot)
        assert "Weggooien?" in shown_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert "Blijft" in shown_text(app)
        assert [entry.text for entry in app.journal_link.journal.entries()] == ["Blijft"]
    app.journal_link.close()


async def test_u_brings_the_deleted_reflection_back(private_home: Path) -> None:
    with Journal.open(Paths(private_home)) as journal:
        journal.add_entry("reflectie", "Toch bewaren", article="teams-leren")
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(app, pilot)
        await pilot.click(".-saved .entry-delete")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert "Toch bewaren" in shown_text(app)
        assert [entry.text for entry in app.journal_link.journal.entries()] == ["Toch bewaren"]
    app.journal_link.close()


async def test_a_deleted_reflection_keeps_what_was_typed_just_before(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The trash holds the newest words, even when the editor had not saved them yet."""
    monkeypatch.setattr(EntryEditor, "save_delay", 60)
    with Journal.open(Paths(private_home)) as journal:
        journal.add_entry("reflectie", "Oud", article="teams-leren")
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(app, pilot)
        editor = app.screen.query_one(".reflection:last-of-type EntryEditor")
        editor.focus_text()
        await pilot.press("end", *" nieuw")
        await pilot.click(".-saved .entry-delete")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert [item.entry.text for item in app.journal_link.journal.trash()] == ["Oud nieuw"]
    assert app.journal_link.close() == []  # nothing left over to write at the end


async def test_escape_goes_back_to_the_article_and_w_hides_the_panel(private_home: Path) -> None:
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(app, pilot)
        notepad = app.screen.query_one(Notepad)
        assert notepad.has_focus_within
        await pilot.press("escape")
        assert app.screen.focused is app.screen.query_one("#page")
        assert notepad.display
        await pilot.press("w")
        assert not app.screen.query_one("#side").display
        await pilot.press("escape")  # now escape leaves the article, as before
        assert not isinstance(app.screen, ReaderScreen)
    app.journal_link.close()


@pytest.mark.parametrize(
    ("size", "beside"),
    [((80, 24), False), ((100, 30), False), ((120, 40), True)],
)
async def test_the_panel_is_beside_the_article_when_wide_below_when_narrow(
    private_home: Path, size: tuple[int, int], beside: bool
) -> None:
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=size) as pilot:
        await open_panel(app, pilot)
        page = app.screen.query_one("#page").region
        side = app.screen.query_one("#side").region
        if beside:
            assert side.x >= page.right and side.y == page.y
        else:
            assert side.y >= page.bottom and side.x == page.x
        text = shown_text(app)
        assert "Schrijfblok" in text and "Teams leren samen" in text
    app.journal_link.close()


def assignment_about_teams():
    return new_assignment(
        title="Leesopdracht week 10",
        coach="Sanne",
        deadline=date(2024, 3, 20),
        items=[
            ("teams-leren", ["Waar leert jouw team van?", "Wie stelt de vragen?"]),
            ("systemen", ["Welk systeem zie je?"]),
        ],
    )


async def test_a_coach_question_is_answered_from_the_panel(private_home: Path) -> None:
    assignment = assignment_about_teams()
    with Journal.open(Paths(private_home)) as journal:
        import_assignment(journal, assignment)
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(app, pilot)
        text = screen_text(app)
        assert "Leesopdracht: Leesopdracht week 10" in text
        assert "0 van 3 beantwoord" in text  # the whole assignment; 2 questions are here
        assert "van Sanne · inleverdatum 20 maart 2024" in text
        assert "1. Waar leert jouw team van?" in text
        await pilot.click(".answer TextArea")
        await write(pilot, "Van fouten")
        assert "1 van 3 beantwoord" in screen_text(app)
    app.journal_link.close()
    [answer] = stored(private_home, "antwoord")
    assert answer.text == "Van fouten"
    assert answer.article == "teams-leren"
    assert answer.assignment == {
        "id": assignment.id,
        "prompt": "Waar leert jouw team van?",
        "question": 1,
        "written_in": "lezer",
    }


async def test_an_answer_typed_away_is_no_answer_and_typing_again_fills_it(
    private_home: Path,
) -> None:
    from leeslamp.assignments import assignment_statuses

    assignment = assignment_about_teams()
    with Journal.open(Paths(private_home)) as journal:
        import_assignment(journal, assignment)
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(app, pilot)
        await pilot.click(".answer TextArea")
        await write(pilot, "Van fouten")
        assert "1 van 3 beantwoord" in shown_text(app)
        await write(pilot, ["backspace"] * len("Van fouten"))
        assert "0 van 3 beantwoord" in shown_text(app)
        await pilot.press("escape")  # out of the panel: a reload may now renew the block
        app.screen.query_one(Notepad).reload()
        await settle(pilot)
        assert "0 van 3 beantwoord" in shown_text(app)
        await pilot.click(".answer TextArea")
        await write(pilot, "Van elkaar")
        assert "1 van 3 beantwoord" in shown_text(app)
    app.journal_link.close()
    # the emptied answer was filled again: one entry, nothing lost, nothing empty left
    assert [entry.text for entry in stored(private_home, "antwoord")] == ["Van elkaar"]
    with Journal.open(Paths(private_home), read_only=True) as journal:
        [status] = assignment_statuses(journal)
    assert status.answered == 1


async def test_an_answered_question_shows_its_answer_to_edit(private_home: Path) -> None:
    from leeslamp.assignments import answer_question

    assignment = assignment_about_teams()
    with Journal.open(Paths(private_home)) as journal:
        import_assignment(journal, assignment)
        answer_question(journal, assignment, 2, "Ik")
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(app, pilot)
        assert "1 van 3 beantwoord" in shown_text(app)
        await pilot.click(".answer:last-of-type TextArea")
        await pilot.press("end")
        await write(pilot, " en jij")
    app.journal_link.close()
    assert [entry.text for entry in stored(private_home, "antwoord")] == ["Ik en jij"]


async def test_a_read_only_journal_says_so_and_typing_changes_nothing(private_home: Path) -> None:
    with Journal.open(Paths(private_home)) as journal:
        journal.add_entry("reflectie", "Van eerder", article="teams-leren")
    app = make_app(private_home, article_id="teams-leren")
    with Journal.open(app.context.paths):  # another leeslamp has the journal
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, ChoiceScreen)
            await pilot.press("r")  # go on read-only
            await open_panel(app, pilot)
            text = shown_text(app)
            assert "Alleen-lezen: je dagboek is open in een andere" in text
            assert "Nieuwe reflectie" not in text
            assert "Terughalen" not in footer_text(app)  # nothing can come back
            await pilot.click(".reflection TextArea")
            await write(pilot, [*"nieuw"])  # real keys: a read-only field refuses them
            assert "Van eerder" in shown_text(app)
            await pilot.click(".-saved .entry-delete")
            await settle(pilot)
            assert "weggooien en terughalen" in shown_text(app)
        app.journal_link.close()
    assert [entry.text for entry in stored(private_home)] == ["Van eerder"]


async def test_the_panel_follows_the_language(private_home: Path) -> None:
    with_prompts(private_home)
    app = make_app(private_home, article_id="vragen")
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(app, pilot)
        await pilot.press("escape", "ctrl+t")
        await settle(pilot)
        text = shown_text(app)
        assert "Notepad" in text and "Questions about this article" in text
        assert "New reflection" in text
    app.journal_link.close()


async def test_the_line_being_typed_stays_in_view(private_home: Path) -> None:
    """The panel scrolls along as the text area grows, at 80x24 where it is only 10 rows."""
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_panel(app, pilot)
        # Eight lines at once (more than the panel's rows), then the last one key by key.
        await paste(pilot, "".join(f"regel {number}\n" for number in range(1, 9)))
        await pilot.press(*"de laatste")
        await pilot.pause()
        text = shown_text(app)
        assert "de laatste" in text
    app.journal_link.close()


async def test_the_count_of_reflections_follows_a_delete(private_home: Path) -> None:
    with Journal.open(Paths(private_home)) as journal:
        journal.add_entry("reflectie", "Een", article="teams-leren")
        journal.add_entry("reflectie", "Twee", article="teams-leren")
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(app, pilot)
        assert "Je reflecties (2)" in shown_text(app)
        await pilot.click(".-saved .entry-delete")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert "Je reflecties (1)" in shown_text(app)
    app.journal_link.close()


async def test_w_shows_where_you_write_even_in_a_small_terminal(private_home: Path) -> None:
    assignment = assignment_about_teams()
    with Journal.open(Paths(private_home)) as journal:
        import_assignment(journal, assignment)
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_panel(app, pilot)
        assert "Nieuwe reflectie" in shown_text(app)
        await pilot.press(*"Zichtbaar")
        assert "Zichtbaar" in shown_text(app)
    app.journal_link.close()


async def test_an_edit_in_the_dagboek_shows_in_the_panel(private_home: Path) -> None:
    with Journal.open(Paths(private_home)) as journal:
        journal.add_entry("reflectie", "Eerst zo", article="teams-leren")
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(app, pilot)
        await pilot.press("escape", "d")  # to the article, then the Dagboek
        await settle(pilot)
        await pilot.press("enter", "end")  # open the entry
        await write(pilot, ", en nu anders")
        await pilot.press("escape", "escape")  # back to the Dagboek, back to the article
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert "Eerst zo, en nu anders" in shown_text(app)
    app.journal_link.close()


async def test_a_reflection_deleted_in_the_dagboek_leaves_the_panel(private_home: Path) -> None:
    with Journal.open(Paths(private_home)) as journal:
        journal.add_entry("reflectie", "Verdwijnt", article="teams-leren")
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await open_panel(app, pilot)
        await pilot.press("escape", "d")
        await settle(pilot)
        await pilot.press("x", "enter")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        text = shown_text(app)
        assert "Verdwijnt" not in text and "nog geen reflecties" in text
    app.journal_link.close()
