"""The app's side of the journal: open it off the UI thread, resume and save reading positions.

The journal is opened in a thread worker after the first screen is shown, so the UI never waits
on the disk. Every read and write runs in a thread worker too; a failed one reaches the app's
`Worker.StateChanged` handler and becomes a notification. Positions not yet written when the app
closes are written by `close()`, after the UI is gone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from leeslamp.errors import JournalLocked, JournalUnreadable

if TYPE_CHECKING:
    from leeslamp.journal import Journal
    from leeslamp.tui.app import LeeslampApp


class JournalLink:
    def __init__(self, app: LeeslampApp) -> None:
        self.app = app
        self.journal: Journal | None = None
        #: article id -> (block, progress) waiting to be written
        self._unsaved: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()
        #: readers waiting for the journal before they can resume
        self._waiting: dict[str, Callable[[int, float], None]] = {}

    # --- opening ------------------------------------------------------------------------

    def open(self, *, read_only: bool = False) -> None:
        self.app.run_worker(
            partial(self._open, read_only),
            thread=True,
            group="journal-open",
            exclusive=True,
            exit_on_error=False,
        )

    def _open(self, read_only: bool) -> None:
        from leeslamp.journal import Journal  # TinyDB loads off the start-up path, in this thread

        context = self.app.context
        try:
            journal = Journal.open(context.paths, read_only=read_only, clock=context.current_time)
        except JournalLocked as error:
            self.app.call_from_thread(self.app.journal_locked, error)
            return
        except JournalUnreadable as error:
            self.app.call_from_thread(self.app.fail, error)
            return
        self.app.call_from_thread(self._ready, journal)
        if not journal.read_only:
            journal.maintain()  # trash, log folding, today's backup: housekeeping, off the UI

    def _ready(self, journal: Journal) -> None:
        self.journal = journal
        for article_id, resume in list(self._waiting.items()):
            self.fetch_position(article_id, resume)
        self._waiting.clear()
        if self._unsaved:
            self._write_unsaved()

    # --- positions --------------------------------------------------------------------------

    def fetch_position(self, article_id: str, resume: Callable[[int, float], None]) -> None:
        """Call `resume(block, progress)` on the UI thread with the stored position, if there is one."""
        if self.journal is None:
            self._waiting[article_id] = resume
            return
        journal = self.journal

        def fetch() -> None:
            state = journal.reading_state(article_id)
            if state is not None and state.block > 0:
                self.app.call_from_thread(resume, state.block, state.progress)

        self.app.run_worker(fetch, thread=True, group="journal-read", exit_on_error=False)

    def save_position(self, article_id: str, block: int, progress: float) -> None:
        with self._lock:
            self._unsaved[article_id] = (block, progress)
        if self.journal is not None:
            self._write_unsaved()

    def _write_unsaved(self) -> None:
        if self.journal is None or self.journal.read_only:
            return
        self.app.run_worker(self._flush, thread=True, group="journal-write", exit_on_error=False)

    def _flush(self) -> None:
        """Write every waiting position; one that fails stays waiting for the next try."""
        journal = self.journal
        if journal is None or journal.read_only:
            return
        with self._lock:
            waiting = dict(self._unsaved)
        for article_id, (block, progress) in waiting.items():
            journal.save_reading(article_id, block=block, progress=progress)
            with self._lock:
                if self._unsaved.get(article_id) == (block, progress):
                    del self._unsaved[article_id]

    def close(self) -> None:
        """After the UI has closed: write what is still waiting, then release the journal."""
        journal = self.journal
        if journal is None:
            return
        try:
            self._flush()
        finally:
            journal.close()
            self.journal = None
