"""Trying to lose words: kill -9 at random moments, and two writers at once. Real processes.

Every child prints a line only after a write has returned; after each kill the journal must open
and hold every acknowledged write, exactly. `LEESLAMP_KILL_RUNS=500` runs the long version
(default 60); `pytest -s` shows the counts.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from journal_child import FILLER, entry_text
from leeslamp.core.errors import JournalLocked
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal, add_entry_quickly

CHILD = Path(__file__).with_name("journal_child.py")
KILL_RUNS = int(os.environ.get("LEESLAMP_KILL_RUNS", "60"))
SEED = int(os.environ.get("LEESLAMP_KILL_SEED", str(time.time_ns() % 10**6)))


@dataclass
class KillTally:
    name: str
    runs: int = 0
    kills: int = 0
    acknowledged: int = 0
    checked: int = 0
    lost: list[str] = field(default_factory=list)

    def report(self) -> str:
        return (
            f"kill -9 {self.name}: runs={self.runs} kills={self.kills} "
            f"acknowledged={self.acknowledged} checked={self.checked} "
            f"journals lost={len(self.lost)} (seed {SEED})"
        )


def child_env(home: Path) -> dict[str, str]:
    return {**os.environ, "LEESLAMP_HOME": str(home), "PYTHONPATH": str(CHILD.parent)}


def start(args: list[str], home: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        args,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_env(home),
        start_new_session=True,  # so a kill reaches the whole group (a shell and its leeslamp)
    )


def _read_line(fd: int) -> bytes:
    line = b""
    while not line.endswith(b"\n"):
        byte = os.read(fd, 1)
        if not byte:
            break
        line += byte
    return line


def wait_for_line(process: subprocess.Popen[bytes], expected: bytes, timeout: float = 20) -> None:
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    seen = b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 0.05)
        if ready:
            # A byte at a time, straight from the pipe: a buffered readline could take the
            # child's next lines (its acks, on a busy machine) into a buffer that
            # `communicate()` never looks at, and the test would count those saves as lost.
            seen = _read_line(process.stdout.fileno())
            if seen.strip() == expected:
                return
            if not seen:
                break
    _, err = process.communicate()
    raise AssertionError(f"child never said {expected!r} (said {seen!r}): {err.decode()}")


def kill_at_random(
    process: subprocess.Popen[bytes], rng: random.Random, window: float, floor: float = 0.0
) -> tuple[bool, list[str]]:
    """SIGKILL the child's group after a random pause; (it was still running, acked lines)."""
    time.sleep(rng.uniform(floor, window))
    alive = process.poll() is None
    os.killpg(process.pid, signal.SIGKILL)
    out, err = process.communicate()
    if not alive or process.returncode != -signal.SIGKILL:
        raise AssertionError(f"child stopped by itself ({process.returncode}): {err.decode()}")
    # a line cut off by the kill was never acknowledged
    lines = out.decode().split("\n")[:-1]
    return alive, [line for line in lines if line and line != "ready"]


def open_after_kill(paths: Paths, tally: KillTally, run: int) -> Journal | None:
    try:
        return Journal.open(paths)  # must open, and the dead child's lock must be free
    except Exception as exc:
        tally.lost.append(f"run {run}: {type(exc).__name__}: {exc}")
        return None


def finish(tally: KillTally) -> None:
    print("\n" + tally.report())
    assert tally.lost == [], tally.report() + "\n" + "\n".join(tally.lost[:5])


# --- kill -9 --------------------------------------------------------------------------------


def test_kill_9_during_quick_adds_never_loses_an_acknowledged_entry(private_home: Path) -> None:
    """`leeslamp schrijf`'s fast path in a loop, with a new day every 8 entries (compaction
    and a backup), killed at random moments; every printed id must be there, word for word."""
    paths, rng, tally = Paths(private_home), random.Random(SEED), KillTally("quick adds")
    promised: dict[str, str] = {}
    for run in range(KILL_RUNS):
        child = start(
            [sys.executable, str(CHILD), "quick", str(private_home), str(run)], private_home
        )
        wait_for_line(child, b"ready")
        alive, acked = kill_at_random(child, rng, window=0.2)
        tally.runs += 1
        tally.kills += alive
        for line in acked:
            index, entry_id = line.split()
            promised[entry_id] = entry_text(run, int(index))
        tally.acknowledged += len(acked)
        journal = open_after_kill(paths, tally, run)
        if journal is None:
            continue
        with journal:
            for entry_id, text in promised.items():
                entry = journal.get_entry(entry_id)
                tally.checked += 1
                if entry is None or entry.text != text:
                    tally.lost.append(f"run {run}: entry {entry_id} missing or changed")
    finish(tally)


def test_kill_9_of_leeslamp_schrijf_never_loses_an_entry_it_said_was_saved(
    private_home: Path,
) -> None:
    """The real command in a shell loop; an entry counts as promised once schrijf exited 0."""
    paths, rng, tally = Paths(private_home), random.Random(SEED + 1), KillTally("leeslamp schrijf")
    promised: set[str] = set()
    loop = 'i=0; while :; do "$0" -m leeslamp schrijf -- "schrijf $1 $i" && echo "$i"; i=$((i+1)); done'
    for run in range(max(4, KILL_RUNS // 10)):
        child = start(["sh", "-c", loop, sys.executable, str(run)], private_home)
        alive, acked = kill_at_random(child, rng, window=1.2, floor=0.2)
        tally.runs += 1
        tally.kills += alive
        promised |= {f"schrijf {run} {index}" for index in acked}
        tally.acknowledged += len(acked)
        journal = open_after_kill(paths, tally, run)
        if journal is None:
            continue
        with journal:
            texts = {entry.text for entry in journal.entries()}
        tally.checked += len(promised)
        tally.lost += [f"run {run}: {text!r} missing" for text in promised - texts]
    finish(tally)
    assert tally.acknowledged > 0, "no schrijf finished: the kill window is too short"


def _large_journal(paths: Paths, count: int) -> dict[str, str]:
    """A journal of `count` entries written straight as a snapshot, as the benchmark does."""
    entries = {}
    for index in range(count):
        doc_id = f"00000000-0000-4000-8000-{index:012d}"
        entries[str(index + 1)] = {
            "id": doc_id,
            "kind": "reflectie",
            "article": None,
            "text": f"oud stuk {index}\n{FILLER}",
            "created": f"2029-01-01T08:00:{index % 60:02d}+01:00",
            "updated": "2029-01-01T08:00:00+01:00",
            "tags": [],
            "prompt": None,
            "anchor": None,
            "assignment": None,
        }
    meta = {"1": {"id": "meta", "schema": 1, "created": "2029-01-01T08:00:00+01:00"}}
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    paths.journal.write_text(json.dumps({"meta": meta, "entries": entries}), encoding="utf-8")
    return {doc["id"]: doc["text"] for doc in entries.values()}


def test_kill_9_during_open_and_compaction_of_a_large_journal_loses_nothing(
    private_home: Path,
) -> None:
    paths, rng, tally = Paths(private_home), random.Random(SEED + 2), KillTally("compaction")
    promised = _large_journal(paths, 3000)
    for run in range(max(6, KILL_RUNS // 5)):
        child = start(
            [sys.executable, str(CHILD), "compact", str(private_home), str(run)], private_home
        )
        wait_for_line(child, b"ready")
        alive, acked = kill_at_random(child, rng, window=0.6)
        tally.runs += 1
        tally.kills += alive
        for line in acked:
            index, entry_id = line.split()
            promised[entry_id] = entry_text(run, int(index))
        tally.acknowledged += len(acked)
        journal = open_after_kill(paths, tally, run)
        if journal is None:
            continue
        with journal:
            on_disk = {entry.id: entry.text for entry in journal.entries()}
        tally.checked += len(promised)
        if any(on_disk.get(entry_id) != text for entry_id, text in promised.items()):
            tally.lost.append(f"run {run}: entries missing or changed")
    finish(tally)
    leftovers = sorted(p.name for p in paths.data_dir.glob(".*.tmp"))
    assert leftovers == [], "killed compactions left temp files behind"


def _version(text: str) -> tuple[int, int]:
    """(run, number) from an updated entry's first line `<id> versie RUN.NUMBER`."""
    if text == "begin":
        return (-1, -1)
    run_text, number_text = text.split("\n", 1)[0].split(" versie ")[1].split(".")
    return (int(run_text), int(number_text))


def test_kill_9_during_updates_in_the_app_keeps_every_acknowledged_version(
    private_home: Path,
) -> None:
    """An entry's text on disk is the last acknowledged version, or the one in flight."""
    paths, rng, tally = Paths(private_home), random.Random(SEED + 3), KillTally("updates")
    with Journal.open(paths) as journal:
        ids = sorted(journal.add_entry("reflectie", "begin").id for _ in range(6))
    acked_version: dict[str, tuple[int, int]] = {}
    for run in range(max(6, KILL_RUNS // 3)):
        child = start(
            [sys.executable, str(CHILD), "update", str(private_home), str(run)], private_home
        )
        wait_for_line(child, b"ready")
        alive, acked = kill_at_random(child, rng, window=0.15)
        tally.runs += 1
        tally.kills += alive
        last = -1
        for line in acked:
            number, entry_id = line.split()
            acked_version[entry_id] = (run, int(number))
            last = int(number)
        in_flight = (run, last + 1)
        tally.acknowledged += len(acked)
        journal = open_after_kill(paths, tally, run)
        if journal is None:
            continue
        with journal:
            for entry_id in ids:
                entry = journal.get_entry(entry_id)
                tally.checked += 1
                if entry is None:
                    tally.lost.append(f"run {run}: {entry_id} missing")
                    continue
                on_disk = _version(entry.text)
                promised = acked_version.get(entry_id, (-1, -1))
                if on_disk not in (promised, in_flight):
                    tally.lost.append(f"run {run}: {entry_id} at {on_disk}, promised {promised}")
                acked_version[entry_id] = on_disk  # what the journal holds now is the new floor
    finish(tally)


# --- two writers at once ----------------------------------------------------------------------


def test_two_leeslamp_schrijf_at_once_both_save(private_home: Path) -> None:
    env = child_env(private_home)
    texts = []
    for round_ in range(6):
        pair = [f"ronde {round_} schrijver {who}" for who in "ab"]
        running = [
            subprocess.Popen(
                [sys.executable, "-m", "leeslamp", "schrijf", text], env=env, stderr=subprocess.PIPE
            )
            for text in pair
        ]
        for process in running:
            _, err = process.communicate(timeout=30)
            assert process.returncode == 0, err.decode()
        texts += pair
    with Journal.open(Paths(private_home)) as journal:
        assert sorted(entry.text for entry in journal.entries()) == sorted(texts)


def test_two_quick_writers_in_tight_loops_lose_nothing(private_home: Path) -> None:
    rng = random.Random(SEED + 4)
    children = [
        start([sys.executable, str(CHILD), "quick", str(private_home), str(run)], private_home)
        for run in (1, 2)
    ]
    for child in children:
        wait_for_line(child, b"ready")
    promised: dict[str, str] = {}
    time.sleep(0.4 + rng.uniform(0, 0.2))
    for run, child in zip((1, 2), children, strict=True):
        _, acked = kill_at_random(child, rng, window=0.0)
        for line in acked:
            index, entry_id = line.split()
            promised[entry_id] = entry_text(run, int(index))
    assert len(promised) > 20
    with Journal.open(Paths(private_home)) as journal:
        on_disk = {entry.id: entry.text for entry in journal.entries()}
    assert {k: on_disk.get(k) for k in promised} == promised


def test_schrijf_waits_for_the_app_to_close_and_then_saves(private_home: Path) -> None:
    app = start([sys.executable, str(CHILD), "hold", str(private_home), "1.5"], private_home)
    wait_for_line(app, b"open")
    done = subprocess.run(
        [sys.executable, "-m", "leeslamp", "schrijf", "geduldig gewacht"],
        env=child_env(private_home),
        capture_output=True,
        text=True,
    )
    app_out, _ = app.communicate(timeout=30)
    assert done.returncode == 0, done.stderr
    assert app_out.decode().endswith("closed\n")
    app_entries = [line.split()[1] for line in app_out.decode().splitlines() if line[0].isdigit()]
    with Journal.open(Paths(private_home)) as journal:
        texts = {entry.text for entry in journal.entries()}
        assert all(journal.get_entry(entry_id) for entry_id in app_entries)
    assert "geduldig gewacht" in texts


def test_a_writer_that_cannot_get_the_journal_says_so_and_changes_nothing(
    private_home: Path,
) -> None:
    """While the app holds the journal: a second app, a quick add and `leeslamp schrijf` (which
    waits 5 seconds) each say in a sentence that the journal is open elsewhere."""
    paths = Paths(private_home)
    app = start([sys.executable, str(CHILD), "hold", str(private_home), "8"], private_home)
    try:
        wait_for_line(app, b"open")
        second_app = subprocess.run(
            [sys.executable, str(CHILD), "open", str(private_home)],
            env=child_env(private_home),
            capture_output=True,
            text=True,
        )
        assert second_app.returncode == 1
        assert "al open in een andere leeslamp" in second_app.stderr
        with pytest.raises(JournalLocked):
            add_entry_quickly(paths, "reflectie", "snel", lock_timeout=0.2)
        started = time.monotonic()
        cli = subprocess.run(
            [sys.executable, "-m", "leeslamp", "schrijf", "te laat"],
            env=child_env(private_home),
            capture_output=True,
            text=True,
        )
        assert time.monotonic() - started >= 5
        assert cli.returncode == 1
        assert "bleef dat 5 seconden" in cli.stderr and "niet bewaard" in cli.stderr
        assert "Traceback" not in cli.stderr + second_app.stderr
    finally:
        app.kill()
        app.communicate()
    with Journal.open(paths) as journal:
        texts = {entry.text for entry in journal.entries()}
    assert texts and not texts & {"snel", "te laat"}


def test_a_reader_beside_a_compacting_writer_sees_every_saved_entry(private_home: Path) -> None:
    """`leeslamp export` while the app compacts: the reader must not pair the old snapshot with
    the new, empty log (or the other way round) and miss what was written since."""
    paths = Paths(private_home)
    _large_journal(paths, 1500)
    writer = start([sys.executable, str(CHILD), "compact", str(private_home), "1"], private_home)
    acked: list[str] = []

    def collect() -> None:
        assert writer.stdout is not None
        for line in writer.stdout:
            if line[:1].isdigit():
                acked.append(line.split()[1].decode())

    reader = threading.Thread(target=collect, daemon=True)
    reader.start()
    misses, opens = [], 0
    try:
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            promised = list(acked)
            with Journal.open(paths, read_only=True) as journal:
                missing = [entry_id for entry_id in promised if journal.get_entry(entry_id) is None]
            opens += 1
            if missing:
                misses.append(len(missing))
    finally:
        os.killpg(writer.pid, signal.SIGKILL)
        writer.communicate()
    print(f"\nreader beside compaction: {opens} reads, {len(acked)} entries written")
    assert len(acked) > 10 and misses == []
