"""`leeslamp schrijf`, `leeslamp export` and `leeslamp herstel`: the journal without the app."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date, datetime
from pathlib import Path

from leeslamp.core.context import Context
from leeslamp.core.errors import LeeslampError, UserInputError
from leeslamp.core.safe_text import printable
from leeslamp.i18n import t, tn

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any

    from leeslamp.core.paths import Paths
    from leeslamp.journal.backups import Backup

WRITABLE_KINDS = ("reflectie", "dagvraag", "aandacht", "voornemen")
#: the names of export.EXPORTERS (kept here so the parser need not import the exporters)
EXPORT_FORMATS = ("json", "markdown", "jrnl")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    write = subparsers.add_parser(
        "schrijf", aliases=["write"], parents=[common], help=t("cli.cmd.write")
    )
    write.add_argument(
        "--artikel", "--article", dest="article", metavar="ID", help=t("cli.help.article")
    )
    write.add_argument(
        "--soort",
        "--kind",
        dest="kind",
        choices=WRITABLE_KINDS,
        default=None,  # None: reflectie; an answer to an assignment is chosen by --opdracht
        help=t("cli.help.kind"),
    )
    write.add_argument(
        "--tag", dest="tags", action="append", default=[], metavar="TAG", help=t("cli.help.tag")
    )
    write.add_argument(
        "--opdracht", "--assignment", dest="assignment", metavar="ID", help=t("cli.help.assignment")
    )
    write.add_argument(
        "--vraag", "--question", dest="question", type=int, metavar="N", help=t("cli.help.question")
    )
    write.add_argument(
        "--citaat",
        "--quote",
        dest="quote",
        metavar=t("cli.metavar.text"),
        help=t("cli.help.quote"),
    )
    write.add_argument(
        "--datum",
        "--date",
        dest="written_day",
        metavar=t("cli.metavar.date"),
        help=t("cli.help.write_date"),
    )
    write.add_argument("text", nargs="*", metavar=t("cli.metavar.text"), help=t("cli.help.text"))
    write.set_defaults(handler=write_entry)

    from leeslamp.cli.search import add_filter_options

    export = subparsers.add_parser("export", parents=[common], help=t("cli.cmd.export"))
    export.add_argument(
        "--format",
        dest="fmt",
        choices=EXPORT_FORMATS,
        default="json",
        help=t("cli.help.format"),
    )
    export.add_argument(
        "-o",
        "--uitvoer",
        "--output",
        dest="output",
        type=str,  # not Path: `-o map/` means a folder, and Path forgets the slash
        metavar=t("cli.metavar.path"),
        help=t("cli.help.output"),
    )
    add_filter_options(export, with_kind_and_tag=False)
    export.set_defaults(handler=export_journal)

    restore = subparsers.add_parser(
        "herstel", aliases=["restore"], parents=[common], help=t("cli.cmd.restore")
    )
    restore.add_argument(
        "backup", nargs="?", metavar=t("cli.metavar.backup"), help=t("cli.help.backup")
    )
    restore.add_argument(
        "--ja", "--yes", dest="yes", action="store_true", help=t("cli.help.restore_yes")
    )
    restore.set_defaults(handler=restore_backup)


def _text_from(args: argparse.Namespace, *, may_be_empty: bool = False) -> str:
    if args.text == ["-"]:
        try:
            # without the line end that `echo`, a here-document or Ctrl+D after Enter leave:
            # nobody typed it as part of the text (the editor's is dropped the same way)
            text = sys.stdin.read().rstrip("\r\n")
        except UnicodeDecodeError:  # a UTF-8 locale reads stdin strictly
            raise UserInputError("journal.not_text") from None
    else:
        text = " ".join(args.text)
    if not text.strip() and not may_be_empty:
        raise UserInputError("write.empty")
    return text


def write_entry(context: Context, args: argparse.Namespace) -> int:
    kind = args.kind or "reflectie"
    if args.quote is not None and kind != "aandacht":
        raise UserInputError("write.quote_needs_attention")
    typed = args.text == ["-"]
    if typed and sys.stdin.isatty():
        from leeslamp.cli.edit import lock_is_free

        lock_is_free(context, "write.app_has_it")  # said now, not after the reader has written
    # An aandacht note may be empty: then it is a plain highlight.
    text = _text_from(args, may_be_empty=kind == "aandacht")
    if not typed:
        return _write(context, args, kind, text)
    try:
        return _write(context, args, kind, text)
    except LeeslampError as problem:  # words from standard input exist nowhere else: keep them
        from leeslamp.cli.edit import keep_aside

        if not _is_utf8(text):
            raise  # the input itself cannot be kept as text: it is still where it came from
        print(printable(f"leeslamp: {problem.sentence()}"), file=sys.stderr)
        try:
            keep_aside(context, text, "geschreven", "write.kept_aside")
        except LeeslampError as kept:
            kept.exit_code = problem.exit_code  # bad input stays bad input (2)
            raise


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # bytes that were not UTF-8, read as lone surrogates
        return False
    return True


def _write(context: Context, args: argparse.Namespace, kind: str, text: str) -> int:
    from leeslamp.journal import add_entry_quickly

    if args.assignment is not None or args.question is not None:
        from leeslamp.cli.assignment_reader import answer_from_cli

        if args.written_day is not None:
            raise UserInputError("write.date_with_assignment")
        return answer_from_cli(context, args, text)
    written = _written_moment(context, args.written_day) if args.written_day else None
    day = written.date() if written is not None else context.today()
    fields: dict[str, Any] = {}
    if kind == "aandacht":
        fields["anchor"] = _anchor_for(context, args)
    elif args.article:
        context.library().get(args.article)
    if kind == "dagvraag":
        from leeslamp.daily.bank import load_bank_checked
        from leeslamp.daily.today import read_private_question

        user_prompts = context.paths.user_prompts
        bank = load_bank_checked(user_prompts, lambda: context.library().ids()).prompts
        # Always private, also on a day a coach's question comes first: nothing typed here
        # said it was for the coach. Answering a coach is `--opdracht ID --vraag N` only.
        question = read_private_question(context.paths, day, bank)
        fields["prompt"] = question.as_entry_prompt(context.language)
        args.article = args.article or question.prompt.article
    elif kind == "voornemen":
        fields["prompt"] = _intention_prompt(context, day)
    entry = add_entry_quickly(
        context.paths,
        kind,
        text,
        article=args.article,
        tags=args.tags,
        clock=context.current_time,
        written=written,
        **fields,
    )
    print(
        t("write.saved", kind=t(f"entrykind.{entry.kind}"), entry_id=entry.id[:8]),
        file=sys.stderr,
    )
    return 0


def _written_moment(context: Context, text: str) -> datetime:
    """`schrijf --datum DAG`: now's time of day on that day, with the local offset of that day
    (summer time or not). A day still to come is refused: nothing was written then."""
    from leeslamp.core.dates import long_date, one_day

    now = context.current_time()
    day = one_day(text, now.date())
    if day > now.date():
        raise UserInputError("write.date_future", date=long_date(day))
    if day == now.date():
        return now
    return datetime.combine(day, now.time()).astimezone()


def _intention_prompt(context: Context, day: date) -> dict[str, Any] | None:
    """The day's intention question, as the ochtend mode asks it (None: the bank has none)."""
    from leeslamp.daily.bank import load_bank_checked
    from leeslamp.daily.intentions import entry_fields
    from leeslamp.daily.schedule import intention_of_the_day

    user_prompts = context.paths.user_prompts
    bank = load_bank_checked(user_prompts, lambda: context.library().ids()).prompts
    question = intention_of_the_day(day, bank)
    return None if question is None else entry_fields(question, context.language)["prompt"]


def _anchor_for(context: Context, args: argparse.Namespace) -> dict[str, Any]:
    """`--soort aandacht --artikel ID --citaat TEKST`: anchor the note at the quote's first place."""
    from leeslamp.notes.anchoring import anchor_quote

    if not args.article or not args.quote or not args.quote.strip():
        raise UserInputError("write.attention_needs_quote")
    article = context.library().get(args.article)
    anchor = anchor_quote(article.plain_text, args.quote)
    if anchor is None:
        raise UserInputError("write.quote_not_found", quote=args.quote.strip(), title=article.title)
    return anchor.to_dict()


def export_journal(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.cli.progress import progress_bar
    from leeslamp.cli.search import filters_from
    from leeslamp.interop.export import FOLDER_FORMATS, article_infos, export
    from leeslamp.journal import Journal
    from leeslamp.notes.attention_notes import with_current_anchors

    if args.output == "-":  # as `schrijf -` reads standard input: standard output
        args.output = None
    if args.fmt in FOLDER_FORMATS and args.output is None:
        raise UserInputError("export.markdown_needs_folder")
    output = Path(args.output) if args.output else None
    with Journal.open(context.paths, read_only=True) as journal:
        entries = journal.entries()
        versions = journal.earlier_versions() if args.fmt == "json" else {}
    # Anchors as the app would show them now, also for an article edited since it was opened;
    # computed, not written back: exporting only reads.
    entries = with_current_anchors(entries, context.library().find)
    filters = filters_from(context, args, entries)
    entries = [entry for entry in reversed(entries) if filters.admits(entry)]
    articles = article_infos(context.library().articles)
    notices: list[str] = []
    with progress_bar(len(entries), t("export.progress")) as advance:
        written = export(
            args.fmt,
            entries,
            context.current_time(),
            output,
            articles=articles,
            into_folder=bool(args.output) and args.output.endswith(("/", os.sep)),
            progress=advance,
            notices=notices,
            versions=versions,
        )
    for notice in notices:  # after the progress bar, which shares stderr
        print(printable(notice), file=sys.stderr)
    from leeslamp.journal.crypt import is_locked

    if is_locked(context.paths.data_dir):  # the reader asked for it: plain, but said once
        print(t("lock.export_plain"), file=sys.stderr)
    one = ".one" if len(entries) == 1 else ""
    if args.fmt in FOLDER_FORMATS:
        print(
            t(
                "export.written_folder" + one,
                count=len(entries),
                files=t(
                    "export.files.one" if len(written) == 1 else "export.files.many",
                    count=len(written),
                ),
                path=printable(str(output)),
            ),
            file=sys.stderr,
        )
    elif written:
        said = t("export.written" + one, count=len(entries), path=written[0])
        print(printable(said), file=sys.stderr)
    return 0


def restore_backup(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.core.dates import long_date
    from leeslamp.journal import backups
    from leeslamp.journal.locking import hold_lock

    paths = context.paths
    available = backups.list_backups(paths)
    if args.backup is None:
        if not available:
            print(printable(t("restore.none", path=paths.backups)))
            return 0
        print(t("restore.header"))
        for backup in available:
            where = printable(str(backup.path))
            print(f"  {backup.day.isoformat()}  {backup.size / 1024:8.1f} KB  {where}")
        print(t("restore.how"))
        return 0
    chosen = _find_backup(args.backup, available)
    try:
        in_backup = len(backups.read_backup(chosen).get("entries", {}))
    except ValueError:
        raise UserInputError("restore.bad_backup", path=chosen) from None
    # Before anything is replaced: what the backup holds against the journal now.
    current, whole = _current_tables(paths)
    count = t("restore.entries.one" if in_backup == 1 else "restore.entries", count=in_backup)
    label = next((long_date(b.day) for b in available if b.path == chosen), str(chosen))
    if whole and current is not None:
        now = len(current.get("entries", {}))
        print(t("restore.counts", backup=label, count=count, now=now))
    else:
        print(t("restore.counts_unreadable", backup=label, count=count))
        if current is not None:
            print(tn("restore.log_kept", backups.changes_in_log(paths)))
    if not _confirmed(args):
        print(t("restore.not_done"))
        return 0
    with hold_lock(paths):
        current, _whole = _current_tables(paths)  # again, under the lock: the newest state
        unsynced = backups.changes_in_log(paths) if current is None else 0
        try:
            aside = backups.restore(paths, chosen, context.current_time(), current)
        except ValueError:
            raise UserInputError("restore.bad_backup", path=chosen) from None
    aside_names = ", ".join(str(p) for p in aside) or "-"
    print(printable(t("restore.done", backup=chosen, aside=aside_names)))
    restored, _whole = _current_tables(paths)
    if current is not None and restored is not None:
        total = len(restored.get("entries", {}))
        words = t("restore.entries.one" if total == 1 else "restore.entries", count=total)
        print(t("restore.now", count=words))
    if unsynced:
        # Said plainly: these changes are not lost, but they are not in the journal either.
        log_aside = next((p for p in aside if p.name.endswith(paths.journal_log.name)), None)
        key = "restore.log_changes.one" if unsynced == 1 else "restore.log_changes.many"
        print(printable(t(key, count=unsynced, path=log_aside or "-")))
    return 0


def _current_tables(paths: Paths) -> tuple[dict[str, Any] | None, bool]:
    """The journal's intact records now (damage left out) and True; when only the snapshot
    cannot be read, what the log holds and False (its changes still count); else None."""
    from leeslamp.journal import logfile, records
    from leeslamp.journal.schema import SCHEMA_VERSION
    from leeslamp.journal.storage import NewerSchema, SnapshotUnreadable, read_journal, replay

    try:
        return read_journal(paths.journal, paths.journal_log)[0], True
    except (SnapshotUnreadable, NewerSchema, OSError) as exc:
        if getattr(exc, "path", None) != paths.journal:
            return None, False
    try:
        contents = logfile.read_log(paths.journal_log)
    except (logfile.LogDamaged, OSError):
        return None, False
    if contents is None or not contents.records or contents.schema != SCHEMA_VERSION:
        return None, False
    data = replay({}, contents.records)
    records.normalise(data, datetime.now().astimezone().isoformat(timespec="seconds"))
    return data, False


def _confirmed(args: argparse.Namespace) -> bool:
    """--ja, or a yes typed at the terminal; with no one to ask, a sentence saying how."""
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise UserInputError("restore.needs_yes")
    try:
        answer = input(t("restore.ask"))
    except EOFError:
        return False
    return answer.strip().lower() in {"j", "ja", "y", "yes"}


def _find_backup(wanted: str, available: list[Backup]) -> Path:
    for backup in available:
        if backup.day.isoformat() == wanted:
            return backup.path
    path = Path(wanted)
    if path.is_file():
        return path
    known = ", ".join(b.day.isoformat() for b in available) or "-"
    raise UserInputError("restore.unknown", wanted=wanted, known=known)
