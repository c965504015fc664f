"""Bringing a jrnl journal in: every jrnl entry becomes a reflection with its date and tags.

An entry leeslamp itself exported (its tag line starts with the kind, see jrnl_format.py) comes
back as what it was: its kind, its article (the tag after the kind, when it names an article of
the library), its own tags, an aandacht note's passage and an answer's question. (A note about
no article whose first tag happens to be an article's title tag is read as about that article.)

The whole file is read and checked first; only then is anything written, in one append
(`Journal.add_entries`), so a malformed file adds nothing. Importing the same file again adds
nothing either: an entry's id is derived from its date and text (uuid5), and an entry whose
minute and text are already in the journal (say, one exported to jrnl by leeslamp itself) is
not added a second time. A jrnl star becomes the tag `ster` (see jrnl_format.STAR_TAG): the
journal has no field for it, and a tag is visible, searchable (`leeslamp zoek --tag ster`) and
goes back to jrnl as a star on export.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leeslamp.core.errors import UserInputError, os_reason
from leeslamp.core.limits import JRNL_MAX_BYTES, TooLarge, read_at_most
from leeslamp.interop.jrnl import (
    OUTCOME_TAG,
    QUOTE_KINDS,
    STAR_TAG,
    JrnlEntry,
    tag_word,
    with_context,
)
from leeslamp.journal.entry_docs import new_entry_doc
from leeslamp.journal.journal import Journal
from leeslamp.journal.models import Entry

if TYPE_CHECKING:
    from leeslamp.daily.bank import Prompt
    from leeslamp.library.articles import Article

#: the namespace of ids made for imported jrnl entries (fixed: ids must be the same every time)
JRNL_NAMESPACE = uuid.UUID("5b0f8a5e-7c1e-4d4b-9a59-6c6565736c61")


@dataclass(frozen=True)
class ImportOutcome:
    added: int
    already_there: int


def read_source(path: Path | str, stdin_text: str | None = None) -> str:
    """The file's text (or stdin's for "-"); a missing, too large or non-UTF-8 file is a
    sentence. `stdin_text` is read with a bound: at most JRNL_MAX_BYTES + 1 characters."""
    if str(path) == "-":
        if stdin_text is not None and len(stdin_text) > JRNL_MAX_BYTES:
            raise UserInputError(
                "import.too_large",
                path="stdin",
                **TooLarge(len(stdin_text), JRNL_MAX_BYTES).params(),
            )
        return stdin_text or ""
    path = Path(path)
    try:
        raw = read_at_most(path, JRNL_MAX_BYTES)
    except TooLarge as exc:
        raise UserInputError("import.too_large", path=path, **exc.params()) from None
    except FileNotFoundError:
        raise UserInputError("import.no_file", path=path) from None
    except IsADirectoryError:
        raise UserInputError("import.no_file", path=path) from None
    except OSError as exc:
        raise UserInputError("import.unreadable", path=path, reason=os_reason(exc)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise UserInputError("import.not_utf8", path=path, line=line) from None


def entry_id(item: JrnlEntry) -> str:
    return str(uuid.uuid5(JRNL_NAMESPACE, f"{item.date:%Y-%m-%d %H:%M}\n{item.text}"))


def _minute_key(created: str, text: str) -> tuple[str, str]:
    return created[:16], text  # "2026-11-01T09:30": the wall-clock minute, as stored


@dataclass(frozen=True)
class Known:
    """What leeslamp knows to give its own exported entries back their links."""

    #: an article's tag (its title as a tag word, or its id) -> the article's id
    articles: Mapping[str, str] = field(default_factory=dict)
    #: (article id, quote) -> an anchor for the quote in that article, None if not found there
    anchor: Callable[[str, str], dict[str, Any] | None] = lambda _article, _quote: None
    #: a question's text (either language) -> its prompt id
    prompts: Mapping[str, str] = field(default_factory=dict)


def known_from(articles: Iterable[Article], prompts: Iterable[Prompt] = ()) -> Known:
    """Known, from the library's articles and the prompt bank."""
    from leeslamp.notes.anchoring import anchor_quote

    by_id = {article.id: article for article in articles}
    tags = {tag_word(article.title): article.id for article in by_id.values()}
    tags.update({article_id: article_id for article_id in by_id})

    def anchor(article_id: str, quote: str) -> dict[str, Any] | None:
        found = anchor_quote(by_id[article_id].plain_text, quote) if article_id in by_id else None
        return found.to_dict() if found is not None else None

    texts = {" ".join(text.split()): p.id for p in prompts for text in (p.nl, p.en) if text}
    return Known(tags, anchor, texts)


def _detached(quote: str) -> dict[str, Any]:
    """An anchor for a passage no longer found in its article: kept, shown as let go."""
    return {
        "quote": quote,
        "prefix": "",
        "suffix": "",
        "start": 0,
        "end": len(quote),
        "text_hash": "",
        "state": "detached",
    }


def _fields(item: JrnlEntry, known: Known) -> tuple[str, str, dict[str, Any]]:
    """Kind, text and journal fields for an entry leeslamp wrote (`item.kind` set)."""
    kind, text, tags = item.kind or "reflectie", item.text, list(item.tags)
    fields: dict[str, Any] = {}
    if tags and tags[0] in known.articles:
        fields["article"] = known.articles[tags.pop(0)]
    if kind in QUOTE_KINDS:
        if item.quote and fields.get("article"):
            anchor = known.anchor(fields["article"], item.quote)
            fields["anchor"] = anchor or _detached(item.quote)
        else:  # an aandacht note needs its article and passage; keep what is there as text
            kind = "reflectie"
            text = with_context(item.text, "aandacht", item.quote) if item.quote else text
    elif item.question is not None and kind in ("dagvraag", "voornemen"):
        prompt_id = known.prompts.get(" ".join(item.question.split()))
        fields["prompt"] = {"id": prompt_id, "text": item.question}
    if kind == "voornemen":
        _take_outcome(tags, fields)
    elif item.question is not None and kind == "antwoord":
        fields["assignment"] = {"prompt": item.question}  # the assignment itself is not known
    fields["tags"] = tags
    return kind, text, fields


def _take_outcome(tags: list[str], fields: dict[str, Any]) -> None:
    """An intention's `@uitkomst-deels` tag back into its prompt, as how it went."""
    from leeslamp.daily.intentions import OUTCOMES

    for tag in tags:
        outcome = tag.removeprefix(OUTCOME_TAG)
        if tag.startswith(OUTCOME_TAG) and outcome in OUTCOMES:
            tags.remove(tag)
            fields["prompt"] = {**(fields.get("prompt") or {"id": None}), "outcome": outcome}
            return


def entry_docs(items: Iterable[JrnlEntry], known: Known | None = None) -> list[dict[str, Any]]:
    """Journal documents for jrnl entries, dated on the local clock: reflections, or for an
    entry leeslamp exported, what it was (see the module's notes)."""
    known = known or Known()
    docs = []
    for item in items:
        if item.kind:
            kind, text, fields = _fields(item, known)
        else:
            kind, text, fields = "reflectie", item.text, {"tags": list(item.tags)}
        if item.starred:
            fields["tags"] = [*fields["tags"], STAR_TAG]
        moment = item.date.astimezone()  # naive local time: give it this machine's offset
        doc = new_entry_doc(kind, text, moment, **fields)
        doc["id"] = entry_id(item)
        docs.append(doc)
    return docs


def new_docs(
    items: list[JrnlEntry], existing: Iterable[Entry], known: Known | None = None
) -> list[dict[str, Any]]:
    """The docs not yet in the journal (by id, or by minute and text)."""
    known_ids: set[str] = set()
    known_texts: set[tuple[str, str]] = set()
    for entry in existing:
        known_ids.add(entry.id)
        known_texts.add(_minute_key(entry.created, entry.text))
    fresh = []
    for doc in entry_docs(items, known):
        key = _minute_key(doc["created"], doc["text"])
        if doc["id"] in known_ids or key in known_texts:
            continue
        known_ids.add(doc["id"])
        known_texts.add(key)
        fresh.append(doc)
    return fresh


def import_jrnl(
    journal: Journal, items: list[JrnlEntry], known: Known | None = None
) -> ImportOutcome:
    """Add the entries read from a jrnl file (`jrnl_format.parse`) that are new, in one write."""
    existing = [*journal.entries(), *(trashed.entry for trashed in journal.trash())]
    docs = new_docs(items, existing, known)
    added = journal.add_entries(docs)
    return ImportOutcome(added=len(added), already_there=len(items) - len(added))
