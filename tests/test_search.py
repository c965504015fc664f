"""Search: accents and case ignored, every word must match, phrases, filters, spans to highlight."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from leeslamp.journal.models import Entry
from leeslamp.journal.search import (
    Filters,
    SearchIndex,
    excerpt,
    fold,
    fold_with_map,
    match_spans,
    parse_query,
    search,
)


def entry(text: str, created: str = "2026-11-01T09:00:00+01:00", **fields: object) -> Entry:
    fields.setdefault("id", f"id-{abs(hash((text, created)))}")
    return Entry(
        kind=fields.pop("kind", "reflectie"),  # type: ignore[arg-type]
        text=text,
        created=created,
        updated=created,
        **fields,  # type: ignore[arg-type]
    )


def found_texts(entries: list[Entry], query: str, filters: Filters | None = None) -> list[str]:
    return [hit.entry.text for hit in search(entries, query, filters)]


def highlighted(text: str, query: str) -> list[str]:
    return [text[start:end] for start, end in match_spans(text, parse_query(query))]


# --- accents, case, words, phrases -------------------------------------------------------------


def test_a_word_without_accents_finds_the_accented_word() -> None:
    entries = [entry("Ik zag maar één ding."), entry("Niets hier.")]
    assert found_texts(entries, "een") == ["Ik zag maar één ding."]


def test_creeer_finds_creeer_with_a_trema() -> None:
    assert found_texts([entry("Creëer ruimte voor twijfel.")], "creeer") == [
        "Creëer ruimte voor twijfel."
    ]


def test_an_accented_query_finds_the_plain_word_too() -> None:
    assert found_texts([entry("Een kwestie van vertrouwen.")], "één") == [
        "Een kwestie van vertrouwen."
    ]


def test_decomposed_accents_in_the_text_are_found_and_highlighted_whole() -> None:
    text = "Cre\u0065\u0308er het."  # e + combining diaeresis, as some keyboards send it
    assert highlighted(text, "creeer") == ["Cre\u0065\u0308er"]


def test_every_word_must_match_somewhere() -> None:
    entries = [entry("Vertrouwen groeit langzaam."), entry("Vertrouwen is snel weg.")]
    assert found_texts(entries, "vertrouwen langzaam") == ["Vertrouwen groeit langzaam."]


def test_words_match_inside_longer_words_so_results_follow_typing() -> None:
    assert found_texts([entry("Psychologische veiligheid")], "veilig psych")


def test_a_phrase_in_quotes_must_appear_as_written() -> None:
    entries = [entry("de lerende organisatie"), entry("organisatie die lerende is")]
    assert found_texts(entries, '"lerende organisatie"') == ["de lerende organisatie"]


def test_a_phrase_matches_across_a_line_break() -> None:
    assert found_texts([entry("de lerende\norganisatie")], '"lerende organisatie"')


def test_a_half_typed_phrase_already_searches() -> None:
    assert parse_query('team "lerende organ') == ("team", "lerende organ")


def test_an_empty_query_lists_everything_newest_first() -> None:
    old = entry("oud", "2026-10-01T09:00:00+02:00")
    new = entry("nieuw", "2026-11-01T09:00:00+01:00")
    assert found_texts([old, new], "") == ["nieuw", "oud"]


def test_results_are_newest_first_across_time_zones() -> None:
    summer = entry("zomer", "2026-07-01T09:00:00+02:00")
    winter = entry("winter", "2026-12-01T08:00:00+01:00")
    assert found_texts([summer, winter], "") == ["winter", "zomer"]


# --- what is searched --------------------------------------------------------------------------


def test_an_aandacht_quote_is_searched_and_its_span_is_in_the_quote() -> None:
    note = entry(
        "Dit raakt me.",
        kind="aandacht",
        anchor={"quote": "Angst is een slechte raadgever", "state": "exact"},
    )
    [hit] = search([note], "raadgever")
    assert hit.spans_in("quote") == [(21, 30)]
    assert hit.spans_in("text") == []


def test_the_daily_question_is_searched() -> None:
    answer = entry(
        "Gisteren, in het overleg.",
        kind="dagvraag",
        prompt={"id": "p1", "text": "Wanneer leerde je iets van een fout?"},
    )
    assert found_texts([answer], "fout")


def test_an_assignment_question_is_searched() -> None:
    answer = entry(
        "Door te luisteren.",
        kind="antwoord",
        assignment={"id": "a1", "prompt": "Hoe bouw je vertrouwen?"},
    )
    assert found_texts([answer], "vertrouwen luisteren")


def test_a_phrase_never_spans_two_fields() -> None:
    note = entry("raadgever", kind="aandacht", anchor={"quote": "angst"})
    assert not found_texts([note], '"angst raadgever"')
    assert not found_texts([note], '"raadgever angst"')


# --- spans -------------------------------------------------------------------------------------


def test_spans_point_at_the_original_accented_text() -> None:
    text = "Eén ding: ÉÉN keer creëer je het."
    assert highlighted(text, "een creeer") == ["Eén", "ÉÉN", "creëer"]


def test_overlapping_matches_merge_into_one_span() -> None:
    assert highlighted("leiderschap", "leider derschap") == ["leiderschap"]


def test_a_letter_that_folds_to_two_keeps_whole() -> None:
    assert highlighted("Straße", "strasse") == ["Straße"]


@given(st.text())
def test_fold_and_fold_with_map_agree(text: str) -> None:
    folded, origin = fold_with_map(text)
    assert folded == fold(text)
    assert len(origin) == len(folded) + 1
    assert origin == sorted(origin)


@given(st.text(min_size=1), st.text(min_size=1, max_size=5))
def test_every_span_folds_back_to_contain_the_term(text: str, word: str) -> None:
    term = fold(word).strip()
    for start, end in match_spans(text, [term] if term else []):
        assert term in fold(text[start:end])


# --- filters -----------------------------------------------------------------------------------


def test_filter_by_article_kind_and_tag() -> None:
    entries = [
        entry("a", article="verbroken-sociale-contracten", tags=("Werk",)),
        entry("b", article="verbroken-sociale-contracten", kind="aandacht"),
        entry("c", tags=("werk",)),
    ]
    assert found_texts(entries, "", Filters(article="verbroken-sociale-contracten")) == ["a", "b"]
    assert found_texts(entries, "", Filters(kind="aandacht")) == ["b"]
    assert sorted(found_texts(entries, "", Filters(tag="werk"))) == ["a", "c"]


def test_an_old_daily_answer_is_about_the_article_of_its_question() -> None:
    """Answers saved before they kept their question's article are found by the prompt id."""
    old = entry("oud", kind="dagvraag", prompt={"id": "vsc-1", "text": "?"})
    other = entry("ander", kind="dagvraag", prompt={"id": "los-1", "text": "?"})
    filters = Filters(article="verbroken-sociale-contracten", article_prompts=frozenset({"vsc-1"}))
    assert found_texts([old, other], "", filters) == ["oud"]


def test_a_tag_filter_ignores_accents_case_and_a_leading_at() -> None:
    assert found_texts([entry("x", tags=("Idée",))], "", Filters(tag="@idee")) == ["x"]


def test_date_range_is_inclusive_on_the_day_it_was_written() -> None:
    entries = [
        entry("31 okt", "2026-10-31T23:30:00+01:00"),
        entry("1 nov", "2026-11-01T00:10:00+01:00"),
        entry("2 nov", "2026-11-02T23:59:00+01:00"),
        entry("3 nov", "2026-11-03T00:00:00+01:00"),
    ]
    window = Filters(since=date(2026, 11, 1), until=date(2026, 11, 2))
    assert found_texts(entries, "", window) == ["2 nov", "1 nov"]


def test_filters_admit_on_their_own() -> None:
    assert Filters(kind="reflectie").admits(entry("x"))
    assert not Filters(until=date(2026, 1, 1)).admits(entry("x"))


# --- the index a screen keeps ------------------------------------------------------------------


def test_the_index_follows_added_changed_and_removed_entries() -> None:
    first = entry("eerste gedachte", id="e1")
    index = SearchIndex([first])
    index.add(entry("tweede gedachte", id="e2"))
    index.add(entry("eerste idee, herschreven", id="e1"))
    assert [hit.entry.id for hit in index.search("gedachte")] == ["e2"]
    index.remove("e2")
    assert index.search("gedachte").total == 0
    assert len(index) == 1


def test_a_limit_returns_the_newest_hits_and_counts_all() -> None:
    entries = [entry(f"notitie {day}", f"2026-11-{day:02d}T09:00:00+01:00") for day in range(1, 21)]
    results = SearchIndex(entries).search("notitie", limit=3)
    assert [hit.entry.text for hit in results] == ["notitie 20", "notitie 19", "notitie 18"]
    assert results.total == 20


# --- a line to show ----------------------------------------------------------------------------


def test_excerpt_shows_the_matching_line_with_local_spans() -> None:
    text = "Eerste regel.\nHier staat één woord.\nLaatste."
    line, spans = excerpt(text, match_spans(text, ["een"]))
    assert line == "Hier staat één woord."
    assert [line[a:b] for a, b in spans] == ["één"]


def test_excerpt_cuts_a_long_line_around_the_match() -> None:
    text = "woord " * 40 + "VONDST " + "woord " * 40
    line, spans = excerpt(text, match_spans(text, ["vondst"]), width=40)
    assert line.startswith("…") and line.endswith("…")
    assert [line[a:b] for a, b in spans] == ["VONDST"]
    assert len(line) <= 42


@given(st.text())
def test_the_offset_shortcut_gives_the_same_map(text: str) -> None:
    """match_spans skips building the offset map when folding kept every offset."""
    from leeslamp.journal.search import _folded_for_spans

    folded, origin = fold_with_map(text)
    quick_folded, quick_origin = _folded_for_spans(text)
    assert (quick_folded, list(quick_origin)) == (folded, origin)
