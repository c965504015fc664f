"""The command line starts light: a command imports only its own module and what it needs.

Each check runs `cli.main()` in a fresh interpreter and asks `sys.modules` what came in (this
test process has everything loaded already). The timings themselves are in
`benchmarks/commands.py`; these tests keep the imports from creeping back.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from leeslamp.cli import commands, common_options
from leeslamp.cli.parser import Parser

#: what a light command must not pull in (each costs more than Python's own start-up, or near)
HEAVY = ("yaml", "tinydb", "filelock", "rich", "textual", "importlib.metadata")
#: what Python's own start does not import and the full command line does, each costing about
#: as much as Python's start or more: `--version` alone and `vandaag` asked again do without
COMMAND_LINE = ("argparse", "typing", "dataclasses", "pathlib", "datetime", "leeslamp.i18n")

REPORT = """
import json, sys
from leeslamp.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
sys.stdout.flush()
loaded = sorted(sys.modules)
print(json.dumps({"code": code, "modules": loaded}), file=sys.stderr)
"""


def run_cli(home: Path, *argv: str) -> tuple[int, list[str]]:
    env = {**os.environ, "LEESLAMP_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", REPORT, *argv], capture_output=True, text=True, env=env
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["code"], report["modules"]


def heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if m in HEAVY or m.split(".")[0] in HEAVY]


def other_commands(modules: list[str], own: str) -> list[str]:
    return [
        m
        for m in modules
        if m.startswith("leeslamp.cli.") and m.split(".")[2] in set(commands.COMMANDS) - {own}
    ]


def test_version_imports_no_command_and_nothing_heavy(tmp_path: Path) -> None:
    code, modules = run_cli(tmp_path, "--version")
    assert code == 0
    assert heavy(modules) == []
    assert other_commands(modules, own="") == []  # no command's module at all
    assert "leeslamp.core.context" not in modules  # nothing of a run is set up to print a number
    # alone, it is answered before the command line is built: no parser, no strings
    assert [m for m in modules if m in COMMAND_LINE or m.startswith("leeslamp")] == [
        "leeslamp",
        "leeslamp.cli",
    ]


def test_version_among_other_options_is_argparses(tmp_path: Path) -> None:
    code, modules = run_cli(tmp_path, "--taal", "en", "--version")
    assert code == 0
    assert heavy(modules) == []
    assert other_commands(modules, own="") == []
    # the strings of the parser's own help only
    assert [m for m in modules if m.startswith("leeslamp.i18n.")] == [
        "leeslamp.i18n.app",
        "leeslamp.i18n.cli",
    ]


@pytest.mark.parametrize("word", ["vandaag", "today"])
def test_today_imports_its_own_module_only(tmp_path: Path, word: str) -> None:
    """A day whose question links an article: its title comes from the cache, not the YAML."""
    assert run_cli(tmp_path, word, "--datum", "2026-11-30")[0] == 0  # fills the cache
    code, modules = run_cli(tmp_path, "--taal", "en", word, "--datum", "2026-11-30")
    assert code == 0
    assert heavy(modules) == []
    assert "leeslamp.cli.today" in modules
    assert other_commands(modules, "today") == []


def test_today_with_a_journal_imports_nothing_heavy(tmp_path: Path) -> None:
    assert run_cli(tmp_path, "schrijf", "Een eerste gedachte.")[0] == 0
    code, modules = run_cli(tmp_path, "vandaag", "--json")
    assert code == 0
    assert heavy(modules) == []


@pytest.mark.parametrize("argv", [["vandaag"], ["--taal", "en", "today", "--json"]])
def test_today_asked_again_builds_no_command_line(tmp_path: Path, argv: list[str]) -> None:
    """The second `vandaag` of the day prints what the first printed (`daily.quick_today`)."""
    assert run_cli(tmp_path, "schrijf", "Een eerste gedachte.")[0] == 0
    past = os.stat(tmp_path).st_mtime - 60  # files changed a moment ago are not trusted
    for path in [tmp_path, *tmp_path.rglob("*")]:
        os.utime(path, (past, past))
    assert run_cli(tmp_path, *argv)[0] == 0
    code, modules = run_cli(tmp_path, *argv)
    assert code == 0
    assert [m for m in modules if m in COMMAND_LINE] == []
    assert [m for m in modules if m.startswith("leeslamp.")] == [
        "leeslamp.cli",
        "leeslamp.core",
        "leeslamp.core.sync_names",
        "leeslamp.daily",
        "leeslamp.daily.quick_today",
        "leeslamp.daily.reminder_cache",
    ]


def test_help_and_an_unknown_command_know_every_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from leeslamp.cli import main

    assert main(["opdracht-x"]) == 2
    said = capsys.readouterr().err
    assert all(f"'{word}'" in said for words in commands.COMMANDS.values() for word in words)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["vandaag"], ["today"]),
        (["--taal", "en", "write", "hoi"], ["journal"]),
        (["--data-dir=/tmp/x", "--debug", "zoek", "vandaag"], ["search"]),
        (["--data-dir", "vandaag", "schrijf"], ["journal"]),  # a folder called vandaag
        (["--version"], []),
        ([], []),
        (["--help"], list(commands.COMMANDS)),
        (["--data", "x", "zoek"], list(commands.COMMANDS)),  # an abbreviation: argparse decides
        (["onbekend"], list(commands.COMMANDS)),
    ],
)
def test_the_command_word_picks_the_module(argv: list[str], expected: list[str]) -> None:
    assert commands.command_modules(argv) == expected


def test_the_table_names_what_each_module_registers() -> None:
    """A subcommand added in a `register()` belongs in the table too."""
    for module, words in commands.COMMANDS.items():
        common = common_options()
        parser = Parser(prog="leeslamp", parents=[common])
        subparsers = parser.add_subparsers(parser_class=Parser)
        commands.register_commands([module], subparsers, common)
        assert isinstance(subparsers, argparse._SubParsersAction)
        assert tuple(subparsers.choices) == words, module


def test_a_quick_write_imports_no_tinydb_and_no_filelock(tmp_path: Path) -> None:
    assert run_cli(tmp_path, "schrijf", "De eerste van de dag gaat de zorgvuldige weg.")[0] == 0
    code, modules = run_cli(tmp_path, "schrijf", "De tweede is één append.")
    assert code == 0
    assert heavy(modules) == []
    assert other_commands(modules, "journal") == ["leeslamp.cli.search"]  # its filter options
    # no conflict copy can be waiting (a look at the names says so): no regexes for them; and
    # not the compression modules shutil brings
    assert [m for m in modules if m in ("leeslamp.journal.conflicts", "shutil")] == []
    # nor typing (its names are for mypy), nor the backups module for one look at today's file
    assert [m for m in modules if m in ("typing", "leeslamp.journal.backups")] == []


@pytest.mark.parametrize("argv", [["vandaag"], ["--taal", "en", "today", "--json"]])
def test_the_days_first_today_builds_no_parser(tmp_path: Path, argv: list[str]) -> None:
    """The first `vandaag` of a day runs its command without argparse (issue 13); one that
    `daily.quick_today` does not read with certainty still gets the parser."""
    code, modules = run_cli(tmp_path, *argv)
    assert code == 0
    assert "leeslamp.cli.today" in modules
    assert [m for m in modules if m in ("argparse", "leeslamp.cli.parser")] == []
    code, modules = run_cli(tmp_path, *argv, "--debug")
    assert code == 0
    assert "argparse" in modules


def test_today_reading_the_journal_takes_no_lock_and_no_coach_files(tmp_path: Path) -> None:
    """On a day a question may come back `vandaag` reads the journal: read-only, so filelock
    (a writer's) and the coach's bundles and overview stay out."""
    from datetime import date, timedelta

    from leeslamp.daily.returning import may_return_on

    day = next(d for d in (date(2027, 3, 1) + timedelta(n) for n in range(30)) if may_return_on(d))
    assert run_cli(tmp_path, "schrijf", "--soort", "dagvraag", "Een antwoord.")[0] == 0
    code, modules = run_cli(tmp_path, "vandaag", "--datum", day.isoformat())
    assert code == 0
    assert "leeslamp.journal.journal" in modules  # the journal was read
    assert [m for m in modules if m.split(".")[0] == "filelock"] == []
    coach_side = ("bundle", "overview", "parse", "report_markdown")
    assert [m for m in modules if m.removeprefix("leeslamp.assignments.") in coach_side] == []
