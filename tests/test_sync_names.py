"""Which file names are a sync tool's conflict copies of the journal's files (conflicts.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leeslamp.core import sync_names
from leeslamp.journal import conflicts

COPIES = [
    ("journal.sync-conflict-20261206-101010-ABCDEF1.log", "journal.log", "syncthing"),
    ("journal.sync-conflict-20261206-101010-ABCDEF1.json", "journal.json", "syncthing"),
    ("settings.sync-conflict-20261206-101010-ABCDEF1.toml", "settings.toml", "syncthing"),
    ("journal (conflicted copy 2026-12-06 101010).log", "journal.log", "nextcloud"),
    ("settings (conflicted copy 2026-12-06 101010).toml", "settings.toml", "nextcloud"),
    ("journal_conflict-20261206-101010.json", "journal.json", "nextcloud"),
    ("journal (Anna's conflicted copy 2026-12-06).log", "journal.log", "dropbox"),
    ("journal (Anna’s conflicted copy 2026-12-06).json", "journal.json", "dropbox"),
    ("journal (Anna's conflicted copy 2026-12-06 (1)).log", "journal.log", "dropbox"),
    ("journal (conflicterende kopie van Anna 2026-12-06).log", "journal.log", "dropbox"),
    ("journal (in Konflikt stehende Kopie von Anna 2026-12-06).log", "journal.log", "dropbox"),
    ("journal (copie en conflit de Anna 2026-12-06).json", "journal.json", "dropbox"),
    ("journal (copia en conflicto de Anna 2026-12-06).log", "journal.log", "dropbox"),
    ("journal-LAPTOP.log", "journal.log", "onedrive"),
    ("journal-DESKTOP-4F2K9Q.json", "journal.json", "onedrive"),
    ("settings-LAPTOP.toml", "settings.toml", "onedrive"),
]

#: leeslamp's own files, and files that only look alike
NOT_COPIES = [
    "journal.json",
    "journal.log",
    "journal.lock",
    "journal.sleutel",
    "journal.kapot-2026-12-06.log",
    "settings.toml",
    "settings.toml.kapot-2026-12-06",
    "journal-2026-12-06.json",  # a daily backup's name
    "journal-2026-12-06-2.json",
    "journal-kapot.log",
    ".journal.json.abc123.tmp",
    "journal (kopie).json",  # a copy made by hand: the reader's, not a sync tool's
    "journal.sync-conflict-20261206-101010-ABCDEF1.toml",  # no such journal file
    "settings-LAPTOP.json",
    "journal-LAPTOP.toml",
    "journal.sync-conflict-20261206-101010-ABCDEF1.log.tmp",
    "search-index.sqlite",
]


@pytest.mark.parametrize(("name", "of", "tool"), COPIES)
def test_each_tools_copies_are_recognised(name: str, of: str, tool: str) -> None:
    assert conflicts.recognise(name) == (of, tool)


@pytest.mark.parametrize("name", NOT_COPIES)
def test_own_files_and_look_alikes_are_no_copies(name: str) -> None:
    assert conflicts.recognise(name) is None


def test_find_lists_the_folder_once_and_keeps_only_copies(tmp_path: Path) -> None:
    for name, _, _ in COPIES:
        (tmp_path / name).write_text("x")
    for name in NOT_COPIES:
        (tmp_path / name).write_text("x")
    (tmp_path / "journal-LAPTOP2.json").mkdir()  # a folder is no copy
    found = conflicts.find(tmp_path)
    assert sorted(copy.path.name for copy in found) == sorted(name for name, _, _ in COPIES)
    assert conflicts.find(tmp_path / "missing") == []


@given(st.text(min_size=1, max_size=30))
def test_no_name_without_a_journal_file_stem_is_taken(name: str) -> None:
    if not name.startswith(("journal", "settings")):
        assert conflicts.recognise(name) is None


# --- the quick paths' first look (core/sync_names.py): never misses a copy ------------------


@pytest.mark.parametrize(("name", "of", "tool"), COPIES)
def test_the_quick_look_sees_every_copy(name: str, of: str, tool: str) -> None:
    assert sync_names.may_be_a_copy(name)


@given(
    st.sampled_from(["journal", "settings"]),
    st.sampled_from([".sync-conflict-", "_conflict-", " (", "-"]),
    st.text(max_size=40),
    st.sampled_from([".json", ".log", ".toml"]),
)
def test_whatever_recognise_takes_the_quick_look_takes(
    stem: str, joint: str, middle: str, ext: str
) -> None:
    name = f"{stem}{joint}{middle}{ext}"
    if conflicts.recognise(name) is not None:
        assert sync_names.may_be_a_copy(name)


@given(st.text(max_size=60))
def test_any_name_recognise_takes_the_quick_look_takes(name: str) -> None:
    if conflicts.recognise(name) is not None:
        assert sync_names.may_be_a_copy(name)


def test_the_quick_look_lists_the_folder(tmp_path: Path) -> None:
    (tmp_path / "journal.json").write_text("{}")
    assert not sync_names.copy_may_wait(str(tmp_path))
    assert not sync_names.copy_may_wait(str(tmp_path / "nog-niet"))
    (tmp_path / COPIES[0][0]).write_text("")
    assert sync_names.copy_may_wait(str(tmp_path))
