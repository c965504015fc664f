"""Locking and unlocking the journal's files (`leeslamp versleutel` / `ontsleutel`), crash-safe.

The key file (`crypt.KEY_FILE`) is the one switch: written (atomically) before any file is
locked, removed only after every file is plain again. Every other file is replaced atomically,
one at a time, by its locked or plain form, and a reader reads either form (crypt.py). So a
kill at any moment leaves each file whole, in one form or the other, and the key file says
where things were going:

- a kill while locking leaves the key file and some plain files: the journal is locked, and the
  next writer to open it (the app, `schrijf`'s careful way, `versleutel` again) locks the rest
  (`finish`, from `Journal.open`);
- a kill while unlocking leaves the key file and some plain files: the journal is still locked
  (the passphrase still opens it); `ontsleutel` again finishes, or the next writer locks the
  plain files again. Nothing is lost either way, and nothing is left plain while the key file
  says "locked" for longer than it takes the next writer to open it.

Which files: the snapshot and log (by compacting them), everything in `backups/` (daily
backups, copies set aside before a restore or a repair, conflict copies moved there), the
set-aside files (`journal.kapot-*.log`, line by line: they are appended to) and conflict copies
beside the journal. Derived files with the reader's words (the search index, `vandaag`'s
cache) are removed: while locked they are kept in memory only. Settings stay as they are.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from leeslamp.core.errors import UserInputError
from leeslamp.core.fileio import atomic_write_bytes, atomic_write_chunks, fsync_dir
from leeslamp.core.paths import Paths
from leeslamp.journal import crypt
from leeslamp.journal.damage import SET_ASIDE_GLOB
from leeslamp.journal.storage import LogStorage

#: files beside the journal that are never locked: the locks, the key file, settings
_LEFT_PLAIN = {"journal.lock", crypt.KEY_FILE}


def lock(paths: Paths, passphrase: str, open_journal: Callable[[], None]) -> list[Path]:
    """Lock the journal with `passphrase`; the caller holds the journal's lock.
    `open_journal()` opens (and closes) the journal for writing, which locks every file
    (`finish`). Returns the plain backups that were replaced by locked ones."""
    folder = paths.data_dir
    if crypt.is_locked(folder):
        raise UserInputError("lock.already_locked", path=folder)
    plain_backups = [path for path in _backups(paths) if not _is_locked_whole(path)]
    data, key = crypt.new_key_file(passphrase)
    atomic_write_bytes(crypt.key_path(folder), data)  # from here on the journal is locked
    crypt.remember(folder, key)
    open_journal()
    return plain_backups


def unlock(paths: Paths, open_journal: Callable[[], None]) -> None:
    """Make every file plain again, then remove the key file; the caller holds the lock.
    Asks for the passphrase (through crypt's asker) if it was not given yet."""
    folder = paths.data_dir
    if not crypt.is_locked(folder):
        raise UserInputError("lock.not_locked", path=folder)
    crypt.key_for(folder)  # the key, to read the locked files with
    crypt.writing_plain(folder, True)
    try:
        open_journal()  # `finish` makes every file plain
        crypt.key_path(folder).unlink()
        fsync_dir(folder)
    finally:
        crypt.writing_plain(folder, False)


def finish(paths: Paths, storage: LogStorage) -> None:
    """Under the lock, at every opening for writing of a locked journal: lock what is still
    plain (a `versleutel` that was killed half-way), or, while unlocking, make plain what is
    still locked. `storage` holds the journal as loaded. Cheap when there is nothing to do: a
    look at each file's first bytes."""
    folder = paths.data_dir
    key = crypt.key_for(folder)  # None: this process is unlocking
    want_locked = key is not None
    _remove_plain_leftovers(paths)
    if _snapshot_or_log_differs(paths, want_locked):
        storage.compact()  # the snapshot and an empty log, in the form crypt.key_for says
    for path in _backups(paths) + _conflict_copies(paths):
        if _is_locked_whole(path) != want_locked:
            _rewrite_whole(path, key)
    for path in sorted(folder.glob(SET_ASIDE_GLOB)):
        raw = path.read_bytes()
        lines = [line for line in raw.split(b"\n") if line.strip()]
        if any(crypt.is_sealed_line(line) != want_locked for line in lines):
            if key is not None:
                atomic_write_bytes(path, crypt.seal_lines(key, raw))
            else:
                atomic_write_bytes(path, crypt.open_lines(raw, path))
    if want_locked:
        _remove_derived(paths)


def _backups(paths: Paths) -> list[Path]:
    if not paths.backups.is_dir():
        return []
    return sorted(
        path for path in paths.backups.iterdir() if path.is_file() and not path.name.startswith(".")
    )


#: how sync tools name their copies of journal.json and journal.log: Syncthing
#: (`journal.sync-conflict-…`), Nextcloud, ownCloud and Dropbox in any language
#: (`journal (… copy …).log`), OneDrive (`journal-PC.json`)
_COPY_STARTS = ("journal.sync-conflict-", "journal (", "journal-")


def _conflict_copies(paths: Paths) -> list[Path]:
    """Sync tools' copies of the journal's files beside it (merged and moved into backups/
    when someone opens the journal; these are the ones still waiting)."""
    return sorted(
        path
        for path in paths.data_dir.glob("journal*")
        if path.is_file()
        and path.name.startswith(_COPY_STARTS)
        and path.suffix in (".json", ".log")
        and path.name not in _LEFT_PLAIN
    )


def _is_locked_whole(path: Path) -> bool:
    with path.open("rb") as handle:
        return crypt.is_sealed(handle.read(len(crypt.MAGIC)))


def _rewrite_whole(path: Path, key: crypt.Key | None) -> None:
    plain = crypt.read_plain(path)
    if key is None:
        atomic_write_bytes(path, plain)
    else:
        atomic_write_chunks(path, crypt.seal_chunks(key, [plain]))


def _snapshot_or_log_differs(paths: Paths, want_locked: bool) -> bool:
    try:
        with paths.journal.open("rb") as handle:
            head = handle.read(len(crypt.MAGIC))
        if head.strip() and crypt.is_sealed(head) != want_locked:
            return True
    except FileNotFoundError:
        pass
    try:
        records = paths.journal_log.read_bytes().split(b"\n")[1:]  # after the plain header
    except FileNotFoundError:
        return False
    return any(line.strip() and crypt.is_sealed_line(line) != want_locked for line in records)


def _remove_derived(paths: Paths) -> None:
    """Derived files that would hold the reader's words readably: rebuilt in memory instead."""
    index = paths.search_index
    for path in (
        index,
        *(index.with_name(index.name + end) for end in ("-wal", "-shm", "-journal")),
    ):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    # daily.cache, daily.reminder_cache, daily.quick_today
    for name in ("vandaag.json", "herinnering.txt", "vandaag-tekst.txt", "vandaag-json.txt"):
        with contextlib.suppress(FileNotFoundError):
            (paths.data_dir / "cache" / name).unlink()


def _remove_plain_leftovers(paths: Paths) -> None:
    """Temp files of rewrites killed half-way (ours here, or a set-aside file's): while the
    lock is held, they belong to a dead process, and may hold plain text."""
    for folder, pattern in ((paths.data_dir, ".journal*.tmp"), (paths.backups, ".*.tmp")):
        if folder.is_dir():
            for leftover in folder.glob(pattern):
                with contextlib.suppress(OSError):
                    leftover.unlink()
