"""Telling readers apart: a random reader id in every bundle, kept once made; two Annas stay two."""

from __future__ import annotations

import json
from pathlib import Path

from test_assignment_overview import bundle_file, parsed

from leeslamp.assignments import build_overview, overview_markdown
from leeslamp.assignments.bundle import checksum
from leeslamp.cli.assignment_coach import overview_table
from leeslamp.core.paths import resolve
from leeslamp.core.settings import Settings, ensure_reader_id, load, save


def test_two_readers_with_one_name_are_both_shown(tmp_path: Path) -> None:
    files = [
        bundle_file(tmp_path, "Anna", {1: "eerste Anna"}, name="a.json", reader_id="r1"),
        bundle_file(tmp_path, "Anna", {2: "tweede Anna"}, name="b.json", reader_id="r2"),
        bundle_file(tmp_path, "Bram", {1: "B1"}),
    ]
    overview = build_overview(files)
    assert not overview.skipped
    assert [overview.label(b) for b in overview.readers] == ["Anna", "Anna (2)", "Bram"]
    table = overview_table(overview)
    assert "Anna (2)" in table and "eerste Anna" not in table
    report = overview_markdown(overview)
    assert "### Anna (2)\n\n> tweede Anna" in report
    labels = [reader["label"] for reader in overview.to_dict()["readers"]]
    assert labels == ["Anna", "Anna (2)", "Bram"]


def test_the_same_reader_under_another_name_is_one_reader(tmp_path: Path) -> None:
    older = bundle_file(tmp_path, "Anna", {1: "oud"}, name="oud.json", reader_id="r1")
    newer = bundle_file(
        tmp_path, "Anna B.", {1: "nieuw"}, name="nieuw.json", reader_id="r1", minutes=5
    )
    overview = build_overview([older, newer], assignment_id=None)
    [kept] = overview.readers
    assert overview.answer(kept, 1) == "nieuw"
    [skipped] = overview.skipped
    assert skipped.key == "overview.duplicate" and "ouder antwoordbestand" in skipped.reason()


def test_a_copy_of_one_file_is_called_a_duplicate_not_older(tmp_path: Path) -> None:
    original = bundle_file(tmp_path, "Anna", {1: "A1"}, name="anna.json")
    copy = tmp_path / "anna (kopie).json"
    copy.write_bytes(original.read_bytes())
    overview = build_overview([original, copy])
    assert len(overview.readers) == 1
    [skipped] = overview.skipped
    assert skipped.source == copy and skipped.key == "overview.copy"
    assert "dubbel" in skipped.reason() and "ouder" not in skipped.reason()
    assert "anna.json" in skipped.reason()


def by_hand(source: Path, target: Path, change: tuple[str, str] | None = None) -> Path:
    """`source` as an editor on Windows saves it: a byte order mark, CRLF line ends, and
    `change` made in the text; the checksum and the export time left as they were."""
    text = source.read_text("utf-8")
    if change is not None:
        text = text.replace(*change)
    target.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    return target


def test_an_identical_copy_is_a_duplicate_beside_a_file_edited_by_hand(tmp_path: Path) -> None:
    """In one folder: the file leeslamp wrote, a copy of it, and one edited by hand made at
    the same moment. The unedited file counts, whatever the names; the copy is a copy."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    original = bundle_file(folder, "Anna", {1: "A1"}, name="anna.json")
    copy = folder / "kopie van anna.json"
    copy.write_bytes(original.read_bytes())
    edited = by_hand(original, folder / "anna-bewerkt.json", ('"A1"', '"A1, verbeterd"'))
    overview = build_overview([folder])
    [kept] = overview.readers
    assert kept.source == original and overview.answer(kept, 1) == "A1"
    reasons = {s.source: (s.key, s.reason()) for s in overview.skipped}
    assert reasons[copy][0] == "overview.copy" and "dubbel" in reasons[copy][1]
    assert str(original) in reasons[copy][1]
    key, reason = reasons[edited]
    assert key == "overview.same_time_edited" and "ouder" not in reason
    assert "met de hand bewerkt" in reason and str(original) in reason


def test_of_two_alike_files_the_one_as_leeslamp_wrote_it_counts(tmp_path: Path) -> None:
    original = bundle_file(tmp_path, "Anna", {1: "A1"}, name="anna.json")
    resaved = by_hand(original, tmp_path / "a-anna.json")  # first by name, same content
    overview = build_overview([tmp_path])
    assert [b.source for b in overview.readers] == [original]
    [skipped] = overview.skipped
    assert (skipped.source, skipped.key) == (resaved, "overview.copy")


def test_two_edited_files_of_one_moment_keep_the_first_and_say_why(tmp_path: Path) -> None:
    original = bundle_file(tmp_path, "Anna", {1: "A1"}, name="anna.json")
    first = by_hand(original, tmp_path / "anna-1.json", ('"A1"', '"een"'))
    second = by_hand(original, tmp_path / "anna-2.json", ('"A1"', '"twee"'))
    original.unlink()
    overview = build_overview([second, first])
    assert [b.source for b in overview.readers] == [second]
    [skipped] = overview.skipped
    assert (skipped.source, skipped.key) == (first, "overview.same_time")
    assert "hetzelfde moment" in skipped.reason() and str(second) in skipped.reason()


def version_1(path: Path) -> Path:
    """Make a bundle file what leeslamp wrote before there were reader ids."""
    document = json.loads(path.read_text("utf-8"))
    del document["reader_id"]
    document["version"] = 1
    document["checksum"] = checksum(document)
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_version_1_bundles_are_read_and_go_by_name(tmp_path: Path) -> None:
    older = version_1(bundle_file(tmp_path, "Anna", {1: "oud"}, name="oud.json"))
    carla = version_1(bundle_file(tmp_path, "Carla", {1: "C1"}, name="carla.json"))
    newer = bundle_file(tmp_path, "anna", {1: "nieuw"}, name="nieuw.json", minutes=5)
    overview = build_overview([older, carla, newer])
    assert [b.reader for b in overview.readers] == ["anna", "Carla"]
    assert overview.readers[1].reader_id is None
    assert [s.key for s in overview.skipped] == ["overview.duplicate"]


def test_a_version_2_bundle_without_a_reader_id_is_malformed(tmp_path: Path) -> None:
    path = bundle_file(tmp_path, "Anna", {1: "A1"})
    document = json.loads(path.read_text("utf-8"))
    del document["reader_id"]
    document["checksum"] = checksum(document)
    path.write_text(json.dumps(document), encoding="utf-8")
    [skipped] = build_overview([path]).skipped
    assert skipped.key == "bundle.malformed" and "reader_id" in skipped.reason()


def test_the_reader_id_is_random_made_once_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "instellingen.toml"
    path.write_text('name = "Anna"\ntheme = "nord"\n', encoding="utf-8")
    first = ensure_reader_id(path, load(path))
    assert first.reader_id and "anna" not in first.reader_id.lower()
    assert load(path).reader_id == first.reader_id and load(path).theme == "nord"
    assert ensure_reader_id(path, load(path)).reader_id == first.reader_id
    # settings read before the id was made (an app open meanwhile) do not drop it on saving
    save(path, Settings(name="Anna", language="en"))
    assert load(path).reader_id == first.reader_id
    other = tmp_path / "ander.toml"
    assert ensure_reader_id(other, Settings()).reader_id != first.reader_id


def test_every_answer_file_of_one_reader_carries_the_same_id(
    private_home: Path, tmp_path: Path, good_file: Path, run
) -> None:  # type: ignore[no-untyped-def]
    assignment_id = run("opdracht", "importeer", good_file).out.strip()
    run("schrijf", "--opdracht", assignment_id, "--vraag", "1", "Iets")
    for name in ("een", "twee"):
        result = run(
            "opdracht", "antwoorden", assignment_id, "-o", tmp_path / f"{name}.json", "--ja"
        )
        assert result.code == 0, result.err
    ids = {
        json.loads((tmp_path / f"{n}.json").read_text("utf-8"))["reader_id"]
        for n in ("een", "twee")
    }
    assert ids == {load(resolve(private_home).settings).reader_id}
    assert "Lezer-id" in (tmp_path / "een.md").read_text("utf-8")
    assert parsed().id == assignment_id


BROKEN_SETTINGS = b'name = "Anna"\nreader_id = "a1b2c3d4e5f60718"\ntheme = "nord\n'


def test_a_broken_settings_file_keeps_its_reader_id_for_the_answer_file(
    private_home: Path, tmp_path: Path, good_file: Path, run
) -> None:  # type: ignore[no-untyped-def]
    assignment_id = run("opdracht", "importeer", good_file).out.strip()
    settings = resolve(private_home).settings
    settings.write_bytes(BROKEN_SETTINGS)
    result = run("opdracht", "antwoorden", assignment_id, "-o", tmp_path / "a.json", "--ja")
    assert result.code == 0, result.err
    document = json.loads((tmp_path / "a.json").read_text("utf-8"))
    assert document["reader_id"] == "a1b2c3d4e5f60718" and document["reader"] == "Anna"
    assert settings.read_bytes() == BROKEN_SETTINGS  # the id was read: nothing to write


def test_an_unreadable_reader_id_is_set_aside_and_a_new_one_said_on_stderr(
    private_home: Path, tmp_path: Path, good_file: Path, run
) -> None:  # type: ignore[no-untyped-def]
    assignment_id = run("opdracht", "importeer", good_file).out.strip()
    settings = resolve(private_home).settings
    broken = b'name = "Anna"\nreader_id = "a1b2c3d4\ntheme = "nord"\n'
    settings.write_bytes(broken)
    result = run("opdracht", "antwoorden", assignment_id, "-o", tmp_path / "a.json", "--ja")
    assert result.code == 0, result.err
    [aside] = settings.parent.glob("settings.toml.kapot-*")
    assert aside.read_bytes() == broken
    assert str(aside) in result.err and "lezer-id" in result.err
    kept = load(settings)
    assert (kept.name, kept.theme, kept.problems) == ("Anna", "nord", [])
    document = json.loads((tmp_path / "a.json").read_text("utf-8"))
    assert document["reader_id"] == kept.reader_id != "a1b2c3d4"
