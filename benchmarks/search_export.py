"""How fast search, export and import are at 10k and 50k entries.

Run: `.venv/bin/python benchmarks/search_export.py [10000 50000 ...]`. Prints a table; asserts
nothing. Aim: a search (as the app calls it per keystroke, limit 50) well under 50 ms at 10k.

Journals are built fast by writing the snapshot (`journal.json`, TinyDB's layout, see
journal/storage.py) directly. Entries are generated (fixed seed) from Dutch sentences with
accents, a mix of kinds, articles, tags and dates over three years, ~60 words each.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from leeslamp.core.paths import resolve
from leeslamp.interop.export import ArticleInfo, export
from leeslamp.interop.jrnl_import import entry_docs
from leeslamp.interop.jrnl_read import parse_text
from leeslamp.journal import Journal
from leeslamp.journal.search import Filters, SearchIndex

SENTENCES = [
    "Vandaag merkte ik dat vertrouwen in het team niet vanzelf groeit.",
    "Eén gesprek met een collega maakte meer los dan een hele training.",
    "Creëer ruimte om fouten te maken, anders leert niemand iets.",
    "Het systeemdenken helpt me om patronen te zien in plaats van schuldigen.",
    "Mijn mentale model over leidinggeven is de afgelopen maand verschoven.",
    "We hebben ideeën gedeeld zonder meteen te oordelen; dat voelde nieuw.",
    "Psychologische veiligheid begint bij de vraag die je durft te stellen.",
    "Hoe geïmplementeerd beleid aansluit bij wat mensen echt doen, blijft een raadsel.",
    "In de ochtend schrijf ik het makkelijkst, met koffie en zonder mail.",
    "De gedeelde visie op papier lijkt soms ver weg van de praktijk.",
    "Persoonlijk meesterschap vraagt geduld, vooral met mezelf.",
    "Kennisdeling gebeurt vaker bij de koffieautomaat dan in de vergadering.",
    "Ik wil de lerende organisatie niet als doel zien maar als beweging.",
    "Teamleren vraagt dat we echt naar elkaar luisteren, ook als het schuurt.",
    "Erkennen en belonen van leren is bij ons nog een vergeten onderwerp.",
    "Na het overleg bleef één zin hangen: angst is een slechte raadgever.",
]
ARTICLES = ["verbroken-sociale-contracten", "hybride-werken", "buurtzorg", "vijf-disciplines"]
KINDS = ["reflectie"] * 5 + ["aandacht"] * 3 + ["dagvraag"] * 2 + ["antwoord"]
TAGS = ["werk", "team", "idee", "vraag", "thuis", "ster"]
ZONE = timezone(timedelta(hours=1))


def make_doc(rng: random.Random, number: int, start: datetime) -> dict:
    kind = rng.choice(KINDS)
    text = "\n\n".join(
        " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 3)))
        for _ in range(rng.randint(1, 3))
    )
    created = (start + timedelta(minutes=number * 97 + rng.randint(0, 90))).isoformat(
        timespec="seconds"
    )
    doc = {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "kind": kind,
        "article": rng.choice(ARTICLES) if kind != "dagvraag" or rng.random() < 0.3 else None,
        "text": text,
        "created": created,
        "updated": created,
        "tags": rng.sample(TAGS, rng.randint(0, 2)),
        "prompt": None,
        "anchor": None,
        "assignment": None,
    }
    if kind == "aandacht":
        doc["anchor"] = {"quote": rng.choice(SENTENCES), "state": "exact"}
    if kind == "dagvraag":
        doc["prompt"] = {"id": "p1", "text": "Wat heb je vandaag geleerd over samenwerken?"}
    if kind == "antwoord":
        doc["assignment"] = {"id": "a1", "prompt": "Hoe bouw je vertrouwen in een nieuw team?"}
    return doc


def build_journal(folder: Path, count: int) -> Path:
    rng = random.Random(count)
    start = datetime(2024, 1, 1, 7, 0, tzinfo=ZONE)
    entries = {str(n + 1): make_doc(rng, n, start) for n in range(count)}
    meta = {"1": {"id": "meta", "schema": 1, "created": start.isoformat()}}
    (folder / "journal.json").write_text(json.dumps({"meta": meta, "entries": entries}))
    return folder


def timed(action: Callable[[], object], repeat: int = 5) -> tuple[float, float]:
    """Median and best wall time in milliseconds (best: least disturbed by a busy machine)."""
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), min(times)


def row(label: str, count: int, ms: tuple[float, float]) -> None:
    print(f"  {label:<52} {count:>7,}  {ms[0]:9.1f} ms  {ms[1]:9.1f} ms")


def bench(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = build_journal(Path(tmp), count)
        paths = resolve(home)

        def load() -> list:
            with Journal.open(paths, read_only=True) as journal:
                return journal.entries()

        row("open journal + entries()", count, timed(load, 3))
        entries = load()
        index = SearchIndex(entries)
        row("build the search index", count, timed(lambda: SearchIndex(entries), 3))
        screen = {
            "one common word, limit 50 (screen): een": ("een", None),
            "one rare word, limit 50: raadgever": ("raadgever", None),
            "accent-free, limit 50: creeer": ("creeer", None),
            "two words, limit 50: vertrouwen team": ("vertrouwen team", None),
            'phrase, limit 50: "lerende organisatie"': ('"lerende organisatie"', None),
            "no match, limit 50: olifant": ("olifant", None),
            "word + kind + tag + date filters": (
                "team",
                Filters(kind="reflectie", tag="werk", since=date(2025, 1, 1)),
            ),
            "half-typed prefix, limit 50: ver": ("ver", None),
        }
        for label, (query, filters) in screen.items():
            row(label, count, timed(lambda q=query, f=filters: index.search(q, f, limit=50), 9))
        # The index on disk (journal/search_index.py), as zoek and the search screen use it.
        from leeslamp.journal.search_index import DiskIndex  # here: search_process.py
        # imports this module to measure checkouts from before the index too

        disk_paths = resolve(Path(tmp) / "disk")
        disk_paths.data_dir.mkdir()

        def build_on_disk() -> None:
            disk_paths.search_index.unlink(missing_ok=True)
            DiskIndex.open(disk_paths).sync(lambda: entries)

        row("build the search index on disk", count, timed(build_on_disk, 1))
        disk = DiskIndex.open(disk_paths)
        for label, (query, filters) in screen.items():
            row(
                f"on disk: {label}"[:52],
                count,
                timed(lambda q=query, f=filters: disk.search(q, f, limit=50), 9),
            )
        row(
            "common word, all hits + spans (command line)",
            count,
            timed(lambda: [hit.spans for hit in index.search("een")], 3),
        )
        row(
            "rare word, all hits + spans (command line)",
            count,
            timed(lambda: [hit.spans for hit in index.search("raadgever")], 3),
        )
        oldest_first = list(reversed(entries))
        articles = {a: ArticleInfo(a, a.replace("-", " ").capitalize()) for a in ARTICLES}
        now = datetime.now(ZONE)
        out = Path(tmp) / "out"
        out.mkdir()
        for fmt, target in (("json", "x.json"), ("jrnl", "x.txt"), ("markdown", "map")):
            row(
                f"export --format {fmt}",
                count,
                timed(
                    lambda f=fmt, t=target: export(
                        f, oldest_first, now, out / t, articles=articles
                    ),
                    3,
                ),
            )
        jrnl_text = (out / "x.txt").read_text(encoding="utf-8")
        row("read a jrnl file (parse)", count, timed(lambda: parse_text(jrnl_text), 3))
        items = parse_text(jrnl_text)
        target = Path(tmp) / "import"
        target.mkdir()

        def import_all() -> None:
            with Journal.open(resolve(target)) as journal:
                journal.add_entries(entry_docs(items))

        row("import those into an empty journal (one append)", count, timed(import_all, 1))


def main() -> None:
    counts = [int(arg) for arg in sys.argv[1:]] or [10_000, 50_000]
    print(f"  {'what':<52} {'entries':>7}  {'median':>12}  {'best':>12}")
    for count in counts:
        bench(count)


if __name__ == "__main__":
    main()
