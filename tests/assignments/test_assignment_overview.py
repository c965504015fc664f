"""The coach's overview: readers × questions, answers side by side, unusable files skipped."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from assignment_samples import GOOD

from leeslamp.assignments import (
    build_bundle,
    build_overview,
    bundle_json,
    check_assignment,
    overview_markdown,
)
from leeslamp.assignments.model import Assignment

START = datetime(2026, 12, 10, 20, 0, tzinfo=UTC)


class Answer:
    def __init__(self, text: str) -> None:
        self.text = text
        self.updated = "2026-12-09T08:00:00+00:00"


def parsed(text: str = GOOD) -> Assignment:
    assignment = check_assignment(text).assignment
    assert assignment is not None
    return assignment


def bundle_file(
    folder: Path,
    reader: str,
    answers: dict[int, str],
    *,
    name: str | None = None,
    assignment: Assignment | None = None,
    minutes: int = 0,
    reader_id: str | None = None,
) -> Path:
    """A bundle file; the reader id is made from the name unless given (a file name for a
    reader without one, so two nameless readers are two people)."""
    document = build_bundle(
        assignment or parsed(),
        {n: Answer(text) for n, text in answers.items()},  # type: ignore[misc]
        reader=reader,
        reader_id=reader_id or f"id-{reader.strip().casefold() or name}",
        exported=START + timedelta(minutes=minutes),
        article_titles={"verbroken-sociale-contracten": "Verbroken sociale contracten"},
    )
    path = folder / (name or f"{reader or 'naamloos'}.json")
    path.write_text(bundle_json(document), encoding="utf-8")
    return path


def test_readers_and_their_answers_line_up(tmp_path: Path) -> None:
    files = [
        bundle_file(tmp_path, "Carla", {1: "C1", 2: "C2", 3: "C3"}),
        bundle_file(tmp_path, "anna", {2: "A2"}),
        bundle_file(tmp_path, "Bram", {}),
    ]
    overview = build_overview(files)
    assert overview.assignment == parsed() and not overview.skipped
    assert [b.reader for b in overview.readers] == ["anna", "Bram", "Carla"]
    grid = [
        [overview.answer(b, q.number) is not None for q in overview.questions]
        for b in overview.readers
    ]
    assert grid == [[False, True, False], [False, False, False], [True, True, True]]


def test_a_file_edited_by_hand_is_shown_and_marked(tmp_path: Path) -> None:
    good = bundle_file(tmp_path, "Anna", {1: "A1"})
    edited = bundle_file(tmp_path, "Bram", {1: "B1"})
    edited.write_text(edited.read_text("utf-8").replace('"B1"', '"B1, verbeterd"'), "utf-8")
    overview = build_overview([good, edited])
    assert [(b.reader, b.edited) for b in overview.readers] == [("Anna", False), ("Bram", True)]
    assert not overview.skipped
    assert overview.answer(overview.readers[1], 1) == "B1, verbeterd"


def test_of_two_files_from_one_reader_the_newest_counts(tmp_path: Path) -> None:
    newer = bundle_file(tmp_path, "Anna", {1: "nieuw"}, name="nieuw.json", minutes=30)
    older = bundle_file(tmp_path, "ANNA ", {1: "oud"}, name="oud.json")
    overview = build_overview([newer, older])
    [kept] = overview.readers
    assert overview.answer(kept, 1) == "nieuw"
    [skipped] = overview.skipped
    assert skipped.source == older and skipped.key == "overview.duplicate"
    assert "nieuw.json" in skipped.reason()


def test_readers_without_a_name_are_told_apart_by_file(tmp_path: Path) -> None:
    first = bundle_file(tmp_path, "", {1: "een"}, name="x.json")
    second = bundle_file(tmp_path, "", {1: "twee"}, name="y.json", minutes=1)
    overview = build_overview([first, second])
    assert [overview.label(b) for b in overview.readers] == [
        "zonder naam (x.json)",
        "zonder naam (y.json)",
    ]


def test_the_same_file_given_twice_is_named(tmp_path: Path) -> None:
    path = bundle_file(tmp_path, "Anna", {1: "A1"})
    overview = build_overview([path, path])
    assert len(overview.readers) == 1
    assert [s.key for s in overview.skipped] == ["overview.given_twice"]


def test_a_bundle_for_another_assignment_is_skipped_with_its_title(tmp_path: Path) -> None:
    other = parsed(GOOD.replace('titel = "Leesopdracht week 49: aandacht"', 'titel = "Week 50"'))
    files = [
        bundle_file(tmp_path, "Anna", {1: "A1"}),
        bundle_file(tmp_path, "Bram", {1: "B1"}),
        bundle_file(tmp_path, "Carla", {1: "C1"}, assignment=other),
    ]
    overview = build_overview(files)
    assert overview.assignment == parsed()
    [skipped] = overview.skipped
    assert skipped.key == "overview.other_assignment" and "Week 50" in skipped.reason()


def test_bundles_for_two_versions_make_one_overview(tmp_path: Path) -> None:
    later = parsed(GOOD.replace("2026-12-11", "2026-12-18"))
    files = [
        bundle_file(tmp_path, "Anna", {1: "A1"}),
        bundle_file(tmp_path, "Bram", {1: "B1"}, assignment=later, minutes=10),
    ]
    overview = build_overview(files)
    assert not overview.skipped and overview.assignment == later
    assert [overview.answer(b, 1) for b in overview.readers] == ["A1", "B1"]


def test_the_assignment_can_be_chosen_by_the_start_of_its_id(tmp_path: Path) -> None:
    other = parsed(GOOD.replace("week 49", "week 50"))
    files = [
        bundle_file(tmp_path, "Anna", {1: "A1"}),
        bundle_file(tmp_path, "Bram", {1: "B1"}),
        bundle_file(tmp_path, "Carla", {1: "C1"}, assignment=other),
    ]
    overview = build_overview(files, assignment_id=other.id[:6])
    assert overview.assignment == other
    assert [b.reader for b in overview.readers] == ["Carla"]


def test_broken_files_are_skipped_with_a_reason_each(tmp_path: Path) -> None:
    good = bundle_file(tmp_path, "Anna", {1: "A1"})
    not_json = tmp_path / "kapot.json"
    not_json.write_text("{", encoding="utf-8")
    toml = tmp_path / "opdracht.toml"
    toml.write_text(GOOD, encoding="utf-8")
    missing = tmp_path / "weg.json"
    overview = build_overview([not_json, good, toml, missing])
    assert [b.reader for b in overview.readers] == ["Anna"]
    assert [(s.source, s.key) for s in overview.skipped] == [
        (not_json, "bundle.not_json"),
        (toml, "bundle.not_json"),
        (missing, "bundle.unreadable"),
    ]


def test_nothing_usable_gives_an_overview_without_an_assignment(tmp_path: Path) -> None:
    broken = tmp_path / "b.json"
    broken.write_text("[]", encoding="utf-8")
    overview = build_overview([broken])
    assert overview.assignment is None and not overview.readers
    assert "Overgeslagen bestanden" in overview_markdown(overview)


def test_the_report_puts_all_answers_to_a_question_together(tmp_path: Path) -> None:
    files = [
        bundle_file(tmp_path, "Anna", {1: "Anna over contracten", 3: "Anna vertraagt"}),
        bundle_file(tmp_path, "Bram | B", {1: "Bram over contracten"}),
    ]
    broken = tmp_path / "kapot.json"
    broken.write_text("{", encoding="utf-8")
    report = overview_markdown(build_overview([*files, broken]))
    first, second, third = (report.index(f"## Vraag {n}") for n in (1, 2, 3))
    assert (
        first
        < report.index("> Anna over contracten")
        < report.index("> Bram over contracten")
        < second
    )
    assert second < report.index("_Nog geen antwoord van: Anna, Bram | B._") < third
    assert third < report.index("> Anna vertraagt")
    assert "| Bram \\| B | ✓ | – | – | 1/3 |" in report
    assert "Verbroken sociale contracten" in report
    assert "`" + str(broken) + "`: dit is geen JSON." in report


def test_the_overview_as_json_has_readers_answers_and_skipped(tmp_path: Path) -> None:
    overview = build_overview([bundle_file(tmp_path, "Anna", {2: "A2"})])
    data = json.loads(json.dumps(overview.to_dict()))
    assert data["assignment"]["id"] == parsed().id
    [reader] = data["readers"]
    assert reader["reader"] == "Anna" and reader["answered"] == 1 and reader["total"] == 3
    assert reader["answers"][1] == {
        "question": 2,
        "asked": 2,
        "answer": "A2",
        "answered": "2026-12-09T08:00:00+00:00",
    }
    assert data["skipped"] == []


def test_the_version_asked_for_gives_the_wording(tmp_path: Path) -> None:
    reworded = parsed(GOOD.replace("Wat zou je willen herstellen?", "Wat wil je herstellen?"))
    files = [
        bundle_file(tmp_path, "Anna", {2: "A2"}, assignment=reworded),
        bundle_file(tmp_path, "Bram", {2: "B2"}, minutes=60),  # the old version, answered late
    ]
    assert build_overview(files).questions[1].text == "Wat zou je willen herstellen?"
    overview = build_overview(files, assignment_id=reworded.id[:5])
    assert overview.assignment == reworded and len(overview.versions) == 2
    assert overview.questions[1].text == "Wat wil je herstellen?"
    assert [overview.answer(b, 2) for b in overview.readers] == ["A2", "B2"]
