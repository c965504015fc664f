"""jrnl's journal format, and the escapes that carry our texts through it unharmed. Writing it for
`jrnl --import` is jrnl_write.py, reading it (and jrnl's JSON export) jrnl_read.py.

The plain-text format, as jrnl 4 reads and writes it (jrnl/journals/Journal.py, Entry.py):

- an entry starts at the beginning of the file or of a line with `[DATE] `: a date in square
  brackets and a space. jrnl splits the file at *every* such line whose date it can parse
  (strictly with its `timeformat`, else fuzzily with dateutil/parsedatetime);
- the rest of that line is the title; a title whose stripped text ends in `*` is starred
  (jrnl writes `title *`); the lines after it are the body;
- jrnl keeps title and body stripped of surrounding whitespace, and joins entries with a
  blank line; tags are words starting with a tag symbol (`@tag`), lowercased.

We write `[YYYY-MM-DD HH:MM] first line` (jrnl's own default timeformat), the rest of the text,
then a blank line and a tag line that starts with the entry's kind (`@reflectie @artikel-id
@tag`); a tag line that starts with a leeslamp kind is how a reader tells ours from one the
writer typed (jrnl drops the blank line before it when the text is one line long).

What the note is about comes first, so it reads well in jrnl: an aandacht note's passage as
`> ` lines, a daily or coach's question as one `Vraag: ` line, then a blank line and the note.
In an entry of ours (tag line) that line is read back as the quote or question; a note of such a
kind without one whose text starts like it (`>`, `Vraag: `) gets a zero-width space in front.

Escapes keep jrnl from misreading or trimming the text, all with a zero-width space (U+200B),
which jrnl never strips and a reader never sees:
- a body line starting with `[` gets one in front, so it can never start an entry; so does a
  `[` right after a lone CR (jrnl reads its file with universal newlines);
- a first line jrnl would trim (leading or trailing whitespace, empty; a leading `*` when
  starred) or read as starred (ending in `*`) gets one at its start and/or end; so does a first body line jrnl would trim
  (empty or indented: jrnl strips the body).
(jrnl 1.x escaped with a leading space, which jrnl 4 strips from a body's first line, and loses.)
Each escape is undone on reading and is one-to-one, so every text comes back exactly through our
own reader; through jrnl itself too, except that jrnl turns a lone CR into a line break and only
looks at the first `str.splitlines()` piece of a title for the star.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

TIME_FORMAT = "%Y-%m-%d %H:%M"
ZWSP = "\u200b"
#: a jrnl star becomes this leeslamp tag (and back): visible, searchable, filterable
STAR_TAG = "ster"
#: how a morning intention went, as a tag after its own: `@uitkomst-deels` (and back)
OUTCOME_TAG = "uitkomst-"
#: kinds whose note is about a passage (written first as `> ` lines) or about a question
QUOTE_KINDS = frozenset({"aandacht"})
QUESTION_KINDS = frozenset({"dagvraag", "antwoord", "voornemen"})
#: the line that holds the question, by language; any of them is read back
QUESTION_LABELS = {"nl": "Vraag: ", "en": "Question: "}
_LOOKS_LIKE_QUOTE = re.compile(f"{ZWSP}*>")
LOOKS_LIKE_QUESTION = re.compile(
    f"{ZWSP}*(?:{'|'.join(re.escape(label) for label in QUESTION_LABELS.values())})"
)

_BODY_ESCAPED = re.compile(f"{ZWSP}*\\[")


@dataclass(frozen=True)
class JrnlEntry:
    date: datetime  # naive: jrnl keeps local wall-clock time, to the minute
    text: str  # first line = jrnl's title, the rest its body; tag line and escapes removed
    tags: tuple[str, ...] = ()  # without the @, lowercased as jrnl does
    starred: bool = False
    #: set for an entry leeslamp wrote (its tag line starts with the kind); then `tags` holds
    #: the tag line's other tags only (the article's first, if it has one), and the note's
    #: quote or question is taken off `text`
    kind: str | None = None
    quote: str | None = None
    question: str | None = None

    @property
    def title(self) -> str:
        return self.text.split("\n", 1)[0]


# --- the escapes and the context line, both ways ------------------------------------------------


def tag_word(text: str) -> str:
    """A tag jrnl reads as one word: `Verbroken sociale contracten` -> `verbroken-sociale-contracten`."""
    return re.sub(r"[^-+*#/\w]+", "-", text.strip().lower()).strip("-")


def _trimmed_at_start(line: str) -> bool:
    """jrnl would strip the start of this line (or it starts with our escape)."""
    return not line or line[0].isspace() or line[0] == ZWSP


def _opens_badly(line: str) -> bool:
    """As _trimmed_at_start, for a title: jrnl also strips a starred title's leading `*`."""
    return _trimmed_at_start(line) or line[0] == "*"


def _closes_badly(line: str) -> bool:
    """jrnl would strip the end of this title, or read it as starred (or it ends in our escape)."""
    return not line or line[-1].isspace() or line[-1] == ZWSP or line.strip().endswith("*")


def _escape_bracket(segment: str) -> str:
    return ZWSP + segment if _BODY_ESCAPED.match(segment) else segment


def _unescape_bracket(segment: str) -> str:
    return segment[1:] if segment.startswith(ZWSP) and _BODY_ESCAPED.match(segment[1:]) else segment


def _after_carriage_returns(line: str, change: Callable[[str], str]) -> str:
    """jrnl reads its file with universal newlines, so a lone CR is a line break to it too:
    a `[` right after one could start an entry. Escape (or unescape) each such segment."""
    if "\r" not in line:
        return line
    head, *tail = line.split("\r")
    return "\r".join([head, *(change(segment) for segment in tail)])


def escape_title(line: str) -> str:
    line = _after_carriage_returns(line, _escape_bracket)
    line = ZWSP + line if _opens_badly(line) else line
    return line + ZWSP if _closes_badly(line) else line


def unescape_title(line: str) -> str:
    if line.endswith(ZWSP) and _closes_badly(line[:-1]):
        line = line[:-1]
    line = line[1:] if line.startswith(ZWSP) and _opens_badly(line[1:]) else line
    return _after_carriage_returns(line, _unescape_bracket)


def _body_line_needs_escape(line: str, first: bool) -> bool:
    """A line starting with `[` could start an entry; jrnl strips a body's leading blank lines
    and indentation; and a line starting with our escape must be told apart from one we made."""
    if first and _trimmed_at_start(line):
        return True
    return bool(_BODY_ESCAPED.match(line))


def escape_body_line(line: str, first: bool) -> str:
    line = _after_carriage_returns(line, _escape_bracket)
    return ZWSP + line if _body_line_needs_escape(line, first) else line


def unescape_body_line(line: str, first: bool) -> str:
    if line.startswith(ZWSP) and _body_line_needs_escape(line[1:], first):
        line = line[1:]
    return _after_carriage_returns(line, _unescape_bracket)


def context_lines(kind: str, quote: str | None, question: str | None, language: str) -> list[str]:
    if kind in QUOTE_KINDS and quote:
        return [f"> {line}" if line else ">" for line in quote.split("\n")]
    if kind in QUESTION_KINDS and question and question.strip():
        label = QUESTION_LABELS.get(language, QUESTION_LABELS["nl"])
        return [label + " ".join(question.split())]
    return []


def looks_like_context(kind: str, text: str) -> bool:
    """Would this note's start be read as a quote or question line (or is it so escaped)?"""
    if kind in QUOTE_KINDS:
        return bool(_LOOKS_LIKE_QUOTE.match(text))
    return kind in QUESTION_KINDS and bool(LOOKS_LIKE_QUESTION.match(text))


def with_context(
    text: str,
    kind: str,
    quote: str | None = None,
    question: str | None = None,
    language: str = "nl",
) -> str:
    """The note as jrnl shows it: its quote or question first, a blank line, then the note."""
    lines = context_lines(kind, quote, question, language)
    if not lines:
        return ZWSP + text if looks_like_context(kind, text) else text
    return "\n".join([*lines, "", text]) if text else "\n".join(lines)
