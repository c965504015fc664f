"""Taking the journal out: one exporter per format, chosen by name.

An exporter gets an `ExportJob`: the entries (oldest first), the moment of export, where to
write (a file, a folder for `markdown`, or the output stream), the articles' titles, and a
progress callback. New formats slot in by adding to EXPORTERS.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from leeslamp.core.errors import UserInputError, os_reason
from leeslamp.core.fileio import atomic_write_text
from leeslamp.core.safe_text import printable
from leeslamp.journal.models import Entry, Version

if TYPE_CHECKING:
    from leeslamp.library.articles import Article

JOURNAL_FORMAT = "leeslamp-journal"
JOURNAL_FORMAT_VERSION = 1


@dataclass(frozen=True)
class ArticleInfo:
    """What an export says about an article: enough for a title and front matter."""

    id: str
    title: str
    author: str | None = None
    date: str | None = None


def article_infos(articles: Iterable[Article]) -> dict[str, ArticleInfo]:
    """ArticleInfo by id, from the library's Article objects."""
    return {
        article.id: ArticleInfo(article.id, article.title, article.author, article.date)
        for article in articles
    }


@dataclass
class ExportJob:
    entries: list[Entry]  # oldest first
    exported: datetime
    destination: Path | None  # a file; a folder for formats in FOLDER_FORMATS; None: `out`
    out: TextIO = field(default_factory=lambda: sys.stdout)
    articles: Mapping[str, ArticleInfo] = field(default_factory=dict)
    progress: Callable[[int], None] | None = None  # called with the number of entries done
    #: lines for the reader: files a folder format left alone, and where their text went
    notices: list[str] = field(default_factory=list)
    #: each entry's earlier versions (oldest first), by entry id; `json` exports them
    versions: Mapping[str, list[Version]] = field(default_factory=dict)

    def title_of(self, article_id: str) -> str:
        info = self.articles.get(article_id)
        return info.title if info else article_id

    def advance(self, done: int) -> None:
        if self.progress is not None:
            self.progress(done)


def journal_json(
    entries: list[Entry],
    exported: datetime,
    versions: Mapping[str, list[Version]] | None = None,
) -> str:
    """The whole journal for scripts. Each entry carries `versions`: its earlier texts, oldest
    first, each with `version` (its number), `saved` and `text`; the current text is the
    entry's own `text` (version n + 1)."""
    versions = versions or {}
    document: dict[str, Any] = {
        "format": JOURNAL_FORMAT,
        "version": JOURNAL_FORMAT_VERSION,
        "exported": exported.isoformat(timespec="seconds"),
        "entries": [
            {
                **entry.to_dict(),
                "versions": [
                    {"version": v.number, "saved": v.saved, "text": v.text}
                    for v in versions.get(entry.id, ())
                ],
            }
            for entry in entries
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _deliver(job: ExportJob, text: str, *, is_json: bool = False) -> None:
    if job.destination is None:
        # On a terminal: control characters made visible. JSON escapes them itself (and its
        # strings must stay what they were).
        job.out.write(text if is_json else printable(text))
    else:
        atomic_write_text(job.destination, text)


def write_json(job: ExportJob) -> list[Path]:
    _deliver(job, journal_json(job.entries, job.exported, job.versions), is_json=True)
    job.advance(len(job.entries))
    return [job.destination] if job.destination else []


def jrnl_tags(entry: Entry, job: ExportJob) -> list[str]:
    """The @tags an entry gets in jrnl after its kind: its article's id (stable, and what
    `--artikel` takes), then its own tags."""
    from leeslamp.interop.jrnl import STAR_TAG

    tags = []
    if entry.article:
        tags.append(entry.article)
    tags.extend(tag for tag in entry.tags if tag != STAR_TAG)
    outcome = (entry.prompt or {}).get("outcome")
    if entry.kind == "voornemen" and isinstance(outcome, str) and outcome:
        from leeslamp.interop.jrnl import OUTCOME_TAG

        tags.append(OUTCOME_TAG + outcome)  # how the intention went: jrnl has no field for it
    return tags


def write_jrnl(job: ExportJob) -> list[Path]:
    """jrnl's plain-text format (see jrnl_format.py): `jrnl --import --file PAD` takes it.
    An aandacht note keeps its passage and an answer its question, written before the note."""
    from leeslamp.i18n import language
    from leeslamp.interop.jrnl import STAR_TAG
    from leeslamp.interop.jrnl_write import format_entry, join_entries
    from leeslamp.journal.search import text_of

    parts: list[str] = []
    for done, entry in enumerate(job.entries, start=1):
        when = datetime.fromisoformat(entry.created)  # the writer's own clock, as stored
        parts.append(
            format_entry(
                when,
                entry.text,
                entry.kind,
                jrnl_tags(entry, job),
                STAR_TAG in entry.tags,
                quote=text_of((entry.anchor or {}).get("quote")) or None,
                question=text_of(entry.prompt)
                or text_of((entry.assignment or {}).get("prompt"))
                or None,
                language=language(),
            )
        )
        if done % 500 == 0:
            job.advance(done)
    _deliver(job, join_entries(parts))
    job.advance(len(job.entries))
    return [job.destination] if job.destination else []


def write_markdown(job: ExportJob) -> list[Path]:
    from leeslamp.interop.markdown import write_folder

    if job.destination is None:
        raise UserInputError("export.markdown_needs_folder")
    return write_folder(job)


Exporter = Callable[[ExportJob], list[Path]]

EXPORTERS: dict[str, Exporter] = {
    "markdown": write_markdown,
    "json": write_json,
    "jrnl": write_jrnl,
}
#: formats whose destination is a folder, not a file
FOLDER_FORMATS = frozenset({"markdown"})
#: the file a file format writes when given a folder
FILE_SUFFIXES = {"json": "json", "jrnl": "txt"}


def export(
    fmt: str,
    entries: list[Entry],
    exported: datetime,
    destination: Path | None,
    out: TextIO | None = None,
    *,
    articles: Mapping[str, ArticleInfo] | None = None,
    progress: Callable[[int], None] | None = None,
    into_folder: bool = False,
    notices: list[str] | None = None,
    versions: Mapping[str, list[Version]] | None = None,
) -> list[Path]:
    """Write `entries` (oldest first) in format `fmt` to `destination`, or to `out` without one.

    Returns the files written (none when writing to `out`). A file format given a folder (an
    existing one, or `into_folder`: typed as `-o map/`) writes one file in it, named after the day.
    `notices` gets the lines the reader must see (files left alone, see markdown_export).
    """
    as_folder = destination is not None and (into_folder or destination.is_dir())
    if destination is not None and as_folder and fmt not in FOLDER_FORMATS:
        name = f"leeslamp-{exported.date().isoformat()}.{FILE_SUFFIXES[fmt]}"
        destination = destination / name
    # sys.stdout is looked up now, not at import: it may have been replaced since (tests, pipes)
    job = ExportJob(
        entries,
        exported,
        destination,
        out or sys.stdout,
        dict(articles or {}),
        progress,
        notices if notices is not None else [],
        versions or {},
    )
    if destination is None:
        return EXPORTERS[fmt](job)  # a broken pipe on stdout is the caller's to handle
    try:
        return EXPORTERS[fmt](job)
    except OSError as exc:
        # not exc.filename: that may be the temporary file the write goes through
        raise UserInputError(
            "export.cannot_write", path=destination, reason=os_reason(exc)
        ) from None
