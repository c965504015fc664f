"""A crash-safe TinyDB storage: a JSON snapshot plus an append-only log of changes.

TinyDB's stock JSONStorage rewrites the whole file in place on every change: a crash mid-write
loses the journal, and a write costs more the longer you keep a journal. Here:

- `journal.json` is a snapshot in TinyDB's own JSON layout, only ever replaced atomically
  (temp file, fsync, rename, fsync the folder);
- `journal.log` holds the changes since that snapshot, one JSON line each (see logfile.py);
- reading = snapshot + log replayed in order; records are keyed by each document's stable
  `id`, so replaying twice gives the same result (a crash between "new snapshot" and "empty
  log" is harmless);
- writing = TinyDB hands us all tables; we compare them with what is on disk and append only
  the documents that changed. What is on disk is held as references to the same documents:
  nothing changes a stored document in place (tables.py), so an unchanged one is the very
  same object;
- `compact()` folds the log into a new snapshot now and then.

A failed write (full disk, read-only folder) puts TinyDB's view back to what is on disk and
raises, so callers keep the reader's text and can try again.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from leeslamp.core.errors import os_reason
from leeslamp.core.fileio import atomic_write_chunks
from leeslamp.journal import crypt, logfile, records, schema, snapshot_read, tables
from leeslamp.journal.damage import Damage
from leeslamp.journal.peek import snapshot_order
from leeslamp.journal.schema import Tables

Doc = dict[str, Any]


class SnapshotUnreadable(ValueError):
    """The snapshot or the log cannot be read as a journal. `reason` says why for a developer;
    `kind` (empty, not_json, shape, log, missing, os), `line` and `detail` (why the system
    would not read it, in the reader's words) are what the reader is told."""

    def __init__(
        self, path: Path, reason: str, kind: str = "shape", line: int = 0, detail: str = ""
    ) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.kind = kind
        self.line = line
        self.detail = detail


def _not_readable(path: Path, exc: OSError) -> SnapshotUnreadable:
    """A journal file the system will not read (a folder, no permission): said, not a bug."""
    return SnapshotUnreadable(path, str(exc), "os", detail=os_reason(exc))


class NewerSchema(ValueError):
    def __init__(self, path: Path, version: int) -> None:
        super().__init__(f"{path}: schema {version}")
        self.path = path
        self.version = version


def snapshot_chunks(tables: Tables, size: int = 1 << 20) -> Iterator[bytes]:
    """The snapshot's bytes, exactly `json.dumps(tables, ensure_ascii=False, separators=(",",
    ":"))` in UTF-8, in pieces of about `size`: made whole, a 50k journal's text and its bytes
    cost some 90 MiB at once (see benchmarks/search_process.py)."""
    dumps = functools.partial(json.dumps, ensure_ascii=False, separators=(",", ":"))
    parts: list[str] = ["{"]
    held = 0
    for number, (name, table) in enumerate(tables.items()):
        parts.append(("," if number else "") + dumps(name) + ":{")
        for index, (key, doc) in enumerate(table.items()):
            part = ("," if index else "") + dumps(key) + ":" + dumps(doc)
            parts.append(part)
            held += len(part)
            if held >= size:
                yield "".join(parts).encode("utf-8")
                parts, held = [], 0
        parts.append("}")
    parts.append("}")
    yield "".join(parts).encode("utf-8")


def load_snapshot(path: Path) -> Tables:
    try:
        # a batch of documents at a time (snapshot_read.py); None: not in the layout we write
        data = snapshot_read.read_in_pieces(path)
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise _not_readable(path, exc) from None
    if data is None:
        data = _load_whole(path)
    try:
        return schema.check_shape(data)
    except schema.ShapeError as exc:
        raise SnapshotUnreadable(path, str(exc)) from None


def _load_whole(path: Path) -> Any:
    """The snapshot parsed in one piece: a locked one, one edited by hand, a broken one."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise _not_readable(path, exc) from None
    if crypt.is_sealed(raw):  # a locked journal (crypt.py)
        try:
            raw = crypt.reveal(raw, path)
        except crypt.Unsealable as exc:
            raise SnapshotUnreadable(path, f"locked, does not open ({exc})", "sealed") from None
    empty = not raw.strip()
    try:
        # Decoded first and the bytes let go: json.loads(bytes) would hold both at its peak,
        # a third more memory for a big journal.
        text = raw.decode(json.detect_encoding(raw), "surrogatepass")  # as json.loads does
        del raw
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        if empty:
            raise SnapshotUnreadable(path, "empty file", "empty") from None
        raise SnapshotUnreadable(path, f"not JSON ({exc})", "not_json") from None
    tables.share_repeats(data)
    return data


def replay(data: Tables, records: list[logfile.Record]) -> Tables:
    """Apply log records to `data` in place; puts and deletes are keyed by document id."""
    index: dict[str, dict[str, str]] = {}
    next_ids: dict[str, int] = {}

    def table_index(name: str) -> dict[str, str]:
        if name not in index:
            table = data.setdefault(name, {})
            index[name] = {doc["id"]: doc_id for doc_id, doc in table.items()}
            next_ids[name] = max((int(k) for k in table), default=0) + 1
        return index[name]

    for record in records:
        name = record["t"]
        ids = table_index(name)
        table = data[name]
        if record["op"] == "put":
            doc = record["doc"]
            doc_id = ids.get(doc["id"])
            if doc_id is None:
                doc_id = str(next_ids[name])
                next_ids[name] += 1
                ids[doc["id"]] = doc_id
            table[doc_id] = doc
        else:
            doc_id = ids.pop(record["id"], None)
            if doc_id is not None:
                table.pop(doc_id, None)
    return data


#: how often a reader tries again when a writer compacted while it was reading
_READ_ATTEMPTS = 20


def _log_identity(log: Path) -> tuple[int, logfile.Stamp | None] | None:
    """Which log file this is: compaction replaces the log, so its inode and header change."""
    try:
        inode = log.stat().st_ino
    except FileNotFoundError:
        return None
    return inode, logfile.read_stamp(log)


def _read_log(log: Path) -> logfile.LogContents | None:
    try:
        return logfile.read_log(log)
    except OSError as exc:  # FileNotFoundError is "no log" and handled inside
        raise _not_readable(log, exc) from None


def read_journal(
    snapshot: Path,
    log: Path,
    damage: Damage | None = None,
    now: Callable[[], datetime] | None = None,
    foreign: list[int] | None = None,
) -> tuple[Tables, int, bool]:
    """The journal's tables, its schema version, and whether the log had a torn last line.

    Damaged log lines and records that cannot be read are left out and listed in `damage`;
    odd fields are repaired (records.normalise; `now` dates a deletion of unknown date).

    A read-only reader holds no lock, so a writer may compact while it reads: a new snapshot,
    then a fresh log. Reading the snapshot first could pair the old snapshot with the new,
    empty log and miss everything written since the compaction before. So the log is read
    first and the snapshot second, and both again if the log was replaced in between. A log
    paired with a snapshot newer than itself is harmless: its records are keyed by id, and
    replaying them onto a snapshot that already holds them changes nothing.

    A log with records that was started from another snapshot is merged, not replayed
    (`merge_foreign_log`); their number is added to `foreign`.
    """
    for _attempt in range(_READ_ATTEMPTS):
        before = _log_identity(log)
        try:
            contents, header_damage = _read_log(log), None
        except logfile.LogDamaged as exc:
            contents, header_damage = None, exc
        data = load_snapshot(snapshot)
        if _log_identity(log) == before:
            break
    damage = damage if damage is not None else Damage()
    for table, key, doc, why in records.drop_shapeless(data):  # before replay, which needs ids
        damage.records.append((snapshot.name, table, key, doc, why))
    try:
        version = schema.version_of(data)
    except schema.ShapeError as exc:
        raise SnapshotUnreadable(snapshot, str(exc)) from None
    if version > schema.SCHEMA_VERSION:
        raise NewerSchema(snapshot, version)
    if header_damage is not None:
        raise SnapshotUnreadable(log, str(header_damage), "log", header_damage.line)
    torn = False
    if contents is not None and contents.snapshot is not None and not snapshot.exists():
        # The log was started from a snapshot that is gone: replaying the log alone would look
        # like a journal that lost everything before today.
        raise SnapshotUnreadable(snapshot, "file is missing", "missing")
    if contents is not None:
        if contents.schema > schema.SCHEMA_VERSION:
            raise NewerSchema(log, contents.schema)
        if contents.snapshot == logfile.snapshot_stamp(snapshot):
            replay(data, contents.records)
        elif contents.records:
            merge_foreign_log(data, contents.records, now)
            if foreign is not None:
                foreign.append(len(contents.records))
        torn = contents.torn_tail
        damage.lines.extend((log.name, number, line) for number, line in contents.damaged)
        try:
            schema.check_shape(data)
            # A new journal's meta record lives in the log until its first compaction.
            version = schema.version_of(data)
        except schema.ShapeError as exc:
            raise SnapshotUnreadable(log, str(exc)) from None
        if version > schema.SCHEMA_VERSION:
            raise NewerSchema(log, version)
    moment = (now or _local_now)().isoformat(timespec="seconds")
    for table, key, doc, why in records.normalise(data, moment):
        damage.records.append((f"{snapshot.name}+{log.name}", table, key, doc, why))
    return data, version, torn


def merge_foreign_log(
    data: Tables, log_records: list[logfile.Record], now: Callable[[], datetime] | None
) -> None:
    """Merge a log that was not started from this snapshot into it, record by record (merge.py).

    Replaying it as it is would be wrong when it comes from another computer: a sync tool can
    pair one computer's snapshot (compacted, with newer texts) with the other's log (older
    texts), and replaying would overwrite the newer words. The same log on its own computer
    (a kill between a compaction's new snapshot and its empty log) holds nothing the snapshot
    lacks, and merging it changes nothing. Deletions are read from the trash, by their dates."""
    from leeslamp.journal import merge

    theirs = replay({}, [record for record in log_records if record["op"] == "put"])
    records.normalise(theirs, (now or _local_now)().isoformat(timespec="seconds"))
    merge.merge_in(data, theirs)
    merge.settle(data)


def _local_now() -> datetime:
    return datetime.now().astimezone()


def _to_append(changes: list[tuple[str, str, logfile.Record]]) -> list[logfile.Record]:
    """The log records for `changes`. A record that moved to another key in one write (a merge
    renumbers, TinyDB may too) is a put under its new key and a delete under its old one: the
    log keys records by their id, so the delete, written after the put, would remove it. The
    put alone says it all; the delete is left out."""
    put = {(record["t"], record["doc"]["id"]) for _, _, record in changes if record["op"] == "put"}
    return [
        record
        for _, _, record in changes
        if record["op"] == "put" or (record["t"], record["id"]) not in put
    ]


class LogStorage(Storage):
    """TinyDB storage over `journal.json` + `journal.log`. Not thread-safe: the Journal serialises."""

    def __init__(
        self,
        path: str | Path,
        log_path: str | Path,
        read_only: bool = False,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.path = Path(path)
        self.clock = clock
        #: what the last load left out (to be set aside by the Journal)
        self.damage = Damage()
        self.log_path = Path(log_path)
        self.read_only = read_only
        self._data: Tables | None = None
        #: the documents as on disk, by table and key: the same objects as in `_data` until a
        #: write replaces one (tables.py: nothing changes a stored document in place)
        self._shadow: dict[str, dict[str, Doc]] = {}
        self._seen_tables: dict[str, int] = {}  # id() of each table dict as last written
        self.version = schema.SCHEMA_VERSION
        self.torn_tail = False
        #: the log was started from the snapshot on disk (False: compact to make them agree)
        self.log_matches_snapshot = True
        self.foreign_log = False

    # --- TinyDB's Storage interface ---------------------------------------------------------

    def read(self) -> Tables:
        if self._data is None:
            self.load()
        assert self._data is not None
        return self._data

    def write(self, data: Tables) -> None:
        if self.read_only:
            self._revert(data)
            raise PermissionError("journal opened read-only")
        changes = self._changes(data)
        try:
            logfile.append(self.log_path, _to_append(changes), schema.SCHEMA_VERSION)
        except OSError:
            self._revert(data)
            raise
        self._remember(data, changes)

    def close(self) -> None:
        self._data = None

    # --- loading, diffing, compaction ------------------------------------------------------

    def load(self) -> Tables:
        self.damage = Damage()
        foreign: list[int] = []
        data, self.version, self.torn_tail = read_journal(
            self.path, self.log_path, self.damage, self.clock, foreign
        )
        #: the log holds records but was started from another snapshot (a sync tool paired
        #: them): merged as it was read; fold it in before adding to it (Journal._prepare)
        self.foreign_log = bool(foreign)
        self.log_matches_snapshot = logfile.read_stamp(self.log_path) == logfile.snapshot_stamp(
            self.path
        )
        self.adopt(data)
        return data

    def adopt(self, data: Tables) -> None:
        """Take `data` as what is on disk now (after loading, migrating or compacting)."""
        self._data = data
        # A read-only journal never writes, so it needs no record of what is on disk.
        self._shadow = {} if self.read_only else {name: dict(table) for name, table in data.items()}
        self._seen_tables = {name: id(table) for name, table in data.items()}

    def _changes(self, data: Tables) -> list[tuple[str, str, logfile.Record]]:
        """(table, doc_id, record) for every document that differs from what is on disk."""
        changes: list[tuple[str, str, logfile.Record]] = []
        # Entries last: in one append, what keeps an older text (a version, the trash) is on
        # disk before the change that replaces it, so a kill in between loses no words.
        for name in sorted(set(data) | set(self._shadow), key=snapshot_order):
            table = data.get(name, {})
            if name in data and self._seen_tables.get(name) == id(table):
                continue  # TinyDB replaces a table's dict whenever it changes it
            old = self._shadow.get(name, {})
            for doc_id, doc in table.items():
                before = old.get(doc_id)
                if before is not doc and before != doc:
                    if before is not None and before["id"] != doc["id"]:
                        # another record under this key now: the one that was here is gone
                        # (or moved; then `_to_append` leaves this delete out)
                        changes.append((name, doc_id, logfile.delete(name, before["id"])))
                    changes.append((name, doc_id, logfile.put(name, doc)))
            for doc_id in old.keys() - table.keys():
                changes.append((name, doc_id, logfile.delete(name, old[doc_id]["id"])))
        return changes

    def _remember(self, data: Tables, changes: list[tuple[str, str, logfile.Record]]) -> None:
        for name, doc_id, record in changes:
            shadow = self._shadow.setdefault(name, {})
            if record["op"] == "put":
                shadow[doc_id] = data[name][doc_id]
            else:
                shadow.pop(doc_id, None)
        for name in [n for n in self._shadow if n not in data]:
            del self._shadow[name]
        self._data = data
        self._seen_tables = {name: id(table) for name, table in data.items()}

    def _revert(self, data: Tables) -> None:
        """Put TinyDB's view back to what is on disk, in place (TinyDB holds `data`)."""
        for name in list(data):
            if name not in self._shadow:
                del data[name]
        for name, shadow in self._shadow.items():
            data[name] = dict(shadow)  # its documents were never changed in place (tables.py)
        self._data = data
        self._seen_tables = {name: id(table) for name, table in data.items()}

    def compact(self) -> None:
        """Write everything into a new snapshot, then empty the log. Safe to interrupt anywhere."""
        data = self.read()
        # Small tables first, entries last: `peek.table_is_empty` can answer from the head.
        ordered = {name: data[name] for name in sorted(data, key=snapshot_order)}
        chunks = crypt.sealed_chunks(self.path.parent, snapshot_chunks(ordered))
        atomic_write_chunks(self.path, chunks)
        logfile.reset_log(self.log_path, schema.SCHEMA_VERSION, self.path)
        self.log_matches_snapshot = True
        self.foreign_log = False

    def log_size(self) -> int:
        try:
            return self.log_path.stat().st_size
        except FileNotFoundError:
            return 0
