"""A coach opens an existing assignment file in the app, changes it and saves it as the next
version: same title and coach, a new file beside the original, the original untouched. And the
reader's Vandaag once that version is imported."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from leeslamp.assignments import (
    check_assignment,
    dump_assignment,
    import_assignment,
    new_assignment,
)
from leeslamp.assignments.next_version import next_version_path
from leeslamp.core.paths import resolve
from leeslamp.i18n import t
from leeslamp.journal import Journal
from leeslamp.tui.screens.assignment_compose import ArticleQuestions, ComposeScreen
from leeslamp.tui.screens.file_picker import FilePicker, PickerTree
from tui_factory import FIXED_NOW, SIZE, fill, make_app, settle, shown_text, wait_for

WEEK_10 = new_assignment(
    title="Week 10: luisteren",
    coach="Marieke",
    deadline=date(2024, 3, 15),
    message="Lees rustig.",
    items=[
        ("teams-leren", ["Wat hoorde je?", "Wat deed je ermee?"]),
        ("systemen", ["Welk patroon zie je?"]),
    ],
)


def test_the_next_version_counts_on_and_never_takes_an_existing_name(tmp_path: Path) -> None:
    original = tmp_path / "week10.toml"
    assert next_version_path(original) == tmp_path / "week10-versie-2.toml"
    (tmp_path / "week10-versie-2.toml").write_text("", encoding="utf-8")
    assert next_version_path(original) == tmp_path / "week10-versie-3.toml"
    assert next_version_path(tmp_path / "week10-versie-2.toml") == tmp_path / "week10-versie-3.toml"


def coach_file(tmp_path: Path) -> Path:
    folder = tmp_path / "coach map"
    folder.mkdir()
    path = folder / "week10.toml"
    path.write_text(dump_assignment(WEEK_10), encoding="utf-8")
    return path


async def open_file(pilot, path: Path) -> ComposeScreen:
    """c, n; then ctrl+o opens the picker in the folder of "Bewaren als", Enter on the file."""
    await settle(pilot)
    await pilot.press("c", "n")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ComposeScreen)
    screen.query_one("#compose-path").value = f"{path.parent}/"
    await pilot.press("ctrl+o")

    def picker_ready() -> bool:
        """the picker has read the folder"""
        picker = pilot.app.screen
        return isinstance(picker, FilePicker) and bool(picker.query_one(PickerTree).root.children)

    await wait_for(pilot, picker_ready)
    await pilot.press("down", "enter")

    def filled() -> bool:
        """the form holds the file's assignment"""
        return pilot.app.screen is screen and len(screen.query(ArticleQuestions)) == 2

    await wait_for(pilot, filled)
    await settle(pilot)
    return screen


async def test_a_changed_assignment_is_saved_beside_the_original_as_its_next_version(
    private_home: Path, tmp_path: Path
) -> None:
    original = coach_file(tmp_path)
    before = original.read_bytes()
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_file(pilot, original)
        assert screen.query_one("#compose-title").value == "Week 10: luisteren"
        assert screen.query_one("#compose-title").disabled  # title and coach make the version
        assert screen.query_one("#compose-deadline").value == "2024-03-15"
        assert screen.query_one("#compose-path").value == str(
            original.with_name("week10-versie-2.toml")
        )
        assert "Je past week10.toml aan" in shown_text(app)
        assert "leeslamp · week10.toml aanpassen" in shown_text(app)
        questions = screen.query(ArticleQuestions).first().query_one("TextArea")
        assert questions.text == "Wat hoorde je?\nWat deed je ermee?"
        await fill(pilot, questions, "Wat hoorde je echt?\nWat deed je ermee?")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "Bewaard in" in shown_text(app)
        # the next save would be version 3: version 2 is now the file being changed
        assert screen.query_one("#compose-path").value.endswith("week10-versie-3.toml")
        assert "leeslamp · week10-versie-2.toml aanpassen" in shown_text(app)
    assert original.read_bytes() == before
    saved = original.with_name("week10-versie-2.toml").read_text(encoding="utf-8")
    assert saved.startswith(
        f"# Nieuwe versie van week10.toml (leesopdracht {WEEK_10.id}), gemaakt op"
    )
    result = check_assignment(saved, known_articles=app.context.library().ids())
    assert result.ok and not result.warnings
    version = result.assignment
    assert version.series == WEEK_10.series and version.id != WEEK_10.id
    assert [q.text for q in version.questions] == [
        "Wat hoorde je echt?",
        "Wat deed je ermee?",
        "Welk patroon zie je?",
    ]
    assert (version.deadline, version.message) == (WEEK_10.deadline, WEEK_10.message)


async def test_the_original_is_never_overwritten_and_no_change_is_no_version(
    private_home: Path, tmp_path: Path
) -> None:
    original = coach_file(tmp_path)
    before = original.read_bytes()
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_file(pilot, original)
        await pilot.press("ctrl+s")  # nothing changed yet
        await settle(pilot)
        assert "Er is nog niets veranderd ten opzichte van week10.toml" in shown_text(app)
        await fill(pilot, screen.query_one("#compose-deadline"), "2024-03-22")
        screen.query_one("#compose-path").value = str(original)
        for _ in range(2):  # asked twice: still not (elsewhere the second time overwrites)
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert "week10.toml blijft zoals het is. Kies een andere naam." in shown_text(app)
    assert original.read_bytes() == before
    assert sorted(p.name for p in original.parent.iterdir()) == ["week10.toml"]


async def test_a_broken_file_is_named_with_its_problem_and_the_form_stays(
    private_home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "coach"
    folder.mkdir()
    broken = folder / "kapot.toml"
    broken.write_text('titel = "Week 11\n', encoding="utf-8")
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c", "n")
        await settle(pilot)
        screen = app.screen
        screen.query_one("#compose-path").value = f"{folder}/"
        await pilot.press("ctrl+o")

        def picker_ready() -> bool:
            """the picker has read the folder"""
            picker = app.screen
            return isinstance(picker, FilePicker) and bool(
                picker.query_one(PickerTree).root.children
            )

        await wait_for(pilot, picker_ready)
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: "kan ik niet openen" in shown_text(app))
        assert "regel 1" in shown_text(app)
        assert screen.versions.opened is None
        assert not screen.query_one("#compose-title").disabled


async def test_after_changing_a_file_ctrl_n_starts_a_new_assignment(
    private_home: Path, tmp_path: Path
) -> None:
    original = coach_file(tmp_path)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_file(pilot, original)
        await pilot.press("ctrl+n")
        await settle(pilot)
        title = screen.query_one("#compose-title")
        assert title.value == "" and not title.disabled and app.focused is title
        assert not screen.query(ArticleQuestions)
        assert screen.versions.opened is None
        assert f"leeslamp · {t('compose.title')}" in shown_text(app)
        assert screen.query_one("#compose-path").value.endswith("leesopdracht.toml")


async def test_vandaag_asks_a_chosen_question_in_the_new_version_s_words(
    private_home: Path,
) -> None:
    """The day's chosen coach question (here question 2) after the coach's next version is
    imported: the same question, as the current version asks it and under its number."""
    reworded = new_assignment(
        title=WEEK_10.title,
        coach=WEEK_10.coach,
        deadline=WEEK_10.deadline,
        items=[
            ("systemen", ["Welk patroon zie je?"]),
            ("teams-leren", ["Wat hoorde je?", "Wat heb je ermee gedaan?"]),
        ],
    )
    with Journal.open(resolve(private_home)) as journal:
        import_assignment(journal, WEEK_10)
        journal.set_day_choice(FIXED_NOW.date(), f"opdracht-{WEEK_10.id}-2")
        import_assignment(journal, reworded)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:

        def asked() -> bool:
            """Vandaag has read the day's question from the journal"""
            question = app.screen.query_one("#today-question")
            return "Wat heb je ermee gedaan?" in question.visual.plain

        await wait_for(pilot, asked)
        shown = app.screen.query_one("#today-question").visual.plain
        assert "Wat deed je ermee?" not in shown
        assert t("today.coach_question", title=WEEK_10.title, number=3, total=3) in shown
