"""An article's aandacht notes as the reader shows them: anchored against the article's text as it
is now, in text order, detached ones last. No Textual: the app calls this in a thread worker.

Opening an article checks each note's anchor against `Article.text_hash`; when the text changed,
`reanchor_many` finds the passages again and every anchor that changed (new offsets, new state)
is written back. Commands that only read the journal (`leeslamp export`, `leeslamp zoek`) do
the same sums without writing (`with_current_anchors`), so they say what the reader will see even
for an article edited since it was last opened. A note whose anchor cannot be read at all is kept
and shown as detached; re-attaching it gives it a new one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from leeslamp.notes.anchoring import Anchor, AnchorDataError, make_anchor, reanchor_many, reattach

if TYPE_CHECKING:
    from leeslamp.journal import Entry, Journal
    from leeslamp.library.articles import Article

KIND = "aandacht"


@dataclass(frozen=True)
class Note:
    entry: Entry
    anchor: Anchor | None  # None: the stored anchor is not one (damaged by hand, say)

    @property
    def id(self) -> str:
        return self.entry.id

    @property
    def detached(self) -> bool:
        return self.anchor is None or self.anchor.detached

    @property
    def quote(self) -> str:
        if self.anchor is not None:
            return self.anchor.quote
        stored = (self.entry.anchor or {}).get("quote")
        return stored if isinstance(stored, str) else ""

    @property
    def span(self) -> tuple[int, int] | None:
        """[start, end) in the article's plain text; None when detached."""
        if self.detached or self.anchor is None:
            return None
        return self.anchor.start, self.anchor.end


def read_anchor(entry: Entry) -> Anchor | None:
    try:
        return Anchor.from_dict(entry.anchor) if entry.anchor is not None else None
    except AnchorDataError:
        return None


def in_text_order(notes: Iterable[Note]) -> list[Note]:
    """Attached notes by where they start (then end), detached ones after, oldest first."""
    notes = list(notes)
    attached = sorted(
        (n for n in notes if not n.detached),
        key=lambda n: (n.anchor.start, n.anchor.end, n.entry.created),  # type: ignore[union-attr]
    )
    detached = sorted((n for n in notes if n.detached), key=lambda n: n.entry.created)
    return attached + detached


def current_anchors(entries: Sequence[Entry], article: Article) -> list[Anchor | None]:
    """The anchors of `entries` (one article's notes: all of them, as re-anchoring a note also
    looks at where its neighbours went) against the article's text as it is now, in the same
    order. None for an anchor that cannot be read. Nothing is written."""
    anchors = [read_anchor(entry) for entry in entries]
    digest = article.text_hash
    stale = [i for i, anchor in enumerate(anchors) if anchor and anchor.text_hash != digest]
    if stale:
        found = reanchor_many([anchors[i] for i in stale], article.plain_text)  # type: ignore[misc]
        for index, anchor in zip(stale, found, strict=True):
            anchors[index] = anchor
    return anchors


def load_notes(journal: Journal, article: Article) -> list[Note]:
    """The article's notes, re-anchored if its text changed (changes written back unless the
    journal is read-only), in text order."""
    entries = journal.entries(article=article.id, kind=KIND)
    anchors = current_anchors(entries, article)
    if not journal.read_only:
        for index, (entry, anchor) in enumerate(zip(entries, anchors, strict=True)):
            if anchor is not None and anchor != read_anchor(entry):
                entries[index] = journal.update_entry(entry.id, anchor=anchor.to_dict())
    notes = (Note(entry, anchor) for entry, anchor in zip(entries, anchors, strict=True))
    return in_text_order(notes)


def with_current_anchors(
    entries: Sequence[Entry], find_article: Callable[[str], Article | None]
) -> list[Entry]:
    """`entries` (the whole journal) with each aandacht note's anchor as `load_notes` would make
    it now, for commands that only read. A note whose article is not in the library, or whose
    anchor cannot be read, keeps what is stored."""
    by_article: defaultdict[str, list[int]] = defaultdict(list)
    for index, entry in enumerate(entries):
        if entry.kind == KIND and entry.article is not None and entry.anchor is not None:
            by_article[entry.article].append(index)
    result = list(entries)
    for article_id, indexes in by_article.items():
        article = find_article(article_id)
        if article is None:
            continue
        anchors = current_anchors([entries[i] for i in indexes], article)
        for index, anchor in zip(indexes, anchors, strict=True):
            if anchor is not None and anchor != read_anchor(entries[index]):
                result[index] = replace(entries[index], anchor=anchor.to_dict())
    return result


def add_note(journal: Journal, article: Article, start: int, end: int) -> Note:
    """A new, empty note (a highlight) on plain_text[start:end]."""
    anchor = make_anchor(article.plain_text, start, end)
    entry = journal.add_entry(KIND, "", article=article.id, anchor=anchor.to_dict())
    return Note(entry, anchor)


def reattach_note(journal: Journal, article: Article, note: Note, start: int, end: int) -> Note:
    """Put a note on a passage the reader chose by hand: an exact anchor there."""
    text = article.plain_text
    if note.anchor is None:
        anchor = make_anchor(text, start, end)
    else:
        anchor = reattach(note.anchor, text, start, end)
    entry = journal.update_entry(note.id, anchor=anchor.to_dict())
    return Note(entry, anchor)


def note_counts(journal: Journal) -> dict[str, int]:
    """How many aandacht notes each article has (detached ones too), by article id."""
    return dict(Counter(e.article for e in journal.entries(kind=KIND) if e.article is not None))
