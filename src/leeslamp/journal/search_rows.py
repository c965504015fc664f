"""The search index's tables (see search_index.py): what a row holds, made from an entry, and
the SQL condition for a query and its filters. Matching is exactly `SearchIndex.search`'s.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from leeslamp.journal.models import Entry
from leeslamp.journal.search import Filters, _folded_tags, _written, field_texts, fold

_TAG_SEP = "\x1f"  # whitespace to `fold`, so never inside a folded tag
#: the trigram index finds terms of this many characters or more; instr() checks them all
_SHORTEST_TRIGRAM = 3
_EARLIEST_TIMESTAMP = datetime.min.replace(tzinfo=UTC).timestamp()
_LATEST_TIMESTAMP = datetime.max.replace(tzinfo=UTC).timestamp()

#: one statement each: `executescript` would commit the rebuild's transaction half-way
SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    f"""CREATE TABLE entries (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        seq INTEGER NOT NULL,   -- the journal's order among entries of the same moment
        written REAL NOT NULL,  -- when, as a UTC timestamp: newest first
        day TEXT NOT NULL,      -- the day on the writer's own clock, for --sinds/--tot
        kind TEXT NOT NULL,
        article TEXT,
        prompt_id TEXT,         -- the question a dagvraag answers, for the article filter
        tags TEXT NOT NULL,     -- folded, each between two {_TAG_SEP!r}
        haystack TEXT NOT NULL, -- the folded fields, one per line
        doc TEXT NOT NULL       -- the entry, as JSON, to show
    )""",
    "CREATE INDEX entries_order ON entries (written, seq)",
    """CREATE VIRTUAL TABLE hay USING fts5(
        haystack, content='entries', content_rowid='rowid', tokenize='trigram case_sensitive 1'
    )""",
    """CREATE TRIGGER entries_added AFTER INSERT ON entries BEGIN
        INSERT INTO hay(rowid, haystack) VALUES (new.rowid, new.haystack);
    END""",
    """CREATE TRIGGER entries_removed AFTER DELETE ON entries BEGIN
        INSERT INTO hay(hay, rowid, haystack) VALUES ('delete', old.rowid, old.haystack);
    END""",
)


def _timestamp(written: datetime) -> float:
    try:
        return written.timestamp()
    except (OverflowError, ValueError):  # year 1 east of Greenwich, say: a hand-made date
        return _EARLIEST_TIMESTAMP if written.year == 1 else _LATEST_TIMESTAMP


def row_of(entry: Entry, seq: int) -> tuple[Any, ...]:
    written = _written(entry)
    prompt_id = (entry.prompt or {}).get("id") if entry.kind == "dagvraag" else None
    tags = "".join(f"{_TAG_SEP}{tag}{_TAG_SEP}" for tag in sorted(_folded_tags(entry)))
    # by hand: Entry.to_dict (dataclasses.asdict) deep-copies, and costs more than the rest
    doc = json.dumps(
        {
            "id": entry.id,
            "kind": entry.kind,
            "text": entry.text,
            "created": entry.created,
            "updated": entry.updated,
            "article": entry.article,
            "tags": entry.tags,
            "prompt": entry.prompt,
            "anchor": entry.anchor,
            "assignment": entry.assignment,
            "rev": entry.rev,
        },
        ensure_ascii=False,
    )
    return (
        entry.id,
        seq,
        _timestamp(written),
        written.date().isoformat(),
        entry.kind,
        entry.article,
        prompt_id if isinstance(prompt_id, str) else None,
        tags,
        "\n".join(fold(text) for text in field_texts(entry).values()),
        doc,
    )


INSERT = (
    "INSERT INTO entries (id, seq, written, day, kind, article, prompt_id, tags, haystack, doc)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def entry_of(doc_json: str) -> Entry:
    return Entry.from_doc(json.loads(doc_json))


def text_match(terms: tuple[str, ...]) -> str | None:
    """The FTS5 query for the terms the trigram index can find (each a quoted phrase of
    trigrams: exactly a substring of the folded text), or None when there are none."""
    long_terms = [term for term in terms if len(term) >= _SHORTEST_TRIGRAM]
    if not long_terms:
        return None
    return " AND ".join('"' + term.replace('"', '""') + '"' for term in long_terms)


def only_text_match(terms: tuple[str, ...], filters: Filters) -> bool:
    """Whether the trigram index alone answers which entries match (no short term, no filter)."""
    return filters == Filters() and all(len(term) >= _SHORTEST_TRIGRAM for term in terms)


def conditions(
    terms: tuple[str, ...],
    filters: Filters,
    *,
    use_text_index: bool = True,
    without_ids: Sequence[str] = (),
) -> tuple[str, list[Any]]:
    """The WHERE clause for the terms and filters. `use_text_index=False` leaves the trigram
    index out: walking the entries newest first, a common word finds its first hits at once,
    where the index would first list them all."""
    where: list[str] = []
    params: list[Any] = []
    match = text_match(terms) if use_text_index else None
    if match is not None:
        where.append("rowid IN (SELECT rowid FROM hay WHERE hay MATCH ?)")
        params.append(match)
    for term in terms:
        where.append("instr(haystack, ?) > 0")
        params.append(term)
    if filters.article is not None:
        prompts = sorted(filters.article_prompts)
        marks = ",".join("?" * len(prompts))
        where.append(f"(article = ? OR (article IS NULL AND prompt_id IN ({marks})))")
        params += [filters.article, *prompts]
    if filters.kind is not None:
        where.append("kind = ?")
        params.append(filters.kind)
    if without_ids:
        where.append("id NOT IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(without_ids)))
    if filters.tag is not None:
        where.append("instr(tags, ?) > 0")
        params.append(f"{_TAG_SEP}{fold(filters.tag).strip().lstrip('#@')}{_TAG_SEP}")
    if filters.since is not None:
        where.append("day >= ?")
        params.append(filters.since.isoformat())
    if filters.until is not None:
        where.append("day <= ?")
        params.append(filters.until.isoformat())
    return " AND ".join(where) or "1", params
