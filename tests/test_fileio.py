"""Writing a whole file atomically (`core/fileio.py`): the old file or the new one, never a mix,
and no temp file left behind; private to its owner."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from leeslamp.core import fileio


def test_the_new_file_replaces_the_old_and_is_private(tmp_path: Path) -> None:
    target = tmp_path / "map" / "bestand.json"
    fileio.atomic_write_bytes(target, b"oud")
    fileio.atomic_write_bytes(target, b"nieuw")
    assert target.read_bytes() == b"nieuw"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["bestand.json"]


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "bestand.json"
    target.write_bytes(b"oud")

    def chunks() -> Iterator[bytes]:
        yield b"half"
        raise OSError("schijf vol")

    with pytest.raises(OSError, match="schijf vol"):
        fileio.atomic_write_chunks(target, chunks())
    assert target.read_bytes() == b"oud"
    assert [p.name for p in tmp_path.iterdir()] == ["bestand.json"]


def test_temp_files_are_named_as_the_cleanups_look_for_them(tmp_path: Path) -> None:
    """`.NAME.….tmp`: what a kill -9 leaves is found by the clean-ups' patterns."""
    fd, tmp = fileio._new_temp_file(tmp_path, "journal.json")
    os.close(fd)
    assert tmp.parent == tmp_path
    assert tmp.match(".journal*.tmp") and tmp.match(".*.tmp")
    assert stat.S_IMODE(tmp.stat().st_mode) == 0o600
    again, other = fileio._new_temp_file(tmp_path, "journal.json")
    os.close(again)
    assert other != tmp


def test_a_write_does_not_import_tempfile(tmp_path: Path) -> None:
    """tempfile brings random, hashlib and shutil: more than a small cache write costs."""
    probe = (
        "import sys\nfrom pathlib import Path\nfrom leeslamp.core.fileio import atomic_write_bytes\n"
        f"atomic_write_bytes(Path({str(tmp_path / 'x')!r}), b'1')\n"
        "print('tempfile' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr
