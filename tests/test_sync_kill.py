"""kill -9 during a merge of conflict copies (issue 17 §1): whenever the kill comes (after the
merged journal is written, between its two writes, between moving one copy and the next, or
anywhere at random) nothing is lost, nothing doubled, and the next opening finishes the merge.
Real processes, real SIGKILL (see test_journal_breakage.py)."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import leeslamp
from leeslamp.journal import notices
from sync_helpers import Computer, carry, carry_all, copy_name
from test_journal_breakage import wait_for_line

SEED = int(os.environ.get("LEESLAMP_KILL_SEED", "17"))

#: the child: open the journal for writing (which merges), stalling at a chosen point so that
#: the parent's SIGKILL lands exactly there; "random" does not stall
CHILD = """
import os, sys, time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal, sync
from leeslamp.journal.storage import LogStorage

stage, home = sys.argv[1], Path(sys.argv[2])

def stall():
    print("stalled", flush=True)
    time.sleep(60)

writes = []
real_write = LogStorage.write
def write(self, data):
    real_write(self, data)
    writes.append(1)
    if (stage == "first-write" and len(writes) == 1) or (stage == "second-write" and len(writes) == 2):
        stall()
LogStorage.write = write

moves = []
real_replace = os.replace
def replace(source, target):
    real_replace(source, target)
    moves.append(1)
    if stage == "one-move" and len(moves) == 1:
        stall()
sync.os.replace = replace

clock = lambda: datetime(2026, 12, 8, 9, 0, tzinfo=timezone(timedelta(hours=1)))
print("ready", flush=True)
Journal.open(Paths(home), clock=clock).close()
print("done", flush=True)
"""


def run_child(home: Path, stage: str) -> subprocess.Popen[bytes]:
    source = str(Path(leeslamp.__file__).parents[1])
    env = {**os.environ, "LEESLAMP_HOME": str(home), "PYTHONPATH": source}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, stage, str(home)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )


def kill(child: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(child.pid, signal.SIGKILL)
    child.communicate()


def two_computers_with_copies(root: Path, count: int) -> tuple[Computer, list[str]]:
    """A laptop whose folder holds the desktop's journal.json and journal.log as conflict
    copies: both wrote `count` entries, the desktop changed and deleted some shared ones."""
    laptop, desktop = Computer(root, "laptop"), Computer(root, "desktop")
    with laptop.open() as journal:
        shared = [journal.add_entry("reflectie", f"gedeeld {n}").id for n in range(count)]
    laptop.compact()
    carry_all(laptop, desktop)
    desktop.clock.now = laptop.clock.now
    with laptop.open() as journal:
        for n in range(count):
            journal.add_entry("reflectie", f"laptop {n}")
    desktop.clock.advance(minutes=10)
    with desktop.open() as journal:
        for n in range(count):
            journal.add_entry("reflectie", f"desktop {n}")
        for entry_id in shared[: count // 3]:
            journal.update_entry(entry_id, text=f"veranderd op de desktop {entry_id}")
        for entry_id in shared[count // 3 : count // 2]:
            journal.delete_entry(entry_id)
    carry(desktop, laptop, "journal.log", copy_name("syncthing", "journal.log"))
    desktop.compact()
    carry(desktop, laptop, "journal.json", copy_name("dropbox", "journal.json"))
    return laptop, shared


def state(computer: Computer) -> tuple[dict[str, set[str]], list[str], list[str]]:
    """Every text of every entry, the entries alive and in the trash (ids, so doubles show)."""
    with computer.open(read_only=True) as journal:
        alive = sorted(entry.id for entry in journal.entries())
        binned = sorted(item.entry.id for item in journal.trash())
    return computer.all_texts(), alive, binned


@pytest.mark.timeout(300)
@pytest.mark.parametrize("stage", ["first-write", "second-write", "one-move", "random"])
def test_kill_9_during_a_merge_loses_nothing_and_the_next_open_finishes_it(
    tmp_path: Path, stage: str
) -> None:
    laptop, _ = two_computers_with_copies(tmp_path, 300)
    reference = Computer(tmp_path, "reference")
    shutil.copytree(laptop.home, reference.home)
    reference.clock.now = laptop.clock.now
    reference.texts()  # merged without a kill
    expected = state(reference)
    assert len(expected[1]) == 850 and len(expected[2]) == 50  # 900 entries, 50 deleted
    notices.take()

    rng = random.Random(SEED)
    runs = 4 if stage == "random" else 1
    for run in range(runs):
        home = tmp_path / f"run-{run}"
        shutil.copytree(laptop.home, home)
        computer = Computer(tmp_path, f"run-{run}")
        computer.clock.now = laptop.clock.now
        child = run_child(home, stage)
        wait_for_line(child, b"ready")
        if stage == "random":
            time.sleep(rng.uniform(0.0, 0.6))
        else:
            wait_for_line(child, b"stalled")
        kill(child)
        assert state(computer) == expected  # read-only, before anyone finishes the merge
        computer.texts()  # the next opening for writing finishes it
        assert computer.copies_waiting() == []
        assert state(computer) == expected
        assert {p.name for p in computer.paths.backups.iterdir()} >= {
            copy_name("syncthing", "journal.log"),
            copy_name("dropbox", "journal.json"),
        }
