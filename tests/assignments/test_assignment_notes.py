"""Aandacht notes in the answer file (issue 15, §3): only when the reader asks
(`--met-aandacht`), only the notes on the assignment's articles, each listed in the preview;
the checksum covers them, and files without notes stay readable."""

from __future__ import annotations

import json
from pathlib import Path

from leeslamp.assignments import read_bundle

OPEN = """\
titel = "Week 49"
coach = "Marieke"
deadline = 2999-01-01

[[lezen]]
artikel = "verbroken-sociale-contracten"
vragen = ["Welk contract staat onder druk?"]
"""
ON_TOPIC = "Politici en overheden luisteren toch niet."
OFF_TOPIC = "Zelfsturende teams"  # in another article: never leaves


def reader_with_notes(run, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    """A reader who answered, noted two passages of the assignment's article, one of another
    article, and wrote a reflection and a daily answer."""
    path = tmp_path / "opdracht.toml"
    path.write_text(OPEN, encoding="utf-8")
    assignment_id = run("opdracht", "importeer", path).out.strip()
    writes = [
        ("--opdracht", assignment_id, "--vraag", "1", "Het contract met de klant."),
        ("--soort", "aandacht", "--artikel", "verbroken-sociale-contracten",
         "--citaat", ON_TOPIC, "Dit herken ik van mijn team."),
        ("--soort", "aandacht", "--artikel", "verbroken-sociale-contracten",
         "--citaat", "Het verbreken van een sociaal contract leidt tot een conflict.", ""),
        ("--soort", "aandacht", "--artikel", "het-leren-faciliteren",
         "--citaat", "leren", "GEHEIM: niet voor de coach."),
        ("--soort", "reflectie", "--artikel", "verbroken-sociale-contracten",
         "PRIVE reflectie."),
        ("--soort", "dagvraag", "PRIVE dagvraag."),
    ]  # fmt: skip
    for args in writes:
        result = run("schrijf", *args)
        assert result.code == 0, result.err
    return assignment_id


def test_with_notes_only_the_assignments_notes_leave_and_the_preview_lists_them(
    run, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    assignment_id = reader_with_notes(run, tmp_path)
    bundle = tmp_path / "uit" / "a.json"
    made = run("opdracht", "antwoorden", assignment_id, "--met-aandacht", "--ja", "-o", bundle)
    assert made.code == 0, made.err
    document = json.loads(bundle.read_text(encoding="utf-8"))
    notes = document["notes"]
    assert [note["quote"] for note in notes] == [
        ON_TOPIC,
        "Het verbreken van een sociaal contract leidt tot een conflict.",
    ]
    assert [note["text"] for note in notes] == ["Dit herken ik van mijn team.", ""]
    assert {note["article"] for note in notes} == {"verbroken-sociale-contracten"}
    everything = bundle.read_text("utf-8") + bundle.with_suffix(".md").read_text("utf-8")
    for private in ("GEHEIM", "PRIVE reflectie", "PRIVE dagvraag"):
        assert private not in everything
        assert private not in made.out + made.err
    # the preview lists each note that leaves: quote and text
    assert "## Aandachtnotities" in made.out
    assert ON_TOPIC in made.out and "Dit herken ik van mijn team." in made.out
    assert "(alleen gemarkeerd, zonder tekst)" in made.out
    assert "2 aandachtnotities gaan mee" in made.err
    assert [n.quote for n in read_bundle(bundle).notes] == [n["quote"] for n in notes]


def test_without_the_option_no_note_leaves(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assignment_id = reader_with_notes(run, tmp_path)
    bundle = tmp_path / "a.json"
    made = run("opdracht", "antwoorden", assignment_id, "--ja", "-o", bundle)
    assert made.code == 0, made.err
    text = bundle.read_text("utf-8")
    assert "notes" not in json.loads(text)
    assert "Dit herken ik" not in text + made.out
    assert "--met-aandacht" in made.err  # says how they could go along


def test_in_english_the_option_is_with_notes(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assignment_id = reader_with_notes(run, tmp_path)
    bundle = tmp_path / "a.json"
    made = run(
        "--taal", "en", "assignment", "answers", assignment_id, "--with-notes", "--yes",
        "-o", bundle,
    )  # fmt: skip
    assert made.code == 0, made.err
    assert "## Attention notes" in made.out
    assert "2 attention notes go along" in made.err
    assert len(json.loads(bundle.read_text("utf-8"))["notes"]) == 2


def test_the_checksum_covers_the_notes_and_old_files_have_none(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assignment_id = reader_with_notes(run, tmp_path)
    with_notes, without = tmp_path / "met.json", tmp_path / "zonder.json"
    run("opdracht", "antwoorden", assignment_id, "--met-aandacht", "--ja", "-o", with_notes)
    run("opdracht", "antwoorden", assignment_id, "--ja", "-o", without)
    assert read_bundle(without).notes == ()  # a file without notes, as every older one
    document = json.loads(with_notes.read_text("utf-8"))
    document["notes"][0]["text"] = "Achteraf veranderd."
    with_notes.write_text(json.dumps(document), encoding="utf-8")
    changed = read_bundle(with_notes)  # read, and marked: a hand-edited file still counts
    assert changed.edited and changed.notes[0].text == "Achteraf veranderd."
