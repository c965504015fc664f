"""Anchors for aandacht notes: where in an article's plain text a note points, and how that place
is found again after the article changed. Pure functions; no Textual, no journal.

An anchor holds the selectors of W3C Web Annotation / Hypothesis: the exact quote, up to 32 code
points of prefix and suffix, [start, end) offsets in code points of `Article.plain_text`, and the
sha256 of that text. `reanchor` maps an anchor onto the text as it is now:

1. Same hash: nothing changed; the anchor comes back as it is (state included).
2. Exact: quote found verbatim. The stored prefix+quote+suffix is looked for first; else every
   occurrence of the quote is scored on how many context code points around it agree with the
   stored prefix and suffix (position by position, so a changed letter costs one point), the
   one nearest the expected position winning a tie. At the old offsets it is ``exact``, elsewhere
   ``moved``. A quote under 16 code points (a word or two: "organisatie") recurs too easily:
   it counts as the same passage only with one side of its context wholly intact; else step 3.
   Nothing found verbatim, the same search runs blind to typography (’ = ', “ = ", – = -; code
   point for code point, so offsets still count): a passage whose only change is its quote
   marks is the same words, ``exact`` or ``moved``, with its quote taken from the text as it is.
   (NFC and whitespace need no folding here: the plain text is already folded.)
   A verbatim hit whose neighbours on both sides differ is not taken when the old neighbours
   still stand together around a rewording of the quote that step 3 would accept and that
   scores better: the note's own sentence was rewritten, the copy elsewhere is another passage.
3. Fuzzy: first two cheap candidates: a typography-blind match of the quote (’ = ', “ = ",
   – = -, … = ..., any whitespace run = any other) and, when prefix and suffix both survive
   verbatim, the text between them (the passage rewritten in place). Then diff-match-patch's
   bitap `match_main`, which weighs errors against distance from a hint, is run near each hint:
   first where the prefix, the suffix or 32-code-point slices of the quote are found verbatim,
   then the old start (in `reanchor_many` also that start shifted as the nearest re-found notes
   of the same text moved). Bitap takes patterns of at most 32 code points (Match_MaxBits; the
   Python port allows more but slows down), so a longer quote is located by its first and its
   last 32 code points separately and the span between them is the candidate, as
   diff-match-patch's own `patch_apply` does. A candidate's edges are refined within 16 code
   points by edit distance to the quote's head/tail and the stored context beside it. Each
   candidate is scored like Hypothesis's match-quote: (50·quote + 20·prefix + 20·suffix +
   2·position) / 92, each part a similarity in [0, 1] (1 − Levenshtein distance / length;
   position: 1 − distance / text length); a candidate scoring 0.95 ends the search. The best
   is accepted when its quote similarity is at least MIN_QUOTE_SIMILARITY (0.5: at most half
   the quote changed) and its score at least MIN_SCORE (0.7: the quote alone cannot carry it,
   the surroundings must largely agree too). A quote under 16 code points also needs the mean
   of its prefix and suffix similarity to be at least MIN_SHORT_CONTEXT (0.5; unrelated Dutch
   text scores about 0.15). The new quote, prefix and suffix are taken from the text, so a
   fuzzy anchor is honest: text[start:end] == quote.
4. Otherwise ``detached``: quote, prefix, suffix and offsets kept as they were; never dropped.
   Its text_hash becomes the new text's, so it is not searched for again until the text changes.

A state says what happened at the last change of the text; it stays until the text changes again.
Whatever the state, text[start:end] == quote, except for ``detached`` anchors.

The search itself (steps 2 and 3, with its tuning constants) lives in `leeslamp.notes.anchor_search`.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from leeslamp.notes.anchor_search import (
    CONTEXT,
    MIN_QUOTE_SIMILARITY,
    MIN_SCORE,
    MIN_SHORT_CONTEXT,
    WEIGHTS,
    TextSearch,
    lenient_pattern,
)

__all__ = [
    "CONTEXT",
    "MIN_QUOTE_SIMILARITY",
    "MIN_SCORE",
    "MIN_SHORT_CONTEXT",
    "STATES",
    "WEIGHTS",
    "Anchor",
    "AnchorDataError",
    "anchor_quote",
    "hash_text",
    "make_anchor",
    "reanchor",
    "reanchor_many",
    "reattach",
]

STATES = ("exact", "moved", "fuzzy", "detached")


class AnchorDataError(ValueError):
    """A stored anchor that is not one: wrong types, an empty quote, offsets that don't fit."""


@dataclass(frozen=True)
class Anchor:
    quote: str
    prefix: str
    suffix: str
    start: int  # code points in the plain text, [start, end)
    end: int
    text_hash: str  # sha256 hex of the plain text the offsets count in
    state: str = "exact"  # exact | moved | fuzzy | detached

    def __post_init__(self) -> None:
        for name in ("quote", "prefix", "suffix", "text_hash", "state"):
            if not isinstance(getattr(self, name), str):
                raise AnchorDataError(f"anchor {name} must be text")
        for name in ("start", "end"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise AnchorDataError(f"anchor {name} must be a whole number >= 0")
        if not self.quote:
            raise AnchorDataError("anchor quote is empty")
        if self.end - self.start != len(self.quote):
            raise AnchorDataError("anchor end - start must be the quote's length")
        if self.state not in STATES:
            raise AnchorDataError(f"anchor state must be one of {', '.join(STATES)}")

    @property
    def detached(self) -> bool:
        return self.state == "detached"

    def to_dict(self) -> dict[str, Any]:
        """What the journal stores and `leeslamp export --format json` shows."""
        return {
            "quote": self.quote,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "start": self.start,
            "end": self.end,
            "text_hash": self.text_hash,
            "state": self.state,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Anchor:
        """Read a stored anchor. `quote` and `start` are required; `end` defaults to start plus
        the quote's length, prefix/suffix/text_hash to "" (an unknown hash: the next `reanchor`
        searches), state to "exact". Unknown keys are ignored; wrong types raise AnchorDataError.
        """
        if not isinstance(data, Mapping):
            raise AnchorDataError("anchor must be a mapping")
        if "quote" not in data or "start" not in data:
            raise AnchorDataError("anchor needs a quote and a start")
        quote, start = data["quote"], data["start"]
        end: Any = data.get("end")  # any stored value: the Anchor checks it is a whole number
        if end is None and isinstance(quote, str) and isinstance(start, int):
            end = start + len(quote)
        return cls(
            quote=quote,
            prefix=data.get("prefix", ""),
            suffix=data.get("suffix", ""),
            start=start,
            end=end,
            text_hash=data.get("text_hash", ""),
            state=data.get("state", "exact"),
        )


def hash_text(text: str) -> str:
    """The sha256 hex digest of a plain text, as `Article.text_hash`."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_anchor(text: str, start: int, end: int) -> Anchor:
    """An exact anchor for text[start:end]. Raises ValueError for an empty or out-of-range span."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span [{start}, {end}) is not a passage of a {len(text)}-long text")
    return _anchor_at(text, start, end, hash_text(text), "exact")


def reattach(anchor: Anchor, text: str, start: int, end: int) -> Anchor:
    """Attach a (detached) note to a passage the reader chose by hand: a new exact anchor there.

    Nothing of the old anchor is kept: the reader's choice replaces its quote and context (the
    note's own text lives in the journal, not here).
    """
    return make_anchor(text, start, end)


def anchor_quote(text: str, quote: str, occurrence: int = 0) -> Anchor | None:
    """An exact anchor on the `occurrence`-th (0 = first) place the quote appears, or None.

    The quote is folded like the text (NFC, whitespace to single spaces) and matched blind to
    typography, so ' finds ’ and "..." finds …: a quote typed in a terminal matches the article.
    Case matters, unless the quote occurs nowhere with its case; then case is ignored.
    """
    from leeslamp.library.article_text import fold

    folded = fold(quote)
    if not folded or occurrence < 0:
        return None
    pattern = lenient_pattern(folded)
    for flags in (0, re.IGNORECASE):
        matches = list(re.finditer(pattern, text, flags))
        if matches:
            if occurrence >= len(matches):
                return None
            match = matches[occurrence]
            return make_anchor(text, match.start(), match.end())
    return None


def reanchor(anchor: Anchor, text: str) -> Anchor:
    """Where the anchor's passage is in `text` now; see the module docstring for how."""
    return _Resolver(text).resolve(anchor, [anchor.start])


def reanchor_many(anchors: Sequence[Anchor], text: str) -> list[Anchor]:
    """`reanchor` for all notes of one article, in the same order, sharing the work.

    Verbatim finds go first; a note that needs fuzzy matching is then also looked for where its
    nearest re-found neighbours (made against the same text) moved to.
    """
    resolver = _Resolver(text)
    results: list[Anchor | None] = [None] * len(anchors)
    pending: list[int] = []
    for index, anchor in enumerate(anchors):
        if anchor.text_hash == resolver.digest:
            results[index] = anchor
            continue
        found = resolver.exact(anchor, anchor.start)
        if found is None:
            pending.append(index)
        results[index] = found
    shifts: dict[str, tuple[list[int], list[int]]] = {}
    for anchor, found in zip(anchors, results, strict=True):
        if found is not None and anchor.text_hash != resolver.digest:
            starts, moves = shifts.setdefault(anchor.text_hash, ([], []))
            starts.append(anchor.start)
            moves.append(found.start - anchor.start)
    for index in pending:
        anchor = anchors[index]
        expected = [anchor.start]
        if anchor.text_hash in shifts:
            expected += _neighbour_estimates(anchor.start, *shifts[anchor.text_hash])
        results[index] = resolver.fuzzy_or_detached(anchor, expected)
    return cast(list[Anchor], results)


# --- the work ------------------------------------------------------------------------------


def _anchor_at(text: str, start: int, end: int, digest: str, state: str) -> Anchor:
    return Anchor(
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        start=start,
        end=end,
        text_hash=digest,
        state=state,
    )


def _neighbour_estimates(start: int, starts: list[int], moves: list[int]) -> list[int]:
    """Old start shifted as the nearest re-found notes before and after it were."""
    order = sorted(range(len(starts)), key=starts.__getitem__)
    sorted_starts = [starts[i] for i in order]
    at = bisect_left(sorted_starts, start)
    return [start + moves[order[i]] for i in (at - 1, at) if 0 <= i < len(order)]


class _Resolver:
    """One text and its hash: anchors resolved against it get their state here."""

    def __init__(self, text: str) -> None:
        self.search = TextSearch(text)
        self.text = text
        self.digest = hash_text(text)

    def resolve(self, anchor: Anchor, expected: list[int]) -> Anchor:
        if anchor.text_hash == self.digest:
            return anchor
        return self.exact(anchor, expected[0]) or self.fuzzy_or_detached(anchor, expected)

    def exact(self, anchor: Anchor, expected: int) -> Anchor | None:
        start = self.search.exact(anchor, expected)
        if start is None:
            return None
        state = "exact" if start == anchor.start else "moved"
        return _anchor_at(self.text, start, start + len(anchor.quote), self.digest, state)

    def fuzzy_or_detached(self, anchor: Anchor, expected: list[int]) -> Anchor:
        span = self.search.fuzzy(anchor, expected)
        if span is None:
            return replace(anchor, state="detached", text_hash=self.digest)
        return _anchor_at(self.text, *span, self.digest, "fuzzy")
