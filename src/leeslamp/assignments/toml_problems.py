"""A coach's slips in a hand-written TOML file, said in their words: tomllib's (English)
message turned into a sentence with its line and column, and the slips that message hides: a
curly quote from a word processor, a date written day first (12-12-2026), and a date TOML does
not take as one (2026-13-01, 2026-1-11), which tomllib reads as a number with more after it.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from typing import Any

from leeslamp.assignments.findings import Finding

#: quotes a word processor or mail program puts in for straight ones
CURLY_QUOTES = "\u201c\u201d\u2018\u2019\u201e\u201a"
#: a day-month-year date: 12-12-2026, 12/12/2026, 12.12.2026
DAY_FIRST = re.compile(r"(?<![\d-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d-])")

#: year first but not a date TOML reads: a month or day out of range or of one digit
_DATE_LIKE = re.compile(r"(?<![\w.:-])\d{4}-\d{1,2}-\d{1,2}(?![\w.:-])")
#: what comes before a value: its '=', or the start of a list or the comma in one
_VALUE_START = re.compile(r"(?:=|\[|,)\s*$")

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)\s*$")


#: the start of tomllib's (English) message -> what it means for a coach, in their language
_TOML_HINTS = (
    ("Illegal character '\\n'", "assignment.toml.unclosed_quote"),
    ("Unterminated string", "assignment.toml.unclosed_quote"),
    ("Invalid value", "assignment.toml.no_value"),
    ("Expected '=' after a key", "assignment.toml.no_equals"),
    ("Invalid initial character for a key", "assignment.toml.no_equals"),
    ("Cannot declare", "assignment.toml.twice"),
    ("Cannot overwrite a value", "assignment.toml.twice"),
    ("Duplicate inline table key", "assignment.toml.twice"),
    ("Unclosed array", "assignment.toml.unclosed_list"),
    ("Invalid date or datetime", "assignment.toml.bad_date"),
    ("Expected newline or end of document", "assignment.toml.after_value"),
)


def toml_problem(exc: tomllib.TOMLDecodeError, text: str) -> Finding:
    """A Dutch (or English) sentence for tomllib's message, at our line and column; its own
    words only when we have no better ones."""
    message = str(exc)
    found = _TOML_POSITION.search(message)
    if found:
        line, column = int(found.group(1)), int(found.group(2))
        reason = message[: found.start()]
    else:
        line, column = max(1, len(text.splitlines())), None
        reason = _TOML_AT_END.sub("", message)
    lines = text.splitlines()
    found_line = lines[line - 1] if 1 <= line <= len(lines) else ""
    cause = _curly_quote(found_line, line) or _date_order(found_line, line)
    if cause is not None:
        return cause
    if column is not None and (date_column := _not_a_date(found_line, column)) is not None:
        # not "more on the line; quotes?": in quotes it is no date either (`bad_deadline`)
        said = {"hint_key": "assignment.toml.bad_date", "column": date_column}
        return Finding("assignment.bad_toml_column", said, line)
    hint = next((key for start, key in _TOML_HINTS if reason.startswith(start)), None)
    params: dict[str, Any] = {"hint_key": hint} if hint else {"reason": reason}
    key = "assignment.bad_toml" if hint else "assignment.bad_toml_other"
    if column is None:
        return Finding(key, params, line)
    return Finding(f"{key}_column", {**params, "column": column}, line)


def _curly_quote(line_text: str, line: int) -> Finding | None:
    """A curly quote where TOML wants a straight one, named with the character found."""
    inside: str | None = None  # the straight quote of the string we are in, if any
    for column, char in enumerate(line_text, start=1):
        if inside is None and char == "#":
            return None  # a comment may hold anything
        if char in "\"'":
            inside = None if inside == char else (inside or char)
        elif char in CURLY_QUOTES and inside is None:
            return Finding("assignment.toml.curly_quote", {"char": char, "column": column}, line)
    return None


def _not_a_date(line_text: str, column: int) -> int | None:
    """The column of an unquoted year-first value where tomllib stopped (2026-13-01 reads as
    the number 2026 and then `-13-01`), or None. TOML already calls 2026-02-30 a bad date."""
    for found in _DATE_LIKE.finditer(line_text):
        if found.start() < column <= found.end() and _VALUE_START.search(
            line_text[: found.start()]
        ):
            return found.start() + 1
    return None


def _date_order(line_text: str, line: int) -> Finding | None:
    """A date written day first (12-12-2026): said the way TOML wants it."""
    found = DAY_FIRST.search(line_text)
    iso = _iso(found)
    if found is None or iso is None:
        return None
    return Finding("assignment.date_order", {"value": found.group(0), "iso": iso}, line)


def _iso(found: re.Match[str] | None) -> str | None:
    """`12-12-2026` as 2026-12-12: day first, as in Dutch, unless only month first can be."""
    if found is None:
        return None
    first, second, year = int(found.group(1)), int(found.group(3)), int(found.group(4))
    for day, month in ((first, second), (second, first)):
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


def written_day_first(value: str) -> str | None:
    """`value` as an ISO date when it is a date written day first, else None."""
    return _iso(DAY_FIRST.fullmatch(value.strip()))
