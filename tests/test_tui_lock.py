"""A locked journal in the app (issue 17 §2): a hidden question for the passphrase before the
journal opens, three tries, then a stop with a sentence and every file as it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input

from journal_helpers import hashes
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal, crypt
from leeslamp.tui.screens.passphrase import PassphraseScreen
from tui_factory import fill, make_app, settle, wait_for, widget_text

PASS = "koffie om half vijf"


@pytest.fixture
def locked_home(private_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A journal with one entry, locked with PASS; no key open in this process."""
    monkeypatch.setitem(crypt.SCRYPT, "n", 2**10)
    private_home.mkdir(parents=True, exist_ok=True)
    data, key = crypt.new_key_file(PASS)
    crypt.key_path(private_home).write_bytes(data)
    crypt.remember(private_home, key)
    with Journal.open(Paths(private_home)) as journal:
        journal.add_entry("reflectie", "Geheime gedachte")
    crypt.forget()
    yield private_home
    crypt.forget()


async def answer(pilot, passphrase: str) -> None:
    field = pilot.app.screen.query_one("#passphrase-input", Input)
    await wait_for(pilot, lambda: not field.disabled)
    await fill(pilot, field, passphrase)
    await pilot.press("enter")


async def test_the_app_asks_hidden_and_opens_with_the_right_passphrase(locked_home: Path) -> None:
    app = make_app(locked_home)
    async with app.run_test() as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, PassphraseScreen))
        field = app.screen.query_one("#passphrase-input", Input)
        assert field.password  # hidden as it is typed
        await answer(pilot, "niet goed")
        note = app.screen.query_one("#passphrase-note")
        await wait_for(pilot, lambda: "Nog 2 keer" in widget_text(note))
        assert field.value == ""
        await answer(pilot, PASS)
        await wait_for(pilot, lambda: app.journal_link.journal is not None)
        await settle(pilot)
        journal = app.journal_link.journal
        assert journal is not None and not journal.read_only
        assert [entry.text for entry in journal.entries()] == ["Geheime gedachte"]
    app.journal_link.close()


async def test_three_wrong_tries_stop_the_app_and_leave_the_files(locked_home: Path) -> None:
    app = make_app(locked_home, language="en")
    before = hashes(locked_home)  # after make_app has written its sample articles
    async with app.run_test() as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, PassphraseScreen))
        note = app.screen.query_one("#passphrase-note")
        await answer(pilot, "een")
        await wait_for(pilot, lambda: "2 more tries" in widget_text(note))
        await answer(pilot, "twee")
        await wait_for(pilot, lambda: "1 more try" in widget_text(note))
        await answer(pilot, "drie")
        await wait_for(pilot, lambda: app.fatal_error is not None)
    assert app.fatal_error is not None
    assert app.fatal_error.sentence() == (
        "That passphrase does not open your journal. Nothing was changed."
    )
    assert app.return_code == 2
    app.journal_link.close()
    assert hashes(locked_home) == before
