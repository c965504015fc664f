"""`leeslamp herinnering` (en: `reminder`): the line for the reader's shell start file and a
cron line for a desktop notification; `--installeer` adds the line once, after a yes typed at a
terminal, and leaves the rest of the file as it was (issue 16 §6)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from leeslamp.cli import main


class Terminal(io.StringIO):
    """Standard input at a terminal, holding what the reader types."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def home(private_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The reader's home folder (the conftest's HOME), and a PATH with this leeslamp and no
    notify-send."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.delenv("ZDOTDIR", raising=False)
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent))
    return folder


def setup(capsys: pytest.CaptureFixture[str], shell: str, *argv: str, code: int = 0) -> str:
    os.environ["SHELL"] = shell  # monkeypatch in each test restores it
    assert main(["herinnering", *argv]) == code
    out, err = capsys.readouterr()
    return out + err


def shown_line(out: str) -> str:
    """The line to add: the first indented one."""
    return next(line.strip() for line in out.splitlines() if line.startswith("    "))


@pytest.fixture(autouse=True)
def keep_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHELL", os.environ.get("SHELL", ""))


@pytest.mark.parametrize(
    ("shell", "start_file", "line"),
    [
        (
            "/bin/bash",
            ".bashrc",
            "if [[ $- == *i* ]] && command -v leeslamp >/dev/null 2>&1; "
            "then leeslamp vandaag --herinnering; fi",
        ),
        (
            "/usr/bin/zsh",
            ".zshrc",
            "if [[ $- == *i* ]] && command -v leeslamp >/dev/null 2>&1; "
            "then leeslamp vandaag --herinnering; fi",
        ),
        (
            "/opt/homebrew/bin/fish",
            ".config/fish/config.fish",
            "if status is-interactive; and type -q leeslamp; leeslamp vandaag --herinnering; end",
        ),
    ],
)
def test_each_shell_gets_its_line_and_nothing_changes(
    home: Path, capsys: pytest.CaptureFixture[str], shell: str, start_file: str, line: str
) -> None:
    out = setup(capsys, shell)
    assert f"Zet deze regel onderaan {home / start_file}." in out
    assert shown_line(out) == line
    assert "leeslamp herinnering --installeer" in out
    assert "notify-send" in out and "libnotify-bin" in out  # none on this PATH
    assert list(home.iterdir()) == []  # no file made or changed


def test_zsh_and_fish_follow_their_own_folders(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ZDOTDIR", str(tmp_path / "zsh"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert str(tmp_path / "zsh" / ".zshrc") in setup(capsys, "/bin/zsh")
    assert str(tmp_path / "config" / "fish" / "config.fish") in setup(capsys, "/usr/bin/fish")


def test_english_and_a_data_folder_of_its_own(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mijn map"
    os.environ["SHELL"] = "/bin/bash"
    assert main(["--taal", "en", "--data-dir", str(folder), "reminder"]) == 0
    out = capsys.readouterr().out
    assert "Put this line at the end of" in out
    assert shown_line(out).endswith(
        f"then leeslamp today --reminder --data-dir '{folder}' --taal en; fi"
    )


def test_an_unknown_shell_gets_a_sentence_and_the_bash_form(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = setup(capsys, "/bin/tcsh")
    assert out.startswith("Je shell (/bin/tcsh) ken ik niet: ik ken bash, zsh en fish.")
    assert "leeslamp vandaag --herinnering" in shown_line(out)
    out = setup(capsys, "/bin/tcsh", "--installeer", code=2)
    assert "Voor je shell (/bin/tcsh) voeg ik de regel niet zelf toe." in out
    assert list(home.iterdir()) == []
    assert "$SHELL is leeg" in setup(capsys, "")


def test_install_asks_adds_once_and_keeps_the_rest(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bashrc = home / ".bashrc"
    before = b"# mijn eigen regels\nalias ll='ls -l'\nexport X=\xe9"  # no newline at the end
    bashrc.write_bytes(before)
    bashrc.chmod(0o640)
    monkeypatch.setattr(sys, "stdin", Terminal("ja\n"))
    out = setup(capsys, "/bin/bash", "--installeer")
    line = shown_line(out)
    assert f"Deze regel toevoegen aan {bashrc}? [j/n] " in out
    assert f"Toegevoegd aan {bashrc}." in out
    after = bashrc.read_bytes()
    assert after.startswith(before + b"\n")  # the reader's bytes as they were, not re-encoded
    assert after.decode("latin-1").count(line) == 1
    assert after.endswith(f"{line}\n".encode())
    assert bashrc.stat().st_mode & 0o777 == 0o640
    monkeypatch.setattr(sys, "stdin", Terminal("ja\n"))
    out = setup(capsys, "/bin/bash", "--installeer")
    assert f"Die regel staat al in {bashrc}." in out and "[j/n]" not in out
    assert bashrc.read_bytes() == after


def test_install_without_a_terminal_or_a_yes_changes_nothing(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    zshrc = home / ".zshrc"
    zshrc.write_text("setopt autocd\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO("ja\n"))
    out = setup(capsys, "/bin/zsh", "--installeer", code=2)
    assert f"Iets toevoegen aan {zshrc} doe ik alleen als je ja zegt, in een terminal" in out
    monkeypatch.setattr(sys, "stdin", Terminal("nee\n"))
    assert "Niets veranderd." in setup(capsys, "/bin/zsh", "--installeer")
    monkeypatch.setattr(sys, "stdin", Terminal(""))  # end of input
    assert "Niets veranderd." in setup(capsys, "/bin/zsh", "--installeer")
    assert zshrc.read_text(encoding="utf-8") == "setopt autocd\n"


def test_install_makes_a_missing_fish_config_and_follows_a_link(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal("j\n"))
    setup(capsys, "/usr/bin/fish", "--installeer")
    config = home / ".config" / "fish" / "config.fish"
    assert config.read_text(encoding="utf-8").endswith("leeslamp vandaag --herinnering; end\n")
    kept = tmp_path / "dotfiles" / "bashrc"
    kept.parent.mkdir()
    kept.write_text("PS1='$ '\n", encoding="utf-8")
    (home / ".bashrc").symlink_to(kept)  # a dotfile manager's link stays a link
    monkeypatch.setattr(sys, "stdin", Terminal("y\n"))
    setup(capsys, "/bin/bash", "--installeer")
    assert (home / ".bashrc").is_symlink()
    assert kept.read_text(encoding="utf-8").startswith("PS1='$ '\n\n# leeslamp: ")


def test_the_cron_line_where_notify_send_exists(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    tools = tmp_path / "bin"
    tools.mkdir()
    notify = tools / "notify-send"
    notify.write_text('#!/bin/sh\nprintf "%s|%s\\n" "$1" "$2" >> "$0.log"\n', encoding="utf-8")
    notify.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    out = setup(capsys, "/bin/bash")
    cron = next(line.strip() for line in out.splitlines() if line.strip().startswith("0 9 "))
    assert str(notify) in cron and "--data-dir" in cron  # cron has no LEESLAMP_HOME
    program = shutil.which("leeslamp")
    if program is None:
        return  # run without the console script: the line's program is `python -m leeslamp`
    assert cron.startswith(f'0 9 * * * line="$({program} vandaag --herinnering --data-dir ')
    done = subprocess.run(
        ["/bin/sh", "-c", cron.split(" ", 5)[5].replace("\\%", "%")],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(home)},  # as bare as cron's
    )
    assert done.returncode == 0, done.stderr
    said = (tools / "notify-send.log").read_text(encoding="utf-8")
    assert said.startswith("leeslamp|Vandaag: ") and said.endswith(" · leeslamp\n")


BASH = shutil.which("bash")


@pytest.mark.skipif(BASH is None, reason="no bash here")
def test_the_bash_line_reminds_in_an_interactive_shell_only(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = shown_line(setup(capsys, "/bin/bash"))
    env = {**os.environ, "HOME": str(home)}
    run = [BASH or "bash", "--norc", "--noprofile"]
    interactive = subprocess.run(
        [*run, "-i", "-c", line], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL
    )
    assert interactive.returncode == 0
    assert interactive.stdout.startswith("Vandaag: ")
    script = subprocess.run([*run, "-c", line], capture_output=True, text=True, env=env)
    assert (script.returncode, script.stdout) == (0, "")  # scp, rsync: not a word
