"""What do conflict copies cost? Merging a 10k journal with a 1k-entry conflict copy, and
opening a 10k journal with no copy beside it (the look for copies: one listing of the folder).

    .venv/bin/python benchmarks/sync.py [--size 10000] [--copy 1000] [--repeats 9]

Journals are built as benchmarks/journal.py builds them. The copy is another computer's
`journal.log` (Syncthing's naming) with `--copy` entries: half new, half newer texts of entries
this journal has (each keeps its older text as a version). Measured, as medians, in this
process, each on a fresh copy of the folder:

- open:     `Journal.open` for writing + close, no copy beside it (what every command pays)
- look:     `conflicts.find` alone (the part of `open` that looks for copies)
- merge:    `Journal.open` for writing + close with the copy beside it: read it, merge, write
            the merged records durably, move the copy into backups/

Measured here (2 shared cores, 2026-12-06, medians of 11): open 77-85 ms, look 41-50 µs,
open + merge 117-123 ms; so merging the 1k copy costs some 40 ms on top of the opening, and
looking for copies is a fraction of a millisecond of the opening's cost.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from journal import build_journal, dutch_text, journal_tables

from leeslamp.core.paths import Paths
from leeslamp.journal import Journal, conflicts, logfile, notices, schema

COPY_NAME = "journal.sync-conflict-20261206-101010-ABCDEF1.log"


def other_computers_log(tables: schema.Tables, count: int, rng: random.Random, path: Path) -> None:
    later = datetime(2030, 1, 1, 9, 0).astimezone()
    records = []
    existing = list(tables[schema.ENTRIES].values())
    for index in range(count):
        moment = (later + timedelta(minutes=index)).isoformat(timespec="seconds")
        if index % 2:
            doc = {**rng.choice(existing), "text": dutch_text(rng), "updated": moment}
        else:
            doc = {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "kind": "reflectie",
                "article": None,
                "text": dutch_text(rng),
                "created": moment,
                "updated": moment,
                "tags": [],
                "prompt": None,
                "anchor": None,
                "assignment": None,
            }
        records.append(logfile.put(schema.ENTRIES, doc))
    logfile.append(path, records, schema.SCHEMA_VERSION)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--copy", type=int, default=1_000)
    parser.add_argument("--repeats", type=int, default=9)
    args = parser.parse_args()
    rng = random.Random(17)
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp) / "base"
        base.mkdir()
        tables = journal_tables(args.size, rng)
        build_journal(Paths(base), tables)
        copy = Path(temp) / COPY_NAME
        other_computers_log(tables, args.copy, rng, copy)

        opens, looks, merges = [], [], []
        for run in range(args.repeats):
            home = Path(temp) / f"run-{run}"
            shutil.copytree(base, home)
            paths = Paths(home)
            opens.append(timed(lambda p=paths: Journal.open(p).close()))
            looks.append(timed(lambda h=home: conflicts.find(h)))
            shutil.copy2(copy, home / COPY_NAME)
            merges.append(timed(lambda p=paths: Journal.open(p).close()))
            said = notices.take()
            assert not conflicts.find(home) and said, "the copy was not merged"
            with Journal.open(paths, read_only=True) as journal:
                assert journal.count() == args.size + args.copy // 2
            shutil.rmtree(home)
    print(
        f"journal of {args.size} entries, a conflict copy with {args.copy} (median of "
        f"{args.repeats})"
    )
    print(f"  open, no copy:         {statistics.median(opens) * 1000:8.1f} ms")
    print(f"  look for copies:       {statistics.median(looks) * 1e6:8.1f} µs")
    print(f"  open + merge the copy: {statistics.median(merges) * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
