"""The coach's overview screen: a folder of answer files becomes readers × questions; files that
cannot be used are named with the reason; the report reads every answer per question."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from leeslamp.assignments import build_bundle, new_assignment, write_bundle
from leeslamp.journal import Entry
from leeslamp.tui.screens.assignment_overview import OverviewScreen, ReportScreen
from tui_factory import SIZE, fill, make_app, settle, shown_text

WHEN = datetime(2024, 3, 4, 20, 0, tzinfo=timezone(timedelta(hours=1)))

WEEK_10 = new_assignment(
    title="Leesopdracht week 10",
    coach="Marieke",
    items=[
        ("teams-leren", ["Wanneer leerde jouw team het meest?", "Wie vraagt door?"]),
        ("systemen", ["Welk patroon zie je?"]),
    ],
)
OTHER = new_assignment(title="Iets heel anders", coach="Joop", items=[("systemen", ["Waarom?"])])


def answer(text: str) -> Entry:
    stamp = WHEN.isoformat()
    return Entry(id=text, kind="antwoord", text=text, created=stamp, updated=stamp)


def bundle(folder: Path, reader: str, answers: dict[int, str], assignment=WEEK_10) -> Path:
    document = build_bundle(
        assignment,
        {number: answer(text) for number, text in answers.items()},
        reader=reader,
        reader_id=f"id-{reader.casefold()}",
        exported=WHEN,
    )
    path = folder / f"{reader.lower()}.json"
    write_bundle(document, path)
    return path


def group(folder: Path) -> Path:
    """Two good bundles, one changed by hand afterwards, one for another assignment."""
    folder.mkdir(parents=True, exist_ok=True)
    bundle(folder, "Anna", {1: "Tijdens de verhuizing.", 3: "Steeds hetzelfde gesprek."})
    bundle(folder, "Bram", {2: "Onze teamleider."})
    tampered = bundle(folder, "Chris", {1: "Eerlijk antwoord."})
    document = json.loads(tampered.read_text(encoding="utf-8"))
    document["answers"][0]["answer"] = "Achteraf veranderd."
    tampered.write_text(json.dumps(document), encoding="utf-8")
    bundle(folder, "Dirk", {1: "Ander verhaal."}, assignment=OTHER)
    return folder


async def open_overview(pilot, folder: Path) -> None:
    await settle(pilot)
    await pilot.press("c", "o")
    await settle(pilot)
    await fill(pilot, pilot.app.focused, str(folder))  # at once: a temp path is ~80 keys
    await pilot.press("enter")
    await settle(pilot)


async def test_a_folder_of_answer_files_shows_readers_by_questions(
    private_home: Path, tmp_path: Path
) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_overview(pilot, group(tmp_path / "antwoorden"))
        assert isinstance(app.screen, OverviewScreen)
        text = shown_text(app)
        assert "Leesopdracht week 10" in text
        assert "3 lezers · coach Marieke" in text
        rows = {line.split()[0]: line.split()[1:] for line in text.splitlines() if line.strip()}
        assert rows["Anna"] == ["✓", "·", "✓", "2/3"]
        assert rows["Bram"] == ["·", "✓", "·", "1/3"]
        assert rows["Chris"][-4:] == ["✓", "·", "·", "1/3"]


async def test_a_foreign_file_is_skipped_and_a_file_edited_by_hand_marked(
    private_home: Path, tmp_path: Path
) -> None:
    from textual.widgets import DataTable

    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_overview(pilot, group(tmp_path / "antwoorden"))
        text = shown_text(app)
        assert "Overgeslagen bestanden:" in text
        assert "dirk.json: hoort bij een andere leesopdracht: “Iets heel anders”" in text
        assert "chris.json" not in text
        table = app.screen.query_one("#overview-table", DataTable)
        readers = [str(table.get_row_at(row)[0]) for row in range(table.row_count)]
        assert readers == ["Anna", "Bram", "Chris (met de hand bewerkt)"]
        await pilot.press("down", "down", "right")  # Chris, question 1
        await settle(pilot)
        assert "Achteraf veranderd." in str(app.screen.query_one("#overview-cell").content)


async def test_moving_over_the_table_shows_that_readers_answer(
    private_home: Path, tmp_path: Path
) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_overview(pilot, group(tmp_path / "antwoorden"))
        await pilot.press("right", "right", "right")  # Anna, question 3
        await settle(pilot)
        text = shown_text(app)
        assert "Vraag 3 · Systemisch werken" in text  # from the coach's library
        assert "Welk patroon zie je?" in text
        assert "Steeds hetzelfde gesprek." in text


async def test_a_folder_without_answer_files_says_so(private_home: Path, tmp_path: Path) -> None:
    empty = tmp_path / "leeg"
    empty.mkdir()
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_overview(pilot, empty)
        text = shown_text(app)
        assert "geen .json-bestanden" in text
        assert "Geen enkel bruikbaar antwoordbestand" in text


async def test_the_report_reads_every_answer_per_question_and_is_saved(
    private_home: Path, tmp_path: Path
) -> None:
    app = make_app(private_home)
    report = tmp_path / "rapport.md"
    async with app.run_test(size=SIZE) as pilot:
        await open_overview(pilot, group(tmp_path / "antwoorden"))
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReportScreen)
        assert "Overzicht: Leesopdracht week 10" in shown_text(app)
        await pilot.press("s")
        app.screen.query_one("#report-path").value = str(report)
        await pilot.press("enter")
        await settle(pilot)
        assert f"Bewaard in {report}." in shown_text(app)
    text = report.read_text(encoding="utf-8")
    question_1 = text.index("Wanneer leerde jouw team het meest?")
    assert text.index("Tijdens de verhuizing.", question_1) < text.index("Wie vraagt door?")
    assert "Nog geen antwoord van: Bram, Chris." in text
    assert "### Chris (met de hand bewerkt)\n\n> Achteraf veranderd." in text


async def test_the_overview_fits_in_80_by_24(private_home: Path, tmp_path: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_overview(pilot, group(tmp_path / "antwoorden"))
        text = shown_text(app)
        for expected in ("Overzicht van antwoorden", "Anna", "Bram", "Verslag"):
            assert expected in text


async def test_a_deeply_nested_and_an_oversized_file_are_named_and_the_good_readers_shown(
    private_home: Path, tmp_path: Path
) -> None:
    from textual.widgets import DataTable, Static

    from leeslamp.core.limits import ANSWER_FILE_MAX_BYTES

    folder = tmp_path / "antwoorden"
    folder.mkdir()
    bundle(folder, "Anna", {1: "Tijdens de verhuizing."})
    bundle(folder, "Bram", {2: "Onze teamleider."})
    nested = "[" * 100_000 + "]" * 100_000
    (folder / "diep.json").write_text('{"answers": ' + nested + "}", encoding="utf-8")
    with (folder / "groot.json").open("wb") as handle:  # sparse: reading it all would be slow
        handle.truncate(ANSWER_FILE_MAX_BYTES + 1)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_overview(pilot, folder)
        assert isinstance(app.screen, OverviewScreen)
        table = app.screen.query_one("#overview-table", DataTable)
        readers = [str(table.get_row_at(row)[0]) for row in range(table.row_count)]
        assert readers == ["Anna", "Bram"]
        skipped = str(app.screen.query_one("#overview-skipped", Static).content)
        assert "diep.json: het bestand is te diep genest" in skipped, skipped
        assert "groot.json: het bestand is te groot (5,0 MB); ik lees bestanden tot 5 MB" in (
            skipped
        )


async def test_two_versions_are_one_table_and_an_old_question_says_its_version(
    private_home: Path, tmp_path: Path
) -> None:
    from textual.widgets import DataTable

    folder = tmp_path / "versies"
    folder.mkdir()
    bundle(folder, "Anna", {2: "Mijn collega Kees.", 3: "Het overleg op maandag."})
    newer = new_assignment(
        title=WEEK_10.title,
        coach=WEEK_10.coach,
        items=[
            ("teams-leren", ["Wanneer leerde jouw team het meest?", "Wie vraagt er door?"]),
            ("systemen", ["Waar zie je een vicieuze cirkel?"]),
        ],
    )
    document = build_bundle(
        newer,
        {2: answer("Onze teamleider.")},
        reader="Bram",
        reader_id="id-bram",
        exported=WHEN + timedelta(days=1),
    )
    write_bundle(document, folder / "bram.json")
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_overview(pilot, folder)
        table = app.screen.query_one("#overview-table", DataTable)
        assert len(table.columns) == 6  # reader, 3 questions of the newest, 1 older, count
        assert "versie 1" in shown_text(app) and "versie 2" in shown_text(app)
        await pilot.press("right", "right")  # Anna, question 2: reworded since
        await settle(pilot)
        cell = str(app.screen.query_one("#overview-cell").content)
        assert "Wie vraagt er door?" in cell and "Mijn collega Kees." in cell
        assert "versie 1, de vraag was: “Wie vraagt door?”" in cell
        await pilot.press("right", "right")  # Anna, question 4: only in her version
        await settle(pilot)
        cell = str(app.screen.query_one("#overview-cell").content)
        assert "Welk patroon zie je?" in cell and "alleen in versie 1" in cell
        assert "Het overleg op maandag." in cell
