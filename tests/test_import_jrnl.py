"""`leeslamp import jrnl BESTAND`: jrnl entries become reflections, once, or not at all."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_factory import all_entries, write_entries
from leeslamp.cli import main
from leeslamp.core.limits import JRNL_MAX_BYTES
from leeslamp.core.paths import resolve
from leeslamp.journal import Journal

JRNL_TEXT = """[2026-11-01 09:30:00 AM] Eerste zin.
Tweede regel met @werk en één accent.

[2026-11-02 10:15:00 PM] Avondgedachte *

[2026-11-03 07:00:00 AM] Derde
[zie hierboven] blijft in dit stuk
"""

JRNL_JSON = {
    "tags": {"@werk": 1},
    "entries": [
        {
            "title": "Eerste zin.",
            "body": "Meer over @werk.",
            "date": "2026-11-01",
            "time": "09:30",
            "tags": ["@werk"],
            "starred": False,
        },
        {
            "title": "Met ster",
            "body": "",
            "date": "2026-11-02",
            "time": "22:15",
            "tags": [],
            "starred": True,
        },
    ],
}


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def run_import(path: Path | str) -> int:
    return main(["import", "jrnl", str(path)])


def test_plain_text_entries_become_reflections_with_date_title_and_tags(tmp_path: Path) -> None:
    assert run_import(write(tmp_path, "journal.txt", JRNL_TEXT)) == 0
    third, second, first = all_entries()
    assert first.kind == "reflectie" and first.article is None
    assert first.text == "Eerste zin.\nTweede regel met @werk en één accent."
    assert first.first_line == "Eerste zin."
    assert first.created.startswith("2026-11-01T09:30:00")
    assert first.tags == ("werk",)
    assert second.created.startswith("2026-11-02T22:15:00")
    assert third.text == "Derde\n[zie hierboven] blijft in dit stuk"


def test_a_star_becomes_the_tag_ster(tmp_path: Path) -> None:
    run_import(write(tmp_path, "journal.txt", JRNL_TEXT))
    starred = [entry for entry in all_entries() if "ster" in entry.tags]
    assert [entry.text for entry in starred] == ["Avondgedachte"]


def test_jrnl_json_export_is_imported(tmp_path: Path) -> None:
    assert run_import(write(tmp_path, "export.json", json.dumps(JRNL_JSON))) == 0
    starred, first = all_entries()
    assert first.text == "Eerste zin.\nMeer over @werk." and first.tags == ("werk",)
    assert starred.tags == ("ster",)


def test_importing_the_same_file_twice_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "journal.txt", JRNL_TEXT)
    run_import(path)
    before = all_entries()
    assert run_import(path) == 0
    assert all_entries() == before
    assert "0 stukken uit jrnl toegevoegd" in capsys.readouterr().err


def test_the_json_and_text_of_one_journal_do_not_double(tmp_path: Path) -> None:
    """The same entries reached through jrnl's two formats have the same ids."""
    text = "[2026-11-01 09:30] Eerste zin.\nMeer over @werk.\n\n[2026-11-02 22:15] Met ster *\n"
    run_import(write(tmp_path, "journal.txt", text))
    run_import(write(tmp_path, "export.json", json.dumps(JRNL_JSON)))
    assert len(all_entries()) == 2


def test_an_entry_already_written_in_leeslamp_is_not_added_again(tmp_path: Path) -> None:
    write_entries({"at": "2026-11-01 09:30", "text": "Eerste zin.\nMeer over @werk."})
    run_import(write(tmp_path, "export.json", json.dumps(JRNL_JSON)))
    assert len(all_entries()) == 2


def test_a_deleted_import_does_not_come_back(tmp_path: Path) -> None:
    path = write(tmp_path, "export.json", json.dumps(JRNL_JSON))
    run_import(path)
    with Journal.open(resolve()) as journal:
        journal.delete_entry(journal.entries()[0].id)
    run_import(path)
    assert len(all_entries()) == 1


def test_a_malformed_file_adds_nothing_and_names_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_entries({"text": "al in mijn dagboek"})
    broken = JRNL_TEXT + "\n[2026-02-30 10:00] Bestaat niet\n"
    assert run_import(write(tmp_path, "journal.txt", broken)) == 2
    err = capsys.readouterr().err
    assert "Regel 9" in err and "niets ingelezen" in err and "Traceback" not in err
    assert [entry.text for entry in all_entries()] == ["al in mijn dagboek"]


def test_malformed_json_names_the_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = {"entries": [JRNL_JSON["entries"][0], {"title": "geen datum"}]}
    assert run_import(write(tmp_path, "export.json", json.dumps(document))) == 2
    assert "entries[1].date" in capsys.readouterr().err
    assert all_entries() == []


def test_a_missing_file_is_a_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_import(tmp_path / "nergens.txt") == 2
    assert "vind ik niet" in capsys.readouterr().err


def test_a_file_that_is_not_utf8_is_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("[2026-11-01 09:30] caf\xe9\n".encode("latin-1"))
    assert run_import(path) == 2
    assert "geen UTF-8" in capsys.readouterr().err


def test_a_file_over_the_size_limit_is_refused_without_reading_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "groot.txt"
    with path.open("wb") as handle:  # sparse: no disk used, and reading it would take long
        handle.truncate(JRNL_MAX_BYTES + 1)
    assert run_import(path) == 2
    err = capsys.readouterr().err
    assert f"{path} is te groot (50,0 MB); ik lees bestanden tot 50 MB." in err, err
    assert all_entries() == []


def test_too_much_on_standard_input_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("x" * (JRNL_MAX_BYTES + 1)))
    assert run_import("-") == 2
    assert "te groot" in capsys.readouterr().err


@pytest.mark.parametrize("depth", [500, 100_000])
def test_deeply_nested_json_is_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], depth: int
) -> None:
    path = write(tmp_path, "diep.json", '{"entries": ' + "[" * depth + "]" * depth + "}")
    assert run_import(path) == 2
    err = capsys.readouterr().err
    assert "te diep genest" in err and "RecursionError" not in err, err


def test_standard_input_with_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(JRNL_JSON)))
    assert run_import("-") == 0
    assert len(all_entries()) == 2


def test_add_entries_writes_all_in_one_append_and_skips_known_ids(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from leeslamp.interop.jrnl_import import entry_docs
    from leeslamp.interop.jrnl_read import parse_text
    from leeslamp.journal import logfile

    appends: list[int] = []
    real_append = logfile.append

    def counting(path: Path, records: object, schema: int) -> None:
        records = list(records)  # type: ignore[call-overload]
        appends.append(len(records))
        real_append(path, records, schema)

    docs = entry_docs(parse_text(JRNL_TEXT))
    with Journal.open(resolve()) as journal:
        journal.maintain()
        monkeypatch.setattr(logfile, "append", counting)
        assert len(journal.add_entries(docs)) == 3
        assert journal.add_entries(docs) == []
    assert appends == [3]


# --- export to jrnl, then import: the text comes back -------------------------------------------

unicode_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(unicode_text, min_size=1, max_size=4))
def test_export_to_jrnl_then_import_into_a_fresh_journal_round_trips(
    texts: list[str], tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, target = tmp_path_factory.mktemp("bron"), tmp_path_factory.mktemp("doel")
    monkeypatch.setenv("LEESLAMP_HOME", str(source))
    write_entries(
        *({"at": f"2026-11-0{n + 1} 09:30", "text": text} for n, text in enumerate(texts))
    )
    exported = source / "export.txt"
    assert main(["export", "--format", "jrnl", "-o", str(exported)]) == 0
    monkeypatch.setenv("LEESLAMP_HOME", str(target))
    assert run_import(exported) == 0
    back = sorted(all_entries(), key=lambda entry: entry.created)
    assert [entry.text for entry in back] == texts
    assert [entry.created[:16] for entry in back] == [
        f"2026-11-0{n + 1}T09:30" for n in range(len(texts))
    ]


def test_a_star_jrnl_wrote_around_the_title_does_not_double_the_entry(tmp_path: Path) -> None:
    """jrnl wrote `*Gisteren met ster. *`; its JSON says title `Gisteren met ster.`."""
    text = "[2026-11-29 21:00] *Gisteren met ster. *\n"
    record = {"title": "Gisteren met ster.", "body": "", "date": "2026-11-29", "time": "21:00"}
    run_import(write(tmp_path, "journal.txt", text))
    run_import(
        write(tmp_path, "export.json", json.dumps({"entries": [{**record, "starred": True}]}))
    )
    [entry] = all_entries()
    assert entry.text == "Gisteren met ster." and entry.tags == ("ster",)


def test_an_exported_aandacht_note_about_an_unknown_article_keeps_its_quote_as_text(
    tmp_path: Path,
) -> None:
    text = "[2026-11-30 10:53] > Een zin.\n\nDit herken ik.\n\n@aandacht @onbekend-stuk @klimaat\n"
    run_import(write(tmp_path, "journal.txt", text))
    [entry] = all_entries()
    assert (entry.kind, entry.text, entry.article) == (
        "reflectie",
        "> Een zin.\n\nDit herken ik.",
        None,
    )
    assert entry.tags == ("onbekend-stuk", "klimaat")


def test_an_exported_answer_comes_back_with_its_question_and_article(tmp_path: Path) -> None:
    text = (
        "[2026-11-30 07:00] Vraag: Wat leerde je?\n\nVeel.\n\n"
        "@dagvraag @verbroken-sociale-contracten @ochtend\n"
    )
    run_import(write(tmp_path, "journal.txt", text))
    [entry] = all_entries()
    assert (entry.kind, entry.text, entry.article) == (
        "dagvraag",
        "Veel.",
        "verbroken-sociale-contracten",
    )
    assert entry.prompt == {"id": None, "text": "Wat leerde je?"} and entry.tags == ("ochtend",)


def test_the_summary_says_one_entry_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "journal.txt", "[2026-11-01 09:30] Eén.\n")
    run_import(path)
    assert "1 stuk uit jrnl toegevoegd; 0 stonden er al in." in capsys.readouterr().err
    main(["--taal", "en", "import", "jrnl", str(path)])
    assert "0 entries from jrnl added; 1 was already there." in capsys.readouterr().err
