"""The block↔widget mapping: every plain-text block finds its rendered widget, and a span of
plain text lands on the same words in the rendered text."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leeslamp.library.article_text import fold, split_sentences
from leeslamp.library.articles import load_library
from leeslamp.tui.screens.reader.passage_cursor import choices
from leeslamp.tui.screens.reader.passages import OffsetMap, pair_blocks
from tui_factory import SIZE, make_app, settle, write_article

BUNDLED = [article.id for article in load_library([], missing_ok=[]).articles]


def test_all_six_bundled_articles_are_known() -> None:
    assert len(BUNDLED) == 6


@pytest.mark.parametrize("article_id", BUNDLED)
async def test_every_block_of_a_bundled_article_maps_to_its_widget(
    private_home: Path, article_id: str
) -> None:
    app = make_app(private_home, article_id=article_id, bundled=True, samples=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        article = reader.article
        placed = reader.attention.passages.placed
        assert all(p is not None for p in placed)
        assert len(placed) == len(article.blocks)
        for block, (start, end), p in zip(
            article.blocks, reader.attention.passages.bounds, placed, strict=True
        ):
            assert article.plain_text[start:end] == block.text
            rendered = p.widget.content.plain
            for local_start, local_end in split_sentences(block.text):
                begin, stop = p.offsets.span(local_start, local_end)
                assert fold(rendered[begin:stop]) == block.text[local_start:local_end]


async def test_markdown_the_renderer_shows_differently_still_maps(private_home: Path) -> None:
    """Soft and hard breaks, inline code with runs of spaces, decomposed accents, a link, and
    ~~strikethrough~~ (plain text keeps the tildes, the screen does not)."""
    body = (
        "Eerste zin met een\nzachte breuk. Tweede zin met een harde  \nbreuk.\n\n"
        "Code `a   b` in de tekst. En een [link](https://example.org) erna.\n\n"
        + unicodedata.normalize("NFD", "Café en coöperatie. Daarna iets anders.")
        + "\n\nDit is ~~weg~~ oud. Nieuwe zin hier.\n"
    )
    write_article(private_home / "articles", "anders", "Anders", body)
    app = make_app(private_home, article_id="anders")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        for block, p in zip(reader.article.blocks, reader.attention.passages.placed, strict=True):
            assert p is not None
            rendered = p.widget.content.plain
            for local_start, local_end in split_sentences(block.text):
                begin, stop = p.offsets.span(local_start, local_end)
                sentence = block.text[local_start:local_end].replace("~~", "")
                assert fold(unicodedata.normalize("NFC", rendered[begin:stop])) == sentence


def test_identical_texts_map_one_to_one() -> None:
    offsets = OffsetMap("Een zin. Nog een.", "Een zin. Nog een.")
    assert offsets.identity and offsets.span(4, 8) == (4, 8)


def test_a_newline_for_a_space_keeps_the_words() -> None:
    plain, rendered = "harde breuk hier", "harde\nbreuk hier"
    begin, stop = OffsetMap(plain, rendered).span(6, 11)
    assert rendered[begin:stop] == "breuk"


def test_decomposed_accents_are_taken_whole() -> None:
    plain = "Café open. Daarna."
    rendered = unicodedata.normalize("NFD", plain)
    begin, stop = OffsetMap(plain, rendered).span(0, 10)
    assert unicodedata.normalize("NFC", rendered[begin:stop]) == "Café open."


words = st.text(alphabet="abcdeéëz’", min_size=1, max_size=8)


@given(st.lists(words, min_size=2, max_size=12), st.data())
def test_any_span_of_words_lands_on_the_same_words(parts: list[str], data) -> None:
    """Rendered text that differs in whitespace and normal form still maps word for word."""
    plain = " ".join(parts)
    separators = data.draw(
        st.lists(
            st.sampled_from([" ", "  ", "\n"]), min_size=len(parts) - 1, max_size=len(parts) - 1
        )
    )
    rendered = parts[0] + "".join(
        sep + part for sep, part in zip(separators, parts[1:], strict=True)
    )
    rendered = unicodedata.normalize(data.draw(st.sampled_from(["NFC", "NFD"])), rendered)
    first = data.draw(st.integers(0, len(parts) - 1))
    last = data.draw(st.integers(first, len(parts) - 1))
    start = len(" ".join(parts[:first])) + (1 if first else 0)
    end = len(" ".join(parts[: last + 1]))
    begin, stop = OffsetMap(plain, rendered).span(start, end)
    shown = fold(unicodedata.normalize("NFC", rendered[begin:stop]))
    assert shown == plain[start:end]


def test_pairing_skips_a_widget_without_a_block_and_a_block_without_a_widget() -> None:
    blocks = ["Een.", "Tabel | met | pijpen", "Twee.", "Drie."]
    rendered = ["Een.", "", "Twee.", "Drie."]  # an empty paragraph; the table is not here
    assert pair_blocks(blocks, rendered) == [0, None, 2, 3]


def test_blocks_past_the_mounted_widgets_have_none_yet() -> None:
    assert pair_blocks(["Een.", "Twee.", "Drie."], ["Een."]) == [0, None, None]


def test_a_slightly_different_rendering_still_pairs() -> None:
    assert pair_blocks(["Met ~~streep~~ erin."], ["Met streep erin."]) == [0]


def test_cursor_choices_are_the_whole_block_then_each_sentence() -> None:
    text = "Eerste zin. Tweede zin."
    assert choices(text) == ((0, len(text)), (0, 11), (12, 23))
    assert choices("Maar één zin.") == ((0, 13),)


def test_a_control_maps_onto_the_way_the_reader_shows_it() -> None:
    """Exactly, also where the letters around it are in `<U+202E>` too (difflib alone gave
    "<U+20" for the control and "E>2E" for the E)."""
    plain = "U\u202e2E"
    rendered = "U<U+202E>2E"
    offsets = OffsetMap(plain, rendered)
    shown = [rendered[slice(*offsets.span(at, at + 1))] for at in range(len(plain))]
    assert shown == ["U", "<U+202E>", "2", "E"]
    folded = OffsetMap("Zo \u202eevil. Daarna.", "Zo <U+202E>evil.\nDaarna.")  # and a new line
    assert folded.span(3, 9) == (3, 16) and folded.span(10, 17) == (17, 24)


async def test_the_reader_shows_a_bidi_control_as_the_command_line_does(
    private_home: Path,
) -> None:
    """U+202E (it reverses what follows) is shown as `<U+202E>`, not as `�`; the passage
    cursor takes it whole, and the note keeps the article's own text."""
    from attention_helpers import aandacht_entries, marked
    from leeslamp.tui.screens.reader.attention import STYLES
    from leeslamp.tui.screens.reader.passages import text_widgets

    body = "Eerste alinea.\n\nZo \u202eevil\u2066 hier. Tweede zin.\n"
    write_article(private_home / "articles", "bidi", "Bidi", body)
    app = make_app(private_home, article_id="bidi")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        texts = [widget.content.plain for widget in text_widgets(reader.document)]
        assert texts == ["Eerste alinea.", "Zo <U+202E>evil<U+2066> hier. Tweede zin."]
        await pilot.press("m", "down", "right")  # the second paragraph's first sentence
        assert marked(reader, STYLES["cursor"]) == ["Zo <U+202E>evil<U+2066> hier."]
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert marked(reader) == ["Zo <U+202E>evil<U+2066> hier."]
    app.journal_link.close()
    [entry] = aandacht_entries(private_home)
    assert entry.anchor["quote"] == "Zo \u202eevil\u2066 hier."
