"""Saving a text to a path the person typed (the coach's assignment file, the overview report).

A typed path may be a folder (then the file gets its own name in it); an existing file is said
once ("bestaat al"), and saving again to the same path overwrites it. The write is atomic and
runs in a thread worker; success or failure is called back on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from leeslamp.core.errors import os_reason

if TYPE_CHECKING:
    from textual.dom import DOMNode


def typed_path(text: str) -> Path:
    """A path as a person types it: `~` is home, a relative path is from where leeslamp runs."""
    return Path(text.strip()).expanduser().absolute()


class PathSaver:
    """Writes texts to typed paths for one screen; remembers the path that may be overwritten."""

    def __init__(self, node: DOMNode, group: str) -> None:
        self.node = node
        self.group = group
        #: the existing file already named to the person: saving there again overwrites it
        self._overwrite: Path | None = None

    def forget(self) -> None:
        """The path or what is saved changed: an existing file is said again before it is
        overwritten."""
        self._overwrite = None

    def target(self, typed: str, file_name: str) -> tuple[Path, bool]:
        """The file `typed` names (`file_name` inside it, when it is a folder), and whether it
        exists and has not been named yet: then the screen says so, and saving again writes."""
        path = typed_path(typed)
        if path.is_dir():
            path = path / file_name
        if path.exists() and path != self._overwrite:
            self._overwrite = path
            return path, True
        return path, False

    def save(
        self,
        path: Path,
        text: str,
        saved: Callable[[Path], None],
        failed: Callable[[Path, str], None],
    ) -> None:
        """Write `text` to `path` in a thread; then `saved(path)` or `failed(path, reason)`."""

        def write() -> None:
            from leeslamp.core.fileio import atomic_write_text

            try:
                atomic_write_text(path, text)
            except OSError as exc:  # said on the screen, beside what the person typed
                self.node.app.call_from_thread(failed, path, os_reason(exc))
                return
            self.node.app.call_from_thread(self._saved, path, saved)

        self.node.run_worker(
            write, thread=True, exclusive=True, group=self.group, exit_on_error=False
        )

    def _saved(self, path: Path, saved: Callable[[Path], None]) -> None:
        self._overwrite = path
        saved(path)
