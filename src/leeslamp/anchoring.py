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
3. Fuzzy: candidates are located with diff-match-patch's bitap `match_main`, which weighs errors
   against distance from an expected location. Bitap takes patterns of at most 32 code points
   (Match_MaxBits; longer ones are slow in Python), so a longer quote is located by its first
   and its last 32 code points separately and the span between them is the candidate, as
   diff-match-patch's own `patch_apply` does. Expected locations ("hints") are the old start (in
   `reanchor_many` also shifted like the nearest re-found note of the same text), exact hits of
   the prefix, the suffix and 32-code-point slices of the quote; a typography-blind match of the
   quote (’ = ', “ = ", – = -, … = ...) is a candidate too. Each candidate's edges are refined
   within 16 code points by edit distance, and it is scored like Hypothesis's match-quote:
   (50·quote + 20·prefix + 20·suffix + 2·position) / 92, each part a similarity in [0, 1]
   (1 − edit distance / length; position: 1 − distance / text length). The best candidate is
   accepted when its quote similarity is at least MIN_QUOTE_SIMILARITY (0.5: at most half the
   quote changed) and its score at least MIN_SCORE (0.7: the quote alone cannot carry it, its
   surroundings must largely agree too). A quote under 16 code points also needs the mean of its
   prefix and suffix similarity to be at least MIN_SHORT_CONTEXT (0.5; unrelated Dutch text
   scores about 0.15). The new quote, prefix and suffix are taken from the text, so a fuzzy
   anchor is honest: text[start:end] == quote.
4. Otherwise ``detached``: quote, prefix, suffix and offsets kept as they were; never dropped.

A state says what happened at the last change of the text; it stays until the text changes again.
Whatever the state, text[start:end] == quote, except for ``detached`` anchors.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

CONTEXT = 32  # code points of prefix and suffix kept with a quote
STATES = ("exact", "moved", "fuzzy", "detached")
MIN_QUOTE_SIMILARITY = 0.5
MIN_SCORE = 0.7
MIN_SHORT_CONTEXT = 0.5  # a fuzzy match of a short quote needs this much context similarity
WEIGHTS = {"quote": 50, "prefix": 20, "suffix": 20, "position": 2}  # as Hypothesis's match-quote

_SLICE = 32  # bitap's pattern limit
_EDGE_SLACK = 16  # how far a fuzzy candidate's edges may move while refining
_EDGE_CONTEXT = 12  # code points of stored context that help place a fuzzy candidate's edges
_SHORT_QUOTE = 16  # below this, a quote found elsewhere needs its context to count as found
_MIN_NEEDLE = 8  # shorter context or quote slices are too common to say where a quote went
_BITAP_THRESHOLD = 0.4  # bitap's errors/length + distance/1000 limit (its default is 0.5)
_HINT_SPACING = 64  # hints closer than this to an earlier one are searched by its bitap
_BITAP_DISTANCE = 500  # a bitap match this far from its hint costs as much as all-wrong
_GOOD_ENOUGH = 0.95  # a fuzzy candidate scoring this well ends the search for better ones
_MAX_HITS = 2000  # bound on occurrences scored for one quote (think "de" in a long text)


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
        end = data.get("end")
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
    from leeslamp.article_text import fold

    folded = fold(quote)
    if not folded or occurrence < 0:
        return None
    pattern = _lenient_pattern(folded)
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


def _find_all(text: str, needle: str) -> list[int]:
    hits: list[int] = []
    at = text.find(needle)
    while at != -1 and len(hits) < _MAX_HITS:
        hits.append(at)
        at = text.find(needle, at + 1)
    return hits


def _agreement(expected: str, actual: str) -> int:
    """Code points of `expected` that recur at the same place in `actual`."""
    return sum(a == b for a, b in zip(expected, actual, strict=False))


_VARIANTS = ("'‘’‚‛ʼ′`´", '"“”„‟«»″', "-‐‑‒–—―")


def _lenient_pattern(quote: str) -> str:
    """A regex for the quote, blind to typographic variants and to runs of whitespace."""
    parts: list[str] = []
    index = 0
    while index < len(quote):
        char = quote[index]
        if char == "…" or quote.startswith("...", index):
            parts.append(r"(?:\.\.\.|…)")
            index += 1 if char == "…" else 3
            continue
        if char.isspace():
            while index < len(quote) and quote[index].isspace():
                index += 1
            parts.append(r"\s+")
            continue
        group = next((g for g in _VARIANTS if char in g), None)
        parts.append(f"[{re.escape(group)}]" if group else re.escape(char))
        index += 1
    return "".join(parts)


class _Resolver:
    """One text, prepared once, that anchors are re-found in."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.digest = hash_text(text)
        self._dmp: Any = None
        self._levenshtein: Any = None

    @property
    def dmp(self) -> Any:
        if self._dmp is None:  # imported on first fuzzy need: most re-anchoring is verbatim
            from diff_match_patch import diff_match_patch

            self._dmp = diff_match_patch()
            self._dmp.Match_Threshold = _BITAP_THRESHOLD
            self._dmp.Match_Distance = _BITAP_DISTANCE
        return self._dmp

    def resolve(self, anchor: Anchor, expected: list[int]) -> Anchor:
        if anchor.text_hash == self.digest:
            return anchor
        found = self.exact(anchor, expected[0])
        return found or self.fuzzy_or_detached(anchor, expected)

    def fuzzy_or_detached(self, anchor: Anchor, expected: list[int]) -> Anchor:
        found = self.fuzzy(anchor, expected)
        return found or replace(anchor, state="detached", text_hash=self.digest)

    # -- exact ------------------------------------------------------------------------------

    def exact(self, anchor: Anchor, expected: int) -> Anchor | None:
        text, quote, prefix, suffix = self.text, anchor.quote, anchor.prefix, anchor.suffix
        full_hits = _find_all(text, prefix + quote + suffix)
        if full_hits:
            start = min(full_hits, key=lambda at: abs(at + len(prefix) - expected)) + len(prefix)
            return self._found(anchor, start)
        hits = _find_all(text, quote)
        if not hits:
            return None

        def rank(at: int) -> tuple[bool, int, int]:
            agreement, intact_sides = self._context_agreement(anchor, at)
            trusted = len(quote) >= _SHORT_QUOTE or intact_sides > 0
            return trusted, agreement, -abs(at - expected)

        start = max(hits, key=rank)
        if not rank(start)[0]:
            return None  # a short word elsewhere, in other surroundings: not the same passage
        return self._found(anchor, start)

    def _context_agreement(self, anchor: Anchor, at: int) -> tuple[int, int]:
        """(code points of the stored context that recur at their place around `at`, sides
        whose context is wholly intact)."""
        text, end = self.text, at + len(anchor.quote)
        before = text[max(0, at - CONTEXT) : at][::-1]
        after = text[end : end + CONTEXT]
        prefix = anchor.prefix[::-1]
        agreement = _agreement(prefix, before) + _agreement(anchor.suffix, after)
        # an empty prefix (suffix) means the quote began (ended) the text
        intact_sides = int(before.startswith(prefix) if prefix else at == 0)
        intact_sides += int(after.startswith(anchor.suffix) if anchor.suffix else not after)
        return agreement, intact_sides

    def _found(self, anchor: Anchor, start: int) -> Anchor:
        state = "exact" if start == anchor.start else "moved"
        return _anchor_at(self.text, start, start + len(anchor.quote), self.digest, state)

    # -- fuzzy ------------------------------------------------------------------------------

    def fuzzy(self, anchor: Anchor, expected: list[int]) -> Anchor | None:
        text = self.text
        if not text.strip():
            return None
        expected = [max(0, min(at, len(text))) for at in expected]
        best = (0.0, 0.0, 0.0, 0, 0)  # score, quote and context similarity, start, end

        def consider(span: tuple[int, int] | None) -> bool:
            """Score a candidate; True when it is so good that looking further is a waste."""
            nonlocal best
            if span is not None and span[0] < span[1]:
                scores = self._score(anchor, *span, expected[0])
                if scores[0] > best[0]:
                    best = (*scores, *span)
            return best[0] >= _GOOD_ENOUGH

        cheap = (
            self._nearest_lenient_match(anchor.quote, expected[0]),
            self._between_context(anchor, expected[0]),
        )
        if not any([consider(span) for span in cheap]):
            for loc in self._hints(anchor, expected):
                span = self._locate(anchor.quote, loc)
                if span is not None and consider(self._refine(anchor, *span)):
                    break
        score, quote_similarity, context_similarity, start, end = best
        if quote_similarity < MIN_QUOTE_SIMILARITY or score < MIN_SCORE:
            return None
        if len(anchor.quote) < _SHORT_QUOTE and context_similarity < MIN_SHORT_CONTEXT:
            return None
        return _anchor_at(text, start, end, self.digest, "fuzzy")

    def _nearest_lenient_match(self, quote: str, expected: int) -> tuple[int, int] | None:
        spans = [m.span() for m in re.finditer(_lenient_pattern(quote), self.text)]
        return min(spans, key=lambda span: abs(span[0] - expected)) if spans else None

    def _between_context(self, anchor: Anchor, expected: int) -> tuple[int, int] | None:
        """The text between the nearest surviving prefix and the suffix after it: the passage
        rewritten in place. Only when that stretch is not much longer than the quote was."""
        text, prefix, suffix = self.text, anchor.prefix, anchor.suffix
        if len(prefix) < _MIN_NEEDLE or len(suffix) < _MIN_NEEDLE:
            return None
        hits = _find_all(text, prefix)
        if not hits:
            return None
        start = min(hits, key=lambda at: abs(at + len(prefix) - expected)) + len(prefix)
        end = text.find(suffix, start, start + 2 * len(anchor.quote) + CONTEXT + len(suffix))
        while start < end and text[start].isspace() and not anchor.quote[0].isspace():
            start += 1
        while start < end and text[end - 1].isspace() and not anchor.quote[-1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def _hints(self, anchor: Anchor, expected: list[int]) -> list[int]:
        """Where to look for the quote: expected starts, then where its context or parts are."""
        text, quote, near = self.text, anchor.quote, expected[0]
        hints = list(expected)

        def nearest(needle: str, offset: int, count: int = 1) -> None:
            if len(needle) < _MIN_NEEDLE:
                return
            hits = sorted(_find_all(text, needle), key=lambda at: abs(at - offset - near))
            hints.extend(at - offset for at in hits[:count])

        nearest(anchor.prefix, -len(anchor.prefix), 2)
        nearest(anchor.suffix, len(quote), 2)
        step = max(_SLICE, len(quote) // 8)  # at most ~8 slices of a long quote
        for offset in range(0, len(quote), step):
            nearest(quote[offset : offset + _SLICE], offset)
        kept: list[int] = []
        for hint in hints:
            hint = max(0, min(hint, len(text)))
            if all(abs(hint - other) > _HINT_SPACING for other in kept):
                kept.append(hint)
        return kept

    def _locate(self, quote: str, loc: int) -> tuple[int, int] | None:
        """Bitap the quote near `loc`; a long quote by its head and tail (bitap's 32 limit)."""
        size = len(quote)
        if size <= _SLICE:
            start = self._bitap(quote, loc)
            return None if start < 0 else (start, min(len(self.text), start + size))
        start = self._bitap(quote[:_SLICE], loc)
        tail = self._bitap(quote[-_SLICE:], (start if start >= 0 else loc) + size - _SLICE)
        if start < 0 and tail < 0:
            return None
        if start < 0:
            start = max(0, tail + _SLICE - size)
        end = tail + _SLICE if tail >= 0 else min(len(self.text), start + size)
        return (start, end) if start < end else None

    def _bitap(self, pattern: str, loc: int) -> int:
        """diff-match-patch's match_main on just the stretch it could accept a match in: its
        Python port allocates work in proportion to `loc`, so a window keeps it cheap."""
        reach = int(_BITAP_DISTANCE * _BITAP_THRESHOLD) + len(pattern)
        low = max(0, min(loc, len(self.text)) - reach)
        window = self.text[low : loc + reach + len(pattern)]
        found = self.dmp.match_main(window, pattern, loc - low)
        return -1 if found < 0 else found + low

    def _refine(self, anchor: Anchor, start: int, end: int) -> tuple[int, int]:
        """Move a candidate's edges (within _EDGE_SLACK) to where the quote's edges fit best.

        An edge's cost is the edit distance of the quote's head (tail) to the text after (before)
        it, plus that of the stored context's nearest code points to the text on the other side,
        so the edge lands between the old context and the quote, not just anywhere similar.
        """
        text, quote = self.text, anchor.quote
        before, after = anchor.prefix, anchor.suffix
        sure = min(len(quote), _MIN_NEEDLE)  # this much quote and 4 of context: edge is right
        if not (text.startswith(quote[:sure], start) and text.endswith(before[-4:], 0, start)):
            start = self._refine_start(anchor, start, end)
        if not (text.endswith(quote[-sure:], 0, end) and text.startswith(after[:4], end)):
            end = self._refine_end(anchor, start, end)
        return start, end

    def _refine_start(self, anchor: Anchor, start: int, end: int) -> int:
        text, quote, near = self.text, anchor.quote, _EDGE_CONTEXT
        head, before = quote[:_SLICE], anchor.prefix[-near:]
        fixed = end if len(quote) <= _SLICE else min(end, start + _SLICE)
        options = range(max(0, start - _EDGE_SLACK), min(fixed, start + _EDGE_SLACK + 1))
        return min(
            options,
            key=lambda at: (
                self._distance(head, text[at:fixed])
                + self._distance(before, text[max(0, at - near) : at])
                + (text[at].isspace() and not quote[0].isspace()),
                abs(at - start),
            ),
            default=start,
        )

    def _refine_end(self, anchor: Anchor, start: int, end: int) -> int:
        text, quote, near = self.text, anchor.quote, _EDGE_CONTEXT
        tail, after = quote[-_SLICE:], anchor.suffix[:near]
        fixed = start if len(quote) <= _SLICE else max(start, end - _SLICE)
        options = range(max(fixed + 1, end - _EDGE_SLACK), min(len(text), end + _EDGE_SLACK) + 1)
        return min(
            options,
            key=lambda at: (
                self._distance(tail, text[fixed:at])
                + self._distance(after, text[at : at + near])
                + (text[at - 1].isspace() and not quote[-1].isspace()),
                abs(at - end),
            ),
            default=end,
        )

    def _score(
        self, anchor: Anchor, start: int, end: int, expected: int
    ) -> tuple[float, float, float]:
        """(weighted score, quote similarity, context similarity) of text[start:end] as the
        anchor's passage."""
        text = self.text
        quote = self._similarity(anchor.quote, text[start:end])
        prefix = suffix = 1.0
        if anchor.prefix:
            before = text[max(0, start - len(anchor.prefix)) : start]
            prefix = self._similarity(anchor.prefix, before)
        if anchor.suffix:
            suffix = self._similarity(anchor.suffix, text[end : end + len(anchor.suffix)])
        position = 1.0 - min(1.0, abs(start - expected) / max(1, len(text)))
        parts = {"quote": quote, "prefix": prefix, "suffix": suffix, "position": position}
        score = sum(WEIGHTS[name] * value for name, value in parts.items())
        return score / sum(WEIGHTS.values()), quote, (prefix + suffix) / 2

    def _distance(self, a: str, b: str) -> int:
        """Levenshtein distance (a substitution is one edit)."""
        if self._levenshtein is None:  # imported on first fuzzy need, like diff-match-patch
            from rapidfuzz.distance import Levenshtein

            self._levenshtein = Levenshtein.distance
        return self._levenshtein(a, b)

    def _similarity(self, a: str, b: str) -> float:
        longest = max(len(a), len(b))
        return 1.0 if longest == 0 else 1.0 - self._distance(a, b) / longest
