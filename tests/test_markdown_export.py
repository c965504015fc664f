"""`leeslamp export --format markdown -o MAP`: a folder of notes a person is glad to open."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from journal_factory import add_article, write_entries
from leeslamp.cli import main


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    head, _, _ = text[4:].partition("\n---\n")
    return yaml.safe_load(head)


@pytest.fixture
def journal(private_home: Path) -> Path:
    add_article(private_home, "eigen-vraag", "Eigen vraag: over leren")
    write_entries(
        {
            "at": "2026-11-01 09:12",
            "text": "Eerste gedachte.\n\nMet een tweede alinea.",
            "article": "eigen-vraag",
            "tags": ["werk", "twee woorden"],
        },
        {
            "at": "2026-11-03 07:30",
            "kind": "aandacht",
            "text": "Dit herken ik.",
            "article": "eigen-vraag",
            "anchor": {
                "quote": "Angst is een slechte raadgever.\nZeker in een team.",
                "state": "exact",
            },
        },
        {
            "at": "2026-11-04 06:00",
            "kind": "dagvraag",
            "text": "Door te vragen.",
            "prompt": {"id": "p1", "text": "Hoe leerde je vandaag?"},
            "article": "eigen-vraag",
        },
        {"at": "2026-11-05 21:00", "text": "Los van alles."},
    )
    return private_home


def export_folder(tmp_path: Path, *extra: str) -> Path:
    folder = tmp_path / "map"
    assert main(["export", "--format", "markdown", "-o", str(folder), *extra]) == 0
    return folder


def test_one_file_per_article_plus_daily_and_loose(journal: Path, tmp_path: Path) -> None:
    folder = export_folder(tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == [
        "Dagvragen.md",
        "Eigen vraag over leren.md",
        "Zonder artikel.md",
    ]


def test_front_matter_is_valid_yaml_with_title_id_dates_and_tags(
    journal: Path, tmp_path: Path
) -> None:
    meta = front_matter(export_folder(tmp_path) / "Eigen vraag over leren.md")
    assert meta["title"] == "Eigen vraag: over leren"
    assert meta["article"] == "eigen-vraag"
    assert meta["author"] == "Rembrandt Zegers"
    assert str(meta["created"]) == "2026-11-01" and str(meta["updated"]) == "2026-11-03"
    assert meta["entries"] == 2
    assert meta["tags"] == ["reflectie", "aandacht", "werk", "twee-woorden"]


def test_each_entry_sits_under_a_dated_heading_oldest_first(journal: Path, tmp_path: Path) -> None:
    text = (export_folder(tmp_path) / "Eigen vraag over leren.md").read_text()
    first = text.index("## zondag 1 november 2026, 09:12 · reflectie")
    second = text.index("## dinsdag 3 november 2026, 07:30 · aandacht")
    assert first < second
    assert "Eerste gedachte.\n\nMet een tweede alinea." in text
    assert "#werk #twee-woorden" in text


def test_an_aandacht_note_shows_its_passage_as_a_quote_then_the_note(
    journal: Path, tmp_path: Path
) -> None:
    text = (export_folder(tmp_path) / "Eigen vraag over leren.md").read_text()
    assert "> Angst is een slechte raadgever.\n> Zeker in een team.\n\nDit herken ik." in text


def test_a_daily_answer_shows_the_question_and_links_its_article(
    journal: Path, tmp_path: Path
) -> None:
    text = (export_folder(tmp_path) / "Dagvragen.md").read_text()
    assert "**Hoe leerde je vandaag?**\n\nDoor te vragen." in text
    assert "[[Eigen vraag over leren|Eigen vraag: over leren]]" in text
    assert front_matter(export_folder(tmp_path) / "Dagvragen.md")["title"] == "Dagvragen"


def test_english_names_and_headings_with_taal_en(journal: Path, tmp_path: Path) -> None:
    folder = export_folder(tmp_path, "--taal", "en")
    assert (folder / "Daily questions.md").exists()
    assert (
        "## Thursday 5 November 2026, 21:00 · reflection"
        in (folder / "Without an article.md").read_text()
    )


def test_only_one_article_and_only_since_a_date(journal: Path, tmp_path: Path) -> None:
    folder = export_folder(tmp_path, "--artikel", "eigen-vraag", "--sinds", "2026-11-02")
    assert sorted(p.name for p in folder.iterdir()) == [
        "Dagvragen.md",
        "Eigen vraag over leren.md",
    ]
    assert front_matter(folder / "Eigen vraag over leren.md")["entries"] == 1


def test_a_detached_note_says_so(private_home: Path, tmp_path: Path) -> None:
    write_entries(
        {
            "kind": "aandacht",
            "text": "x",
            "article": "weg",
            "anchor": {"quote": "oud", "state": "detached"},
        }
    )
    text = (export_folder(tmp_path) / "weg.md").read_text()
    assert "> oud\n\n*Losgeraakt" in text


def test_files_are_private(journal: Path, tmp_path: Path) -> None:
    for path in export_folder(tmp_path).iterdir():
        assert path.stat().st_mode & 0o777 == 0o600


def test_markdown_without_a_folder_is_a_sentence(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "markdown"]) == 2
    assert "-o MAP" in capsys.readouterr().err


def test_markdown_into_a_file_is_a_sentence(
    journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bestand.md"
    target.write_text("x")
    assert main(["export", "--format", "markdown", "-o", str(target)]) == 2
    assert "geen map" in capsys.readouterr().err


def test_a_bundled_article_gives_its_title_and_author(private_home: Path, tmp_path: Path) -> None:
    write_entries({"text": "x", "article": "stimuleer-het-leren-in-een-hybride-werkomgeving"})
    [note] = export_folder(tmp_path).iterdir()
    assert note.name == "Stimuleer het leren in een hybride werkomgeving!.md"
    meta = front_matter(note)
    assert (meta["title"], meta["author"]) == (
        "Stimuleer het leren in een hybride werkomgeving!",
        "SOL Nederland",
    )


# --- the reader's text as written, and the folder kept tidy -------------------------------------


def rendered_entries(path: Path) -> str:
    """The HTML CommonMark makes of a note, front matter left out."""
    from markdown_it import MarkdownIt

    text = path.read_text(encoding="utf-8")
    return MarkdownIt("commonmark").render(text[4:].partition("\n---\n")[2])


def test_text_that_looks_like_markdown_structure_stays_text_and_keeps_its_breaks(
    private_home: Path, tmp_path: Path
) -> None:
    write_entries(
        {
            "at": "2026-11-01 09:12",
            "text": "Eerste regel\n---\n# Kop\n  ## ook\n===\n```\nTweede regel #werk\nderde",
        },
        {"at": "2026-11-02 09:12", "text": "Het volgende stuk."},
    )
    html = rendered_entries(export_folder(tmp_path) / "Zonder artikel.md")
    assert html.count("<h1>") == 1 and html.count("<h2>") == 2  # the note's title, two entries
    assert "<hr" not in html and "<pre>" not in html and "<h3>" not in html
    assert "Eerste regel<br />\n---<br />\n# Kop<br />" in html
    assert "Tweede regel #werk<br />\nderde" in html
    assert "Het volgende stuk." in html  # not swallowed by a code block


def test_a_whole_export_removes_its_own_notes_that_are_no_longer_made(
    journal: Path, tmp_path: Path
) -> None:
    folder = export_folder(tmp_path)
    old = folder / "Een artikel dat weg is.md"
    old.write_text((folder / "Dagvragen.md").read_text(encoding="utf-8"), encoding="utf-8")
    mine = folder / "Mijn eigen notitie.md"
    mine.write_text("---\ntitle: Mijn eigen notitie\n---\n\nVan mij.\n", encoding="utf-8")
    plain = folder / "los.md"
    plain.write_text("Geen front matter.\n", encoding="utf-8")
    assert front_matter(folder / "Dagvragen.md")["leeslamp"] == "export"
    export_folder(tmp_path, "--artikel", "eigen-vraag")  # a part: nothing is removed
    assert old.exists()
    export_folder(tmp_path)
    assert not old.exists()
    assert mine.exists() and plain.exists()
    assert (folder / "Dagvragen.md").exists()
