"""Several paths typed on one line, where a path may hold spaces (`~/Mijn antwoorden/anna.json`,
as a mail program names a download folder).

Quoted paths are taken as quoted. Unquoted words are joined back into the longest path that
exists, so `~/Mijn antwoorden/anna.json ~/Mijn antwoorden/bram.json` is two files without any
quotes. Words that make no existing path stay together, so the coach hears about the path they
meant, not about each of its words.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from leeslamp.tui.saving import typed_path


def typed_paths(text: str) -> tuple[list[Path], list[Path]]:
    """The existing paths in `text`, in the order typed, and the ones that do not exist."""
    whole = typed_path(text)
    if whole.exists():
        return [whole], []
    try:
        words = shlex.split(text)
    except ValueError:  # an unclosed quote: take the words as they are
        words = text.split()
    words = [word for word in words if word.strip()]  # '' would be the current folder
    found: list[Path] = []
    missing: list[Path] = []
    pending: list[str] = []  # words that made no path (yet)
    start = 0
    while start < len(words):
        end = _longest_path(words, start)
        if end is None:
            pending.append(words[start])
            start += 1
            continue
        if pending:
            missing.append(typed_path(" ".join(pending)))
            pending = []
        found.append(typed_path(" ".join(words[start:end])))
        start = end
    if pending:
        missing.append(typed_path(" ".join(pending)))
    return found, missing


def _longest_path(words: list[str], start: int) -> int | None:
    """The end of the longest run of words from `start` that names an existing path."""
    for end in range(len(words), start, -1):
        if typed_path(" ".join(words[start:end])).exists():
            return end
    return None
