"""The command line's one exit point: sentences, exit codes, languages, paths."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from leeslamp.cli import main


def test_version_prints_and_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("leeslamp ")


def test_unknown_subcommand_is_a_dutch_sentence_and_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["bla"]) == 2
    err = capsys.readouterr().err
    assert "ken ik niet" in err
    assert "Traceback" not in err


def test_unknown_subcommand_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--taal", "en", "bla"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_waar_lists_paths_inside_leeslamp_home(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["waar", "--json"]) == 0
    where = json.loads(capsys.readouterr().out)
    assert where["journal"] == str(private_home / "journal.json")
    assert where["user_articles"] == str(private_home / "articles")
    assert not private_home.exists(), "asking where things live must not create them"


def test_data_dir_option_beats_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = tmp_path / "elders"
    assert main(["where", "--json", "--data-dir", str(chosen)]) == 0
    assert json.loads(capsys.readouterr().out)["data_dir"] == str(chosen)


def test_unexpected_error_says_bug_without_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from leeslamp.cli import articles

    def broken(*_args: object) -> int:
        raise RuntimeError("kapot")

    monkeypatch.setattr(articles, "show_where", broken)
    assert main(["waar"]) == 1
    err = capsys.readouterr().err
    assert "onze fout" in err and "--debug" in err and "Traceback" not in err
    with pytest.raises(RuntimeError):
        main(["waar", "--debug"])


def test_python_dash_m_runs(tmp_path: Path) -> None:
    env = {**os.environ, "LEESLAMP_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "leeslamp", "--version"], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0 and done.stdout.startswith("leeslamp ")


@pytest.mark.parametrize("command", [["waar"], ["artikelen", "--json"], ["export"]])
def test_output_piped_into_a_reader_that_stopped_is_no_error(
    tmp_path: Path, command: list[str]
) -> None:
    """`leeslamp waar | head -1`: the reader closed the pipe; nothing to complain about."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has already gone: every write meets a broken pipe
    env = {**os.environ, "LEESLAMP_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "leeslamp", *command],
        stdout=write_end,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    os.close(write_end)
    assert done.returncode == 0
    assert done.stderr == ""
