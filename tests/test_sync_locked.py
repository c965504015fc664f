"""A locked journal (issue 17 §2) in a synced folder (§1): the other computer's conflict copies
are locked too, open with the key that opened the journal, are merged, and stay locked."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from leeslamp.core.paths import Paths
from leeslamp.journal import Journal, crypt, lock_files, notices
from leeslamp.journal.locking import hold_lock
from sync_helpers import Computer, carry, copy_name

PASS = "een lange zin om te onthouden"
PLANTED = "Zilvermeeuwenvleugel"


@pytest.fixture(autouse=True)
def quick_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setitem(crypt.SCRYPT, "n", 2**10)
    crypt.forget()
    crypt.set_asker(lambda folder: PASS)
    notices.take()
    yield
    crypt.forget()
    crypt.set_asker(None)


def lock(paths: Paths, passphrase: str = PASS) -> None:
    with hold_lock(paths) as held:
        lock_files.lock(paths, passphrase, lambda: Journal.open(paths, held_lock=held).close())


def readable(home: Path) -> list[str]:
    return sorted(
        str(path.relative_to(home))
        for path in home.rglob("*")
        if path.is_file() and PLANTED.encode() in path.read_bytes()
    )


def test_a_locked_copy_is_opened_with_the_journals_key_merged_and_kept_locked(
    tmp_path: Path,
) -> None:
    laptop, desktop = Computer(tmp_path, "laptop"), Computer(tmp_path, "desktop")
    laptop.write(f"gedeeld {PLANTED}")
    lock(laptop.paths)
    laptop.compact()
    shutil.copytree(laptop.home, desktop.home, ignore=shutil.ignore_patterns("journal.lock"))
    desktop.clock.now = laptop.clock.now
    mine = laptop.write(f"laptop {PLANTED}")
    theirs = desktop.write(f"desktop {PLANTED}")
    crypt.forget()  # each computer opens the key on its own
    carry(desktop, laptop, "journal.log", copy_name("syncthing", "journal.log"))
    desktop.compact()
    carry(desktop, laptop, "journal.json", copy_name("nextcloud", "journal.json"))
    assert readable(laptop.home) == []  # the copies are locked as they arrive

    texts = laptop.texts()
    assert texts[mine] == f"laptop {PLANTED}" and texts[theirs] == f"desktop {PLANTED}"
    assert len(texts) == 3
    assert laptop.copies_waiting() == []
    assert (laptop.paths.backups / copy_name("syncthing", "journal.log")).exists()
    assert readable(laptop.home) == []  # merged, moved, and still no readable word


def test_a_copy_locked_with_another_key_stays_where_it_is(tmp_path: Path) -> None:
    laptop, desktop = Computer(tmp_path, "laptop"), Computer(tmp_path, "desktop")
    laptop.write("laptop")
    lock(laptop.paths)
    desktop.write(f"desktop {PLANTED}")
    lock(desktop.paths, "een ander wachtwoord")  # locked on its own, with its own key
    desktop.compact()
    crypt.forget()
    name = copy_name("dropbox", "journal.json")
    carry(desktop, laptop, "journal.json", name)

    assert len(laptop.texts()) == 1
    assert (laptop.home / name).exists()
    [sentence] = notices.take()
    assert "die ik niet kan lezen" in sentence and name in sentence
