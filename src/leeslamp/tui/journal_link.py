"""The app's side of the journal: open it off the UI thread, resume and save reading positions.

The journal is opened in a thread worker after the first screen is shown, so the UI never waits
on the disk. Every read and write runs in a thread worker too; a failed one reaches the app's
`Worker.StateChanged` handler and becomes a notification. Positions not yet written when the app
closes are written by `close()`, after the UI is gone.

Every change to an entry, whoever makes it, is published on `entry_changed` (a Signal, on the
UI thread): each editor of that entry shows the new text, so no screen kept alive shows old words.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from textual.signal import Signal

from leeslamp.core.errors import JournalLocked, JournalUnreadable, JournalWriteError, LeeslampError
from leeslamp.i18n import t
from leeslamp.tui.messages import JournalChanged

if TYPE_CHECKING:
    from leeslamp.core.context import Context
    from leeslamp.journal import Entry, Journal
    from leeslamp.tui.app import LeeslampApp

T = TypeVar("T")
Job = Callable[["Journal"], Any]


class JournalLink:
    def __init__(self, app: LeeslampApp, context: Context) -> None:
        self.app = app
        self.context = context
        #: every change to an entry, as the journal now holds it (published on the UI thread)
        self.entry_changed: Signal[Entry] = Signal(app, "entry-changed")
        #: the app has ended (close() runs): nobody is left to tell of changes
        self._ended = False
        self.journal: Journal | None = None
        #: article id -> (block, progress, within) waiting to be written
        self._unsaved: dict[str, tuple[int, float, float]] = {}
        self._lock = threading.Lock()
        #: readers waiting for the journal before they can resume
        self._waiting: dict[str, Callable[[int, float, float], None]] = {}
        #: journal calls asked for before the journal was open, run once it is
        self._queued: list[Callable[[], None]] = []
        #: writes that must happen before the app ends (unsaved editor text), by owner key,
        #: each with the text to hand back to the reader if even that last write fails
        self._before_close: dict[str, tuple[Job, str]] = {}
        #: callbacks for when the journal is open (screens that show read-only state, say)
        self._on_ready: list[Callable[[Journal], None]] = []
        #: why the journal is read-only: "locked" (another leeslamp has it), "folder" (its
        #: folder cannot be written) or "write_failed" (another write problem); None: writable
        self.read_only_reason: str | None = None
        from leeslamp.journal import crypt

        crypt.set_asker(None)  # a locked journal's passphrase is asked in a modal, not on stdin

    # --- opening ------------------------------------------------------------------------

    def open(self, *, read_only: bool = False) -> None:
        if read_only and self.read_only_reason is None:
            self.read_only_reason = "locked"  # the only time the app asks for read-only
        self.app.run_worker(
            partial(self._open, read_only),
            thread=True,
            group="journal-open",
            exclusive=True,
            exit_on_error=False,
        )

    def _open(self, read_only: bool) -> None:
        from leeslamp.journal import (
            Journal,  # TinyDB loads off the start-up path, in this thread
            notices,
        )
        from leeslamp.journal.crypt import NeedPassphrase

        context = self.context
        notices.take()  # only what this opening has to say is ours to show
        try:
            journal = Journal.open(context.paths, read_only=read_only, clock=context.current_time)
        except JournalLocked as error:
            self.app.call_from_thread(self.app.journal_locked, error)
            return
        except NeedPassphrase:
            self.app.call_from_thread(self.app.journal_needs_passphrase, read_only)
            return
        except JournalUnreadable as error:
            self.app.call_from_thread(self.app.fail, error)
            return
        except JournalWriteError as error:
            if read_only:  # cannot happen (read-only opening writes nothing); never loop
                self.app.call_from_thread(self.app.fail, error)
                return
            # Nothing can be written (a read-only folder, say), but everything can still be
            # read: open read-only rather than leave every screen waiting for the journal.
            self.read_only_reason = (
                "folder" if error.key == "journal.read_only_folder" else "write_failed"
            )
            self.app.call_from_thread(self.app.journal_not_writable, error)
            self._open(read_only=True)
            return
        self.app.call_from_thread(self._ready, journal)
        self._tell_notices()
        if not journal.read_only:
            journal.maintain()  # trash, log folding, today's backup: housekeeping, off the UI

    def _tell_notices(self) -> None:
        """What opening the journal had to say (damage set aside, say): each once, as a notice."""
        from leeslamp.journal import notices

        for sentence in notices.take():
            self.app.call_from_thread(
                self.app.notify, sentence, severity="warning", timeout=30, markup=False
            )

    def _ready(self, journal: Journal) -> None:
        self.journal = journal
        journal.listen(self._heard)
        for article_id, resume in list(self._waiting.items()):
            self.fetch_position(article_id, resume)
        self._waiting.clear()
        if self._unsaved:
            self._write_unsaved()
        queued, self._queued = self._queued, []
        for start in queued:
            start()
        for callback in self._on_ready:
            callback(journal)

    def _heard(self, entry: Entry) -> None:
        """Any thread: an entry changed. The app publishes it on the UI thread (`publish`);
        post_message does not wait, so a writer never waits for the UI."""
        if not self._ended:
            self.app.post_message(JournalChanged(entry))

    def publish(self, entry: Entry) -> None:
        """On the UI thread: tell every editor of `entry` its new text."""
        self.entry_changed.publish(entry)

    def read_only_note(self, key: str) -> str:
        """The sentence under `key` that says why nothing can be written here
        (`key.locked` when another leeslamp has the journal, else `key.folder`)."""
        return t(f"{key}.locked" if self.read_only_reason == "locked" else f"{key}.folder")

    def when_ready(self, callback: Callable[[Journal], None]) -> None:
        """Call `callback(journal)` on the UI thread once the journal is open (now, if it is)."""
        if self.journal is not None:
            callback(self.journal)
        else:
            self._on_ready.append(callback)

    # --- any journal call -------------------------------------------------------------------

    def call(
        self,
        job: Callable[[Journal], T],
        done: Callable[[T], Awaitable[None] | None] | None = None,
        *,
        failed: Callable[[LeeslampError], None] | None = None,
        group: str = "journal-call",
    ) -> None:
        """Run `job(journal)` in a thread worker, once the journal is open; then `done(result)`
        on the UI thread (awaited, if it is async: `call_from_thread` does that). A LeeslampError goes to `failed` when given, else to the app's one
        worker-failure handler, which shows its sentence."""

        def start() -> None:
            journal = self.journal
            assert journal is not None

            def run() -> None:
                try:
                    result = job(journal)
                except LeeslampError as error:
                    if failed is None:
                        raise
                    self.app.call_from_thread(failed, error)
                    return
                if done is not None:
                    self.app.call_from_thread(done, result)

            self.app.run_worker(run, thread=True, group=group, exit_on_error=False)

        if self.journal is None:
            self._queued.append(start)
        else:
            start()

    def before_close(self, owner: str, job: Job | None, text: str = "") -> None:
        """Register (or, with None, forget) a write that must happen even if the app ends first.

        `close()` runs what is still registered after the UI is gone, so a job must not touch
        widgets; it gets only the journal. `text` is what the reader typed: if the write fails
        at the very end, `close()` returns it so it can be printed rather than lost.
        """
        if job is None:
            self._before_close.pop(owner, None)
        else:
            self._before_close[owner] = (job, text)

    # --- positions --------------------------------------------------------------------------

    def fetch_position(self, article_id: str, resume: Callable[[int, float, float], None]) -> None:
        """Call `resume(block, progress, within)` on the UI thread with the stored position, if there is one."""
        if self.journal is None:
            self._waiting[article_id] = resume
            return
        journal = self.journal

        def fetch() -> None:
            state = journal.reading_state(article_id)
            if state is not None and (state.block > 0 or state.within > 0):
                self.app.call_from_thread(resume, state.block, state.progress, state.within)

        self.app.run_worker(fetch, thread=True, group="journal-read", exit_on_error=False)

    def save_position(
        self, article_id: str, block: int, progress: float, within: float = 0.0
    ) -> None:
        with self._lock:
            self._unsaved[article_id] = (block, progress, within)
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
        for article_id, position in waiting.items():
            block, progress, within = position
            journal.save_reading(article_id, block=block, progress=progress, within=within)
            with self._lock:
                if self._unsaved.get(article_id) == position:
                    del self._unsaved[article_id]

    def flush_positions(self) -> None:
        """In a thread worker, before reading positions: write the waiting ones first."""
        self._flush()

    def close(self) -> list[tuple[str, LeeslampError | None]]:
        """After the UI has closed: write what is still waiting, then release the journal.

        Returns the texts that could not be saved (with why), so `run_app` can print them:
        the last resort against losing words to a full disk at quit.
        """
        self._ended = True
        journal = self.journal
        pending = list(self._before_close.values())
        self._before_close.clear()
        if journal is None or journal.read_only:
            return [(text, None) for _job, text in pending if text.strip()]
        unsaved: list[tuple[str, LeeslampError | None]] = []
        try:
            for job, text in pending:
                try:
                    job(journal)
                except LeeslampError as error:
                    unsaved.append((text, error))
            self._flush()
        finally:
            journal.close()
            self.journal = None
        return unsaved
