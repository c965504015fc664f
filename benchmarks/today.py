"""How fast does `leeslamp vandaag` start, next to `python -c pass`?

    .venv/bin/python benchmarks/today.py [--runs 30] [--artikelen DIR]

Runs each command `--runs` times, interleaved (so a busy moment hurts all alike), after a few
warm-up runs, and prints the medians and the ratios to `python -c pass`. For scale it also
times Python importing just the standard modules a command like this needs (STDLIB_FLOOR). Two
kinds of day are measured: one whose question has no article and one whose question links an
article (the title comes from the library). Both read vandaag's cache (`leeslamp.daily.cache`),
which the warm-up runs fill, as for someone who asks every day; `benchmarks/commands.py` also
measures vandaag without it. `--artikelen` adds an article folder, as leeslamp's own option.

With `--entries N` (say 10000) two more rows run over a journal of N entries (built in the
storage's own format, `benchmarks/journal.py`): the first `vandaag` of a usual day, which tells
from the files' bytes that it need not read the journal (`journal.peek`), and of a day on which
a question may come back, which reads it. The two alternate, so each run is a day's first.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

# the journal builder of the journal benchmark, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import journal as journal_bench

from leeslamp.core.paths import Paths
from leeslamp.daily.bank import load_bank
from leeslamp.daily.returning import may_return_on
from leeslamp.daily.schedule import prompt_of_the_day
from leeslamp.library.articles import load_library

#: what any Python CLI like this one imports: no leeslamp code, no third-party package
STDLIB_FLOOR = "argparse, dataclasses, datetime, hashlib, pathlib, tomllib, typing"


def leeslamp_command() -> list[str]:
    """The installed console script (what a person runs), else `python -m leeslamp`."""
    script = Path(sys.executable).with_name("leeslamp")
    return [str(script)] if script.exists() else [sys.executable, "-m", "leeslamp"]


def first_day(with_article: bool) -> date:
    bank = load_bank().prompts
    day = date(2026, 11, 30)
    while (prompt_of_the_day(day, bank).article is not None) != with_article:
        day += timedelta(1)
    return day


def day_where(returning: bool) -> date:
    """The first day from 2026-11-30 on which a question may come back (or may not)."""
    day = date(2026, 11, 30)
    while may_return_on(day) != returning:
        day += timedelta(1)
    return day


def median_ms(timings: list[float]) -> float:
    return statistics.median(timings) * 1000


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=30)
    options.add_argument("--artikelen", type=Path, default=None)
    options.add_argument("--entries", type=int, default=0)
    args = options.parse_args()

    extra = ["--artikelen", str(args.artikelen)] if args.artikelen else []
    leeslamp = leeslamp_command()
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python + the stdlib vandaag needs": [sys.executable, "-c", f"import {STDLIB_FLOOR}"],
        "vandaag (question without article)": [
            *leeslamp,
            "vandaag",
            "--datum",
            first_day(False).isoformat(),
            *extra,
        ],
        "vandaag (question with article)": [
            *leeslamp,
            "vandaag",
            "--datum",
            first_day(True).isoformat(),
            *extra,
        ],
    }
    library = load_library([args.artikelen] if args.artikelen else [])
    print(f"{' '.join(leeslamp)}; {len(library.articles)} articles in the library")

    timings: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as big:
        if args.entries:
            journal_bench.build_journal(
                Paths(Path(big)), journal_bench.journal_tables(args.entries, random.Random(7))
            )
            for returning, label in ((False, "usual day"), (True, "a question may return")):
                name = f"{args.entries} entries, {label}"
                day = day_where(returning).isoformat()
                commands[name] = [*leeslamp, "vandaag", "--datum", day, "--data-dir", big]
                timings[name], cpu[name] = [], []
        env = {**os.environ, "LEESLAMP_HOME": home}
        # An installed leeslamp runs from .pyc files (pip compiles them); let the warm-up
        # write them here too, or every run would compile the sources again.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for round_ in range(args.runs + 3):
            for name, command in commands.items():
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                start = time.perf_counter()
                subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
                wall = time.perf_counter() - start
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                if round_ >= 3:  # the first rounds warm the file cache and .pyc files
                    timings[name].append(wall)
                    used = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
                    cpu[name].append(used)

    base, base_cpu = median_ms(timings["python -c pass"]), median_ms(cpu["python -c pass"])
    print(f"medians of {args.runs} interleaved runs; CPU = user + system time of the process,")
    print("which a busy machine disturbs less than the wall clock")
    print(f"{'command':<38} {'wall':>9} {'ratio':>6} {'CPU':>9} {'ratio':>6}")
    for name in commands:
        ms, cpu_ms = median_ms(timings[name]), median_ms(cpu[name])
        print(
            f"{name:<38} {ms:6.1f} ms {ms / base:5.1f}x {cpu_ms:6.1f} ms {cpu_ms / base_cpu:5.1f}x"
        )


if __name__ == "__main__":
    main()
