"""What the journal hands out: plain frozen records, never TinyDB documents."""

from __future__ import annotations

from dataclasses import asdict, dataclass

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any


def revision_of(doc: dict[str, Any]) -> int:
    """An entry document's revision: 0 for one from before revisions, or one whose revision
    was damaged (a hand edit, say), so it still opens and the next save counts on from there."""
    rev = doc.get("rev")
    return rev if isinstance(rev, int) and not isinstance(rev, bool) and rev >= 0 else 0


@dataclass(frozen=True, slots=True)
class Entry:
    """Something the reader wrote. `id` is a uuid4 string, stable across export and import."""

    id: str
    kind: str  # reflectie | aandacht | dagvraag | antwoord | voornemen
    text: str
    created: str  # ISO 8601 with offset
    updated: str
    article: str | None = None
    tags: tuple[str, ...] = ()
    prompt: dict[str, Any] | None = None  # {id, text}: the question answered (+ outcome)
    anchor: dict[str, Any] | None = None  # aandacht: where in the article
    assignment: dict[str, Any] | None = None  # antwoord: {id, prompt}
    #: how many times the entry was changed: a save names the revision it started from, so
    #: it never overwrites newer words. Entries from before revisions count as 0.
    rev: int = 0

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Entry:
        return cls(
            id=doc["id"],
            kind=doc.get("kind", "reflectie"),
            text=doc.get("text", ""),
            created=doc.get("created", ""),
            updated=doc.get("updated", doc.get("created", "")),
            article=doc.get("article"),
            tags=tuple(doc.get("tags") or ()),
            prompt=doc.get("prompt"),
            anchor=doc.get("anchor"),
            assignment=doc.get("assignment"),
            rev=revision_of(doc),
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["tags"] = list(self.tags)
        del data["rev"]  # the journal's own bookkeeping, not part of the text (exports)
        return data

    @property
    def first_line(self) -> str:
        for line in self.text.splitlines():
            if line.strip():
                return line.strip()
        return ""


@dataclass(frozen=True)
class ReadingState:
    """Where the reader is in an article."""

    article: str
    block: int = 0  # index into Article.blocks of the first visible block
    progress: float = 0.0  # 0.0–1.0
    opened: str = ""
    finished: str | None = None
    #: where in that block the top of the page is, as a share of the block's height (a little
    #: below 0: the blank line above it), so the reader resumes on the line, not the block
    within: float = 0.0

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> ReadingState:
        return cls(
            article=doc["id"],
            block=int(doc.get("block", 0)),
            progress=float(doc.get("progress", 0.0)),
            opened=doc.get("opened", ""),
            finished=doc.get("finished"),
            within=float(doc.get("within", 0.0)),
        )

    def to_doc(self) -> dict[str, Any]:
        return {
            "id": self.article,
            "block": self.block,
            "progress": self.progress,
            "opened": self.opened,
            "finished": self.finished,
            "within": self.within,
        }


@dataclass(frozen=True)
class TrashedEntry:
    entry: Entry
    deleted: str  # ISO 8601 with offset


@dataclass(frozen=True)
class Version:
    """One text of an entry in its history: earlier versions are numbered from 1, oldest first;
    the current text is the last (`current`). `saved`: when that text was last saved (ISO 8601
    with offset)."""

    number: int
    saved: str
    text: str
    current: bool = False
