"""jrnl's plain-text format and JSON export: writing, reading, escapes, and refusing bad files."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leeslamp.core.errors import UserInputError
from leeslamp.interop.jrnl import ZWSP
from leeslamp.interop.jrnl_read import parse, parse_json, parse_text
from leeslamp.interop.jrnl_write import format_entry, join_entries

WHEN = datetime(2026, 11, 1, 9, 30)


def one(text: str, **options: object) -> str:
    return format_entry(WHEN, text, "reflectie", **options)  # type: ignore[arg-type]


def test_an_entry_is_a_dated_title_line_the_body_and_a_tag_line() -> None:
    written = one("Titel\nTweede regel.", tags=["Verbroken sociale contracten", "idee"])
    assert written == (
        "[2026-11-01 09:30] Titel\nTweede regel.\n\n"
        "@reflectie @verbroken-sociale-contracten @idee\n"
    )


def test_a_starred_entry_ends_its_title_with_a_star() -> None:
    assert one("Belangrijk", starred=True).startswith("[2026-11-01 09:30] Belangrijk *\n")


def test_a_body_line_that_looks_like_a_date_line_is_escaped() -> None:
    written = one("Titel\n[2020-01-01 10:00] geen nieuw stuk")
    assert f"\n{ZWSP}[2020-01-01 10:00] geen nieuw stuk\n" in written
    assert len(parse_text(written)) == 1


def test_a_title_ending_in_a_star_is_not_read_as_starred() -> None:
    [back] = parse_text(one("Dit is C*"))
    assert back.text == "Dit is C*" and not back.starred


def test_reading_undoes_the_escapes_and_the_tag_line() -> None:
    text = "Titel\n\n[2020-01-01 10:00] x\n  ingesprongen\nC*"
    [back] = parse_text(one(text, tags=["werk"]))
    assert back.text == text
    assert back.kind == "reflectie" and back.tags == ("werk",)


def test_a_starred_title_loses_its_stars_and_spaces_at_both_ends_as_in_jrnl() -> None:
    """jrnl (Entry._parse_text) strips `\\n *` off a starred title: its JSON says the same."""
    [back] = parse_text("[2026-11-29 21:00] *Gisteren met ster. *\n")
    assert back.starred and back.text == "Gisteren met ster."
    [from_json] = parse_json(
        json.dumps(
            {
                "entries": [
                    {
                        "title": "Gisteren met ster.",
                        "body": "",
                        "date": "2026-11-29",
                        "time": "21:00",
                        "starred": True,
                    }
                ]
            }
        )
    )
    assert from_json.text == back.text


def test_an_aandacht_note_carries_its_quote_before_the_note() -> None:
    written = format_entry(
        WHEN, "Dit herken ik.", "aandacht", ["klimaat"], quote="Politici en overheden\nfalen."
    )
    assert written == (
        "[2026-11-01 09:30] > Politici en overheden\n> falen.\n\nDit herken ik.\n\n"
        "@aandacht @klimaat\n"
    )
    [back] = parse_text(written)
    assert (back.kind, back.quote, back.text, back.tags) == (
        "aandacht",
        "Politici en overheden\nfalen.",
        "Dit herken ik.",
        ("klimaat",),
    )


def test_a_daily_answer_carries_its_question_first() -> None:
    written = format_entry(WHEN, "Mijn antwoord.", "dagvraag", question="Wat leerde je?")
    assert written.startswith("[2026-11-01 09:30] Vraag: Wat leerde je?\n")
    [back] = parse_text(written)
    assert (back.kind, back.question, back.text) == ("dagvraag", "Wat leerde je?", "Mijn antwoord.")
    english = format_entry(WHEN, "", "antwoord", question="Why?", language="en")
    [back] = parse_text(english)
    assert (back.kind, back.question, back.text) == ("antwoord", "Why?", "")


def test_a_note_that_starts_like_a_quote_without_one_comes_back_as_written() -> None:
    for kind, text in (("aandacht", "> geen citaat\n\nnoot"), ("dagvraag", "Vraag: eigen\n")):
        [back] = parse_text(format_entry(WHEN, text, kind))
        assert (back.text, back.quote, back.question) == (text, None, None)


def test_jrnls_own_default_time_format_is_read() -> None:
    content = "[2026-11-01 09:30:00 PM] Avond\nTekst @thuis\n\n[2026-11-02 07:05:00 AM] Ochtend *\n"
    evening, morning = parse_text(content)
    assert evening.date == datetime(2026, 11, 1, 21, 30)
    assert evening.text == "Avond\nTekst @thuis" and evening.tags == ("thuis",)
    assert morning.starred and morning.text == "Ochtend"


def test_a_tag_line_the_writer_typed_stays_in_the_text() -> None:
    [back] = parse_text("[2026-11-01 09:30] Wandeling\n\n@buiten @natuur\n")
    assert back.text == "Wandeling\n\n@buiten @natuur"
    assert back.tags == ("buiten", "natuur")


def test_a_bracket_line_that_is_no_date_is_body_text() -> None:
    [back] = parse_text("[2026-11-01 09:30] Titel\n[zie hierboven] meer\n")
    assert back.text == "Titel\n[zie hierboven] meer"


def test_jrnl_json_export_is_read() -> None:
    document = {
        "tags": {"@werk": 1},
        "entries": [
            {
                "title": "Eerste zin.",
                "body": "Meer @werk.",
                "date": "2026-11-01",
                "time": "09:30",
                "tags": ["@werk"],
                "starred": True,
            },
            {
                "title": "Alleen een titel",
                "body": "",
                "date": "2026-11-02",
                "time": "23:59",
                "tags": [],
                "starred": False,
            },
        ],
    }
    first, second = parse(json.dumps(document))
    assert (first.text, first.tags, first.starred) == ("Eerste zin.\nMeer @werk.", ("werk",), True)
    assert second.text == "Alleen een titel" and second.date == datetime(2026, 11, 2, 23, 59)


# --- refusing a bad file, with the place named ---------------------------------------------------


def refusal(content: str) -> str:
    with pytest.raises(UserInputError) as raised:
        parse(content)
    return raised.value.sentence()


def test_json_that_is_not_json_names_line_and_column() -> None:
    assert "regel 3, teken 1" in refusal('{\n "entries": [\n}')


def test_a_json_entry_without_a_date_names_the_field() -> None:
    content = json.dumps({"entries": [{"title": "a", "date": "2026-11-01"}, {"title": "b"}]})
    assert "entries[1].date" in refusal(content)


def test_a_json_entry_with_an_impossible_date_names_the_field() -> None:
    content = json.dumps({"entries": [{"title": "a", "date": "2026-02-30", "time": "10:00"}]})
    assert "entries[0].date" in refusal(content)


def test_json_without_entries_is_refused() -> None:
    assert "'entries'" in refusal('{"tags": {}}')


def test_text_with_an_impossible_date_line_names_the_line() -> None:
    content = "[2026-11-01 09:30] Goed\n\n[2026-13-45 10:00] Kapot\n"
    assert "Regel 3" in refusal(content)


def test_text_before_the_first_entry_names_the_line() -> None:
    assert "Regel 2" in refusal("\nlos\n[2026-11-01 09:30] Titel\n")


def test_a_file_without_entries_is_refused() -> None:
    assert "geen jrnl-stukken" in refusal("Gewoon een briefje.\n")


def test_an_empty_file_is_refused() -> None:
    assert "leeg" in refusal("  \n")


# --- round trips ---------------------------------------------------------------------------------


@given(st.lists(st.tuples(st.text(), st.booleans()), min_size=1, max_size=5))
def test_any_text_comes_back_exactly(items: list[tuple[str, bool]]) -> None:
    content = join_entries(one(text, starred=starred) for text, starred in items)
    back = parse_text(content)
    assert [(entry.text, entry.starred) for entry in back] == items
    assert all(entry.date == WHEN for entry in back)


@given(
    st.sampled_from(("aandacht", "dagvraag", "antwoord")),
    st.text(),
    st.one_of(st.none(), st.text(min_size=1)),
    st.booleans(),
)
def test_any_note_with_any_quote_or_question_comes_back_exactly(
    kind: str, text: str, context: str | None, starred: bool
) -> None:
    quote = context if kind == "aandacht" else None
    question = " ".join(context.split()) if context and kind != "aandacht" else None
    written = format_entry(WHEN, text, kind, starred=starred, quote=quote, question=question)
    [back] = parse_text(written)
    assert (back.kind, back.text, back.starred) == (kind, text, starred)
    assert (back.quote, back.question) == (quote, question or None)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0))
def test_any_text_survives_jrnls_json_view_of_it(text: str) -> None:
    """What jrnl's JSON export shows (title and body, stripped) still gives the text back."""
    chunk = one(text).split("] ", 1)[1].rstrip("\n")
    title, _, body = chunk.partition("\n")
    record = {"title": title.strip(), "body": body.strip(), "date": "2026-11-01", "time": "09:30"}
    [back] = parse_json(json.dumps({"entries": [record]}))
    assert back.text == text
