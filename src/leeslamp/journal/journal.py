"""The Journal: the one object that owns the journal file. Thread-safe; every write is durable
when the method returns.

Open it for writing (holds a cross-process lock until closed) or read-only (no lock; a second
leeslamp can still read). `quick_add.add_entry_quickly()` is the fast path for `leeslamp
schrijf`: it appends one record under the lock without reading the journal at all.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from tinydb import Query, TinyDB
from tinydb.table import Table

from leeslamp.core.errors import (
    JournalWriteError,
    StaleWrite,
    UserInputError,
)
from leeslamp.core.paths import Paths
from leeslamp.journal import (
    backups,
    conflicts,
    crypt,
    logfile,
    repair,
    schema,
    sync,
    versions,
)
from leeslamp.journal.entry_docs import clean_tags, iso, local_now, new_entry_doc, require_storable
from leeslamp.journal.locking import acquire_lock, remove_leftovers, unreadable, write_error
from leeslamp.journal.models import Entry, Version, revision_of
from leeslamp.journal.side_records import FINISHED_AT as FINISHED_AT  # where it was
from leeslamp.journal.side_records import SideRecords
from leeslamp.journal.storage import LogStorage, NewerSchema, SnapshotUnreadable
from leeslamp.journal.tables import JournalDB
from leeslamp.journal.trash import TrashRecords

if TYPE_CHECKING:  # a read-only open takes no lock, and filelock costs ~20 ms to import
    from filelock import FileLock

Clock = Callable[[], datetime]
T = TypeVar("T")

#: fold the log into a new snapshot once it is this big (bytes)
COMPACT_AT = 4 * 1024 * 1024


class Journal(SideRecords, TrashRecords):
    def __init__(
        self,
        paths: Paths,
        db: TinyDB,
        lock: FileLock | None,
        clock: Clock | None,
        release_on_close: bool = True,
    ) -> None:
        self.paths = paths
        self._db = db
        self._storage: LogStorage = db.storage  # type: ignore[assignment]
        self._file_lock = lock
        self._release_on_close = release_on_close
        self._clock = clock or local_now
        #: this run of leeslamp: a text last changed by another run starts a new version
        self.session = versions.new_session_id()
        self._mutex = threading.RLock()
        self._listeners: list[Callable[[Entry], None]] = []
        self._entries: Table = db.table(schema.ENTRIES)
        self._reading: Table = db.table(schema.READING)
        self._trash: Table = db.table(schema.TRASH)
        self._meta: Table = db.table(schema.META)
        self._assignments: Table = db.table(schema.ASSIGNMENTS)
        self._index: dict[str, int] = {
            doc["id"]: int(doc_id) for doc_id, doc in self._raw(schema.ENTRIES).items()
        }

    # --- opening and closing ---------------------------------------------------------------

    @classmethod
    def open(
        cls,
        paths: Paths,
        *,
        read_only: bool = False,
        lock_timeout: float = 0.0,
        clock: Clock | None = None,
        held_lock: FileLock | None = None,
    ) -> Journal:
        """Open the journal. `held_lock`: a lock this process already holds (it stays held)."""
        # A locked journal's passphrase is asked before the lock is taken: nobody waits on a
        # person typing (NeedPassphrase when nobody can ask: the app shows its own question).
        crypt.key_for(paths.data_dir)
        # Conflict copies a sync tool left (one listing of the folder): merged under the lock.
        copies = conflicts.find(paths.data_dir)
        if copies and read_only and held_lock is None:
            sync.merge_when_free(paths, clock)
            copies = conflicts.find(paths.data_dir)
        lock = held_lock or (None if read_only else acquire_lock(paths, lock_timeout))
        release_on_close = held_lock is None
        try:
            db = JournalDB(  # copy-on-write tables: the storage sees changes by identity
                paths.journal,
                paths.journal_log,
                storage=LogStorage,
                read_only=read_only,
                clock=clock or local_now,
            )
            storage: LogStorage = db.storage  # type: ignore[assignment]
            try:
                data = storage.load()
                if read_only and storage.damage:
                    data = repair.set_aside_unlocked(
                        paths, storage, clock or local_now, lambda: acquire_lock(paths, 0.0)
                    )
            except (SnapshotUnreadable, NewerSchema) as exc:
                raise unreadable(paths, exc) from None
            if read_only and copies:  # another leeslamp writes: show them merged, write nothing
                sync.merge_in_memory(copies, data, (clock or local_now)())
            journal = cls(paths, db, lock, clock, release_on_close)
            if not read_only:
                journal._prepare(data, storage.version, copies)
            return journal
        except BaseException:
            if lock is not None and release_on_close:
                lock.release()
            raise

    def _prepare(
        self, data: schema.Tables, version: int, copies: list[conflicts.Copy] | None = None
    ) -> None:
        """Clear what killed writes left, set damage aside, migrate an older journal (after
        setting it aside), merge a sync tool's conflict copies, give a new one its meta record."""
        remove_leftovers(self.paths)
        if self._storage.torn_tail:
            # Cut off (and keep aside) now, as the next append would: a compaction first would
            # drop it unseen.
            with contextlib.suppress(OSError):
                logfile.cut_torn_tail(self.paths.journal_log)
        repair.set_aside_damage(self.paths, self._storage, self._clock())
        if version < schema.SCHEMA_VERSION:
            self._guard(lambda: backups.set_aside(self.paths, self._clock()))
            self._storage.adopt(schema.migrate(data, version))
            self._guard(self._storage.compact)
        if copies:
            self._guard(lambda: sync.merge_copies(self.paths, self._storage, self._clock(), copies))
            self._index = {
                doc["id"]: int(doc_id) for doc_id, doc in self._raw(schema.ENTRIES).items()
            }
        if self._storage.foreign_log:
            # A log from another snapshot (a sync tool's, say) was merged into it as it was
            # read (storage.merge_foreign_log): fold it in now, before this run adds to it.
            from leeslamp.journal.search_index import compact_keeping_index

            self._guard(lambda: compact_keeping_index(self.paths, self._storage.compact))
        if not self._meta.contains(Query().id == schema.META_ID):
            meta = {"id": schema.META_ID, "schema": schema.SCHEMA_VERSION, "created": self._now()}
            self._guard(lambda: self._meta.insert(meta))
        if crypt.is_locked(self.paths.data_dir):  # lock what a killed `versleutel` left plain
            from leeslamp.journal import lock_files

            self._guard(lambda: lock_files.finish(self.paths, self._storage))

    @property
    def read_only(self) -> bool:
        return self._file_lock is None

    def close(self) -> None:
        with self._mutex:
            if self._file_lock is not None:
                if self._release_on_close:
                    self._file_lock.release()
                self._file_lock = None
            self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def still(self, look: Callable[[], T]) -> T:
        """`look()` while this journal's files do not change: no write or compaction (`maintain`)
        of this journal meanwhile. For a quick look at the files (the search index's check of
        them, which a compaction half-way would fool), never a long one: writes wait for it."""
        with self._mutex:
            return look()

    def _now(self) -> str:
        return iso(self._clock())

    def _guard(self, write: Callable[[], Any]) -> Any:
        if self.read_only:
            raise JournalWriteError("journal.opened_read_only", path=self.paths.journal)
        try:
            return write()
        except OSError as exc:
            raise write_error(exc, self.paths.journal_log) from None

    # --- entries -----------------------------------------------------------------------------

    def add_entry(self, kind: str, text: str, **fields: Any) -> Entry:
        with self._mutex:
            doc = new_entry_doc(kind, text, self._clock(), **fields)
            doc["session"] = self.session
            doc_id = self._guard(lambda: self._entries.insert(doc))
            self._index[doc["id"]] = doc_id
            return Entry.from_doc(doc)

    def add_entries(self, docs: Iterable[dict[str, Any]]) -> list[Entry]:
        """Add many entries at once, in one durable append (an import). Each doc is a whole
        entry as `new_entry_doc` makes it, so it keeps its own id and dates. Docs whose id is
        already in the journal are skipped; the added entries are returned.
        """
        with self._mutex:
            fresh: dict[str, dict[str, Any]] = {}
            for doc in docs:
                if doc["kind"] not in schema.KINDS:
                    raise UserInputError(
                        "journal.bad_kind", kind=doc["kind"], known=", ".join(schema.KINDS)
                    )
                require_storable(doc)
                if doc["id"] not in self._index:
                    fresh.setdefault(doc["id"], {**doc, "tags": clean_tags(doc.get("tags", ()))})
            if not fresh:
                return []
            doc_ids = self._guard(lambda: self._entries.insert_multiple(fresh.values()))
            self._index.update(zip(fresh, doc_ids, strict=True))
            return [Entry.from_doc(doc) for doc in fresh.values()]

    def get_entry(self, entry_id: str) -> Entry | None:
        with self._mutex:
            doc_id = self._index.get(entry_id)
            doc = self._entries.get(doc_id=doc_id) if doc_id is not None else None
            return Entry.from_doc(doc) if doc else None

    def entry_ids(self) -> list[str]:
        with self._mutex:
            return list(self._index)

    def update_entry(
        self,
        entry_id: str,
        *,
        expected: int | None = None,
        new_version: bool = False,
        **changes: Any,
    ) -> Entry:
        """Change an entry. `expected`: the revision (`Entry.rev`) the change was made from; if
        the journal holds a newer one, nothing is written and `StaleWrite` carries that newer
        version. Without it (deleting, anchors, tags) the change is made whatever the revision.

        A changed text after a pause or from another run keeps the old text as a version (see
        versions.py); `new_version` always does (`bewerk`, a restore)."""
        with self._mutex:
            entry = self._update(entry_id, expected, new_version, changes)
        self._tell(entry)
        return entry

    def _update(
        self, entry_id: str, expected: int | None, new_version: bool, changes: dict[str, Any]
    ) -> Entry:
        allowed = {"text", "tags", "anchor", "article", "prompt", "assignment", "kind"}
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"cannot change {sorted(unknown)}")
        with self._mutex:
            doc_id = self._require(entry_id)
            stored = self._entries.get(doc_id=doc_id)
            rev = revision_of(stored)  # type: ignore[arg-type]
            if expected is not None and expected != rev:
                raise StaleWrite(Entry.from_doc(stored))  # type: ignore[arg-type]
            fields = dict(changes)
            if "tags" in fields:
                fields["tags"] = clean_tags(fields["tags"])
            require_storable(fields)
            now = self._clock()
            fields["updated"] = iso(now)
            fields["rev"] = rev + 1
            save = versions.plan_save(stored, fields, self.session, now, forced=new_version)  # type: ignore[arg-type]
            if save.version is None:
                self._guard(lambda: self._entries.update(save.apply, doc_ids=[doc_id]))
            else:
                self._guard(lambda: self._save_with_version(doc_id, save))
            return Entry.from_doc(self._entries.get(doc_id=doc_id))  # type: ignore[arg-type]

    def _tell(self, entry: Entry) -> None:
        """Outside the mutex: a listener may wait on another thread that wants the journal."""
        for listener in list(self._listeners):
            listener(entry)

    def _save_with_version(self, doc_id: int, save: versions.Save) -> None:
        """The old text into `versions` and the new text into the entry, in ONE durable append
        (the version's line first, see LogStorage._changes): a kill cannot lose the old text."""
        data = self._storage.read()
        versions.save_with_version(data, str(doc_id), save)
        try:
            self._storage.write(data)  # on failure it puts `data` back as it is on disk
        finally:
            self._entries.clear_cache()

    def versions(self, entry_id: str) -> list[Version]:
        """The texts of an entry, oldest first, numbered from 1; the current text is the last."""
        with self._mutex:
            doc = self._entries.get(doc_id=self._require(entry_id))
            kept = [d for d in self._raw(schema.VERSIONS).values() if d.get("entry") == entry_id]
            return versions.listing(kept, doc)  # type: ignore[arg-type]

    def earlier_versions(self) -> dict[str, list[Version]]:
        """Every entry's earlier versions (oldest first), by entry id, in one pass (exports).
        Entries without any are left out."""
        with self._mutex:
            return versions.earlier_by_entry(self._raw(schema.VERSIONS).values())

    def restore_version(self, entry_id: str, number: int, *, expected: int | None = None) -> Entry:
        """Make version `number` the current text again. The current text becomes a version:
        nothing is destroyed. Restoring the current version changes nothing."""
        with self._mutex:
            found = self.versions(entry_id)
            if not 1 <= number <= len(found):
                raise UserInputError(
                    "journal.no_such_version",
                    number=number,
                    entry_id=entry_id[:8],
                    count=len(found),
                )
            chosen = found[number - 1]
            if chosen.current:  # nothing to restore; a stale `expected` is still refused
                entry = Entry.from_doc(self._entries.get(doc_id=self._require(entry_id)))  # type: ignore[arg-type]
                if expected is not None and expected != entry.rev:
                    raise StaleWrite(entry)
                return entry
            entry = self._update(entry_id, expected, True, {"text": chosen.text})
        self._tell(entry)
        return entry

    def listen(self, listener: Callable[[Entry], None]) -> None:
        """Call `listener(entry)` after each change to an entry (in the writing thread, after
        the write is durable), so every editor of that entry can show the new text."""
        self._listeners.append(listener)

    def entries(self, *, article: str | None = None, kind: str | None = None) -> list[Entry]:
        """Newest first."""
        with self._mutex:
            docs = [
                (datetime.fromisoformat(doc["created"]), int(doc_id), doc)
                for doc_id, doc in self._raw(schema.ENTRIES).items()
                if (article is None or doc.get("article") == article)
                and (kind is None or doc.get("kind") == kind)
            ]
            docs.sort(key=lambda item: (item[0], item[1]), reverse=True)
            return [Entry.from_doc(doc) for _, _, doc in docs]

    def select(self, keep: Callable[[Entry], bool]) -> list[Entry]:
        """The entries `keep` accepts, newest first (as `entries`). Each entry is shown to
        `keep` and let go unless kept, so a pass that needs a few entries, or only a tally
        (a `keep` that counts and says no), does not hold one of each: at 50k that list
        costs the app some 15 MiB (Vandaag)."""
        with self._mutex:
            kept = []
            for doc_id, doc in self._raw(schema.ENTRIES).items():
                entry = Entry.from_doc(doc)
                if keep(entry):
                    kept.append((datetime.fromisoformat(doc["created"]), int(doc_id), entry))
            kept.sort(key=lambda item: (item[0], item[1]), reverse=True)
            return [entry for _, _, entry in kept]

    def _raw(self, table: str) -> dict[str, dict[str, Any]]:
        """A table's documents as stored, for reading only (TinyDB's `all()` copies each one,
        which costs half a second at 50k entries). Callers hold the mutex and never mutate."""
        return self._storage.read().get(table, {})

    def count(self) -> int:
        with self._mutex:
            return len(self._entries)

    def _require(self, entry_id: str) -> int:
        doc_id = self._index.get(entry_id)
        if doc_id is None:
            raise UserInputError("journal.no_such_entry", entry_id=entry_id)
        return doc_id

    # --- housekeeping ------------------------------------------------------------------------

    def maintain(self, today: date | None = None) -> None:
        """Empty old trash, fold a long log into the snapshot, keep today's backup."""
        if self.read_only:
            return
        with self._mutex:
            now = self._clock()
            today = today or now.date()
            cutoff = now - timedelta(days=schema.TRASH_DAYS)
            expired = [
                doc for doc in self._trash.all() if datetime.fromisoformat(doc["deleted"]) < cutoff
            ]
            if expired:
                self._guard(lambda: self._empty_trash(expired))
            backed_up = backups.has_backup_for(self.paths, today)
            stale = not self._storage.log_matches_snapshot  # e.g. journal.json edited by hand
            if not backed_up or stale or self._storage.log_size() > COMPACT_AT:
                from leeslamp.journal.search_index import compact_keeping_index

                # same entries, new files: the search index need not be rebuilt for that
                self._guard(lambda: compact_keeping_index(self.paths, self._storage.compact))
                self._guard(lambda: backups.make_daily_backup(self.paths, today))
