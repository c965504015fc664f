"""Limits on what others' files may cost: how large, how deeply nested, how long a title.

Coaches open answer files from strangers, readers open assignment files from coaches, and
anyone may drop an article in their folder. A file past these limits is refused with a sentence
naming it; it never freezes the app or ends in a traceback. The limits sit far above anything a
person writes: a real assignment is a few KB, nested four levels deep.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

MB = 1024 * 1024

#: an assignment file (TOML) a coach wrote by hand
ASSIGNMENT_MAX_BYTES = 5 * MB
#: an answer file (bundle, JSON): one reader's answers to one assignment
ANSWER_FILE_MAX_BYTES = 5 * MB
#: an article (Markdown): the longest bundled one is about 30 KB
ARTICLE_MAX_BYTES = 2 * MB
#: a jrnl journal to import: the reader's own years of writing, so more room than the rest
JRNL_MAX_BYTES = 50 * MB
#: lists or tables inside each other; leeslamp's own files go four deep
MAX_NESTING = 32
#: an article's or assignment's title, a reader's name: shown on one line in lists and tables
TITLE_MAX_CHARS = 300


class TooLarge(Exception):
    """A file past its size limit; `size` is what was seen (at least limit + 1)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(size, limit)
        self.size = size
        self.limit = limit

    def params(self) -> dict[str, str]:
        return {"size": size_phrase(self.size), "limit": size_phrase(self.limit)}


def read_at_most(path: Path, limit: int) -> bytes:
    """The file's bytes; TooLarge if it holds more than `limit`. Asks the size first and never
    reads more than limit + 1 bytes (a pipe or /dev/zero says size 0, so the read is bounded too)."""
    size = path.stat().st_size
    if size > limit:
        raise TooLarge(size, limit)
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(len(data), limit)
    return data


def size_phrase(size: int) -> str:
    """'5 MB', '6,3 MB' (a decimal comma in Dutch)."""
    from leeslamp.i18n import language

    megabytes = size / MB
    if megabytes == int(megabytes):
        return f"{int(megabytes)} MB"
    shown = f"{megabytes:.1f}"
    return f"{shown.replace('.', ',') if language() == 'nl' else shown} MB"


def too_deep(value: object, limit: int = MAX_NESTING) -> bool:
    """Whether lists or dicts sit more than `limit` levels inside each other in `value`
    (walked without recursion, so a value just under Python's recursion limit is safe to test)."""
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Iterable[object] = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth + 1 > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False
