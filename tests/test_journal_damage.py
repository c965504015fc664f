"""Damaged files, a full disk, a read-only folder: the reader is told in a sentence, and nothing on
disk is changed by the attempt. Real processes and real file systems where the machine allows.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from journal_helpers import FakeClock, hashes
from leeslamp.core.errors import JournalUnreadable, JournalWriteError
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal, backups, logfile

LONG = "Een lange zin over leren in een team, met é en 🌱. " * 120  # ~6 KB


def leeslamp(home: Path, *args: str, **popen: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LEESLAMP_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "leeslamp", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        **popen,
    )


@pytest.fixture
def paths(private_home: Path) -> Paths:
    return Paths(private_home)


@pytest.fixture
def journal_of_two_days(paths: Paths) -> Path:
    """A journal written yesterday and today (backups of both), with today's last three entries
    still in the log. Returns today's backup: the newest good one."""
    clock = FakeClock(datetime.now().astimezone() - timedelta(days=1))
    with Journal.open(paths, clock=clock) as journal:
        for index in range(3):
            journal.add_entry("reflectie", f"gisteren {index}", tags=["oud"])
        journal.maintain()
        clock.now += timedelta(days=1)
        journal.add_entry("dagvraag", "vandaag, voor de back-up")
        journal.maintain()
        for index in range(3):
            journal.add_entry("reflectie", f"vandaag in het logboek {index}\n\nmet een lege regel")
    assert len(backups.list_backups(paths)) == 2
    return backups.list_backups(paths)[0].path


# --- damaged files ------------------------------------------------------------------------


def _rewrite_in_place(path: Path, data: bytes) -> None:
    """What an editor, a sync tool or a bad disk does: same file, new bytes."""
    with path.open("r+b") as handle:
        handle.write(data)
        handle.truncate(len(data))


def _log_lines(path: Path) -> list[bytes]:
    return path.read_bytes().split(b"\n")[:-1]


def _replace_log_line(path: Path, number: int, line: bytes) -> None:
    lines = _log_lines(path)
    lines[number] = line
    _rewrite_in_place(path, b"\n".join(lines) + b"\n")


def _future_snapshot(path: Path) -> None:
    data = json.loads(path.read_bytes())
    next(iter(data["meta"].values()))["schema"] = 99
    _rewrite_in_place(path, json.dumps(data).encode())


#: damage to a whole file: the journal is refused. A damaged log line or record in the middle
#: costs only itself (test_journal_damage_costs.py).
DAMAGE: dict[str, tuple[str, Callable[[Path], None]]] = {
    "snapshot truncated": (
        "journal",
        lambda p: _rewrite_in_place(p, p.read_bytes()[: p.stat().st_size // 2]),
    ),
    "snapshot garbage": ("journal", lambda p: _rewrite_in_place(p, os.urandom(p.stat().st_size))),
    "snapshot empty": ("journal", lambda p: _rewrite_in_place(p, b"")),
    "snapshot not an object": ("journal", lambda p: _rewrite_in_place(p, b"[1, 2, 3]")),
    "snapshot table not an object": ("journal", lambda p: _rewrite_in_place(p, b'{"entries": 1}')),
    "snapshot from the future": ("journal", _future_snapshot),
    "snapshot deleted": ("journal", lambda p: p.unlink()),
    "log header damaged": ("journal_log", lambda p: _replace_log_line(p, 0, b"geen kop")),
    "log of another program": (
        "journal_log",
        lambda p: _replace_log_line(p, 0, b'{"kind":"iets"}'),
    ),
    "log from the future": (
        "journal_log",
        lambda p: _replace_log_line(p, 0, b'{"kind":"leeslamp-journal-log","schema":99}'),
    ),
}


@pytest.mark.parametrize("case", list(DAMAGE))
def test_a_damaged_journal_is_refused_by_name_and_left_byte_for_byte(
    paths: Paths, journal_of_two_days: Path, case: str
) -> None:
    which, damage = DAMAGE[case]
    damaged: Path = getattr(paths, which)
    damage(damaged)
    before = hashes(paths.data_dir)

    exported = leeslamp(paths.data_dir, "export", "--format", "json")
    written = leeslamp(paths.data_dir, "schrijf", "mag er niet bij")
    with pytest.raises(JournalUnreadable) as refused:
        Journal.open(paths)  # the app

    for sentence in (exported.stderr, written.stderr, refused.value.sentence()):
        assert str(damaged) in sentence
        assert str(journal_of_two_days) in sentence  # the newest good backup, by name
        assert "niets aan je dagboek veranderd" in sentence and "Traceback" not in sentence
    assert (exported.returncode, written.returncode) == (1, 1)
    assert exported.stdout == ""
    assert hashes(paths.data_dir) == before


def test_a_torn_last_line_is_skipped_and_cut_off_by_the_next_write(
    paths: Paths, journal_of_two_days: Path
) -> None:
    """What a crash in the middle of an append leaves: a last line without its newline."""
    good = paths.journal_log.read_bytes()
    with paths.journal_log.open("ab") as handle:
        handle.write(b'{"t":"entries","op":"put","doc":{"id":"half')
    exported = leeslamp(paths.data_dir, "export")
    assert exported.returncode == 0, exported.stderr
    assert len(json.loads(exported.stdout)["entries"]) == 7
    assert leeslamp(paths.data_dir, "schrijf", "na de crash").returncode == 0
    assert paths.journal_log.read_bytes().startswith(good)
    assert b"half" not in paths.journal_log.read_bytes()
    with Journal.open(paths) as journal:
        assert len(journal.entries()) == 8


def test_a_complete_but_unreadable_last_line_is_skipped_and_cut_off_too(
    paths: Paths, journal_of_two_days: Path
) -> None:
    """The reader skips a last line that is not JSON even when it ends in a newline; the next
    writer must cut it off, or that line ends up in the middle and the journal is refused."""
    with paths.journal_log.open("ab") as handle:
        handle.write(b'{"t":"entries","op":"put","do\x00\x00\x00\n')
    assert leeslamp(paths.data_dir, "schrijf", "erna").returncode == 0
    with Journal.open(paths) as journal:
        assert "erna" in {entry.text for entry in journal.entries()}
        journal.add_entry("reflectie", "en nog een")
    with Journal.open(paths, read_only=True) as journal:
        assert len(journal.entries()) == 9


def test_a_log_torn_while_its_header_was_written_is_an_empty_log(paths: Paths) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.journal_log.write_bytes(b'{"kind":"leeslamp-jour')
    done = leeslamp(paths.data_dir, "schrijf", "eerste stuk")
    assert done.returncode == 0, done.stderr
    with Journal.open(paths) as journal:
        assert [entry.text for entry in journal.entries()] == ["eerste stuk"]


# --- a full disk --------------------------------------------------------------------------


def _no_space(*_args: object) -> int:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _same_as_disk(paths: Paths, journal: Journal) -> None:
    with Journal.open(paths, read_only=True) as fresh:
        assert journal.entries() == fresh.entries()
        assert journal.trash() == fresh.trash()


def test_a_full_disk_is_a_sentence_and_the_journal_stays_as_it_was_on_disk(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Journal.open(paths) as journal:
        kept = journal.add_entry("reflectie", "al bewaard")
        journal.maintain()
        other = journal.add_entry("reflectie", "ook bewaard")
        before = hashes(paths.data_dir)
        attempts: list[Callable[[], object]] = [
            lambda: journal.add_entry("reflectie", "past niet meer"),
            lambda: journal.update_entry(kept.id, text="veranderd"),
            lambda: journal.delete_entry(other.id),
            lambda: journal.save_reading("a", block=3, progress=0.4),
        ]
        for attempt in attempts:
            with monkeypatch.context() as full:
                full.setattr(logfile.os, "write", _no_space)
                with pytest.raises(JournalWriteError) as refused:
                    attempt()
            assert "De schijf is vol" in refused.value.sentence()
            assert hashes(paths.data_dir) == before
            _same_as_disk(paths, journal)
        assert [e.text for e in journal.entries()] == ["ook bewaard", "al bewaard"]
        retried = journal.add_entry("reflectie", "past niet meer")  # room again: just retry
        assert journal.get_entry(retried.id) == retried
        _same_as_disk(paths, journal)


def test_a_write_cut_short_by_a_full_disk_leaves_no_half_record(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = os.write

    def half(fd: int, data: bytes) -> int:
        return real_write(fd, data[: len(data) // 2])

    with Journal.open(paths) as journal:
        journal.add_entry("reflectie", "al bewaard")
        before = hashes(paths.data_dir)
        monkeypatch.setattr(logfile.os, "write", half)
        with pytest.raises(JournalWriteError):
            journal.add_entry("reflectie", LONG)
        monkeypatch.undo()
        assert hashes(paths.data_dir) == before
        _same_as_disk(paths, journal)


def _file_size_limit(limit: int) -> Callable[[], None]:
    def apply() -> None:  # in the child, before exec: the limit and the ignored signal survive it
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_leeslamp_schrijf_on_a_full_disk_says_so_and_damages_nothing(
    paths: Paths, journal_of_two_days: Path
) -> None:
    """A real limit on file size (RLIMIT_FSIZE): the kernel refuses the append with EFBIG."""
    before = hashes(paths.data_dir)
    limit = paths.journal_log.stat().st_size + 100
    refused = leeslamp(paths.data_dir, "schrijf", LONG, preexec_fn=_file_size_limit(limit))
    assert refused.returncode == 1
    assert "De schijf is vol" in refused.stderr and "Traceback" not in refused.stderr
    assert hashes(paths.data_dir) == before
    assert leeslamp(paths.data_dir, "schrijf", LONG).returncode == 0  # room again: retry works
    with Journal.open(paths, read_only=True) as journal:
        assert [entry.text for entry in journal.entries()].count(LONG) == 1


def test_schrijf_exit_code_tells_the_truth_when_only_the_housekeeping_does_not_fit(
    paths: Paths, journal_of_two_days: Path
) -> None:
    """The first write of a day also compacts and backs up. When the entry fits but the new
    snapshot does not, the entry is saved: exit 0, and the housekeeping waits for next time."""
    journal_of_two_days.unlink()  # no backup for today yet: this write does the housekeeping
    limit = paths.journal_log.stat().st_size + 1000
    done = leeslamp(paths.data_dir, "schrijf", "kort", preexec_fn=_file_size_limit(limit))
    with Journal.open(paths, read_only=True) as journal:
        saved = "kort" in {entry.text for entry in journal.entries()}
    assert (done.returncode == 0) == saved, done.stderr
    assert done.returncode == 0
    assert list(paths.data_dir.glob(".*.tmp")) == []


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A real, small file system of its own (needs root and permission to mount)."""
    mount = tmp_path / "klein"
    mount.mkdir()
    tried = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        text=True,
    )
    if tried.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({tried.stderr.strip() or 'no permission'})")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> Path:
    """Fill the file system to the last byte."""
    filler = folder / "vol"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 20, 1 << 16, 1 << 12, 1 << 8, 1):
            try:
                while os.write(fd, b"\0" * size) == size:
                    pass
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler


def test_a_really_full_disk_is_a_sentence_and_nothing_is_damaged(tmpfs: Path) -> None:
    home = tmpfs / "leeslamp"
    paths = Paths(home)
    assert leeslamp(home, "schrijf", "voor de schijf vol was").returncode == 0
    filler = _fill(tmpfs)
    before = hashes(home)
    refused = leeslamp(home, "schrijf", LONG)
    assert refused.returncode == 1
    assert "De schijf is vol" in refused.stderr and "Traceback" not in refused.stderr
    assert hashes(home) == before
    with Journal.open(paths) as journal:  # the app, on the full disk
        with pytest.raises(JournalWriteError):
            journal.add_entry("reflectie", LONG)
        _same_as_disk(paths, journal)
        filler.unlink()
        journal.add_entry("reflectie", LONG)  # room again: the same text, retried
    assert leeslamp(home, "schrijf", "daarna").returncode == 0
    with Journal.open(paths, read_only=True) as journal:
        texts = [entry.text for entry in journal.entries()]
    assert texts == ["daarna", LONG, "voor de schijf vol was"]


def test_a_file_system_mounted_read_only_is_a_sentence(tmpfs: Path) -> None:
    home = tmpfs / "leeslamp"
    assert leeslamp(home, "schrijf", "voor het alleen-lezen werd").returncode == 0
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    before = hashes(home)
    refused = leeslamp(home, "schrijf", "mag niet")
    assert refused.returncode == 1
    assert "alleen-lezen" in refused.stderr and "Traceback" not in refused.stderr
    assert hashes(home) == before
    assert leeslamp(home, "export").returncode == 0


# --- a read-only folder -------------------------------------------------------------------

PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER = 1, 2, 3


def _without_root_powers() -> None:
    """Root ignores file permissions. Drop those powers (from the capability bounding set, so
    they are gone after exec), leaving root an ordinary owner that a chmod can stop."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.fixture
def as_ordinary_user(tmp_path: Path) -> dict[str, object]:
    """subprocess options that make a child respect file permissions, even when tests run as
    root (the interpreter lives under /root here, so switching to `nobody` cannot run it)."""
    if os.geteuid() != 0:
        return {}
    probe = tmp_path / "probe"
    probe.mkdir(mode=0o500)
    try:
        tried = subprocess.run(
            [sys.executable, "-c", f"open({str(probe / 'x')!r}, 'w')"],
            preexec_fn=_without_root_powers,
            capture_output=True,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"running as root and cannot drop root's power over file permissions: {exc}")
    if tried.returncode == 0:
        pytest.skip("running as root and a read-only folder does not stop this child")
    return {"preexec_fn": _without_root_powers}


def _read_only(folder: Path, files_too: bool = True) -> None:
    for path in [*sorted(folder.rglob("*"), reverse=True), folder]:
        if path.is_dir():
            path.chmod(0o500)
        elif files_too:
            path.chmod(0o400)


def test_a_read_only_data_folder_is_a_sentence_and_nothing_changes(
    paths: Paths, journal_of_two_days: Path, as_ordinary_user: dict[str, object]
) -> None:
    _read_only(paths.data_dir)
    before = hashes(paths.data_dir)
    refused = leeslamp(paths.data_dir, "schrijf", "mag niet", **as_ordinary_user)
    assert refused.returncode == 1, refused.stderr
    assert "alleen-lezen" in refused.stderr and str(paths.data_dir) in refused.stderr
    assert "Traceback" not in refused.stderr
    exported = leeslamp(paths.data_dir, "export", **as_ordinary_user)
    assert exported.returncode == 0, exported.stderr
    assert len(json.loads(exported.stdout)["entries"]) == 7
    assert hashes(paths.data_dir) == before


def test_no_journal_yet_in_a_read_only_folder_is_a_sentence(
    tmp_path: Path, as_ordinary_user: dict[str, object]
) -> None:
    parent = tmp_path / "alleen-lezen"
    parent.mkdir(mode=0o500)
    refused = leeslamp(parent / "leeslamp", "schrijf", "eerste", **as_ordinary_user)
    assert refused.returncode == 1
    assert "alleen-lezen" in refused.stderr and "Traceback" not in refused.stderr
    assert list(parent.iterdir()) == []


def test_a_read_only_folder_with_writable_files_saves_and_says_so_truthfully(
    paths: Paths, journal_of_two_days: Path, as_ordinary_user: dict[str, object]
) -> None:
    """Appending to the log needs no new file, so the entry is saved; the day's compaction
    (a new file) cannot happen and must not turn that into a failure."""
    journal_of_two_days.unlink()  # today's housekeeping is due
    _read_only(paths.data_dir, files_too=False)
    done = leeslamp(paths.data_dir, "schrijf", "toch bewaard", **as_ordinary_user)
    with Journal.open(paths, read_only=True) as journal:
        saved = "toch bewaard" in {entry.text for entry in journal.entries()}
    assert (done.returncode == 0) == saved, done.stderr
    assert saved
