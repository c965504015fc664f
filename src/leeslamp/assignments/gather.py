"""What the coach hands the overview: files and folders, and the versions found in them.

A mail program saves attachments into a folder, next to the Markdown copies; a coach names
the folder. Every `.json` file in it is read (not in its subfolders, not hidden files);
the Markdown copies are for people and are left alone.

Versions of one assignment carry no date of their own. A version is as old as the first
answer file made for it: a reader cannot answer a version before the coach sent it, so the
newest version is the one whose first answer file came last. (A reader who answers an old
version only after the new one went out can fool this; the coach then names the version
whose wording counts: `opdracht overzicht --opdracht ID`.)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from leeslamp.assignments.bundle import Bundle
from leeslamp.assignments.model import Assignment

ANSWER_SUFFIX = ".json"


def expand(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """The files to read, in the order given (a folder's files by name), and the folders
    that held none."""
    files: list[Path] = []
    empty: list[Path] = []
    for path in paths:
        if not Path(path).is_dir():
            files.append(Path(path))
            continue
        try:
            found = sorted(
                child
                for child in Path(path).iterdir()
                if child.suffix.lower() == ANSWER_SUFFIX
                and not child.name.startswith(".")
                and not child.is_dir()
            )
        except OSError:
            found = []
        if not found:
            empty.append(Path(path))
        files.extend(found)
    return files, empty


def exported(bundle: Bundle) -> datetime:
    moment = datetime.fromisoformat(bundle.exported)
    return moment if moment.tzinfo else moment.astimezone()


def ordered_versions(bundles: Sequence[Bundle], used: Iterable[str]) -> tuple[Assignment, ...]:
    """The versions among `bundles` whose id is in `used`, oldest first (by the first answer
    file made for each; the id breaks a tie so the order never depends on the file order)."""
    first: dict[str, tuple[datetime, Assignment]] = {}
    for bundle in bundles:
        made = exported(bundle)
        known = first.get(bundle.assignment.id)
        if known is None or made < known[0]:
            first[bundle.assignment.id] = (made, bundle.assignment)
    wanted = set(used)
    order = sorted((made, a.id, a) for made, a in first.values() if a.id in wanted)
    return tuple(assignment for _made, _id, assignment in order)
