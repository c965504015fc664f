"""`leeslamp vandaag` asked again the same day answers from what it printed (`daily.quick_today`):
the same words as the full path, and the full path again as soon as anything they depend on
changed, or whenever the file cannot be trusted."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leeslamp.cli import main
from leeslamp.cli import today as today_command
from leeslamp.daily import quick_today
from leeslamp.daily.reminder_cache import LOCK_FILE

DAY = "2026-12-01"


def age(home: Path, seconds: float = 60.0) -> None:
    """Every file in the data folder as if changed a minute ago (a file changed a moment ago
    is not trusted: its mtime may not move on the next change within the clock's tick)."""
    past = time.time() - seconds
    for path in [home, *home.rglob("*")]:
        os.utime(path, (past, past))


@pytest.fixture
def home(private_home: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["schrijf", "Een eerste gedachte."]) == 0
    capsys.readouterr()
    age(private_home)
    return private_home


@pytest.fixture
def full_runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts the runs that took the full path (the command's own module)."""
    runs: list[str] = []
    show = today_command.show_today

    def counted(*args: object) -> int:
        runs.append("full")
        return show(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(today_command, "show_today", counted)
    return runs


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[str, str]:
    assert main(list(argv)) == 0
    captured = capsys.readouterr()
    return captured.out, captured.err


@pytest.mark.parametrize(
    "argv",
    [
        ["vandaag", "--datum", DAY],
        ["vandaag", "--json", "--datum", DAY],
        ["--taal", "en", "today", f"--date={DAY}"],
        ["vandaag", "--json"],
    ],
)
def test_asked_again_the_same_words_without_the_command_line(
    home: Path, capsys: pytest.CaptureFixture[str], full_runs: list[str], argv: list[str]
) -> None:
    first = run(capsys, *argv)
    assert full_runs == ["full"]
    assert run(capsys, *argv) == first
    assert full_runs == ["full"]  # the second from the file
    assert first[1] == ""


def test_a_new_entry_sends_it_the_full_way(
    home: Path, capsys: pytest.CaptureFixture[str], full_runs: list[str]
) -> None:
    run(capsys, "vandaag", "--json", "--datum", DAY)
    assert main(["schrijf", "--soort", "dagvraag", "--datum", DAY, "Mijn antwoord."]) == 0
    capsys.readouterr()
    age(home)
    out, _ = run(capsys, "vandaag", "--json", "--datum", DAY)
    assert full_runs == ["full", "full"]
    assert '"answered": true' in out


def test_another_day_or_language_is_another_key(
    home: Path, capsys: pytest.CaptureFixture[str], full_runs: list[str]
) -> None:
    run(capsys, "vandaag", "--datum", DAY)
    run(capsys, "vandaag", "--datum", "2026-12-02")
    run(capsys, "vandaag", "--datum", DAY, "--taal", "en")
    run(capsys, "vandaag", "--datum", f" {DAY}")  # another spelling: the full path reads it
    assert full_runs == ["full"] * 4


@pytest.mark.parametrize(
    "body", ["\x1b[31mrood\n", "zonder einde", "een\x00nul\n", "\u202eomgekeerd\n"]
)
def test_a_file_not_as_the_full_path_writes_it_is_never_printed(
    home: Path, capsys: pytest.CaptureFixture[str], full_runs: list[str], body: str
) -> None:
    expected = run(capsys, "vandaag", "--datum", DAY)
    kept = Path(quick_today.cache_path(str(home), False))
    head, key, _rest = kept.read_text(encoding="utf-8").split("\n", 2)
    kept.write_text(f"{head}\n{key}\n{body}", encoding="utf-8")
    age(home)
    assert run(capsys, "vandaag", "--datum", DAY) == expected
    assert full_runs == ["full", "full"]


def test_problems_on_stderr_are_never_kept(
    home: Path, capsys: pytest.CaptureFixture[str], full_runs: list[str]
) -> None:
    own = home / "prompts"
    own.mkdir()
    (own / "kapot.toml").write_text('[[vraag]]\nid = "x"\nnl = "Hoe?\n', encoding="utf-8")
    age(home)
    first = run(capsys, "vandaag", "--datum", DAY)
    assert "overgeslagen" in first[1]
    assert run(capsys, "vandaag", "--datum", DAY) == first  # said again, every time
    assert full_runs == ["full", "full"]
    assert not Path(quick_today.cache_path(str(home), False)).exists()


def test_another_article_folder_is_not_kept(
    home: Path, capsys: pytest.CaptureFixture[str], full_runs: list[str], tmp_path: Path
) -> None:
    run(capsys, "vandaag", "--datum", DAY, "--artikelen", str(tmp_path))
    assert not Path(quick_today.cache_path(str(home), False)).exists()


@pytest.mark.parametrize("name", [LOCK_FILE, "journal.sync-conflict-20261206-101010-ABC.json"])
def test_a_locked_journal_or_a_conflict_copy_goes_the_full_way(
    home: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    argv = ["vandaag", "--datum", DAY]
    run(capsys, *argv)
    assert quick_today.quick_today(argv)  # kept
    capsys.readouterr()
    (home / name).write_bytes(b"")
    assert not quick_today.quick_today(argv)
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(
    ("argv", "asked"),
    [
        (["vandaag"], (False, None, None, None)),
        (["today", "--json", "--date", DAY], (True, None, None, DAY)),
        (["--data-dir=/x", "vandaag", "--taal", "en"], (False, "/x", "en", None)),
        (["vandaag", "--taal", "en", "--datum", DAY, "--json"], (True, None, "en", DAY)),
    ],
)
def test_what_the_quick_path_reads(argv: list[str], asked: tuple[object, ...]) -> None:
    request = quick_today.request_from_argv(argv)
    assert request is not None
    assert (request.as_json, request.data_dir, request.language, request.day) == asked


@pytest.mark.parametrize(
    "argv",
    [
        ["vandaag", "--herinnering"],
        ["vandaag", "--json", "--json"],
        ["--json", "vandaag"],
        ["--datum", DAY, "vandaag"],
        ["vandaag", "--datum", "gisteren"],
        ["vandaag", "--datum", DAY, "--datum", DAY],
        ["vandaag", "--taal", "de"],
        ["vandaag", "--debug"],
        ["vandaag", "--artikelen", "/x"],
        ["vandaag", "--help"],
        ["schrijf", "vandaag"],
        ["vandaag", "vandaag"],
        ["vandaag", "--datum"],
    ],
)
def test_anything_else_is_for_argparse(argv: list[str]) -> None:
    assert quick_today.request_from_argv(argv) is None


def test_the_full_path_keeps_its_words_under_the_inputs_the_quick_path_took(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    taken: list[tuple[object, ...]] = []
    take = quick_today.inputs

    def counted(*args: Any) -> list[object]:
        taken.append(args)
        return take(*args)

    monkeypatch.setattr(quick_today, "inputs", counted)
    first = run(capsys, "vandaag", "--datum", DAY)
    assert len(taken) == 1  # once, by the quick path, for both
    assert quick_today.quick_today(["vandaag", "--datum", DAY])  # kept under them
    assert capsys.readouterr().out == first[0]
    run(capsys, "vandaag", "--datum", DAY, "--debug")  # not the quick path's: taken by the full
    assert len(taken) == 3


def test_words_longer_than_it_reads_are_left_to_the_full_path(
    home: Path,
    capsys: pytest.CaptureFixture[str],
    full_runs: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A long earlier answer is never printed cut short at the end of what was read."""
    expected = run(capsys, "vandaag", "--datum", DAY)
    kept = Path(quick_today.cache_path(str(home), False)).read_text(encoding="utf-8")
    monkeypatch.setattr(quick_today, "READ_LIMIT", len(kept) - 1)
    assert run(capsys, "vandaag", "--datum", DAY) == expected
    assert full_runs == ["full", "full"]


def test_another_version_of_leeslamp_is_another_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words come from leeslamp's own strings and code too: an upgrade changes them."""
    code = tmp_path / "leeslamp"
    (code / "i18n").mkdir(parents=True)
    module = code / "i18n" / "today.py"
    module.write_text("STRINGS = 1\n")
    monkeypatch.setattr(quick_today.base, "_PACKAGE", str(code))
    before = quick_today.code_stamp()
    module.write_text("STRINGS = 22\n")
    assert quick_today.code_stamp() != before


@given(
    before=st.lists(st.sampled_from(["--taal=en", "--taal nl", "--data-dir /tmp/x"]), max_size=2),
    word=st.sampled_from(["vandaag", "today"]),
    after=st.lists(
        st.sampled_from(["--json", "--datum 2026-12-01", "--date=2027-02-28", "--taal en"]),
        max_size=3,
    ),
)
def test_a_plain_today_reads_as_the_parser_reads_it(
    before: list[str], word: str, after: list[str]
) -> None:
    """`vandaag` without its parser (`cli._today_args`) gets what the parser would give it."""
    from leeslamp import cli

    argv = [part for option in [*before, word, *after] for part in option.split(" ")]
    quick = cli._today_args(argv)
    if quick is None:  # an option twice: the parser decides (and explains)
        assert quick_today.request_from_argv(argv) is None
        return
    parsed = cli.build_parser(argv).parse_args(argv)
    assert vars(quick) == vars(parsed)
