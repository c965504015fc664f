"""Damage costs only what is damaged: a bad log line or an odd record is set aside and named
(or repaired where its meaning is clear); every intact record is still there, in every command
and screen. (test_journal_damage.py holds the damage that stops the journal as a whole.)
"""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from journal_helpers import FakeClock
from leeslamp.cli import main
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal, backups, logfile

BUG = "onze fout"


@pytest.fixture
def paths(private_home: Path) -> Paths:
    return Paths(private_home)


@pytest.fixture
def eight(paths: Paths) -> list[str]:
    """Eight entries: three in yesterday's snapshot and backup, five in today's log (after
    today's backup). Returns their texts, oldest first."""
    clock = FakeClock(datetime.now().astimezone() - timedelta(days=1))
    texts = []
    with Journal.open(paths, clock=clock) as journal:
        for index in range(3):
            texts.append(f"gisteren {index}")
            journal.add_entry("reflectie", texts[-1])
        journal.maintain()
        clock.now += timedelta(days=1)
        journal.maintain()
        for index in range(5):
            clock.now += timedelta(minutes=1)
            texts.append(f"vandaag {index}")
            journal.add_entry("reflectie", texts[-1])
    return texts


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().split(b"\n")[:-1]


def _replace_line(path: Path, number: int, line: bytes) -> bytes:
    lines = _lines(path)
    old, lines[number] = lines[number], line
    path.write_bytes(b"\n".join(lines) + b"\n")
    return old


def _set_aside_files(paths: Paths) -> list[Path]:
    return sorted(paths.data_dir.glob("journal.kapot-*.log"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def texts_in(paths: Paths) -> list[str]:
    with Journal.open(paths, read_only=True) as journal:
        return sorted(entry.text for entry in journal.entries())


# --- damaged log lines ----------------------------------------------------------------------

BAD_LINES = {
    "not JSON": b"{kapot",
    "wrong shape": b'{"t":"entries","op":"put"}',
    "not text": b"\xff\xfe\x00",
}


@pytest.mark.parametrize("case", list(BAD_LINES))
def test_a_damaged_middle_line_costs_that_line_only(
    paths: Paths, eight: list[str], capsys: pytest.CaptureFixture[str], case: str
) -> None:
    original = paths.journal_log.read_bytes()
    lost = _replace_line(paths.journal_log, 2, BAD_LINES[case])  # the second of today's five
    damaged = paths.journal_log.read_bytes()

    code, out, err = run(capsys, "export", "--format", "json")
    assert code == 0, err
    exported = sorted(entry["text"] for entry in json.loads(out)["entries"])
    assert exported == sorted(set(eight) - {"vandaag 1"})
    [aside] = _set_aside_files(paths)
    assert BAD_LINES[case] in aside.read_bytes()
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600
    assert str(aside) in err and BUG not in err and len(err.strip().splitlines()) == 1
    # the log as it was, before anything was set aside, is kept whole
    kept = [p for p in paths.backups.iterdir() if p.read_bytes() == damaged]
    assert kept, "no copy of the damaged log"
    assert lost in original

    # set aside once: later commands see a clean journal and say nothing
    code, out, err = run(capsys, "export", "--format", "json")
    assert (code, err) == (0, "")
    assert len(json.loads(out)["entries"]) == 7
    assert run(capsys, "schrijf", "daarna")[0] == 0
    assert len(texts_in(paths)) == 8
    assert _set_aside_files(paths) == [aside]


def test_the_notice_speaks_english_with_taal_en(
    paths: Paths, eight: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _replace_line(paths.journal_log, 2, b"{kapot")
    code, _out, err = run(capsys, "--taal", "en", "zoek", "vandaag")
    assert code == 0
    assert "1 damaged line" in err and "set it aside" in err


def test_while_another_leeslamp_writes_a_reader_skips_the_damage_and_changes_nothing(
    paths: Paths, eight: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from journal_helpers import hashes

    _replace_line(paths.journal_log, 2, b"{kapot")
    with Journal.open(paths, read_only=True) as first_look:  # lock free: this one sets aside
        assert len(first_look.entries()) == 7
    with Journal.open(paths) as app:  # the app holds the lock
        app.add_entry("reflectie", "nieuw")
        app.add_entry("reflectie", "nog nieuw")
        _replace_line(paths.journal_log, 1, b"{weer kapot")  # "nieuw"
        before = hashes(paths.data_dir)
        code, out, err = run(capsys, "export")
    assert code == 0 and len(json.loads(out)["entries"]) == 8
    assert "sla ik over" in err and str(paths.journal_log) in err
    assert hashes(paths.data_dir) == before


def test_the_app_opens_a_damaged_journal_with_every_intact_entry(
    paths: Paths, eight: list[str]
) -> None:
    from leeslamp.journal import notices

    _replace_line(paths.journal_log, 3, b"{kapot")
    notices.take()
    with Journal.open(paths) as journal:
        assert len(journal.entries()) == 7
        journal.add_entry("reflectie", "erbij")
    [said] = notices.take()
    assert str(_set_aside_files(paths)[0]) in said
    assert len(texts_in(paths)) == 8


def test_a_torn_last_line_stays_quiet_but_is_kept_aside(
    paths: Paths, eight: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A kill -9 mid-append leaves a last line without its newline: normal, never acknowledged,
    so no notice; the next writer cuts it off, and keeps its bytes in the set-aside file."""
    with paths.journal_log.open("ab") as handle:
        handle.write(b'{"t":"entries","op":"put","doc":{"id":"half')
    code, _out, err = run(capsys, "schrijf", "na de crash")
    assert code == 0
    assert err.strip().splitlines() == [err.strip()] and "Bewaard" in err
    [aside] = _set_aside_files(paths)
    assert b'"id":"half' in aside.read_bytes()
    assert len(texts_in(paths)) == 9


# --- odd records ----------------------------------------------------------------------------


def _odd_entry(**fields: Any) -> dict[str, Any]:
    doc = {
        "id": "0dd0dd00-0000-4000-8000-000000000001",
        "kind": "reflectie",
        "article": None,
        "text": "een vreemd stuk",
        "created": "2026-11-01T09:00:00+01:00",
        "updated": "2026-11-01T09:00:00+01:00",
        "tags": [],
    }
    doc.update(fields)
    return {key: value for key, value in doc.items() if value is not _GONE}


_GONE = object()

REPAIRABLE = {
    "no created": ("entries", _odd_entry(created=_GONE)),
    "created not a date": ("entries", _odd_entry(created="gisteren")),
    "no updated": ("entries", _odd_entry(updated=_GONE)),
    "created without offset": ("entries", _odd_entry(created="2026-11-01T09:00:00")),
    "tags a string": ("entries", _odd_entry(tags="werk")),
    "tags null": ("entries", _odd_entry(tags=None)),
    "trash deleted nope": (
        "trash",
        {"id": _odd_entry()["id"], "entry": _odd_entry(), "deleted": "nope"},
    ),
    "trash without deleted": ("trash", {"id": _odd_entry()["id"], "entry": _odd_entry()}),
}


def _append(paths: Paths, table: str, doc: dict[str, Any]) -> None:
    logfile.append(paths.journal_log, [logfile.put(table, doc)], 1)


def _every_reader(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    """Each command that reads the journal: it must answer, not reach the bug sentence."""
    commands = [
        ["export", "--format", "json"],
        ["export", "--format", "jrnl"],
        ["export", "--format", "markdown", "-o", str(home.parent / "md/")],
        ["zoek", "stuk"],
        ["zoek", "vandaag", "--json"],
        ["vandaag"],
    ]
    for argv in commands:
        code, _out, err = run(capsys, *argv)
        assert BUG not in err, (argv, err)
        assert code == 0, (argv, err)


@pytest.mark.parametrize("case", list(REPAIRABLE))
def test_an_odd_record_is_repaired_and_every_command_answers(
    paths: Paths, eight: list[str], capsys: pytest.CaptureFixture[str], case: str
) -> None:
    table, doc = REPAIRABLE[case]
    _append(paths, table, doc)
    _every_reader(capsys, paths.data_dir)
    with Journal.open(paths) as journal:
        if table == "entries":
            [odd] = [entry for entry in journal.entries() if entry.text == "een vreemd stuk"]
            datetime.fromisoformat(odd.created).utcoffset()  # a real date with an offset
            assert datetime.fromisoformat(odd.updated).utcoffset() is not None
            assert isinstance(odd.tags, tuple)
        else:
            [trashed] = journal.trash()
            assert datetime.fromisoformat(trashed.deleted).utcoffset() is not None
        journal.maintain()  # housekeeping reads every date too
    code, _out, err = run(capsys, "schrijf", "nog een")
    assert code == 0 and err.count("Bewaard") == 1 and BUG not in err
    assert texts_in(paths).count("nog een") == 1


def test_trash_deleted_nope_and_schrijf_says_saved_once(
    paths: Paths, eight: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The reported case: every `schrijf` saved and then printed a failure, so a retry saved a
    duplicate. Now the first write of the day (which does the housekeeping) says saved, once."""
    _append(paths, "trash", {"id": "x", "entry": _odd_entry(id="x"), "deleted": "nope"})
    for backup in backups.list_backups(paths):
        backup.path.unlink()  # the housekeeping is due: the careful path
    code, _out, err = run(capsys, "schrijf", "een keer")
    assert code == 0, err
    assert err.count("Bewaard") == 1 and BUG not in err
    assert texts_in(paths).count("een keer") == 1


UNREADABLE = {
    "no dates at all": _odd_entry(created="ooit", updated=_GONE),
    "text is a list": _odd_entry(text=["a", "b"]),
    "unknown kind": _odd_entry(kind="gedicht"),
}


@pytest.mark.parametrize("case", list(UNREADABLE))
def test_a_record_that_cannot_be_read_is_set_aside_and_named(
    paths: Paths, eight: list[str], capsys: pytest.CaptureFixture[str], case: str
) -> None:
    _append(paths, "entries", UNREADABLE[case])
    code, out, err = run(capsys, "export", "--format", "json")
    assert code == 0, err
    assert len(json.loads(out)["entries"]) == 8
    [aside] = _set_aside_files(paths)
    assert b"0dd0dd00" in aside.read_bytes()
    assert str(aside) in err and BUG not in err
    _every_reader(capsys, paths.data_dir)
    assert _set_aside_files(paths) == [aside]


def test_an_odd_record_in_the_snapshot_is_set_aside_too(
    paths: Paths, eight: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(paths.journal.read_bytes())
    data["entries"]["99"] = _odd_entry(text=7)
    data["entries"]["100"] = "los"
    paths.journal.write_text(json.dumps(data))
    code, out, err = run(capsys, "export", "--format", "json")
    assert code == 0, err
    assert len(json.loads(out)["entries"]) == 8
    [aside] = _set_aside_files(paths)
    assert b"0dd0dd00" in aside.read_bytes() and b"los" in aside.read_bytes()
    assert run(capsys, "export")[2] == ""


# --- housekeeping after a save ----------------------------------------------------------------


def test_schrijf_that_saved_says_so_even_when_the_housekeeping_fails(
    paths: Paths, eight: list[str], capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    def broken(self: Journal, today: object = None) -> None:
        raise RuntimeError("opruimen mislukt")

    monkeypatch.setattr(Journal, "maintain", broken)
    for backup in backups.list_backups(paths):
        backup.path.unlink()  # the housekeeping is due
    code, _out, err = run(capsys, "schrijf", "bewaard toch")
    assert code == 0
    lines = err.strip().splitlines()
    assert len(lines) == 2 and "Bewaard" in lines[0] and "opruimen" in lines[1].lower()
    assert BUG not in err
    assert texts_in(paths).count("bewaard toch") == 1


# --- journal.json is not a file ---------------------------------------------------------------


def test_journal_json_as_a_folder_is_a_sentence_naming_it(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    paths.journal.mkdir(parents=True)
    for argv in (["export"], ["schrijf", "x"], ["zoek", "x"], ["vandaag"]):
        code, _out, err = run(capsys, *argv)
        assert BUG not in err, (argv, err)
        if argv[0] != "vandaag":  # vandaag shows the day's question, journal or not
            assert code == 1 and str(paths.journal) in err and "map" in err, (argv, err)
    assert paths.journal.is_dir() and os.listdir(paths.journal) == []


# --- the app ------------------------------------------------------------------------------------


async def test_the_app_names_what_it_set_aside_in_a_notice(paths: Paths, eight: list[str]) -> None:
    from tui_factory import SIZE, make_app, settle

    _replace_line(paths.journal_log, 3, b"{kapot")
    app = make_app(paths.data_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert app.journal_link.journal is not None
        assert len(app.journal_link.journal.entries()) == 7
        said = [notification.message for notification in app._notifications]
        [aside] = _set_aside_files(paths)
        assert len(said) == 1 and str(aside) in said[0]
    app.journal_link.close()


async def test_the_dagboek_and_the_trash_show_odd_records_repaired(
    paths: Paths, eight: list[str]
) -> None:
    from leeslamp.tui.screens.journal import JournalScreen
    from leeslamp.tui.screens.trash import TrashScreen
    from tui_factory import SIZE, make_app, settle

    _append(paths, "entries", _odd_entry(created=_GONE, text="zonder datum"))
    trashed = _odd_entry(id="weg-1", text="in de prullenbak", updated="nooit")
    _append(paths, "trash", {"id": "weg-1", "entry": trashed, "deleted": "nope"})
    app = make_app(paths.data_dir)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, JournalScreen)
        rows = app.screen.list
        shown = [rows.line_text(index) for index in range(rows.row_count)]
        assert len(shown) == 9 and any("zonder datum" in line for line in shown)
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, TrashScreen)
        assert "in de prullenbak" in app.screen.list.line_text(0)
        await pilot.press("enter")  # restore it
        await settle(pilot)
        assert app.screen.list.row_count == 0
        assert [n.message for n in app._notifications if "onze fout" in n.message] == []
    app.journal_link.close()
    assert "in de prullenbak" in texts_in(paths)
