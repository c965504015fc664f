"""What a coach's reading assignment is: a title, a coach, a deadline, a message, and per
article a list of questions. Questions are numbered 1..N across the whole assignment.

An assignment's id is a short hash of its normalised content. Normalising (Unicode NFC,
whitespace folded) means that re-saving a file with other line breaks, quotes, comments or
key order gives the same id, while any real change gives a new one. Two assignments with the
same title and coach are versions of each other (their `series`).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

#: hex digits of the content hash that make the id; prefixes of it are accepted as well
ID_LENGTH = 10


def clean_line(text: str) -> str:
    """One-line text: NFC, every run of whitespace (newlines too) becomes one space, trimmed."""
    return unicodedata.normalize("NFC", " ".join(unicodedata.normalize("NFC", text).split()))


def clean_message(text: str) -> str:
    """Text that may hold paragraphs: each line folded like `clean_line`, at most one empty
    line between paragraphs, none at the start or end."""
    lines = [clean_line(line) for line in unicodedata.normalize("NFC", text).splitlines()]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return unicodedata.normalize("NFC", "\n".join(kept))


@dataclass(frozen=True)
class Question:
    number: int  # 1..N across the assignment
    article: str  # article id
    text: str


@dataclass(frozen=True)
class ReadingItem:
    """One `[[lezen]]` table: an article and the questions about it."""

    article: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Assignment:
    id: str
    title: str
    coach: str
    deadline: date | None
    message: str
    items: tuple[ReadingItem, ...]

    @property
    def questions(self) -> tuple[Question, ...]:
        numbered: list[Question] = []
        for item in self.items:
            for text in item.questions:
                numbered.append(Question(len(numbered) + 1, item.article, text))
        return tuple(numbered)

    def question(self, number: int) -> Question | None:
        questions = self.questions
        return questions[number - 1] if 1 <= number <= len(questions) else None

    @property
    def articles(self) -> tuple[str, ...]:
        """The article ids in the coach's order, each once."""
        return tuple(dict.fromkeys(item.article for item in self.items))

    @property
    def series(self) -> str:
        """Assignments with the same series are versions of one assignment."""
        return series_key(self.title, self.coach)

    def content(self) -> dict[str, Any]:
        """The content the id is made from, with the TOML file's own (Dutch) keys."""
        return {
            "titel": self.title,
            "coach": self.coach,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "bericht": self.message,
            "lezen": [
                {"artikel": item.article, "vragen": list(item.questions)} for item in self.items
            ],
        }

    def to_doc(self) -> dict[str, Any]:
        """As stored in the journal and in answer bundles."""
        return {"id": self.id, **self.content()}

    def content_id(self) -> str:
        """The id this content gives now; differs from `id` if the content was changed."""
        return content_id(self.content())

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Assignment:
        """From `to_doc()` output (the journal, a bundle). The stored id is kept, so answers
        stay linked to it; compare it with `content_id()` to see whether the content changed."""
        deadline = doc.get("deadline")
        assignment = new_assignment(
            title=doc["titel"],
            coach=doc.get("coach") or "",
            deadline=date.fromisoformat(deadline) if deadline else None,
            message=doc.get("bericht") or "",
            items=[(item["artikel"], item["vragen"]) for item in doc["lezen"]],
        )
        stored = doc.get("id")
        return replace(assignment, id=stored) if isinstance(stored, str) and stored else assignment


def series_key(title: str, coach: str) -> str:
    return f"{clean_line(title).casefold()}\x1f{clean_line(coach).casefold()}"


def content_id(content: dict[str, Any]) -> str:
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:ID_LENGTH]


def new_assignment(
    *,
    title: str,
    coach: str = "",
    deadline: date | None = None,
    message: str = "",
    items: Iterable[tuple[str, Sequence[str]]],
) -> Assignment:
    """An assignment from its parts, normalised and with its id; for the compose screen too."""
    draft = Assignment(
        id="",
        title=clean_line(title),
        coach=clean_line(coach),
        deadline=deadline,
        message=clean_message(message),
        items=tuple(
            ReadingItem(article.strip(), tuple(clean_line(q) for q in questions))
            for article, questions in items
        ),
    )
    return Assignment(
        id=content_id(draft.content()),
        title=draft.title,
        coach=draft.coach,
        deadline=draft.deadline,
        message=draft.message,
        items=draft.items,
    )
