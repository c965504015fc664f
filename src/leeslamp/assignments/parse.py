"""Reading, checking and writing assignment files (TOML a coach can write by hand):

    titel = "Leesopdracht week 49: aandacht"
    coach = "Naam van de coach"
    deadline = 2026-12-11
    bericht = "Lees rustig en schrijf wat je raakt."

    [[lezen]]
    artikel = "verbroken-sociale-contracten"
    vragen = ["Welk sociaal contract in jouw werk staat onder druk?"]

Checking collects every problem, each with the line it is on, so a coach fixes a file in one
go. A deadline in the past is a warning: the file is fine, the date may not be.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from leeslamp.assignments.model import Assignment, clean_line, clean_message, new_assignment
from leeslamp.core.errors import UserInputError, os_reason
from leeslamp.core.limits import (
    ASSIGNMENT_MAX_BYTES,
    MAX_NESTING,
    TITLE_MAX_CHARS,
    TooLarge,
    read_at_most,
    too_deep,
)
from leeslamp.core.toml_lines import TomlLines
from leeslamp.i18n import t

TOP_KEYS = ("titel", "coach", "deadline", "bericht", "lezen")
ITEM_KEYS = ("artikel", "vragen")
ITEM_TABLE = "lezen"
#: fields shown on one line (lists, the overview's head) -> what is said when one is too long
ONE_LINE_KEYS = {"titel": "problem.title_too_long", "coach": "problem.coach_too_long"}

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One thing wrong with (or worth saying about) an assignment file. `line` is 1-based."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)
    line: int | None = None
    severity: str = ERROR

    def message(self) -> str:
        # a param named `x_key` holds an i18n key: said as `x`, in the language of the moment
        params = {
            name.removesuffix("_key"): t(value) if name.endswith("_key") else value
            for name, value in self.params.items()
        }
        # a hint that ends in a question inside a sentence that ends in a full stop: one mark
        return _DOUBLE_END.sub(r"\1", t(self.key, **params))

    def sentence(self, source: str | Path) -> str:
        where = {"source": str(source), "message": self.message()}
        if self.line is None:
            return t("problem.location_noline", **where)
        return t("problem.location", line=self.line, **where)


@dataclass
class CheckResult:
    """The assignment when the file is good (even with warnings), else None; and what was found."""

    assignment: Assignment | None
    errors: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class AssignmentInvalid(UserInputError):
    """An assignment file with errors; the sentence lists every one with its line."""

    def __init__(self, source: str | Path, findings: list[Finding]) -> None:
        details = "\n".join(f"  {finding.sentence(source)}" for finding in findings)
        super().__init__("assignment.invalid", path=str(source), details=details)
        self.findings = findings


class _Lines(TomlLines):
    """Key lines of an assignment file; a key of a missing `[[lezen]]` points at its start."""

    def __init__(self, text: str) -> None:
        super().__init__(text, ITEM_TABLE)

    def item_start(self, index: int) -> int | None:
        """The line of the index-th `[[lezen]]`; for an inline `lezen = [...]`, that line."""
        return self.table_start(index) or self.top_key(ITEM_TABLE)

    def item_key(self, index: int, key: str) -> int | None:
        return self.table_key(index, key) or self.item_start(index)


_DOUBLE_END = re.compile(r"([.?!])\.$")
#: quotes a word processor or mail program puts in for straight ones
CURLY_QUOTES = "\u201c\u201d\u2018\u2019\u201e\u201a"
#: a day-month-year date: 12-12-2026, 12/12/2026, 12.12.2026
_DAY_FIRST = re.compile(r"(?<![\d-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d-])")

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


def _toml_problem(exc: tomllib.TOMLDecodeError, text: str) -> Finding:
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


def _date_order(line_text: str, line: int) -> Finding | None:
    """A date written day first (12-12-2026): said the way TOML wants it."""
    found = _DAY_FIRST.search(line_text)
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


def check_assignment(
    text: str,
    *,
    known_articles: Collection[str] | None = None,
    today: date | None = None,
) -> CheckResult:
    """Check an assignment file's text. `known_articles`: the article ids of the library (None:
    don't check them). `today`: for the deadline warning (None: no warning)."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        return CheckResult(None, [Finding("problem.empty")])
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return CheckResult(None, [_toml_problem(exc, text)])
    except RecursionError:  # tomllib recurses per nested list or table; a stranger's file may not
        data = None
    if data is None or too_deep(data):
        return CheckResult(None, [Finding("problem.too_deep", {"limit": MAX_NESTING})])
    return _Checker(data, _Lines(text), known_articles, today).run()


class _Checker:
    def __init__(
        self,
        data: dict[str, Any],
        lines: _Lines,
        known: Collection[str] | None,
        today: date | None,
    ) -> None:
        self.data = data
        self.lines = lines
        self.known = known
        self.today = today
        self.errors: list[Finding] = []
        self.warnings: list[Finding] = []

    def error(self, key: str, line: int | None, /, **params: Any) -> None:
        self.errors.append(Finding(key, params, line))

    def warn(self, key: str, line: int | None, /, **params: Any) -> None:
        self.warnings.append(Finding(key, params, line, WARNING))

    def run(self) -> CheckResult:
        title = self.text_field("titel", required=True)
        coach = self.text_field("coach") or ""
        if not coach and "coach" not in self.data:
            # without a coach, a corrected file cannot be told from someone else's assignment
            self.warn("assignment.no_coach", 1)
        message = self.text_field("bericht", multiline=True) or ""
        deadline = self.deadline()
        for key in self.data:
            if key not in TOP_KEYS:
                self.warn("assignment.unknown_key", self.lines.top_key(key), key=key)
        items = self.items()
        if self.errors or title is None:
            return CheckResult(None, self.errors, self.warnings)
        assignment = new_assignment(
            title=title, coach=coach, deadline=deadline, message=message, items=items
        )
        return CheckResult(assignment, [], self.warnings)

    def text_field(
        self, key: str, *, required: bool = False, multiline: bool = False
    ) -> str | None:
        line = self.lines.top_key(key)
        if key not in self.data:
            if required:
                self.error("assignment.missing_field", 1, field=key)
            return None
        value = self.data[key]
        if not isinstance(value, str):
            self.error("problem.bad_type", line, field=key, expected=t("type.text"))
            return None
        cleaned = clean_message(value) if multiline else clean_line(value)
        if required and not cleaned:
            self.error("assignment.empty_field", line, field=key)
            return None
        if key in ONE_LINE_KEYS and len(cleaned) > TITLE_MAX_CHARS:  # one line in every list
            self.error(ONE_LINE_KEYS[key], line, length=len(cleaned), limit=TITLE_MAX_CHARS)
            return None
        return cleaned

    def deadline(self) -> date | None:
        value = self.data.get("deadline")
        line = self.lines.top_key("deadline")
        if value is None:
            return None
        day_first = _iso(_DAY_FIRST.fullmatch(value.strip())) if isinstance(value, str) else None
        if day_first is not None:
            self.error("assignment.date_order", line, value=value.strip(), iso=day_first)
            return None
        # datetime is a subclass of date: a time of day is refused on purpose (a day is enough)
        if isinstance(value, datetime) or not isinstance(value, date):
            self.error("assignment.bad_deadline", line, value=_shown(value))
            return None
        if self.today is not None and value < self.today:
            self.warn("assignment.deadline_past", line, deadline=value.isoformat())
        return value

    def items(self) -> list[tuple[str, list[str]]]:
        value = self.data.get(ITEM_TABLE)
        if value is None:
            self.error("assignment.no_items", 1)
            return []
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.error("assignment.bad_items", self.lines.top_key(ITEM_TABLE))
            return []
        if not value:
            self.error("assignment.no_items", self.lines.top_key(ITEM_TABLE) or 1)
        items: list[tuple[str, list[str]]] = []
        seen: set[tuple[str, str]] = set()
        for index, item in enumerate(value):
            checked = self.item(index, item)
            if checked is None:
                continue
            article, questions = checked
            for question in questions:
                if (article, question) in seen:
                    line = self.lines.item_key(index, "vragen")
                    self.warn("assignment.duplicate_question", line, question=question)
                seen.add((article, question))
            items.append(checked)
        return items

    def item(self, index: int, item: dict[str, Any]) -> tuple[str, list[str]] | None:
        number = index + 1
        for key in item:
            if key not in ITEM_KEYS:
                self.warn("assignment.unknown_item_key", self.lines.item_key(index, key), key=key)
        article = item.get("artikel")
        article_line = self.lines.item_key(index, "artikel")
        good = True
        if article is None:
            self.error("assignment.missing_article", self.lines.item_start(index), number=number)
            good = False
        elif not isinstance(article, str) or not article.strip():
            self.error("problem.bad_type", article_line, field="artikel", expected=t("type.text"))
            good = False
        elif self.known is not None and article.strip() not in self.known:
            known = ", ".join(sorted(self.known)) or "-"
            self.error("assignment.unknown_article", article_line, article=article, known=known)
            good = False
        questions = item.get("vragen")
        questions_line = self.lines.item_key(index, "vragen")
        if questions is None or questions == []:
            self.error("assignment.no_questions", questions_line, number=number)
            return None
        if not isinstance(questions, list) or not all(isinstance(q, str) for q in questions):
            self.error(
                "problem.bad_type", questions_line, field="vragen", expected=t("type.list_of_text")
            )
            return None
        cleaned = [clean_line(q) for q in questions]
        if not all(cleaned):
            self.error("assignment.empty_question", questions_line, number=number)
            return None
        return (article.strip(), cleaned) if good else None  # type: ignore[union-attr]


def _shown(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    return repr(value) if isinstance(value, str) else str(value)


def read_assignment(
    path: Path,
    *,
    known_articles: Collection[str] | None = None,
    today: date | None = None,
) -> CheckResult:
    """Check the assignment file at `path`; an unreadable file is an error, not an exception."""
    try:
        raw = read_at_most(path, ASSIGNMENT_MAX_BYTES)
    except TooLarge as exc:
        return CheckResult(None, [Finding("problem.too_large", exc.params())])
    except OSError as exc:
        reason = os_reason(exc)
        return CheckResult(None, [Finding("problem.unreadable", {"reason": reason})])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return CheckResult(None, [Finding("problem.not_utf8", {"position": exc.start}, line)])
    return check_assignment(text, known_articles=known_articles, today=today)


def load_assignment(
    path: Path,
    *,
    known_articles: Collection[str] | None = None,
    today: date | None = None,
) -> tuple[Assignment, list[Finding]]:
    """The assignment in `path` and its warnings; raises AssignmentInvalid listing the errors."""
    result = read_assignment(path, known_articles=known_articles, today=today)
    if result.assignment is None:
        raise AssignmentInvalid(path, result.errors)
    return result.assignment, result.warnings


def dump_assignment(assignment: Assignment) -> str:
    """The assignment as a TOML file a coach can read and edit; it parses back to the same."""
    import tomli_w

    data: dict[str, Any] = {"titel": assignment.title}
    if assignment.coach:
        data["coach"] = assignment.coach
    if assignment.deadline is not None:
        data["deadline"] = assignment.deadline
    if assignment.message:
        data["bericht"] = assignment.message
    data["lezen"] = [
        {"artikel": item.article, "vragen": list(item.questions)} for item in assignment.items
    ]
    header = "".join(f"# {line}\n" for line in t("assignment.file_header").splitlines())
    return header + "\n" + tomli_w.dumps(data, multiline_strings=True)
