"""Writing the question chosen for a day ("Een andere vraag", or answering it) to the journal
from a screen: one job that always writes the newest choice, so two quick choices in a row can
not land in the wrong order. The screen says what it wants at once (`want`) and runs `write`
in a thread; a write finds the newest wish, whichever job it was started for.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from leeslamp.journal import Journal


class DayChoice:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._wanted: str | None = None
        self._written: str | None = None

    def stored(self, prompt_id: str | None) -> None:
        """What the journal holds for the day (just read): nothing to write yet."""
        self._wanted = self._written = prompt_id

    def want(self, prompt_id: str) -> bool:
        """Ask for `prompt_id`; True when a write is needed (it is not what is stored)."""
        self._wanted = prompt_id
        return prompt_id != self._written

    def write(self, journal: Journal, day: date) -> None:
        """In a thread: store the newest wanted choice for `day`, if it is not stored yet."""
        if journal.read_only:
            return
        with self._lock:
            wanted = self._wanted
            if wanted is not None and wanted != self._written:
                journal.set_day_choice(day, wanted)
                self._written = wanted
