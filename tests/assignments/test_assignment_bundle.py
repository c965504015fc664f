"""Answer bundles: only the assignment's answers leave the machine, and changes are noticed."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from assignment_samples import GOOD

from leeslamp.assignments import (
    BundleProblem,
    answer_question,
    build_bundle,
    bundle_json,
    bundle_markdown,
    check_assignment,
    current_answers,
    import_assignment,
    read_bundle,
)
from leeslamp.assignments.bundle import checksum
from leeslamp.assignments.model import Assignment
from leeslamp.core.paths import resolve
from leeslamp.journal import Journal

EXPORTED = datetime(2026, 12, 10, 20, 0, tzinfo=timezone(timedelta(hours=1)))


def parsed(text: str = GOOD) -> Assignment:
    assignment = check_assignment(text).assignment
    assert assignment is not None
    return assignment


def test_a_bundle_holds_only_the_assignments_answers(
    private_home: Path, tmp_path: Path, run
) -> None:  # type: ignore[no-untyped-def]
    """Private text planted in every other kind of entry never reaches either file."""
    assignment = parsed()
    other = parsed(GOOD.replace("week 49", "week 50"))
    planted = {
        "reflectie": "GEHEIM-REFLECTIE over mijn baas",
        "aandacht": "GEHEIM-AANDACHT bij deze zin",
        "dagvraag": "GEHEIM-DAGVRAAG antwoord van vandaag",
    }
    with Journal.open(resolve(private_home)) as journal:
        import_assignment(journal, assignment)
        import_assignment(journal, other)
        for kind, text in planted.items():
            journal.add_entry(kind, text, article="verbroken-sociale-contracten")
        answer_question(journal, other, 1, "GEHEIM-ANDERE-OPDRACHT")
        deleted = answer_question(journal, assignment, 2, "GEHEIM-WEGGEGOOID").entry
        journal.delete_entry(deleted.id)
        answer_question(
            journal, assignment, 1, "Mijn antwoord over contracten", tags=["GEHEIM-TAG"]
        )
        answer_question(journal, assignment, 3, "Ik vertraag op maandag")
    target = tmp_path / "uit" / "bundel.json"
    result = run("opdracht", "antwoorden", assignment.id, "-o", target, "--naam", "Anna", "--ja")
    assert result.code == 0
    written = target.read_text(encoding="utf-8") + target.with_suffix(".md").read_text("utf-8")
    assert "GEHEIM" not in written
    assert "GEHEIM" not in result.out  # what was shown is what was written
    assert "Mijn antwoord over contracten" in written and "Ik vertraag op maandag" in written


def test_the_bundle_has_one_answer_per_question_the_latest(journal: Journal) -> None:
    assignment = parsed()
    import_assignment(journal, assignment)
    answer_question(journal, assignment, 1, "eerste versie")
    answer_question(journal, assignment, 1, "tweede versie")
    document = build_bundle(
        assignment,
        current_answers(journal, assignment),
        reader="Anna",
        reader_id="r-anna",
        exported=EXPORTED,
    )
    rows = document["answers"]
    assert [row["question"] for row in rows] == [1, 2, 3]
    assert [row["answer"] for row in rows] == ["tweede versie", None, None]
    assert rows[0]["prompt"] == "Welk sociaal contract staat onder druk?"
    assert rows[0]["article"] == "verbroken-sociale-contracten"
    assert rows[0]["answered"] is not None


def test_a_bundle_names_its_format_assignment_reader_and_time() -> None:
    assignment = parsed()
    document = build_bundle(assignment, {}, reader=" Anna ", reader_id="r-anna", exported=EXPORTED)
    assert document["format"] == "leeslamp-antwoorden" and document["version"] == 2
    assert document["assignment"]["id"] == assignment.id
    assert document["assignment"]["titel"] == assignment.title
    assert document["assignment"]["coach"] == "Marieke"
    assert document["reader"] == "Anna"
    assert document["exported"] == "2026-12-10T20:00:00+01:00"
    assert document["checksum"] == checksum(document)


def write(tmp_path: Path, document: dict, name: str = "b.json") -> Path:  # type: ignore[type-arg]
    path = tmp_path / name
    path.write_text(bundle_json(document), encoding="utf-8")
    return path


def answered_bundle() -> dict:  # type: ignore[type-arg]
    return build_bundle(parsed(), {}, reader="Anna", reader_id="r-anna", exported=EXPORTED)


def test_a_bundle_reads_back(tmp_path: Path) -> None:
    bundle = read_bundle(write(tmp_path, answered_bundle()))
    assert bundle.reader == "Anna" and bundle.assignment == parsed()
    assert [a.number for a in bundle.answers] == [1, 2, 3]


def test_an_answer_changed_after_export_is_read_and_marked_as_edited(tmp_path: Path) -> None:
    assert not read_bundle(write(tmp_path, answered_bundle())).edited
    document = answered_bundle()
    document["answers"][0]["answer"] = "een typfout verbeterd"
    bundle = read_bundle(write(tmp_path, document))
    assert bundle.edited and bundle.answers[0].answer == "een typfout verbeterd"


def test_changed_questions_are_noticed_even_with_a_recomputed_checksum(tmp_path: Path) -> None:
    document = answered_bundle()
    document["assignment"]["lezen"][0]["vragen"][0] = "Een andere vraag?"
    document["answers"][0]["prompt"] = "Een andere vraag?"
    document["checksum"] = checksum(document)
    with pytest.raises(BundleProblem) as problem:
        read_bundle(write(tmp_path, document))
    assert problem.value.key == "bundle.id_mismatch"


@pytest.mark.parametrize(
    ("content", "key"),
    [
        (b"{niet af", "bundle.not_json"),
        (b"\xff\xfe", "problem.not_utf8"),  # said as such: the coach can ask for UTF-8
        (b'{"format": "leeslamp-journal"}', "bundle.not_bundle"),
        (b"[1, 2]", "bundle.not_bundle"),
        (b'{"format": "leeslamp-antwoorden", "version": 99}', "bundle.too_new"),
        (b'{"format": "leeslamp-antwoorden", "version": "1"}', "bundle.malformed"),
    ],
)
def test_a_file_that_is_no_good_bundle_says_why(tmp_path: Path, content: bytes, key: str) -> None:
    path = tmp_path / "b.json"
    path.write_bytes(content)
    with pytest.raises(BundleProblem) as problem:
        read_bundle(path)
    assert problem.value.key == key


def test_a_bundle_with_missing_parts_is_malformed(tmp_path: Path) -> None:
    document = answered_bundle()
    del document["reader"]
    document["checksum"] = checksum(document)
    with pytest.raises(BundleProblem) as problem:
        read_bundle(write(tmp_path, document))
    assert problem.value.key == "bundle.malformed"


def test_the_markdown_copy_shows_every_question_and_answer_quoted() -> None:
    assignment = parsed()
    entry_text = "## mijn kop\nen een tweede regel"

    class Answer:
        text = entry_text
        updated = "2026-12-09T08:00:00+01:00"

    document = build_bundle(
        assignment, {2: Answer()}, reader="Anna", reader_id="r-anna", exported=EXPORTED
    )  # type: ignore[dict-item]
    markdown = bundle_markdown(document)
    for question in assignment.questions:
        assert question.text in markdown
    # quoted, and the reader's heading escaped, as in the coach's report
    assert "> \\## mijn kop\n> en een tweede regel" in markdown
    assert "Van: Anna" in markdown
    assert markdown.count("(nog niet beantwoord)") == 2


def _tty(answer: str) -> io.StringIO:
    stream = io.StringIO(answer)
    stream.isatty = lambda: True  # type: ignore[method-assign]
    return stream


@pytest.fixture
def answered(private_home: Path) -> Assignment:
    assignment = parsed()
    with Journal.open(resolve(private_home)) as journal:
        import_assignment(journal, assignment)
        answer_question(journal, assignment, 1, "Mijn antwoord")
    return assignment


def test_without_a_terminal_it_asks_for_ja_and_writes_nothing(answered, tmp_path, run) -> None:  # type: ignore[no-untyped-def]
    result = run("opdracht", "antwoorden", answered.id, "-o", tmp_path / "b.json")
    assert result.code == 2 and "--ja" in result.err
    assert "Mijn antwoord" in result.out  # it was shown all the same
    assert not (tmp_path / "b.json").exists()


def test_on_a_terminal_yes_writes_it(answered, tmp_path, run, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", _tty("j\n"))
    result = run("opdracht", "antwoorden", answered.id, "-o", tmp_path / "b.json")
    assert result.code == 0 and "[j/N]" in result.err
    assert json.loads((tmp_path / "b.json").read_text("utf-8"))["answers"][0]["answer"]
    assert (tmp_path / "b.md").exists()


def test_on_a_terminal_anything_but_yes_writes_nothing(
    answered, tmp_path, run, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", _tty("\n"))
    result = run("opdracht", "antwoorden", answered.id, "-o", tmp_path / "b.json")
    assert result.code == 1 and "Niets geschreven" in result.err
    assert not (tmp_path / "b.json").exists()


def test_the_name_comes_from_the_settings_without_naam(
    answered, private_home, tmp_path, run
) -> None:  # type: ignore[no-untyped-def]
    (private_home / "settings.toml").write_text('name = "Anna de Vries"\n', encoding="utf-8")
    run("opdracht", "antwoorden", answered.id, "-o", tmp_path / "b.json", "--ja")
    assert json.loads((tmp_path / "b.json").read_text("utf-8"))["reader"] == "Anna de Vries"


def test_without_any_name_the_name_stays_empty_and_a_tip_says_so(answered, tmp_path, run) -> None:  # type: ignore[no-untyped-def]
    result = run("opdracht", "antwoorden", answered.id, "-o", tmp_path / "b.json", "--ja")
    assert json.loads((tmp_path / "b.json").read_text("utf-8"))["reader"] == ""
    assert "--naam" in result.err


def test_a_folder_as_output_gets_a_file_named_after_assignment_and_reader(
    answered, tmp_path, run
) -> None:  # type: ignore[no-untyped-def]
    run("opdracht", "antwoorden", answered.id, "-o", tmp_path, "--naam", "Anna Bel", "--ja")
    [written] = tmp_path.glob("*.json")
    short = json.loads(written.read_text("utf-8"))["reader_id"][:4]
    assert written.name == f"antwoorden-{answered.id}-anna-bel-{short}.json"
    assert written.with_suffix(".md").exists()


def test_a_bundle_file_is_private_to_its_owner(answered, tmp_path, run) -> None:  # type: ignore[no-untyped-def]
    run("opdracht", "antwoorden", answered.id, "-o", tmp_path / "b.json", "--ja")
    assert (tmp_path / "b.json").stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    ("given", "expected"),
    [("b.json", "b.json"), ("b.md", "b.json"), ("b", "b.json"), ("b.txt", "b.txt.json")],
)
def test_the_markdown_copy_never_overwrites_the_json(
    answered, tmp_path, run, given, expected
) -> None:  # type: ignore[no-untyped-def]
    run("opdracht", "antwoorden", answered.id, "-o", tmp_path / given, "--ja")
    json_path = tmp_path / expected
    assert json.loads(json_path.read_text("utf-8"))["format"] == "leeslamp-antwoorden"
    assert json_path.with_suffix(".md").read_text("utf-8").startswith("# Antwoorden")
