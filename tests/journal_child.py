"""Child processes for the breakage tests: real processes that write to a journal until they are
killed or told to stop. Not a test module; run as `python journal_child.py MODE HOME [ARG]`.

A child prints one line *after* each write has returned (the write is then acknowledged), so
the parent knows exactly which writes the journal promised to keep.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

FILLER = (
    "Wat me bijblijft is hoe snel we in een gesprek naar oplossingen grijpen, terwijl de vraag "
    "nog niet eens helder is. In ons team zeggen we dat we willen leren van fouten, maar als er "
    "iets misgaat, zoeken we eerst wie het gedaan heeft. Misschien begint psychologische "
    "veiligheid bij mij: zelf hardop zeggen wat ik niet weet. Morgen probeer ik in het overleg "
    "eerst drie vragen te stellen voordat ik iets voorstel. Ik ben benieuwd wat er dan gebeurt. "
)

BASE_DAY = datetime(2030, 1, 1, 8, 0, tzinfo=timezone(timedelta(hours=1)))


def entry_text(run: int, index: int) -> str:
    """The text of entry `index` in kill run `run`: unique, Dutch, sometimes long."""
    head = f"run {run} stuk {index} — é ü 🌱\n\n"
    if index % 5 == 4:
        return head + FILLER * 60  # ~25 KB: an append that spans several pages
    return head + FILLER[: 200 + (index * 37) % 400]


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def quick_add(home: Path, run: int) -> None:
    """`leeslamp schrijf`'s fast path in a tight loop. The clock moves 3 hours per entry, so
    every 8th entry starts a new day and runs the housekeeping (compaction, daily backup)."""
    from leeslamp.core.paths import Paths
    from leeslamp.journal import add_entry_quickly

    paths = Paths(home)
    start = BASE_DAY + timedelta(days=100 * run)
    say("ready")
    index = 0
    while True:
        moment = start + timedelta(hours=3 * index)
        entry = add_entry_quickly(
            paths, "reflectie", entry_text(run, index), clock=lambda m=moment: m
        )
        say(f"{index} {entry.id}")
        index += 1


def update_loop(home: Path, run: int) -> None:
    """The app while someone types: the same entries updated over and over, reading saved."""
    from leeslamp.core.paths import Paths
    from leeslamp.journal import Journal

    with Journal.open(Paths(home)) as journal:
        entries = sorted(journal.entries(), key=lambda e: e.id)
        say("ready")
        number = 0
        while True:
            entry = entries[number % len(entries)]
            journal.update_entry(entry.id, text=f"{entry.id} versie {run}.{number}\n{FILLER}")
            say(f"{number} {entry.id}")
            if number % 7 == 0:
                journal.save_reading("verbroken", block=number, progress=0.5)
            number += 1


def compact_loop(home: Path, run: int) -> None:
    """Open a large journal and keep compacting it (a new day each time), adding an entry
    between compactions: kills land in open, in compaction, in the backup and in appends."""
    from leeslamp.core.paths import Paths
    from leeslamp.journal import Journal

    say("ready")
    with Journal.open(Paths(home)) as journal:
        index = 0
        while True:
            journal.maintain(today=date(2040, 1, 1) + timedelta(days=1000 * run + index))
            entry = journal.add_entry("reflectie", entry_text(run, index))
            say(f"{index} {entry.id}")
            index += 1


def hold(home: Path, seconds: float) -> None:
    """The app: holds the journal open for a while, writing now and then, then closes it."""
    from leeslamp.core.paths import Paths
    from leeslamp.journal import Journal

    with Journal.open(Paths(home)) as journal:
        say("open")
        deadline = time.monotonic() + seconds
        index = 0
        while time.monotonic() < deadline:
            entry = journal.add_entry("reflectie", f"van de app {index}")
            say(f"{index} {entry.id}")
            index += 1
            time.sleep(0.05)
    say("closed")


def open_like_the_app(home: Path) -> int:
    """Open the journal for writing, as the app does; a problem becomes its sentence."""
    from leeslamp.core.errors import LeeslampError
    from leeslamp.core.paths import Paths
    from leeslamp.journal import Journal

    try:
        with Journal.open(Paths(home)) as journal:
            say(f"{len(journal.entries())} entries")
    except LeeslampError as error:
        print(f"leeslamp: {error.sentence()}", file=sys.stderr)
        return error.exit_code
    return 0


def main() -> int:
    mode, home = sys.argv[1], Path(sys.argv[2])
    arg = sys.argv[3] if len(sys.argv) > 3 else "0"
    if mode == "quick":
        quick_add(home, int(arg))
    elif mode == "update":
        update_loop(home, int(arg))
    elif mode == "compact":
        compact_loop(home, int(arg))
    elif mode == "hold":
        hold(home, float(arg))
    elif mode == "open":
        return open_like_the_app(home)
    else:
        raise SystemExit(f"unknown mode {mode}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
