"""Outside text made safe to show: control characters made visible, never sent to the terminal.

Text from a file or from a person (articles, a coach's assignment, a reader's answer file, the
journal, paths, OS error messages) may hold escape sequences: `ESC ] 0;title BEL` renames the
terminal, `ESC [ 2J` clears it, a bidi override (U+202E) reverses what follows. Printed as is,
they act on the reader's terminal. One way out per kind of output:

- `printable(text)` for the command line: ESC becomes `␛`, other C0 controls their Unicode
  control picture (U+2400..), DEL `␡`, C1 controls and bidi controls `<U+202E>`. Newline and
  tab stay (they only move the cursor, and lines and columns need them).
- `for_terminal(text)` for the TUI: the same, but always one character for one, so offsets into
  the text (search matches, note passages) still point at the same characters; C1 and bidi
  controls become `�` there. Textual's `Content` only strips BEL, BS, VT, FF and CR: a raw ESC in a
  Content reaches the terminal.
- `for_reader(text)` for the article in the TUI's reader: shown as the command line shows it
  (`<U+202E>`, not `�`), but a CR too as `␍`, like any other control. The reader maps its passages
  from the article's text onto what it shows (`tui/screens/reader/passages.py`), so it needs no
  character kept for a character.

- `markdown_text(text)` for a Markdown report others open in a viewer: printable, and no HTML,
  links, images or line-start structure of its own.

Markup (`[@click=...]`) is not this module's business: the TUI shows outside text as plain
`Content` (see `leeslamp.tui.plain`), never as markup.
"""

from __future__ import annotations

import re

# bidi embeddings/overrides (U+202A..U+202E), isolates (U+2066..U+2069), marks (LRM, RLM, ALM)
_BIDI = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
# C0 but newline and tab, DEL, C1, bidi
_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f{_BIDI}]")

REPLACEMENT = "\ufffd"


def _picture(char: str) -> str | None:
    """The one visible character for a C0 control or DEL, or None for the others."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ESC: ␛, NUL: ␀, BEL: ␇ ...
    if code == 0x7F:
        return "\u2421"  # ␡
    return None


def _shown(match: re.Match[str]) -> str:
    char = match.group()
    return _picture(char) or f"<U+{ord(char):04X}>"


def _one_for_one(match: re.Match[str]) -> str:
    return _picture(match.group()) or REPLACEMENT


def printable(text: str) -> str:
    """`text` with every control character but newline and tab made visible, for printing.
    A Windows line end (CR LF) is a newline; a CR on its own, which would let later text
    overwrite the line, is shown."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(_shown, text.replace("\r\n", "\n"))


def for_terminal(text: str) -> str:
    """`text` made safe for the TUI, one character for one (offsets into it stay valid)."""
    return _UNSAFE.sub(_one_for_one, text) if _UNSAFE.search(text) else text


def for_reader(text: str) -> str:
    """`text` made safe for the reader's article: controls shown as `printable` shows them."""
    return _UNSAFE.sub(_shown, text) if _UNSAFE.search(text) else text


def is_safe(text: str) -> bool:
    """True if `text` holds no control character that could act on a terminal."""
    return _UNSAFE.search(text) is None


_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# what makes a line a heading, quote, list item, rule or code fence in Markdown (a table row
# needs a delimiter row too; `|` stays as it is, as table cells escape it themselves)
_LINE_MARK = re.compile(r"^([ \t]*)([#>+\-*=`~_])", re.MULTILINE)
_LINE_NUMBER = re.compile(r"^([ \t]*\d+)([.)])", re.MULTILINE)


def markdown_text(text: str) -> str:
    """Outside text for a Markdown report that others open in a viewer: printable, no raw HTML
    (`<`, `>`, `&` as entities), no links or images (`[` and `]` escaped: `![](http://…)` would
    load a stranger's picture), and a line start that makes no heading, list or quote. Still
    readable as plain text."""
    text = printable(text).replace("\\", "\\\\")
    text = re.sub("[&<>]", lambda match: _HTML[match.group()], text)
    text = text.replace("[", "\\[").replace("]", "\\]")
    text = _LINE_MARK.sub(r"\1\\\2", text)
    return _LINE_NUMBER.sub(r"\1\\\2", text)


def markdown_line(text: str) -> str:
    """`markdown_text` on one line (a heading, a table cell): line breaks become spaces."""
    return markdown_text(" ".join(text.splitlines()))


def json_for_terminal(json_text: str) -> str:
    """JSON made with `ensure_ascii=False`, with what `printable` would show written as JSON
    escapes instead (bidi overrides, C1 controls): the same data for a script, nothing that
    acts on a terminal. Outside its strings JSON is plain ASCII, so only strings change."""
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", json_text)
