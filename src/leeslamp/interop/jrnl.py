"""jrnl's journal format: writing it for `jrnl --import`, reading it (and jrnl's JSON export).

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
The note follows its context line directly (no blank line that jrnl would trim and we would
have to escape); a blank line in between only where the note needs it to stand apart.

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

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from leeslamp.core.errors import UserInputError
from leeslamp.journal.schema import KINDS

TIME_FORMAT = "%Y-%m-%d %H:%M"
#: the timeformats we recognise in a jrnl file: ours, jrnl's default (`%F %r`), a few more
READ_FORMATS = (
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %I:%M:%S %p",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %I:%M %p",
    "%Y-%m-%d",
)
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
_LOOKS_LIKE_QUESTION = re.compile(
    f"{ZWSP}*(?:{'|'.join(re.escape(label) for label in QUESTION_LABELS.values())})"
)

_HEADER = re.compile(r"(?:^|\n)\[([^\]\n]+)\] ")
#: a timestamp in form, whatever its numbers: "[2026-13-45 10:00]" is a damaged entry line
_STAMP_SHAPED = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)?")
#: jrnl's tag pattern with its default tag symbols (`tagsymbols: "#@"`)
_TAG = re.compile(r"(?<!\S)[@#][-+*#/\w]+")
#: our tag line: the entry's kind first, then more tags
_TAG_LINE = re.compile(rf"@(?:{'|'.join(KINDS)})(?: @[-+*#/\w]+)*")
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


# --- writing ---------------------------------------------------------------------------------


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


def _escape_title(line: str) -> str:
    line = _after_carriage_returns(line, _escape_bracket)
    line = ZWSP + line if _opens_badly(line) else line
    return line + ZWSP if _closes_badly(line) else line


def _unescape_title(line: str) -> str:
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


def _escape_body_line(line: str, first: bool) -> str:
    line = _after_carriage_returns(line, _escape_bracket)
    return ZWSP + line if _body_line_needs_escape(line, first) else line


def _unescape_body_line(line: str, first: bool) -> str:
    if line.startswith(ZWSP) and _body_line_needs_escape(line[1:], first):
        line = line[1:]
    return _after_carriage_returns(line, _unescape_bracket)


def _context_lines(kind: str, quote: str | None, question: str | None, language: str) -> list[str]:
    if kind in QUOTE_KINDS and quote:
        return [f"> {line}" if line else ">" for line in quote.split("\n")]
    if kind in QUESTION_KINDS and question and question.strip():
        label = QUESTION_LABELS.get(language, QUESTION_LABELS["nl"])
        return [label + " ".join(question.split())]
    return []


def _looks_like_context(kind: str, text: str) -> bool:
    """Would this note's start be read as a quote or question line (or is it so escaped)?"""
    if kind in QUOTE_KINDS:
        return bool(_LOOKS_LIKE_QUOTE.match(text))
    return kind in QUESTION_KINDS and bool(_LOOKS_LIKE_QUESTION.match(text))


def with_context(
    text: str,
    kind: str,
    quote: str | None = None,
    question: str | None = None,
    language: str = "nl",
) -> str:
    """The note as jrnl shows it: its quote or question first, a blank line, then the note."""
    lines = _context_lines(kind, quote, question, language)
    if not lines:
        return ZWSP + text if _looks_like_context(kind, text) else text
    return "\n".join([*lines, "", text]) if text else "\n".join(lines)


def _in_context(
    text: str, kind: str, quote: str | None, question: str | None, language: str
) -> str:
    """As `with_context`, but the note follows its quote or question line directly: a blank
    line right after a one-line title is a body line jrnl trims, so it would need an escape
    (a line holding only a zero-width space, which jrnl shows as an odd empty line). The blank
    line stays after a context of more lines (there it is an ordinary body line) and where the
    note needs it to stand apart: a note that starts with an empty line, or (after a quote) `>`."""
    lines = _context_lines(kind, quote, question, language)
    if not lines or not text:
        return with_context(text, kind, quote, question, language)
    first = text.split("\n", 1)[0]
    gap = len(lines) > 1 or first == "" or (kind in QUOTE_KINDS and first.startswith(">"))
    return "\n".join([*lines, *([""] if gap else []), text])


def format_entry(
    when: datetime,
    text: str,
    kind: str,
    tags: Iterable[str] = (),
    starred: bool = False,
    *,
    quote: str | None = None,
    question: str | None = None,
    language: str = "nl",
) -> str:
    """One entry in jrnl's plain-text format, ending in a newline. The tag line starts with
    `@kind`: that is how a reader tells our tag line from one the writer typed. An aandacht
    note's `quote` and an answer's `question` go before the note (see the module's notes)."""
    text = _in_context(text, kind, quote, question, language)
    first, *rest = text.split("\n")
    header = f"[{when.strftime(TIME_FORMAT)}] {_escape_title(first)}{' *' if starred else ''}"
    body = [_escape_body_line(line, index == 0) for index, line in enumerate(rest)]
    words = [word for word in dict.fromkeys(tag_word(tag) for tag in tags) if word != kind]
    tag_line = " ".join(f"@{word}" for word in (kind, *words) if word)
    return "\n".join([header, *body, "", tag_line]) + "\n"


def join_entries(entries: Iterable[str]) -> str:
    """Entries separated by a blank line, as jrnl writes its own file."""
    return "\n".join(entries)


# --- reading ---------------------------------------------------------------------------------


def _parse_stamp(blob: str) -> datetime | None:
    for fmt in READ_FORMATS:
        try:
            return datetime.strptime(blob.strip(), fmt)
        except ValueError:
            continue
    return None


def _tags_in(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(tag[1:].lower() for tag in _TAG.findall(text)))


def _split_tag_line(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """Take our tag line (`@kind @more`, last) and the blank line before it off the text.

    jrnl drops that blank line when the text is one line long, so it may be missing.
    """
    if len(lines) >= 2 and _TAG_LINE.fullmatch(lines[-1]):
        tags = _tags_in(lines[-1])
        kept = lines[:-2] if len(lines) >= 3 and lines[-2] == "" else lines[:-1]
        return kept, tags
    return lines, ()


def _split_context(kind: str, text: str) -> tuple[str, str | None, str | None]:
    """An entry of ours: (note, quote, question), the quote or question taken off the front."""
    lines = text.split("\n")
    count = 0
    if kind in QUOTE_KINDS:
        while count < len(lines) and lines[count].startswith(">"):
            count += 1
    elif kind in QUESTION_KINDS and _LOOKS_LIKE_QUESTION.match(lines[0]) and lines[0][0] != ZWSP:
        count = 1
    if count:
        # the note follows its context directly; a blank line between them (always there in
        # files from before, and now where the note needs it) is not part of the note
        gap = count < len(lines) and lines[count] == ""
        context, note = lines[:count], "\n".join(lines[count + 1 if gap else count :])
        if kind in QUOTE_KINDS:
            quote = "\n".join(line[2:] if line.startswith("> ") else line[1:] for line in context)
            return note, quote, None
        label = next(label for label in QUESTION_LABELS.values() if context[0].startswith(label))
        return note, None, context[0][len(label) :]
    if text.startswith(ZWSP) and _looks_like_context(kind, text[1:]):
        text = text[1:]  # the escape of a note that starts like a quote or question
    return text, None, None


def _entry(
    stamp: datetime, text: str, starred: bool | None = None, tags: Iterable[str] = ()
) -> JrnlEntry:
    """An entry from jrnl's text of it. `starred` None: read the star from the title line."""
    lines, line_tags = _split_tag_line(text.split("\n"))
    title = lines[0]
    if starred is None:
        starred = title.strip().endswith("*")
        # as jrnl (Entry._parse_text): a starred title loses every space and `*` at either end,
        # and a title its surrounding whitespace (our escapes are no whitespace, and stay)
        title = (title.strip("\n *") if starred else title).strip()
    body = [_unescape_body_line(line, index == 0) for index, line in enumerate(lines[1:])]
    lines = [_unescape_title(title), *body]
    text = "\n".join(lines)
    if line_tags:  # ours: the kind, then the article's and the writer's tags
        kind, *own = line_tags
        note, quote, question = _split_context(kind, text)
        return JrnlEntry(stamp, note, tuple(own), starred, kind, quote, question)
    every_tag = (*_tags_in(text), *(tag.lstrip("@#").lower() for tag in tags))
    return JrnlEntry(stamp, text, tuple(dict.fromkeys(every_tag)), starred)


def parse_text(content: str) -> list[JrnlEntry]:
    """Entries from jrnl's plain-text format. Refuses (UserInputError naming the line) a file
    with no entries, text before the first entry, or a date line whose date is impossible."""
    if "\r\n" in content and "\n" not in content.replace("\r\n", ""):
        content = content.replace("\r\n", "\n")  # written on Windows: every line ends in CRLF
    starts: list[tuple[int, int, datetime]] = []
    for found in _HEADER.finditer(content):
        stamp = _parse_stamp(found.group(1))
        if stamp is None:
            if _STAMP_SHAPED.fullmatch(found.group(1).strip()):
                line = content.count("\n", 0, found.start(1)) + 1
                raise UserInputError("import.bad_date_line", line=line, value=found.group(1))
            continue  # "[zie hierboven] ..." is body text, as jrnl reads it too
        starts.append((found.start(), found.end(), stamp))
    if not starts:
        if not content.strip():
            raise UserInputError("import.empty")
        raise UserInputError("import.no_entries", line=1)
    before = content[: starts[0][0]]
    if before.strip():
        first = len(before) - len(before.lstrip())
        raise UserInputError("import.text_before", line=content.count("\n", 0, first) + 1)
    entries: list[JrnlEntry] = []
    for index, (_start, body_start, stamp) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(content)
        entries.append(_entry(stamp, content[body_start:end].rstrip("\n")))
    return entries


def _field(record: dict[str, Any], name: str, kind: type, where: str, required: bool = True) -> Any:
    if name not in record:
        if required:
            raise UserInputError("import.missing_field", field=f"{where}.{name}")
        return None
    value = record[name]
    if not isinstance(value, kind):
        raise UserInputError("import.bad_field", field=f"{where}.{name}", value=repr(value)[:40])
    return value


def parse_json(content: str) -> list[JrnlEntry]:
    """Entries from `jrnl --export json`: {"tags": {...}, "entries": [{title, body, date, time,
    tags, starred}, ...]}. Every entry is checked before any is returned."""
    from leeslamp.core.limits import MAX_NESTING, too_deep

    try:
        document = json.loads(content)
    except ValueError as exc:
        line, column = getattr(exc, "lineno", 1), getattr(exc, "colno", 1)
        raise UserInputError("import.bad_json", line=line, column=column) from None
    except RecursionError:  # json recurses per nested list or object (so would repr below)
        document = None
    if document is None or too_deep(document):
        raise UserInputError("import.too_deep", limit=MAX_NESTING)
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise UserInputError("import.missing_field", field="entries")
    entries: list[JrnlEntry] = []
    for number, record in enumerate(document["entries"]):
        where = f"entries[{number}]"
        if not isinstance(record, dict):
            raise UserInputError("import.bad_field", field=where, value=repr(record)[:40])
        title = _field(record, "title", str, where)
        body = _field(record, "body", str, where, required=False) or ""
        day = _field(record, "date", str, where)
        clock = _field(record, "time", str, where, required=False) or "00:00"
        tags = _field(record, "tags", list, where, required=False) or []
        starred = _field(record, "starred", bool, where, required=False) or False
        try:
            stamp = datetime.strptime(f"{day} {clock}", TIME_FORMAT)
        except ValueError:
            raise UserInputError(
                "import.bad_field", field=f"{where}.date", value=f"{day} {clock}"
            ) from None
        if not all(isinstance(tag, str) for tag in tags):
            raise UserInputError("import.bad_field", field=f"{where}.tags", value=repr(tags)[:40])
        # jrnl's body still holds our tag line and escapes: read title + body as the file's text
        text = f"{title}\n{body}" if body else title
        entries.append(_entry(stamp, text, starred, tags))
    return entries


def parse(content: str) -> list[JrnlEntry]:
    """jrnl's JSON export or its plain-text format, told apart by the first character."""
    if content.lstrip().startswith("{"):
        return parse_json(content)
    return parse_text(content)
