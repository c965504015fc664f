"""`leeslamp zoek`: find what you wrote, from the command line.

Each result: the date, the kind, the article's title, and the line that matched with the match
in bold (on a terminal; plain when piped or with NO_COLOR). `--json` for scripts.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence

from leeslamp.core.context import Context
from leeslamp.core.safe_text import printable
from leeslamp.i18n import t

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any

    from leeslamp.journal.models import Entry
    from leeslamp.journal.search import Filters, Results
    from leeslamp.journal.search_index import DiskIndex
    from leeslamp.library.articles import Library

BOLD, RESET = "\x1b[1m", "\x1b[0m"


def add_filter_options(parser: argparse.ArgumentParser, *, with_kind_and_tag: bool) -> None:
    """--artikel, --sinds, --tot (and --soort, --tag): shared by zoek and export."""
    from leeslamp.journal.schema import KINDS

    parser.add_argument(
        "--artikel", "--article", dest="article", metavar="ID", help=t("search.help.article")
    )
    if with_kind_and_tag:
        parser.add_argument(
            "--soort", "--kind", dest="kind", choices=KINDS, help=t("search.help.kind")
        )
        parser.add_argument("--tag", dest="tag", metavar="TAG", help=t("search.help.tag"))
    parser.add_argument(
        "--sinds",
        "--since",
        dest="since",
        metavar=t("cli.metavar.date"),
        help=t("search.help.since"),
    )
    parser.add_argument(
        "--tot", "--until", dest="until", metavar=t("cli.metavar.date"), help=t("search.help.until")
    )


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    find = subparsers.add_parser(
        "zoek", aliases=["search"], parents=[common], help=t("cli.cmd.search")
    )
    find.add_argument(
        "words", nargs="*", metavar=t("cli.metavar.words"), help=t("search.help.words")
    )
    add_filter_options(find, with_kind_and_tag=True)
    find.add_argument("--json", action="store_true", help=t("cli.help.json"))
    find.set_defaults(handler=search_journal)


def filters_from(
    context: Context,
    args: argparse.Namespace,
    entries: Sequence[Entry] = (),
    knows_article: Callable[[str], bool] | None = None,
) -> Filters:
    """Filters from the options; an unknown article or a date that is no date is a sentence.
    An article is known when the library has it or some entry is about it (`entries`, or
    `knows_article` when the entries are not at hand)."""
    from leeslamp.core import dates
    from leeslamp.core.errors import UserInputError
    from leeslamp.journal.search import Filters

    article = getattr(args, "article", None)
    if knows_article is None:
        knows_article = lambda wanted: any(entry.article == wanted for entry in entries)  # noqa: E731
    if article and not knows_article(article):
        context.library().get(article)  # an id nobody knows: say which ids there are
    today = context.today()
    since = dates.since(args.since, today) if args.since else None
    until = dates.until(args.until, today) if args.until else None
    if since and until and until < since:
        raise UserInputError("date.reversed", since=args.since, until=args.until)
    article_prompts: frozenset[str] = frozenset()
    if article:
        from leeslamp.daily.bank import load_bank

        bank = load_bank(context.paths.user_prompts).prompts
        article_prompts = frozenset(p.id for p in bank if p.article == article)
    return Filters(
        article=article,
        article_prompts=article_prompts,
        kind=getattr(args, "kind", None),
        tag=getattr(args, "tag", None),
        since=since,
        until=until,
    )


def _marked(text: str, spans: list[tuple[int, int]], bold: bool) -> str:
    """`text` made printable, its matches in bold; piece by piece, as making a control character
    visible may lengthen the text and move the spans."""
    if not bold:
        return printable(text)
    out, position = [], 0
    for start, end in spans:
        out += [printable(text[position:start]), BOLD, printable(text[start:end]), RESET]
        position = end
    return "".join([*out, printable(text[position:])])


def _use_bold() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def search_journal(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.journal.search import parse_query
    from leeslamp.journal.search_index import IndexUnusable, open_index

    query = " ".join(args.words)
    if query.strip() and not parse_query(query):  # only quotes: not "everything", as no words is
        from leeslamp.core.errors import UserInputError

        raise UserInputError("search.no_words", query=query)
    library = context.library()
    index = open_index(context.paths, lambda: _all_entries(context))
    results: Results | None = None
    if index is not None:
        # The index answers without reading the journal; only the hits are made into entries.
        try:
            with contextlib.closing(index):
                filters = filters_from(context, args, knows_article=index.knows_article)
                results = _search_index(index, query, filters, library)
        except IndexUnusable:
            results = None
    if results is None:  # no index here (a read-only folder, a full disk): the old way
        from leeslamp.journal.search import search
        from leeslamp.notes.attention_notes import with_current_anchors

        # quotes and anchors as the app would show them now (see `leeslamp export`)
        entries = with_current_anchors(_all_entries(context), library.find)
        results = search(entries, query, filters_from(context, args, entries))
    return _print_results(context, args, query, results)


def _all_entries(context: Context) -> list[Entry]:
    from leeslamp.journal import Journal

    with Journal.open(context.paths, read_only=True) as journal:
        return journal.entries()


def _search_index(index: DiskIndex, query: str, filters: Filters, library: Library) -> Results:
    """The index's answer, with aandacht notes as the reader sees them now. The index holds a
    note's passage as it was stored; a note made on another text of its article than the one
    in the library now may have its passage found changed, so those few are matched here, in
    memory, the way the old search did, and merged in date order. The hits' anchors are then
    shown as the reader would see them."""
    import heapq

    from leeslamp.journal.search import Results, search
    from leeslamp.notes.attention_notes import with_current_anchors

    def text_hash(article_id: str) -> str | None:
        found = library.find(article_id)
        return found.text_hash if found else None

    stale = index.notes_made_on_other_text(text_hash)
    results = index.search(query, filters, without=[note.id for note in stale])
    if stale:
        found = search(with_current_anchors(stale, library.find), query, filters)
        if found.total:
            # both are newest first; merging keeps each one's own order for equal times
            hits = heapq.merge(results.hits, found.hits, key=lambda hit: -_when(hit.entry))
            results = Results(list(hits), results.total + found.total, results.terms)
    if any(hit.entry.anchor for hit in results):
        results = _with_current_anchors(results, library)
    return results


def _when(entry: Entry) -> float:
    from leeslamp.journal.search import _written
    from leeslamp.journal.search_rows import _timestamp

    return _timestamp(_written(entry))


def _with_current_anchors(results: Results, library: Library) -> Results:
    """The hits' aandacht notes with their anchors as the reader would show them now."""
    from dataclasses import replace

    from leeslamp.journal.search import SearchResult
    from leeslamp.notes.attention_notes import with_current_anchors

    entries = with_current_anchors([hit.entry for hit in results], library.find)
    hits = [SearchResult(entry, results.terms) for entry in entries]
    return replace(results, hits=hits)


def _print_results(context: Context, args: argparse.Namespace, query: str, results: Results) -> int:
    from leeslamp.journal.search import FIELDS, excerpt, field_texts

    library = context.library()

    def title(article_id: str | None) -> str:
        found = library.find(article_id) if article_id else None
        return found.title if found else (article_id or "")

    if args.json:
        document = {
            "query": query,
            "total": results.total,
            "results": [
                {**hit.to_dict(), "article_title": title(hit.entry.article) or None}
                for hit in results
            ],
        }
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not results.total:
        nothing = t("search.nothing", query=query) if query else t("search.nothing_filtered")
        print(printable(nothing), file=sys.stderr)
        return 0
    bold = _use_bold()
    import shutil  # here: it brings the compression modules, which `schrijf` (export's
    # filter options come from here) does without

    width = max(40, shutil.get_terminal_size((100, 24)).columns - 6)
    for hit in results:
        entry = hit.entry
        when = entry.created[:16].replace("T", " ")
        head = "  ".join(
            part for part in (when, t(f"entrykind.{entry.kind}"), title(entry.article)) if part
        )
        print(printable(head))
        field_name = next((name for name in FIELDS if hit.spans_in(name)), "text")
        text = field_texts(entry).get(field_name, "")
        line, spans = excerpt(text, hit.spans_in(field_name), width)
        prefix = t(f"search.field.{field_name}")
        print(f"    {printable(prefix)}{_marked(line, spans, bold)}")
    print(t("search.count", count=results.total), file=sys.stderr)
    return 0
