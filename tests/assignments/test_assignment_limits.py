"""Limits on what others' files may cost: an assignment or answer file nested absurdly deep,
too large or not UTF-8 gets a sentence naming the file (exit 2), never a traceback; in an
overview such a file is skipped and named, and the good ones are still shown (exit 0)."""

from __future__ import annotations

from pathlib import Path

import pytest
from assignment_samples import GOOD
from test_assignment_overview import bundle_file

from leeslamp.assignments import build_overview, new_assignment, read_assignment
from leeslamp.core.limits import ANSWER_FILE_MAX_BYTES, ASSIGNMENT_MAX_BYTES, TITLE_MAX_CHARS

DEPTHS = [500, 100_000]


def deep_toml(depth: int, opener: str = "[") -> str:
    closer = {"[": "]", "{": "}"}[opener]
    inner = "1" if opener == "[" else ""
    if opener == "{":
        return GOOD + "extra = " + "{a = " * depth + "1" + " }" * depth + "\n"
    return GOOD + "extra = " + opener * depth + inner + closer * depth + "\n"


def deep_json(depth: int, opener: str = "[") -> str:
    nested = "[" * depth + "]" * depth if opener == "[" else '{"a":' * depth + "1" + "}" * depth
    return '{"format": "leeslamp-antwoorden", "version": 2, "extra": ' + nested + "}"


# --- an assignment file --------------------------------------------------------------------


@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.parametrize("opener", ["[", "{"])
def test_a_deeply_nested_assignment_file_is_a_sentence_naming_it(
    run, tmp_path: Path, depth: int, opener: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "diep.toml"
    path.write_text(deep_toml(depth, opener), encoding="utf-8")
    for command in ("controleer", "importeer"):
        result = run("opdracht", command, path)
        said = result.out + result.err
        assert result.code == 2, said
        assert str(path) in said and "te diep genest" in said, said
        assert "Traceback" not in said and "RecursionError" not in said


def test_nesting_within_the_recursion_limit_but_past_ours_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "diep.toml"
    path.write_text(deep_toml(60), encoding="utf-8")
    result = read_assignment(path)
    assert result.assignment is None
    assert [finding.key for finding in result.errors] == ["problem.too_deep"]


def test_an_oversized_assignment_file_is_refused_without_reading_it_all(
    run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "groot.toml"
    path.write_text(GOOD + "# " + "x" * ASSIGNMENT_MAX_BYTES + "\n", encoding="utf-8")
    result = run("opdracht", "controleer", path)
    assert result.code == 2
    assert str(path) in result.out and "te groot" in result.out, result.out


def test_an_assignment_file_that_is_not_utf8_is_named(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "latin.toml"
    path.write_bytes(GOOD.replace("Marieke", "Renée").encode("latin-1"))
    result = run("opdracht", "importeer", path)
    assert result.code == 2
    assert str(path) in result.err and "geen UTF-8-tekst" in result.err


def test_an_absurdly_long_assignment_title_is_an_error_on_its_line(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "titel.toml"
    path.write_text(GOOD.replace("Leesopdracht week 49: aandacht", "L" * 1000))
    result = run("opdracht", "controleer", path)
    assert result.code == 2
    assert f"{path}, regel 1: de titel is 1000 tekens lang" in result.out, result.out
    assert str(TITLE_MAX_CHARS) in result.out


def test_an_absurdly_long_coach_name_is_an_error_on_its_line(tmp_path: Path) -> None:
    path = tmp_path / "coach.toml"
    path.write_text(GOOD.replace("Marieke", "M" * 100_000), encoding="utf-8")
    result = read_assignment(path)
    assert result.assignment is None
    assert [(f.key, f.line) for f in result.errors] == [("problem.coach_too_long", 2)]


# --- an answer file (bundle) ---------------------------------------------------------------


@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.parametrize("opener", ["[", "{"])
def test_a_deeply_nested_answer_file_alone_is_exit_2_naming_it(
    run, tmp_path: Path, depth: int, opener: str
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "diep.json"
    path.write_text(deep_json(depth, opener), encoding="utf-8")
    result = run("opdracht", "overzicht", path)
    assert result.code == 2
    assert f"{path}: het bestand is te diep genest" in result.err, result.err
    assert "Traceback" not in result.err and "RecursionError" not in result.err


@pytest.mark.parametrize("depth", DEPTHS)
def test_a_deeply_nested_answer_file_among_good_ones_is_skipped(
    run, tmp_path: Path, depth: int
) -> None:  # type: ignore[no-untyped-def]
    anna = bundle_file(tmp_path, "Anna", {1: "A1"})
    deep = tmp_path / "diep.json"
    deep.write_text(deep_json(depth, "{"), encoding="utf-8")
    bram = bundle_file(tmp_path, "Bram", {2: "B2"})
    result = run("opdracht", "overzicht", anna, deep, bram)
    assert result.code == 0, result.err
    assert "Anna" in result.out and "Bram" in result.out
    assert f"overgeslagen: {deep}: het bestand is te diep genest" in result.err


def test_a_6_mb_answer_file_is_skipped_and_named(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    anna = bundle_file(tmp_path, "Anna", {1: "A1"})
    big = bundle_file(tmp_path, "Bram", {1: "B" * (6 * 1024 * 1024)})
    assert big.stat().st_size > ANSWER_FILE_MAX_BYTES
    result = run("opdracht", "overzicht", anna, big)
    assert result.code == 0
    assert "Anna" in result.out
    line = next(line for line in result.err.splitlines() if str(big) in line)
    assert "het bestand is te groot (6,0 MB); ik lees bestanden tot 5 MB." in line, line
    alone = run("--taal", "en", "opdracht", "overzicht", big)
    assert alone.code == 2
    assert f"skipped: {big}: the file is too large (6.0 MB)" in alone.err, alone.err


def test_an_answer_file_that_is_not_utf8_is_named_as_such(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    anna = bundle_file(tmp_path, "Anna", {1: "A1"})
    latin = bundle_file(tmp_path, "Renée", {1: "Café"}, name="latin.json")
    latin.write_bytes(latin.read_text(encoding="utf-8").encode("latin-1"))
    result = run("opdracht", "overzicht", anna, latin)
    assert result.code == 0
    assert f"overgeslagen: {latin}: het bestand is geen UTF-8-tekst" in result.err, result.err


def test_an_answer_file_with_an_absurd_reader_or_coach_name_is_skipped(tmp_path: Path) -> None:
    anna = bundle_file(tmp_path, "Anna", {1: "A1"})
    huge = bundle_file(tmp_path, "B" * 100_000, {1: "B1"}, name="huge.json")
    long_coach = new_assignment(
        title="Leesopdracht week 49: aandacht",
        coach="M" * 100_000,
        items=[("verbroken-sociale-contracten", ["Welk sociaal contract staat onder druk?"])],
    )
    coach = bundle_file(tmp_path, "Carla", {1: "C1"}, name="coach.json", assignment=long_coach)
    overview = build_overview([anna, huge, coach])
    assert [bundle.reader for bundle in overview.readers] == ["Anna"]
    assert [(s.source, s.params.get("what")) for s in overview.skipped] == [
        (huge, "reader"),
        (coach, "assignment.coach"),
    ]
    assert "'reader' is 100000 tekens lang; er mogen er hooguit 300 zijn." in (
        overview.skipped[0].reason()
    )
