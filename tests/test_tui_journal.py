"""The Dagboek and the Prullenbak: every entry, filters, open to edit, delete and restore."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from leeslamp.core.paths import Paths
from leeslamp.journal import Journal
from leeslamp.tui.screens.entry import EntryScreen
from leeslamp.tui.screens.journal import JournalScreen
from leeslamp.tui.screens.trash import TrashScreen
from leeslamp.tui.widgets.entry_rows import EntryRows
from tui_factory import (
    FIXED_NOW,
    SIZE,
    footer_text,
    make_app,
    screen_text,
    settle,
    shown_text,
    wait_saved,
)


def fill_journal(home: Path) -> None:
    """Four entries, a day apart: oldest first here, so newest first on screen is the reverse."""
    now = [FIXED_NOW]
    entries = [
        ("reflectie", "Oudste gedachte\nmet een tweede regel", {"article": "teams-leren"}),
        ("dagvraag", "Een antwoord op de dagvraag", {"prompt": {"id": "p", "text": "Wat?"}}),
        ("aandacht", "Dit raakte me", {"article": "systemen"}),
        ("reflectie", "Nieuwste gedachte", {"article": "cooperatie"}),
    ]
    with Journal.open(Paths(home), clock=lambda: now[0]) as journal:
        for days_ago, (kind, text, fields) in zip((3, 2, 1, 0), entries, strict=True):
            now[0] = FIXED_NOW - timedelta(days=days_ago)
            journal.add_entry(kind, text, **fields)


def table_lines(app) -> list[str]:
    """The lines of the Dagboek's table, below its header, as the screen shows them."""
    lines = screen_text(app).splitlines()
    start = next(i for i, line in enumerate(lines) if "Begint met" in line or "Begins with" in line)
    table = [line.strip() for line in lines[start + 1 :] if line.strip()][:-1]  # not the footer
    # nor the preview of the highlighted entry, below its edge
    return next((table[:i] for i, line in enumerate(table) if line.startswith("▔")), table)


async def open_dagboek(app, pilot) -> None:
    await settle(pilot)
    await pilot.press("d")
    await settle(pilot)
    assert isinstance(app.screen, JournalScreen)


async def test_d_shows_every_entry_newest_first(private_home: Path) -> None:
    fill_journal(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_dagboek(app, pilot)
        assert "4 van 4 stukken" in screen_text(app)
        lines = table_lines(app)
        assert lines[0].split() == [
            "05-03-2024",
            "04:30",
            "reflectie",
            "Coöperatie",
            "in",
            "de",
            "zorg",
            "Nieuwste",
            "gedachte",
        ]
        assert "aandacht" in lines[1] and "Systemisch werken" in lines[1]
        assert "dagvraag" in lines[2] and "Zonder artikel" in lines[2]
        assert "02-03-2024 04:30" in lines[3] and "Oudste gedachte" in lines[3]
        assert "tweede regel" not in screen_text(app)  # the first line only
    app.journal_link.close()


async def test_an_empty_journal_says_how_to_start(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_dagboek(app, pilot)
        assert "Je dagboek is nog leeg" in shown_text(app)
    app.journal_link.close()


async def test_filtering_by_kind(private_home: Path) -> None:
    fill_journal(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_dagboek(app, pilot)
        await pilot.press("s")  # the kind filter opens
        await pilot.press(*"refl", "enter")
        await settle(pilot)
        text = screen_text(app)
        assert "2 van 4 stukken" in text
        assert [line.split()[2] for line in table_lines(app)] == ["reflectie", "reflectie"]
        assert app.screen.focused is app.screen.query_one(EntryRows)  # back on the list
    app.journal_link.close()


async def test_filtering_by_article(private_home: Path) -> None:
    fill_journal(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_dagboek(app, pilot)
        await pilot.press("a")
        await pilot.press(*"syst", "enter")
        await settle(pilot)
        assert "1 van 4 stukken" in screen_text(app)
        [line] = table_lines(app)
        assert "Dit raakte me" in line
    app.journal_link.close()


async def test_opening_an_entry_to_edit_it(private_home: Path) -> None:
    fill_journal(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_dagboek(app, pilot)
        await pilot.press("down", "down", "down", "enter")  # the oldest
        await settle(pilot)
        assert isinstance(app.screen, EntryScreen)
        text = screen_text(app)
        assert "Leren in teams" in text and "2 maart 2024 om 04:30" in text
        assert "met een tweede regel" in text
        await pilot.press("ctrl+home", *"Bijna ")
        await wait_saved(pilot)
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, JournalScreen)
        assert "Bijna Oudste gedachte" in table_lines(app)[3]
    app.journal_link.close()
    with Journal.open(Paths(private_home), read_only=True) as journal:
        assert journal.entries()[-1].text.startswith("Bijna Oudste gedachte\n")


async def test_an_entry_shows_the_question_it_answers(private_home: Path) -> None:
    fill_journal(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_dagboek(app, pilot)
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        assert "Vraag: Wat?" in shown_text(app)
    app.journal_link.close()


async def test_delete_asks_then_the_prullenbak_brings_it_back(private_home: Path) -> None:
    fill_journal(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_dagboek(app, pilot)
        await pilot.press("x")
        await settle(pilot)
        assert "Weggooien?" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert "3 van 3 stukken" in screen_text(app)
        assert "Nieuwste gedachte" not in "\n".join(table_lines(app))

        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, TrashScreen)
        text = screen_text(app)
        assert "Nieuwste gedachte" in text and "05-03-2024 04:30" in text
        await pilot.press("enter")
        await settle(pilot)
        assert "De prullenbak is leeg." in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert "4 van 4 stukken" in screen_text(app)
        assert "Nieuwste gedachte" in table_lines(app)[0]
    app.journal_link.close()


async def test_u_undoes_a_delete(private_home: Path) -> None:
    fill_journal(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_dagboek(app, pilot)
        await pilot.press("down", "x", "enter")
        await settle(pilot)
        assert "Druk op u om het terug te halen" in screen_text(app)
        assert "Dit raakte me" not in "\n".join(table_lines(app))
        await pilot.press("u")
        await settle(pilot)
        assert "Dit raakte me" in table_lines(app)[1]
        assert app.journal_link.journal.trash() == []
    app.journal_link.close()


async def test_a_read_only_dagboek_says_so_and_refuses_to_delete(private_home: Path) -> None:
    fill_journal(private_home)
    app = make_app(private_home)
    with Journal.open(app.context.paths):  # another leeslamp has it
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await settle(pilot)
            await pilot.press("r")  # read-only, please
            await open_dagboek(app, pilot)
            assert "alleen-lezen" in shown_text(app).splitlines()[0]
            assert "Weggooien" not in footer_text(app)  # not offered
            await pilot.press("x")
            await settle(pilot)
            text = shown_text(app)
            assert "Weggooien?" not in text
            assert "4 van 4 stukken" in text
        app.journal_link.close()


async def test_a_failed_delete_is_a_sentence_and_the_entry_stays(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from leeslamp.core.errors import JournalWriteError

    fill_journal(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_dagboek(app, pilot)

        def disk_full(*args, **kwargs):
            raise JournalWriteError("journal.disk_full", path=private_home / "journal.log")

        monkeypatch.setattr(app.journal_link.journal, "delete_entry", disk_full)
        await pilot.press("x", "enter")
        await settle(pilot)
        text = shown_text(app)
        assert "Weggooien lukte niet. De schijf is vol" in text
        assert "4 van 4 stukken" in text
    app.journal_link.close()


async def test_the_dagboek_is_in_the_command_palette(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"Dagboek")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, JournalScreen)
    app.journal_link.close()


async def test_a_long_journal_fills_the_whole_table(private_home: Path) -> None:
    start = datetime(2020, 1, 1, tzinfo=FIXED_NOW.tzinfo)
    with Journal.open(Paths(private_home)) as journal:
        journal.add_entries(
            {
                "id": f"id-{n:05}",
                "kind": "reflectie",
                "article": None,
                "text": f"Stuk {n}",
                "created": (start + timedelta(minutes=n)).isoformat(),
                "updated": (start + timedelta(minutes=n)).isoformat(),
                "tags": [],
            }
            for n in range(2500)
        )
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_dagboek(app, pilot)
        assert app.screen.query_one(EntryRows).row_count == 2500
        assert "Stuk 2499" in table_lines(app)[0]
        await pilot.press("end")
        await pilot.pause()
        assert "Stuk 0" in table_lines(app)[-1]
    app.journal_link.close()


async def test_the_dagboek_follows_the_language(private_home: Path) -> None:
    fill_journal(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_dagboek(app, pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        text = screen_text(app)
        assert "leeslamp · Journal" in text and "4 of 4 entries" in text
        assert "2024-03-05 04:30" in text and "attention note" in text
        assert "All kinds" in text
    app.journal_link.close()


def trash_one(home: Path) -> None:
    with Journal.open(Paths(home)) as journal:
        entry = journal.add_entry("reflectie", "In de prullenbak", article="systemen")
        journal.delete_entry(entry.id)


async def test_a_read_only_prullenbak_refuses_to_restore(private_home: Path) -> None:
    trash_one(private_home)
    app = make_app(private_home)
    with Journal.open(app.context.paths):
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await settle(pilot)
            await pilot.press("r")  # read-only
            await open_dagboek(app, pilot)
            await pilot.press("p")
            await settle(pilot)
            assert "Terughalen" not in screen_text(app).splitlines()[-1]  # not offered
            await pilot.press("enter")
            await settle(pilot)
            text = screen_text(app)
            assert "In de prullenbak" in text and "1 stuk" in text
        app.journal_link.close()


async def test_a_failed_restore_is_a_sentence(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from leeslamp.core.errors import JournalWriteError

    trash_one(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_dagboek(app, pilot)

        def disk_full(*args, **kwargs):
            raise JournalWriteError("journal.disk_full", path=private_home / "journal.log")

        monkeypatch.setattr(app.journal_link.journal, "restore_entry", disk_full)
        await pilot.press("p")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        text = screen_text(app)
        assert "Terughalen lukte niet. De schijf is vol" in text
        assert "In de prullenbak" in text
    app.journal_link.close()


async def test_r_reads_the_article_an_entry_is_about(private_home: Path) -> None:
    fill_journal(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_dagboek(app, pilot)
        await pilot.press("down", "r")  # Dit raakte me: about Systemisch werken
        await settle(pilot)
        assert "Een boekentip over systemen." in shown_text(app)
    app.journal_link.close()
