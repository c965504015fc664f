"""kill -9 during `versleutel` and `ontsleutel` (issue 17 §2): whenever the kill comes, every
word is still there, the passphrase still opens what needs it, and the next opening for writing
knows the state: the key file says locked, and the rest is then locked too; no key file, and
everything is plain. Real processes, real SIGKILL (see test_journal_breakage.py)."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

import leeslamp
from journal_helpers import FakeClock
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal, crypt
from test_journal_breakage import wait_for_line

PASS = "een lange zin"
PLANTED = b"zeppelinhangaar"
RUNS = 8
SEED = int(os.environ.get("LEESLAMP_KILL_SEED", "17"))

#: the child: lock or unlock the journal in its home, saying "ready" just before
CHILD = """
import sys
from pathlib import Path
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal, crypt, lock_files
from leeslamp.journal.locking import hold_lock

crypt.SCRYPT["n"] = 2**10
crypt.set_asker(lambda folder: sys.argv[3])
paths = Paths(Path(sys.argv[2]))
print("ready", flush=True)
with hold_lock(paths, 10) as held:
    def reopen():
        Journal.open(paths, held_lock=held).close()
    if sys.argv[1] == "lock":
        lock_files.lock(paths, sys.argv[3], reopen)
    else:
        lock_files.unlock(paths, reopen)
print("done", flush=True)
"""


def run_child(home: Path, mode: str) -> subprocess.Popen[bytes]:
    source = str(Path(leeslamp.__file__).parents[1])  # the leeslamp under test, not another
    env = {**os.environ, "LEESLAMP_HOME": str(home), "PYTHONPATH": source}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, mode, str(home), PASS],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )


def journal_with_backups(home: Path, count: int) -> dict[str, str]:
    """A journal of `count` entries, written over several days (plain daily backups), with
    the planted word in every text. Returns id -> text."""
    clock = FakeClock()
    texts: dict[str, str] = {}
    with Journal.open(Paths(home), clock=clock) as journal:
        for day in range(5):
            for index in range(count // 5):
                text = f"dag {day} stuk {index}: {PLANTED.decode()} " + "woorden " * 40
                texts[journal.add_entry("reflectie", text).id] = text
            journal.maintain(today=date(2025, 5, 1) + timedelta(days=day))
            clock.advance(days=1)
    return texts


def plain_traces(home: Path) -> list[str]:
    return sorted(
        str(path.relative_to(home))
        for path in home.rglob("*")
        if path.is_file() and PLANTED in path.read_bytes()
    )


@pytest.mark.timeout(300)
def test_kill_9_while_locking_or_unlocking_loses_nothing_and_the_next_open_knows(
    private_home: Path,
) -> None:
    texts = journal_with_backups(private_home, 1000)
    paths = Paths(private_home)
    rng = random.Random(SEED)
    # how long a whole lock takes here, so the kills land all over it
    child = run_child(private_home, "lock")
    wait_for_line(child, b"ready")
    started = time.monotonic()
    wait_for_line(child, b"done")
    child.wait()
    window = (time.monotonic() - started) * 1.2
    crypt.forget()
    crypt.set_asker(lambda folder: PASS)
    kills = locked_after = 0
    try:
        for run in range(RUNS):
            mode = "unlock" if crypt.is_locked(private_home) else "lock"
            child = run_child(private_home, mode)
            wait_for_line(child, b"ready")
            time.sleep(rng.uniform(0, window))
            if child.poll() is None:
                kills += 1
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(child.pid, signal.SIGKILL)
            child.communicate()
            crypt.forget()
            # every word, read-only first (a reader holds no lock), then as a writer opens it
            for read_only in (True, False):
                with Journal.open(paths, read_only=read_only) as journal:
                    found = {entry.id: entry.text for entry in journal.entries()}
                assert found == texts, f"run {run} ({mode}): words lost"
            if crypt.is_locked(private_home):
                locked_after += 1
                # the writer's opening locked whatever the kill left plain
                assert plain_traces(private_home) == [], f"run {run} ({mode})"
            else:
                assert not (private_home / crypt.KEY_FILE).exists()
                assert "journal.json" in plain_traces(private_home)
    finally:
        crypt.set_asker(None)
        crypt.forget()
    print(f"\nkill -9 lock/unlock: runs={RUNS} kills={kills} locked after={locked_after}")
    assert kills > 0, "every child finished before its kill: the window is too short"
