"""`leeslamp schrijf`'s quick path: it locks without filelock (the two locks still exclude each
other) and makes its ids without the uuid module."""

from __future__ import annotations

from pathlib import Path

import pytest

from leeslamp.core.errors import JournalLocked
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal, add_entry_quickly, quick_add
from leeslamp.journal import journal as journal_module
from leeslamp.journal.light_lock import acquire_light_lock
from leeslamp.journal.locking import acquire_lock


def test_a_quick_write_waits_for_the_apps_lock_and_then_says_so(tmp_path: Path) -> None:
    paths = Paths(tmp_path)
    with Journal.open(paths), pytest.raises(JournalLocked):  # the app holds filelock's lock
        add_entry_quickly(paths, "reflectie", "Mag ik erbij?", lock_timeout=0.1)
    with Journal.open(paths, read_only=True) as journal:
        assert journal.entries() == []


def test_the_app_cannot_lock_while_a_quick_write_holds_the_lock(tmp_path: Path) -> None:
    paths = Paths(tmp_path)
    light = acquire_light_lock(paths, 0.0)
    assert light is not None and light.is_locked
    try:
        with pytest.raises(JournalLocked):
            acquire_lock(paths, 0.0)
    finally:
        light.release()
    acquire_lock(paths, 0.0).release()  # free again once released
    assert not light.is_locked


def test_quick_writes_on_a_kept_journal_all_arrive(tmp_path: Path) -> None:
    paths = Paths(tmp_path)
    first = add_entry_quickly(paths, "reflectie", "Eerste.")  # the careful way: a new journal
    second = add_entry_quickly(paths, "reflectie", "Tweede.")  # the quick way
    with Journal.open(paths, read_only=True) as journal:
        assert {e.id for e in journal.entries()} == {first.id, second.id}


def test_the_quick_path_compacts_where_the_journal_does() -> None:
    assert quick_add.COMPACT_AT == journal_module.COMPACT_AT


def test_entry_ids_are_version_4_uuids_and_differ() -> None:
    import uuid

    from leeslamp.journal.entry_docs import new_entry_id

    ids = {new_entry_id() for _ in range(200)}
    assert len(ids) == 200
    for text in ids:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuid.RFC_4122, text)


def test_a_quick_write_reads_the_logs_header_only_and_loses_nothing_to_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged line in today's log stays where it is until the careful way sets it aside;
    the quick write beside it neither reads it nor costs it, nor is it cost by it."""
    import json

    from leeslamp.journal import logfile, notices
    from leeslamp.journal.entry_docs import local_now, new_entry_doc

    paths = Paths(tmp_path)
    first = add_entry_quickly(paths, "reflectie", "Eerste.")  # the careful way: a new journal
    other = new_entry_doc("reflectie", "Van een ander, na de schade.", local_now())
    with paths.journal_log.open("ab") as log:  # a damaged line in the middle of the log
        log.write(b"{kapot\n" + json.dumps(logfile.put("entries", other)).encode() + b"\n")

    def whole_log(*_args: object) -> None:
        raise AssertionError("the quick path read the whole log")

    with monkeypatch.context() as patched:
        patched.setattr(logfile, "read_log", whole_log)
        second = add_entry_quickly(paths, "reflectie", "Tweede, achter de schade.")
    assert b"{kapot\n" in paths.journal_log.read_bytes()
    notices.take()
    with Journal.open(paths) as journal:  # the careful way: the damaged line goes aside
        assert {e.id for e in journal.entries()} == {first.id, other["id"], second.id}
    assert [b"{kapot" in p.read_bytes() for p in tmp_path.glob("journal.kapot-*.log")] == [True]
    assert len(notices.take()) == 1


def test_the_quick_paths_look_for_todays_backup_is_the_backups_own(tmp_path: Path) -> None:
    """`quick_add.has_backup_for` spares the quick path the backups module: the same file."""
    from datetime import date

    from leeslamp.journal import backups, quick_add

    paths = Paths(tmp_path)
    day = date(2026, 12, 6)
    assert not quick_add.has_backup_for(paths, day)
    backups.daily_backup_path(paths, day).parent.mkdir(parents=True)
    backups.daily_backup_path(paths, day).write_text("{}")
    assert quick_add.has_backup_for(paths, day) and backups.has_backup_for(paths, day)
    assert not quick_add.has_backup_for(paths, date(2026, 12, 7))
