"""The command line says it right: counted words, short ids, folders, tags, a .toml in `import`."""

from __future__ import annotations

import json
from pathlib import Path

from leeslamp.core.paths import resolve
from leeslamp.journal import Journal

ONE_QUESTION = (
    'titel = "Kort"\ncoach = "Coach"\ndeadline = 2999-01-01\n\n'
    '[[lezen]]\nartikel = "het-leren-faciliteren"\nvragen = ["Waar vertraag je?"]\n'
)


def one_question_file(folder: Path) -> Path:
    path = folder / "kort.toml"
    path.write_text(ONE_QUESTION, encoding="utf-8")
    return path


def test_one_question_one_article_one_error_are_singular(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = one_question_file(tmp_path)
    checked = run("opdracht", "controleer", path)
    assert "“Kort”, 1 vraag bij 1 artikel." in checked.out
    imported = run("opdracht", "importeer", path)
    assert "Ingelezen: “Kort”, 1 vraag." in imported.err
    broken = tmp_path / "kapot.toml"
    broken.write_text(ONE_QUESTION.replace('titel = "Kort"\n', ""), encoding="utf-8")
    failed = run("opdracht", "controleer", broken)
    assert "1 fout gevonden. Verbeter hem en controleer opnieuw." in failed.out
    assert "(en)" not in checked.out + imported.err + failed.out


def test_an_unknown_id_without_any_assignments_says_so(run) -> None:  # type: ignore[no-untyped-def]
    result = run("opdracht", "toon", "721abc")
    assert result.code == 2
    assert "Je hebt nog geen leesopdrachten ingelezen." in result.err
    assert ": -." not in result.err


def test_a_too_short_id_says_how_many_characters_are_needed(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assignment_id = run("opdracht", "importeer", one_question_file(tmp_path)).out.strip()
    result = run("opdracht", "toon", assignment_id[:3])
    assert result.code == 2
    assert "minstens 4 tekens" in result.err and assignment_id in result.err
    assert run("opdracht", "toon", assignment_id[:4]).code == 0


def test_answers_to_a_new_folder_go_inside_it(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assignment_id = run("opdracht", "importeer", one_question_file(tmp_path)).out.strip()
    run("schrijf", "--opdracht", assignment_id, "--vraag", "1", "Op maandag")
    folder = tmp_path / "map"
    result = run("opdracht", "antwoorden", assignment_id, "-o", f"{folder}/", "--ja")
    assert result.code == 0, result.err
    assert sorted(p.suffix for p in folder.iterdir()) == [".json", ".md"]
    assert not (tmp_path / "map.json").exists() and not (tmp_path / "map.md").exists()


def test_an_answer_to_a_coach_question_keeps_its_tags(run, tmp_path, private_home) -> None:  # type: ignore[no-untyped-def]
    assignment_id = run("opdracht", "importeer", one_question_file(tmp_path)).out.strip()
    tags = ("--tag", "werk", "--tag", "rust")
    result = run("schrijf", "--opdracht", assignment_id, "--vraag", "1", *tags, "Op maandag")
    assert result.code == 0
    assert "Bewaard als antwoord op vraag 1" in result.err
    with Journal.open(resolve(private_home), read_only=True) as journal:
        [answer] = journal.entries(kind="antwoord")
    assert answer.tags == ("werk", "rust")


def test_import_of_a_toml_file_points_at_opdracht_importeer(run) -> None:  # type: ignore[no-untyped-def]
    result = run("import", "x.toml")
    assert result.code == 2
    assert "Bedoel je: leeslamp opdracht importeer x.toml?" in result.err
    assert "jrnl" not in result.err


def test_lijst_counts_no_emptied_answer(run, tmp_path, private_home) -> None:  # type: ignore[no-untyped-def]
    assignment_id = run("opdracht", "importeer", one_question_file(tmp_path)).out.strip()
    run("schrijf", "--opdracht", assignment_id, "--vraag", "1", "iets")
    with Journal.open(resolve(private_home)) as journal:
        [answer] = journal.entries(kind="antwoord")
        journal.update_entry(answer.id, text=" ")
    [listed] = json.loads(run("opdracht", "lijst", "--json").out)
    assert (listed["beantwoord"], listed["totaal"]) == (0, 1)


def test_importing_a_new_version_says_which_answers_moved(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from assignment_samples import GOOD

    first = tmp_path / "v1.toml"
    first.write_text(GOOD, encoding="utf-8")
    old_id = run("opdracht", "importeer", first).out.strip()
    for number in (1, 2, 3):
        run("schrijf", "--opdracht", old_id, "--vraag", str(number), f"antwoord {number}")
    second = tmp_path / "v2.toml"
    second.write_text(
        GOOD.replace(
            '"Welk sociaal contract staat onder druk?", "Wat zou je willen herstellen?"',
            '"Wie merkte het eerst?", "Welk sociaal contract staat onder druk?", '
            '"Wat wil je herstellen?"',
        ).replace("Waar vertraag je om te versnellen?", "Wie heeft jouw aandacht nodig?"),
        encoding="utf-8",
    )
    result = run("opdracht", "importeer", second)
    assert result.code == 0, result.err
    assert "Wat er met je antwoorden gebeurt:" in result.err
    assert "- je antwoord op vraag 1 telt nu bij vraag 2." in result.err
    assert "- je antwoord op vraag 2 telt nu bij vraag 3, die anders verwoord is." in result.err
    assert "- vraag 3 staat niet meer in de leesopdracht. Je antwoord blijft in je dagboek" in (
        result.err
    )
    shown = run("opdracht", "toon", result.out.strip()).out
    assert "[✓] 2. Welk sociaal contract" in shown and "[✓] 3. Wat wil je herstellen?" in shown
