"""CPU time to the first screen's paint, headless, against a minimal Textual app.

The same first screens as benchmarks/startup.py, measured as the process's CPU time (all its
threads) at the moment the first screen is painted, with Textual's headless driver. Wall time
in tmux (startup.py) is what a person sees, but on a shared machine it moves with every other
process; CPU time hardly does, so the ratios of this table hold on a busy machine too. It
leaves out the terminal's own work (tmux drawing the screen), alike for every case.

The moment of the paint: the minimal app's first refresh; Vandaag reporting in
(`LeeslampApp.first_screen_shown`, after its first refresh); the reader's `_painted`.

    .venv/bin/python benchmarks/first_paint_cpu.py [--rounds 9] [--baseline OLD/src]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from startup import BIG_JOURNAL, big_journal, compile_leeslamp, long_article

MINIMAL = textwrap.dedent(
    """
    import time
    from textual.app import App
    from textual.widgets import Footer, Static

    class Minimal(App):
        def compose(self):
            yield Static("Kaboutertje")
            yield Footer()

        def on_mount(self):
            self.call_after_refresh(self.painted)

        def painted(self):
            print(time.process_time() * 1000)
            self.exit()

    Minimal().run(headless=True, size=(100, 30))
    """
)

#: `leeslamp [lees ID]` as the command line starts it, told when its first screen is painted
LEESLAMP = textwrap.dedent(
    """
    import sys
    import time
    import textual.app

    run = textual.app.App.run
    args = sys.argv[1:]

    def painted(app):
        print(time.process_time() * 1000)
        app.exit()

    if args[:1] == ["lees"]:
        from leeslamp.tui.screens.reader.screen import ReaderScreen

        reader_painted = ReaderScreen._painted

        async def told(screen):
            await reader_painted(screen)
            if not getattr(screen.app, "told", False):
                screen.app.told = True
                painted(screen.app)

        ReaderScreen._painted = told
    else:
        from leeslamp.tui.app import LeeslampApp

        shown = LeeslampApp.first_screen_shown

        def told(app):
            if not app._journal_requested:
                painted(app)
            shown(app)

        LeeslampApp.first_screen_shown = told
    textual.app.App.run = lambda app: run(app, headless=True, size=(100, 30))
    import leeslamp.cli.reading

    leeslamp.cli.reading.has_terminal = lambda: True
    from leeslamp.cli import main

    sys.exit(main(args))
    """
)


def cpu_ms(command: list[str], env: dict[str, str]) -> float:
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return float(done.stdout.split()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--baseline", metavar="SRC", help="another checkout's src folder")
    args = parser.parse_args()
    compile_leeslamp()
    sources = {"": None}
    if args.baseline:
        import compileall

        compileall.compile_dir(Path(args.baseline) / "leeslamp", quiet=1)
        sources[" [baseline]"] = str(Path(args.baseline).resolve())

    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as journal_home:
        big_journal(Path(journal_home))
        (Path(home) / "articles").mkdir()
        (Path(home) / "articles" / "groot.md").write_text(long_article(), encoding="utf-8")
        env = {**os.environ, "LEESLAMP_HOME": home, "LEESLAMP_TAAL": "nl"}
        cases: dict[str, tuple[list[str], dict[str, str]]] = {
            "minimal Textual app": ([sys.executable, "-c", MINIMAL], env),
        }
        probe = [sys.executable, "-c", LEESLAMP]
        for tag, source in sources.items():
            at = {**env, "PYTHONPATH": source} if source else env
            cases[f"Vandaag{tag}"] = (probe, at)
            cases[f"Vandaag, {BIG_JOURNAL // 1000}k journal{tag}"] = (
                probe,
                {**at, "LEESLAMP_HOME": journal_home},
            )
            cases[f"lees het-leren-faciliteren{tag}"] = (
                [*probe, "lees", "het-leren-faciliteren"],
                at,
            )
            cases[f"lees groot (100 KB){tag}"] = ([*probe, "lees", "groot"], at)
        for command, case_env in cases.values():  # warm: .pyc files, the front matter cache
            cpu_ms(command, case_env)
        runs: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.rounds):
            for name, (command, case_env) in cases.items():
                runs[name].append(cpu_ms(command, case_env))

    base = statistics.median(runs["minimal Textual app"])
    width = max(len(name) for name in cases)
    print(f"CPU time to the first paint, headless 100x30, median of {args.rounds} runs\n")
    print(f"{'case':<{width}}  {'median':>9}  {'min–max':>13}  {'ratio':>6}")
    for name, times in runs.items():
        median = statistics.median(times)
        spread = f"{min(times):.0f}–{max(times):.0f} ms"
        print(f"{name:<{width}}  {median:6.0f} ms  {spread:>13}  {median / base:5.2f}x")


if __name__ == "__main__":
    main()
