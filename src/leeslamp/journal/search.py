"""Finding what you wrote: accent- and case-insensitive search over the journal's entries.

Searched: the entry's text, an aandacht note's quote, the daily question a dagvraag answers
and the assignment question an antwoord answers. Every word must match (anywhere, also inside
a longer word, so results can follow the reader's typing); `"exacte woorden"` is a phrase.
"een" finds "één" and "creeer" finds "creëer": text and query are both folded (casefold, NFKD,
combining marks dropped, whitespace runs as one space), and a map from folded back to original
offsets turns every match into a span in the original text, for highlighting.

A `SearchIndex` keeps each entry's folded text, so a search is a plain substring scan: a few
milliseconds at 10k entries (see benchmarks/search_export.py). The app builds one index when the
search screen opens (in a worker: ~0.15 s at 10k), keeps it current with `add`/`remove`, and
calls `search(query, filters, limit=...)` per keystroke; `SearchResult.spans_in("text")` gives
what to highlight, `excerpt()` a line to show. No Textual here.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cached_property

from leeslamp.journal.models import Entry

#: the searchable parts of an entry, in the order results show them
FIELDS = ("text", "quote", "prompt", "assignment")

_FIELD_SEPARATOR = "\n\x00\n"  # never inside a folded query term, so no match spans two fields
_EARLIEST = datetime.min.replace(tzinfo=UTC)


# --- folding ---------------------------------------------------------------------------------


def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    return "".join(part for part in decomposed if not unicodedata.combining(part))


class _CharFolds(dict[str, str]):
    """Each character's folded form, worked out once: a journal uses few distinct characters,
    and a dict lookup per character is four times faster than normalising whole texts."""

    def __missing__(self, char: str) -> str:
        folded = self[char] = _fold_char(char)
        return folded


_FOLDS = _CharFolds()


def fold(text: str) -> str:
    """The form text and query are compared in: " Één  Creëer" -> "een creeer".

    Casefolded, compatibility-decomposed, combining marks dropped, whitespace runs as one
    space and none at either end.
    """
    if text.isascii():
        return " ".join(text.lower().split())
    return " ".join("".join(map(_FOLDS.__getitem__, text)).split())


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """`fold(text)`, and for each folded character the index of the character it came from.

    The map has one extra item, the end of the text without trailing whitespace, so a folded
    end offset maps too. A whitespace run maps to its first character.
    """
    out: list[str] = []
    origin: list[int] = []
    space_at = -1  # where a pending whitespace run began, once some text came before it
    for index, char in enumerate(text):
        for part in _FOLDS[char]:
            if part.isspace():
                if out and space_at < 0:
                    space_at = index
                continue
            if space_at >= 0:
                out.append(" ")
                origin.append(space_at)
                space_at = -1
            out.append(part)
            origin.append(index)
    origin.append(len(text.rstrip()))
    return "".join(out), origin


def _one_to_one(text: str, folded: str) -> bool:
    """Every character folds to exactly one and no whitespace was merged: offsets are equal."""
    if len(folded) != len(text):
        return False
    if text.isascii():
        return True
    sizes = list(map(len, map(_FOLDS.__getitem__, text)))
    return min(sizes) == 1 == max(sizes)


def _folded_for_spans(text: str) -> tuple[str, list[int] | range]:
    """fold_with_map, without building the map when offsets need no mapping (the usual case)."""
    folded = fold(text)
    if _one_to_one(text, folded):
        return folded, range(len(text) + 1)
    return fold_with_map(text)


def _original_span(origin: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """Folded [start, end) to original offsets; a dropped accent stays with its letter."""
    return origin[start], max(origin[end], origin[end - 1] + 1)


# --- queries and filters ---------------------------------------------------------------------


def parse_query(query: str) -> tuple[str, ...]:
    """The folded terms of a query: words, and `"phrases in quotes"` as one term.

    An unclosed quote runs to the end, so a half-typed phrase already searches.
    """
    terms: list[str] = []
    for index, part in enumerate(query.split('"')):
        if index % 2:  # inside quotes
            phrase = fold(part).strip()
            if phrase:
                terms.append(phrase)
        else:
            terms.extend(fold(part).split())
    return tuple(dict.fromkeys(terms))  # a repeated word adds nothing


@dataclass(frozen=True)
class Filters:
    """What a result must also be: about this article, of this kind, with this tag, in this
    date range (inclusive days, on the day the entry was written)."""

    article: str | None = None
    #: prompts about `article`: an answer to one is about it, also one saved before answers
    #: kept their question's article
    article_prompts: frozenset[str] = frozenset()
    kind: str | None = None
    tag: str | None = None
    since: date | None = None
    until: date | None = None

    def admits(self, entry: Entry) -> bool:
        return _admits(self, entry, _written(entry), _folded_tags(entry))


# --- results ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A match: characters [start, end) of one field's original text."""

    field: str  # one of FIELDS
    start: int
    end: int


@dataclass(frozen=True)
class SearchResult:
    entry: Entry
    terms: tuple[str, ...] = ()

    @cached_property
    def spans(self) -> tuple[Span, ...]:
        """Every match, field by field, in text order. Computed on first use."""
        found: list[Span] = []
        for name, text in field_texts(self.entry).items():
            found.extend(Span(name, start, end) for start, end in match_spans(text, self.terms))
        return tuple(found)

    def spans_in(self, field_name: str = "text") -> list[tuple[int, int]]:
        """The (start, end) matches in one field, e.g. to highlight `entry.text`."""
        return [(span.start, span.end) for span in self.spans if span.field == field_name]

    def to_dict(self) -> dict[str, object]:
        return {
            "entry": self.entry.to_dict(),
            "matches": [{"field": s.field, "start": s.start, "end": s.end} for s in self.spans],
        }


@dataclass(frozen=True)
class Results:
    """The first `limit` hits, newest first, and how many there were in all."""

    hits: list[SearchResult]
    total: int
    terms: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[SearchResult]:
        return iter(self.hits)

    def __len__(self) -> int:
        return len(self.hits)


def match_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Where the (folded) terms occur in `text`, as merged original (start, end) offsets."""
    terms = [term for term in terms if term]
    if not terms or not text:
        return []
    folded, origin = _folded_for_spans(text)
    raw: list[tuple[int, int]] = []
    for term in terms:
        position = folded.find(term)
        while position >= 0:
            raw.append(_original_span(origin, position, position + len(term)))
            position = folded.find(term, position + len(term))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(raw):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def text_of(value: object) -> str:
    """A prompt or question as text: a string, or a {text: ...} / {nl: ..., en: ...} record."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        if "text" in value:
            return text_of(value["text"])
        return "\n".join(text_of(item) for item in value.values() if isinstance(item, str))
    return ""


def field_texts(entry: Entry) -> dict[str, str]:
    """The searchable texts of an entry, by field name; empty fields left out."""
    texts = {
        "text": entry.text,
        "quote": text_of((entry.anchor or {}).get("quote")),
        "prompt": text_of(entry.prompt),
        "assignment": text_of((entry.assignment or {}).get("prompt")),
    }
    return {name: text for name, text in texts.items() if text}


# --- the index -------------------------------------------------------------------------------


def _written(entry: Entry) -> datetime:
    try:
        moment = datetime.fromisoformat(entry.created)
    except ValueError:
        return _EARLIEST
    return moment if moment.tzinfo else moment.astimezone()


@dataclass
class _Indexed:
    entry: Entry
    haystack: str = field(init=False)
    written: datetime = field(init=False)
    tags: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.haystack = _FIELD_SEPARATOR.join(
            fold(text) for text in field_texts(self.entry).values()
        )
        self.written = _written(self.entry)
        self.tags = _folded_tags(self.entry)

    def admitted_by(self, filters: Filters) -> bool:
        return _admits(filters, self.entry, self.written, self.tags)


def _folded_tags(entry: Entry) -> frozenset[str]:
    return frozenset(fold(tag).strip() for tag in entry.tags)


def _admits(filters: Filters, entry: Entry, written: datetime, tags: frozenset[str]) -> bool:
    if filters.article is not None and entry.article != filters.article:
        prompt_id = (entry.prompt or {}).get("id") if entry.kind == "dagvraag" else None
        if entry.article is not None or prompt_id not in filters.article_prompts:
            return False
    if filters.kind is not None and entry.kind != filters.kind:
        return False
    if filters.tag is not None and fold(filters.tag).strip().lstrip("#@") not in tags:
        return False
    day = written.date()  # the day on the writer's own clock, as stored
    if filters.since is not None and day < filters.since:
        return False
    return filters.until is None or day <= filters.until


class SearchIndex:
    """The journal's entries, folded once, searchable many times.

    Thread-safe: the app may search from one worker while another adds a saved entry. A search
    works on a snapshot of the index taken under a short lock.
    """

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        self._lock = threading.Lock()
        self._items: dict[str, _Indexed] = {entry.id: _Indexed(entry) for entry in entries}
        self._ordered: list[_Indexed] | None = None

    def __len__(self) -> int:
        return len(self._items)

    def add(self, entry: Entry) -> None:
        """Add an entry, or replace the one with the same id (after an edit)."""
        indexed = _Indexed(entry)  # the folding, outside the lock
        with self._lock:
            self._items[entry.id] = indexed
            self._ordered = None

    def remove(self, entry_id: str) -> None:
        with self._lock:
            if self._items.pop(entry_id, None) is not None:
                self._ordered = None

    def _newest_first(self) -> list[_Indexed]:
        with self._lock:
            if self._ordered is None:
                self._ordered = sorted(
                    self._items.values(), key=lambda item: item.written, reverse=True
                )
            return self._ordered  # never changed in place, so safe to scan without the lock

    def search(
        self, query: str = "", filters: Filters | None = None, limit: int | None = None
    ) -> Results:
        """Entries matching every term of `query` and the filters, newest first.

        An empty query lists everything the filters admit. With `limit`, only the first hits
        are returned (and get spans); `Results.total` still counts them all.
        """
        terms = parse_query(query)
        items = self._newest_first()
        # Longest term first: it is usually the rarest, so later passes scan fewer entries.
        # One list comprehension per term, no objects per entry: a scan stays in C mostly.
        for term in sorted(terms, key=len, reverse=True):
            items = [item for item in items if term in item.haystack]
        if filters is not None and filters != Filters():
            items = [item for item in items if item.admitted_by(filters)]
        shown = items if limit is None else items[:limit]
        return Results([SearchResult(item.entry, terms) for item in shown], len(items), terms)


def search(
    entries: Iterable[Entry],
    query: str = "",
    filters: Filters | None = None,
    limit: int | None = None,
) -> Results:
    """One search without keeping an index (the command line): filters first, so only the
    entries they admit are folded."""
    if filters is not None and filters != Filters():
        entries = [entry for entry in entries if filters.admits(entry)]
    return SearchIndex(entries).search(query, None, limit)


def excerpt(
    text: str, spans: list[tuple[int, int]], width: int = 80
) -> tuple[str, list[tuple[int, int]]]:
    """The line holding the first match, cut to about `width` characters around it, with the
    matches in that piece (offsets into the piece). Without matches: the first line.
    """
    start = spans[0][0] if spans else 0
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if not spans:  # the first line with something on it
        for line in text.split("\n"):
            if line.strip():
                line_start = text.find(line)
                line_end = line_start + len(line)
                break
    begin, end = line_start, line_end
    if end - begin > width:
        begin = max(line_start, min(start - width // 3, line_end - width))
        end = min(line_end, begin + width)
    piece = text[begin:end]
    lead = "…" if begin > line_start else ""
    tail = "…" if end < line_end else ""
    shift = len(lead) - begin
    local = [
        (max(a, begin) + shift, min(b, end) + shift) for a, b in spans if a < end and b > begin
    ]
    return lead + piece + tail, local
