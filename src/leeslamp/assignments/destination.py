"""Where an answer file may go: never over another reader's file, never over newer words.

Readers of one group often save into one shared folder, and two of them may be called Anna.
The default name carries the start of the reader id (`antwoorden-<id>-anna-3f2a.json`), and
before anything is written `check_destination()` looks at what is there already:

- nothing: write;
- an answer file of this same reader, made earlier and unchanged since: it may be replaced,
  and the preview says so (`Destination.replaces`);
- anything else (someone else's answer file, one without a reader id, a file that is no
  answer file, one the reader changed by hand, or one newer than this): refused with a
  sentence, whatever `--ja` says. The reader chooses another name or moves the file.

The Markdown copy beside it is checked too: it may only be replaced when it carries this
reader's id (it is then the copy of their own earlier file).
The check runs for the preview and again right before writing (`write_checked`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from leeslamp.assignments.bundle import FORMAT, checksum, markdown_path, write_bundle
from leeslamp.core.errors import UserInputError
from leeslamp.core.limits import ANSWER_FILE_MAX_BYTES, TooLarge, read_at_most


@dataclass(frozen=True)
class Destination:
    json_path: Path
    md_path: Path
    #: when the reader's own earlier file that this replaces was made; None: nothing replaced
    replaces: str | None = None


def _moment(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.astimezone()


def _existing(path: Path) -> dict[str, Any] | None:
    """The answer file at `path` as a dict, or None when it is something else."""
    try:
        raw = read_at_most(path, ANSWER_FILE_MAX_BYTES)
        document = json.loads(raw.decode("utf-8-sig"))
    except (OSError, TooLarge, ValueError, RecursionError):
        return None
    if isinstance(document, dict) and document.get("format") == FORMAT:
        return document
    return None


def check_destination(document: Mapping[str, Any], json_path: Path) -> Destination:
    """May `document` be written to `json_path` (and its Markdown copy beside it)? Raises
    UserInputError with the reason when it may not."""
    md_path = markdown_path(json_path)
    reader_id = str(document.get("reader_id") or "")
    replaces = None
    if json_path.exists():
        existing = _existing(json_path)
        if existing is None or not reader_id or existing.get("reader_id") != reader_id:
            if existing is None or not existing.get("reader_id"):
                raise UserInputError("bundle.target_taken", path=json_path)
            reader = str(existing.get("reader") or "") or "?"
            raise UserInputError("bundle.target_other_reader", path=json_path, reader=reader)
        if existing.get("checksum") != checksum(existing):
            raise UserInputError("bundle.target_edited", path=json_path)
        made = str(existing.get("exported") or "")
        try:
            newer = _moment(made) > _moment(str(document["exported"]))
        except ValueError:
            raise UserInputError("bundle.target_taken", path=json_path) from None
        if newer:
            raise UserInputError("bundle.target_newer", path=json_path, made=made)
        replaces = made
    if md_path.exists() and not _copy_of(md_path, reader_id):
        raise UserInputError("bundle.target_taken", path=md_path)
    return Destination(json_path, md_path, replaces)


def _copy_of(md_path: Path, reader_id: str) -> bool:
    """Whether the Markdown file is a copy leeslamp made for this reader (it names their id)."""
    try:
        text = read_at_most(md_path, ANSWER_FILE_MAX_BYTES).decode("utf-8", "replace")
    except (OSError, TooLarge):
        return False
    return bool(reader_id) and reader_id in text


def write_checked(document: Mapping[str, Any], json_path: Path) -> tuple[Path, Path]:
    """Check again (another reader may have saved there since the preview), then write."""
    check_destination(document, json_path)
    return write_bundle(document, json_path)
