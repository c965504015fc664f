"""How the search index (search_index.py) keeps up with the journal: by reading what the
journal already writes.

- the journal is a snapshot plus an append-only log of changes (see storage.py). The index
  remembers which snapshot it was built from (its size, mtime and inode), which log (its inode
  and header line) and how many bytes of that log it has taken in;
- same snapshot, same log, grown: only the new log lines are read and applied (an entry added,
  changed, trashed, restored or purged is a `put` or `del` of the entries table). That is how it
  sees writes of the app, of `leeslamp schrijf`, of a second open app and of a second computer;
- anything else (a compaction, a restored backup, a synced copy, a damaged log line, a missing,
  damaged or older index): a full rebuild from the journal as `Journal` reads it.

Functions on the index's connection; `DiskIndex` holds the lock and starts over on damage.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from leeslamp.core.paths import Paths
from leeslamp.journal import logfile, records, schema
from leeslamp.journal.models import Entry
from leeslamp.journal.search_rows import INSERT, SCHEMA, row_of

#: bump when the tables or what goes in them change: an index of another format is rebuilt
FORMAT = 1

_TABLES = ("entries", "hay", "meta")


def journal_state(paths: Paths) -> dict[str, Any]:
    """What identifies the journal's files now: the snapshot's stamp, the log's inode, header
    and size. Taken before reading the journal, so a write in between is read again later."""
    log: dict[str, Any] | None = None
    try:
        info = paths.journal_log.stat()
        with paths.journal_log.open("rb") as handle:
            header = handle.readline()
        log = {"ino": info.st_ino, "header": header.decode("latin-1"), "size": info.st_size}
    except FileNotFoundError:
        pass
    return {"snapshot": logfile.snapshot_stamp(paths.journal), "log": log}


def read_meta(db: sqlite3.Connection) -> dict[str, Any] | None:
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'state'").fetchone()
    except sqlite3.DatabaseError:  # no such table, or not a database at all
        return None
    return json.loads(row[0]) if row else None


def is_current(meta: dict[str, Any] | None, state: dict[str, Any]) -> bool:
    return meta is not None and meta.get("format") == FORMAT and meta.get("state") == state


def write_meta(db: sqlite3.Connection, state: dict[str, Any]) -> None:
    value = json.dumps({"format": FORMAT, "state": state})
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('state', ?)", (value,))


def sync(db: sqlite3.Connection, paths: Paths, load_entries: Callable[[], Sequence[Entry]]) -> None:
    """The new log lines, or a full rebuild from `load_entries()`: see the module's text."""
    state = journal_state(paths)
    if is_current(read_meta(db), state):
        return
    db.execute("BEGIN IMMEDIATE")  # one writer at a time, across processes
    try:
        meta = read_meta(db)  # again: another process may have just done it
        if not is_current(meta, state) and not follow_log(db, paths, meta, state):
            db.execute("ROLLBACK")
            rebuild(db, paths, load_entries)
            return
        db.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise


def follow_log(
    db: sqlite3.Connection, paths: Paths, meta: dict[str, Any] | None, state: dict[str, Any]
) -> bool:
    """Apply the log lines written since the index last looked (in a write transaction).
    False when that is not enough: another snapshot or log, or a line that is damaged."""
    if meta is None or meta.get("format") != FORMAT:
        return False
    before, log = meta["state"], state["log"]
    if before["snapshot"] != state["snapshot"] or log is None:
        return False
    old_log = before["log"]
    if old_log is None:
        start = 0  # the log began after the index was made: all of it is new
    elif old_log["ino"] == log["ino"] and old_log["header"] == log["header"]:
        start = old_log["size"]
    else:
        return False
    if log["size"] < start:  # cut back behind our back: read it all again
        return False
    try:
        with paths.journal_log.open("rb") as handle:
            handle.seek(start)
            new = handle.read(log["size"] - start)
    except OSError:
        return False
    end = new.rfind(b"\n") + 1  # a torn last line waits until it is whole (or cut off)
    lines = new[:end].split(b"\n")[:-1]
    if start == 0 and lines:
        lines = lines[1:]  # the header
    for line in lines:
        if line.strip() and not apply_line(db, line):
            return False
    state = {**state, "log": {**log, "size": start + end}}
    write_meta(db, state)
    return True


def apply_line(db: sqlite3.Connection, line: bytes) -> bool:
    try:
        record = json.loads(line)
    except ValueError:
        return False
    if not isinstance(record, dict) or record.get("t") != schema.ENTRIES:
        return isinstance(record, dict)  # other tables: nothing to search
    if record.get("op") == "del" and isinstance(record.get("id"), str):
        db.execute("DELETE FROM entries WHERE id = ?", (record["id"],))
        return True
    doc = record.get("doc")
    if record.get("op") != "put" or not isinstance(doc, dict) or not isinstance(doc.get("id"), str):
        return False
    if records.fix_entry(doc) is not None:
        return False  # the journal sets such a record aside: let it, by a full read
    entry = Entry.from_doc(doc)
    found = db.execute("SELECT seq FROM entries WHERE id = ?", (entry.id,)).fetchone()
    if found is not None:
        seq = found[0]
        db.execute("DELETE FROM entries WHERE id = ?", (entry.id,))
    else:  # a new (or restored) entry comes last among equals, as in the journal
        seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM entries").fetchone()[0]
    db.execute(INSERT, row_of(entry, seq))
    return True


def rebuild(
    db: sqlite3.Connection, paths: Paths, load_entries: Callable[[], Sequence[Entry]]
) -> None:
    """Everything anew: the state first, then the entries (a write in between is in the log
    after that state, and applying it twice changes nothing)."""
    state = journal_state(paths)
    entries = load_entries()
    # Made one at a time as SQLite takes them: a list of every row would cost the app
    # tens of MiB at its peak.
    rows = (row_of(entry, len(entries) - number) for number, entry in enumerate(entries))
    db.execute("BEGIN IMMEDIATE")
    try:
        for table in _TABLES:
            db.execute(f"DROP TABLE IF EXISTS {table}")
        # The text index is filled in one go after the rows: four times faster than row
        # by row through the triggers, which are made last, for the changes after this.
        for statement in SCHEMA[:4]:
            db.execute(statement)
        db.executemany(INSERT, rows)
        db.execute("INSERT INTO hay(hay) VALUES ('rebuild')")
        for statement in SCHEMA[4:]:
            db.execute(statement)
        write_meta(db, state)
        db.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise


def carry_over(db: sqlite3.Connection, paths: Paths, before: dict[str, Any]) -> None:
    """The journal was compacted from the state `before`: the same entries in new files. An
    index that was current then is current now, without a rebuild."""
    db.execute("BEGIN IMMEDIATE")
    try:
        if is_current(read_meta(db), before):
            write_meta(db, journal_state(paths))
        db.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise
