"""A long article in the reader: time to its first paint and until all of it is mounted.

`leeslamp lees groot` headless (100x30) for a 100 KB and a 530 KB article of varied Dutch-ish
paragraphs of ~260 characters (a heading every 40), as the command line starts it. Each run
prints the process's CPU and wall time at the reader's first paint (`_painted`) and when the
whole article is mounted (`PositionController.all_mounted`), and the longest the event loop
was held up while the rest loaded (what a key pressed then waits at most).

    .venv/bin/python benchmarks/reader_load.py [--rounds 5] [--baseline OLD/src]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from startup import compile_leeslamp

PROBE = textwrap.dedent(
    """
    import asyncio, sys, time
    import textual.app
    from leeslamp.tui.screens.reader import position, screen

    marks = {}
    painted, all_mounted = screen.ReaderScreen._painted, position.PositionController.all_mounted

    async def watch_loop():
        worst = 0.0
        while "loaded" not in marks:
            start = time.perf_counter()
            await asyncio.sleep(0.005)
            worst = max(worst, time.perf_counter() - start - 0.005)
        marks["stall"] = worst

    async def told_painted(reader):
        await painted(reader)
        if "first" not in marks:
            marks["first"] = (time.process_time(), time.perf_counter())
            reader._watch_loop = asyncio.get_running_loop().create_task(watch_loop())

    def told_mounted(controller):
        all_mounted(controller)
        marks["loaded"] = (time.process_time(), time.perf_counter())
        controller.screen.set_timer(0.1, controller.screen.app.exit)

    screen.ReaderScreen._painted = told_painted
    position.PositionController.all_mounted = told_mounted
    run = textual.app.App.run
    textual.app.App.run = lambda app: run(app, headless=True, size=(100, 30))
    import leeslamp.cli.reading
    leeslamp.cli.reading.has_terminal = lambda: True
    from leeslamp.cli import main

    start = float(sys.argv[1])
    try:
        main(["lees", "groot"])
    except SystemExit:
        pass
    first, loaded = marks["first"], marks["loaded"]
    print(first[0], first[1] - start, loaded[0], loaded[1] - start, marks.get("stall", 0.0))
    """
)

WORDS = (  # noqa: SIM905 (a sentence of words reads better than a list of them)
    "leren organisatie team vertrouwen overtuiging medewerker zelfsturing visie gesprek "
    "reflectie denken model systeem verandering leiding collega werk samen dialoog patroon "
    "aandacht vraag antwoord ervaring kennis praktijk inzicht beweging structuur cultuur keuze "
    "ruimte tijd rust energie doel richting waarde gedrag ideeën coördinatie"
).split()
SMALL = (  # noqa: SIM905
    "de het een en van in op met voor naar als dat die is zijn wordt was niet ook maar"
).split()


def article(kilobytes: int, seed: int = 20251206) -> str:
    rng = random.Random(seed)

    def sentence() -> str:
        words = [rng.choice(WORDS if rng.random() < 0.5 else SMALL) for _ in range(12)]
        return " ".join(words).capitalize() + rng.choice(".?!.")

    paragraphs: list[str] = []
    size = 0
    while size < kilobytes * 1000:
        if len(paragraphs) % 41 == 1:
            paragraphs.append(f"## Hoofdstuk {len(paragraphs) // 41 + 1}")
        paragraph = ""
        while len(paragraph) < 225:
            paragraph += (" " if paragraph else "") + sentence()
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    body = "\n\n".join(paragraphs) + "\n"
    return f"---\nid: groot\ntitle: Een groot artikel\nauthor: Iemand\n---\n\n{body}"


def one_run(env: dict[str, str]) -> list[float]:
    import time

    command = [sys.executable, "-c", PROBE, str(time.perf_counter())]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return [float(value) for value in done.stdout.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--baseline", metavar="SRC", help="another checkout's src folder")
    args = parser.parse_args()
    compile_leeslamp()
    sources: dict[str, str | None] = {"": None}
    if args.baseline:
        import compileall

        compileall.compile_dir(Path(args.baseline) / "leeslamp", quiet=1)
        sources[" [baseline]"] = str(Path(args.baseline).resolve())
    runs: dict[str, list[list[float]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        cases: dict[str, dict[str, str]] = {}
        for kilobytes in (100, 530):
            home = Path(folder) / f"{kilobytes}"
            (home / "articles").mkdir(parents=True)
            (home / "articles" / "groot.md").write_text(article(kilobytes), encoding="utf-8")
            for tag, source in sources.items():
                env = {**os.environ, "LEESLAMP_HOME": str(home), "LEESLAMP_TAAL": "nl"}
                cases[f"{kilobytes} KB{tag}"] = {**env, "PYTHONPATH": source} if source else env
        for env in cases.values():  # warm: .pyc files, the front matter cache
            one_run(env)
        for _ in range(args.rounds):
            for name, env in cases.items():
                runs.setdefault(name, []).append(one_run(env))

    width = max(len(name) for name in runs)
    print(f"leeslamp lees groot, headless 100x30, median of {args.rounds} runs (seconds)\n")
    print(f"{'article':<{width}}  first paint cpu / wall   all mounted cpu / wall   worst stall")
    for name, rows in runs.items():
        first_cpu, first_wall, cpu, wall, stall = (
            statistics.median(c) for c in zip(*rows, strict=True)
        )
        print(
            f"{name:<{width}}  {first_cpu:15.2f} / {first_wall:4.2f}"
            f"   {cpu:15.2f} / {wall:4.2f}   {stall * 1000:8.0f} ms"
        )


if __name__ == "__main__":
    main()
