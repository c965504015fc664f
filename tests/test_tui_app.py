"""App-wide behaviour: help, language, command palette, failures, the journal in use or broken."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from leeslamp import i18n
from leeslamp.core.errors import JournalUnreadable
from leeslamp.journal import Journal
from leeslamp.tui.app import LeeslampApp
from leeslamp.tui.bindings import in_current_language
from leeslamp.tui.screens.choice import ChoiceScreen
from leeslamp.tui.screens.help import HelpScreen
from leeslamp.tui.screens.library import LibraryScreen
from leeslamp.tui.screens.reader.screen import ReaderScreen
from leeslamp.tui.screens.today import TodayScreen
from tui_factory import (
    SIZE,
    make_app,
    open_library,
    screen_text,
    settle,
    shown_text,
    wait_for,
    wait_for_palette,
)


def descriptions(bindings) -> set[str]:
    return {b.description for b in in_current_language(bindings) if b.description}


async def test_help_lists_every_key_of_the_library_and_the_app(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = shown_text(app)
        for description in descriptions(LibraryScreen.BINDINGS) | descriptions(
            LeeslampApp.BINDINGS
        ):
            assert description in text
        assert "Op dit scherm: Bibliotheek" in text


async def test_f1_opens_help_for_the_reader_and_escape_closes_it(private_home: Path) -> None:
    app = make_app(private_home, article_id="systemen")
    async with app.run_test(size=(100, 60)) as pilot:  # tall enough for every row at once
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        text = shown_text(app)
        for description in descriptions(ReaderScreen.BINDINGS):
            assert description in text
        assert "spatie / PgDn" in text and "j / ↓" in text  # keys of one action, together
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_switching_language_relabels_the_screen_and_footer(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_library(pilot)
        assert "Bibliotheek" in screen_text(app)
        await pilot.press("ctrl+t")
        await settle(pilot)
        text = screen_text(app)
        assert "leeslamp · Library" in text and "3 of 3 articles" in text
        assert "Type to filter" in text
        footer = text.splitlines()[-1]
        assert "Read" in footer and "Help" in footer and "Hulp" not in footer
        assert "Bob Jansen · 2021 · book tip" in text


async def test_the_language_choice_is_saved(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+t")
        await settle(pilot)
    saved = tomllib.loads((private_home / "settings.toml").read_text(encoding="utf-8"))
    assert saved["language"] == "en"


async def test_switching_back_to_dutch_in_the_reader(private_home: Path) -> None:
    app = make_app(private_home, article_id="teams-leren", language="en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "This is a fragment" in screen_text(app)
        await pilot.press("ctrl+t")
        await settle(pilot)
        text = screen_text(app)
        assert "Dit is een fragment" in text
        assert "Terug" in text.splitlines()[-1]
        assert i18n.language() == "nl"


async def test_taal_en_starts_in_english(private_home: Path) -> None:
    app = make_app(private_home, language="en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = shown_text(app)
        assert "Write" in text and "Help" in text and "Schrijven" not in text


async def test_command_palette_opens_any_article(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"systemisch")
        await wait_for_palette(pilot, "Systemisch werken")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.id == "systemen"


async def test_command_palette_goes_back_to_the_library(private_home: Path) -> None:
    app = make_app(private_home, article_id="systemen")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"bibliotheek")
        await wait_for_palette(pilot, "bibliotheek")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)


async def test_a_failing_worker_becomes_a_sentence(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)

        def broken() -> None:
            raise RuntimeError("kapot")

        app.run_worker(broken, thread=True, exit_on_error=False)
        await settle(pilot, failures_expected=True)
        assert "onze fout" in shown_text(app)
        assert app.is_running


async def test_a_settings_file_that_cannot_be_written_is_a_notice(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from leeslamp.core import settings

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings, "save", full_disk)
    app = make_app(private_home)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("ctrl+t")
        await settle(pilot, failures_expected=True)

        def said() -> bool:
            """the notice is shown"""
            return "Your language choice was not saved (the disk" in shown_text(app)

        await wait_for(pilot, said)


async def test_a_journal_in_use_offers_read_only(private_home: Path) -> None:
    app = make_app(private_home)
    with Journal.open(app.context.paths):  # another leeslamp holds the lock
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await settle(pilot)
            assert isinstance(app.screen, ChoiceScreen)
            assert "al open in een andere leeslamp" in shown_text(app)
            await pilot.press("r")
            await settle(pilot)
            assert isinstance(app.screen, TodayScreen)
            assert app.journal_link.journal is not None
            assert app.journal_link.journal.read_only
            said = [notification.message for notification in app._notifications]
            assert said == ["Alleen-lezen: je kunt lezen, maar niets bewaren."]
        app.journal_link.close()


async def test_a_journal_in_use_and_stop_ends_with_the_sentence(private_home: Path) -> None:
    app = make_app(private_home)
    with Journal.open(app.context.paths):
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
    assert app.fatal_error is not None and "andere leeslamp" in app.fatal_error.sentence()
    assert app.return_code == app.fatal_error.exit_code


async def test_an_unreadable_journal_stops_the_app_and_leaves_the_file(private_home: Path) -> None:
    private_home.mkdir(parents=True)
    (private_home / "journal.json").write_text("{ dit is geen json", encoding="utf-8")
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, failures_expected=True)
    assert isinstance(app.fatal_error, JournalUnreadable)
    assert app.return_code == app.fatal_error.exit_code != 0
    assert (private_home / "journal.json").read_text(encoding="utf-8") == "{ dit is geen json"


def test_run_app_raises_the_fatal_error_after_the_app_closes(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`cli.main()` then prints its sentence on stderr, like any other error."""
    from leeslamp.tui import app as app_module
    from leeslamp.tui.run import run_app

    def run_and_fail(self: LeeslampApp) -> None:
        self.fatal_error = JournalUnreadable("journal.unreadable", path="p", reason="r", backup="b")

    monkeypatch.setattr(app_module.LeeslampApp, "run", run_and_fail)
    context = make_app(private_home).context
    with pytest.raises(JournalUnreadable):
        run_app(context)


async def test_help_scrolls_to_its_last_key_at_80_by_24(private_home: Path) -> None:
    app = make_app(private_home, article_id="systemen")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        await pilot.press("end")
        await settle(pilot)
        lines = screen_text(app).splitlines()
        # the last row of the app's keys is on screen, inside the dialog's border
        last = [i for i, line in enumerate(lines) if "Opdrachten" in line]
        assert last and any("╰" in line for line in lines[last[-1] + 1 :]), "\n".join(lines)


async def test_help_for_the_reader_says_which_keys_belong_to_choosing_a_passage(
    private_home: Path,
) -> None:
    app = make_app(private_home, article_id="systemen")
    async with app.run_test(size=(100, 60)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        lines = [line.strip(" │") for line in shown_text(app).splitlines()]
        choosing = next(i for i, line in enumerate(lines) if "Bij m: een passage kiezen" in line)
        notes = next(i for i, line in enumerate(lines) if "In de notities (n)" in line)
        lines_down = next(i for i, line in enumerate(lines) if "Regel omlaag" in line)
        next_paragraph = next(i for i, line in enumerate(lines) if "Vorige alinea" in line)
        edit_note = next(
            i for i, line in enumerate(lines) if line.startswith("e") and line.endswith("Bewerken")
        )
        assert lines_down < choosing < next_paragraph < notes < edit_note
