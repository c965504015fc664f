"""The search screen at 10k and 50k entries: index build, and keystroke to results on screen.

Run: `.venv/bin/python benchmarks/search_screen.py [10000 50000 ...]`. Prints a table; asserts
nothing. Runs the real app headless (Textual's `run_test`), on journals made like the ones in
benchmarks/search_export.py. "Keystroke to results" is from the search field changing (one more
character) until the results are in the list and the screen has refreshed: what a person waits
for. (Pilot's own `press` costs ~90 ms per key, so it is not used for the timing.)
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from search_export import build_journal

from leeslamp.core.context import Context
from leeslamp.tui.app import LeeslampApp
from leeslamp.tui.screens.search import SearchScreen

WORDS = ["vertrouwen", "een gesprek", "creeer", "koffie", '"lerende organisatie"']


async def measure(home: Path) -> tuple[float, list[float], int]:
    app = LeeslampApp(Context.create(data_dir=home))
    async with app.run_test(size=(100, 30)) as pilot:
        began = time.perf_counter()
        await pilot.press("z")
        while True:  # the index is built once the journal is open
            await pilot.pause(0.01)
            screen = app.screen
            if isinstance(screen, SearchScreen) and screen.index is not None and screen.total:
                break
        ready = (time.perf_counter() - began) * 1000
        times: list[float] = []
        query = screen.query_one("#search-query")
        shown = asyncio.Event()
        found = screen._found

        def found_and_painted(*args: object) -> None:
            found(*args)
            app.call_after_refresh(shown.set)

        screen._found = found_and_painted  # called from the search worker via call_from_thread
        for word in WORDS:
            for end in range(1, len(word) + 1):
                shown.clear()
                began = time.perf_counter()
                query.value = word[:end]
                await shown.wait()
                times.append((time.perf_counter() - began) * 1000)
        return ready, times, screen.total


def main() -> None:
    counts = [int(arg) for arg in sys.argv[1:]] or [10_000, 50_000]
    print(f"  {'entries':>7}  {'z to first results':>18}  {'keystroke median':>16}  {'p95':>7}")
    for count in counts:
        with tempfile.TemporaryDirectory() as tmp:
            home = build_journal(Path(tmp), count)
            ready, times, _total = asyncio.run(measure(home))
        times.sort()
        p95 = times[int(len(times) * 0.95) - 1]
        print(
            f"  {count:>7,}  {ready:15.0f} ms  {statistics.median(times):13.1f} ms  {p95:4.1f} ms"
        )


if __name__ == "__main__":
    main()
