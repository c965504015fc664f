"""Time to first screen, as a whole process in a real terminal (tmux), against a minimal Textual app.

Each case starts a process in a detached 100x30 tmux session and polls the pane until a known
word shows. Cases run interleaved, several rounds; the table gives medians and the ratio to the
minimal app measured in the same run. Target: leeslamp within 1.5x of the minimal app, for Vandaag
with a journal of 10 000 entries and for a 100 KB article. Vandaag's last row waits for "Je
ritme", which comes from the journal: when the whole screen is filled in, not its first paint.

    .venv/bin/python benchmarks/startup.py [--rounds 7] [--baseline OLD/src]

`--baseline` measures the leeslamp rows a second time with another checkout's `src` (say,
`git archive main src articles | tar -x -C /tmp/old`), in the same run: before and after side
by side, each as a ratio to the same minimal app.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
POLL = 0.005
TIMEOUT = 30.0
#: a tmux server of our own, kept up by one idle session, so runs never race a server shutdown
TMUX = ["tmux", "-L", f"leeslamp-bench-{os.getpid()}"]
#: PYTHONPATH too: a worktree's `src` measured with another checkout's virtualenv
PASSED_ENV = ("LEESLAMP_HOME", "LEESLAMP_TAAL", "TERM", "NO_COLOR", "PATH", "HOME", "PYTHONPATH")
#: entries in the journal of the "Vandaag with a 10k journal" case
BIG_JOURNAL = 10_000

MINIMAL_APP = textwrap.dedent(
    """
    from textual.app import App
    from textual.widgets import Footer, Static

    class Minimal(App):
        def compose(self):
            yield Static("Kaboutertje")
            yield Footer()

    Minimal().run()
    """
)


@dataclass
class Case:
    name: str
    command: list[str]
    word: str
    #: the data folder, when not the shared one (the 10k journal)
    home: str | None = None
    #: PYTHONPATH: another checkout's `src` (`--baseline`)
    source: str | None = None


def big_journal(home: Path, count: int = BIG_JOURNAL) -> None:
    """A journal of `count` realistic entries in `home`, as benchmarks/journal.py builds it."""
    sys.path.insert(0, str(Path(__file__).parent))
    from journal import build_journal, journal_tables  # benchmarks/journal.py

    from leeslamp.core.paths import Paths

    build_journal(Paths(home), journal_tables(count, random.Random(20250501)))


def long_article(kilobytes: int = 100) -> str:
    paragraphs = ["Zonnebloempit begint dit lange artikel."]
    while sum(len(p) for p in paragraphs) < kilobytes * 1000:
        number = len(paragraphs)
        if number % 10 == 1:
            paragraphs.append(f"## Deel {number // 10 + 1}")
        paragraphs.append(f"Alinea {number}: " + "leren in een lerende organisatie. " * 12)
    body = "\n\n".join(paragraphs) + "\n"
    return "---\nid: groot\ntitle: Een groot artikel\n---\n" + body


def first_screen(case: Case, env: dict[str, str]) -> float:
    """Seconds from starting the process until `case.word` is on the tmux pane."""
    session = f"bench-{uuid.uuid4().hex[:8]}"
    # A running tmux server gives new sessions its own environment, so pass ours explicitly.
    if case.home is not None:
        env = {**env, "LEESLAMP_HOME": case.home}
    if case.source is not None:
        env = {**env, "PYTHONPATH": case.source}
    settings = [f"{key}={env[key]}" for key in PASSED_ENV if key in env]
    command = shlex.join(["env", *settings, *case.command])
    start = time.perf_counter()
    subprocess.run(
        [*TMUX, "new-session", "-d", "-s", session, "-x", "100", "-y", "30", command],
        check=True,
    )
    try:
        while time.perf_counter() - start < TIMEOUT:
            pane = subprocess.run(
                [*TMUX, "capture-pane", "-p", "-t", session], capture_output=True, text=True
            ).stdout
            if case.word in pane:
                return time.perf_counter() - start
            time.sleep(POLL)
        raise TimeoutError(f"{case.name}: '{case.word}' never showed")
    finally:
        subprocess.run([*TMUX, "kill-session", "-t", session], capture_output=True)


def compile_leeslamp() -> None:
    """Byte-compile leeslamp as an install does. Textual's modules come compiled from pip; a
    checkout's are compiled on first import, unless PYTHONDONTWRITEBYTECODE is set (a tmux
    server passes it on): then every run would compile leeslamp's modules from source again
    (~40 ms), which no installed leeslamp does."""
    import compileall

    import leeslamp

    compileall.compile_dir(Path(leeslamp.__file__).parent, quiet=1)


def time_command(command: list[str], env: dict[str, str], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--baseline", metavar="SRC", help="another checkout's src folder")
    args = parser.parse_args()
    if shutil.which("tmux") is None:
        sys.exit("benchmarks/startup.py needs tmux.")
    compile_leeslamp()
    if args.baseline:
        import compileall

        compileall.compile_dir(Path(args.baseline) / "leeslamp", quiet=1)

    from leeslamp.daily.bank import load_bank
    from leeslamp.daily.today import daily_question
    from leeslamp.library.articles import load_library

    bundled = load_library().articles
    if not bundled:
        sys.exit("No bundled articles found.")
    # Vandaag's first paint holds today's question (the data folder has no choice for today)
    question = daily_question(date.today(), load_bank().prompts).prompt.nl
    question_words = " ".join(question.split()[:3])
    shortest = min(bundled, key=lambda a: len(a.body))
    longest = max(bundled, key=lambda a: len(a.body))
    first_words = {a.id: a.blocks[0].text.split()[0:3] for a in (shortest, longest)}

    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as journal_home:
        big_journal(Path(journal_home))
        (Path(home) / "articles").mkdir()
        (Path(home) / "articles" / "groot.md").write_text(long_article(), encoding="utf-8")
        minimal = Path(home) / "minimal.py"
        minimal.write_text(MINIMAL_APP, encoding="utf-8")
        env = {**os.environ, "LEESLAMP_HOME": home, "LEESLAMP_TAAL": "nl", "TERM": "xterm-256color"}
        leeslamp = str(BIN / "leeslamp")
        cases = [
            Case("minimal Textual app", [sys.executable, str(minimal)], "Kaboutertje"),
            Case("leeslamp (Vandaag)", [leeslamp], question_words),
            Case(
                f"leeslamp (Vandaag, {BIG_JOURNAL // 1000}k journal)",
                [leeslamp],
                question_words,
                home=journal_home,
            ),
            Case(
                f"leeslamp lees {shortest.id} ({len(shortest.body) / 1000:.1f} KB)",
                [leeslamp, "lees", shortest.id],
                " ".join(first_words[shortest.id]),
            ),
            Case(
                f"leeslamp lees {longest.id} ({len(longest.body) / 1000:.1f} KB)",
                [leeslamp, "lees", longest.id],
                " ".join(first_words[longest.id]),
            ),
            Case(
                "leeslamp lees groot (100 KB, own article)",
                [leeslamp, "lees", "groot"],
                "Zonnebloempit",
            ),
            Case(
                f"leeslamp (Vandaag, {BIG_JOURNAL // 1000}k journal, filled in)",
                [leeslamp],
                "Je ritme",
                home=journal_home,
            ),
        ]
        if args.baseline:
            source = str(Path(args.baseline).resolve())
            cases += [
                dataclasses.replace(case, name=f"{case.name} [baseline]", source=source)
                for case in cases[1:]
            ]
        subprocess.run([*TMUX, "new-session", "-d", "-s", "keeper", "sleep 86400"], check=True)
        try:
            for case in cases:  # warm the disk cache and .pyc files
                first_screen(case, env)
            times: dict[str, list[float]] = {case.name: [] for case in cases}
            for _ in range(args.rounds):
                for case in cases:
                    times[case.name].append(first_screen(case, env))
        finally:
            subprocess.run([*TMUX, "kill-server"], capture_output=True)
        artikelen = time_command([leeslamp, "artikelen"], env, args.rounds)

    base = statistics.median(times[cases[0].name])
    width = max(len(case.name) for case in cases)
    print(f"time to first screen, tmux 100x30, median of {args.rounds} runs (min–max)\n")
    print(f"{'case':<{width}}  {'median':>8}  {'min–max':>13}  {'ratio':>6}")
    for case in cases:
        runs = times[case.name]
        median = statistics.median(runs)
        spread = f"{min(runs) * 1000:.0f}–{max(runs) * 1000:.0f} ms"
        print(f"{case.name:<{width}}  {median * 1000:6.0f} ms  {spread:>13}  {median / base:5.2f}x")
    print(f"\nleeslamp artikelen (whole process, median): {artikelen * 1000:.0f} ms")


if __name__ == "__main__":
    main()
