"""How fast is the shell reminder, `leeslamp vandaag --herinnering`, next to `python -c pass`?

    .venv/bin/python benchmarks/vandaag.py [--runs 30] [--entries 1000]

The reminder runs at every terminal start (issue 16 §6), so its target is at most 4x bare
Python's start. Each command runs as a whole process, interleaved with the others round by
round (a busy moment hurts all alike), after three warm-up rounds that also fill leeslamp's
caches, as for someone who opens terminals all day; the table gives medians (wall clock and
CPU) and their ratios to `python -c pass` measured in the same run. The journal holds
`--entries` entries (built in the storage's own format, `benchmarks/journal.py`).

- `--herinnering, open`: today's question is open: one line, from `cache/herinnering.txt`
  (`leeslamp.daily.reminder_cache`, read before the command line is built);
- `--herinnering, answered`: a copy of the journal where today's question has its answer;
- `--herinnering, full path`: the same command with `--debug`, which the quick path leaves to
  the full command line (argparse, the context, vandaag's day cache);
- `vandaag`, `vandaag --json` (which now says whether the question is answered) and
  `--version`, for scale.

Then the `-X importtime` budget of the reminder: what Python imports for it.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import commands as commands_bench
import journal as journal_bench
import today as today_bench

from leeslamp.core.paths import Paths

TARGETS = {
    "--herinnering, open": 4.0,
    "--herinnering, answered": 4.0,
    "vandaag": 4.0,
    "vandaag --json": 4.0,
    "--version": 3.0,
}


def quiet(home: Path) -> None:
    """Every file as if written a minute ago: caches keep nothing that changed a moment ago."""
    past = time.time() - 60
    for path in [home, *home.rglob("*")]:
        os.utime(path, (past, past))


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--runs", type=int, default=30)
    options.add_argument("--entries", type=int, default=1000)
    options.add_argument("--budget", type=int, default=10, help="imports to list")
    args = options.parse_args()

    leeslamp = today_bench.leeslamp_command()
    folder = Path(tempfile.mkdtemp(prefix="leeslamp-vandaag-"))
    try:
        home = folder / "home"
        journal_bench.build_journal(
            Paths(home), journal_bench.journal_tables(args.entries, random.Random(20261206))
        )
        answered = folder / "answered-home"
        shutil.copytree(home, answered)
        env = {**os.environ, "LEESLAMP_HOME": str(home)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed leeslamp runs from .pyc files
        subprocess.run(
            [*leeslamp, "--data-dir", str(answered), "schrijf", "--soort", "dagvraag", "Ja."],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        quiet(home)
        quiet(answered)
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "--herinnering, open": [*leeslamp, "vandaag", "--herinnering"],
            "--herinnering, answered": [
                *leeslamp,
                "--data-dir",
                str(answered),
                "vandaag",
                "--herinnering",
            ],
            "--herinnering, full path": [*leeslamp, "vandaag", "--herinnering", "--debug"],
            "vandaag": [*leeslamp, "vandaag"],
            "vandaag --json": [*leeslamp, "vandaag", "--json"],
            "--version": [*leeslamp, "--version"],
        }
        print(f"{' '.join(leeslamp)}; a journal of {args.entries} entries; {args.runs} rounds")
        results = commands_bench.measure(commands, env, args.runs)
        shown = subprocess.run(commands["--herinnering, open"], env=env, capture_output=True)
        silent = subprocess.run(commands["--herinnering, answered"], env=env, capture_output=True)
        print(f"open: {shown.stdout.decode().strip()!r}; answered: {silent.stdout.decode()!r}")
        base_wall, base_cpu = results["python -c pass"]
        print(f"{'command':<26} {'wall':>9} {'ratio':>6} {'CPU':>9} {'ratio':>6} {'target':>7}")
        for name, (wall, cpu) in results.items():
            target = f"<= {TARGETS[name]:.0f}x" if name in TARGETS else ""
            print(
                f"{name:<26} {wall:6.1f} ms {wall / base_wall:5.2f}x "
                f"{cpu:6.1f} ms {cpu / base_cpu:5.2f}x {target:>7}"
            )
        commands_bench.importtime_budget(
            "vandaag --herinnering", commands["--herinnering, open"], env, args.budget
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
