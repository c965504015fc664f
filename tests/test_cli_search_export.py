"""`leeslamp zoek` and `leeslamp export` on the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from journal_factory import write_entries
from leeslamp.cli import main
from leeslamp.cli import search as search_cli
from leeslamp.interop.jrnl_read import parse_text


@pytest.fixture
def journal(private_home: Path) -> Path:
    write_entries(
        {"at": "2026-10-30 08:00", "text": "Oktober: niets bijzonders.", "tags": ["oud"]},
        {
            "at": "2026-11-01 09:12",
            "text": "Eerste regel.\nIk wil één ding creëer.",
            "article": "verbroken-sociale-contracten",
        },
        {
            "at": "2026-11-02 06:30",
            "kind": "aandacht",
            "text": "Raak.",
            "article": "verbroken-sociale-contracten",
            "anchor": {"quote": "Een veilig team leert."},
        },
        {
            "at": "2026-11-03 05:00",
            "kind": "dagvraag",
            "text": "Door te vragen.",
            "prompt": {"id": "p1", "text": "Wat leerde je?"},
            "tags": ["ster"],
        },
    )
    return private_home


def out_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


# --- zoek ----------------------------------------------------------------------------------------


def test_zoek_shows_date_kind_title_and_the_matching_line(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = out_of(capsys, "zoek", "creeer")
    assert (
        out
        == "2026-11-01 09:12  reflectie  Verbroken sociale contracten\n    Ik wil één ding creëer.\n"
    )


def test_zoek_finds_in_a_quote_and_says_so(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "    > Een veilig team leert." in out_of(capsys, "zoek", "veilig")


def test_search_is_the_english_alias_and_an_empty_search_says_so(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--taal", "en", "search", "olifant"]) == 0
    assert "Nothing found for: olifant" in capsys.readouterr().err


def test_zoek_marks_the_match_in_bold_on_a_terminal(
    journal: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(search_cli, "_use_bold", lambda: True)
    assert "één ding \x1b[1mcreëer\x1b[0m." in out_of(capsys, "zoek", "creeer")


def test_bold_only_on_a_terminal_without_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert search_cli._use_bold()
    monkeypatch.setenv("NO_COLOR", "1")
    assert not search_cli._use_bold()


def test_zoek_filters(journal: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def texts(*argv: str) -> list[str]:
        document = json.loads(out_of(capsys, "zoek", "--json", *argv))
        return [result["entry"]["text"] for result in document["results"]]

    assert texts("--soort", "aandacht") == ["Raak."]
    assert texts("--tag", "ster") == ["Door te vragen."]
    assert len(texts("--artikel", "verbroken-sociale-contracten")) == 2
    assert texts("--sinds", "2026-11-02", "--tot", "2 november 2026") == ["Raak."]
    assert texts("--tot", "31 oktober 2026") == ["Oktober: niets bijzonders."]


def test_zoek_json_has_matches_and_titles(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(out_of(capsys, "zoek", "--json", "een", "creeer"))
    [result] = document["results"]
    text = result["entry"]["text"]
    assert [text[m["start"] : m["end"]] for m in result["matches"]] == ["één", "creëer"]
    assert result["article_title"] == "Verbroken sociale contracten"
    assert document["total"] == 1


def test_a_bad_date_is_a_sentence_and_exit_2(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["zoek", "x", "--sinds", "morgenochtend"]) == 2
    err = capsys.readouterr().err
    assert "'morgenochtend' kan ik niet als datum lezen" in err and "Traceback" not in err


def test_a_date_of_two_words_without_quotes_asks_for_quotes(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["zoek", "--sinds", "vorige", "week"]) == 2
    assert '--sinds "vorige week"' in capsys.readouterr().err


def test_until_a_day_month_on_the_day_before_is_tomorrow(
    journal: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import datetime, timedelta, timezone

    from leeslamp.core.context import Context

    now = datetime(2026, 11, 30, 12, tzinfo=timezone(timedelta(hours=1)))
    monkeypatch.setattr(Context, "current_time", lambda self: now)
    assert main(["zoek", "--tot", "1 december", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 4


def test_until_before_since_is_a_sentence(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["zoek", "--sinds", "2026-11-02", "--tot", "2026-11-01"]) == 2
    assert "Draai ze om" in capsys.readouterr().err


def test_an_unknown_article_names_the_known_ones(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["zoek", "--artikel", "bestaat-niet"]) == 2
    assert "verbroken-sociale-contracten" in capsys.readouterr().err


def test_a_query_of_only_quotes_is_a_sentence_not_everything(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["zoek", '"']) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith('leeslamp: In " staat geen woord om op te zoeken.')
    assert main(["--taal", "en", "search", '""']) == 2
    assert "There is no word to look for" in capsys.readouterr().err


# --- export --------------------------------------------------------------------------------------


def test_export_jrnl_to_stdout_tags_kind_and_article_title(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = out_of(capsys, "export", "--format", "jrnl")
    assert (
        "[2026-11-01 09:12] Eerste regel.\nIk wil één ding creëer.\n\n@reflectie @verbroken-sociale-contracten\n"
        in out
    )
    # the daily question first, then the answer; the tag ster is jrnl's star
    assert "[2026-11-03 05:00] Vraag: Wat leerde je? *\nDoor te vragen.\n" in out
    assert "\u200b" not in out  # no escaped blank line after the question
    assert len(parse_text(out)) == 4


def test_export_jrnl_since_a_date_into_a_file(journal: Path, tmp_path: Path) -> None:
    target = tmp_path / "uit.txt"
    assert main(["export", "--format", "jrnl", "--sinds", "2026-11-02", "-o", str(target)]) == 0
    assert [entry.text for entry in parse_text(target.read_text())] == ["Raak.", "Door te vragen."]


def test_export_json_still_works_and_filters(
    journal: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(out_of(capsys, "export", "--artikel", "verbroken-sociale-contracten"))
    assert document["format"] == "leeslamp-journal"
    assert [entry["kind"] for entry in document["entries"]] == ["reflectie", "aandacht"]


def test_export_to_a_dash_is_standard_output(
    journal: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`-o -` means the screen, as `schrijf -` reads standard input; no file named `-`."""
    monkeypatch.chdir(journal)
    document = json.loads(out_of(capsys, "export", "--format", "json", "-o", "-"))
    assert len(document["entries"]) == 4
    assert not (journal / "-").exists()
    assert main(["export", "--format", "markdown", "-o", "-"]) == 2  # a folder it needs


def test_no_progress_bar_when_piped(
    journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "jrnl", "-o", str(tmp_path / "x.txt")]) == 0
    assert capsys.readouterr().err == f"4 stukken geschreven naar {tmp_path / 'x.txt'}.\n"


def test_progress_bar_draws_for_a_big_export_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from leeslamp.cli import progress

    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    with progress.progress_bar(progress.PROGRESS_FROM, "Exporteren") as advance:
        assert advance is not None
        advance(10)
    with progress.progress_bar(progress.PROGRESS_FROM - 1, "Exporteren") as advance:
        assert advance is None


def test_export_into_a_folder_writes_a_file_named_after_the_day(
    journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = tmp_path / "bestaat"
    existing.mkdir()
    assert main(["export", "-o", str(existing)]) == 0
    [written] = existing.iterdir()
    assert written.name.startswith("leeslamp-") and written.suffix == ".json"
    assert len(json.loads(written.read_text("utf-8"))["entries"]) == 4
    assert main(["export", "--format", "jrnl", "-o", f"{tmp_path}/nieuw/"]) == 0
    [written] = (tmp_path / "nieuw").iterdir()
    assert written.suffix == ".txt" and "Door te vragen." in written.read_text("utf-8")
    assert "4 stukken geschreven naar" in capsys.readouterr().err


def test_export_where_nothing_can_be_written_is_a_sentence_and_exit_2(
    journal: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "een-bestand"
    blocker.write_text("geen map", encoding="utf-8")
    for fmt in ("json", "jrnl", "markdown"):
        assert main(["export", "--format", fmt, "-o", str(blocker / "x")]) == 2
        err = capsys.readouterr().err
        assert "Ik kan de export niet schrijven naar" in err and "Traceback" not in err
        assert "onze fout" not in err
    assert blocker.read_text("utf-8") == "geen map"


def test_one_entry_is_one_stuk(private_home: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    write_entries({"text": "alleen ik"})
    assert main(["export", "-o", str(tmp_path / "een.json")]) == 0
    assert "1 stuk geschreven naar" in capsys.readouterr().err


def test_english_help_names_its_values_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["zoek"], ["export"], ["import"], ["schrijf"], ["herstel"]):
        with pytest.raises(SystemExit):
            main(["--taal", "en", *command, "--help"])
        usage = capsys.readouterr().out
        assert not re.search(r"\b(DATUM|WOORDEN|BESTAND|TEKST|PAD)\b", usage), command
    with pytest.raises(SystemExit):
        main(["--taal", "en", "export", "--help"])
    assert "[-o PATH]" in capsys.readouterr().out
