"""`leeslamp vandaag --herinnering`: one line while today's question is open, nothing once it
is answered or while the journal is locked; its small cache (`daily.reminder_cache`) never
gives another answer than the files (issue 16 §6)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from leeslamp.cli import main
from leeslamp.core.context import Context
from leeslamp.daily import reminder_cache
from leeslamp.journal import crypt

PASS = "lange zin als wachtwoord"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    out, err = capsys.readouterr()
    assert err == "" or "--herinnering" not in argv  # the reminder says nothing else
    return out


def question(capsys: pytest.CaptureFixture[str], *options: str) -> str:
    """Today's question as `vandaag --json` says it (the full path, never the reminder's file)."""
    return str(json.loads(run(capsys, *options, "vandaag", "--json"))["prompt"]["text"])


def line(text: str) -> str:
    return f"Vandaag: {text} · leeslamp\n"


def age(home: Path, seconds: float = 60.0) -> None:
    """Every file in the data folder as if changed a minute ago: no cache stores what changed
    a moment ago (a change within the clock's tick may not move the mtime)."""
    past = time.time() - seconds
    for path in [home, *home.rglob("*")]:
        os.utime(path, (past, past))


def decision(home: Path, language: str | None = None, day: str | None = None) -> str | None:
    """What the quick path would say now (None: it leaves the answer to the full path)."""
    parts = reminder_cache.inputs(
        str(home), "explicit", language, day or reminder_cache.today(), os.environ
    )
    return reminder_cache.may_answer(str(home), reminder_cache.key_text(parts))


def no_full_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on only the quick path may answer."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the full path ran")

    monkeypatch.setattr("leeslamp.cli.build_parser", refuse)


@pytest.fixture
def home(private_home: Path) -> Path:
    private_home.mkdir(parents=True)
    return private_home


def cached(home: Path, capsys: pytest.CaptureFixture[str], *options: str) -> str:
    """The reminder once the files are quiet: it fills its cache; returns what it printed."""
    age(home)
    out = run(capsys, *options, "vandaag", "--herinnering")
    assert decision(home, *([options[1]] if options else [])) == out.rstrip("\n")
    return out


def test_an_open_question_is_one_line_and_then_comes_from_the_cache(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = question(capsys)
    assert run(capsys, "vandaag", "--herinnering") == line(text)
    assert json.loads(run(capsys, "vandaag", "--json"))["answered"] is False
    assert cached(home, capsys) == line(text)
    assert (home / "cache" / "herinnering.txt").stat().st_mode & 0o777 == 0o600
    no_full_path(monkeypatch)
    assert run(capsys, "vandaag", "--herinnering") == line(text)
    assert run(capsys, "today", "--reminder") == line(text)


def test_english_is_another_line(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = question(capsys, "--taal", "en")
    assert cached(home, capsys, "--taal", "en") == f"Today: {text} · leeslamp\n"
    assert decision(home) is None  # without --taal it is another key: Dutch, the full way
    assert run(capsys, "vandaag", "--herinnering").startswith("Vandaag: ")


def test_an_answered_question_is_silent_also_from_the_cache(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cached(home, capsys)
    run(capsys, "schrijf", "--soort", "dagvraag", "Mijn antwoord van vandaag.")
    assert decision(home) is None  # the journal changed
    assert run(capsys, "vandaag", "--herinnering") == ""
    assert json.loads(run(capsys, "vandaag", "--json"))["answered"] is True
    assert cached(home, capsys) == ""
    no_full_path(monkeypatch)
    assert run(capsys, "vandaag", "--herinnering") == ""


def test_an_answer_from_another_process_is_seen(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cached(home, capsys) != ""
    done = subprocess.run(
        [sys.executable, "-m", "leeslamp", "schrijf", "--soort", "dagvraag", "Van elders."],
        capture_output=True,
        text=True,
        env=os.environ,
    )
    assert done.returncode == 0, done.stderr
    assert decision(home) is None
    assert run(capsys, "vandaag", "--herinnering") == ""


def test_a_locked_journal_is_silent_and_never_asks(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cached(home, capsys)
    monkeypatch.setitem(crypt.SCRYPT, "n", 2**10)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASS}\n{PASS}\n"))
    assert main(["versleutel"]) == 0
    capsys.readouterr()
    crypt.forget()
    assert not (home / "cache" / "herinnering.txt").exists()  # its line is the reader's business

    def asked(_folder: Path) -> str:
        raise AssertionError("asked for the passphrase")

    monkeypatch.setattr("leeslamp.cli._ask_passphrase", asked)
    assert reminder_cache.quick_reminder(["vandaag", "--herinnering"]) is True
    assert run(capsys, "vandaag", "--herinnering") == ""
    assert run(capsys, "--debug", "vandaag", "--herinnering") == ""  # the full path, too
    assert not (home / "cache" / "herinnering.txt").exists()
    crypt.forget()


def own_prompts(count: int, wording: str = "Eigen vraag") -> str:
    return "".join(
        f'[[vraag]]\nid = "eigen-{n}"\ndiscipline = "teamleren"\n'
        f'nl = "{wording} {n}?"\nen = "Own question {n}?"\n\n'
        for n in range(count)
    )


def test_a_changed_prompt_file_is_read_again(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from leeslamp.daily.bank import load_bank
    from leeslamp.daily.today import daily_question

    own = home / "prompts"
    own.mkdir()
    day = date.fromisoformat(reminder_cache.today())
    for count in range(1, 400):  # as many of the reader's own that today's question is one
        (own / "eigen.toml").write_text(own_prompts(count), encoding="utf-8")
        if daily_question(day, load_bank(own).prompts).prompt.id.startswith("eigen-"):
            break
    before = cached(home, capsys)
    assert before.startswith("Vandaag: Eigen vraag ")
    (own / "eigen.toml").write_text(own_prompts(count, "Andere vraag"), encoding="utf-8")
    assert decision(home) is None
    after = run(capsys, "vandaag", "--herinnering")
    assert after == line(question(capsys))
    assert after == before.replace("Eigen vraag", "Andere vraag")


def test_a_path_started_and_its_file_changed_are_read_again(
    home: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cached(home, capsys)
    sent = tmp_path / "pad.toml"
    sent.write_text(
        'id = "week"\ntitel = "Een week"\n\n[[stap]]\nvraag = "Wat viel je op in het overleg?"\n',
        encoding="utf-8",
    )
    run(capsys, "pad", "start", str(sent))
    assert decision(home) is None
    assert run(capsys, "vandaag", "--herinnering") == line("Wat viel je op in het overleg?")
    cached(home, capsys)
    kept = home / "leerpaden" / "week.toml"
    kept.write_text(kept.read_text("utf-8").replace("overleg", "gesprek"), "utf-8")
    assert decision(home) is None
    assert run(capsys, "vandaag", "--herinnering") == line("Wat viel je op in het gesprek?")


def test_another_day_is_another_question(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    today_line = cached(home, capsys)
    tomorrow = date.fromisoformat(reminder_cache.today()) + timedelta(days=1)
    assert decision(home, day=tomorrow.isoformat()) is None
    noon = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 12).astimezone()
    monkeypatch.setattr(Context, "current_time", lambda self: noon)
    monkeypatch.setattr(reminder_cache, "today", tomorrow.isoformat)
    expected = line(question(capsys))
    assert run(capsys, "vandaag", "--herinnering") == expected
    assert expected != today_line  # the bank's question of the day moved on


def test_a_damaged_or_foreign_cache_is_not_printed(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = cached(home, capsys)
    path = home / "cache" / "herinnering.txt"
    stored = path.read_text("utf-8").split("\n")
    path.write_text("\n".join([*stored[:2], "\x1b]0;pwned\x07", ""]), "utf-8")
    assert decision(home) is None
    path.write_text("\n".join(stored[:2]), "utf-8")  # cut off
    assert decision(home) is None
    path.write_bytes(b"\xff\xfe")
    assert decision(home) is None
    assert run(capsys, "vandaag", "--herinnering") == text


@pytest.mark.parametrize(
    "argv",
    [
        ["vandaag", "--herinnering", "--json"],
        ["vandaag", "--datum", "gisteren", "--herinnering"],
        ["--artikelen", "x", "vandaag", "--herinnering"],
        ["vandaag", "--herinnering", "--herinnering"],
        ["--herinnering", "vandaag"],  # not an option of leeslamp itself
        ["vandaag", "--data-dir", "--herinnering"],
        ["vandaag", "--taal", "fr", "--herinnering"],
        ["vandaag", "--data-dir", "relatief", "--herinnering"],
        ["vandaag"],
    ],
)
def test_the_quick_path_leaves_anything_else_to_argparse(argv: list[str]) -> None:
    assert reminder_cache.quick_reminder(argv) is False


@pytest.mark.parametrize(
    "argv",
    [
        ["vandaag", "--herinnering"],
        ["today", "--reminder"],
        ["vandaag", "--reminder"],
        ["--taal", "en", "today", "--herinnering"],
        ["vandaag", "--herinnering", "--taal=nl", "--data-dir", "/elders"],
        ["--data-dir=/elders", "vandaag", "--herinnering"],
    ],
)
def test_the_quick_path_takes_what_argparse_takes(argv: list[str]) -> None:
    from leeslamp.cli import build_parser
    from leeslamp.cli.today import show_today

    request = reminder_cache.request_from_argv(argv)
    assert request is not None
    args = build_parser(argv).parse_args(argv)  # argparse reads the same words the same way
    assert args.handler is show_today and args.reminder and not args.json
    assert (getattr(args, "data_dir", None), getattr(args, "taal", None)) == (
        request.data_dir,
        request.language,
    )


def test_the_reminder_goes_with_nothing_but_itself(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["vandaag", "--herinnering", "--json"]) == 2
    assert "--herinnering gaat niet samen met --json" in capsys.readouterr().err


def test_the_quick_path_finds_the_folder_as_the_full_path_does(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from leeslamp.core.paths import HOME_ENV, resolve
    from leeslamp.i18n import LANGUAGE_ENV

    assert (reminder_cache.HOME_ENV, reminder_cache.LANGUAGE_ENV) == (HOME_ENV, LANGUAGE_ENV)
    assert reminder_cache.LOCK_FILE == crypt.KEY_FILE
    env = dict(os.environ)
    assert reminder_cache.data_folder(None, env) == (str(resolve().data_dir), "explicit")
    assert reminder_cache.data_folder(str(tmp_path / "x/"), env) == (
        str(resolve(tmp_path / "x/").data_dir),
        "explicit",
    )
    monkeypatch.delenv("LEESLAMP_HOME")
    env = dict(os.environ)
    found = reminder_cache.data_folder(None, env)
    assert found == (str(resolve().data_dir), "default")  # platformdirs' folder, guessed
    env["XDG_DATA_HOME"] = "  "
    monkeypatch.setenv("XDG_DATA_HOME", "  ")
    assert reminder_cache.data_folder(None, env) == (str(resolve().data_dir), "default")


def test_a_guessed_default_folder_counts_only_where_the_full_path_wrote_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A file written for an explicit folder never answers for the default one."""
    folder = tmp_path / "xdg-data" / "leeslamp"
    folder.mkdir(parents=True)
    monkeypatch.setenv("LEESLAMP_HOME", str(folder))
    cached(folder, capsys)
    monkeypatch.delenv("LEESLAMP_HOME")
    assert reminder_cache.quick_reminder(["vandaag", "--herinnering"]) is False
    age(folder)
    out = run(capsys, "vandaag", "--herinnering")  # the default folder now: written as such
    assert reminder_cache.quick_reminder(["vandaag", "--herinnering"]) is True
    assert capsys.readouterr().out == out


def test_the_installed_command_answers_from_the_cache(home: Path) -> None:
    """The console script a shell runs, in a process of its own."""
    script = Path(sys.executable).with_name("leeslamp")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "leeslamp"]
    first = subprocess.run(
        [*command, "vandaag", "--herinnering"], capture_output=True, text=True, env=os.environ
    )
    assert first.returncode == 0 and first.stdout.startswith("Vandaag: ")
    age(home)
    subprocess.run([*command, "vandaag", "--herinnering"], capture_output=True, env=os.environ)
    probe = (
        "import sys\nfrom leeslamp.cli import main\ncode = main(sys.argv[1:])\n"
        "sys.stdout.flush()\nprint(code, sorted(m for m in sys.modules if m.startswith"
        "(('leeslamp', 'argparse', 'typing'))), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, "vandaag", "--herinnering"],
        capture_output=True,
        text=True,
        env=os.environ,
    )
    assert done.stdout == first.stdout
    assert done.stderr.strip() == (
        "0 ['leeslamp', 'leeslamp.cli', 'leeslamp.core', 'leeslamp.core.sync_names',"
        " 'leeslamp.daily', 'leeslamp.daily.reminder_cache']"
    )


def agrees_with_vandaag(home: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The reminder says what `vandaag --json` says, from the files and from its cache."""
    record = json.loads(run(capsys, "vandaag", "--json"))
    expected = "" if record["answered"] else line(record["prompt"]["text"])
    assert run(capsys, "vandaag", "--herinnering") == expected
    assert cached(home, capsys) == expected
    return expected


def test_a_coachs_question_comes_first_and_its_answer_is_seen(
    home: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bank_line = agrees_with_vandaag(home, capsys)
    assignment = tmp_path / "opdracht.toml"
    assignment.write_text(
        'titel = "Week 49"\ncoach = "Coach"\ndeadline = 2999-01-01\n\n'
        '[[lezen]]\nartikel = "verbroken-sociale-contracten"\n'
        'vragen = ["Welk contract staat onder druk?"]\n',
        encoding="utf-8",
    )
    run(capsys, "opdracht", "importeer", str(assignment))
    assert agrees_with_vandaag(home, capsys) == line("Welk contract staat onder druk?")
    record = json.loads(run(capsys, "vandaag", "--json"))
    number = ["--opdracht", record["prompt"]["assignment"]["id"], "--vraag", "1"]
    run(capsys, "schrijf", *number, "Dat met de klant.")
    assert agrees_with_vandaag(home, capsys) == bank_line  # answered: the bank's is back
    run(capsys, "schrijf", "--soort", "dagvraag", "En dit is mijn eigen antwoord.")
    assert agrees_with_vandaag(home, capsys) == ""


def test_a_closed_pipe_is_no_traceback(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cached(home, capsys)  # the quick path answers
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody reads: the line's write meets a closed pipe
    try:
        done = subprocess.run(
            [sys.executable, "-m", "leeslamp", "vandaag", "--herinnering"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=os.environ,
        )
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (0, "")


def test_a_conflict_copy_from_another_computer_is_merged_before_the_reminder(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other computer answered today; its journal came back as a sync tool's copy."""
    import shutil

    assert main(["schrijf", "Eerst iets anders."]) == 0
    capsys.readouterr()
    assert cached(home, capsys) != ""
    other = home.parent / "andere-computer"
    shutil.copytree(home, other)
    monkeypatch.setenv("LEESLAMP_HOME", str(other))
    assert main(["schrijf", "--soort", "dagvraag", "Op de laptop beantwoord."]) == 0
    monkeypatch.setenv("LEESLAMP_HOME", str(home))
    capsys.readouterr()
    copies = []
    for name in ("journal.json", "journal.log"):  # each file that changed on both sides
        if (other / name).exists() and (other / name).read_bytes() != (home / name).read_bytes():
            stem, ext = name.split(".")
            copies.append(home / f"{stem}.sync-conflict-20261206-101010-ABCDEF1.{ext}")
            shutil.copy2(other / name, copies[-1])
    assert copies and reminder_cache.copy_waits(str(home))
    assert reminder_cache.quick_reminder(["vandaag", "--herinnering"]) is False
    assert main(["vandaag", "--herinnering"]) == 0
    out, err = capsys.readouterr()
    assert out == ""  # answered on the other computer
    assert "samengevoegd" in err  # said once, where the reader looks
    assert not any(copy.exists() for copy in copies)  # merged, and moved into backups/
    assert not reminder_cache.copy_waits(str(home))
