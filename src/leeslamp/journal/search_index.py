"""The search index on disk: a derived SQLite file beside the journal, so `leeslamp zoek` and
the search screen need neither the whole journal in memory nor a second copy of every text.

Never the source of truth: delete `search-index.sqlite` and nothing is lost, the next search
builds it again. It follows the journal by reading what the journal already writes: the new
lines of its log, or all of it anew (search_sync.py). This module opens it and searches it.

Matching is the old search's, exactly (see search.py): each entry's searchable fields are folded
by `fold` and joined, and every query term must be a substring of that. FTS5's `trigram`
tokenizer finds the candidates for terms of three characters or more (on the folded text, so
case and accents are already gone); `instr` checks every term, so the shorter ones too. Why not
`unicode61` words with prefix queries: the old search also finds a word inside a longer one
("cultuur" in "leercultuur", Dutch compounds) and must keep doing so; trigrams give exactly
substring matches.

SQLite's own locking keeps two processes from corrupting it; a writer waits briefly (BUSY_WAIT)
and otherwise gives up, and the caller searches the old way (`open_index` returns None), as it
does in a read-only folder or on a full disk. No Textual here.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from leeslamp.core.errors import LeeslampError
from leeslamp.core.fileio import PRIVATE
from leeslamp.core.paths import Paths
from leeslamp.journal import search_sync
from leeslamp.journal.models import Entry
from leeslamp.journal.search import Filters, Results, SearchResult, parse_query
from leeslamp.journal.search_rows import conditions, entry_of, only_text_match, text_match

if TYPE_CHECKING:
    from leeslamp.journal import Journal

#: seconds to wait for another process that is updating the index
BUSY_WAIT = 2.0
#: up to this many candidates from the trigram index, its list is the quickest way to the hits
_FEW = 2000


class IndexUnusable(Exception):
    """The index cannot be used now (busy, read-only, full disk): search the old way."""


# --- the index ---------------------------------------------------------------------------------


class DiskIndex:
    """The search index on disk. Thread-safe (one connection, used under a lock): the app
    searches from one worker while another brings the index up to date."""

    def __init__(self, paths: Paths, connection: sqlite3.Connection) -> None:
        self.paths = paths
        self._db = connection
        self._lock = threading.Lock()

    @classmethod
    def open(cls, paths: Paths) -> DiskIndex:
        """Open (or create, mode 0600) the index file. Raises IndexUnusable when it cannot be."""
        path = paths.search_index
        if not paths.data_dir.is_dir():
            raise IndexUnusable("no data folder")
        from leeslamp.journal.crypt import is_locked

        if is_locked(paths.data_dir):  # it would hold the entries' text readably
            raise IndexUnusable("locked journal: searched in memory only")
        try:
            # Created here, private, before SQLite makes it (its journal file takes its mode).
            os.close(os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE))
        except OSError:
            if not path.exists():
                raise IndexUnusable("cannot create") from None
        try:
            connection = sqlite3.connect(
                path, timeout=BUSY_WAIT, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise IndexUnusable(str(exc)) from None
        return cls(paths, connection)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # --- keeping up with the journal ----------------------------------------------------------

    def sync(self, load_entries: Callable[[], Sequence[Entry]]) -> None:
        """Bring the index up to date with the journal on disk: the new log lines, or a full
        rebuild from `load_entries()` (the journal's entries, newest first, as `Journal.entries`
        gives them). Raises IndexUnusable when the index cannot be written now."""
        with self._lock:
            try:
                search_sync.sync(self._db, self.paths, load_entries)
            except sqlite3.DatabaseError as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                if not _is_damage(exc):
                    raise IndexUnusable(str(exc)) from None
                self._start_over()
                try:
                    search_sync.sync(self._db, self.paths, load_entries)
                except sqlite3.Error as again:
                    raise IndexUnusable(str(again)) from None

    def catch_up(self) -> bool:
        """`sync` as far as the log goes, never a rebuild: False when one is needed."""
        try:
            self.sync(_refuse_rebuild)
        except _NoRebuild:
            return False
        return True

    def carry_over(self, before: dict[str, Any]) -> None:
        """The journal was compacted from the state `before`: the same entries in new files. An
        index that was current then is current now, without a rebuild."""
        with self._lock:
            search_sync.carry_over(self._db, self.paths, before)

    def _forget(self) -> None:
        """Remove a damaged index file (it holds nothing of its own): the next search makes a
        new one."""
        self._db.close()
        path = self.paths.search_index
        for leftover in (path, path.with_name(path.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()

    def _start_over(self) -> None:
        self._forget()
        self._db = DiskIndex.open(self.paths)._db

    # --- searching ----------------------------------------------------------------------------

    def search(
        self,
        query: str = "",
        filters: Filters | None = None,
        limit: int | None = None,
        *,
        without: Sequence[str] = (),
    ) -> Results:
        """As `SearchIndex.search`: entries matching every term and the filters, newest first;
        with `limit`, only the first hits, while `Results.total` counts all. `without` leaves
        entries out by id (the caller matches those itself: see `notes_made_on_other_text`)."""
        terms = parse_query(query)
        filters = filters or Filters()
        with self._lock:
            try:
                shown, total = self._find(terms, filters, limit, without)
                docs = dict(self._docs(shown))
            except sqlite3.Error as exc:
                if isinstance(exc, sqlite3.DatabaseError) and _is_damage(exc):
                    self._forget()
                raise IndexUnusable(str(exc)) from None
        hits = [SearchResult(entry_of(docs[rowid]), terms) for rowid in shown]
        return Results(hits, total, terms)

    def _find(
        self, terms: tuple[str, ...], filters: Filters, limit: int | None, without: Sequence[str]
    ) -> tuple[list[int], int]:
        """The rowids to show, newest first, and how many match in all."""
        order = "ORDER BY written DESC, seq DESC"
        where, params = conditions(terms, filters, without_ids=without)
        if limit is None:  # the command line: every hit
            rowids = [
                row[0]
                for row in self._db.execute(
                    f"SELECT rowid FROM entries WHERE {where} {order}", params
                )
            ]
            return rowids, len(rowids)
        match = text_match(terms)
        candidates = None
        if match is not None:
            found = self._db.execute("SELECT count(*) FROM hay WHERE hay MATCH ?", (match,))
            candidates = found.fetchone()[0]
        if candidates is not None and only_text_match(terms, filters) and not without:
            total = candidates
        else:
            found = self._db.execute(f"SELECT count(*) FROM entries WHERE {where}", params)
            total = found.fetchone()[0]
        if candidates is None or candidates > _FEW:
            # Many candidates: walking the entries newest first finds the first hits at once.
            where, params = conditions(terms, filters, use_text_index=False, without_ids=without)
        sql = f"SELECT rowid FROM entries WHERE {where} {order} LIMIT ?"
        return [row[0] for row in self._db.execute(sql, [*params, limit])], total

    def _docs(self, rowids: list[int]) -> Iterable[tuple[int, str]]:
        for begin in range(0, len(rowids), 500):  # SQLite's limit on parameters is far above
            chunk = rowids[begin : begin + 500]
            marks = ",".join("?" * len(chunk))
            yield from self._db.execute(
                f"SELECT rowid, doc FROM entries WHERE rowid IN ({marks})", chunk
            )

    def notes_made_on_other_text(self, text_hash: Callable[[str], str | None]) -> list[Entry]:
        """The aandacht notes whose anchor was made on another text of their article than
        `text_hash(article)` gives now (None: not in the library, nothing to compare with):
        the ones whose passage the reader may now find elsewhere, or changed."""
        with self._lock:
            try:
                rows = self._db.execute(
                    "SELECT rowid, article, json_extract(doc, '$.anchor.text_hash') FROM entries"
                    " WHERE kind = 'aandacht' AND article IS NOT NULL"
                ).fetchall()
                hashes: dict[str, str | None] = {}
                stale = []
                for rowid, article, made_on in rows:
                    if article not in hashes:
                        hashes[article] = text_hash(article)
                    now = hashes[article]
                    if now is not None and made_on != now:
                        stale.append(rowid)
                return [entry_of(doc) for _rowid, doc in self._docs(stale)]
            except sqlite3.Error as exc:
                raise IndexUnusable(str(exc)) from None

    def knows_article(self, article_id: str) -> bool:
        """Whether some entry is about this article (the command line's check of --artikel)."""
        with self._lock:
            found = self._db.execute(
                "SELECT 1 FROM entries WHERE article = ? LIMIT 1", (article_id,)
            ).fetchone()
        return found is not None


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """Damage to the file itself (not busy, not read-only, not full, not closed): start over."""
    message = str(exc)
    if isinstance(exc, sqlite3.OperationalError):
        return "malformed" in message or "no such" in message or "corrupt" in message
    return type(exc) is sqlite3.DatabaseError  # "file is not a database", "disk image is malformed"


class _NoRebuild(Exception):
    pass


def _refuse_rebuild() -> Sequence[Entry]:
    raise _NoRebuild


def compact_keeping_index(paths: Paths, compact: Callable[[], None]) -> None:
    """Compact the journal (the caller holds its lock) so that an index on disk stays current:
    it takes in the log up to now first, and is told of the new files after. Without an index,
    or if it cannot follow, just compact: the index is rebuilt at the next search."""
    index: DiskIndex | None = None
    before: dict[str, Any] | None = None
    if paths.search_index.exists():
        # Whatever goes wrong with the index (derived) must not stop the compaction.
        try:
            index = DiskIndex.open(paths)
            index.sync(_refuse_rebuild)
            before = search_sync.journal_state(paths)
        except Exception:
            before = None
    try:
        compact()
        if index is not None and before is not None:
            with contextlib.suppress(Exception):
                index.carry_over(before)
    finally:
        if index is not None:
            with contextlib.suppress(Exception):
                index.close()


def keep_up(index: DiskIndex, journal: Journal) -> None:
    """Bring `index` up to date with the app's open `journal`. The check is made under the
    journal's lock: the compaction of a day's first start (`Journal.maintain`, in another
    thread) seen half-way, a new snapshot beside the old log, looks like another journal and
    would cost a full rebuild. A rebuild that is needed is made outside it: writes need not
    wait for that."""
    if not journal.still(index.catch_up):
        index.sync(journal.entries)


def open_index(paths: Paths, load_entries: Callable[[], Sequence[Entry]]) -> DiskIndex | None:
    """The index, up to date with the journal; None when it cannot be used now (a read-only
    folder, a full disk, another process busy with it for too long): search the old way."""
    from leeslamp.journal.conflicts import merge_waiting

    merge_waiting(paths)  # a sync tool's copies first: the index follows the journal's files
    try:
        index = DiskIndex.open(paths)
    except IndexUnusable:
        return None
    try:
        index.sync(load_entries)
    except LeeslampError:  # the journal could not be read: that is the caller's to say
        index.close()
        raise
    except Exception:  # IndexUnusable, or a surprise in derived data: search the old way
        index.close()
        return None
    return index
