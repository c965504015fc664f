"""How long re-anchoring takes: `reanchor_many` for 50/200/1000 notes on a long article after an
edit. Run: `.venv/bin/python benchmarks/anchoring.py`. Prints numbers; asserts nothing.

The article is generated (fixed seed) from Dutch words, so it has the repeats real text has.
Three edits: a typical one (a paragraph added at the top, a noted one deleted in the middle, a
word changed in one note in twenty), and two worst cases in which every noted passage is changed or
deleted, so every note needs the fuzzy search.
"""

from __future__ import annotations

import random
import time
from collections import Counter

from leeslamp.library.article_text import block_offsets, split_sentences
from leeslamp.library.articles import Block
from leeslamp.notes.anchoring import Anchor, make_anchor, reanchor_many

WORDS = [
    "de",
    "het",
    "een",
    "en",
    "van",
    "in",
    "is",
    "dat",
    "op",
    "te",
    "zijn",
    "met",
    "voor",
    "niet",
    "aan",
    "er",
    "om",
    "ook",
    "als",
    "bij",
    "maar",
    "dan",
    "naar",
    "leren",
    "lerende",
    "organisatie",
    "team",
    "mensen",
    "samen",
    "kennis",
    "ervaring",
    "inzichten",
    "systeem",
    "denken",
    "gesprek",
    "vertrouwen",
    "verandering",
    "beweging",
    "contract",
    "maatschappij",
    "toekomst",
    "visie",
    "daadkracht",
    "continuïteit",
    "ideeën",
    "één",
    "creëren",
    "zo’n",
    "coöperatie",
    "reflectie",
    "dialoog",
    "aandacht",
]


def article(size: int, rng: random.Random) -> tuple[str, list[tuple[int, int]]]:
    """A plain text of about `size` code points, and its blocks' offsets."""
    blocks: list[Block] = []
    total = 0
    while total < size:
        sentences = []
        for _ in range(rng.randint(3, 7)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(6, 20))]
            sentences.append(" ".join(words).capitalize() + rng.choice(".?.!."))
        blocks.append(Block("paragraph", " ".join(sentences)))
        total += len(blocks[-1].text) + 2
    text = "\n\n".join(block.text for block in blocks)
    return text, block_offsets(tuple(blocks))


def notes(text: str, blocks: list[tuple[int, int]], count: int, rng: random.Random) -> list[Anchor]:
    """Mostly sentences, some single words, some whole paragraphs: what readers mark."""
    anchors = []
    for _ in range(count):
        start, end = rng.choice(blocks)
        kind = rng.random()
        if kind < 0.1:
            anchors.append(make_anchor(text, start, end))
            continue
        sentence = rng.choice(split_sentences(text[start:end]))
        s, e = start + sentence[0], start + sentence[1]
        if kind < 0.25:
            word = rng.choice(list(range(s, e)))
            left = text.rfind(" ", s, word) + 1 or s
            right = text.find(" ", word, e)
            s, e = max(left, s), right if right != -1 else e
        anchors.append(make_anchor(text, s, e))
    return anchors


def typical_edit(text: str, anchors: list[Anchor], rng: random.Random) -> str:
    middle = sorted(anchors, key=lambda anchor: anchor.start)[len(anchors) // 2]
    start = text.rfind("\n\n", 0, middle.start) + 2
    end = text.find("\n\n", middle.end)
    edited = "Een nieuwe eerste alinea, ter inleiding.\n\n" + text[:start] + text[end + 2 :]
    for anchor in rng.sample(anchors, max(1, len(anchors) // 20)):
        edited = edited.replace(anchor.quote, _change_a_word(anchor.quote, rng), 1)
    return edited


def every_note_edited(text: str, anchors: list[Anchor], rng: random.Random) -> str:
    edited = "Een nieuwe eerste alinea, ter inleiding.\n\n" + text
    for anchor in anchors:
        edited = edited.replace(anchor.quote, _change_a_word(anchor.quote, rng), 1)
    return edited


def every_note_deleted(text: str, anchors: list[Anchor], rng: random.Random) -> str:
    edited = "Een nieuwe eerste alinea, ter inleiding.\n\n" + text
    for anchor in anchors:
        edited = edited.replace(anchor.quote, "", 1)
    return edited


def _change_a_word(quote: str, rng: random.Random) -> str:
    words = quote.split(" ")
    words[rng.randrange(len(words))] = rng.choice(WORDS)
    return " ".join(words)


def measure(size: int, count: int, edit, label: str) -> None:
    rng = random.Random(size * 7919 + count)
    text, blocks = article(size, rng)
    anchors = notes(text, blocks, count, rng)
    edited = edit(text, anchors, rng)
    took = float("inf")
    for _ in range(3):  # the best of three: the machine may be busy with other things
        began = time.perf_counter()
        found = reanchor_many(anchors, edited)
        took = min(took, time.perf_counter() - began)
    states = Counter(anchor.state for anchor in found)
    summary = ", ".join(f"{states[s]} {s}" for s in ("exact", "moved", "fuzzy", "detached"))
    print(
        f"{label:<18} {len(text) // 1000:>4} KB {count:>5} notes {took * 1000:>9.1f} ms  ({summary})"
    )


def main() -> None:
    began = time.perf_counter()
    import diff_match_patch  # noqa: F401 - imported on the first fuzzy match, timed apart
    import rapidfuzz.distance  # noqa: F401

    print(f"importing the fuzzy-matching libraries: {(time.perf_counter() - began) * 1000:.1f} ms")
    print("reanchor_many after an edit (best of 3)")
    for size, count in ((30_000, 200), (100_000, 50), (100_000, 200), (100_000, 1000)):
        measure(size, count, typical_edit, "typical edit")
    for size, count in ((30_000, 200), (100_000, 200)):
        measure(size, count, every_note_edited, "every note edited")
    for size, count in ((30_000, 200), (100_000, 200)):
        measure(size, count, every_note_deleted, "every note deleted")


if __name__ == "__main__":
    main()
