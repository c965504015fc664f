"""Two computers doing anything in any order, then the sync tool doing what it does: the merge
keeps every text either computer ever saved, and no entry twice (hypothesis, real files)."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leeslamp.journal import notices
from sync_helpers import Computer, carry, carry_all, copy_name

OPS = st.lists(
    st.tuples(
        st.sampled_from(["laptop", "desktop"]),
        st.sampled_from(["write", "edit", "edit", "delete", "restore", "compact"]),
        st.integers(0, 20),
    ),
    max_size=10,
)


class Side:
    """One computer, and the journal's files as they were when the two last agreed."""

    def __init__(self, computer: Computer) -> None:
        self.computer = computer
        self.agreed: dict[str, bytes] = {}

    def agree(self) -> None:
        self.agreed = {name: self.bytes(name) for name in ("journal.json", "journal.log")}

    def bytes(self, name: str) -> bytes:
        path = self.computer.home / name
        return path.read_bytes() if path.exists() else b""

    def changed(self, name: str) -> bool:
        """What the sync tool sees: the file is not what it was (leeslamp may compact when it
        opens, so this is asked of the files, not of what the test did)."""
        return self.bytes(name) != self.agreed.get(name, b"")

    def act(self, op: str, pick: int, saved: set[tuple[str, str]]) -> None:
        computer = self.computer
        computer.clock.advance(minutes=1)
        with computer.open() as journal:
            alive = sorted(entry.id for entry in journal.entries())
            binned = sorted(item.entry.id for item in journal.trash())
            if op == "write":
                text = f"nieuw {computer.home.name} {pick} {computer.clock.now:%H%M}"
                saved.add((journal.add_entry("reflectie", text).id, text))
            elif op == "edit" and alive:
                entry_id, text = alive[pick % len(alive)], f"{computer.home.name} {pick} bewerkt"
                journal.update_entry(entry_id, text=text)
                saved.add((entry_id, text))
            elif op == "delete" and alive:
                journal.delete_entry(alive[pick % len(alive)])
            elif op == "restore" and binned:
                journal.restore_entry(binned[pick % len(binned)])
            elif op == "compact":
                computer.clock.advance(days=1)
                journal.maintain(computer.clock.now.date())


def sync_into(laptop: Side, desktop: Side, name: str, copy_stays: bool) -> None:
    """What a sync tool does with one file: the desktop's replaces the laptop's when only the
    desktop changed it; when both did, one keeps the name and the other becomes a copy."""
    if not desktop.changed(name):
        return
    if not laptop.changed(name):
        carry(desktop.computer, laptop.computer, name)
    elif copy_stays:  # the laptop's keeps the name
        carry(desktop.computer, laptop.computer, name, copy_name("syncthing", name))
    else:
        real = laptop.computer.home / name
        real.rename(laptop.computer.home / copy_name("nextcloud", name))
        carry(desktop.computer, laptop.computer, name)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(OPS, st.booleans(), st.booleans())
def test_whatever_both_did_every_saved_text_survives_once(
    tmp_path: Path, ops: list[tuple[str, str, int]], json_stays: bool, log_stays: bool
) -> None:
    root = tmp_path / f"run-{len(list(tmp_path.iterdir()))}"
    laptop = Side(Computer(root, "laptop"))
    desktop = Side(Computer(root, "desktop"))
    saved: set[tuple[str, str]] = set()
    with laptop.computer.open() as journal:
        for n in range(3):
            text = f"gedeeld {n}"
            saved.add((journal.add_entry("reflectie", text).id, text))
    laptop.computer.compact()
    carry_all(laptop.computer, desktop.computer)
    desktop.computer.clock.now = laptop.computer.clock.now
    laptop.agree()
    desktop.agree()
    sides = {"laptop": laptop, "desktop": desktop}
    for who, op, pick in ops:
        sides[who].act(op, pick, saved)

    sync_into(laptop, desktop, "journal.json", json_stays)
    sync_into(laptop, desktop, "journal.log", log_stays)
    laptop.computer.texts()
    notices.take()

    texts = laptop.computer.all_texts()
    for entry_id, text in saved:
        assert text in texts.get(entry_id, set()), (entry_id, text)
    with laptop.computer.open(read_only=True) as journal:
        ids = [entry.id for entry in journal.entries()] + [i.entry.id for i in journal.trash()]
    assert len(ids) == len(set(ids))  # nothing doubled: alive or in the trash, once
    assert laptop.computer.copies_waiting() == []
    shutil.rmtree(root)
