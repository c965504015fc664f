"""`leeslamp artikelen` and `leeslamp waar`: what is in the library and where things live."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from leeslamp.core.context import Context
from leeslamp.core.safe_text import printable
from leeslamp.i18n import t


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    listing = subparsers.add_parser(
        "artikelen", aliases=["articles"], parents=[common], help=t("cli.cmd.articles")
    )
    listing.add_argument("--json", action="store_true", help=t("cli.help.json"))
    listing.set_defaults(handler=list_articles)

    where = subparsers.add_parser(
        "waar", aliases=["where"], parents=[common], help=t("cli.cmd.where")
    )
    where.add_argument("--json", action="store_true", help=t("cli.help.json"))
    where.set_defaults(handler=show_where)


def print_problems(context: Context) -> None:
    problems = context.library().problems
    if problems:
        print(t("articles.problems_header"), file=sys.stderr)
        for problem in problems:
            print(printable(f"  {problem.sentence()}"), file=sys.stderr)


def list_articles(context: Context, args: argparse.Namespace) -> int:
    library = context.library()
    if args.json:
        json.dump(
            [a.summary_dict() for a in library.articles], sys.stdout, ensure_ascii=False, indent=2
        )
        print()
    else:
        if not library.articles:
            print(t("articles.none"))
        width = max((len(a.id) for a in library.articles), default=0)
        for article in library.articles:
            kind = t(f"kind.{article.kind}")
            extra = "" if article.complete else f" [{t('article.fragment')}]"
            author = article.author or t("article.unknown_author")
            date = article.date or t("article.no_date")
            line = f"{article.id:<{width}}  {article.title} — {author}, {date} ({kind}){extra}"
            print(printable(line))
    print_problems(context)
    return 0


def show_where(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.library.articles import bundled_articles_dir

    paths = context.paths
    rows = [
        ("data_dir", paths.data_dir),
        ("journal", paths.journal),
        ("journal_log", paths.journal_log),
        ("backups", paths.backups),
        ("settings", paths.settings),
        ("user_articles", paths.user_articles),
        ("user_prompts", paths.user_prompts),
        ("user_paths", paths.user_paths),
        ("bundled_articles", bundled_articles_dir()),
    ]
    from leeslamp.journal.crypt import is_locked

    locked = is_locked(paths.data_dir)
    if args.json:
        json.dump(
            {**{key: str(path) for key, path in rows}, "locked": locked}, sys.stdout, indent=2
        )
        print()
        return 0
    width = max([len(t(f"where.{key}")) for key, _ in rows] + [len(t("lock.where"))])
    for key, path in rows:
        state = t("where.exists") if path.exists() else t("where.missing")
        print(printable(f"{t(f'where.{key}'):<{width}}  {path}  ({state})"))
    print(f"{t('lock.where'):<{width}}  {t('lock.where_locked' if locked else 'lock.where_open')}")
    return 0
