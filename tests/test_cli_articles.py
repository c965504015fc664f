"""`leeslamp artikelen`: the library for people and scripts, and the files it had to skip."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from leeslamp.cli import main
from leeslamp.library.articles import bundled_articles_dir

SIX = [
    "corporate-rebels-over-buurtzorg",
    "stimuleer-het-leren-in-een-hybride-werkomgeving",
    "systemisch-transitiemanagement",
    "het-leren-faciliteren",
    "veranderen-geloof-je-het-zelf",
    "verbroken-sociale-contracten",
]
FIELDS = {"id", "title", "author", "date", "kind", "complete", "source"}


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[dict], str]:
    code = main(["artikelen", "--json", *args])
    captured = capsys.readouterr()
    return code, json.loads(captured.out), captured.err


@pytest.fixture
def mixed_folder(tmp_path: Path) -> dict[str, Path]:
    """Two good article files and four broken ones, side by side."""
    folder = tmp_path / "mijn-artikelen"
    folder.mkdir()
    files = {
        "good": folder / "eigen.md",
        "good2": folder / "nog-een.md",
        "empty": folder / "leeg.md",
        "yaml": folder / "kapot.md",
        "latin": folder / "latin.md",
        "duplicate": folder / "dubbel.md",
    }
    files["good"].write_text("---\ntitle: Mijn stuk\n---\nTekst.\n", encoding="utf-8")
    files["good2"].write_text("---\ntitle: Nog een\nkind: boekentip\n---\nx\n", encoding="utf-8")
    files["empty"].write_text("", encoding="utf-8")
    files["yaml"].write_text("---\ntitle: Kapot\nthemes: [open\n---\nx\n", encoding="utf-8")
    files["latin"].write_bytes("---\ntitle: Café\n---\nx\n".encode("latin-1"))
    files["duplicate"].write_text("---\nid: het-leren-faciliteren\ntitle: D\n---\nx\n")
    return files


def test_json_lists_the_six_bundled_articles_with_their_fields(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, listed, err = run_json(capsys)
    assert code == 0 and err == ""
    assert [a["id"] for a in listed] == SIX
    assert all(set(a) >= FIELDS for a in listed)


def test_json_gives_author_date_kind_and_fragment_as_in_the_front_matter(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _code, listed, _err = run_json(capsys)
    veranderen = next(a for a in listed if a["id"] == "veranderen-geloof-je-het-zelf")
    assert veranderen["title"] == "Veranderen, geloof je het zelf?"
    assert (veranderen["author"], veranderen["date"]) == ("Eline Faber", "2022-02")
    assert (veranderen["kind"], veranderen["complete"]) == ("artikel", False)
    interview = next(a for a in listed if a["id"] == "het-leren-faciliteren")
    assert (interview["kind"], interview["complete"], interview["date"]) == (
        "interview",
        True,
        None,
    )


def test_json_source_is_the_bundled_file(capsys: pytest.CaptureFixture[str]) -> None:
    _code, listed, _err = run_json(capsys)
    for article in listed:
        source = Path(article["source"])
        assert source.is_file() and source.parent == bundled_articles_dir()


def test_the_plain_listing_shows_titles_and_marks_fragments(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["artikelen"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6
    buurtzorg = next(line for line in lines if "Buurtzorg" in line)
    assert "[fragment]" in buurtzorg
    contracten = next(line for line in lines if "Verbroken sociale contracten" in line)
    assert "Rembrandt Zegers, 2022-02" in contracten and "fragment" not in contracten


def test_broken_files_beside_good_ones_are_named_on_stderr_and_the_good_ones_listed(
    capsys: pytest.CaptureFixture[str], mixed_folder: dict[str, Path]
) -> None:
    folder = mixed_folder["good"].parent
    code, listed, err = run_json(capsys, "--articles", str(folder))
    assert code == 0
    assert [a["id"] for a in listed] == [*SIX, "eigen", "nog-een"]
    assert "Deze artikelbestanden zijn overgeslagen:" in err
    expected = {
        "empty": "het bestand is leeg",
        "yaml": "regel 3: de front matter is geen geldige YAML",
        "latin": "regel 2: het bestand is geen UTF-8-tekst",
        "duplicate": "regel 2: het id 'het-leren-faciliteren' bestaat al in",
    }
    err_lines = err.splitlines()
    for name, message in expected.items():
        line = next(line for line in err_lines if str(mixed_folder[name]) in line)
        assert message in line, line
    assert str(mixed_folder["good"]) not in err


def test_a_too_large_article_and_a_huge_title_are_named_and_the_rest_listed(
    capsys: pytest.CaptureFixture[str], private_home: Path
) -> None:
    folder = private_home / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "eigen.md").write_text("---\ntitle: Mijn stuk\n---\nTekst.\n", encoding="utf-8")
    big = folder / "groot.md"
    big.write_text("---\ntitle: Groot\n---\n" + "Tekst. " * 450_000, encoding="utf-8")
    huge = folder / "titel.md"
    huge.write_text("---\ntitle: " + "x" * 1_500_000 + "\n---\nTekst.\n", encoding="utf-8")
    code, listed, err = run_json(capsys)
    assert code == 0
    assert [a["id"] for a in listed] == [*SIX, "eigen"]
    assert f"{big}: het bestand is te groot (3,0 MB); ik lees bestanden tot 2 MB." in err
    assert f"{huge}, regel 2: de titel is 1500000 tekens lang;" in err


def test_problems_speak_english_with_the_english_alias(
    capsys: pytest.CaptureFixture[str], mixed_folder: dict[str, Path]
) -> None:
    folder = mixed_folder["good"].parent
    assert main(["--taal", "en", "articles", "--articles", str(folder)]) == 0
    err = capsys.readouterr().err
    assert "These article files were skipped:" in err
    assert f"{mixed_folder['empty']}: the file is empty." in err


def test_a_missing_articles_folder_is_named_and_the_library_still_lists(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nergens"
    code, listed, err = run_json(capsys, "--articles", str(missing))
    assert code == 0 and len(listed) == 6
    assert f"{missing}: de map bestaat niet." in err


def test_the_installed_command_finds_its_articles_from_any_folder(tmp_path: Path) -> None:
    """Run as a real process from `/`: the articles come from the package, not the cwd."""
    env = {**os.environ, "LEESLAMP_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-m", "leeslamp", "artikelen", "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd="/",
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    listed = json.loads(done.stdout)
    assert [a["id"] for a in listed] == SIX
    assert all(Path(a["source"]).is_absolute() and Path(a["source"]).is_file() for a in listed)
