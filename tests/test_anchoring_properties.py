"""Properties of anchoring that must hold for any text and any edit (hypothesis)."""

from __future__ import annotations

import dataclasses

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from leeslamp.notes.anchoring import Anchor, hash_text, make_anchor, reanchor, reanchor_many

# A small alphabet makes repeats (the hard case); the rest brings in Dutch letters,
# typographic quotes, emoji and a combining mark.
ALPHABET = "ab ab ab.\n" + "éë’'“”😀\u0301" + "de kat lees"
texts = st.text(alphabet=ALPHABET, min_size=1, max_size=160) | st.text(min_size=1, max_size=80)
inserts = st.text(alphabet=ALPHABET, min_size=1, max_size=40)

SETTINGS = settings(deadline=None, max_examples=150)


@st.composite
def text_and_span(draw: st.DrawFn, source: st.SearchStrategy[str] = texts) -> tuple[str, int, int]:
    text = draw(source)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return text, start, end


def honest(anchor: Anchor, text: str) -> bool:
    """Unless detached, the text holds the quote at the anchor's offsets."""
    return anchor.state == "detached" or text[anchor.start : anchor.end] == anchor.quote


@SETTINGS
@given(text_and_span())
def test_an_anchor_on_its_own_text_is_exact_at_the_same_offsets(case):
    text, start, end = case
    anchor = make_anchor(text, start, end)
    assert reanchor(anchor, text) == anchor
    searched = reanchor(dataclasses.replace(anchor, text_hash=""), text)
    assert (searched.state, searched.start, searched.end) == ("exact", start, end)


@SETTINGS
@given(text_and_span(), inserts, st.data())
def test_text_inserted_outside_the_passage_keeps_the_quote(case, insert, data):
    text, start, end = case
    point = data.draw(st.sampled_from([p for p in range(len(text) + 1) if p <= start or p >= end]))
    new = text[:point] + insert + text[point:]
    anchor = make_anchor(text, start, end)
    found = reanchor(anchor, new)
    assert found.state in ("exact", "moved")
    assert found.quote == anchor.quote == new[found.start : found.end]


@SETTINGS
@given(text_and_span())
def test_a_deleted_passage_is_detached_or_honestly_matched(case):
    text, start, end = case
    new = text[:start] + text[end:]
    assume(new)
    found = reanchor(make_anchor(text, start, end), new)
    assert honest(found, new)


@SETTINGS
@given(text_and_span(), text_and_span(), st.text(alphabet=ALPHABET, max_size=30))
def test_any_edit_leaves_an_honest_anchor_that_stays_put(case, edit, replacement):
    text, start, end = case
    _, cut_start, cut_end = edit
    cut_start, cut_end = min(cut_start, len(text)), min(cut_end, len(text))
    new = text[:cut_start] + replacement + text[cut_end:]
    assume(new)
    found = reanchor(make_anchor(text, start, end), new)
    assert honest(found, new)
    assert found.text_hash == hash_text(new)
    if found.state != "detached":
        assert found.prefix == new[max(0, found.start - 32) : found.start]
        assert found.suffix == new[found.end : found.end + 32]
    assert reanchor(found, new) == found  # once re-anchored, nothing moves until the text does


@SETTINGS
@given(st.lists(text_and_span(), min_size=1, max_size=6), inserts, st.data())
def test_reanchor_many_finds_what_reanchor_finds_verbatim(cases, insert, data):
    text = cases[0][0]
    anchors = [make_anchor(text, min(s, len(text) - 1), min(e, len(text))) for _, s, e in cases]
    anchors = [a for a in anchors if a.start < a.end]
    point = data.draw(st.integers(0, len(text)))
    new = text[:point] + insert + text[point:]
    many = reanchor_many(anchors, new)
    assert len(many) == len(anchors)
    for anchor, found in zip(anchors, many, strict=True):
        assert honest(found, new)
        single = reanchor(anchor, new)
        if single.state in ("exact", "moved"):
            assert found == single


@SETTINGS
@given(text_and_span(), st.sampled_from(["exact", "moved", "fuzzy", "detached"]))
def test_an_anchor_survives_a_trip_through_its_dict(case, state):
    anchor = dataclasses.replace(make_anchor(*case), state=state)
    assert Anchor.from_dict(anchor.to_dict()) == anchor
