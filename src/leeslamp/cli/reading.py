"""Starting the app: `leeslamp` (Vandaag), `leeslamp lees ID` (at an article) and `leeslamp
ochtend` (the early-morning writing mode)."""

from __future__ import annotations

import argparse
import gc
import sys
from typing import Any

from leeslamp.core.context import Context
from leeslamp.core.errors import UserInputError
from leeslamp.daily.writing_timer import LONGEST, SHORTEST, own_minutes
from leeslamp.i18n import t


def timer_length(text: str) -> int:
    """`--minuten N`: a whole number of minutes, 1 to 120; else a sentence that says so."""
    minutes = own_minutes(text)
    if minutes is None:
        raise argparse.ArgumentTypeError(
            t("morning.minutes_refused", value=text, shortest=SHORTEST, longest=LONGEST)
        )
    return minutes


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    read = subparsers.add_parser("lees", aliases=["read"], parents=[common], help=t("cli.cmd.read"))
    read.add_argument("article_id", metavar="ID", help=t("cli.arg.article_id"))
    read.set_defaults(handler=run_reader)
    morning = subparsers.add_parser(
        "ochtend", aliases=["morning"], parents=[common], help=t("cli.cmd.morning")
    )
    morning.add_argument(
        "--minuten",
        "--minutes",
        dest="minutes",
        type=timer_length,
        metavar="N",
        help=t("cli.help.minutes"),
    )
    morning.set_defaults(handler=run_morning)


def run_home(context: Context, args: argparse.Namespace) -> int:
    return _run_app(context)


def run_reader(context: Context, args: argparse.Namespace) -> int:
    # the app keeps the front matter it reads, so that the next `lees` needs no PyYAML
    context.keep_front_matter = True
    context.library().get(args.article_id)  # an unknown id is a sentence, before any screen
    return _run_app(context, article_id=args.article_id)


def run_morning(context: Context, args: argparse.Namespace) -> int:
    return _run_app(context, morning=True, minutes=args.minutes)


def has_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def _run_app(context: Context, **options: Any) -> int:
    # Without a terminal on both sides (a script, a pipe, cron) the app has no keys to read
    # and nowhere to draw, and Textual would spin waiting: say so at once, and name the commands
    # that are made for scripts.
    if not has_terminal():
        raise UserInputError("app.no_terminal")
    context.keep_front_matter = True  # the app keeps the front matter the library reads
    # Python's cycle collector would make several full passes over the many objects Textual and
    # the first screen create (20-70 ms before the first paint), and those live as long as the
    # app. So it waits until the first screen is up (`LeeslampApp.first_screen_shown`).
    gc.disable()
    try:
        from leeslamp.tui.run import run_app  # Textual loads only here

        return run_app(context, **options)
    finally:
        gc.enable()
