"""An article's aandacht notes: re-anchored when the text changed, written back, in text order."""

from __future__ import annotations

from pathlib import Path

from leeslamp.core.paths import Paths
from leeslamp.journal import Journal
from leeslamp.library.articles import parse_article
from leeslamp.notes.attention_notes import (
    add_note,
    in_text_order,
    load_notes,
    note_counts,
    reattach_note,
)
from tui_factory import article_text

FIRST = "Teams leren samen. Dit is de eerste alinea."
SECOND = "Omdat niemand alles weet. Dat is de kern."


def article(body: str):
    return parse_article(article_text("teams", "Teams", body), Path("teams.md"))


def journal(home: Path) -> Journal:
    return Journal.open(Paths(home))


def span_of(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def test_a_new_note_is_an_empty_exact_highlight(private_home: Path) -> None:
    old = article(f"{FIRST}\n\n{SECOND}\n")
    span = span_of(old.plain_text, "Omdat niemand alles weet.")
    with journal(private_home) as j:
        note = add_note(j, old, *span)
        [entry] = j.entries(kind="aandacht")
    assert (entry.text, entry.article) == ("", "teams")
    assert entry.anchor["quote"] == "Omdat niemand alles weet."
    assert entry.anchor["state"] == "exact" and note.span == span


def test_unchanged_text_leaves_the_notes_alone(private_home: Path) -> None:
    old = article(f"{FIRST}\n\n{SECOND}\n")
    with journal(private_home) as j:
        note = add_note(j, old, *span_of(old.plain_text, "Dat is de kern."))
        [loaded] = load_notes(j, old)
        [entry] = j.entries()
    assert loaded.anchor == note.anchor
    assert entry.updated == note.entry.updated  # nothing written


def test_a_paragraph_inserted_before_moves_the_note_and_is_written_back(
    private_home: Path,
) -> None:
    old = article(f"{FIRST}\n\n{SECOND}\n")
    new = article(f"Een nieuwe alinea vooraf.\n\n{FIRST}\n\n{SECOND}\n")
    with journal(private_home) as j:
        add_note(j, old, *span_of(old.plain_text, "Dat is de kern."))
        [note] = load_notes(j, new)
        [entry] = j.entries()
    assert note.anchor.state == "moved"
    assert new.plain_text[note.anchor.start : note.anchor.end] == "Dat is de kern."
    assert entry.anchor == note.anchor.to_dict()


def test_a_deleted_passage_leaves_the_note_detached_not_gone(private_home: Path) -> None:
    old = article(f"{FIRST}\n\n{SECOND}\n")
    new = article(f"{FIRST}\n")
    with journal(private_home) as j:
        add_note(j, old, *span_of(old.plain_text, "Omdat niemand alles weet."))
        [note] = load_notes(j, new)
        [entry] = j.entries()
    assert note.detached and note.span is None
    assert note.quote == "Omdat niemand alles weet."
    assert entry.anchor["state"] == "detached"


def test_a_detached_note_can_be_reattached_by_hand(private_home: Path) -> None:
    old = article(f"{FIRST}\n\n{SECOND}\n")
    new = article(f"{FIRST}\n")
    with journal(private_home) as j:
        add_note(j, old, *span_of(old.plain_text, "Omdat niemand alles weet."))
        [note] = load_notes(j, new)
        again = reattach_note(j, new, note, *span_of(new.plain_text, "Teams leren samen."))
        [reloaded] = load_notes(j, new)
    assert again.anchor.state == "exact" and not reloaded.detached
    assert reloaded.quote == "Teams leren samen."


def test_a_read_only_journal_shows_the_new_places_without_writing(private_home: Path) -> None:
    old = article(f"{FIRST}\n\n{SECOND}\n")
    new = article(f"Vooraf.\n\n{FIRST}\n\n{SECOND}\n")
    with journal(private_home) as j:
        add_note(j, old, *span_of(old.plain_text, "Dat is de kern."))
    with Journal.open(Paths(private_home), read_only=True) as j:
        [note] = load_notes(j, new)
        [entry] = j.entries()
    assert note.anchor.state == "moved"
    assert entry.anchor["state"] == "exact"


def test_a_damaged_anchor_is_shown_as_detached(private_home: Path) -> None:
    old = article(f"{FIRST}\n")
    with journal(private_home) as j:
        j.add_entry("aandacht", "Waarom", article="teams", anchor={"quote": "x", "start": "nul"})
        [note] = load_notes(j, old)
    assert note.detached and note.anchor is None and note.quote == "x"


def test_notes_come_in_text_order_with_detached_ones_last(private_home: Path) -> None:
    old = article(f"{FIRST}\n\n{SECOND}\n")
    new = article(f"{SECOND}\n")
    with journal(private_home) as j:
        add_note(j, old, *span_of(old.plain_text, "Dat is de kern."))
        add_note(j, old, *span_of(old.plain_text, "Teams leren samen."))
        add_note(j, old, *span_of(old.plain_text, "Omdat niemand"))
        notes = load_notes(j, new)
    assert [n.quote for n in notes] == ["Omdat niemand", "Dat is de kern.", "Teams leren samen."]
    assert [n.detached for n in notes] == [False, False, True]
    assert in_text_order(reversed(notes)) == notes


def test_note_counts_per_article(private_home: Path) -> None:
    old = article(f"{FIRST}\n")
    with journal(private_home) as j:
        add_note(j, old, 0, 5)
        add_note(j, old, 6, 11)
        j.add_entry("reflectie", "Geen aandacht", article="teams")
        j.add_entry("aandacht", "Elders", article="ander", anchor=None)
        assert note_counts(j) == {"teams": 2, "ander": 1}
