"""Finding a quote again in a changed text: the search behind `leeslamp.notes.anchoring`.

Plain values in (a quote with its prefix and suffix, expected positions), offsets out. How it
works, and why these thresholds, is told in the docstring of `leeslamp.notes.anchoring`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

CONTEXT = 32  # code points of prefix and suffix kept with a quote
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
_HINT_SPACING = 16  # hints closer than this to an earlier one are searched by its bitap
_BITAP_DISTANCE = 250  # a bitap match this far from its hint costs as much as all-wrong
_GOOD_ENOUGH = 0.95  # a fuzzy candidate scoring this well ends the search for better ones
_MAX_HITS = 2000  # bound on occurrences scored for one quote (think "de" in a long text)


class Selector(Protocol):
    """What is searched for: an `Anchor` is one."""

    @property
    def quote(self) -> str: ...
    @property
    def prefix(self) -> str: ...
    @property
    def suffix(self) -> str: ...


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


def _context_agreement(text: str, selector: Selector, at: int) -> tuple[int, int]:
    """(code points of the stored context that recur at their place around `at` in `text`,
    sides whose context is wholly intact)."""
    end = at + len(selector.quote)
    before = text[max(0, at - CONTEXT) : at][::-1]
    after = text[end : end + CONTEXT]
    prefix = selector.prefix[::-1]
    agreement = _agreement(prefix, before) + _agreement(selector.suffix, after)
    # an empty prefix (suffix) means the quote began (ended) the text
    intact_sides = int(before.startswith(prefix) if prefix else at == 0)
    intact_sides += int(after.startswith(selector.suffix) if selector.suffix else not after)
    return agreement, intact_sides


_VARIANTS = ("'‘’‚‛ʼ′`´", '"“”„‟«»″', "-‐‑‒–—―")
#: each typographic variant to the plain one (one code point to one: offsets stay the same)
_PLAIN_TYPOGRAPHY = str.maketrans({char: group[0] for group in _VARIANTS for char in group[1:]})


def fold_typography(text: str) -> str:
    """`text` with curly quotes, apostrophes and dashes made plain, code point for code point."""
    return text.translate(_PLAIN_TYPOGRAPHY)


@dataclass(frozen=True)
class Sought:
    """A quote and its context as looked for: a `Selector` of plain values."""

    quote: str
    prefix: str
    suffix: str


def _parts(selector: Selector) -> tuple[str, str, str]:
    return selector.quote, selector.prefix, selector.suffix


def lenient_pattern(quote: str) -> str:
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


class TextSearch:
    """One text, prepared once, that quotes are looked for in."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._dmp: Any = None
        self._levenshtein: Callable[[str, str], int] | None = None
        self._folded: str | None = None

    @property
    def dmp(self) -> Any:
        if self._dmp is None:  # imported on first fuzzy need: most re-anchoring is verbatim
            from diff_match_patch import diff_match_patch

            self._dmp = diff_match_patch()
            self._dmp.Match_Threshold = _BITAP_THRESHOLD
            self._dmp.Match_Distance = _BITAP_DISTANCE
        return self._dmp

    # -- exact ------------------------------------------------------------------------------

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold_typography(self.text)
        return self._folded

    def exact(self, selector: Selector, expected: int) -> int | None:
        """Where the quote is verbatim, chosen by its context; None if nowhere (trustworthy).

        Verbatim first; failing that, blind to typography (`fold_typography`), so a passage
        whose only change is ’ for ' or “ for " is still the same words. Both keep offsets."""
        found = self._exact_in(self.text, selector, expected)
        if found is None:
            sought = Sought(*(fold_typography(part) for part in _parts(selector)))
            if sought == Sought(*_parts(selector)) and self.folded == self.text:
                return None  # nothing typographic to fold: the search above said it all
            found = self._exact_in(self.folded, sought, expected)
        if found is None:
            return None
        start, intact_sides = found
        if intact_sides == 0 and self._rewritten_in_place(selector, start, expected):
            return None  # step 3 finds the rewritten passage between its old neighbours
        return start

    def _exact_in(self, text: str, selector: Selector, expected: int) -> tuple[int, int] | None:
        """(start, sides of the context wholly intact there) of the best verbatim hit."""
        quote, prefix, suffix = _parts(selector)
        full_hits = _find_all(text, prefix + quote + suffix)
        if full_hits:
            at = min(full_hits, key=lambda at: abs(at + len(prefix) - expected))
            return at + len(prefix), 2
        hits = _find_all(text, quote)
        if not hits:
            return None

        def rank(at: int) -> tuple[bool, int, int]:
            agreement, intact_sides = _context_agreement(text, selector, at)
            trusted = len(quote) >= _SHORT_QUOTE or intact_sides > 0
            return trusted, agreement, -abs(at - expected)

        start = max(hits, key=rank)
        if not rank(start)[0]:
            return None  # a short word elsewhere, in other surroundings: not the same passage
        return start, _context_agreement(text, selector, start)[1]

    def _rewritten_in_place(self, selector: Selector, start: int, expected: int) -> bool:
        """Whether the quote's old neighbours still stand together with a passage between them
        that fuzzy matching would accept and that scores better than the verbatim copy at
        `start` (whose neighbours are all different): the note's own sentence was rewritten,
        and the same words elsewhere are someone else's passage."""
        span = self._between_context(selector, expected)
        if span is None or span[0] <= start < span[1]:
            return False
        here, quote_similarity, _ = self._score(selector, *span, expected)
        there, _, _ = self._score(selector, start, start + len(selector.quote), expected)
        return quote_similarity >= MIN_QUOTE_SIMILARITY and here >= MIN_SCORE and here > there

    # -- fuzzy ------------------------------------------------------------------------------

    def fuzzy(self, selector: Selector, expected: list[int]) -> tuple[int, int] | None:
        """The best approximate [start, end) of the passage near the expected starts, if it is
        good enough (see MIN_QUOTE_SIMILARITY, MIN_SCORE, MIN_SHORT_CONTEXT)."""
        text = self.text
        if not text.strip():
            return None
        expected = [max(0, min(at, len(text))) for at in expected]
        best = (0.0, 0.0, 0.0, 0, 0)  # score, quote and context similarity, start, end

        def consider(span: tuple[int, int] | None) -> bool:
            """Score a candidate; True when it is so good that looking further is a waste."""
            nonlocal best
            if span is not None and span[0] < span[1]:
                scores = self._score(selector, *span, expected[0])
                if scores[0] > best[0]:
                    best = (*scores, *span)
            return best[0] >= _GOOD_ENOUGH

        cheap = (
            self._nearest_lenient_match(selector.quote, expected[0]),
            self._between_context(selector, expected[0]),
        )
        if not any([consider(span) for span in cheap]):
            for loc in self._hints(selector, expected):
                span = self._locate(selector.quote, loc)
                if span is not None and consider(self._refine(selector, *span)):
                    break
        score, quote_similarity, context_similarity, start, end = best
        if quote_similarity < MIN_QUOTE_SIMILARITY or score < MIN_SCORE:
            return None
        if len(selector.quote) < _SHORT_QUOTE and context_similarity < MIN_SHORT_CONTEXT:
            return None
        return start, end

    def _nearest_lenient_match(self, quote: str, expected: int) -> tuple[int, int] | None:
        spans = [m.span() for m in re.finditer(lenient_pattern(quote), self.text)]
        return min(spans, key=lambda span: abs(span[0] - expected)) if spans else None

    def _between_context(self, selector: Selector, expected: int) -> tuple[int, int] | None:
        """The text between the nearest surviving prefix and the suffix after it: the passage
        rewritten in place. Only when that stretch is not much longer than the quote was."""
        text, prefix, suffix = self.text, selector.prefix, selector.suffix
        if len(prefix) < _MIN_NEEDLE or len(suffix) < _MIN_NEEDLE:
            return None
        hits = _find_all(text, prefix)
        if not hits:
            return None
        start = min(hits, key=lambda at: abs(at + len(prefix) - expected)) + len(prefix)
        end = text.find(suffix, start, start + 2 * len(selector.quote) + CONTEXT + len(suffix))
        while start < end and text[start].isspace() and not selector.quote[0].isspace():
            start += 1
        while start < end and text[end - 1].isspace() and not selector.quote[-1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def _hints(self, selector: Selector, expected: list[int]) -> list[int]:
        """Where to look for the quote: first where its context or parts are found verbatim
        (precise), then the expected starts (guesses)."""
        text, quote, near = self.text, selector.quote, expected[0]
        hints: list[int] = []

        def nearest(needle: str, offset: int, count: int = 1) -> None:
            if len(needle) < _MIN_NEEDLE:
                return
            hits = sorted(_find_all(text, needle), key=lambda at: abs(at - offset - near))
            hints.extend(at - offset for at in hits[:count])

        nearest(selector.prefix, -len(selector.prefix), 2)
        nearest(selector.suffix, len(quote), 2)
        step = max(_SLICE, len(quote) // 8)  # at most ~8 slices of a long quote
        for offset in range(0, len(quote), step):
            nearest(quote[offset : offset + _SLICE], offset)
        kept: list[int] = []
        for hint in hints + expected:
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

    def _refine(self, selector: Selector, start: int, end: int) -> tuple[int, int]:
        """Move a candidate's edges (within _EDGE_SLACK) to where the quote's edges fit best.

        An edge that shows the quote's first (last) 8 code points with 4 of the stored context
        beside them is right as it is. Otherwise an edge's cost is the edit distance of the
        quote's head (tail) to the text after (before) it, plus that of the stored context's
        nearest code points to the text on the other side, so the edge lands between the old
        context and the quote, not just anywhere similar.
        """
        text, quote = self.text, selector.quote
        before, after = selector.prefix, selector.suffix
        sure = min(len(quote), _MIN_NEEDLE)  # this much quote and 4 of context: edge is right
        if not (text.startswith(quote[:sure], start) and text.endswith(before[-4:], 0, start)):
            start = self._refine_start(selector, start, end)
        if not (text.endswith(quote[-sure:], 0, end) and text.startswith(after[:4], end)):
            end = self._refine_end(selector, start, end)
        return start, end

    def _refine_start(self, selector: Selector, start: int, end: int) -> int:
        text, quote, near = self.text, selector.quote, _EDGE_CONTEXT
        head, before = quote[:_SLICE], selector.prefix[-near:]
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

    def _refine_end(self, selector: Selector, start: int, end: int) -> int:
        text, quote, near = self.text, selector.quote, _EDGE_CONTEXT
        tail, after = quote[-_SLICE:], selector.suffix[:near]
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
        self, selector: Selector, start: int, end: int, expected: int
    ) -> tuple[float, float, float]:
        """(weighted score, quote similarity, context similarity) of text[start:end] as the
        selector's passage."""
        text = self.text
        quote = self._similarity(selector.quote, text[start:end])
        prefix = suffix = 1.0
        if selector.prefix:
            before = text[max(0, start - len(selector.prefix)) : start]
            prefix = self._similarity(selector.prefix, before)
        if selector.suffix:
            suffix = self._similarity(selector.suffix, text[end : end + len(selector.suffix)])
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
