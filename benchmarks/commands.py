"""How fast do `leeslamp --version`, `vandaag` and `schrijf` (10k entries) run, next to `python -c pass`?

    .venv/bin/python benchmarks/commands.py [--runs 20] [--entries 10000] [--budget 15]

Each command runs as a whole process, interleaved with the others round by round (a busy moment
hurts all alike), after a few warm-up rounds; the table gives medians (wall clock and CPU) and
the ratios to `python -c pass` measured in the same run. `vandaag` runs on a day whose question
links an article (the title is needed) and as `--json`; the cache (`leeslamp/daily/cache.py`)
is warm after the first round, as it is for someone who asks every morning; "vandaag, no cache"
is the same command where the cache cannot be kept (how it ran before the cache). Asked again
the same day, `vandaag` prints what it printed (`leeslamp/daily/quick_today.py`) without
building the command line; "vandaag, full path" is the same command where only the day cache
can be kept: the command itself (settings, the context; not argparse, which a plain `vandaag`
skips: `cli._today_args`) over a warm day cache, as every `vandaag` ran before (it
also tries to keep its words each time, as a first ask does once; the first `vandaag` of a day
computes the day's part of the day cache too: `benchmarks/today.py`, which alternates days,
measures that). `schrijf`
writes to a journal of `--entries` entries built in the storage's own format
(`benchmarks/journal.py`), on the quick path (today's backup exists), and again after a busy day
(a log of autosaves just under the size that compacts it: the quick path must not grow with it
either), and into the same journal locked with a passphrase (issue 17: read from
LEESLAMP_WACHTWOORD_BESTAND; scrypt's key derivation is most of its cost). Then the
`-X importtime` budget of `--version`, `vandaag` (asked again), its full path and `schrijf`:
what Python imports for them, the biggest first.

Targets (issue 13): --version <= 3x, vandaag <= 4x, schrijf at 10k <= 5x; (issue 17) schrijf
into a locked 10k journal < 400 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# the journal builder of the journal benchmark, beside this file
sys.path.insert(0, str(Path(__file__).resolve().parent))
import journal as journal_bench
import today as today_bench

from leeslamp.core.paths import Paths

#: the standard modules vandaag and schrijf import (the parser, leeslamp's dataclasses, paths,
#: dates, the cache or the log): what neither can start faster than as leeslamp is written
STDLIB_FLOOR = "argparse, dataclasses, datetime, json, pathlib, typing"
TARGETS = {
    "--version": 3.0,
    "vandaag": 4.0,
    "vandaag --json": 4.0,
    "schrijf": 5.0,
    "schrijf, busy day": 5.0,
}
#: targets in milliseconds of wall clock
TARGETS_MS = {"schrijf, locked": 400.0}
#: the locked journal's passphrase (benchmark only)
PASSPHRASE = "een lange zin om het dagboek mee op slot te zetten"
#: print the -X importtime budget of these commands
BUDGETS = ("--version", "vandaag", "vandaag, full path", "schrijf")
IMPORTTIME_RUNS = 5


def measure(commands: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, tuple]:
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(runs + 3):
        for name, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            done = subprocess.run(
                command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
            )
            elapsed = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if done.returncode != 0:
                raise SystemExit(f"{name} failed: {done.stderr.decode()}")
            if round_ >= 3:  # the first rounds warm the file cache, .pyc files and leeslamp's cache
                wall[name].append(elapsed)
                cpu[name].append(
                    after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
                )
    return {
        name: (statistics.median(wall[name]) * 1000, statistics.median(cpu[name]) * 1000)
        for name in commands
    }


def importtime_budget(name: str, command: list[str], env: dict[str, str], top: int) -> None:
    """`python -X importtime` of one command, the minimum of a few runs per module (a busy
    machine only ever adds): the total, then the biggest imports."""
    argv = command[1:] if command[0] == sys.executable else command
    own: dict[str, int] = {}
    cumulative: dict[str, int] = {}
    for _ in range(IMPORTTIME_RUNS):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", *argv], env=env, capture_output=True, text=True
        )
        for line in done.stderr.splitlines():
            if not line.startswith("import time:") or "self [us]" in line:
                continue
            self_us, cumulative_us, module = line.removeprefix("import time:").split("|")
            module = module.rstrip()
            own[module] = min(own.get(module, 1 << 40), int(self_us))
            cumulative[module] = min(cumulative.get(module, 1 << 40), int(cumulative_us))
    print(
        f"\n-X importtime of `leeslamp {name}` (min of {IMPORTTIME_RUNS} runs): {len(own)} modules,"
        f" {sum(own.values()) / 1000:.1f} ms of imports in all (importtime itself adds to it)"
    )
    print(f"{'cumulative':>10} {'self':>7}  module (indented: imported by a module above)")
    top_level = [m for m in own if not m.startswith("   ")]  # " name" is top level
    for module in sorted(top_level, key=lambda m: -cumulative[m])[:top]:
        print(f"{cumulative[module] / 1000:7.1f} ms {own[module] / 1000:4.1f} ms  {module.strip()}")
    print(f"the {top} biggest by their own time, at any depth:")
    for module in sorted(own, key=lambda m: -own[m])[:top]:
        print(f"{'':>10} {own[module] / 1000:4.1f} ms  {module.strip()}")
    mine = sorted(m.strip() for m in own if m.strip().startswith("leeslamp"))
    print(f"leeslamp modules ({len(mine)}): {', '.join(mine)}")


def busy_day_log(paths: Paths, rng: random.Random) -> None:
    """Today's log filled with autosaves of one entry up to ~90% of the size that compacts it
    (`COMPACT_AT`), as a long day of writing in the app leaves it."""
    from leeslamp.journal import logfile, schema
    from leeslamp.journal.journal import COMPACT_AT

    entries = journal_bench.journal_tables(1, rng)["entries"]
    doc = dict(next(iter(entries.values())))
    records = []
    size = paths.journal_log.stat().st_size
    while size < COMPACT_AT * 0.9:
        doc = {**doc, "text": journal_bench.dutch_text(rng, 1500)}
        records.append(logfile.put(schema.ENTRIES, doc))
        size += len(doc["text"]) + 300
    logfile.append(paths.journal_log, records, schema.SCHEMA_VERSION)


def locked_copy(home: Path, target: Path) -> Path:
    """A copy of `home`, locked with PASSPHRASE (scrypt as leeslamp uses it); returns the
    passphrase file for LEESLAMP_WACHTWOORD_BESTAND."""
    from leeslamp.journal import Journal, crypt, lock_files
    from leeslamp.journal.locking import hold_lock

    shutil.copytree(home, target)
    paths = Paths(target)
    with hold_lock(paths) as held:
        lock_files.lock(paths, PASSPHRASE, lambda: Journal.open(paths, held_lock=held).close())
    crypt.forget()
    secret = target.parent / "wachtwoord"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    secret.chmod(0o600)
    return secret


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=20)
    options.add_argument("--entries", type=int, default=10_000)
    options.add_argument("--budget", type=int, default=15, help="imports to list for --version")
    args = options.parse_args()

    leeslamp = today_bench.leeslamp_command()
    day = today_bench.first_day(True).isoformat()
    folder = Path(tempfile.mkdtemp(prefix="leeslamp-commands-"))
    try:
        home = folder / "home"
        journal_bench.build_journal(
            Paths(home), journal_bench.journal_tables(args.entries, random.Random(20250501))
        )
        # schrijf gets a copy of its own: its entries would make vandaag's cache stale each round
        shutil.copytree(home, folder / "write-home")
        # and vandaag one where the cache cannot be kept (a file where its folder belongs)
        shutil.copytree(home, folder / "no-cache-home")
        shutil.copytree(home, folder / "day-cache-home")
        (folder / "no-cache-home" / "cache").write_text("no cache here")
        # and one where `vandaag` cannot keep the words it printed (`daily.quick_today`: a
        # folder where each file belongs), only the day cache: the full path, as the first
        # `vandaag` of the day (its day part aside) or after the journal changed
        for name in ("vandaag-tekst.txt", "vandaag-json.txt"):
            (folder / "day-cache-home" / "cache" / name).mkdir(parents=True)
        # and schrijf once more, after a busy day: a log just under the size that compacts it
        busy = folder / "busy-home"
        shutil.copytree(home, busy)
        busy_day_log(Paths(busy), random.Random(7))
        secret = locked_copy(home, folder / "locked-home")
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "stdlib floor": [sys.executable, "-c", f"import {STDLIB_FLOOR}"],
            "--version": [*leeslamp, "--version"],
            "vandaag": [*leeslamp, "vandaag", "--datum", day],
            "vandaag --json": [*leeslamp, "vandaag", "--json", "--datum", day],
            "vandaag, full path": [
                *leeslamp,
                "vandaag",
                "--datum",
                day,
                "--data-dir",
                str(folder / "day-cache-home"),
            ],
            "vandaag, no cache": [
                *leeslamp,
                "vandaag",
                "--datum",
                day,
                "--data-dir",
                str(folder / "no-cache-home"),
            ],
            "schrijf": [
                *leeslamp,
                "schrijf",
                "Een korte gedachte.",
                "--data-dir",
                str(folder / "write-home"),
            ],
            "schrijf, busy day": [
                *leeslamp,
                "schrijf",
                "Nog een gedachte.",
                "--data-dir",
                str(busy),
            ],
            "schrijf, locked": [
                "env",
                f"LEESLAMP_WACHTWOORD_BESTAND={secret}",
                *leeslamp,
                "schrijf",
                "Een gedachte op slot.",
                "--data-dir",
                str(folder / "locked-home"),
            ],
        }
        env = {**os.environ, "LEESLAMP_HOME": str(home)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed leeslamp runs from .pyc files
        past = time.time() - 60  # files quiet for a while, as a real journal between writes
        for path in [home, *home.rglob("*")]:
            os.utime(path, (past, past))
        print(f"{' '.join(leeslamp)}; schrijf into {args.entries} entries; {args.runs} rounds")
        results = measure(commands, env, args.runs)
        base_wall, base_cpu = results["python -c pass"]
        print(f"{'command':<18} {'wall':>9} {'ratio':>6} {'CPU':>9} {'ratio':>6} {'target':>8}")
        for name, (wall, cpu) in results.items():
            target = f"<= {TARGETS[name]:.0f}x" if name in TARGETS else ""
            if name in TARGETS_MS:
                target = f"< {TARGETS_MS[name]:.0f} ms"
            print(
                f"{name:<18} {wall:6.1f} ms {wall / base_wall:5.2f}x "
                f"{cpu:6.1f} ms {cpu / base_cpu:5.2f}x {target:>8}"
            )
        for name in BUDGETS:
            importtime_budget(name, commands[name], env, args.budget)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
