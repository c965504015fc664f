"""The library screen, driven with the keys a person presses."""

from __future__ import annotations

from pathlib import Path

from leeslamp.tui.screens.library import LibraryScreen
from leeslamp.tui.screens.problems import ProblemsScreen
from leeslamp.tui.screens.reader.screen import ReaderScreen
from leeslamp.tui.screens.today import TodayScreen
from leeslamp.tui.widgets.article_list import ArticleList
from tui_factory import SIZE, make_app, open_library, screen_text, settle, shown_text, write_article


def shown_ids(app) -> list[str]:
    return [option.id for option in app.screen.query_one(ArticleList).options]


async def test_library_lists_every_article_with_author_date_kind_and_disciplines(
    private_home: Path,
) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await settle(pilot)
        text = shown_text(app)
        assert isinstance(app.screen, LibraryScreen)
        assert "Leren in teams" in text and "Systemisch werken" in text
        assert "Bob Jansen · 2021 · boekentip" in text
        assert "Chris Peters · 15 februari 2022 · interview" in text
        assert "teamleren, systeemdenken" in text
        assert "3 van 3 artikelen" in text


async def test_a_fragment_is_marked_in_the_list(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await settle(pilot)
        assert "Leren in teams  [fragment]" in shown_text(app)


async def test_typing_filters_by_title_without_minding_accents(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await pilot.press("slash", *"cooperatie")  # c alone is the app's key for Opdrachten
        await settle(pilot)
        assert shown_ids(app) == ["cooperatie"]
        assert "1 van 3 artikelen" in shown_text(app)


async def test_every_letter_typed_on_the_list_goes_into_the_filter(private_home: Path) -> None:
    """Type to filter means every letter, the app's own (h, l, d, z, c) too, and none is lost
    when typed fast: 'hybride' filters rather than jumping to Vandaag on its h."""
    from leeslamp.tui.widgets.article_list import ArticleList

    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        for word in ("hybride", "facil", "dzcl"):
            await pilot.press(*word)  # no pause between the letters
            await settle(pilot)
            assert isinstance(app.screen, LibraryScreen), word
            assert app.screen.query_one("#filter").value == word
            await pilot.press("escape")  # clears the filter, back on the list
            await settle(pilot)
            assert isinstance(app.focused, ArticleList)
        footer = screen_text(app).splitlines()[-1]
        assert "h Vandaag" not in footer  # h types here, so it is not offered
        assert "esc Terug" in footer
        await pilot.press("escape")  # with no filter: back where we came from
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)


async def test_the_app_wide_letters_still_work_on_vandaag(private_home: Path) -> None:
    from leeslamp.tui.screens.search import SearchScreen

    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("z")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)


async def test_filter_finds_discipline_theme_and_author(private_home: Path) -> None:
    """What matches what is test_tui_describe.py's (`matches`); here: the list follows it."""
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        for query, expected in [("mentale", ["systemen"]), ("peters", ["cooperatie"])]:
            await pilot.press(*query)
            await settle(pilot)
            assert shown_ids(app) == expected, query
            await pilot.press("escape")  # clears the filter


async def test_no_match_says_so_and_escape_clears_the_filter(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await pilot.press(*"xyz")
        await settle(pilot)
        assert "Geen artikel past bij “xyz”" in shown_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert len(shown_ids(app)) == 3
        assert isinstance(app.focused, ArticleList)


async def test_enter_opens_the_highlighted_article_and_escape_comes_back(
    private_home: Path,
) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.id == second_article_id(app)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)


def second_article_id(app) -> str:
    """The second article in library order (the test pressed down once)."""
    return app.context.library().articles[1].id


async def test_enter_in_the_filter_opens_the_first_match(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await pilot.press(*"boekentip", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.id == "systemen"


async def test_going_back_to_an_article_reuses_its_reader(private_home: Path) -> None:
    """Recently read articles stay alive: no second mount of the same document."""
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await pilot.press("enter")
        await settle(pilot)
        first = app.screen
        await pilot.press("escape", "enter")
        await settle(pilot)
        assert app.screen is first


async def test_broken_files_are_skipped_and_named_with_their_problem(
    private_home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    write_article(folder, "goed", "Een goed artikel")
    (folder / "kapot.md").write_text("---\ntitle: [open\n---\ntekst\n", encoding="utf-8")
    (folder / "geen-titel.md").write_text("---\nauthor: X\n---\ntekst\n", encoding="utf-8")
    (folder / "latin1.md").write_bytes("---\ntitle: caf\xe9\n---\n".encode("latin-1"))
    app = make_app(private_home, extra_dirs=(folder,))
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await settle(pilot)
        assert "goed" in shown_ids(app)
        assert "3 bestanden overgeslagen" in shown_text(app)
        await pilot.press("exclamation_mark")
        await settle(pilot)
        assert isinstance(app.screen, ProblemsScreen)
        shown = [str(line.content) for line in app.screen.query(".problem")]
        assert len(shown) == 3
        for name, problem in [
            ("geen-titel.md", "regel 1: het veld 'title' ontbreekt"),
            ("kapot.md", "regel 2: de front matter is geen geldige YAML"),
            ("latin1.md", "geen UTF-8-tekst"),
        ]:
            assert any(str(folder / name) in line and problem in line for line in shown)
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)
    assert app.return_code in (0, None)


async def test_library_fits_in_80_by_24(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_library(pilot)
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert len(lines) == 24
        assert "Coöperatie in de zorg" in "\n".join(lines)
        assert "Terug" in lines[-1] and "Hulp" in lines[-1]


async def test_every_skipped_file_can_be_scrolled_to_at_80_by_24(
    private_home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "kapot"
    for number in range(1, 12):
        (folder / f"kapot-{number:02}.md").parent.mkdir(exist_ok=True)
        (folder / f"kapot-{number:02}.md").write_text("---\nauthor: X\n---\n", encoding="utf-8")
    app = make_app(private_home, extra_dirs=(folder,))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_library(pilot)
        await pilot.press("exclamation_mark")
        await settle(pilot)
        await pilot.press("end")
        await settle(pilot)
        lines = screen_text(app).splitlines()
        last = [i for i, line in enumerate(lines) if "kapot-11.md" in line]
        assert last and any("╰" in line for line in lines[last[-1] + 1 :]), "\n".join(lines)


async def test_help_on_the_library_says_letters_filter_here(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert "Hier gaat elke letter naar het filter" in shown_text(app)
