"""The reminder at the shell (issue 16 §6).

- `leeslamp vandaag --herinnering`: one line while today's question is open, nothing once it is
  answered or while the journal is locked (a shell's start never asks for a passphrase). This
  module is its full path; usually `daily.reminder_cache` answers before the command line is
  even built, from the file `remind` keeps up to date here.
- `leeslamp herinnering [--installeer]`: the line for the reader's shell start file (bash, zsh
  or fish, from `$SHELL`) and a cron line for a desktop notification; the start file changes
  only with `--installeer` and a yes typed at a terminal, and never gets the line twice.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, NamedTuple

from leeslamp.core.context import Context
from leeslamp.core.errors import UserInputError
from leeslamp.core.safe_text import printable
from leeslamp.i18n import t

#: when cron asks for the day's question (minute, hour: nine in the morning)
CRON_TIME = "0 9 * * *"


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    reminder = subparsers.add_parser(
        "herinnering", aliases=["reminder"], parents=[common], help=t("reminder.cmd")
    )
    reminder.add_argument(
        "--installeer",
        "--install",
        dest="install",
        action="store_true",
        help=t("reminder.help.install"),
    )
    reminder.set_defaults(handler=show_setup)


# --- vandaag --herinnering ------------------------------------------------------------------


def reminder_line(question: str) -> str:
    """The one line: the question's whitespace (newlines too) as single spaces, and nothing
    that could act on the terminal."""
    return printable(t("reminder.line", question=" ".join(question.split())))


def remind(context: Context, args: argparse.Namespace) -> int:
    """The full path of `vandaag --herinnering`: the day cache (`daily.cache`) and, when it
    cannot tell, the journal; then the small file the quick path reads."""
    import time

    from leeslamp.core.paths import HOME_ENV
    from leeslamp.daily import reminder_cache
    from leeslamp.daily.cache import today_facts
    from leeslamp.journal import crypt

    crypt.set_asker(None)  # a journal locked meanwhile raises, it never asks
    folder = context.paths.data_dir
    if crypt.is_locked(folder):
        return 0
    started = time.time_ns()
    day = context.today()
    origin = (
        "explicit" if getattr(args, "data_dir", None) or os.environ.get(HOME_ENV) else "default"
    )
    # the inputs before they are read: one that changes meanwhile makes the stored key stale
    inputs = reminder_cache.inputs(
        str(folder), origin, getattr(args, "taal", None), day.isoformat(), os.environ
    )
    try:
        facts = today_facts(context, day, answered=True)
    except crypt.NeedPassphrase:
        return 0
    line = "" if facts.answered else reminder_line(facts.prompt.text(context.language))
    if _may_keep(context, folder):
        reminder_cache.remember(str(folder), inputs, line, started)
    if line:
        print(line)
    return 0


def _may_keep(context: Context, folder: Path) -> bool:
    """Whether the line may be kept for the quick path: not for another article folder (not
    in its key), not from a journal locked meanwhile, and not while the journal has something
    to say (damage set aside): every terminal says that, until it is dealt with."""
    from leeslamp.journal import crypt

    notices = sys.modules.get("leeslamp.journal.notices")
    told = notices is not None and notices.pending()
    return not (context.extra_article_dirs or crypt.is_locked(folder) or told)


# --- leeslamp herinnering --------------------------------------------------------------------


class Setup(NamedTuple):
    """The reader's shell, its start file and the line that goes in it."""

    shell: str  # as $SHELL names it ("" when unset)
    known: bool
    start_file: Path
    line: str


def show_setup(context: Context, args: argparse.Namespace) -> int:
    setup = shell_setup(context, args)
    say = _printer()
    if setup.known:
        say(t("reminder.intro", file=setup.start_file))
    elif setup.shell:
        say(t("reminder.unknown_shell", shell=setup.shell, file=setup.start_file))
    else:
        say(t("reminder.no_shell", file=setup.start_file))
    say("")
    say(f"    {setup.line}")
    say("")
    if not args.install and setup.known:
        say(t("reminder.install_hint"))
        say("")
    notify = _which("notify-send") if hasattr(os, "getuid") else None  # a POSIX desktop
    if notify is None:
        say(t("reminder.no_notify"))
    else:
        say(t("reminder.cron_intro"))
        say("")
        say(f"    {cron_line(context, args, notify)}")
    if args.install:
        say("")
        install(setup)
    return 0


def _printer() -> Any:
    def say(text: str) -> None:
        print(printable(text))

    return say


def shell_setup(context: Context, args: argparse.Namespace) -> Setup:
    shell = os.environ.get("SHELL", "").strip()
    name = os.path.basename(shell)
    home = Path(os.path.expanduser("~"))
    words = [*program(absolute=False), *_words(context), *_options(context, args, cron=False)]
    if name == "fish":
        config = os.environ.get("XDG_CONFIG_HOME") or str(home / ".config")
        command = " ".join(_fish_quote(word) for word in words)
        line = f"if status is-interactive; and type -q {_fish_quote(words[0])}; {command}; end"
        return Setup(shell, True, Path(config) / "fish" / "config.fish", line)
    start_file = home / ".bashrc"
    if name == "zsh":
        start_file = Path(os.environ.get("ZDOTDIR") or str(home)) / ".zshrc"
    command = " ".join(_sh_quote(word) for word in words)
    return Setup(shell, name in ("bash", "zsh"), start_file, _posix_line(words[0], command))


def _words(context: Context) -> list[str]:
    """The command and its option in the reader's language (both languages know both)."""
    return ["today", "--reminder"] if context.language == "en" else ["vandaag", "--herinnering"]


def program(*, absolute: bool) -> list[str]:
    """How a shell finds this leeslamp: its name where PATH has it (`absolute`: that path, for
    cron, which has a PATH of its own), else this very script, else `python -m leeslamp`."""
    found = _which("leeslamp")
    if found is not None:
        return [found if absolute else "leeslamp"]
    script = os.path.abspath(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    if os.path.basename(script) == "leeslamp" and os.path.isfile(script):
        return [script]
    return [sys.executable, "-m", "leeslamp"]


def _posix_line(first: str, command: str) -> str:
    """bash and zsh: only in an interactive shell (a `.bashrc` read for `scp` must stay
    quiet), only where leeslamp is installed, and `if` so a closed question leaves no error
    status behind for the first prompt."""
    found = f"command -v {_sh_quote(first)} >/dev/null 2>&1"
    return f"if [[ $- == *i* ]] && {found}; then {command}; fi"


def _options(context: Context, args: argparse.Namespace, *, cron: bool) -> list[str]:
    """--data-dir and --taal as this command got them (a shell start file's environment is the
    reader's own); for `cron` also what came from the environment (cron has none of it)."""
    from leeslamp.core.paths import HOME_ENV
    from leeslamp.i18n import LANGUAGE_ENV

    options: list[str] = []
    if getattr(args, "data_dir", None) or (cron and os.environ.get(HOME_ENV)):
        options += ["--data-dir", str(context.paths.data_dir)]
    if getattr(args, "taal", None) or (cron and os.environ.get(LANGUAGE_ENV)):
        options += ["--taal", context.language]
    return options


def _sh_quote(text: str) -> str:
    import shlex

    return shlex.quote(text)


def _fish_quote(text: str) -> str:
    """fish's single quotes (only backslash and the quote itself are special in them), where
    a word needs quoting at all."""
    if text and all(c.isascii() and (c.isalnum() or c in "@%+=:,./_-") for c in text):
        return text
    safe = text.replace("\\", "\\\\").replace("'", "\\'")
    return f"'{safe}'"


def _which(program: str) -> str | None:
    import shutil

    return shutil.which(program)


def cron_line(context: Context, args: argparse.Namespace, notify_send: str) -> str:
    """A crontab line: at nine, the reminder as a desktop notification when there is one.
    Cron has neither the reader's PATH nor the session's bus, so both are spelled out; `%`
    means a newline to cron, so it is escaped."""
    words = [*program(absolute=True), *_words(context), *_options(context, args, cron=True)]
    command = " ".join(_sh_quote(word) for word in words)
    bus = f"DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/{os.getuid()}/bus"  # POSIX only
    notify = _sh_quote(notify_send)
    body = f'line="$({command})" && [ -n "$line" ] && {bus} {notify} leeslamp "$line"'
    return f"{CRON_TIME} {body.replace('%', chr(92) + '%')}"


def install(setup: Setup) -> None:
    """Add the line to the start file, once: after a yes at a terminal, appended atomically
    (the file's other bytes and its mode as they were; a symlinked file is followed)."""
    if not setup.known:
        raise UserInputError("reminder.unknown_install", shell=setup.shell or "-")
    target = Path(os.path.realpath(setup.start_file))
    before, mode = _current(target)
    if any(line.strip() == setup.line for line in before.decode("utf-8", "replace").splitlines()):
        print(printable(t("reminder.installed_already", file=setup.start_file)))
        return
    if sys.stdin is None or not sys.stdin.isatty():
        raise UserInputError("reminder.no_terminal", file=setup.start_file)
    try:
        answer = input(printable(t("reminder.ask", file=setup.start_file)))
    except EOFError:
        answer = ""
    if answer.strip().lower() not in {"j", "ja", "y", "yes"}:
        print(t("reminder.unchanged"))
        return
    lead = b"" if not before or before.endswith(b"\n") else b"\n"
    gap = b"\n" if before.strip() else b""
    added = f"{t('reminder.comment')}\n{setup.line}\n".encode()
    from leeslamp.core.errors import os_reason
    from leeslamp.core.fileio import atomic_write_bytes

    try:
        atomic_write_bytes(target, before + lead + gap + added, mode)
    except OSError as error:
        raise UserInputError(
            "reminder.write_failed", file=setup.start_file, reason=os_reason(error)
        ) from None
    print(printable(t("reminder.added", file=setup.start_file)))


def _current(target: Path) -> tuple[bytes, int]:
    """The start file's bytes and mode (none yet: empty, the usual 0644)."""
    import stat

    from leeslamp.core.errors import os_reason

    try:
        found = target.stat()
        if not stat.S_ISREG(found.st_mode):
            raise UserInputError("reminder.not_a_file", file=target)
        return target.read_bytes(), stat.S_IMODE(found.st_mode)
    except FileNotFoundError:
        return b"", 0o644
    except OSError as error:
        raise UserInputError(
            "reminder.write_failed", file=target, reason=os_reason(error)
        ) from None
