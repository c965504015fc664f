"""How soon does the Dagboek show a large journal? Prints a table of medians.

    .venv/bin/python benchmarks/journal_screen.py [--sizes 1000 10000 50000] [--repeats 3]

For each size a journal of that many entries (~600 characters of Dutch each, a few articles and
kinds) is built in a temp folder, the app is started headless (Textual's run_test, 100x30) and
`d` is pressed. Measured from the key press:

- shown:   the list shows its first lines (the journal was read in a thread worker)
- end:     End, until the oldest entry is on screen
- filter:  choosing a kind in the filter until the list shows it (no journal read)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

SENTENCES = [
    "Wat me bijblijft is hoe snel we in een gesprek naar oplossingen grijpen.",
    "In ons team zeggen we dat we willen leren van fouten, maar dat doen we zelden hardop.",
    "Psychologische veiligheid begint misschien bij mij: zeggen wat ik niet weet.",
    "Senge noemt dit mentale modellen, en ik herken de mijne pas als iemand ernaar vraagt.",
    "Kennisdeling lukt beter als niemand bang is om dom over te komen.",
    "Systeemdenken helpt me om minder snel een schuldige te zoeken.",
]
ARTICLES = [None, "teams-leren", "systemen", "cooperatie"]
KINDS = ["reflectie", "reflectie", "dagvraag", "aandacht", "antwoord"]


def build(home: Path, size: int) -> None:
    from leeslamp.core.paths import Paths
    from leeslamp.journal import Journal

    rng = random.Random(size)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    docs = []
    for number in range(size):
        text = " ".join(rng.choice(SENTENCES) for _ in range(8))
        stamp = (start + timedelta(minutes=37 * number)).isoformat(timespec="seconds")
        docs.append(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "kind": rng.choice(KINDS),
                "article": rng.choice(ARTICLES),
                "text": text,
                "created": stamp,
                "updated": stamp,
                "tags": [],
            }
        )
    with Journal.open(Paths(home)) as journal:
        journal.add_entries(docs)


async def measure(home: Path) -> tuple[float, float, float]:
    from leeslamp.tui.widgets.entry_rows import EntryRows
    from tui_factory import make_app, settle

    app = make_app(home)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        started = time.perf_counter()
        await pilot.press("d")
        while not app.screen.query(EntryRows) or not app.screen.query_one(EntryRows).row_count:
            await asyncio.sleep(0.001)
        await pilot.pause()  # painted
        first = time.perf_counter() - started
        started = time.perf_counter()
        await pilot.press("end")
        await pilot.pause()
        last = time.perf_counter() - started
        started = time.perf_counter()
        await pilot.press("s", *"aand", "enter")
        await pilot.pause()
        filtered = time.perf_counter() - started
    app.journal_link.close()
    return first, last, filtered


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(f"{'entries':>8}  {'shown':>7}  {'end':>7}  {'filter':>7}   (medians, s)")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            home = Path(folder) / "home"
            os.environ["LEESLAMP_HOME"] = str(home)
            build(home, size)
            runs = [asyncio.run(measure(home)) for _ in range(args.repeats)]
        first, every, filtered = (statistics.median(column) for column in zip(*runs, strict=True))
        print(f"{size:>8}  {first:>7.3f}  {every:>7.3f}  {filtered:>7.3f}")


if __name__ == "__main__":
    main()
