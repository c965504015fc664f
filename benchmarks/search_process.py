"""`leeslamp zoek` as a whole process at 10k and 50k entries, and the app's memory with 50k.

Run: `.venv/bin/python benchmarks/search_process.py [--rounds 7] [10000 50000 ...]`. Prints a
table; asserts nothing. Targets (issue 13): `zoek` for a rare word at 10k within 15x of
`python -c pass`; at 50k within 300 ms and 80 MiB; the app with a 50k journal within 120 MiB.

Each run is a fresh process; its time is wall clock from start to exit, its memory the maximum
resident set `os.wait4` reports for that child (the per-child form of RUSAGE_CHILDREN). Cases
run interleaved, several rounds, and the table gives medians and the ratio to `python -c pass`
measured in the same run. The first `zoek` on a journal is shown on its own: it may build the
search index (a derived file in the data folder); the rounds after that use it.

"The app" is the real app, headless (Textual's `run_test`), with the search screen opened and
one word searched, so whatever search keeps in memory is counted. Its first start on a journal
is a reader's first start of a day: it folds the log into a new snapshot and keeps today's
backup (`Journal.maintain`), and the search index built by `zoek` is carried over, not rebuilt
(`compact_keeping_index`); the later starts (medians) find nothing to fold. The index is
rebuilt, by design, when the snapshot is another file: a data folder copied with `cp -a` gets
new inodes, so do not copy a prepared folder between runs.

Journals are made as in benchmarks/search_export.py, plus a rare word in three entries.

Measured on the 2-core machine shared by eight sessions (6 Dec 2026, 7 rounds; python -c pass
11-15 ms), before the index on disk (PYTHONPATH=<old checkout>/src) and after:

    zoek, rare word, 10k       432 ms  29.7x   47 MiB   ->    91 ms  8.1x   23 MiB
    zoek, rare word, 50k      2115 ms   145x  153 MiB   ->    88 ms  7.8x   22 MiB
    zoek, first run (builds the index), 10k / 50k       ->   822 / 4811 ms, 47 / 128 MiB
    app, search opened, 50k: max RSS 245 MiB, at the end 236 -> 175 and 155 MiB

The app at 50k, before and after Vandaag's two passes over the journal (daily/today_scan.py;
no list of every entry), two runs each, interleaved (6 Dec 2026, 5 rounds; PYTHONPATH=<a copy
of the commit before, with its articles/: without them the article hashes are never read and
`zoek` looks 9 MiB smaller>/src):

    app, day's first start: max RSS  131, 134 -> 115, 116 MiB; at the end 117, 129 -> 115, 116
    app, later starts:      max RSS  133, 131 -> 114, 113 MiB; at the end 127, 123 -> 114, 113
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from search_export import build_journal

ROOT = Path(__file__).resolve().parents[1]
RARE = "zeldzaamheid"

APP_CHILD = """
import asyncio, os, resource, sys
from leeslamp.core.context import Context
from leeslamp.tui.app import LeeslampApp
from leeslamp.tui.screens.search import SearchScreen

async def run() -> None:
    app = LeeslampApp(Context.create(data_dir=sys.argv[1]))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("z")
        while not (isinstance(app.screen, SearchScreen) and app.screen.total):
            await pilot.pause(0.05)
        screen = app.screen
        screen.query_one("#search-query").value = "vertrouwen"
        await pilot.pause(0.5)
        while screen.total == 0:
            await pilot.pause(0.05)
        with open("/proc/self/status") as status:
            now = next(line for line in status if line.startswith("VmRSS")).split()[1]
        print(int(now) / 1024)

asyncio.run(run())
"""


def with_rare_word(home: Path) -> None:
    """Put RARE into three entries of the journal's snapshot."""
    path = home / "journal.json"
    data = json.loads(path.read_text())
    entries = data["entries"]
    for key in list(entries)[:: max(1, len(entries) // 3)][:3]:
        entries[key]["text"] += f" Een {RARE} van de eerste orde."
    path.write_text(json.dumps(data))


def run(
    command: list[str], env: dict[str, str], out: list[str] | None = None
) -> tuple[float, float]:
    """Wall milliseconds and max RSS in MiB of one process; what it printed into `out`."""
    began = time.perf_counter()
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT
    )
    printed = child.stdout.read() if child.stdout else b""
    _pid, status, usage = os.wait4(child.pid, 0)
    if out is not None:
        out.append(printed.decode())
    elapsed = (time.perf_counter() - began) * 1000
    if status != 0:
        raise SystemExit(f"{command} failed ({status})")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    if sys.argv[1:2] == ["--build"]:
        build_journal(Path(sys.argv[2]), int(sys.argv[3]))
        with_rare_word(Path(sys.argv[2]))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("counts", nargs="*", type=int, default=[10_000, 50_000])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--no-app", action="store_true", help="skip the app's memory")
    args = parser.parse_args()
    python = sys.executable
    # PYTHONPATH as given (to measure another checkout), else this one's src. Bytecode is
    # cached, as for an installed leeslamp: compiling every module each run is no one's case.
    env = {**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH") or str(ROOT / "src")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    print(f"  {'what':<36} {'entries':>7}  {'median':>9}  {'ratio':>6}  {'max RSS':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        homes = {}
        for count in args.counts:
            home = Path(tmp) / str(count)
            home.mkdir()
            # In a child: a big parent would lend every forked child its high-water mark.
            subprocess.run(
                [python, __file__, "--build", str(home), str(count)], env=env, check=True
            )
            homes[count] = home
        zoek = [python, "-m", "leeslamp", "zoek", RARE]
        run([python, "-m", "leeslamp", "--version"], env)  # bytecode written, if it was not
        first = {count: run([*zoek, "--data-dir", str(home)], env) for count, home in homes.items()}
        bare: list[tuple[float, float]] = []
        found: dict[int, list[tuple[float, float]]] = {count: [] for count in homes}
        for _ in range(args.rounds):
            bare.append(run([python, "-c", "pass"], env))
            for count, home in homes.items():
                found[count].append(run([*zoek, "--data-dir", str(home)], env))
        base = statistics.median(ms for ms, _ in bare)
        print(f"  {'python -c pass':<36} {'':>7}  {base:6.1f} ms  {1:5.1f}x")
        for count in homes:
            ms, rss = first[count]
            print(
                f"  {'zoek (rare word), first run':<36} {count:>7,}  {ms:6.0f} ms  "
                f"{ms / base:5.1f}x  {rss:5.0f} MiB"
            )
            ms = statistics.median(ms for ms, _ in found[count])
            rss = max(rss for _, rss in found[count])
            print(
                f"  {'zoek (rare word)':<36} {count:>7,}  {ms:6.0f} ms  "
                f"{ms / base:5.1f}x  {rss:5.0f} MiB"
            )
        if not args.no_app:
            for count, home in homes.items():
                # The first start folds the log into the snapshot and keeps today's backup,
                # as a reader's first start of a day does; the later ones find nothing to do.
                apps = []
                for _ in range(1 + max(1, args.rounds // 2)):
                    said: list[str] = []
                    ms, rss = run([python, "-c", APP_CHILD, str(home)], env, said)
                    apps.append((ms, rss, float(said[0].split()[-1])))
                later = apps[1:]
                for label, (ms, rss, now) in (
                    ("app, day's first start", apps[0]),
                    (
                        "app, later starts",
                        tuple(statistics.median(run[n] for run in later) for n in range(3)),
                    ),
                ):
                    print(
                        f"  {label + ': max RSS':<36} {count:>7,}  {ms:6.0f} ms  "
                        f"{'':>6}  {rss:5.0f} MiB"
                    )
                    print(
                        f"  {label + ': RSS at end':<36} {count:>7,}  {'':>9}  "
                        f"{'':>6}  {now:5.0f} MiB"
                    )


if __name__ == "__main__":
    main()
