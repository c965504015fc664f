"""Make the README's screenshots: docs/leeslamp.svg (Vandaag, where leeslamp opens) and
docs/lezer.svg (the reader, opened from the library).

    .venv/bin/python docs/screenshots.py

Runs the app headless on the bundled articles, in Dutch, 100x30, with a throwaway data folder.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
SIZE = (100, 30)


async def shoot(home: str) -> None:
    from leeslamp.core.context import Context
    from leeslamp.tui.app import LeeslampApp

    context = Context.create(data_dir=home, language="nl")
    app = LeeslampApp(context)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.save_screenshot(str(DOCS / "leeslamp.svg"))
        await pilot.press("l")
        await pilot.pause()
        await pilot.press("down", "down", "down", "down", "down", "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.save_screenshot(str(DOCS / "lezer.svg"))


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        os.environ.pop("NO_COLOR", None)
        asyncio.run(shoot(home))
    print(f"wrote {DOCS / 'leeslamp.svg'} and {DOCS / 'lezer.svg'}")


if __name__ == "__main__":
    main()
