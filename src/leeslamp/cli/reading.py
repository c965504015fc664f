"""Starting the app: `leeslamp` (home screen) and `leeslamp lees ID` (at an article)."""

from __future__ import annotations

import argparse
from typing import Any

from leeslamp.context import Context
from leeslamp.i18n import t


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    read = subparsers.add_parser("lees", aliases=["read"], parents=[common], help=t("cli.cmd.lees"))
    read.add_argument("article_id", metavar="ID", help=t("cli.arg.article_id"))
    read.set_defaults(handler=run_reader)


def run_home(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.tui.app import run_app  # Textual loads only here

    return run_app(context)


def run_reader(context: Context, args: argparse.Namespace) -> int:
    context.library().get(args.article_id)  # an unknown id is a sentence, before any screen
    from leeslamp.tui.app import run_app

    return run_app(context, article_id=args.article_id)
