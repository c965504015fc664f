"""Anchoring aandacht notes: making anchors, storing them, finding their passage after edits."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from leeslamp.library.article_text import join_blocks, parse_blocks
from leeslamp.library.articles import parse_article
from leeslamp.notes.anchoring import (
    CONTEXT,
    Anchor,
    AnchorDataError,
    anchor_quote,
    hash_text,
    make_anchor,
    reanchor,
    reanchor_many,
    reattach,
)

# Real paragraphs from "Stimuleer het leren…" (SOL Nederland), as plain text.
BIJMAN = (
    "Hij reisde het hele land door om uit zijn netwerk een groep van diverse en gepassioneerde "
    "professionals te selecteren om de noodzakelijke boost te geven aan de Society for "
    "Organisational Learning. “Wat ik merkte was dat de ideeën altijd goed waren. Maar dat de "
    "daadkracht veelal beperkt was. Er was behoefte aan actie en continuïteit. Een "
    "gecommitteerd team dat samen zijn schouders er onder zet.”"
)
SENGE = (
    "Eind jaren negentig was het een aardverschuiving: Peter Senge schreef The Fifth "
    "Discipline, een baanbrekend boek over het creëren van een lerende organisatie. Een "
    "klassieker, wat als fundament diende voor veel theorieën, methoden en instrumenten, zoals "
    "Lean, Agile, zelfsturing, e.d. Toch zijn er nu maar weinig mensen die het model van de "
    "lerende organisatie kennen, laat staan toepassen."
)
CONTRACT = (
    "Politici en overheden luisteren toch niet. Dat is zo’n voorbeeld van een sociaal contract "
    "dat onder druk staat en misschien zelfs verbroken wordt."
)
TEXT = "\n\n".join([SENGE, BIJMAN, CONTRACT])
ACTIE = "Er was behoefte aan actie en continuïteit."


def quoted(text: str, quote: str) -> Anchor:
    anchor = anchor_quote(text, quote)
    assert anchor is not None
    return anchor


def holds(anchor: Anchor, text: str) -> bool:
    """The anchor's offsets show its quote, and its context is what surrounds it."""
    start, end = anchor.start, anchor.end
    return (
        text[start:end] == anchor.quote
        and text[max(0, start - CONTEXT) : start] == anchor.prefix
        and text[end : end + CONTEXT] == anchor.suffix
        and anchor.text_hash == hash_text(text)
    )


# --- making and storing anchors ------------------------------------------------------------


def test_make_anchor_keeps_quote_context_offsets_and_hash():
    start = TEXT.index(ACTIE)
    anchor = make_anchor(TEXT, start, start + len(ACTIE))
    assert anchor.quote == ACTIE
    assert anchor.prefix == TEXT[start - 32 : start]
    assert anchor.suffix == TEXT[start + len(ACTIE) : start + len(ACTIE) + 32]
    assert anchor.state == "exact"
    assert holds(anchor, TEXT)


def test_hash_is_the_articles_text_hash():
    article = parse_article("---\ntitle: T\n---\n" + SENGE + "\n\n" + BIJMAN + "\n", Path("t.md"))
    anchor = make_anchor(article.plain_text, 0, 10)
    assert anchor.text_hash == article.text_hash


@pytest.mark.parametrize("span", [(3, 3), (5, 2), (-1, 4), (0, len(TEXT) + 1)])
def test_make_anchor_refuses_an_empty_or_outside_span(span):
    with pytest.raises(ValueError):
        make_anchor(TEXT, *span)


def test_anchor_survives_a_trip_through_its_dict():
    anchor = quoted(TEXT, ACTIE)
    assert Anchor.from_dict(anchor.to_dict()) == anchor
    assert set(anchor.to_dict()) == {
        "quote",
        "prefix",
        "suffix",
        "start",
        "end",
        "text_hash",
        "state",
    }


def test_from_dict_fills_in_missing_optional_fields_and_ignores_unknown_ones():
    anchor = Anchor.from_dict({"quote": "actie", "start": 7, "color": "geel"})
    assert (anchor.end, anchor.prefix, anchor.suffix) == (12, "", "")
    assert (anchor.text_hash, anchor.state) == ("", "exact")


def test_an_anchor_with_unknown_hash_is_found_again_by_its_quote():
    stored = quoted(TEXT, ACTIE).to_dict()
    del stored["text_hash"], stored["prefix"], stored["suffix"]
    found = reanchor(Anchor.from_dict(stored), TEXT)
    assert found.state == "exact"
    assert holds(found, TEXT)


@pytest.mark.parametrize(
    "data",
    [
        ["quote", 1],
        {"start": 1},
        {"quote": "x"},
        {"quote": 5, "start": 1},
        {"quote": "", "start": 1},
        {"quote": "abc", "start": "1"},
        {"quote": "abc", "start": True},
        {"quote": "abc", "start": -1},
        {"quote": "abc", "start": 1, "end": 9},
        {"quote": "abc", "start": 1, "prefix": None},
        {"quote": "abc", "start": 1, "state": "zoek"},
        {"quote": "abc", "start": 1, "text_hash": 12},
    ],
)
def test_from_dict_refuses_wrong_types_and_shapes(data):
    with pytest.raises(AnchorDataError):
        Anchor.from_dict(data)


# --- anchoring a typed quote (leeslamp schrijf --citaat) ---------------------------------------


def test_anchor_quote_takes_the_first_occurrence_or_the_one_asked_for():
    text = "de kat zag de hond en de kat liep weg"
    assert quoted(text, "de kat").start == 0
    second = anchor_quote(text, "de kat", occurrence=1)
    assert second is not None and second.start == text.rindex("de kat")
    assert anchor_quote(text, "de kat", occurrence=2) is None


def test_anchor_quote_is_none_when_the_quote_is_absent_or_empty():
    assert anchor_quote(TEXT, "dit staat er niet") is None
    assert anchor_quote(TEXT, "  \n ") is None


def test_a_typed_quote_matches_typographic_quotes_and_ellipses():
    anchor = quoted(TEXT, "Dat is zo'n voorbeeld")
    assert anchor.quote == "Dat is zo’n voorbeeld"
    assert quoted(TEXT, '"Wat ik merkte').quote == "“Wat ik merkte"
    assert quoted("Ze luisteren toch niet… Echt.", "niet...").quote == "niet…"


def test_a_typed_quote_is_folded_like_the_text():
    anchor = quoted(TEXT, "  behoefte   aan\nactie ")
    assert anchor.quote == "behoefte aan actie"
    decomposed = "cree\u0308ren"  # ë as e + combining diaeresis
    assert quoted(TEXT, decomposed).quote == "creëren"


def test_a_typed_quote_ignores_case_only_when_it_must():
    text = "Leren is fijn. Samen leren is beter."
    assert quoted(text, "leren").start == text.index("leren")
    assert quoted(text, "SAMEN LEREN").quote == "Samen leren"


# --- re-anchoring after edits ----------------------------------------------------------------


def test_an_unchanged_text_leaves_the_anchor_as_it_is():
    moved = dataclasses.replace(quoted(TEXT, ACTIE), state="moved")
    assert reanchor(moved, TEXT) is moved


def test_text_added_after_the_passage_keeps_it_exact():
    anchor = quoted(TEXT, ACTIE)
    new = TEXT + "\n\nEen nieuwe alinea aan het eind."
    found = reanchor(anchor, new)
    assert (found.state, found.start, found.end) == ("exact", anchor.start, anchor.end)
    assert holds(found, new)


def test_text_inserted_before_the_passage_moves_the_anchor_along():
    anchor = quoted(TEXT, ACTIE)
    new = "Een nieuwe eerste alinea, met é, ë en 🙂.\n\n" + TEXT
    found = reanchor(anchor, new)
    assert found.state == "moved"
    assert found.start == anchor.start + new.index(TEXT)
    assert holds(found, new)


def test_text_inserted_inside_the_passage_gives_a_fuzzy_anchor_over_the_new_words():
    anchor = quoted(TEXT, ACTIE)
    new = TEXT.replace(ACTIE, "Er was grote behoefte aan actie en continuïteit.")
    found = reanchor(anchor, new)
    assert found.state == "fuzzy"
    assert found.quote == "Er was grote behoefte aan actie en continuïteit."
    assert holds(found, new)


def test_a_shortened_sentence_between_the_same_neighbours_is_a_fuzzy_match():
    anchor = quoted(TEXT, ACTIE)
    new = TEXT.replace(ACTIE, "Er was behoefte aan actie.")
    found = reanchor(anchor, new)
    assert (found.state, found.quote) == ("fuzzy", "Er was behoefte aan actie.")


def test_a_changed_word_in_a_long_quote_keeps_the_whole_passage():
    long_quote = SENGE[SENGE.index("Een klassieker") : SENGE.index(" Toch")]
    anchor = quoted(TEXT, long_quote)
    new = TEXT.replace("zoals Lean, Agile", "zoals Scrum, Lean").replace(
        "Een klassieker, wat", "Een klassiek boek, dat"
    )
    found = reanchor(anchor, new)
    assert found.state == "fuzzy"
    assert found.quote.startswith("Een klassiek boek, dat als fundament")
    assert found.quote.endswith("zoals Scrum, Lean, zelfsturing, e.d.")


def test_a_passage_moved_far_and_edited_is_still_found():
    anchor = quoted(TEXT, ACTIE)
    filler = "Dit is een heel andere alinea over iets anders. " * 60
    new = filler + "\n\n" + TEXT.replace("continuïteit", "continuiteit")
    found = reanchor(anchor, new)
    assert (found.state, found.quote) == ("fuzzy", "Er was behoefte aan actie en continuiteit.")


def test_a_deleted_passage_is_detached_and_keeps_what_it_had():
    anchor = quoted(TEXT, ACTIE)
    new = TEXT.replace(ACTIE + " ", "")
    found = reanchor(anchor, new)
    assert found.state == "detached"
    assert (found.quote, found.prefix, found.suffix) == (anchor.quote, anchor.prefix, anchor.suffix)
    assert (found.start, found.end) == (anchor.start, anchor.end)
    assert found.text_hash == hash_text(new)


def test_a_passage_replaced_by_something_else_is_detached():
    anchor = quoted(TEXT, ACTIE)
    found = reanchor(anchor, TEXT.replace(ACTIE, "Het regende die hele zomer in Zeeland."))
    assert found.state == "detached"


def test_a_short_quote_whose_surroundings_are_gone_does_not_jump_to_another_copy():
    text = "Wij lezen samen en praten erover."
    anchor = quoted(text, "en")
    found = reanchor(anchor, "Een heel ander verhaal en een andere zin.")
    assert found.state == "detached"


def test_a_marked_word_whose_paragraph_is_gone_does_not_move_to_the_same_word_elsewhere():
    anchor = quoted(TEXT, "klassieker")
    new = TEXT.replace(SENGE, "") + "\n\nDat boek is geen klassieker, zei ze later."
    assert reanchor(anchor, new).state == "detached"


def test_a_marked_word_with_one_side_intact_moves_along():
    anchor = quoted(TEXT, "klassieker")
    found = reanchor(anchor, TEXT.replace("Een klassieker", "Zo’n klassieker"))
    assert (found.state, found.quote) == ("moved", "klassieker")


def test_a_duplicated_passage_is_told_apart_by_its_context():
    anchor = quoted(TEXT, ACTIE)
    copy = "Nieuw citaat: " + ACTIE + " Dat zei hij vaker.\n\n"
    new = TEXT.replace(CONTRACT, copy + CONTRACT)  # the copy comes after the original
    new = "Inleiding.\n\n" + new  # and the original moves a little
    found = reanchor(anchor, new)
    assert found.state == "moved"
    assert found.start == anchor.start + len("Inleiding.\n\n")


def test_a_duplicate_in_the_same_context_goes_to_the_one_nearest_the_old_place():
    text = "Alinea een.\n\nHerhaling.\n\nAlinea twee.\n\nHerhaling.\n\nSlot."
    second = text.rindex("Herhaling.")
    anchor = make_anchor(text, second, second + len("Herhaling."))
    new = text.replace("Slot.", "Slot, nu langer.")
    found = reanchor(anchor, new)
    assert (found.state, found.start) == ("exact", second)


def test_quote_typography_changed_in_the_article_is_still_the_same_words():
    """Curly for straight quotes is no change of words: found as they are, at the same place."""
    anchor = quoted(TEXT, "Dat is zo’n voorbeeld van een sociaal contract")
    new = TEXT.replace("’", "'")
    found = reanchor(anchor, new)
    assert (found.state, found.quote) == ("exact", "Dat is zo'n voorbeeld van een sociaal contract")
    assert (found.start, found.end) == (anchor.start, anchor.end)


def test_straight_quotes_made_curly_and_text_inserted_before_moves_the_anchor():
    text = 'Vooraf. Hij zei "dat kan niet" en liep weg. Daarna was het stil.'
    anchor = quoted(text, 'Hij zei "dat kan niet" en liep weg.')
    new = "Een nieuwe zin. " + text.replace('"dat', "“dat").replace('niet"', "niet”")
    found = reanchor(anchor, new)
    assert (found.state, found.quote) == ("moved", "Hij zei “dat kan niet” en liep weg.")
    assert new[found.start : found.end] == found.quote


def test_whitespace_and_decomposed_letters_in_the_file_do_not_move_anything():
    """The plain text is folded and NFC, so re-wrapping a paragraph or writing é as e + ´
    changes the file but not the text: the anchor stays exact."""
    body = SENGE + "\n\n" + BIJMAN
    anchor = quoted(join_blocks(parse_blocks(body)), "creëren van een lerende organisatie")
    edited = body.replace(" ", "  ").replace(", ", ",\n").replace("creëren", "cree\u0308ren")
    assert edited != body
    new = join_blocks(parse_blocks(edited))
    assert reanchor(anchor, new) == anchor


def test_a_paragraph_split_inside_the_passage_gives_a_fuzzy_anchor_across_the_break():
    quote = "veelal beperkt was. Er was behoefte aan actie"
    anchor = quoted(TEXT, quote)
    new = TEXT.replace("beperkt was. Er was", "beperkt was.\n\nEr was")
    found = reanchor(anchor, new)
    assert (found.state, found.quote) == (
        "fuzzy",
        "veelal beperkt was.\n\nEr was behoefte aan actie",
    )


def test_a_quote_with_emoji_and_accents_moves_along_whole():
    text = "Intro.\n\nWe lazen 🙂 samen één artikel over coöperatie. Slot."
    anchor = quoted(text, "🙂 samen één artikel over coöperatie")
    new = "Nieuw 📚 begin.\n\n" + text
    found = reanchor(anchor, new)
    assert (found.state, found.quote) == ("moved", anchor.quote)
    assert found.start == anchor.start + len("Nieuw 📚 begin.\n\n")


def test_an_emoji_before_the_passage_counts_as_one_code_point():
    anchor = quoted(TEXT, ACTIE)
    found = reanchor(anchor, "🙂" + TEXT)
    assert (found.state, found.start) == ("moved", anchor.start + 1)


def test_a_quote_at_the_very_start_and_one_at_the_very_end_are_found_after_edits():
    first = make_anchor(TEXT, 0, len("Eind jaren negentig"))
    last = make_anchor(TEXT, len(TEXT) - len("verbroken wordt."), len(TEXT))
    new = "Voorwoord.\n\n" + TEXT + "\n\nNawoord."
    assert reanchor(first, new).start == len("Voorwoord.\n\n")
    assert holds(reanchor(first, new), new)
    assert holds(reanchor(last, new), new) and reanchor(last, new).state == "moved"


def test_the_whole_text_as_quote_survives_a_change_in_the_middle():
    text = "Lezen is leuk. Schrijven ook."
    anchor = make_anchor(text, 0, len(text))
    found = reanchor(anchor, "Lezen is erg leuk. Schrijven ook.")
    assert (found.state, found.quote) == ("fuzzy", "Lezen is erg leuk. Schrijven ook.")


def test_reattach_puts_a_detached_note_on_the_chosen_passage():
    anchor = reanchor(quoted(TEXT, ACTIE), TEXT.replace(ACTIE, ""))
    assert anchor.state == "detached"
    new = TEXT.replace(ACTIE, "")
    start = new.index("Een gecommitteerd team")
    attached = reattach(anchor, new, start, start + len("Een gecommitteerd team"))
    assert (attached.state, attached.quote) == ("exact", "Een gecommitteerd team")
    assert holds(attached, new)


# --- many notes -------------------------------------------------------------------------------


def test_reanchor_many_keeps_order_and_agrees_with_reanchor():
    anchors = [quoted(TEXT, q) for q in ("Peter Senge", ACTIE, "sociaal contract", "Lean")]
    new = "Inleiding.\n\n" + TEXT.replace("Lean, Agile", "Agile")
    many = reanchor_many(anchors, new)
    assert many == [reanchor(anchor, new) for anchor in anchors]
    assert [a.state for a in many] == ["moved", "moved", "moved", "detached"]


def test_reanchor_many_looks_where_the_neighbouring_notes_went():
    """A note whose quote and context all changed a little, far from its old place, is found
    by following the notes around it; on its own it could not be."""
    before = quoted(TEXT, "Peter Senge schreef The Fifth Discipline")
    anchor = quoted(TEXT, "Maar dat de daadkracht veelal beperkt was.")
    filler = "Een lange nieuwe inleiding over iets heel anders, zonder herhaling. " * 40
    new = filler + TEXT.replace("ideeën altijd", "ideeen altijd")  # the prefix changes,
    new = new.replace("veelal beperkt was.", "vaak beperkt was!")  # the quote,
    new = new.replace("Er was behoefte", "Er was een behoefte")  # and the suffix
    assert reanchor(anchor, new).state == "detached"
    found = reanchor_many([before, anchor], new)[1]
    assert (found.state, found.quote) == ("fuzzy", "Maar dat de daadkracht vaak beperkt was!")


def test_many_notes_in_a_long_article_all_keep_their_passage():
    paragraphs = [f"Alinea {n}: {SENGE} {BIJMAN}" for n in range(40)]
    text = "\n\n".join(paragraphs)
    anchors = []
    for n in range(0, 40, 2):
        start = text.index(f"Alinea {n}:")
        anchors.append(make_anchor(text, start, start + len(f"Alinea {n}: Eind jaren negentig")))
    new = "Nieuwe inleiding.\n\n" + text.replace("Alinea 20:", "Alinea twintig:")
    found = reanchor_many(anchors, new)
    assert [a.state for a in found].count("moved") == 19
    assert all(holds(a, new) for a in found if a.state != "detached")
    assert found[10].state in ("fuzzy", "detached")


def test_a_rewritten_sentence_stays_put_rather_than_jump_to_a_copy_elsewhere():
    """The note's own sentence was reworded; the same words, quoted in another paragraph with
    other neighbours, are someone else's passage. The old neighbours still stand around the
    new wording: that is where the note belongs."""
    own = "Vertrouwen groeit alleen als mensen fouten durven te maken."
    text = (
        "Over leren in teams. " + own + " Daar begint het mee.\n\n"
        "Een tweede alinea met een ander onderwerp, lang genoeg om ver weg te zijn.\n\n"
        'Later schreef een collega: "' + own + '" En dat bleef hangen.'
    )
    anchor = quoted(text, own)
    new = text.replace(
        "Over leren in teams. " + own,
        "Over leren in teams. Vertrouwen groeit pas als mensen fouten mogen maken.",
    )
    found = reanchor(anchor, new)
    assert found.state == "fuzzy"
    assert found.quote == "Vertrouwen groeit pas als mensen fouten mogen maken."
    assert found.start == anchor.start


def test_a_copy_elsewhere_is_taken_when_the_passage_itself_is_gone():
    own = "Vertrouwen groeit alleen als mensen fouten durven te maken."
    text = (
        "Over leren in teams. " + own + " Daar begint het mee.\n\n"
        'Later schreef een collega: "' + own + '" En dat bleef hangen.'
    )
    new = text.replace(own + " Daar begint het mee.", "Daar begint het mee.")
    found = reanchor(quoted(text, own), new)
    assert found.state == "moved" and found.quote == own
