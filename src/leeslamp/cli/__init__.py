"""The command line: `leeslamp [global options] [subcommand ...]`.

One exit point: `main()` turns a LeeslampError into one or two plain sentences on stderr
(exit code 2 for bad input), says an unexpected error is a bug, and shows the traceback
only with --debug. Textual is imported only when the app starts.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing, argparse and the strings load only past the shell reminder
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence
    from pathlib import Path

    from leeslamp.core.context import Context


def common_options() -> argparse.ArgumentParser:
    """Options that work before and after the subcommand (`leeslamp --taal en artikelen`)."""
    import argparse

    from leeslamp import i18n
    from leeslamp.cli.parser import Parser
    from leeslamp.i18n import t

    common = Parser(add_help=False)
    s = argparse.SUPPRESS
    common.add_argument(
        "--data-dir", metavar=t("cli.metavar.folder"), default=s, help=t("cli.help.data_dir")
    )
    common.add_argument("--taal", choices=i18n.LANGUAGES, default=s, help=t("cli.help.language"))
    common.add_argument("--debug", action="store_true", default=s, help=t("cli.help.debug"))
    common.add_argument(
        "--artikelen",
        "--articles",
        dest="article_dirs",
        metavar=t("cli.metavar.folder"),
        action="append",  # folder names; `_run` makes them Paths (pathlib is not cheap to import)
        default=s,
        help=t("cli.help.articles"),
    )
    return common


def run_home(context: Context, args: argparse.Namespace) -> int:
    """`leeslamp` without a command: the app at Vandaag."""
    from leeslamp.cli.reading import run_home as run

    return run(context, args)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv`: only the module of the command in it registers its subcommands
    (`cli/commands.py`); all of them for help, an unknown command or `argv` None."""
    from leeslamp.cli.commands import command_modules, register_commands
    from leeslamp.cli.parser import Parser, ShowVersion
    from leeslamp.i18n import t

    common = common_options()
    parser = Parser(prog="leeslamp", description=t("app.description"), parents=[common])
    parser.add_argument("--version", action=ShowVersion, help=t("cli.help.version"))
    parser.set_defaults(handler=run_home)
    subparsers = parser.add_subparsers(
        title=t("cli.commands"), metavar=t("cli.metavar.command"), parser_class=Parser
    )
    register_commands(command_modules(argv), subparsers, common)
    return parser


def _language_from_argv(argv: Sequence[str]) -> str | None:
    """Find --taal early, so --help and argparse's own messages use the right language."""
    for index, arg in enumerate(argv):
        if arg == "--taal" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--taal="):
            return arg.split("=", 1)[1]
    return None


def _quiet_stdout() -> None:
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    try:
        if len(given) == 1 and given[0] == "--version":
            _show_version()  # the number alone needs no parser and no strings (issue 13)
        from leeslamp.daily.reminder_cache import quick_reminder

        if quick_reminder(given):
            return 0  # the shell reminder, from its cache: nothing else is loaded (issue 16 §6)
        if "vandaag" in given or "today" in given:
            from leeslamp.daily.quick_today import quick_today

            if quick_today(given):
                return 0  # `vandaag` asked again the same day, from what it printed (issue 13)
    except BrokenPipeError:  # `... | head -c 0`: as `_run` does
        _quiet_stdout()
        return 0
    _journal_notices()  # none of an earlier main() in this process (tests) are ours to print
    try:
        return _run(argv)
    finally:
        # What the journal has to say besides the answer (damage set aside, housekeeping that
        # failed after a save): once, after the command's own words.
        for sentence in _journal_notices():
            from leeslamp.core.safe_text import printable

            print(printable(f"leeslamp: {sentence}"), file=sys.stderr)


def _show_version() -> None:
    """`leeslamp --version`, as argparse's action for it (`parser.ShowVersion`) answers."""
    import leeslamp

    print(f"leeslamp {leeslamp.__version__}")
    raise SystemExit(0)


def _journal_notices() -> list[str]:
    """The journal's notices, taken. A command that never loaded the journal's notices module
    has none, so it is not imported for them (it brings `threading`)."""
    notices = sys.modules.get("leeslamp.journal.notices")
    return list(notices.take()) if notices is not None else []


def _journal_keys() -> None:
    """A locked journal's passphrase is asked on the terminal (or read from a file) by the
    command that first needs it (the app asks in a modal instead); keys opened by an earlier
    main() in this process (tests) are dropped."""
    from leeslamp.journal import crypt

    crypt.forget()
    crypt.set_asker(_ask_passphrase)


def _ask_passphrase(folder: Path) -> str:
    from leeslamp.cli.passphrase import ask

    return ask(folder)


def _today_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """What the parser makes of a plain `vandaag` (as `daily.quick_today` reads it: at most
    `--json`, an ISO `--datum`, `--taal` and `--data-dir`), without building it: the first
    `vandaag` of a day should not pay for argparse and every option's help text (issue 13).
    None for anything else: the parser decides (and explains) those."""
    if "vandaag" not in argv and "today" not in argv:
        return None
    from leeslamp.daily.quick_today import request_from_argv

    request = request_from_argv(argv)
    if request is None:
        return None
    from types import SimpleNamespace

    from leeslamp.cli import today

    # the attributes the parser sets for these options (the global ones only when given)
    given = {"data_dir": request.data_dir, "taal": request.language}
    return SimpleNamespace(  # type: ignore[return-value]
        handler=today.show_today,
        json=request.as_json,
        day=request.day,
        reminder=False,
        **{name: value for name, value in given.items() if value is not None},
    )


def _run(argv: Sequence[str] | None) -> int:
    from leeslamp import i18n
    from leeslamp.core.errors import LeeslampError, bug_sentence
    from leeslamp.core.safe_text import printable
    from leeslamp.i18n import t

    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    i18n.set_language(i18n.choose_language(_language_from_argv(argv)))
    try:
        args = _today_args(argv)
        if args is None:
            from leeslamp.cli.parser import install_argparse_translations

            install_argparse_translations()
            args = build_parser(argv).parse_args(argv)
        from pathlib import Path

        from leeslamp.core.context import Context

        context = Context.create(
            data_dir=getattr(args, "data_dir", None),
            language=getattr(args, "taal", None),
            extra_article_dirs=[Path(folder) for folder in getattr(args, "article_dirs", [])],
            debug=getattr(args, "debug", False),
        )
        _journal_keys()
        return int(args.handler(context, args) or 0)
    except LeeslampError as error:
        if debug:
            raise
        print(printable(f"leeslamp: {error.sentence()}"), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(t("error.interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `leeslamp ... | head`: the reader has seen enough. Python would complain again when
        # it flushes stdout on the way out, so stdout goes to /dev/null first.
        _quiet_stdout()
        return 0
    except SystemExit:
        raise
    except Exception as exc:  # the one place an unexpected error becomes a sentence
        if debug:
            raise
        print(printable(f"leeslamp: {bug_sentence(exc)}"), file=sys.stderr)
        return 1
