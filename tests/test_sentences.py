"""Sentences within a block: what the passage cursor steps through."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leeslamp.library.article_text import split_sentences

# Real paragraphs from "Stimuleer het leren…" (SOL Nederland).
SENGE = (
    "Eind jaren negentig was het een aardverschuiving: Peter Senge schreef The Fifth Discipline, "
    "een baanbrekend boek over het creëren van een lerende organisatie. Een klassieker, wat als "
    "fundament diende voor veel theorieën, methoden en instrumenten, zoals Lean, Agile, "
    "zelfsturing, e.d. Toch zijn er nu maar weinig mensen die het model van de lerende "
    "organisatie kennen, laat staan toepassen."
)
BEWEGINGEN = (
    "Dat komt aan het licht omdat één groep in het contract (de wetenschappers in dit geval) "
    "laat weten er niet langer in te geloven. Voorbeelden van verschillen in denken over wat "
    "ertoe doet in de maatschappij zijn o.a. de beweging om te de-kolonialiseren, de beweging om "
    "systemisch racisme aan de kaak te stellen. Dan hebben we het wel over veranderingen die "
    "meerdere generaties duren."
)
BIJMAN = (
    "Hij reisde het hele land door. “Wat ik merkte was dat de ideeën altijd goed waren. Maar dat "
    "de daadkracht veelal beperkt was. Er was behoefte aan actie en continuïteit.” Dat zei hij."
)


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_o_a_in_the_middle_of_a_sentence_does_not_end_it():
    assert sentences(BEWEGINGEN) == [
        "Dat komt aan het licht omdat één groep in het contract (de wetenschappers in dit geval) "
        "laat weten er niet langer in te geloven.",
        "Voorbeelden van verschillen in denken over wat ertoe doet in de maatschappij zijn o.a. "
        "de beweging om te de-kolonialiseren, de beweging om systemisch racisme aan de kaak te "
        "stellen.",
        "Dan hebben we het wel over veranderingen die meerdere generaties duren.",
    ]


def test_e_d_closing_a_list_ends_the_sentence_when_a_capital_follows():
    """In the article "…zelfsturing, e.d. Toch zijn er…" is two sentences: "e.d." ends the
    list and the sentence; before a lower-case word it would not."""
    found = sentences(SENGE)
    assert len(found) == 3
    assert found[1].endswith("zoals Lean, Agile, zelfsturing, e.d.")
    assert found[2].startswith("Toch zijn er nu")
    assert len(sentences("Lean, Agile, e.d. en nog meer.")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Dit zijn bijv. boeken.",
        "Dat is d.w.z. een vraag.",
        "Met m.a.w. een ander woord.",
        "Lees het enz. en zo.",
        "Vraag het Dr. Bijman.",
        "Vraag het mr. Jansen.",
        "Het kost ca. 30 euro.",
        "Er zijn nl. twee.",
        "Lees dit i.p.v. Senge.",
        "Dit is t.o.v. Nederland meer.",
        "Het boek van P. Senge.",
        "Het boek van P.M. Senge.",
        "Het groeide met 2.5 procent.",
        "Ze zei: “Ze luisteren toch niet….” en liep weg.",
        "Hij vroeg “Waarom?” en zweeg.",
    ],
)
def test_no_break_after_abbreviations_initials_numbers_or_before_lower_case(text):
    assert sentences(text) == [text]


def test_closing_quotes_stay_with_their_sentence():
    assert sentences(BIJMAN) == [
        "Hij reisde het hele land door.",
        "“Wat ik merkte was dat de ideeën altijd goed waren.",
        "Maar dat de daadkracht veelal beperkt was.",
        "Er was behoefte aan actie en continuïteit.”",
        "Dat zei hij.",
    ]


def test_closing_brackets_stay_and_questions_and_exclamations_end_sentences():
    text = "Lees het boek (het is goed.) Waarom? Omdat het helpt! ’s Avonds lees ik. 3 keer."
    assert sentences(text) == [
        "Lees het boek (het is goed.)",
        "Waarom?",
        "Omdat het helpt!",
        "’s Avonds lees ik.",
        "3 keer.",
    ]


def test_an_ellipsis_before_a_capital_ends_a_sentence():
    assert sentences("Ze luisteren toch niet... Politici niet.") == [
        "Ze luisteren toch niet...",
        "Politici niet.",
    ]


def test_a_heading_without_a_period_is_one_sentence_and_empty_text_none():
    assert sentences("Fifth discipline als fundament") == ["Fifth discipline als fundament"]
    assert split_sentences("") == []
    assert split_sentences("   ") == []


@settings(max_examples=300)
@given(st.text(alphabet="ab AB.?!…”)(“'’\n2", max_size=80) | st.text(max_size=60))
def test_sentences_are_ordered_trimmed_and_cover_every_visible_character(text):
    ranges = split_sentences(text)
    covered = set()
    position = 0
    for start, end in ranges:
        assert position <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        covered.update(range(start, end))
        position = end
    visible = {i for i, char in enumerate(text) if not char.isspace()}
    assert visible <= covered
