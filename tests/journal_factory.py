"""Helpers for tests that need a journal with entries written at chosen moments, and articles."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from leeslamp.core.paths import resolve
from leeslamp.journal import Entry, Journal

AMSTERDAM_WINTER = timezone(timedelta(hours=1))


def moment(text: str) -> datetime:
    """'2026-11-01 09:30' as a time in Amsterdam (winter)."""
    return datetime.fromisoformat(text).replace(tzinfo=AMSTERDAM_WINTER)


def write_entries(*specs: dict[str, Any]) -> list[Entry]:
    """Add entries to the journal in LEESLAMP_HOME. Each spec: `at` ('2026-11-01 09:30'),
    `kind` (default reflectie), `text`, and any add_entry field (article, tags, anchor, ...)."""
    clock = {"now": moment("2026-01-01 12:00")}
    added = []
    with Journal.open(resolve(), clock=lambda: clock["now"]) as journal:
        for spec in specs:
            spec = dict(spec)
            clock["now"] = moment(spec.pop("at", "2026-01-01 12:00"))
            kind = spec.pop("kind", "reflectie")
            added.append(journal.add_entry(kind, spec.pop("text"), **spec))
    return added


def all_entries() -> list[Entry]:
    with Journal.open(resolve(), read_only=True) as journal:
        return journal.entries()


def add_article(home: Path, article_id: str, title: str, author: str = "Rembrandt Zegers") -> Path:
    """An article file in the reader's own articles folder."""
    folder = home / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{article_id}.md"
    path.write_text(
        f"---\nid: {article_id}\ntitle: {json.dumps(title)}\nauthor: {author}\ndate: 2022-02\n---\n\n"
        "Een alinea uit het artikel.\n",
        encoding="utf-8",
    )
    return path
