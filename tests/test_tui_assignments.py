"""Opdrachten: import an assignment from a file, see its questions and progress, and make the
answer file for the coach, seeing exactly what leaves before it is written."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from textual.widgets import Static

from journal_factory import write_entries
from leeslamp.assignments import answer_question, assignment_statuses, check_assignment
from leeslamp.core.paths import resolve
from leeslamp.i18n import t
from leeslamp.journal import Journal
from leeslamp.tui.screens.assignment_answers import AnswersScreen
from leeslamp.tui.screens.assignments import AssignmentsScreen
from leeslamp.tui.screens.reader.screen import ReaderScreen
from tui_factory import (
    SIZE,
    fill,
    make_app,
    paste,
    screen_text,
    settle,
    shown_text,
    wait_for,
)

ASSIGNMENT = """\
titel = "Leesopdracht week 10"
coach = "Marieke"
deadline = 2024-03-15
bericht = "Lees rustig."

[[lezen]]
artikel = "teams-leren"
vragen = ["Wanneer leerde jouw team het meest?", "Wie vraagt bij jullie door?"]

[[lezen]]
artikel = "systemen"
vragen = ["Welk patroon zie je steeds terug?"]
"""

PRIVATE = ("GEHEIME-REFLECTIE", "GEHEIME-DAGVRAAG", "GEHEIME-AANDACHT")


def assignment_file(folder: Path, text: str = ASSIGNMENT) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "opdracht.toml"
    path.write_text(text, encoding="utf-8")
    return path


def imported(home: Path, answers: dict[int, str] | None = None) -> None:
    """The assignment in the journal, with answers to some of its questions."""
    result = check_assignment(ASSIGNMENT)
    with Journal.open(resolve(home)) as journal:
        from leeslamp.assignments import import_assignment

        import_assignment(journal, result.assignment)
        for number, text in (answers or {}).items():
            answer_question(journal, result.assignment, number, text)


async def open_assignments(pilot) -> None:
    await settle(pilot)
    await pilot.press("c")
    await settle(pilot)


async def import_from(pilot, path: Path) -> None:
    """i, the path (at once: a temp path is ~80 keys), Enter."""
    await pilot.press("i")
    await fill(pilot, pilot.app.focused, str(path))
    await pilot.press("enter")
    await settle(pilot)


async def test_importing_a_file_shows_the_assignment_with_nothing_answered(
    private_home: Path, tmp_path: Path
) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_assignments(pilot)
        assert isinstance(app.screen, AssignmentsScreen)
        assert "nog geen leesopdrachten" in screen_text(app)
        await import_from(pilot, assignment_file(tmp_path))
        text = screen_text(app)
        assert "Ingelezen: “Leesopdracht week 10”, 3 vragen." in text
        assert "0/3 beantwoord" in text
        assert "inleverdatum vrijdag 15 maart 2024 (nog 10 dagen)" in text
        assert "· 1. Wanneer leerde jouw team het meest?" in text
        assert "· 3. Welk patroon zie je steeds terug?" in text
    with Journal.open(resolve(private_home), read_only=True) as journal:
        assert [s.assignment.title for s in assignment_statuses(journal)] == [
            "Leesopdracht week 10"
        ]


async def test_answered_questions_are_marked_and_counted(private_home: Path) -> None:
    imported(private_home, {2: "Niemand eigenlijk."})
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_assignments(pilot)
        text = screen_text(app)
        assert "1/3 beantwoord" in text
        assert "✓ 2. Wie vraagt bij jullie door?" in text
        assert "· 1. Wanneer leerde jouw team het meest?" in text


async def test_a_file_with_errors_is_refused_with_line_numbers(
    private_home: Path, tmp_path: Path
) -> None:
    broken = ASSIGNMENT.replace("deadline = 2024-03-15", 'deadline = "volgende week"')
    broken = broken.replace('artikel = "systemen"\nvragen = ["Welk patroon zie je steeds terug?"]',
                            'artikel = "systemen"\nvragen = []')  # fmt: skip
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_assignments(pilot)
        await import_from(pilot, assignment_file(tmp_path, broken))
        text = shown_text(app)
        assert "Niet ingelezen" in text
        assert "opdracht.toml, regel 3:" in text
        assert "opdracht.toml, regel 12:" in text
        assert "nog geen leesopdrachten" in text
    with Journal.open(resolve(private_home), read_only=True) as journal:
        assert assignment_statuses(journal) == []


async def test_a_missing_file_is_said_in_a_sentence(private_home: Path, tmp_path: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_assignments(pilot)
        await import_from(pilot, tmp_path / "bestaat-niet.toml")
        # the sentence whole, from the widget: how it wraps depends on the temp path's length
        said = str(app.screen.query_one("#import-said", Static).content)
        missing = tmp_path / "bestaat-niet.toml"
        assert said == t("assignment.list.unreadable", path=missing, reason=t("oserror.missing"))


async def test_a_deeply_nested_file_is_named_with_the_reason_and_nothing_imported(
    private_home: Path, tmp_path: Path
) -> None:
    from textual.widgets import Static

    deep = ASSIGNMENT + "extra = " + "[" * 100_000 + "]" * 100_000 + "\n"
    path = assignment_file(tmp_path, deep)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_assignments(pilot)
        await import_from(pilot, path)
        said = str(app.screen.query_one("#import-said", Static).content)
        assert "opdracht.toml: het bestand is te diep genest" in said, said
    with Journal.open(resolve(private_home), read_only=True) as journal:
        assert assignment_statuses(journal) == []


async def test_importing_the_same_file_again_changes_nothing(
    private_home: Path, tmp_path: Path
) -> None:
    imported(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_assignments(pilot)
        await import_from(pilot, assignment_file(tmp_path))
        assert "had je al. Er is niets veranderd." in shown_text(app)
        assert "1 in je dagboek" in shown_text(app)


async def test_enter_on_a_question_opens_its_article(private_home: Path) -> None:
    imported(private_home, {1: "Al beantwoord."})
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_assignments(pilot)
        await pilot.press("enter")  # from the list into the questions, at the first open one
        await pilot.press("down", "enter")  # from question 2, past a heading, to question 3
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.id == "systemen"
        await pilot.press("escape")
        assert isinstance(app.screen, AssignmentsScreen)


# --- the answer file -------------------------------------------------------------------------


def plant_private_text(home: Path) -> None:
    write_entries(
        {"text": f"{PRIVATE[0]} over mijn team.", "article": "teams-leren"},
        {"kind": "dagvraag", "text": f"{PRIVATE[1]} van vandaag."},
        {"kind": "aandacht", "text": f"{PRIVATE[2]} bij deze zin.", "article": "teams-leren"},
    )


async def test_the_preview_shows_the_answers_and_nothing_private(private_home: Path) -> None:
    imported(private_home, {1: "Tijdens de verbouwing."})
    plant_private_text(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_assignments(pilot)
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, AnswersScreen)
        preview = screen.query_one("#answers-markdown").source
        assert "Tijdens de verbouwing." in preview
        assert "Wie vraagt bij jullie door?" in preview
        as_json = str(screen.query_one("#answers-json").content)
        assert "Tijdens de verbouwing." in as_json
        for private in PRIVATE:
            assert private not in preview
            assert private not in as_json


async def test_the_answer_file_is_exactly_the_preview_and_holds_nothing_private(
    private_home: Path, tmp_path: Path
) -> None:
    imported(private_home, {1: "Tijdens de verbouwing.", 3: "Steeds dezelfde discussie."})
    plant_private_text(private_home)
    app = make_app(private_home)
    target = tmp_path / "uit"
    target.mkdir()
    async with app.run_test(size=SIZE) as pilot:
        await open_assignments(pilot)
        await pilot.press("a")
        await settle(pilot)
        path_input = app.screen.query_one("#answers-path")
        path_input.value = ""
        await pilot.press(*"Anna", "tab")  # the name typed; the long temp path at once
        await paste(pilot, str(target))
        await settle(pilot)
        preview = app.screen.query_one("#answers-markdown").source
        await pilot.press("ctrl+s")
        await settle(pilot)
        written = sorted(target.iterdir())
        short = app.context.settings.reader_id[:4]  # type: ignore[index]
        assert [p.name for p in written] == [
            f"antwoorden-{app.screen.document['assignment']['id']}-anna-{short}.json",
            f"antwoorden-{app.screen.document['assignment']['id']}-anna-{short}.md",
        ]
        assert "Geschreven:" in shown_text(app)
    json_text, markdown = (p.read_text(encoding="utf-8") for p in written)
    assert markdown == preview
    assert "Steeds dezelfde discussie." in json_text and "Anna" in json_text
    for private in PRIVATE:
        assert private not in json_text
        assert private not in markdown


async def test_the_name_comes_from_the_settings(private_home: Path) -> None:
    imported(private_home)
    app = make_app(private_home)
    app.context.settings = dataclasses.replace(app.context.settings, name="Bram")
    async with app.run_test(size=SIZE) as pilot:
        await open_assignments(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert app.screen.query_one("#answers-name").value == "Bram"
        assert "Van: Bram" in app.screen.query_one("#answers-markdown").source


async def test_the_name_is_typed_first_and_arrows_move_between_fields(
    private_home: Path, tmp_path: Path
) -> None:
    imported(private_home, {1: "Een antwoord."})
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_assignments(pilot)
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        place = screen.query_one("#answers-path").value
        assert place.endswith("/")  # a folder, said as one
        await pilot.press(*"Dora")
        await settle(pilot)
        assert screen.query_one("#answers-name").value == "Dora"
        assert screen.query_one("#answers-path").value == place
        assert "Van: Dora" in screen.query_one("#answers-markdown").source
        await pilot.press("down")
        assert screen.focused is screen.query_one("#answers-path")
        await pilot.press("up")
        assert screen.focused is screen.query_one("#answers-name")
        # a folder that does not exist yet, typed with a slash at the end, is made
        screen.query_one("#answers-path").value = f"{tmp_path}/nieuw/"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "Geschreven:" in shown_text(app)
    names = sorted(p.name for p in (tmp_path / "nieuw").iterdir())
    assert [Path(name).suffix for name in names] == [".json", ".md"]
    short = app.context.settings.reader_id[:4]  # type: ignore[index]
    assert all(name.endswith(f"-dora-{short}" + Path(name).suffix) for name in names)


async def test_a_file_that_is_not_the_readers_own_is_never_replaced(
    private_home: Path, tmp_path: Path
) -> None:
    imported(private_home, {1: "Nieuw antwoord."})
    target = tmp_path / "antwoorden.json"
    target.write_text("oud", encoding="utf-8")
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_assignments(pilot)
        await pilot.press("a")
        await settle(pilot)
        app.screen.query_one("#answers-path").value = str(target)
        for _twice in range(2):
            await pilot.press("ctrl+s")
            await settle(pilot)
            said = str(app.screen.query_one("#answers-status", Static).content)
            assert said == t("bundle.target_taken", path=target)
        assert "niet je eigen antwoordbestand" in str(
            app.screen.query_one("#answers-where", Static).content
        )
    assert target.read_text(encoding="utf-8") == "oud"


async def test_the_readers_own_older_file_is_replaced_only_when_asked_twice(
    private_home: Path, tmp_path: Path
) -> None:
    imported(private_home, {1: "Nieuw antwoord."})
    target = tmp_path / "antwoorden.json"
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_assignments(pilot)
        await pilot.press("a")
        await settle(pilot)
        app.screen.query_one("#answers-path").value = str(target)
        await pilot.press("ctrl+s")
        await wait_for(pilot, target.exists)
        first = target.read_text(encoding="utf-8")
        await pilot.press("escape", "a")  # a new preview: made now, so newer than the file
        await settle(pilot)
        app.screen.query_one("#answers-path").value = str(target)
        await pilot.press("ctrl+s")
        await settle(pilot)
        said = str(app.screen.query_one("#answers-status", Static).content)
        assert said.startswith("Dit vervangt je eigen oudere antwoordbestand")
        assert target.read_text(encoding="utf-8") == first
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "Geschreven:" in shown_text(app))
    assert "Nieuw antwoord." in target.read_text(encoding="utf-8")


async def test_nothing_answered_yet_is_said_before_writing(private_home: Path) -> None:
    imported(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_assignments(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert "nog geen vraag van deze leesopdracht beantwoord" in shown_text(app)


# --- the screen as a whole -------------------------------------------------------------------


async def test_switching_language_relabels_the_assignments(private_home: Path) -> None:
    imported(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_assignments(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        text = shown_text(app)
        assert "Assignments" in text and "0/3 answered" in text and "Import" in text
        assert "beantwoord" not in text


async def test_assignments_fit_in_80_by_24(private_home: Path) -> None:
    imported(private_home)
    app = make_app(private_home)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_assignments(pilot)
        text = screen_text(app)
        for expected in ("Leesopdracht week 10", "0/3 beantwoord", "3. Welk patroon", "Inlezen"):
            assert expected in text


async def test_the_answers_screen_fits_in_80_by_24(private_home: Path) -> None:
    imported(private_home, {1: "Kort."})
    app = make_app(private_home)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_assignments(pilot)
        await pilot.press("a")
        await settle(pilot)
        text = shown_text(app)
        for expected in ("Je naam", "Dit gaat er weg", "Schrijven", "Niet nu"):
            assert expected in text


async def test_long_questions_wrap_under_their_own_text_and_the_file_hint_fits(
    private_home: Path,
) -> None:
    long = "Wanneer leerde jouw team het meest, en wat maakte dat het toen wel lukte en later niet?"
    with Journal.open(resolve(private_home)) as journal:
        from leeslamp.assignments import import_assignment

        text = ASSIGNMENT.replace("Wanneer leerde jouw team het meest?", long)
        import_assignment(journal, check_assignment(text).assignment)
    app = make_app(private_home)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_assignments(pilot)
        lines = screen_text(app).splitlines()
        first = next(n for n, line in enumerate(lines) if "1. Wanneer leerde" in line)
        indent = lines[first].index("Wanneer")
        follow = lines[first + 1]
        assert follow[:indent].strip() == "" and follow[indent] != " "
        await pilot.press("i")
        await settle(pilot)
        assert "bijvoorbeeld ~/Downloads/leesopdracht.toml" in screen_text(app)
