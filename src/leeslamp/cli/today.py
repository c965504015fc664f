"""`leeslamp vandaag`: today's question, printed, for a shell or a script. No TUI.

This command should start about as fast as Python itself: what it needs of the prompt files,
the library and the journal comes from a small cache (`leeslamp.daily.cache`) while those files
are unchanged.
"""

from __future__ import annotations

import sys

from leeslamp.core.safe_text import printable
from leeslamp.i18n import t

TYPE_CHECKING = False  # the first `vandaag` of a day runs without typing and argparse (issue 13)
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from datetime import date
    from typing import Any

    from leeslamp.core.context import Context


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    today = subparsers.add_parser(
        "vandaag", aliases=["today"], parents=[common], help=t("cli.cmd.today")
    )
    today.add_argument("--json", action="store_true", help=t("today.help.json"))
    today.add_argument(
        "--datum", "--date", dest="day", metavar=t("cli.metavar.day"), help=t("cli.help.date")
    )
    today.add_argument(
        "--herinnering",
        "--reminder",
        dest="reminder",
        action="store_true",
        help=t("reminder.help.flag"),
    )
    today.set_defaults(handler=show_today)


def show_today(context: Context, args: argparse.Namespace) -> int:
    from leeslamp.core.dates import long_date, parse_day
    from leeslamp.daily.cache import today_facts
    from leeslamp.library.disciplines import FACTORS, label

    if args.reminder:  # the shell's line (issue 16 §6); usually answered before this runs
        if args.json or args.day:
            from leeslamp.core.errors import UserInputError

            raise UserInputError("reminder.alone")
        from leeslamp.cli.reminder import remind

        return remind(context, args)
    day = parse_day(args.day) if args.day else context.today()
    keep = _keeper(context, args, day)  # the inputs taken before they are read
    # the prompt files, library and journal, or their cache; whether the question is answered
    # only for --json, which says so (for the plain text it would cost a journal read)
    facts = today_facts(context, day, answered=args.json)
    prompt = facts.prompt
    title = facts.article_title
    coach = facts.coach
    place = facts.path

    if args.json:
        import json

        discipline = prompt.discipline
        record: dict[str, Any] = {
            "date": day.isoformat(),
            "language": context.language,
            # whether the day's question has an answer written that day (issue 16 §6)
            "answered": bool(facts.answered),
            "prompt": {
                "id": prompt.id,
                "text": prompt.text(context.language),
                "nl": prompt.nl,
                "en": prompt.en,
                "discipline": discipline,
                "discipline_label": label(discipline) if discipline else None,
                "article": prompt.article,
                "article_title": title,
                "assignment": (
                    {
                        "id": coach.assignment_id,
                        "title": coach.title,
                        "question": coach.number,
                    }
                    if coach
                    else None
                ),
                # the question comes back: the earlier answer, to compare (issue 16 §4)
                "again": (
                    {
                        "answered": facts.again.answered.isoformat(),
                        "text": facts.again.text,
                        "entry": facts.again.entry,
                    }
                    if facts.again
                    else None
                ),
                "path": (
                    {
                        "id": place.id,
                        "title": place.title(context.language),
                        "day": place.day,
                        "days": place.days,
                    }
                    if place
                    else None
                ),
            },
        }
        # whose question it is, at the top: a script can tell a private question from the coach's
        record["coach"] = (
            {"name": coach.coach, "assignment": coach.assignment_id} if coach else None
        )
        said = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
    else:
        lines = [long_date(day), ""]
        if coach is not None:  # before the question: what is written to it goes to the coach
            from leeslamp.assignments.places import coach_label

            lines.append(coach_label(coach.coach))
        if place is not None:  # which path, and how far along
            name = place.title(context.language)
            lines.append(t("path.label", title=name, day=place.day, days=place.days))
        lines += [prompt.text(context.language), ""]
        if facts.again is not None:
            from leeslamp.core.dates import short_day

            lines.append(t("today.again", date=short_day(facts.again.answered, day)))
        if coach is not None:
            lines.append(
                t(
                    "today.from_assignment",
                    title=coach.title,
                    assignment_id=coach.assignment_id,
                    number=coach.number,
                )
            )
        if prompt.discipline:
            kind = "today.factor" if prompt.discipline in FACTORS else "today.discipline"
            lines.append(t(kind, label=label(prompt.discipline)))
        if title is not None:
            lines.append(t("today.article", title=title, article_id=prompt.article))
        said = printable("\n".join(lines).rstrip()) + "\n"
    sys.stdout.write(said)

    if facts.problems:
        print(t("prompt.problems_header"), file=sys.stderr)
        for problem in facts.problems:
            print(printable(f"  {problem.sentence()}"), file=sys.stderr)
    elif keep is not None:
        keep(said)
    return 0


def _keeper(context: Context, args: argparse.Namespace, day: date) -> Callable[[str], None] | None:
    """What keeps the words for `daily.quick_today` (None: they may not be kept): the inputs
    are those the quick path took before it let this run (or taken now), before the full path
    reads them, so one that changes meanwhile makes the stored key stale."""
    import os

    from leeslamp.core.paths import HOME_ENV
    from leeslamp.daily import quick_today

    if context.extra_article_dirs:
        return None  # another article folder: not in the key
    folder = str(context.paths.data_dir)
    given = getattr(args, "data_dir", None)
    origin = "explicit" if given or os.environ.get(HOME_ENV) else "default"
    parts, started = quick_today.taken_inputs(
        folder, origin, getattr(args, "taal", None), day.isoformat(), args.json
    )

    def keep(said: str) -> None:
        from leeslamp.journal import crypt

        notices = sys.modules.get("leeslamp.journal.notices")
        if crypt.is_locked(context.paths.data_dir) or (notices and notices.pending()):
            return  # journal text from a locked journal, or a notice every run must give
        quick_today.remember(folder, args.json, parts, said, started)

    return keep
