"""A data folder leeslamp may not write in: the journal opens read-only and every screen reads.

The folder is made "read-only" by making the journal's first write (creating its folder and
lock) fail as a read-only file system does; tests may run as root, whom chmod does not stop.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from leeslamp.core.paths import Paths
from leeslamp.journal import Journal
from leeslamp.journal import locking as locking_module
from leeslamp.tui.screens.journal import JournalScreen
from leeslamp.tui.screens.today import TodayScreen
from tui_factory import make_app, screen_text, settle, shown_text

NARROW = (80, 24)


@pytest.fixture
def read_only_home(private_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home with one entry in its journal, whose folder cannot be written any more."""
    with Journal.open(Paths(private_home)) as journal:
        journal.add_entry("reflectie", "Van eerder geschreven")

    def read_only_file_system(_folder: Path) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(locking_module, "ensure_private_dir", read_only_file_system)
    return private_home


def flat(app) -> str:
    """The screen's words on one line, so a sentence wrapped over lines can be found whole."""
    return " ".join(shown_text(app).split())


async def test_vandaag_opens_read_only_and_says_so_once_and_truly(read_only_home: Path) -> None:
    app = make_app(read_only_home)
    async with app.run_test(size=NARROW, notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, TodayScreen)
        journal = app.journal_link.journal
        assert journal is not None and journal.read_only
        [said] = [notification.message for notification in app._notifications]
        assert "is alleen-lezen" in said and "je kunt lezen, maar niets bewaren" in said
        assert "niet bewaard" not in said  # nothing was typed, so nothing was lost
        text = flat(app)
        assert "wordt opgehaald" not in text
        # the note under the answer wraps at 80 columns rather than being cut off
        assert "alleen-lezen: ik kan niet schrijven" in text and "de map van je dagboek" in text
    app.journal_link.close()


async def test_the_dagboek_reads_and_offers_no_throwing_away(read_only_home: Path) -> None:
    app = make_app(read_only_home)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, JournalScreen)
        text = screen_text(app)
        assert "wordt geladen" not in text
        assert "Van eerder geschreven" in text
        assert "alleen-lezen" in text.splitlines()[0]
        assert "Weggooien" not in text.splitlines()[-1]
    app.journal_link.close()


async def test_the_reader_shows_the_schrijfblok_read_only(read_only_home: Path) -> None:
    app = make_app(read_only_home, article_id="teams-leren")
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        text = flat(app)
        assert "Alleen-lezen: ik kan niet schrijven in de map van je dagboek" in text
        assert "even laden" not in text
    app.journal_link.close()
