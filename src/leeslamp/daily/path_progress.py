"""Where the reader is on a learning path: which path, since when, and the day's step.

The journal holds one record in `meta` (`Journal.path_state`): the path's id and the day it
was started. Progress is not stored: it is read from the answers. A step is answered by a
`dagvraag` whose prompt id is the step's (`pad:<path>:<n>`), written on or after the day the
path was started (a path started again begins again; the earlier answers stay in the journal
and come back in terugblik).

The day's step is the first step not answered before that day; a step answered on the day
itself stays the day's step (one step a day). A missed day changes nothing: the step waits.
After the last step the path is done; it says so on the day the last step is answered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from leeslamp.daily.learning_paths import LearningPath
from leeslamp.daily.path_place import PathPlace, PathStep

if TYPE_CHECKING:
    from leeslamp.core.paths import Paths
    from leeslamp.journal import Entry, Journal


@dataclass(frozen=True)
class PathState:
    path_id: str
    started: date


@dataclass(frozen=True)
class Progress:
    """How far the reader is on `path` on a day."""

    path: LearningPath
    #: the step numbers answered (since the path started, up to and including the day)
    answered: frozenset[int]
    #: the day's step, or None when every step was answered before the day
    step: PathStep | None

    @property
    def done(self) -> bool:
        return len(self.answered) >= len(self.path.steps)


def path_state(journal: Journal) -> PathState | None:
    """The path the reader follows (None: none, or a record this leeslamp cannot read)."""
    record = journal.path_state()
    if record is None:
        return None
    try:
        return PathState(str(record["path"]), date.fromisoformat(str(record["started"])))
    except (KeyError, ValueError):
        return None


def start_path(journal: Journal, path: LearningPath, day: date) -> None:
    journal.set_path_state({"path": path.id, "started": day.isoformat()})


def stop_path(journal: Journal) -> None:
    journal.set_path_state(None)


def progress(path: LearningPath, started: date, entries: Iterable[Entry], day: date) -> Progress:
    """Pure: the reader's progress on `path` (started on `started`) as it stands on `day`."""
    from leeslamp.daily.rhythm import written_on

    numbers = {step.id: number for number, step in enumerate(path.steps, start=1)}
    answered_on: dict[int, date] = {}
    for entry in entries:
        number = numbers.get(str((entry.prompt or {}).get("id")))
        if entry.kind != "dagvraag" or number is None:
            continue
        written = written_on(entry)
        if started <= written <= day:
            answered_on[number] = min(written, answered_on.get(number, written))
    today = [number for number, written in answered_on.items() if written == day]
    if today:
        shown: int | None = max(today)
    else:
        shown = next((n for n in numbers.values() if n not in answered_on), None)
    step = None
    if shown is not None and day >= started:  # before the path began, it had no step
        place = PathPlace(path.id, path.nl, path.en, shown, len(path.steps))
        step = PathStep(path.steps[shown - 1], place)
    return Progress(path, frozenset(answered_on), step)


def find_path(paths: Paths, path_id: str) -> LearningPath | None:
    from leeslamp.daily.learning_paths import load_paths

    return load_paths(paths.user_paths).find(path_id)


def path_step_for_day(
    journal: Journal, day: date, entries: Iterable[Entry] | None = None
) -> PathStep | None:
    """The path's step for `day`, when the reader follows a path (the path files are read
    only then). A path whose file went away offers nothing; `leeslamp pad` says why."""
    followed = followed_path(journal)
    if followed is None:
        return None
    path, started = followed
    found = entries if entries is not None else journal.entries(kind="dagvraag")
    return progress(path, started, found, day).step


def followed_path(journal: Journal) -> tuple[LearningPath, date] | None:
    """The path the reader follows and the day it was started (None: none, or its file went
    away)."""
    state = path_state(journal)
    if state is None:
        return None
    path = find_path(journal.paths, state.path_id)
    return None if path is None else (path, state.started)
