"""The dialogue map: which passages of the assignment's articles moved the group.

Readers who send their aandacht notes along (`shared_notes`) each point at passages with an
anchor made against their own copy of the article. The coach's overview finds every note again
in the coach's copy as it is now (`reanchor_many`, the same anchoring the reader uses), so a
reader with an older version of an article still lands on the right words. Notes whose passages
overlap (one reader chose a sentence, another the paragraph around it) are one passage: the
span from the first to the last character any of them covers. A passage counts its readers, not
its notes, and lists the notes that say something; the most-noted come first per article.

A note that cannot be placed in the coach's text (the coach lacks the article: its notes are
then compared on their own offsets when they were made against the same text; or the passage
is gone: detached) is still shown, as a passage of its own quote, never dropped.

Pure functions over plain values; `with_dialogue` fills the overview's `passages`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from leeslamp.assignments.shared_notes import BundleNote
from leeslamp.assignments.words import counted
from leeslamp.i18n import t
from leeslamp.notes.anchoring import reanchor_many

if TYPE_CHECKING:
    from leeslamp.assignments.overview import Overview
    from leeslamp.library.articles import Article

#: the margin marks, from one reader to (nearly) all of the group
LEVELS = "▁▃▅▇"


@dataclass(frozen=True)
class SharedNote:
    """A note as the overview has it: whose it is (`reader`: one key per reader, `label`: how
    the reader is shown) and the note itself."""

    reader: str
    label: str
    note: BundleNote


@dataclass(frozen=True)
class ReaderNote:
    reader: str  # the reader's label
    text: str


@dataclass(frozen=True)
class Passage:
    article: str
    quote: str
    readers: int
    notes: tuple[ReaderNote, ...]
    #: [start, end) in the coach's current text of the article; None when not placed in it
    span: tuple[int, int] | None = None
    title: str = ""  # the article's title, where known

    def to_dict(self) -> dict[str, Any]:
        """For `opdracht overzicht --json`."""
        return {
            "article": self.article,
            "quote": self.quote,
            "readers": self.readers,
            "notes": [{"reader": note.reader, "text": note.text} for note in self.notes],
        }


def level(readers: int, group: int) -> str:
    """The margin mark for a passage noted by `readers` of a group of `group`."""
    if readers <= 1 or group <= 1:
        return LEVELS[0]
    step = min(len(LEVELS) - 1, (readers * len(LEVELS) - 1) // group)
    return LEVELS[max(step, 1)]


@dataclass
class _Spot:
    """One note where it was found: a span in some text, and that span's characters."""

    shared: SharedNote
    group: tuple[str, str]  # notes are compared only within one group (article, which text)
    start: int
    end: int
    quote: str


def passages(
    notes: Sequence[SharedNote], texts: Mapping[str, str], articles: Sequence[str] = ()
) -> list[Passage]:
    """The passages the notes point at. `texts`: article id -> the coach's current plain text
    (an article missing here is placed by the notes' own offsets); `articles`: the order of
    the articles (others after, by id). Per article the most-noted passage first, then text
    order; passages that could not be placed last."""
    spots = _spots(notes, texts)
    found: list[Passage] = []
    by_group: dict[tuple[str, str], list[_Spot]] = {}
    for spot in spots:
        by_group.setdefault(spot.group, []).append(spot)
    for (article, kind), group in by_group.items():
        if kind.startswith("alone:"):
            found.append(_passage(article, group, group[0].quote, None))
            continue
        text = texts.get(article) if kind == "current" else None
        for cluster in _overlapping(group):
            start = min(spot.start for spot in cluster)
            end = max(spot.end for spot in cluster)
            quote = text[start:end] if text is not None else _joined(cluster, start, end)
            found.append(_passage(article, cluster, quote, (start, end)))
    order = {article: index for index, article in enumerate(articles)}

    def key(passage: Passage) -> tuple[int, str, bool, int, int, str]:
        at = passage.span[0] if passage.span else 0
        return (
            order.get(passage.article, len(order)),
            passage.article,
            passage.span is None,
            -passage.readers,
            at,
            passage.quote,
        )

    return sorted(found, key=key)


def _spots(notes: Sequence[SharedNote], texts: Mapping[str, str]) -> list[_Spot]:
    spots: list[_Spot] = []
    by_article: dict[str, list[SharedNote]] = {}
    for shared in notes:
        by_article.setdefault(shared.note.article, []).append(shared)
    for article, shared_notes in by_article.items():
        text = texts.get(article)
        if text is None:  # offsets made against the same text compare among themselves
            for shared in shared_notes:
                anchor = shared.note.anchor
                group = (article, "text:" + anchor.text_hash)
                if anchor.detached or not anchor.text_hash:
                    group = (article, "alone:" + " ".join(anchor.quote.split()))
                spots.append(_Spot(shared, group, anchor.start, anchor.end, anchor.quote))
            continue
        anchors = reanchor_many([shared.note.anchor for shared in shared_notes], text)
        for shared, anchor in zip(shared_notes, anchors, strict=True):
            if anchor.detached:
                group = (article, "alone:" + " ".join(anchor.quote.split()))
            else:
                group = (article, "current")
            spots.append(_Spot(shared, group, anchor.start, anchor.end, anchor.quote))
    return spots


def _overlapping(spots: list[_Spot]) -> Iterable[list[_Spot]]:
    """Spots in clusters of overlapping spans (a chain of overlaps is one cluster)."""
    ordered = sorted(spots, key=lambda spot: (spot.start, spot.end))
    cluster: list[_Spot] = []
    end = 0
    for spot in ordered:
        if cluster and spot.start >= end:  # touching is not overlapping
            yield cluster
            cluster = []
        if not cluster:
            end = spot.end
        cluster.append(spot)
        end = max(end, spot.end)
    if cluster:
        yield cluster


def _joined(cluster: list[_Spot], start: int, end: int) -> str:
    """The text of a cluster without the article: its quotes laid over each other (they
    overlap into one run, so every character is covered)."""
    chars: dict[int, str] = {}
    for spot in cluster:
        for offset, char in enumerate(spot.quote):
            chars.setdefault(spot.start + offset, char)
    return "".join(chars.get(at, " ") for at in range(start, end))


def _passage(article: str, spots: list[_Spot], quote: str, span: tuple[int, int] | None) -> Passage:
    readers = len({spot.shared.reader for spot in spots})
    written = sorted(
        (spot for spot in spots if spot.shared.note.text.strip()),
        key=lambda spot: (spot.start, spot.shared.note.noted),
    )
    notes = tuple(ReaderNote(spot.shared.label, spot.shared.note.text) for spot in written)
    return Passage(article, quote, readers, notes, span)


# --- the overview -------------------------------------------------------------------------


def with_dialogue(overview: Overview, find_article: Callable[[str], Article | None]) -> Overview:
    """`overview` with its dialogue map: the passages of the readers' notes on the assignment's
    articles, placed in the coach's library as it is now."""
    assignment = overview.assignment
    if assignment is None:
        return overview
    articles = list(assignment.articles)
    notes = [
        SharedNote(str(index), overview.label(bundle), note)
        for index, bundle in enumerate(overview.readers)
        for note in bundle.notes
        if note.article in articles
    ]
    texts: dict[str, str] = {}
    titles: dict[str, str] = {}
    for article_id in {shared.note.article for shared in notes}:
        titles[article_id] = overview.article_title(article_id)
        found = find_article(article_id)
        if found is not None:
            texts[article_id] = found.plain_text
            titles[article_id] = found.title
    found_passages = passages(notes, texts, articles)
    titled = (replace(passage, title=titles[passage.article]) for passage in found_passages)
    return replace(overview, passages=tuple(titled))


def readers_phrase(count: int) -> str:
    return counted("dialogue.readers", count)


def dialogue_markdown(overview: Overview) -> list[str]:
    """The report's section "Dialoogkaart": per article the passages, most-noted first."""
    from leeslamp.assignments.bundle import quoted
    from leeslamp.core.safe_text import markdown_line, markdown_text

    if not overview.passages:
        return []
    lines = ["", f"## {t('dialogue.title')}", "", f"_{t('dialogue.md_intro')}_"]
    article = None
    for passage in overview.passages:
        if passage.article != article:
            article = passage.article
            lines += ["", f"### {markdown_line(passage.title or article)}"]
        lines += ["", quoted(markdown_text(passage.quote)), ""]
        count = readers_phrase(passage.readers)
        if passage.span is None:
            count = t("dialogue.not_placed", readers=count)
        lines.append(f"_{count}_")
        if passage.notes:
            lines.append("")
        for note in passage.notes:
            text = markdown_line(note.text)
            lines.append(f"- **{markdown_line(note.reader)}**: {text}")
    return lines


def dialogue_text(overview: Overview) -> list[str]:
    """The same for the terminal (`opdracht overzicht`): marks, counts, quotes, notes."""
    if not overview.passages:
        return []
    group = len(overview.readers)
    lines = ["", t("dialogue.title")]
    article = None
    for passage in overview.passages:
        if passage.article != article:
            article = passage.article
            lines += ["", passage.title or article]
        count = readers_phrase(passage.readers)
        if passage.span is None:
            count = t("dialogue.not_placed", readers=count)
        quote = " ".join(passage.quote.split())
        lines.append(f"  {level(passage.readers, group)} {count}: “{quote}”")
        lines.extend(
            f"      {note.reader}: {' '.join(note.text.split())}" for note in passage.notes
        )
    return lines
