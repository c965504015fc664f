"""A changed assignment saved as its next version, beside the original (never over it).

The assignment format has no version field: two assignments with the same title and coach are
versions of one assignment (`Assignment.series`), and the one a reader imports last is the
current one. So a next version is: the same title and coach, other content (so another id), in
a file of its own. Its name counts on from the original's (`week49.toml` -> `week49-versie-2.toml`
-> `week49-versie-3.toml`), and a comment at the top says which file and id it follows and on
which day, for the coach who finds both files later. Comments do not count for the id.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from leeslamp.assignments.model import Assignment
from leeslamp.core.safe_text import printable
from leeslamp.i18n import t

_NUMBERED = re.compile(r"^(?P<stem>.*?)-(?:versie|version)-(?P<number>\d+)$")


def next_version_path(original: Path) -> Path:
    """The first free `<name>-versie-N.toml` after `original`'s own number (1 if it has none)."""
    found = _NUMBERED.match(original.stem)
    stem, number = (found["stem"], int(found["number"])) if found else (original.stem, 1)
    while True:
        number += 1
        candidate = original.with_name(f"{stem}-versie-{number}{original.suffix or '.toml'}")
        if not candidate.exists():
            return candidate


def same_file(one: Path, other: Path) -> bool:
    """Whether two paths name one file (a link, `..` or another spelling of the same path)."""
    try:
        return one.resolve() == other.resolve() or one.samefile(other)
    except OSError:
        return False


def version_problem(base: Assignment, draft: Assignment) -> str | None:
    """Why `draft` is not a next version of `base` (an i18n key), or None when it is."""
    if draft.series != base.series:
        return "compose.version_other_series"
    if draft.id == base.id:
        return "compose.version_unchanged"
    return None


def version_comment(original: Path, base: Assignment, day: date) -> str:
    """The comment line on top of the next version's file."""
    # printable: a control character in a file name would make the TOML file unreadable
    name = printable(original.name)
    sentence = t("compose.version_comment", file=name, id=base.id, day=day.isoformat())
    return "".join(f"# {line}\n" for line in sentence.splitlines())
