"""The dialogue map (issue 15, §3): the passages a group noted, overlapping notes as one
passage, counted by readers, most-noted first; found again in the coach's current text."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from leeslamp.assignments import build_bundle, bundle_json, new_assignment, overview_markdown
from leeslamp.assignments.dialogue import SharedNote, level, passages, with_dialogue
from leeslamp.assignments.overview import build_overview
from leeslamp.assignments.shared_notes import BundleNote
from leeslamp.journal import Entry
from leeslamp.library.articles import load_library
from leeslamp.notes.anchoring import make_anchor

ARTICLE = "verbroken-sociale-contracten"
TEXT = (
    "Eerste alinea over contracten. Een tweede zin die raakt. Een derde zin.\n\n"
    "Tweede alinea over dialoog. Nog een zin hier."
)
SENTENCE = "Een tweede zin die raakt."
PARAGRAPH = "Eerste alinea over contracten. Een tweede zin die raakt. Een derde zin."


def note(reader: str, quote: str, text: str = "", *, source: str = TEXT, at: int = 0) -> SharedNote:
    start = source.index(quote, at)
    anchor = make_anchor(source, start, start + len(quote))
    return SharedNote(reader, reader.title(), BundleNote(ARTICLE, anchor, text, "2026-12-09"))


def test_a_sentence_and_the_paragraph_around_it_are_one_passage_counted_by_readers() -> None:
    notes = [
        note("bram", "Nog een zin hier.", "Later."),
        note("anna", SENTENCE, "Dit raakt me."),
        note("carla", PARAGRAPH, "De hele alinea."),
        note("anna", "Een derde zin.", ""),  # anna again: still one reader
    ]
    found = passages(notes, {ARTICLE: TEXT}, [ARTICLE])
    assert [(p.quote, p.readers) for p in found] == [(PARAGRAPH, 2), ("Nog een zin hier.", 1)]
    assert [(n.reader, n.text) for n in found[0].notes] == [
        ("Carla", "De hele alinea."),
        ("Anna", "Dit raakt me."),
    ]
    assert found[0].to_dict() == {
        "article": ARTICLE,
        "quote": PARAGRAPH,
        "readers": 2,
        "notes": [
            {"reader": "Carla", "text": "De hele alinea."},
            {"reader": "Anna", "text": "Dit raakt me."},
        ],
    }


def test_a_note_on_an_older_text_is_found_again_in_the_coachs_text() -> None:
    older = "Een inleiding die later wegviel.\n\n" + TEXT.replace("raakt", "raakte")
    notes = [
        note("anna", "Een tweede zin die raakte.", "oud", source=older),
        note("bram", SENTENCE, "nieuw"),
    ]
    [passage] = passages(notes, {ARTICLE: TEXT}, [ARTICLE])
    assert passage.quote == SENTENCE and passage.readers == 2
    assert passage.span == (TEXT.index(SENTENCE), TEXT.index(SENTENCE) + len(SENTENCE))


def test_without_the_article_notes_on_the_same_text_still_meet_by_their_offsets() -> None:
    notes = [note("anna", SENTENCE), note("bram", "raakt. Een derde")]
    [passage] = passages(notes, {}, [ARTICLE])
    assert passage.quote == "Een tweede zin die raakt. Een derde" and passage.readers == 2


def test_a_passage_gone_from_the_article_is_shown_last_with_its_quote() -> None:
    gone = "Deze zin staat nergens meer, ook niet een beetje anders."
    source = TEXT + "\n\n" + gone
    notes = [note("anna", gone, "weg", source=source), note("bram", SENTENCE)]
    found = passages(notes, {ARTICLE: TEXT}, [ARTICLE])
    assert [(p.quote, p.span is None) for p in found] == [(SENTENCE, False), (gone, True)]


def test_the_margin_mark_grows_with_the_share_of_the_group() -> None:
    assert [level(n, 5) for n in range(1, 6)] == ["▁", "▃", "▅", "▇", "▇"]
    assert level(1, 1) == "▁" and level(2, 2) == "▇"


# --- properties -----------------------------------------------------------------------------

WORDS = st.lists(st.sampled_from(["de", "het", "een", "raakt", "zin", "team", "."]), min_size=5)


@st.composite
def group_notes(draw: st.DrawFn) -> tuple[str, list[SharedNote]]:
    text = " ".join(draw(WORDS))
    spans = draw(
        st.lists(
            st.tuples(st.integers(0, len(text) - 1), st.integers(1, 40), st.sampled_from("abcd")),
            min_size=1,
            max_size=12,
        )
    )
    notes = []
    for start, length, reader in spans:
        anchor = make_anchor(text, start, min(len(text), start + length))
        notes.append(SharedNote(reader, reader, BundleNote(ARTICLE, anchor, reader, "2026")))
    return text, notes


@settings(max_examples=60, deadline=None)
@given(group_notes())
def test_every_note_lands_in_exactly_one_passage_and_passages_do_not_overlap(
    case: tuple[str, list[SharedNote]],
) -> None:
    text, notes = case
    found = passages(notes, {ARTICLE: text}, [ARTICLE])
    spans = [p.span for p in found]
    assert all(span is not None for span in spans)  # the text is the one they were made on
    ordered = sorted(spans)  # type: ignore[type-var]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ordered))
    for passage in found:
        start, end = passage.span  # type: ignore[misc]
        assert passage.quote == text[start:end]
        inside = [n for n in notes if start <= n.note.anchor.start < end]
        assert all(n.note.anchor.end <= end for n in inside)
        assert passage.readers == len({n.reader for n in inside})
        assert len(passage.notes) == len(inside)
    assert sum(len(p.notes) for p in found) == len(notes)
    counts = [p.readers for p in found]
    assert counts == sorted(counts, reverse=True)  # most-noted first


@settings(max_examples=40, deadline=None)
@given(group_notes())
def test_without_the_text_the_same_passages_are_made(case: tuple[str, list[SharedNote]]) -> None:
    text, notes = case
    with_text = passages(notes, {ARTICLE: text}, [ARTICLE])
    without = passages(notes, {}, [ARTICLE])
    assert [(p.quote, p.readers, p.span) for p in with_text] == [
        (p.quote, p.readers, p.span) for p in without
    ]


# --- through the overview and the command line ------------------------------------------

WEEK = new_assignment(title="Week 49", coach="Marieke", items=[(ARTICLE, ["Welk contract?"])])


def bundle_with_notes(folder: Path, reader: str, quotes: dict[str, str]) -> Path:
    text = load_library([]).get(ARTICLE).plain_text
    stamp = "2026-12-09T08:00:00+00:00"
    entries = []
    for index, (quote, words) in enumerate(quotes.items()):
        anchor = make_anchor(text, text.index(quote), text.index(quote) + len(quote))
        entries.append(
            Entry(
                id=f"{reader}-{index}",
                kind="aandacht",
                text=words,
                created=stamp,
                updated=stamp,
                article=ARTICLE,
                anchor=anchor.to_dict(),
            )
        )
    other = make_anchor("Iets anders.", 0, 5)
    stray = Entry(id="x", kind="aandacht", text="STRAY", created=stamp, updated=stamp,
                  article="het-leren-faciliteren", anchor=other.to_dict())  # fmt: skip
    answer = Entry(id=f"{reader}-a", kind="antwoord", text="ja", created=stamp, updated=stamp)
    document = build_bundle(
        WEEK, {1: answer}, reader=reader, reader_id=f"id-{reader}",
        exported=datetime(2026, 12, 10, 8, 0, tzinfo=UTC),
        notes=[*entries, stray],  # a stray note on another article: the coach ignores it
    )  # fmt: skip
    path = folder / f"{reader}.json"
    path.write_text(bundle_json(document), encoding="utf-8")
    return path


LUISTEREN = "Politici en overheden luisteren toch niet."
ZIN = "Dat is zo’n voorbeeld van een sociaal contract dat onder druk staat"


def group(folder: Path) -> list[Path]:
    return [
        bundle_with_notes(folder, "Anna", {LUISTEREN: "Herkenbaar [b]vet[/b]."}),
        bundle_with_notes(folder, "Bram", {LUISTEREN + " " + ZIN: "Dit is de kern."}),
        bundle_with_notes(folder, "Carla", {"angst en onverdraagzaamheid": ""}),
    ]


def test_the_overview_report_and_json_carry_the_dialogue_map(tmp_path: Path) -> None:
    library = load_library([])
    overview = with_dialogue(build_overview(group(tmp_path)), library.find)
    data = overview.to_dict()["passages"]
    assert [(p["quote"], p["readers"]) for p in data] == [
        (LUISTEREN + " " + ZIN, 2),
        ("angst en onverdraagzaamheid", 1),
    ]
    assert data[0]["notes"] == [
        {"reader": "Anna", "text": "Herkenbaar [b]vet[/b]."},
        {"reader": "Bram", "text": "Dit is de kern."},
    ]
    assert data[1]["notes"] == []  # marked without words: counted, nothing to list
    assert all(p["article"] == ARTICLE for p in data)
    report = overview_markdown(overview)
    section = report.split("## Dialoogkaart")[1]
    assert "### Verbroken sociale contracten" in section  # the title from the coach's library
    assert "> Politici en overheden" in section and "_2 lezers_" in section
    assert "- **Anna**: Herkenbaar \\[b\\]vet\\[/b\\]." in section
    assert "STRAY" not in report


def test_opdracht_overzicht_prints_the_dialogue_map_and_its_json(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    files = group(tmp_path)
    shown = run("opdracht", "overzicht", *files)
    assert shown.code == 0, shown.err
    lines = shown.out.split("Dialoogkaart")[1].splitlines()
    assert f"  ▅ 2 lezers: “{LUISTEREN} {ZIN}”" in lines
    assert "      Bram: Dit is de kern." in lines
    assert "  ▁ 1 lezer: “angst en onverdraagzaamheid”" in lines
    record = json.loads(run("opdracht", "overzicht", "--json", *files).out)
    assert record["passages"][0]["readers"] == 2
    report = tmp_path / "rapport.md"
    assert run("opdracht", "overzicht", "-o", report, *files).code == 0
    assert "## Dialoogkaart" in report.read_text("utf-8")
