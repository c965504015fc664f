"""Reading a plain snapshot a batch of documents at a time.

`json.loads` of a whole 50 000-entry snapshot holds its text (30 MB) and every document at
once, and a string of its own for every repeated kind, tag or question until they are shared:
the app's highest memory. Here the file is read a megabyte at a time and parsed a batch of
documents at a time, each batch's repeats shared (tables.share_repeats) before the next.

Only the layout `storage.snapshot_chunks` writes is read this way: `{"name":{"1":{...},...},
...}` (spaces allowed, as `json.dumps` puts them). Anything else (a locked or broken file, a
table that is not an object) gives None, and the caller reads the file whole as before, with
its error messages.

Why a batch is right: it starts where a document's key starts, and it is cut just after a `}`
that is followed by the next key (`,"<digits>":{`) or by the table's end (`}` and then the
next table's name or the snapshot's end). Wrapped in braces it
parses only if the cut is at a document's end: JSON's grammar reads a prefix of the real text
the same way as the whole, so a cut inside a string, or inside a document's own fields, leaves
a string or a brace open. A cut that does not parse is followed by the next candidate.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path
from typing import Any

from leeslamp.journal.tables import share_repeats

#: bytes read at a time, and about how much text one batch of documents covers
_READ = 1 << 20
_BATCH = 1 << 18
#: candidate cuts that do not parse, in one batch, before giving up on reading in pieces
_ATTEMPTS = 8

_NAME = re.compile(r'"([A-Za-z_][A-Za-z0-9_]*)"[ \t\n\r]*:[ \t\n\r]*\{')
_WS = "[ \t\n\r]*"
#: a `}` followed by the next document's key, or by the table's end and then the next table's
#: name or the end of the snapshot
_NEXT = re.compile(rf'\}}(?={_WS},{_WS}"\d+"{_WS}:{_WS}\{{)')
_END = re.compile(rf'\}}(?={_WS}\}}{_WS}(?:,{_WS}"[A-Za-z_]|\}}))')
_SPACE = " \t\n\r"  # JSON's whitespace


class _NotThisLayout(Exception):
    pass


class _Text:
    """The file's text from `pos` on, read as it is needed."""

    def __init__(self, file: Any) -> None:
        self.file = file
        self.decoder = codecs.getincrementaldecoder("utf-8")("surrogatepass")
        self.buf = ""
        self.pos = 0
        self.ended = False

    def more(self) -> bool:
        """Read on; False at the end of the file."""
        if self.ended:
            return False
        raw = self.file.read(_READ)
        self.ended = not raw
        self.buf = self.buf[self.pos :] + self.decoder.decode(raw, final=self.ended)
        self.pos = 0
        return not self.ended

    def char(self) -> str:
        """The next character that is not whitespace (`pos` moves on to it)."""
        while True:
            while self.pos < len(self.buf) and self.buf[self.pos] in _SPACE:
                self.pos += 1
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                raise _NotThisLayout

    def expect(self, char: str) -> None:
        if self.char() != char:
            raise _NotThisLayout
        self.pos += 1


def read_in_pieces(path: Path) -> dict[str, Any] | None:
    """The snapshot's tables, or None when it is not in the layout `snapshot_chunks` writes.
    OSError as reading raises it."""
    with path.open("rb") as file:
        if file.read(1) != b"{":
            return None
        text = _Text(file)
        try:
            return _tables(text)
        except (_NotThisLayout, UnicodeDecodeError):
            return None


def _tables(text: _Text) -> dict[str, Any]:
    tables: dict[str, Any] = {}
    memo: dict[str, str] = {}
    if text.char() != "}":
        while True:
            text.char()
            while (found := _NAME.match(text.buf, text.pos)) is None:
                if len(text.buf) - text.pos > 200 or not text.more():
                    raise _NotThisLayout
            text.pos = found.end()
            table: dict[str, Any] = {}
            tables[found.group(1)] = table  # a name twice: the last one counts, as in json
            if text.char() != "}":
                _documents(text, table, memo)
            text.expect("}")
            if text.char() != ",":
                break
            text.pos += 1
    text.expect("}")
    try:
        text.char()
    except _NotThisLayout:
        return tables  # nothing but whitespace after it
    raise _NotThisLayout  # anything else: json.loads says what


def _documents(text: _Text, table: dict[str, Any], memo: dict[str, str]) -> None:
    """Parse a table's documents, up to its closing brace."""
    while True:
        text.expect('"')
        text.pos -= 1
        # where to look for each kind of cut, counted from the batch's start
        attempts, next_from, end_from = 0, _BATCH, 0
        while True:
            start = text.pos  # `more` moves what is left to the front
            found = [
                cut
                for cut in (
                    _NEXT.search(text.buf, min(start + next_from, len(text.buf))),
                    _END.search(text.buf, start + end_from),
                )
                if cut is not None
            ]
            if not found:
                if not text.more():
                    raise _NotThisLayout
                continue
            cut = min(found, key=lambda match: match.start())
            try:
                batch = json.loads("{" + text.buf[start : cut.end()] + "}")
            except ValueError:
                attempts += 1
                if attempts >= _ATTEMPTS:
                    raise _NotThisLayout from None
                if cut.re is _END:
                    end_from = cut.end() - start
                else:
                    next_from = cut.end() - start
                continue
            break
        share_repeats({"": batch}, memo)
        table.update(batch)
        text.pos = cut.end()
        if text.char() != ",":
            return
        text.pos += 1
