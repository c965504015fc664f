"""Answer bundles: what a reader sends their coach, and nothing else.

A bundle is JSON (for the coach's leeslamp) with a Markdown copy (for people). It holds the
assignment as the coach wrote it, the reader's name, when it was made, and per question the
answer that counts. It is built from `current_answers()` only, which reads nothing but
`antwoord` entries of this assignment: reflections, aandacht notes and daily answers cannot
get in.

Version 2 added `reader_id`: random, made once per data folder (`settings.ensure_reader_id`),
so the coach can tell two readers with the same name apart. Version 1 bundles (without it)
are still read; the overview then goes by name.

An optional `notes` list holds the reader's aandacht notes on the assignment's articles, only
when they chose to send them (`shared_notes`); a bundle without it has none. No new version:
the checksum covers it like the rest, and a leeslamp that does not know it leaves it out.

The checksum (SHA-256 over the rest of the bundle) lets the coach's overview notice a file that
was changed after export, by accident or by hand. Such a file is still read (`Bundle.edited`):
a reader who fixed a typo keeps their answers in the overview, marked as edited by hand. It
is no signature: someone who edits the file and recomputes the checksum can pass it off.
Without a server or shared key, that is the honest limit.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from leeslamp.assignments.model import Assignment
from leeslamp.assignments.shared_notes import BundleNote, note_rows, notes_markdown, read_note_rows
from leeslamp.core.dates import human_stamp
from leeslamp.core.errors import os_reason
from leeslamp.core.fileio import atomic_write_text
from leeslamp.core.limits import (
    ANSWER_FILE_MAX_BYTES,
    MAX_NESTING,
    TITLE_MAX_CHARS,
    TooLarge,
    read_at_most,
    too_deep,
)
from leeslamp.core.safe_text import markdown_line, markdown_text
from leeslamp.i18n import t
from leeslamp.journal import Entry

FORMAT = "leeslamp-antwoorden"
VERSION = 2
#: the first version with a `reader_id`
READER_ID_SINCE = 2


@dataclass(frozen=True)
class BundleAnswer:
    number: int
    article: str
    article_title: str | None
    prompt: str
    answer: str | None  # None: not answered
    answered: str | None  # ISO 8601, when the answer was last changed


@dataclass(frozen=True)
class Bundle:
    """A bundle read back from a file and found good."""

    source: Path
    assignment: Assignment
    reader: str
    exported: str
    answers: tuple[BundleAnswer, ...]
    checksum: str
    reader_id: str | None = None  # None: a version 1 bundle, from before there were ids
    #: the reader's aandacht notes on the assignment's articles, if they chose to send them
    notes: tuple[BundleNote, ...] = ()
    #: the checksum does not match: someone changed the file by hand after it was made
    edited: bool = False
    #: the file is byte for byte what leeslamp wrote (no byte order mark, line ends or
    #: spacing changed by an editor): of two files alike in all else, the overview takes it
    as_written: bool = False

    @property
    def answered(self) -> int:
        return sum(1 for answer in self.answers if answer.answer is not None)


class BundleProblem(ValueError):
    """Why a file is not a usable bundle; `key` and `params` make the sentence."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def reason(self) -> str:
        return t(self.key, **self.params)


def checksum(document: Mapping[str, Any]) -> str:
    body = {key: value for key, value in document.items() if key != "checksum"}
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def build_bundle(
    assignment: Assignment,
    answers: Mapping[int, Entry],
    *,
    reader: str,
    reader_id: str,
    exported: datetime,
    article_titles: Mapping[str, str] | None = None,
    notes: Sequence[Entry] | None = None,
) -> dict[str, Any]:
    """The bundle document. `answers`: question number -> entry, from `current_answers()`;
    `reader_id`: from `settings.ensure_reader_id`; `notes`: only when the reader chose to send
    their aandacht notes, from `shared_notes.notes_to_share()`."""
    titles = article_titles or {}
    rows = []
    for question in assignment.questions:
        entry = answers.get(question.number)
        if entry is not None and not entry.text.strip():
            entry = None  # emptied: no answer, nothing to send
        rows.append(
            {
                "question": question.number,
                "article": question.article,
                "article_title": titles.get(question.article),
                "prompt": question.text,
                "answer": entry.text if entry else None,
                "answered": entry.updated if entry else None,
            }
        )
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "assignment": assignment.to_doc(),
        "reader": reader.strip(),
        "reader_id": reader_id,
        "exported": exported.isoformat(timespec="seconds"),
        "answers": rows,
    }
    if notes is not None:
        document["notes"] = note_rows(notes)
    document["checksum"] = checksum(document)
    return document


def bundle_json(document: Mapping[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def quoted(text: str) -> str:
    """The reader's text as a Markdown block quote, so its own headings cannot break ours."""
    return "\n".join(f"> {line}".rstrip() for line in text.strip("\n").splitlines())


def bundle_markdown(document: Mapping[str, Any]) -> str:
    """The Markdown copy: exactly what the JSON holds, for a person to read. Every outside
    text goes through `markdown_text`/`markdown_line`, as in the coach's report: a coach may
    `cat` the copy or open it in a viewer that renders HTML, and the reader's words (or a
    coach's assignment file) may hold escape sequences or `<script>`. The JSON keeps them as
    they are: that is data."""
    assignment = document["assignment"]
    title = markdown_line(str(assignment["titel"]))
    lines = [f"# {t('bundle.md_title', title=title)}", ""]
    reader = markdown_line(str(document["reader"])) if document["reader"] else t("bundle.no_name")
    lines.append(f"- {t('bundle.md_reader')}: {reader}")
    if document.get("reader_id"):
        lines.append(f"- {t('bundle.md_reader_id')}: {markdown_line(str(document['reader_id']))}")
    if assignment.get("coach"):
        lines.append(f"- {t('bundle.md_coach')}: {markdown_line(str(assignment['coach']))}")
    lines.append(f"- {t('bundle.md_assignment')}: {markdown_line(str(assignment['id']))}")
    if assignment.get("deadline"):
        lines.append(f"- {t('overview.md_deadline')}: {human_stamp(str(assignment['deadline']))}")
    lines.append(f"- {t('bundle.md_exported')}: {human_stamp(document['exported'])}")
    lines += ["", f"_{t('bundle.md_contents')}_"]
    for row in document["answers"]:
        article = markdown_line(str(row.get("article_title") or row["article"]))
        lines += ["", f"## {t('bundle.md_question', number=row['question'])} · {article}", ""]
        lines += [f"**{markdown_line(str(row['prompt']))}**", ""]
        if row["answer"] is None:
            lines.append(f"_{t('bundle.md_unanswered')}_")
        else:
            lines += [
                quoted(markdown_text(row["answer"])),
                "",
                f"_{t('bundle.md_answered', when=human_stamp(row['answered']))}_",
            ]
    titles = {row["article"]: row["article_title"] for row in document["answers"]}
    lines += notes_markdown(document.get("notes"), {k: v for k, v in titles.items() if v})
    return "\n".join(lines) + "\n"


#: characters of the reader id in a file name: enough to tell a group's readers apart
SHORT_ID = 4


def short_reader_id(reader_id: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", reader_id.lower())[:SHORT_ID]


def default_bundle_path(document: Mapping[str, Any], folder: Path) -> Path:
    """`antwoorden-<assignment>-anna-3f2a.json`: the start of the reader id keeps two Annas
    who save into one folder from sharing a name (`destination` refuses the rest)."""
    reader = re.sub(r"[^a-z0-9]+", "-", str(document["reader"]).lower()).strip("-")
    short = short_reader_id(str(document.get("reader_id") or ""))
    parts = [f"antwoorden-{document['assignment']['id']}", reader, short]
    return folder / ("-".join(part for part in parts if part) + ".json")


def markdown_path(json_path: Path) -> Path:
    return json_path.with_suffix(".md")


def names_folder(typed: str) -> bool:
    """Whether a path as typed means a folder: it ends in a slash, or is one already."""
    typed = typed.strip()
    return typed.endswith(("/", os.sep)) or Path(typed).expanduser().is_dir()


def bundle_paths(
    target: Path, document: Mapping[str, Any], *, folder: bool = False
) -> tuple[Path, Path]:
    """Where the JSON and its Markdown copy go. `target` may be a folder (a name is made up;
    `folder`: it is one even if it does not exist yet, and is made on writing), a .json file,
    or another name: it then ends in .json, so the copy never overwrites it."""
    if folder or target.is_dir():
        target = default_bundle_path(document, target)
    elif target.suffix.lower() == ".md":
        target = target.with_suffix(".json")
    elif target.suffix.lower() != ".json":
        target = target.with_name(target.name + ".json")
    return target, markdown_path(target)


def write_bundle(document: Mapping[str, Any], json_path: Path) -> tuple[Path, Path]:
    """Write the JSON and, beside it, the Markdown copy. Returns both paths."""
    md_path = markdown_path(json_path)
    atomic_write_text(json_path, bundle_json(document))
    atomic_write_text(md_path, bundle_markdown(document))
    return json_path, md_path


# --- reading a bundle back (the coach's side) --------------------------------------------------


def read_bundle(path: Path) -> Bundle:
    """Read and verify a bundle; raises BundleProblem saying what is wrong with it."""
    try:
        raw = read_at_most(path, ANSWER_FILE_MAX_BYTES)
    except TooLarge as exc:
        raise BundleProblem("problem.too_large", **exc.params()) from None
    except OSError as exc:
        raise BundleProblem("bundle.unreadable", reason=os_reason(exc)) from None
    try:
        # "utf-8-sig": an editor on Windows may have put a byte order mark in front
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BundleProblem("problem.not_utf8", position=exc.start) from None
    try:
        document = json.loads(text)
    except ValueError:
        raise BundleProblem("bundle.not_json") from None
    except RecursionError:  # json recurses per nested list or object; the checksum would too
        document = None
    if document is None or too_deep(document):
        raise BundleProblem("problem.too_deep", limit=MAX_NESTING)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BundleProblem("bundle.not_bundle")
    version = document.get("version")
    if not isinstance(version, int):
        raise BundleProblem("bundle.malformed", what="version")
    if version > VERSION:
        raise BundleProblem("bundle.too_new", version=version)
    # A reader who fixed a typo by hand keeps their answers in: the overview marks the file
    # as edited instead of dropping it. The content checks below still hold for it.
    actual = checksum(document)
    bundle = _bundle_from(document, path, actual, edited=document.get("checksum") != actual)
    return replace(bundle, as_written=raw == bundle_json(document).encode("utf-8"))


def _bundle_from(document: dict[str, Any], path: Path, actual: str, *, edited: bool) -> Bundle:
    what = "assignment"
    try:
        stated = document["assignment"]["id"]
        assignment = Assignment.from_doc(document["assignment"])
        what = "reader"
        reader, exported = document["reader"], document["exported"]
        if not isinstance(reader, str) or not isinstance(exported, str):
            raise TypeError(what)
        datetime.fromisoformat(exported)
        what = "reader_id"
        reader_id = document.get("reader_id")
        if document["version"] >= READER_ID_SINCE and (
            not isinstance(reader_id, str) or not reader_id
        ):
            raise TypeError(what)
        what = "answers"
        answers = tuple(_answer(row) for row in document["answers"])
        what = "notes"
        notes = read_note_rows(document.get("notes"))
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BundleProblem("bundle.malformed", what=what) from None
    # a name or title is one line in the coach's table: one of a million characters is no name
    one_line = (
        ("reader", reader),
        ("assignment.titel", assignment.title),
        ("assignment.coach", assignment.coach),
    )
    for what, value in one_line:
        if len(value) > TITLE_MAX_CHARS:
            raise BundleProblem(
                "bundle.too_long", what=what, length=len(value), limit=TITLE_MAX_CHARS
            )
    if assignment.content_id() != stated:  # content and id disagree: edited, checksum redone
        raise BundleProblem("bundle.id_mismatch", stated=stated)
    expected = [(q.number, q.article, q.text) for q in assignment.questions]
    if [(a.number, a.article, a.prompt) for a in answers] != expected:
        raise BundleProblem("bundle.questions_mismatch")
    return Bundle(
        path,
        assignment,
        reader.strip(),
        exported,
        answers,
        actual,  # of what the file holds now: two edited files are copies only if alike
        reader_id if isinstance(reader_id, str) and reader_id else None,
        notes,
        edited,
    )


def _answer(row: dict[str, Any]) -> BundleAnswer:
    text = row.get("answer")
    if isinstance(text, str) and not text.strip():
        # an emptied answer, as older versions exported it: not answered, in every column
        row = {**row, "answer": None, "answered": None}
    answer = BundleAnswer(
        number=row["question"],
        article=row["article"],
        article_title=row.get("article_title"),
        prompt=row["prompt"],
        answer=row.get("answer"),
        answered=row.get("answered"),
    )
    texts = (answer.article, answer.prompt)
    optional = (answer.article_title, answer.answer, answer.answered)
    if not isinstance(answer.number, int) or not all(isinstance(x, str) for x in texts):
        raise TypeError("answer")
    if not all(x is None or isinstance(x, str) for x in optional):
        raise TypeError("answer")
    return answer
