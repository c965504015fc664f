"""The journal as a folder of Markdown notes, one per article, Obsidian-style.

One file per article (named after its title), one for the daily questions and one for entries
about no article. Each starts with YAML front matter (title, article id, author, the first and
last day you wrote, how many entries, tags), then every entry under a dated heading, oldest
first; an aandacht note shows its passage as a `>` quote and then the note. Daily answers link
to their article's note with a [[wikilink]]. Every file is written atomically.

What the reader wrote is shown as written, not read as Markdown structure: a line that would
become a heading, a rule, a setext underline or a code fence gets a backslash in front, and a
line break inside a paragraph gets two trailing spaces (a hard break in CommonMark and Obsidian
alike).

The folder is the reader's too: they add lines to a note, or keep their own files there. So an
export writes a file only if it wrote that file before and nobody changed it since: every file
ends its front matter with `leeslamp-hash:`, the SHA-256 of the file's bytes with that hash
written as zeros. A file that is changed, or not ours (no hash, a wrong one), is left alone
byte for byte and the new text goes beside it (`Naam (leeslamp 2026-12-06).md`, then
`... 2).md`), with one line for the reader. Nothing is ever deleted. File names do not
depend on the language, so an export with --taal en finds the files of one in Dutch.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from leeslamp.core.dates import long_date
from leeslamp.core.fileio import atomic_write_bytes, ensure_private_dir
from leeslamp.i18n import t
from leeslamp.interop.export import ExportJob
from leeslamp.journal.models import Entry
from leeslamp.journal.search import text_of

DAILY = "dagvraag"
#: private entries of the day that go into the daily note: answers and morning intentions
DAILY_KINDS = frozenset({DAILY, "voornemen"})
#: the front-matter key that marks a file as written by this export
MARK = "leeslamp"
MARK_VALUE = "export"
#: the last front-matter line: the file's hash, computed with its own value as zeros
HASH_KEY = "leeslamp-hash"
_UNSEALED = "0" * 64
_HASH_LINE = re.compile(rb"^" + HASH_KEY.encode() + rb": ([0-9a-f]{64})$")
#: file names of the notes without an article, the same in every language (a title may differ)
DAILY_NAME = "Dagvragen"
LOOSE_NAME = "Zonder artikel"
#: a line Markdown would read as structure: an ATX heading (not a #tag), a thematic break or
#: setext underline (`---`, `***`, `___`, `===`), or a code fence
_STRUCTURE = re.compile(r" {0,3}(?:#{1,6}(?:[ \t]|$)|[-*_=](?:[ \t]*[-*_=])*[ \t]*$|```|~~~)")
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|#^\[\]\x00-\x1f]+')  # not in file names, nor in [[links]]


@dataclass
class Note:
    """One Markdown file to be: its title, the article it is about, and its entries."""

    key: str  # article id, or DAILY, or "" for entries without an article
    title: str
    name: str  # what the file is named after: the article's title, or a fixed name
    entries: list[Entry] = field(default_factory=list)
    stem: str = ""  # file name without .md, chosen once all notes are known


def tag_name(tag: str) -> str:
    """A tag Obsidian accepts: letters, digits, `_`, `-` and `/`, no spaces, and not digits
    only (Obsidian ignores `#2026`): those get a `_` in front (`#_2026`), which it does read."""
    name = re.sub(r"[^\w/-]+", "-", tag.strip().lstrip("#")).strip("-")
    return f"_{name}" if name.isdigit() else name


def _safe_stem(title: str) -> str:
    stem = " ".join(_UNSAFE_NAME.sub(" ", title).split()).strip(". ")
    return stem[:100] or "leeslamp"


def group(job: ExportJob) -> list[Note]:
    """Entries sorted into notes: articles in order of first entry, then daily, then loose."""
    notes: dict[str, Note] = {}
    for entry in job.entries:
        if entry.kind in DAILY_KINDS:
            key, title, name = DAILY, t("export.md.daily_title"), DAILY_NAME
        elif entry.article:
            key = entry.article
            title = name = job.title_of(entry.article)
        else:
            key, title, name = "", t("export.md.loose_title"), LOOSE_NAME
        notes.setdefault(key, Note(key, title, name)).entries.append(entry)
    ordered = [n for n in notes.values() if n.key not in (DAILY, "")]
    ordered += [notes[k] for k in (DAILY, "") if k in notes]
    taken: set[str] = set()
    for note in ordered:
        stem = _safe_stem(note.name)
        if stem.casefold() in taken:  # two articles with one title: the id tells them apart
            stem = _safe_stem(f"{note.name} ({note.key or 'leeslamp'})")
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
    return f"---\n{dumped}{HASH_KEY}: {_UNSEALED}\n---\n"


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
    if entry.kind == "voornemen":  # how it went, once the reader said so the next morning
        from leeslamp.daily.intentions import OUTCOME_LABELS, outcome_of

        outcome = outcome_of(entry)
        if outcome is not None:
            parts.append(f"*{t('intention.outcome_line', outcome=t(OUTCOME_LABELS[outcome]))}*")
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


def _hash_value_span(data: bytes) -> tuple[int, int] | None:
    """Where the hash's value stands: on the last line of the front matter, else nowhere."""
    if not data.startswith(b"---\n"):
        return None
    end = data.find(b"\n---\n", 3)
    if end < 0:
        return None
    start = data.rfind(b"\n", 0, end) + 1
    match = _HASH_LINE.match(data[start:end])
    return (start + match.start(1), start + match.end(1)) if match else None


def _digest(data: bytes, span: tuple[int, int]) -> str:
    return hashlib.sha256(data[: span[0]] + _UNSEALED.encode() + data[span[1] :]).hexdigest()


def seal(text: str) -> bytes:
    """The note's bytes with its hash filled in."""
    data = text.encode("utf-8")
    span = _hash_value_span(data)
    assert span is not None and data[span[0] : span[1]] == _UNSEALED.encode()
    return data[: span[0]] + _digest(data, span).encode() + data[span[1] :]


def unchanged_since_export(path: Path) -> bool:
    """Is this a file an export wrote, byte for byte as it wrote it?"""
    if path.is_symlink() or not path.is_file():
        return False
    try:
        data = path.read_bytes()
    except OSError:
        return False
    span = _hash_value_span(data)
    return span is not None and data[span[0] : span[1]].decode() == _digest(data, span)


def _may_write(path: Path) -> bool:
    return not os.path.lexists(path) or unchanged_since_export(path)


def _target(folder: Path, stem: str, day: str, taken: set[str]) -> Path:
    """`stem.md` if it is free or ours and unchanged, else the first such name beside it."""
    candidates = [f"{stem}.md", f"{stem} (leeslamp {day}).md"]
    candidates += (f"{stem} (leeslamp {day} {n}).md" for n in range(2, 1000))
    for name in candidates:
        if name.casefold() not in taken and _may_write(folder / name):
            taken.add(name.casefold())
            return folder / name
    raise FileExistsError(folder / f"{stem}.md")


def write_folder(job: ExportJob) -> list[Path]:
    """Write the notes into the folder `job.destination` (made if needed); return the files.

    A file changed since the last export, or not one of ours, is never written over: the
    note goes beside it, and `job.notices` gets a line that says so."""
    folder = job.destination
    assert folder is not None
    if folder.exists() and not folder.is_dir():
        from leeslamp.core.errors import UserInputError

        raise UserInputError("export.not_a_folder", path=folder)
    ensure_private_dir(folder)
    notes = group(job)
    day = job.exported.date().isoformat()
    taken = {f"{note.stem}.md".casefold() for note in notes}  # beside-names never take these
    targets: dict[str, Path] = {}
    for note in notes:
        taken.discard(f"{note.stem}.md".casefold())
        targets[note.key] = _target(folder, note.stem, day, taken)
        if targets[note.key].stem != note.stem:
            job.notices.append(
                t("export.md.left_alone", name=f"{note.stem}.md", beside=targets[note.key].name)
            )
    # links go to the files written now, wherever they went
    stems = {key: path.stem for key, path in targets.items() if key not in (DAILY, "")}
    written: list[Path] = []
    done = 0
    for note in notes:
        path = targets[note.key]
        atomic_write_bytes(path, seal(render(note, job, stems, done)))
        done += len(note.entries)
        written.append(path)
    job.advance(done)
    return written
