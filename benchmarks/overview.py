"""The coach's overview of a large group, as a whole process: `leeslamp opdracht overzicht`
over a folder of 200 answer files for 3 versions of one assignment, 30 of them edited by hand,
with the Markdown report written. Against `python -c pass` measured in the same run (the
floor for any Python process); the table gives medians and the ratio. Target: under 2 s.

    .venv/bin/python benchmarks/overview.py [--rounds 5] [--files 200]
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
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 2.0
EDITED = 30
#: six questions over two articles; each version changes a little, as a coach does
QUESTIONS = [
    ("verbroken-sociale-contracten", "Welk sociaal contract in jouw werk staat onder druk?"),
    ("verbroken-sociale-contracten", "Wanneer merkte je dat iemand er niet meer in geloofde?"),
    ("verbroken-sociale-contracten", "Wat zou je willen herstellen, en met wie?"),
    ("het-leren-faciliteren", "Waar zou je team sneller gaan door eerst te vertragen?"),
    ("het-leren-faciliteren", "Wie heeft deze week jouw aandacht nodig?"),
    ("het-leren-faciliteren", "Wat leerde je van een collega zonder dat het zo bedoeld was?"),
]


def versions() -> list[object]:
    from leeslamp.assignments import new_assignment

    def make(questions: list[tuple[str, str]]) -> object:
        items: dict[str, list[str]] = {}
        for article, text in questions:
            items.setdefault(article, []).append(text)
        return new_assignment(
            title="Leesopdracht week 49", coach="Marieke", items=list(items.items())
        )

    v1 = list(QUESTIONS)
    v2 = [*v1[:2], (v1[2][0], "Wat wil je herstellen, en met wie?"), *v1[3:]]  # reworded
    v3 = [*v2[:4], (v2[4][0], "Wie vraagt deze week om jouw aandacht?"), v2[5]]
    v3.insert(1, (v1[0][0], "Wie betaalt de prijs als een contract breekt?"))  # added
    return [make(v1), make(v2), make(v3)]


class Answer:
    def __init__(self, text: str, updated: str) -> None:
        self.text = text
        self.updated = updated


def make_group(folder: Path, count: int) -> None:
    """`count` answer files, a third per version (the newer versions later), some edited."""
    from leeslamp.assignments import build_bundle, bundle_json, bundle_markdown

    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assignments = versions()
    edited_ones = {i * count // EDITED for i in range(EDITED)}
    for number in range(count):
        version = number * len(assignments) // count
        assignment = assignments[version]
        made = start + timedelta(days=version, minutes=number)
        questions = assignment.questions  # type: ignore[attr-defined]
        answers = {
            q.number: Answer(f"Lezer {number} over vraag {q.number}. " * 20, made.isoformat())
            for q in questions
            if (number + q.number) % 4
        }
        document = build_bundle(
            assignment,  # type: ignore[arg-type]
            answers,  # type: ignore[arg-type]
            reader=f"Lezer {number % 150}",  # some names twice: two readers, one name
            reader_id=f"{number:016x}",
            exported=made,
        )
        text = bundle_json(document)
        if number in edited_ones:  # a typo fixed by hand: the checksum no longer matches
            edited = json.loads(text)
            for row in edited["answers"]:
                if row["answer"]:
                    row["answer"] = row["answer"].replace("over", "óver", 1)
                    break
            text = json.dumps(edited, ensure_ascii=False, indent=2)
        path = folder / f"antwoorden-{number:03}.json"
        path.write_text(text, encoding="utf-8")
        path.with_suffix(".md").write_text(bundle_markdown(document), encoding="utf-8")


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--files", type=int, default=200)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        inbox = base / "antwoorden"
        inbox.mkdir()
        make_group(inbox, args.files)
        env = {
            **os.environ,
            "LEESLAMP_HOME": str(base / "home"),
            "PYTHONPATH": str(ROOT / "src"),
        }
        report = base / "rapport.md"
        overview = [sys.executable, "-m", "leeslamp", "opdracht", "overzicht", str(inbox)]
        cases = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "opdracht overzicht": overview,
            "opdracht overzicht -o rapport.md": [*overview, "-o", str(report)],
            "opdracht overzicht --json": [*overview, "--json"],
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        timed(cases["opdracht overzicht"], env)  # warm the disk cache and the .pyc files
        for _ in range(args.rounds):
            for name, command in cases.items():  # interleaved: a busy moment hits all alike
                times[name].append(timed(command, env))
        checked = subprocess.run(
            [*overview, "--json"], env=env, check=True, capture_output=True, text=True
        )
        data = json.loads(checked.stdout)
    floor = statistics.median(times["python -c pass"])
    print(f"{args.files} answer files, 3 versions, {EDITED} edited by hand; {args.rounds} rounds")
    print(
        f"read: {len(data['readers'])} readers, {len(data['questions'])} questions, "
        f"{sum(r['edited'] for r in data['readers'])} edited, {len(data['skipped'])} skipped"
    )
    print(f"{'case':36} {'median':>8} {'ratio':>7}")
    worst = 0.0
    for name, values in times.items():
        median = statistics.median(values)
        if name != "python -c pass":
            worst = max(worst, median)
        print(f"{name:36} {median:7.3f}s {median / floor:6.1f}x")
    verdict = "met" if worst < TARGET else "MISSED"
    print(f"target: under {TARGET:.1f} s: {verdict} (slowest {worst:.3f} s)")
    return 0 if worst < TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
