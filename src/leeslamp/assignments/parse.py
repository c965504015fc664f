"""Reading, checking and writing assignment files (TOML a coach can write by hand):

    titel = "Leesopdracht week 49: aandacht"
    coach = "Naam van de coach"
    deadline = 2026-12-11
    bericht = "Lees rustig en schrijf wat je raakt."

    [[lezen]]
    artikel = "verbroken-sociale-contracten"
    vragen = ["Welk sociaal contract in jouw werk staat onder druk?"]

Checking collects every problem, each with the line it is on (findings.py), so a coach fixes a
file in one go; a slip in the TOML itself is said in the coach's words (toml_problems.py). A
deadline in the past is a warning: the file is fine, the date may not be.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection
from datetime import date, datetime
from pathlib import Path
from typing import Any

from leeslamp.assignments.findings import (
    WARNING,
    AssignmentInvalid,
    CheckResult,
    Finding,
)
from leeslamp.assignments.model import Assignment, clean_line, clean_message, new_assignment
from leeslamp.assignments.toml_problems import toml_problem, written_day_first
from leeslamp.core.errors import os_reason
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


class _Lines(TomlLines):
    """Key lines of an assignment file; a key of a missing `[[lezen]]` points at its start."""

    def __init__(self, text: str) -> None:
        super().__init__(text, ITEM_TABLE)

    def item_start(self, index: int) -> int | None:
        """The line of the index-th `[[lezen]]`; for an inline `lezen = [...]`, that line."""
        return self.table_start(index) or self.top_key(ITEM_TABLE)

    def item_key(self, index: int, key: str) -> int | None:
        return self.table_key(index, key) or self.item_start(index)


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
        return CheckResult(None, [toml_problem(exc, text)])
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
        day_first = written_day_first(value) if isinstance(value, str) else None
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
