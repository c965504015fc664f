"""How fast is the journal at 1k, 10k and 50k entries? Prints a table of medians.

    .venv/bin/python benchmarks/journal.py [--sizes 1000 10000 50000] [--repeats 15]

Journals are built straight in the storage's format (a snapshot in TinyDB's JSON layout, a log
header naming it, today's backup), with realistic Dutch entries of about 600 characters.
Measured, each as the median of repeated runs:

- open:      `Journal.open` + the first read (`entries()`), in a fresh process (the app starting)
- schrijf:   `leeslamp schrijf TEKST` as a whole process, on the quick path; the day's first
             write (compaction + backup) is measured once, separately ("daily")
- update:    `update_entry` in a running journal (the app saving while someone types)
- list:      `entries(article=...)` in a running journal
- RSS:       peak resident memory of the app-like process and of `leeslamp schrijf`
- TinyDB:    stock TinyDB (JSONStorage) inserting one document as a whole process, same data

Targets (issue 3): schrijf at 10k entries under 100 ms; schrijf at 50k at most 1.5x the 1k cost.

`--edited 0.3 --versions 2`: a journal as the version history (issue 16) leaves it, where 30% of
the entries were edited later and keep 2 earlier texts each, and every entry names the run that
last changed it. Compare with `--edited 0` (the default) for what versions cost.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from leeslamp.core.fileio import atomic_write_bytes
from leeslamp.core.paths import Paths
from leeslamp.journal import backups, logfile, schema

SENTENCES = [
    "Wat me bijblijft is hoe snel we in een gesprek naar oplossingen grijpen.",
    "In ons team zeggen we dat we willen leren van fouten, maar dat doen we zelden hardop.",
    "Psychologische veiligheid begint misschien bij mij: zeggen wat ik niet weet.",
    "Senge noemt dit mentale modellen, en ik herken de mijne pas als iemand ernaar vraagt.",
    "Morgen stel ik in het overleg eerst drie vragen voordat ik iets voorstel.",
    "Het artikel over verbroken sociale contracten raakte me meer dan ik had verwacht.",
    "Kennisdeling lukt beter als niemand bang is om dom over te komen.",
    "Ik merk dat ik vooral luister om te antwoorden, niet om te begrijpen.",
    "Een gedeelde visie ontstaat niet in een presentatie, maar in veel kleine gesprekken.",
    "Vandaag vroeg een collega waarom we dit eigenlijk zo doen; niemand wist het.",
    "Systeemdenken helpt me om minder snel een schuldige te zoeken.",
    "Leren kost tijd, en die tijd staat nergens in de planning.",
    "Wat zou er gebeuren als we erkennen en belonen van leren net zo serieus namen als resultaten?",
    "Ik schrijf dit op omdat ik het anders vergeet, en dat wil ik niet.",
]
ARTICLES = [f"artikel-{n:02d}" for n in range(1, 25)]
KINDS = ["reflectie"] * 6 + ["dagvraag"] * 3 + ["aandacht"]
TAGS = ["team", "leren", "veiligheid", "visie", "vragen", "overleg"]

# ru_maxrss will not do: Linux carries the parent's peak across fork + exec into the child's.
# VmHWM is the process's own high-water mark.
PEAK_RSS = """
def peak_rss_kb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

APP_CHILD = """
import json, sys, time
from pathlib import Path
from leeslamp.journal import Journal
from leeslamp.core.paths import Paths
paths, article, repeats = Paths(Path(sys.argv[1])), sys.argv[2], int(sys.argv[3])
started = time.perf_counter()
journal = Journal.open(paths)
journal.entries()
opened = time.perf_counter() - started
target = journal.entries(article=article)[0]
updates, lists = [], []
for n in range(repeats):
    started = time.perf_counter()
    journal.update_entry(target.id, text=target.text + f" (bewerkt {n})")
    updates.append(time.perf_counter() - started)
    started = time.perf_counter()
    journal.entries(article=article)
    lists.append(time.perf_counter() - started)
journal.close()
print(json.dumps({"open": opened, "updates": updates, "lists": lists, "rss_kb": peak_rss_kb()}))
"""

WRITE_MEMORY_CHILD = """
import sys
from leeslamp.cli import main
code = main(sys.argv[1:])
print(peak_rss_kb())
sys.exit(code)
"""

TINYDB_CHILD = """
import sys
from tinydb import TinyDB
db = TinyDB(sys.argv[1])
db.table("entries").insert({"id": "x", "kind": "reflectie", "text": sys.argv[2]})
db.close()
"""


def dutch_text(rng: random.Random, length: int = 600) -> str:
    parts: list[str] = []
    while sum(len(p) + 1 for p in parts) < length:
        parts.append(rng.choice(SENTENCES))
        if rng.random() < 0.15:
            parts.append("\n\n")
    return " ".join(parts).replace(" \n\n ", "\n\n")


def journal_tables(
    count: int, rng: random.Random, edited: float = 0.0, versions: int = 0
) -> schema.Tables:
    start = datetime(2018, 1, 1, 7, 0).astimezone()
    entries = {}
    earlier: dict[str, dict[str, object]] = {}
    for index in range(count):
        moment = (start + timedelta(minutes=97 * index)).isoformat(timespec="seconds")
        entries[str(index + 1)] = {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "kind": rng.choice(KINDS),
            "article": rng.choice([*ARTICLES, None]),
            "text": dutch_text(rng),
            "created": moment,
            "updated": moment,
            "tags": rng.sample(TAGS, rng.randint(0, 2)),
            "prompt": None,
            "anchor": None,
            "assignment": None,
        }
        if edited:
            entries[str(index + 1)]["session"] = f"{rng.getrandbits(32):08x}"
        if rng.random() < edited:
            entry_id = str(entries[str(index + 1)]["id"])
            for number in range(versions):
                saved = start + timedelta(minutes=97 * index - 60 * (versions - number))
                version = {
                    "id": f"{entry_id}@{rng.getrandbits(64):016x}",
                    "entry": entry_id,
                    "saved": saved.isoformat(timespec="seconds"),
                    "text": dutch_text(rng),
                }
                earlier[str(len(earlier) + 1)] = version
    reading = {
        str(n + 1): {
            "id": a,
            "block": 3,
            "progress": 0.4,
            "opened": "2024-01-01T08:00:00+01:00",
            "finished": None,
        }
        for n, a in enumerate(ARTICLES)
    }
    meta = {
        "1": {
            "id": schema.META_ID,
            "schema": schema.SCHEMA_VERSION,
            "created": "2018-01-01T07:00:00+01:00",
        }
    }
    tables = {"meta": meta, "entries": entries, "reading": reading}
    if earlier:
        tables["versions"] = earlier
    return tables


def build_journal(paths: Paths, tables: schema.Tables) -> None:
    """What a compaction leaves: the snapshot, a log that names it, today's backup."""
    payload = json.dumps(tables, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    atomic_write_bytes(paths.journal, payload)
    logfile.reset_log(paths.journal_log, schema.SCHEMA_VERSION, paths.journal)
    backups.make_daily_backup(paths, datetime.now().astimezone().date())


def run_process(argv: list[str], env: dict[str, str]) -> float:
    """Wall time of one whole process."""
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{argv[:3]} failed: {done.stderr.decode()}")
    return elapsed


def run_app_child(home: Path, article: str, env: dict[str, str]) -> str:
    argv = [sys.executable, "-c", PEAK_RSS + APP_CHILD, str(home), article, "20"]
    done = subprocess.run(argv, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"the app-like child failed: {done.stderr}")
    return done.stdout


def write_peak_rss_kb(text: str, env: dict[str, str]) -> int:
    """`leeslamp schrijf` run through cli.main() in a child that reports its own peak."""
    argv = [sys.executable, "-c", PEAK_RSS + WRITE_MEMORY_CHILD, "schrijf", text]
    done = subprocess.run(argv, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"schrijf failed: {done.stderr}")
    return int(done.stdout.split()[-1])


def leeslamp_command() -> list[str]:
    script = Path(sys.executable).with_name("leeslamp")
    return [str(script)] if script.exists() else [sys.executable, "-m", "leeslamp"]


def measure(
    count: int,
    repeats: int,
    folder: Path,
    rng: random.Random,
    edited: float = 0.0,
    versions: int = 0,
) -> dict[str, float]:
    home = folder / f"journal-{count}"
    paths = Paths(home)
    tables = journal_tables(count, rng, edited, versions)
    build_journal(paths, tables)
    stock = folder / f"tinydb-{count}.json"
    stock.write_text(json.dumps(tables), encoding="utf-8")  # what JSONStorage writes
    env = {**os.environ, "LEESLAMP_HOME": str(home)}
    article = ARTICLES[0]
    result: dict[str, float] = {"entries": count, "snapshot_mb": paths.journal.stat().st_size / 1e6}

    app_runs = [json.loads(run_app_child(home, article, env)) for _ in range(max(3, repeats // 3))]
    result["open"] = statistics.median(run["open"] for run in app_runs)
    result["update"] = statistics.median(t for run in app_runs for t in run["updates"])
    result["list"] = statistics.median(t for run in app_runs for t in run["lists"])
    result["rss_app_mb"] = max(run["rss_kb"] for run in app_runs) / 1024

    command = leeslamp_command()
    writes = [run_process([*command, "schrijf", dutch_text(rng)], env) for _ in range(repeats)]
    result["schrijf"] = statistics.median(writes)
    result["rss_schrijf_mb"] = write_peak_rss_kb(dutch_text(rng), env) / 1024
    backups.daily_backup_path(paths, datetime.now().astimezone().date()).unlink()
    result["schrijf_daily"] = run_process([*command, "schrijf", dutch_text(rng)], env)

    tiny = [
        run_process([sys.executable, "-c", TINYDB_CHILD, str(stock), dutch_text(rng)], env)
        for _ in range(max(3, repeats // 3))
    ]
    result["tinydb"] = statistics.median(tiny)
    return result


def floor(repeats: int) -> float:
    """`leeslamp --version`: Python starting and the command line loading, nothing else."""
    env = dict(os.environ)
    return statistics.median(
        run_process([*leeslamp_command(), "--version"], env) for _ in range(repeats)
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f}"


def print_table(rows: list[dict[str, float]], version_floor: float) -> None:
    header = (
        f"{'entries':>8} {'file MB':>7} | {'open':>7} {'update':>7} {'list':>7} | "
        f"{'schrijf':>7} {'daily':>7} | {'RSS app':>7} {'schrijf':>7} | {'TinyDB':>7}"
    )
    print(header)
    print(
        f"{'':>8} {'':>7} | {'ms':>7} {'ms':>7} {'ms':>7} | {'ms':>7} {'ms':>7} | {'MB':>7} {'MB':>7} | {'ms':>7}"
    )
    print("-" * len(header))
    for row in rows:
        print(
            f"{int(row['entries']):>8} {row['snapshot_mb']:>7.1f} | {ms(row['open'])} "
            f"{ms(row['update'])} {ms(row['list'])} | {ms(row['schrijf'])} "
            f"{ms(row['schrijf_daily'])} | {row['rss_app_mb']:>7.1f} {row['rss_schrijf_mb']:>7.1f} | "
            f"{ms(row['tinydb'])}"
        )
    print(
        f"\nfloor: `leeslamp --version` takes {ms(version_floor).strip()} ms (Python + command line)"
    )
    by_size = {int(row["entries"]): row for row in rows}
    if 10_000 in by_size:
        at_10k = by_size[10_000]["schrijf"]
        verdict = "met" if at_10k < 0.1 else "NOT met"
        print(f"target: schrijf at 10k entries < 100 ms: {ms(at_10k).strip()} ms, {verdict}")
    if 1_000 in by_size and 50_000 in by_size:
        ratio = by_size[50_000]["schrijf"] / by_size[1_000]["schrijf"]
        verdict = "met" if ratio <= 1.5 else "NOT met"
        print(f"target: schrijf at 50k <= 1.5x its cost at 1k: {ratio:.2f}x, {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 50_000])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--seed", type=int, default=20250501)
    parser.add_argument("--edited", type=float, default=0.0, help="share of entries edited")
    parser.add_argument("--versions", type=int, default=2, help="earlier texts per edited one")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="leeslamp-bench-"))
    try:
        version_floor = floor(args.repeats)
        rows = [
            measure(size, args.repeats, folder, rng, args.edited, args.versions)
            for size in args.sizes
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print_table(rows, version_floor)


if __name__ == "__main__":
    main()
