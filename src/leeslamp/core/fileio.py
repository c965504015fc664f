"""Writing files so that a crash never leaves half a file behind.

Used for everything leeslamp writes in full: journal snapshots, settings, exports.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time

if TYPE_CHECKING:
    from collections.abc import Iterable

PRIVATE = 0o600
PRIVATE_DIR = 0o700


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable. Not every platform can open a folder; skip there."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def ensure_private_dir(folder: Path) -> None:
    """Create `folder` (and parents) if needed; a folder we create is readable by its owner only."""
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)


def atomic_write_bytes(path: Path, data: bytes, mode: int = PRIVATE) -> None:
    """Write `data` to `path` atomically: temp file in the same folder, fsync, replace, fsync folder.

    Either the old file or the new one is on disk afterwards, never a mix. On any error
    (a full disk, a read-only folder) the temp file is removed and the old file is untouched.
    """
    atomic_write_chunks(path, (data,), mode)


def atomic_write_text(path: Path, text: str, mode: int = PRIVATE) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), mode)


def atomic_write_chunks(path: Path, chunks: Iterable[bytes], mode: int = PRIVATE) -> None:
    """As atomic_write_bytes, for data made a piece at a time (a big journal's snapshot, a
    copy of one): it is never in memory whole."""
    folder = path.parent
    ensure_private_dir(folder)
    fd, tmp = _new_temp_file(folder, path.name)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(folder)


#: how a temp file is opened: as `tempfile.mkstemp` opens one (a new file, never through a link)
_TEMP_FLAGS = (
    os.O_RDWR
    | os.O_CREAT
    | os.O_EXCL
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def _new_temp_file(folder: Path, name: str) -> tuple[int, Path]:
    """A new temp file `.NAME.RANDOM.tmp` in `folder`, readable by its owner only, opened as
    `tempfile.mkstemp` opens one, without its import (random, hashlib, shutil: a command that
    writes one small file, such as `vandaag`'s cache, paid more for it than for the write)."""
    for _ in range(100):
        tmp = folder / f".{name}.{os.urandom(6).hex()}.tmp"
        try:
            return os.open(tmp, _TEMP_FLAGS, PRIVATE), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temp file name in {folder}")
