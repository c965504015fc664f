"""How fast do `leeslamp --version`, `vandaag` and `schrijf` (10k entries) run, next to `python -c pass`?

    .venv/bin/python benchmarks/commands.py [--runs 20] [--entries 10000] [--budget 15]

Each command runs as a whole process, interleaved with the others round by round (a busy moment
hurts all alike), after a few warm-up rounds; the table gives medians (wall clock and CPU) and
the ratios to `python -c pass` measured in the same run. `vandaag` runs on a day whose question
links an article (the title is needed) and as `--json`; the cache (`leeslamp/daily/cache.py`)
is warm after the first round, as it is for someone who asks every morning. `schrijf` writes to
a journal of `--entries` entries built in the storage's own format (`benchmarks/journal.py`),
on the quick path (today's backup exists). Then the `-X importtime` budget of `--version`: what
Python imports for it, the biggest first.

Targets (issue 13): --version <= 3x, vandaag <= 4x, schrijf at 10k <= 5x.
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

TARGETS = {"--version": 3.0, "vandaag": 4.0, "vandaag --json": 4.0, "schrijf": 5.0}


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


def importtime_budget(command: list[str], env: dict[str, str], top: int) -> None:
    """`python -X importtime` of one command: the total and the biggest imports (cumulative)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *command[1:]]
        if command[0] == sys.executable
        else [sys.executable, "-X", "importtime", command[0], *command[1:]],
        env=env,
        capture_output=True,
        text=True,
    )
    rows: list[tuple[int, int, str]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = line.removeprefix("import time:").split("|")
        rows.append((int(cumulative), int(own), name.rstrip()))
    total = sum(own for _cumulative, own, _name in rows)
    print(f"\n-X importtime of `{' '.join(['leeslamp', *command[-1:]])}`: {len(rows)} modules, ")
    print(f"{total / 1000:.1f} ms of imports in all (one run, no warm-up beyond the above)")
    print(f"{'cumulative':>10} {'self':>7}  module (indent = imported by the line above)")
    top_level = [row for row in rows if not row[2].startswith("   ")]
    for cumulative, own, name in sorted(top_level, reverse=True)[:top]:
        print(f"{cumulative / 1000:7.1f} ms {own / 1000:4.1f} ms  {name.strip()}")
    leeslamp_modules = sorted(name.strip() for _c, _o, name in rows if "leeslamp" in name)
    print(f"leeslamp modules: {', '.join(leeslamp_modules)}")


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
        env = {**os.environ, "LEESLAMP_HOME": str(home)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed leeslamp runs from .pyc files
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "--version": [*leeslamp, "--version"],
            "vandaag": [*leeslamp, "vandaag", "--datum", day],
            "vandaag --json": [*leeslamp, "vandaag", "--json", "--datum", day],
            "schrijf": [*leeslamp, "schrijf", "Een korte gedachte voor de meting."],
        }
        print(f"{' '.join(leeslamp)}; schrijf into {args.entries} entries; {args.runs} rounds")
        results = measure(commands, env, args.runs)
        base_wall, base_cpu = results["python -c pass"]
        print(f"{'command':<16} {'wall':>9} {'ratio':>6} {'CPU':>9} {'ratio':>6} {'target':>7}")
        for name, (wall, cpu) in results.items():
            target = f"<= {TARGETS[name]:.0f}x" if name in TARGETS else ""
            print(
                f"{name:<16} {wall:6.1f} ms {wall / base_wall:5.2f}x "
                f"{cpu:6.1f} ms {cpu / base_cpu:5.2f}x {target:>7}"
            )
        importtime_budget(commands["--version"], env, args.budget)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
