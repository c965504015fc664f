"""How long the dialogue map takes: `opdracht overzicht` over 200 answer files that each carry
5 aandacht notes on a bundled article, half of them made against an older text of it (a
paragraph since added at the top, a word changed), so those notes are found again by the
anchoring. Run: `.venv/bin/python benchmarks/dialogue.py`. Prints numbers; asserts nothing.

Measures in this process (the files are read, the notes placed and grouped) and as a whole
`leeslamp opdracht overzicht --json` process, which is what a coach waits for.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from leeslamp.assignments import build_bundle, build_overview, bundle_json, new_assignment
from leeslamp.assignments.dialogue import with_dialogue
from leeslamp.journal import Entry
from leeslamp.library.articles import load_library
from leeslamp.notes.anchoring import make_anchor

ARTICLE = "verbroken-sociale-contracten"
READERS = 200
NOTES = 5


def files(folder: Path) -> list[Path]:
    library = load_library([])
    current = library.get(ARTICLE).plain_text
    older = "Een alinea die er toen nog stond.\n\n" + current.replace("conflict", "geschil", 1)
    sentences = [s for s in current.split(". ") if len(s) > 30]
    assignment = new_assignment(title="Week 49", coach="Marieke", items=[(ARTICLE, ["Wat?"])])
    rng = random.Random(15)
    stamp = "2026-12-09T08:00:00+00:00"
    paths = []
    for reader in range(READERS):
        text = older if reader % 2 else current
        notes = []
        for number in range(NOTES):
            quote = rng.choice(sentences)
            if quote not in text:
                quote = quote[:20]
            start = text.find(quote)
            if start < 0:
                continue
            anchor = make_anchor(text, start, start + len(quote))
            notes.append(
                Entry(
                    id=f"{reader}-{number}",
                    kind="aandacht",
                    text=f"Notitie {number} van lezer {reader}.",
                    created=stamp,
                    updated=stamp,
                    article=ARTICLE,
                    anchor=anchor.to_dict(),
                )
            )
        document = build_bundle(
            assignment,
            {},
            reader=f"Lezer {reader}",
            reader_id=f"id-{reader}",
            exported=datetime(2026, 12, 10, tzinfo=UTC),
            notes=notes,
        )
        path = folder / f"antwoorden-{reader}.json"
        path.write_text(bundle_json(document), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    with tempfile.TemporaryDirectory() as temp:
        paths = files(Path(temp))
        library = load_library([])
        began = time.perf_counter()
        overview = build_overview(paths)
        read = time.perf_counter() - began
        began = time.perf_counter()
        mapped = with_dialogue(overview, library.find)
        placed = time.perf_counter() - began
        print(f"{READERS} files, {READERS * NOTES} notes: read {read * 1000:.0f} ms, ", end="")
        print(f"dialogue map {placed * 1000:.0f} ms, {len(mapped.passages)} passages")
        env = {**os.environ, "LEESLAMP_HOME": temp}
        command = [sys.executable, "-m", "leeslamp", "opdracht", "overzicht", "--json", *paths]
        began = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        print(f"whole process (opdracht overzicht --json): {time.perf_counter() - began:.2f} s")


if __name__ == "__main__":
    main()
