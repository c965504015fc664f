"""Ctrl+T over a settings file with a mistake in it: the name and the reader id survive."""

from __future__ import annotations

import tomllib
from pathlib import Path

from tui_factory import SIZE, make_app, settle

BROKEN = b'name = "Anna de Vries"\nreader_id = "a1b2c3d4e5f60718"\ntheme = "nord\n'


async def test_the_language_toggle_keeps_name_and_reader_id_of_a_broken_file(
    private_home: Path,
) -> None:
    private_home.mkdir(parents=True, exist_ok=True)
    settings = private_home / "settings.toml"
    settings.write_bytes(BROKEN)
    app = make_app(private_home)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        said = [notification.message for notification in app._notifications]
    saved = tomllib.loads(settings.read_text(encoding="utf-8"))
    assert saved == {"name": "Anna de Vries", "reader_id": "a1b2c3d4e5f60718", "language": "en"}
    [aside] = private_home.glob("settings.toml.kapot-*")
    assert aside.read_bytes() == BROKEN
    assert any(str(aside) in message for message in said)
    assert app.context.settings.reader_id == "a1b2c3d4e5f60718"
