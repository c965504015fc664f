"""`leeslamp export --format markdown -o MAP`: a folder of notes a person is glad to open."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from journal_factory import add_article, write_entries
from leeslamp.cli import main
from leeslamp.interop.export import ExportJob, article_infos
from leeslamp.interop.markdown import write_folder
from leeslamp.journal.models import Entry


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


def test_english_headings_with_taal_en_but_the_same_file_names(
    journal: Path, tmp_path: Path
) -> None:
    folder = export_folder(tmp_path, "--taal", "en")
    assert sorted(p.name for p in folder.iterdir()) == [
        "Dagvragen.md",
        "Eigen vraag over leren.md",
        "Zonder artikel.md",
    ]
    loose = folder / "Zonder artikel.md"
    assert "## Thursday 5 November 2026, 21:00 · reflection" in loose.read_text()
    assert front_matter(loose)["title"] == "Without an article"


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


def test_a_whole_export_removes_nothing(journal: Path, tmp_path: Path) -> None:
    folder = export_folder(tmp_path)
    old = folder / "Een artikel dat weg is.md"
    old.write_bytes((folder / "Dagvragen.md").read_bytes())  # once ours, now not made
    mine = folder / "Mijn eigen notitie.md"
    mine.write_text("---\ntitle: Mijn eigen notitie\n---\n\nVan mij.\n", encoding="utf-8")
    plain = folder / "los.md"
    plain.write_text("Geen front matter.\n", encoding="utf-8")
    assert front_matter(folder / "Dagvragen.md")["leeslamp"] == "export"
    export_folder(tmp_path, "--artikel", "eigen-vraag")
    export_folder(tmp_path)
    assert old.exists() and mine.exists() and plain.exists()
    assert (folder / "Dagvragen.md").exists()


# --- never destroy what the reader wrote (issue 11) -----------------------------------------
# An export writes a file only if it wrote that file before and nobody changed it since (the
# `leeslamp-hash` in its front matter says so); anything else is left alone, byte for byte, and
# the new text goes beside it, said in one line per file.


@pytest.fixture
def small_journal(private_home: Path) -> Path:
    add_article(private_home, "eigen-vraag", "Eigen vraag: over leren")
    write_entries(
        {"at": "2026-11-01 09:12", "text": "Over het artikel.", "article": "eigen-vraag"},
        {"at": "2026-11-05 21:00", "text": "Los van alles."},
    )
    return private_home


def export_to(folder: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    assert main(["export", "--format", "markdown", "-o", str(folder), *extra]) == 0
    return capsys.readouterr().err


def beside(folder: Path, stem: str) -> Path:
    """The one `stem (leeslamp DAY).md` the export put beside a file it left alone."""
    [path] = folder.glob(f"{stem} (leeslamp *).md")
    return path


def test_lines_the_reader_added_survive_a_second_export(
    small_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "V"
    export_to(folder, capsys)
    article, loose = folder / "Eigen vraag over leren.md", folder / "Zonder artikel.md"
    for path in (article, loose):
        with path.open("a", encoding="utf-8") as handle:
            handle.write("\nMijn eigen regel erbij.\n")
    edited = {path: path.read_bytes() for path in (article, loose)}
    said = export_to(folder, capsys)
    for path, content in edited.items():
        assert path.read_bytes() == content
        new = beside(folder, path.stem)
        assert "Mijn eigen regel" not in new.read_text("utf-8")
        [line] = [line for line in said.splitlines() if path.name in line]
        assert new.name in line
    assert (folder / "Dagvragen.md").exists() is False  # no daily answers here
    # the next export finds its own beside-files unchanged and rewrites them in place
    export_to(folder, capsys)
    assert beside(folder, "Zonder artikel").exists()
    assert {path: path.read_bytes() for path in (article, loose)} == edited


def test_an_edited_note_survives_an_export_in_english(
    small_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "V"
    export_to(folder, capsys)
    loose = folder / "Zonder artikel.md"
    edited = loose.read_bytes().replace(b"Los van alles.", b"Los van alles. En nog wat.")
    loose.write_bytes(edited)
    said = export_to(folder, capsys, "--taal", "en")
    assert loose.read_bytes() == edited
    assert "reflection" in beside(folder, "Zonder artikel").read_text("utf-8")
    assert not (folder / "Without an article.md").exists()
    assert "left alone" in said


def test_a_foreign_file_with_the_same_name_is_left_alone(
    small_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "V"
    folder.mkdir()
    mine = folder / "Zonder artikel.md"
    mine.write_bytes(b"Mijn eigen aantekeningen.\n")
    marked = folder / "Eigen vraag over leren.md"  # has the mark, but not our hash
    marked.write_bytes(b"---\nleeslamp: export\n---\n\nVan mij.\n")
    said = export_to(folder, capsys)
    assert mine.read_bytes() == b"Mijn eigen aantekeningen.\n"
    assert marked.read_bytes() == b"---\nleeslamp: export\n---\n\nVan mij.\n"
    assert "Los van alles." in beside(folder, "Zonder artikel").read_text("utf-8")
    assert "Over het artikel." in beside(folder, "Eigen vraag over leren").read_text("utf-8")
    assert len(said.strip().splitlines()) == 3  # one line per file left alone, then the total


def test_a_taken_beside_name_gets_a_counter(
    small_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "V"
    folder.mkdir()
    (folder / "Zonder artikel.md").write_bytes(b"van mij\n")
    export_to(folder, capsys)
    first = beside(folder, "Zonder artikel")
    first.write_bytes(b"ook van mij\n")
    export_to(folder, capsys)
    assert first.read_bytes() == b"ook van mij\n"
    [second] = folder.glob("Zonder artikel (leeslamp * 2).md")
    assert "Los van alles." in second.read_text("utf-8")


def test_an_unchanged_note_is_rewritten_in_place(
    small_journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "V"
    export_to(folder, capsys)
    write_entries({"at": "2026-11-06 08:00", "text": "Nog een gedachte."})
    said = export_to(folder, capsys)
    assert "Nog een gedachte." in (folder / "Zonder artikel.md").read_text("utf-8")
    assert sorted(p.name for p in folder.iterdir()) == [
        "Eigen vraag over leren.md",
        "Zonder artikel.md",
    ]
    assert len(said.strip().splitlines()) == 1
    # and in English: the same files, rewritten
    export_to(folder, capsys, "--taal", "en")
    assert "reflection" in (folder / "Zonder artikel.md").read_text("utf-8")
    assert len(list(folder.iterdir())) == 2


# --- any edit survives --------------------------------------------------------------------

MOMENT = datetime(2026, 11, 5, 21, 0, tzinfo=timezone(timedelta(hours=1)))
ENTRIES = [
    Entry("e1", "reflectie", "Eerste gedachte.\n\n# geen kop", "2026-11-01T09:12:00+01:00", ""),
    Entry("e2", "dagvraag", "Door te vragen.", "2026-11-04T06:00:00+01:00", "", "a1"),
    Entry("e3", "reflectie", "Los van alles.", "2026-11-05T21:00:00+01:00", "", None, ("x",)),
]


def run_export(folder: Path, when: datetime) -> list[Path]:
    job = ExportJob(list(ENTRIES), when, folder, articles=article_infos([]))
    return write_folder(job)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    which=st.integers(min_value=0, max_value=2),
    start=st.floats(min_value=0, max_value=1),
    length=st.integers(min_value=0, max_value=80),
    inserted=st.binary(max_size=40),
)
def test_any_edit_to_an_exported_file_survives_the_next_export_byte_for_byte(
    which: int, start: float, length: int, inserted: bytes
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="leeslamp-md-"))
    try:
        written = sorted(run_export(folder, MOMENT))
        target = written[which % len(written)]
        original = target.read_bytes()
        at = int(start * len(original))
        edited = original[:at] + inserted + original[at + length :]
        assume(edited != original)
        target.write_bytes(edited)
        run_export(folder, MOMENT + timedelta(days=1))
        assert target.read_bytes() == edited
        for other in written:
            if other != target:  # the untouched ones were rewritten where they were
                assert other.read_bytes() != b""
    finally:
        shutil.rmtree(folder)
