"""A new entry as the journal stores it: a document with a uuid, ISO 8601 stamps with offset,
clean tags, and only text that can be written as UTF-8."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import datetime

from leeslamp.core.errors import UserInputError
from leeslamp.journal import schema

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any


def local_now() -> datetime:
    return datetime.now().astimezone()


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def clean_tags(tags: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for tag in tags:
        cleaned = tag.strip().lstrip("#@").strip()
        if cleaned and cleaned not in seen:
            seen.append(cleaned)
    return seen


def require_storable(values: dict[str, Any]) -> None:
    """Refuse text that cannot be written as UTF-8. Bytes that are not UTF-8 reach Python as lone
    surrogates (through argv, or stdin in a C locale): the log (ASCII JSON) would take them, but
    no snapshot, backup or export could be written afterwards."""
    try:
        json.dumps(values, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise UserInputError("journal.not_text") from None


def new_entry_id() -> str:
    """A random UUID (version 4), as `str(uuid.uuid4())` makes it: the uuid module imports
    `platform` and more, which `leeslamp schrijf` would pay for at every start."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def new_entry_doc(
    kind: str,
    text: str,
    now: datetime,
    *,
    article: str | None = None,
    tags: Iterable[str] = (),
    prompt: dict[str, Any] | None = None,
    anchor: dict[str, Any] | None = None,
    assignment: dict[str, Any] | None = None,
) -> dict[str, Any]:
    if kind not in schema.KINDS:
        raise UserInputError("journal.bad_kind", kind=kind, known=", ".join(schema.KINDS))
    stamp = iso(now)
    doc = {
        "id": new_entry_id(),
        "kind": kind,
        "article": article,
        "text": text,
        "created": stamp,
        "updated": stamp,
        "tags": clean_tags(tags),
        "prompt": prompt,
        "anchor": anchor,
        "assignment": assignment,
    }
    require_storable(doc)
    return doc
