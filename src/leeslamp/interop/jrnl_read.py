"""Reading jrnl's plain-text format (see jrnl.py) and jrnl's JSON export, ours or anyone's:
an entry of ours (its tag line starts with the kind) comes back exactly as it was written; any
other is taken as jrnl reads it. Every entry is checked before any is returned.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from leeslamp.core.errors import UserInputError
from leeslamp.interop.jrnl import (
    LOOKS_LIKE_QUESTION,
    QUESTION_KINDS,
    QUESTION_LABELS,
    QUOTE_KINDS,
    TIME_FORMAT,
    ZWSP,
    JrnlEntry,
    looks_like_context,
    unescape_body_line,
    unescape_title,
)
from leeslamp.journal.schema import KINDS

#: the timeformats we recognise in a jrnl file: ours, jrnl's default (`%F %r`), a few more
READ_FORMATS = (
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %I:%M:%S %p",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %I:%M %p",
    "%Y-%m-%d",
)

_HEADER = re.compile(r"(?:^|\n)\[([^\]\n]+)\] ")
#: a timestamp in form, whatever its numbers: "[2026-13-45 10:00]" is a damaged entry line
_STAMP_SHAPED = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)?")
#: jrnl's tag pattern with its default tag symbols (`tagsymbols: "#@"`)
_TAG = re.compile(r"(?<!\S)[@#][-+*#/\w]+")
#: our tag line: the entry's kind first, then more tags
_TAG_LINE = re.compile(rf"@(?:{'|'.join(KINDS)})(?: @[-+*#/\w]+)*")


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
    elif kind in QUESTION_KINDS and LOOKS_LIKE_QUESTION.match(lines[0]) and lines[0][0] != ZWSP:
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
    if text.startswith(ZWSP) and looks_like_context(kind, text[1:]):
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
    body = [unescape_body_line(line, index == 0) for index, line in enumerate(lines[1:])]
    lines = [unescape_title(title), *body]
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
