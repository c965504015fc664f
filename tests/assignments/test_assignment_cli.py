"""`leeslamp opdracht ...` and `leeslamp schrijf --opdracht`, end to end through cli.main()."""

from __future__ import annotations

import io
import json
import tomllib
from pathlib import Path

from assignment_samples import EXAMPLE, GOOD, add_articles

from leeslamp.core.paths import resolve
from leeslamp.journal import Journal


def imported_id(run, path: Path) -> str:  # type: ignore[no-untyped-def]
    result = run("opdracht", "importeer", path)
    assert result.code == 0, result.err
    return result.out.strip()


def test_the_documented_example_passes_the_check(run) -> None:  # type: ignore[no-untyped-def]
    result = run("opdracht", "controleer", EXAMPLE)
    assert result.code == 0, result.out
    assert "In orde" in result.out and "4 vragen bij 2 artikelen" in result.out


def test_check_of_a_bad_file_lists_problems_with_lines_and_exits_2(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "o.toml"
    path.write_text('coach = "c"\n[[lezen]]\nartikel = "weg"\nvragen = []\n', encoding="utf-8")
    result = run("opdracht", "controleer", path)
    assert result.code == 2
    assert f"{path}, regel 1: het veld 'titel' ontbreekt." in result.out
    assert f"{path}, regel 3: een artikel 'weg' ken ik niet" in result.out
    assert f"{path}, regel 4: blok 1 van [[lezen]] heeft geen vragen" in result.out
    assert "3 fouten gevonden. Verbeter ze" in result.out


def test_check_of_a_file_with_only_warnings_exits_0(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "o.toml"
    path.write_text(GOOD.replace("2026-12-11", "2001-01-01"), encoding="utf-8")
    result = run("opdracht", "controleer", path)
    assert result.code == 0
    assert f"let op: {path}, regel 3: de inleverdatum 2001-01-01 is al voorbij." in result.out


def test_check_of_a_missing_file_exits_2(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert run("opdracht", "controleer", tmp_path / "weg.toml").code == 2


def test_import_prints_the_id_and_a_second_import_changes_nothing(run, good_file) -> None:  # type: ignore[no-untyped-def]
    first = run("opdracht", "importeer", good_file)
    again = run("opdracht", "importeer", good_file)
    assert first.code == again.code == 0
    assert first.out == again.out and len(first.out.strip()) == 10
    assert "had je al" in again.err
    assert len(json.loads(run("opdracht", "lijst", "--json").out)) == 1


def test_import_of_a_changed_file_says_it_is_a_new_version(run, good_file) -> None:  # type: ignore[no-untyped-def]
    old_id = imported_id(run, good_file)
    good_file.write_text(GOOD.replace("2026-12-11", "2026-12-18"), encoding="utf-8")
    result = run("opdracht", "importeer", good_file)
    assert "nieuwe versie" in result.err and old_id in result.err
    listed = {a["id"]: a for a in json.loads(run("opdracht", "lijst", "--json").out)}
    assert listed[old_id]["vervangen_door"] == result.out.strip()


def test_import_of_a_bad_file_says_why_and_imports_nothing(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "o.toml"
    path.write_text('titel = "x"\n', encoding="utf-8")
    result = run("opdracht", "importeer", path)
    assert result.code == 2 and "regel 1" in result.err and "Traceback" not in result.err
    assert json.loads(run("opdracht", "lijst", "--json").out) == []


def test_import_of_an_article_the_reader_lacks_warns_but_imports(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "o.toml"
    path.write_text('titel = "x"\n[[lezen]]\nartikel = "eigen-stuk"\nvragen = ["a"]\n', "utf-8")
    result = run("opdracht", "importeer", path)
    assert result.code == 0 and "eigen-stuk" in result.err


def test_list_as_json_has_the_promised_fields(run, good_file) -> None:  # type: ignore[no-untyped-def]
    assignment_id = imported_id(run, good_file)
    run("schrijf", "--opdracht", assignment_id, "--vraag", "2", "herstel")
    [listed] = json.loads(run("opdracht", "lijst", "--json").out)
    assert {k: listed[k] for k in ("id", "titel", "coach", "deadline", "beantwoord", "totaal")} == {
        "id": assignment_id,
        "titel": "Leesopdracht week 49: aandacht",
        "coach": "Marieke",
        "deadline": "2026-12-11",
        "beantwoord": 1,
        "totaal": 3,
    }


def test_list_without_assignments_says_how_to_import_one(run) -> None:  # type: ignore[no-untyped-def]
    result = run("opdracht", "lijst")
    assert result.code == 0 and "opdracht importeer" in result.out


def test_list_shows_progress(run, good_file) -> None:  # type: ignore[no-untyped-def]
    assignment_id = imported_id(run, good_file)
    out = run("opdracht", "lijst").out
    assert out.startswith(assignment_id) and "0/3 beantwoord" in out and "Marieke" in out


def test_show_numbers_the_questions_and_marks_the_answered(run, good_file) -> None:  # type: ignore[no-untyped-def]
    assignment_id = imported_id(run, good_file)
    run("schrijf", "--opdracht", assignment_id, "--vraag", "3", "ik vertraag")
    out = run("opdracht", "toon", assignment_id[:5]).out
    assert "[ ] 1. Welk sociaal contract staat onder druk?" in out
    assert "[✓] 3. Waar vertraag je om te versnellen?" in out
    assert f"--opdracht {assignment_id}" in out


def test_write_an_answer_from_the_command_line(run, good_file, private_home) -> None:  # type: ignore[no-untyped-def]
    assignment_id = imported_id(run, good_file)
    result = run("schrijf", "--opdracht", assignment_id, "--vraag", "2", "Het", "vertrouwen")
    assert result.code == 0 and "vraag 2" in result.err
    with Journal.open(resolve(private_home), read_only=True) as journal:
        [entry] = journal.entries()
    assert entry.kind == "antwoord" and entry.text == "Het vertrouwen"
    assert entry.article == "verbroken-sociale-contracten"
    assert entry.assignment == {
        "id": assignment_id,
        "prompt": "Wat zou je willen herstellen?",
        "question": 2,
        "written_in": "schrijf",  # for the answer file's preview
    }


def test_answering_again_says_the_earlier_answer_stays(run, good_file) -> None:  # type: ignore[no-untyped-def]
    assignment_id = imported_id(run, good_file)
    run("schrijf", "--opdracht", assignment_id, "--vraag", "1", "eerst")
    result = run("schrijf", "--opdracht", assignment_id, "--vraag", "1", "daarna")
    assert "eerdere antwoord blijft" in result.err


def test_an_unknown_assignment_id_is_a_sentence_and_exit_2(run, good_file) -> None:  # type: ignore[no-untyped-def]
    imported_id(run, good_file)
    result = run("schrijf", "--opdracht", "ffffffff", "--vraag", "1", "tekst")
    assert result.code == 2 and "Een leesopdracht 'ffffffff' heb je niet" in result.err


def test_a_question_out_of_range_is_a_sentence_and_exit_2(run, good_file) -> None:  # type: ignore[no-untyped-def]
    assignment_id = imported_id(run, good_file)
    result = run("schrijf", "--opdracht", assignment_id, "--vraag", "4", "tekst")
    assert result.code == 2 and "1 tot en met 3" in result.err


def test_vraag_without_opdracht_is_refused(run) -> None:  # type: ignore[no-untyped-def]
    result = run("schrijf", "--vraag", "1", "tekst")
    assert result.code == 2 and "--opdracht" in result.err


def test_soort_with_opdracht_is_refused(run, good_file) -> None:  # type: ignore[no-untyped-def]
    assignment_id = imported_id(run, good_file)
    result = run("schrijf", "--opdracht", assignment_id, "--vraag", "1", "--soort", "dagvraag", "x")
    assert result.code == 2


def test_a_plain_schrijf_still_writes_a_reflection(run, private_home) -> None:  # type: ignore[no-untyped-def]
    assert run("schrijf", "gewoon", "een", "gedachte").code == 0
    with Journal.open(resolve(private_home), read_only=True) as journal:
        assert [e.kind for e in journal.entries()] == ["reflectie"]


def test_opdracht_alone_shows_its_commands(run) -> None:  # type: ignore[no-untyped-def]
    result = run("opdracht")
    assert result.code == 0 and "controleer" in result.out and "overzicht" in result.out


def test_the_english_names_work_too(run, good_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert run("assignment", "check", good_file).code == 0
    assignment_id = run("assignment", "import", good_file).out.strip()
    assert json.loads(run("assignment", "list", "--json").out)[0]["id"] == assignment_id
    run("write", "--assignment", assignment_id, "--question", "1", "an answer")
    bundle = tmp_path / "b.json"
    assert (
        run("assignment", "answers", assignment_id, "-o", bundle, "--name", "Ann", "--yes").code
        == 0
    )
    assert run("assignment", "overview", bundle).code == 0


def test_overview_without_a_usable_file_exits_2(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "b.json"
    broken.write_text("{", encoding="utf-8")
    result = run("opdracht", "overzicht", broken)
    assert result.code == 2 and "overgeslagen" in result.err and "geen bruikbaar" in result.err


def test_round_trip_coach_three_readers_coach(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The README's example: the coach checks it, three readers import and answer it and send
    their bundles, one reader's file is changed on the way, and the coach gets the overview."""
    assert run("opdracht", "controleer", EXAMPLE).code == 0
    bundles = []
    for name, answered in (("Anna", [1, 2, 3, 4]), ("Bram", [2]), ("Carla", [1, 4])):
        home = tmp_path / name
        add_articles(home / "articles")
        data = ["--data-dir", str(home)]
        assignment_id = run("opdracht", "importeer", EXAMPLE, *data).out.strip()
        run("schrijf", "Privé: niet voor de coach", *data)
        for number in answered:
            text = f"{name} over vraag {number}"
            assert (
                run("schrijf", "--opdracht", assignment_id, "--vraag", number, text, *data).code
                == 0
            )
        bundle = tmp_path / "inbox" / f"{name}.json"
        assert (
            run(
                "opdracht", "antwoorden", assignment_id, "-o", bundle, "--naam", name, "--ja", *data
            ).code
            == 0
        )
        bundles.append(bundle)
    changed = bundles[1].read_text("utf-8").replace("Bram over vraag 2", "Bram zei iets anders")
    bundles[1].write_text(changed, encoding="utf-8")
    report = tmp_path / "verslag.md"
    result = run("opdracht", "overzicht", *bundles, "-o", report)
    assert result.code == 0
    assert "Anna" in result.out and "Carla" in result.out
    assert "Bram (met de hand bewerkt)" in result.out  # edited by hand: shown, and marked
    assert "4/4" in result.out and "2/4" in result.out and not result.err.count("overgeslagen")
    text = report.read_text("utf-8")
    assert "> Anna over vraag 4" in text and "> Carla over vraag 4" in text
    assert "### Bram (met de hand bewerkt)\n\n> Bram zei iets anders" in text
    assert "Privé" not in text


def test_overview_json_for_scripts(run, good_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assignment_id = imported_id(run, good_file)
    run("schrijf", "--opdracht", assignment_id, "--vraag", "1", "antwoord")
    bundle = tmp_path / "b.json"
    run("opdracht", "antwoorden", assignment_id, "-o", bundle, "--naam", "Anna", "--ja")
    data = json.loads(run("opdracht", "overzicht", bundle, "--json").out)
    assert data["readers"][0]["reader"] == "Anna" and data["readers"][0]["answered"] == 1


def test_the_assignment_code_runs_without_textual() -> None:
    import subprocess
    import sys

    code = (
        "import sys, leeslamp.assignments, leeslamp.cli.assignments,"
        " leeslamp.cli.assignment_coach, leeslamp.cli.assignment_reader;"
        " print('textual' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_the_readme_shows_the_example_file_word_for_word() -> None:
    """The README documents the assignment format with docs/voorbeeld-opdracht.toml, which the
    round trip above uses; the two must not drift apart."""
    readme = (EXAMPLE.parents[1] / "README.md").read_text("utf-8")
    section = readme.split("## Leesopdrachten voor coaches", 1)[1]
    shown = section.split("```toml\n", 1)[1].split("```", 1)[0]
    assert tomllib.loads(shown) == tomllib.loads(EXAMPLE.read_text("utf-8"))
    assert shown in EXAMPLE.read_text("utf-8")


def test_the_markdown_copy_of_an_answer_file_shows_escape_codes_and_html_as_text(  # type: ignore[no-untyped-def]
    run, good_file, tmp_path, monkeypatch
) -> None:
    """A coach may `cat` the copy or open it in a viewer that renders HTML: the reader's words
    reach it visible and inert, as in the coach's report. The JSON keeps them exactly."""
    assignment_id = imported_id(run, good_file)
    words = "\x1b]0;PWNED\x07 \x1b[2J <script>alert(1)</script> <img src=x onerror=alert(1)>"
    monkeypatch.setattr("sys.stdin", io.StringIO(words))
    assert run("schrijf", "--opdracht", assignment_id, "--vraag", "1", "-").code == 0
    folder = tmp_path / "antw"
    result = run("opdracht", "antwoorden", assignment_id, "-o", f"{folder}/", "--ja")
    assert result.code == 0, result.err
    [copy] = folder.glob("antwoorden-*.md")
    data = copy.read_bytes()
    assert b"\x1b" not in data and b"\x07" not in data
    assert b"<script" not in data and b"<img" not in data
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in data
    assert "␛\\]0;PWNED␇ ␛\\[2J".encode() in data  # visible; `[` `]` make no link
    [answer_file] = folder.glob("antwoorden-*.json")
    answers = json.loads(answer_file.read_text("utf-8"))["answers"]
    assert answers[0]["answer"] == words
