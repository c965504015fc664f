"""`leeslamp schrijf`'s fast path: one entry added with one durable append under the lock,
without reading the journal, whenever that is all it takes; else the careful way, through a
whole `Journal`. Its cost must not grow with the journal.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from leeslamp.core.errors import LeeslampError, os_reason
from leeslamp.core.paths import Paths
from leeslamp.core.sync_names import copy_may_wait
from leeslamp.i18n import t
from leeslamp.journal import logfile, schema
from leeslamp.journal.entry_docs import local_now, new_entry_doc
from leeslamp.journal.light_lock import acquire_light_lock
from leeslamp.journal.models import Entry

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any

    from leeslamp.journal.journal import Clock, Journal

#: as `journal.COMPACT_AT` (a test checks): that module brings TinyDB and filelock, which the
#: quick path does without
COMPACT_AT = 4 * 1024 * 1024


def add_entry_quickly(
    paths: Paths,
    kind: str,
    text: str,
    *,
    lock_timeout: float = 5.0,
    clock: Clock | None = None,
    written: datetime | None = None,
    **fields: Any,
) -> Entry:
    """Add one entry with one durable append under the lock, without reading the snapshot.

    Used by `leeslamp schrijf`, whose cost must not grow with the journal. Whenever one append
    is not clearly all it takes (a new or older journal, a log that is damaged or was not started
    from the snapshot on disk, or the day's housekeeping is due) it goes the careful way: open
    and check the whole journal, refusing a damaged one without touching it; migrate; add the
    entry; then compact and back up. Housekeeping that fails after the entry is saved (a full
    disk, a read-only folder, anything) does not fail the write: the entry is reported saved,
    so a retry never saves it twice; a notice says the housekeeping waits for next time.

    `written`: the moment the entry says it was written (`schrijf --datum`: a day gone by);
    the housekeeping goes by the clock all the same.
    """
    now = (clock or local_now)()
    doc = new_entry_doc(kind, text, written or now, **fields)
    from leeslamp.journal.crypt import key_for

    key_for(paths.data_dir)  # a locked journal's passphrase, asked before the lock is taken
    # The usual case, under a lock that needs no filelock import; the careful way (and a
    # system without flock) under filelock's, checking again.
    light = acquire_light_lock(paths, lock_timeout)
    if light is not None:
        try:
            if _only_an_append_is_needed(paths, now.date()):
                _append(paths, doc)
                return Entry.from_doc(doc)
        finally:
            light.release()
    return _add_under_filelock(paths, doc, now.date(), lock_timeout, clock)


def _append(paths: Paths, doc: dict[str, Any]) -> None:
    try:
        logfile.append(paths.journal_log, [logfile.put(schema.ENTRIES, doc)], schema.SCHEMA_VERSION)
    except OSError as exc:
        from leeslamp.journal.locking import write_error

        raise write_error(exc, paths.journal_log) from None


def _add_under_filelock(
    paths: Paths, doc: dict[str, Any], today: date, lock_timeout: float, clock: Clock | None
) -> Entry:
    from leeslamp.journal.journal import Journal
    from leeslamp.journal.locking import acquire_lock

    lock = acquire_lock(paths, lock_timeout)
    try:
        if _only_an_append_is_needed(paths, today):
            _append(paths, doc)
            return Entry.from_doc(doc)
        with Journal.open(paths, clock=clock, held_lock=lock) as journal:
            doc_id = journal._guard(lambda: journal._entries.insert(doc))
            journal._index[doc["id"]] = doc_id
            _housekeeping(journal)
    finally:
        if lock.is_locked:
            lock.release()
    return Entry.from_doc(doc)


def _housekeeping(journal: Journal) -> None:
    from leeslamp.journal import notices  # the careful way only: it brings threading

    try:
        journal.maintain()
    except Exception as exc:  # the entry is saved: whatever goes wrong now is only a notice
        if isinstance(exc, LeeslampError):
            reason = exc.sentence()
        elif isinstance(exc, OSError):
            reason = os_reason(exc)
        else:
            reason = f"{type(exc).__name__}: {exc}"
        notices.tell(t("write.housekeeping_failed", reason=reason))


def _only_an_append_is_needed(paths: Paths, today: date) -> bool:
    """True when adding an entry is one append: the log's header says our schema version and
    the snapshot now on disk, the log is not due for compaction, today's backup exists, and no
    sync tool left a conflict copy beside the journal.

    Only the header is read: the whole log (up to COMPACT_AT, a day of autosaves) took longer
    to parse than the rest of `schrijf`. A damaged line further on stays where it is, as it
    would without this entry, until the careful way (the app, or the day's first write) sets
    it aside; the append itself cuts off a torn last line first (`logfile.append`).
    """
    try:
        size = paths.journal_log.stat().st_size
        header = _log_header(paths.journal_log)
    except OSError:
        return False
    return (
        header is not None
        and header.get("schema") == schema.SCHEMA_VERSION
        and header.get("snapshot") == logfile.snapshot_stamp(paths.journal)
        and size <= COMPACT_AT
        and has_backup_for(paths, today)
        and not _copies_wait(paths)  # a sync tool's copies: merged the careful way
    )


def has_backup_for(paths: Paths, day: date) -> bool:
    """`backups.has_backup_for`, without that module's import (its regex and dataclass cost
    the quick path more than this look; a test checks the two agree)."""
    return (paths.backups / f"journal-{day.isoformat()}.json").exists()


def _copies_wait(paths: Paths) -> bool:
    """Whether a sync tool's conflict copy waits: `journal.conflicts` (and its regexes) only
    when a name in the folder may be one."""
    if not copy_may_wait(str(paths.data_dir)):
        return False
    from leeslamp.journal import conflicts

    return bool(conflicts.find(paths.data_dir))


#: a log's header line is far shorter; a first line longer than this is no header of ours
_HEADER_BYTES = 4096


def _log_header(log: Path) -> dict[str, Any] | None:
    """The log's first line, if it is a whole, readable header (as `logfile.read_log` reads it)."""
    with log.open("rb") as handle:
        head = handle.read(_HEADER_BYTES)
    line, newline, _rest = head.partition(b"\n")
    if not newline:
        return None  # torn while it was written, or not ours: the careful way decides
    try:
        header = json.loads(line)
    except ValueError:
        return None
    if not isinstance(header, dict) or header.get("kind") != logfile.HEADER_KIND:
        return None
    return header
