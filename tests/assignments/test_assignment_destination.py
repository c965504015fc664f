"""Never overwrite or drop a reader: answer files in one shared folder, refused overwrites,
and what a mail program does to the files on their way to the coach."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from assignment_samples import GOOD, add_articles
from test_assignment_overview import bundle_file

from leeslamp.assignments import build_overview, overview_markdown
from leeslamp.assignments.bundle import checksum


def reader(run, tmp_path: Path, name: str, answer: str) -> list[str]:  # type: ignore[no-untyped-def]
    """A reader with their own data folder who imported the assignment and answered 1."""
    home = tmp_path / f"home-{name}-{len(list(tmp_path.glob('home-*')))}"
    add_articles(home / "articles")
    data = ["--data-dir", str(home)]
    assignment = tmp_path / "opdracht.toml"
    assignment.write_text(GOOD, encoding="utf-8")
    assignment_id = run("opdracht", "importeer", assignment, *data).out.strip()
    assert run("schrijf", "--opdracht", assignment_id, "--vraag", "1", answer, *data).code == 0
    return ["opdracht", "antwoorden", assignment_id, "--naam", name, *data]


def test_two_annas_saving_into_one_folder_both_arrive(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    inbox = tmp_path / "inbox"
    for answer in ("de eerste Anna", "de tweede Anna"):
        result = run(*reader(run, tmp_path, "Anna", answer), "-o", f"{inbox}/", "--ja")
        assert result.code == 0, result.err
    files = sorted(inbox.glob("*.json"))
    assert len(files) == 2 and all("-anna-" in f.name for f in files)
    overview = build_overview([inbox])
    assert [overview.label(b) for b in overview.readers] == ["Anna", "Anna (2)"]
    answers = {overview.answer(b, 1) for b in overview.readers}
    assert answers == {"de eerste Anna", "de tweede Anna"}


def test_another_readers_file_is_never_written_over_even_with_yes(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "antwoorden.json"
    assert run(*reader(run, tmp_path, "Anna", "van Anna"), "-o", target, "--ja").code == 0
    before = target.read_bytes(), target.with_suffix(".md").read_bytes()
    result = run(*reader(run, tmp_path, "Anna", "van de andere Anna"), "-o", target, "--ja")
    assert result.code == 2
    assert f"{target} is het antwoordbestand van iemand anders (Anna)" in result.err
    assert "Traceback" not in result.err
    assert (target.read_bytes(), target.with_suffix(".md").read_bytes()) == before


def test_the_readers_own_older_file_is_replaced_and_the_preview_says_so(
    run, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    command = reader(run, tmp_path, "Bram", "eerste versie")
    target = tmp_path / "bram.json"
    first = run(*command, "-o", target, "--ja")
    assert first.code == 0 and "vervangt" not in first.err
    again = run(*command, "-o", target, "--ja")
    assert again.code == 0, again.err
    assert "Dit vervangt je eigen oudere antwoordbestand van" in again.err


@pytest.mark.parametrize("what", ["not_ours", "edited", "newer", "markdown"])
def test_what_may_hold_words_is_refused_and_left_as_it_is(run, tmp_path: Path, what: str) -> None:  # type: ignore[no-untyped-def]
    command = reader(run, tmp_path, "Carla", "mijn antwoord")
    target = tmp_path / "carla.json"
    assert run(*command, "-o", target, "--ja").code == 0
    document = json.loads(target.read_text("utf-8"))
    if what == "not_ours":
        target.write_text("mijn boodschappenlijst", encoding="utf-8")
    elif what == "edited":
        document["answers"][0]["answer"] = "met de hand verbeterd"
        target.write_text(json.dumps(document), encoding="utf-8")
    elif what == "newer":
        document["exported"] = "2099-01-01T00:00:00+00:00"
        document["checksum"] = checksum(document)
        target.write_text(json.dumps(document), encoding="utf-8")
    else:
        target.unlink()
        target.with_suffix(".md").write_text("# mijn eigen aantekeningen\n", encoding="utf-8")
    files = {p: p.read_bytes() for p in tmp_path.glob("carla.*")}
    result = run(*command, "-o", target, "--ja")
    assert result.code == 2 and "Ik schrijf er niet overheen" in result.err
    assert {p: p.read_bytes() for p in tmp_path.glob("carla.*")} == files


def test_a_folder_bom_and_crlf_are_read_and_markdown_copies_ignored(tmp_path: Path) -> None:
    inbox = tmp_path / "Downloads van de mail"
    inbox.mkdir()
    anna = bundle_file(inbox, "Anna", {1: "A1"})
    bram = bundle_file(inbox, "Bram", {1: "B1"})
    bram.write_bytes(b"\xef\xbb\xbf" + bram.read_bytes().replace(b"\n", b"\r\n"))
    (inbox / "Anna.md").write_text("# Antwoorden\n", encoding="utf-8")
    (inbox / ".verborgen.json").write_text("{", encoding="utf-8")
    empty = tmp_path / "leeg"
    empty.mkdir()
    overview = build_overview([inbox, empty])
    assert [b.source for b in overview.readers] == [anna, bram]
    assert [(s.source, s.key) for s in overview.skipped] == [(empty, "overview.empty_folder")]
    assert "geen antwoordbestanden" in overview_markdown(overview)


def test_the_overview_command_takes_a_folder(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    bundle_file(inbox, "Anna", {1: "A1"})
    edited = bundle_file(inbox, "Bram", {1: "B1"})
    edited.write_text(edited.read_text("utf-8").replace('"B1"', '"B1!"'), encoding="utf-8")
    result = run("opdracht", "overzicht", inbox, "--json")
    assert result.code == 0, result.err
    readers = json.loads(result.out)["readers"]
    assert [(r["reader"], r["edited"]) for r in readers] == [("Anna", False), ("Bram", True)]
    text = run("opdracht", "overzicht", inbox, "--taal", "en")
    assert "Bram (edited by hand)" in text.out
