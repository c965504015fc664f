"""Versies (issue 16 §1): Ctrl+L in any editor shows the versions of its text, newest first,
what changed between two of them word by word, and restores one as a new version."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList, Static

from leeslamp.core.paths import Paths
from leeslamp.journal import Journal
from leeslamp.tui.screens.choice import ChoiceScreen
from leeslamp.tui.screens.entry import EntryScreen
from leeslamp.tui.screens.help import HelpScreen
from leeslamp.tui.screens.history import HistoryScreen
from leeslamp.tui.screens.morning import MorningScreen
from leeslamp.tui.screens.reader.screen import ReaderScreen
from leeslamp.tui.screens.today import TodayScreen
from leeslamp.tui.widgets.entry_editor import EntryEditor
from tui_factory import (
    SIZE,
    Clock,
    footer_text,
    make_app,
    paste,
    settle,
    wait_for,
    wait_saved,
    widget_text,
)

FIRST = "Mijn team leert langzaam."
SECOND = "Mijn hele afdeling leert langzaam, maar zeker."


def stored(home: Path, kind: str | None = None):
    with Journal.open(Paths(home), read_only=True) as journal:
        return journal.entries(kind=kind)


def versions_of(home: Path, entry_id: str):
    with Journal.open(Paths(home), read_only=True) as journal:
        return journal.versions(entry_id)


def focused_editor(app) -> EntryEditor:
    editor = app.focused.parent
    assert isinstance(editor, EntryEditor)
    return editor


async def write_two_versions(pilot, clock: Clock) -> None:
    """In the focused editor: a text, saved; eleven minutes later more words, saved. The pause
    starts a new version, as it does for a reader."""
    await paste(pilot, FIRST)
    await wait_saved(pilot)
    clock.advance(minutes=11)
    area = pilot.app.focused
    area.text = SECOND
    await wait_saved(pilot)


async def write_two_versions_after_w(pilot, clock: Clock) -> None:
    """Once the screen is up, `w` opens its editor; then two versions of a text in it."""
    await settle(pilot)
    await pilot.press("w")
    await settle(pilot)
    await write_two_versions(pilot, clock)


async def open_versions(pilot) -> HistoryScreen:
    await pilot.press("ctrl+l")
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, HistoryScreen))
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, HistoryScreen)
    return screen


def diff_of(screen: HistoryScreen):
    return screen.query_one("#history-diff", Static).visual


def styles_over(content, words: str) -> list[str]:
    """The styles of the spans of `content` that cover `words`."""
    start = content.plain.index(words)
    return [
        str(span.style)
        for span in content.spans
        if span.start <= start and start + len(words) <= span.end
    ]


async def test_ctrl_l_in_a_reflection_shows_its_versions_and_what_changed(
    private_home: Path,
) -> None:
    clock = Clock()
    app = make_app(private_home, article_id="teams-leren", now=clock)
    async with app.run_test(size=SIZE) as pilot:
        await write_two_versions_after_w(pilot, clock)
        assert isinstance(app.screen, ReaderScreen)
        screen = await open_versions(pilot)
        listed = widget_text(screen.query_one("#history-list", OptionList))
        # newest first: the text of now on top, the cursor on the version before it
        assert listed.index("Versie 2 · nu") < listed.index("Versie 1")
        assert screen.chosen is not None and screen.chosen.number == 1
        head = widget_text(screen.query_one("#history-head", Static))
        assert "Van versie 1" in head and "naar versie 2 (nu)" in head
        content = diff_of(screen)
        assert any("underline" in style for style in styles_over(content, "hele afdeling"))
        assert any("strike" in style for style in styles_over(content, "team"))
        assert not any(
            "strike" in style or "underline" in style for style in styles_over(content, "Mijn")
        )
        counts = widget_text(screen.query_one("#history-counts", Static))
        assert "woorden erbij" in counts and "eraf" in counts
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen))
    app.journal_link.close()


async def test_restoring_from_vandaag_adds_a_version_and_the_editor_shows_it(
    private_home: Path,
) -> None:
    clock = Clock()
    app = make_app(private_home, now=clock)
    async with app.run_test(size=SIZE) as pilot:
        await write_two_versions_after_w(pilot, clock)
        await open_versions(pilot)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        await pilot.press("j")
        await wait_for(pilot, lambda: isinstance(app.screen, TodayScreen))
        await settle(pilot)
        # Vandaag brings its answer up to date when it comes back (a new editor, maybe)
        await wait_for(pilot, lambda: app.screen.editor.text_area.text == FIRST)
        [entry] = stored(private_home, "dagvraag")
        assert entry.text == FIRST
        # nothing destroyed: both texts are still there, the restored one is the newest
        assert [v.text for v in versions_of(private_home, entry.id)] == [FIRST, SECOND, FIRST]
        # back in the editor, and writing on saves over the restored text, never the old words
        await wait_for(pilot, lambda: app.focused is app.screen.editor.text_area)
        await paste(pilot, " Echt.")
        await wait_saved(pilot)
        [entry] = stored(private_home, "dagvraag")
        assert entry.text == FIRST + " Echt."
    app.journal_link.close()


async def test_no_is_no_and_the_text_of_now_cannot_be_restored(private_home: Path) -> None:
    clock = Clock()
    app = make_app(private_home, now=clock)
    async with app.run_test(size=SIZE) as pilot:
        await write_two_versions_after_w(pilot, clock)
        screen = await open_versions(pilot)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        await pilot.press("n")
        await wait_for(pilot, lambda: app.screen is screen)
        await pilot.press("up", "r")  # the text of now
        await settle(pilot)
        assert app.screen is screen
        assert any("niets terug te halen" in n.message for n in app._notifications)
    app.journal_link.close()
    [entry] = stored(private_home, "dagvraag")
    assert entry.text == SECOND


async def test_v_compares_any_two_versions(private_home: Path) -> None:
    clock = Clock()
    app = make_app(private_home, now=clock)
    async with app.run_test(size=SIZE) as pilot:
        await write_two_versions_after_w(pilot, clock)
        clock.advance(minutes=11)
        app.focused.text = SECOND + " Vandaag."
        await wait_saved(pilot)
        screen = await open_versions(pilot)
        assert len(screen.history.versions) == 3
        await pilot.press("down", "v")  # version 1 is the one to compare with
        await pilot.press("up", "up")  # the text of now
        await settle(pilot)
        head = widget_text(screen.query_one("#history-head", Static))
        assert "Van versie 1" in head and "naar versie 3 (nu)" in head
        assert "vergeleken" in widget_text(screen.query_one("#history-list", OptionList))
        assert "Vandaag." in diff_of(screen).plain and "team" in diff_of(screen).plain
    app.journal_link.close()


async def test_unsaved_words_are_saved_before_the_versions_show(
    private_home: Path, monkeypatch
) -> None:
    monkeypatch.setattr(EntryEditor, "save_delay", 600.0)  # only Ctrl+L saves
    clock = Clock()
    app = make_app(private_home, now=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        editor = focused_editor(app)
        await paste(pilot, FIRST)
        editor.save_now()
        await wait_saved(pilot)
        clock.advance(minutes=11)
        app.focused.text = SECOND
        await pilot.pause()
        assert editor.dirty
        screen = await open_versions(pilot)
        assert [v.text for v in screen.history.versions] == [FIRST, SECOND]
        assert not editor.dirty
    app.journal_link.close()


async def test_a_text_not_saved_or_with_one_version_gets_a_sentence(private_home: Path) -> None:
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert any("nog niet bewaard" in n.message for n in app._notifications)
        await paste(pilot, FIRST)
        await wait_saved(pilot)
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert any("nog maar één versie" in n.message for n in app._notifications)
    app.journal_link.close()


async def test_from_the_dagboek_in_english(private_home: Path) -> None:
    clock = Clock()
    app = make_app(private_home, language="en", now=clock)
    async with app.run_test(size=SIZE) as pilot:
        await write_two_versions_after_w(pilot, clock)
        await pilot.press("escape", "d")
        await settle(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, EntryScreen))
        await settle(pilot)
        assert "^l Versions" in footer_text(app)
        screen = await open_versions(pilot)
        assert "Versions" in widget_text(screen.query_one("#history-bar", Static))
        listed = widget_text(screen.query_one("#history-list", OptionList))
        assert "Version 2 · now" in listed and "Versie" not in listed
        head = widget_text(screen.query_one("#history-head", Static))
        assert "From version 1" in head and "to version 2 (now)" in head
        keys = footer_text(app)
        assert "Compare" in keys and "Restore" in keys
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, EntryScreen))
        # restored from here, later: the entry's head says when it was edited
        clock.advance(minutes=30)
        await open_versions(pilot)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: isinstance(app.screen, EntryScreen))
        head = app.screen.query_one("#entry-head", Static)
        await wait_for(
            pilot, lambda: "edited" in widget_text(head) and "05:11" in widget_text(head)
        )
        assert app.screen.editor.text_area.text == FIRST
    app.journal_link.close()


async def test_the_help_names_the_key_while_writing(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        assert "^l Versies" in footer_text(app)
        await pilot.press("f1")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        texts = [widget_text(w) for w in app.screen.query(Static)]
        section = texts.index("Bij het schrijven")
        assert "Versies" in texts[section + 1] and "Begin van de tekst" in texts[section + 1]
    app.journal_link.close()


async def test_a_text_changed_meanwhile_is_not_overwritten(private_home: Path) -> None:
    clock = Clock()
    app = make_app(private_home, now=clock)
    async with app.run_test(size=SIZE) as pilot:
        await write_two_versions_after_w(pilot, clock)
        screen = await open_versions(pilot)
        entry_id = screen.history.entry.id
        clock.advance(minutes=11)
        journal = app.journal_link.journal
        journal.update_entry(entry_id, text="Elders geschreven.")  # another editor, say
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        await pilot.press("j")
        await wait_for(pilot, lambda: len(screen.history.versions) == 3)
        assert app.screen is screen
        assert any("intussen" in n.message for n in app._notifications)
        assert journal.get_entry(entry_id).text == "Elders geschreven."
    app.journal_link.close()


async def test_in_the_ochtend_mode_the_restored_answer_is_back_in_its_editor(
    private_home: Path,
) -> None:
    clock = Clock()
    app = make_app(private_home, morning=True, now=clock)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, MorningScreen)
        await write_two_versions(pilot, clock)
        await open_versions(pilot)
        await pilot.press("r")
        await wait_for(pilot, lambda: isinstance(app.screen, ChoiceScreen))
        await pilot.press("j")
        await wait_for(pilot, lambda: isinstance(app.screen, MorningScreen))
        await wait_for(pilot, lambda: app.screen.editor.text_area.text == FIRST)
        [entry] = stored(private_home, "dagvraag")
        assert entry.text == FIRST
    app.journal_link.close()


async def test_esc_closes_the_sentence_and_stays_in_the_text(private_home: Path) -> None:
    """Ctrl+L with no versions says so in a toast, which looks like something that popped up:
    Esc closes it and the cursor stays where the reader was typing. The next Esc is the
    screen's again (here: back to the article's text)."""
    app = make_app(private_home, article_id="teams-leren")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        area = app.focused
        for typed in ("", FIRST):  # not saved yet; then saved once
            if typed:
                await paste(pilot, typed)
                await wait_saved(pilot)
            await pilot.press("ctrl+l")
            await wait_for(pilot, lambda: len(app._notifications) == 1)
            assert "esc Melding sluiten" in footer_text(app)
            await pilot.press("escape")
            await settle(pilot)
            assert app.focused is area and not list(app._notifications)
        assert "esc Naar de tekst" in footer_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert app.focused is not area
        assert isinstance(app.screen, ReaderScreen)
    app.journal_link.close()
