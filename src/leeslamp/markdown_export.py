"""The journal as a folder of Markdown notes, one per article, Obsidian-style.

One file per article (named after its title), one for the daily questions and one for entries
about no article. Each starts with YAML front matter (title, article id, author, the first and
last day you wrote, how many entries, tags), then every entry under a dated heading, oldest
first; an aandacht note shows its passage as a `>` quote and then the note. Daily answers link
to their article's note with a [[wikilink]]. Every file is written atomically.

What the reader wrote is shown as written, not read as Markdown structure: a line that would
become a heading, a rule, a setext underline or a code fence gets a backslash in front, and a
line break inside a paragraph gets two trailing spaces (a hard break in CommonMark and Obsidian
alike). Every file carries `leeslamp:` in its front matter; a whole export (no filters) into a
folder removes the notes an earlier export wrote there that are no longer made, and never
touches a file without that mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from leeslamp.dates import long_date
from leeslamp.export import ExportJob
from leeslamp.fileio import atomic_write_text, ensure_private_dir
from leeslamp.i18n import t
from leeslamp.journal.models import Entry
from leeslamp.search import text_of

DAILY = "dagvraag"
#: the front-matter key that marks a file as written by this export
MARK = "leeslamp"
MARK_VALUE = "export"
#: a line Markdown would read as structure: an ATX heading (not a #tag), a thematic break or
#: setext underline (`---`, `***`, `___`, `===`), or a code fence
_STRUCTURE = re.compile(r" {0,3}(?:#{1,6}(?:[ \t]|$)|[-*_=](?:[ \t]*[-*_=])*[ \t]*$|```|~~~)")
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|#^\[\]\x00-\x1f]+')  # not in file names, nor in [[links]]


@dataclass
class Note:
    """One Markdown file to be: its title, the article it is about, and its entries."""

    key: str  # article id, or DAILY, or "" for entries without an article
    title: str
    entries: list[Entry] = field(default_factory=list)
    stem: str = ""  # file name without .md, chosen once all notes are known


def tag_name(tag: str) -> str:
    """A tag Obsidian accepts: letters, digits, `_`, `-` and `/`, no spaces."""
    return re.sub(r"[^\w/-]+", "-", tag.strip().lstrip("#")).strip("-")


def _safe_stem(title: str) -> str:
    stem = " ".join(_UNSAFE_NAME.sub(" ", title).split()).strip(". ")
    return stem[:100] or "leeslamp"


def group(job: ExportJob) -> list[Note]:
    """Entries sorted into notes: articles in order of first entry, then daily, then loose."""
    notes: dict[str, Note] = {}
    for entry in job.entries:
        if entry.kind == DAILY:
            key, title = DAILY, t("export.md.daily_title")
        elif entry.article:
            key, title = entry.article, job.title_of(entry.article)
        else:
            key, title = "", t("export.md.loose_title")
        notes.setdefault(key, Note(key, title)).entries.append(entry)
    ordered = [n for n in notes.values() if n.key not in (DAILY, "")]
    ordered += [notes[k] for k in (DAILY, "") if k in notes]
    taken: set[str] = set()
    for note in ordered:
        stem = _safe_stem(note.title)
        if stem.casefold() in taken:  # two articles with one title: the id tells them apart
            stem = _safe_stem(f"{note.title} ({note.key or 'leeslamp'})")
        taken.add(stem.casefold())
        note.stem = stem
    return ordered


def _day(entry: Entry) -> date:
    return datetime.fromisoformat(entry.created).date()


def front_matter(note: Note, job: ExportJob) -> str:
    info = job.articles.get(note.key)
    data: dict[str, Any] = {"title": note.title}
    if note.key not in (DAILY, ""):
        data["article"] = note.key
        if info and info.author:
            data["author"] = info.author
        if info and info.date:
            data["published"] = str(info.date)
    data["created"] = _day(note.entries[0])
    data["updated"] = _day(note.entries[-1])
    data["entries"] = len(note.entries)
    tags = [entry.kind for entry in note.entries]
    tags += [tag for entry in note.entries for tag in entry.tags]
    data["tags"] = [name for name in dict.fromkeys(tag_name(tag) for tag in tags) if name]
    data["exported"] = job.exported.isoformat(timespec="seconds")
    data[MARK] = MARK_VALUE
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False)
    return f"---\n{dumped}---\n"


def _literal_line(line: str) -> str:
    """The line with a backslash before what would make it a heading, rule or fence."""
    if not _STRUCTURE.match(line):
        return line
    indent = len(line) - len(line.lstrip(" "))
    return f"{line[:indent]}\\{line[indent:]}"


def _literal(text: str) -> str:
    """The reader's text as written: no structure from it, and its line breaks kept."""
    lines = [_literal_line(line) for line in text.split("\n")]
    kept = []
    for index, line in enumerate(lines):
        follows = index + 1 < len(lines) and lines[index + 1].strip()
        kept.append(f"{line.rstrip()}  " if line.strip() and follows else line)
    return "\n".join(kept)


def _quote(text: str) -> str:
    return "\n".join(f"> {_literal_line(line)}".rstrip() for line in text.split("\n"))


def entry_section(entry: Entry, note: Note, job: ExportJob, stems: dict[str, str]) -> str:
    moment = datetime.fromisoformat(entry.created)
    heading = t(
        "export.md.heading",
        day=long_date(moment.date()),
        time=moment.strftime("%H:%M"),
        kind=t(f"entrykind.{entry.kind}"),
    )
    parts = [f"## {heading}"]
    if entry.kind == DAILY and entry.article:
        link, title = stems.get(entry.article), job.title_of(entry.article)
        if link:  # the article has a note in this export: link to it
            title = f"[[{link}]]" if link == title else f"[[{link}|{title}]]"
        parts.append(f"*{t('export.md.about', article=title)}*")
    question = text_of(entry.prompt) or text_of((entry.assignment or {}).get("prompt"))
    if question:
        parts.append(f"**{question.strip()}**")
    quote = text_of((entry.anchor or {}).get("quote"))
    if quote:
        parts.append(_quote(quote.strip()))
        if (entry.anchor or {}).get("state") == "detached":
            parts.append(f"*{t('export.md.detached')}*")
    if entry.text.strip():
        parts.append(_literal(entry.text.strip("\n")))
    tags = [tag_name(tag) for tag in entry.tags]
    if any(tags):
        parts.append(" ".join(f"#{tag}" for tag in tags if tag))
    return "\n\n".join(parts) + "\n"


def render(note: Note, job: ExportJob, stems: dict[str, str], done: int = 0) -> str:
    lines = [front_matter(note, job), f"# {note.title}\n"]
    info = job.articles.get(note.key)
    byline = [part for part in ((info.author, info.date) if info else ()) if part]
    if byline:
        lines.append(f"*{' · '.join(str(part) for part in byline)}*\n")
    for count, entry in enumerate(note.entries, start=1):
        lines.append(entry_section(entry, note, job, stems))
        if (done + count) % 500 == 0:
            job.advance(done + count)
    return "\n".join(lines)


def write_folder(job: ExportJob) -> list[Path]:
    """Write the notes into the folder `job.destination` (made if needed); return the files."""
    folder = job.destination
    assert folder is not None
    if folder.exists() and not folder.is_dir():
        from leeslamp.errors import UserInputError

        raise UserInputError("export.not_a_folder", path=folder)
    ensure_private_dir(folder)
    notes = group(job)
    stems = {note.key: note.stem for note in notes if note.key not in (DAILY, "")}
    written: list[Path] = []
    done = 0
    for note in notes:
        path = folder / f"{note.stem}.md"
        atomic_write_text(path, render(note, job, stems, done))
        done += len(note.entries)
        written.append(path)
    job.advance(done)
    if job.prune:
        _remove_stale(folder, set(written))
    return written


def written_by_us(path: Path) -> bool:
    """Does this file's front matter carry our mark? (Read no more than its first lines.)"""
    try:
        with path.open(encoding="utf-8") as handle:
            head = handle.read(64 * 1024)
    except (OSError, UnicodeDecodeError):
        return False
    if not head.startswith("---\n") or "\n---\n" not in head[3:]:
        return False
    try:
        data = yaml.safe_load(head[4 : head.index("\n---\n", 3)])
    except yaml.YAMLError:
        return False
    return isinstance(data, dict) and data.get(MARK) == MARK_VALUE


def _remove_stale(folder: Path, written: set[Path]) -> None:
    """Remove our notes from an earlier export that this one no longer makes."""
    for path in folder.glob("*.md"):
        ours = path not in written and not path.is_symlink() and path.is_file()
        if ours and written_by_us(path):
            path.unlink(missing_ok=True)
