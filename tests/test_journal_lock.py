"""The optional passphrase (issue 17 §2): `leeslamp versleutel`/`ontsleutel`, opening a locked
journal from the command line, and no readable trace of the reader's words in the data folder."""

from __future__ import annotations

import io
import json
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from journal_helpers import FakeClock, hashes
from leeslamp.cli import main
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal, crypt
from leeslamp.journal.crypt import NeedPassphrase

PASS = "lange zin als wachtwoord"
#: planted in the journal; no file in the data folder may hold it readably once locked
PLANTED = "Wörterzeppelin"
#: its forms on disk: UTF-8, JSON-escaped (log lines are ASCII), and the ASCII part both share
PLANTED_FORMS = [
    PLANTED.encode(),
    json.dumps(PLANTED).strip('"').encode(),
    b"rterzeppelin",
]


@pytest.fixture(autouse=True)
def quick_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Cheap scrypt for new keys (stored in the key file, so opening uses the same), and no key
    or asker left over from another test in this process."""
    monkeypatch.setitem(crypt.SCRYPT, "n", 2**10)
    crypt.forget()
    crypt.set_asker(None)
    yield
    crypt.forget()
    crypt.set_asker(None)


def typed(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    """Standard input without a terminal, holding `text`."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def passphrase_file(tmp_path: Path, text: str = PASS, mode: int = 0o600) -> Path:
    path = tmp_path / "wachtwoord"
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(mode)
    return path


def lock_with_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    typed(monkeypatch, f"{PASS}\n{PASS}\n")
    assert main(["versleutel"]) == 0
    return capsys.readouterr().out


def readable_traces(home: Path) -> list[str]:
    """Files under `home` that hold the planted word in a readable form."""
    return sorted(
        str(path.relative_to(home))
        for path in home.rglob("*")
        if path.is_file() and any(form in path.read_bytes() for form in PLANTED_FORMS)
    )


def write_some(home: Path, clock: FakeClock) -> None:
    with Journal.open(Paths(home), clock=clock) as journal:
        entry = journal.add_entry("reflectie", f"Over de {PLANTED} van gisteren.")
        journal.update_entry(entry.id, text=f"Over de {PLANTED}, anders gezegd.")
        journal.add_entry("dagvraag", "Iets zonder het woord.")
        journal.maintain()  # compaction and the day's backup


def test_lock_and_unlock_round_trip_keeps_every_word(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FakeClock()
    write_some(private_home, clock)
    with Journal.open(Paths(private_home), read_only=True) as journal:
        before = sorted((e.id, e.text) for e in journal.entries())

    said = lock_with_cli(monkeypatch, capsys)
    assert "op slot" in said
    assert "1 oude back-up was nog leesbaar" in said  # plain backups replaced, and told
    assert crypt.is_locked(private_home)
    assert readable_traces(private_home) == []

    crypt.forget()
    with pytest.raises(NeedPassphrase):  # nobody to ask: refused, not read
        Journal.open(Paths(private_home), read_only=True)
    crypt.open_key(private_home, PASS)
    with Journal.open(Paths(private_home), read_only=True) as journal:
        assert sorted((e.id, e.text) for e in journal.entries()) == before

    monkeypatch.setenv("LEESLAMP_WACHTWOORD_BESTAND", str(passphrase_file(private_home.parent)))
    assert main(["ontsleutel"]) == 0
    assert "niet meer op slot" in capsys.readouterr().out
    assert not crypt.is_locked(private_home)
    crypt.forget()
    with Journal.open(Paths(private_home), read_only=True) as journal:
        assert sorted((e.id, e.text) for e in journal.entries()) == before
    assert "journal.json" in readable_traces(private_home)  # plain again, as asked


def test_set_aside_files_and_conflict_copies_are_locked_and_come_back_byte_for_byte(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_some(private_home, FakeClock())
    # a damaged line set aside (plain), and copies a sync tool left beside and in backups/
    with (private_home / "journal.log").open("ab") as log:
        log.write(f"kapot {PLANTED}\n".encode())
    with Journal.open(Paths(private_home)):
        pass
    [aside] = private_home.glob("journal.kapot-*.log")
    beside = private_home / "journal.sync-conflict-20261206-101010-ABCDEF1.json"
    beside.write_bytes((private_home / "journal.json").read_bytes())
    moved = private_home / "backups" / "journal (conflicted copy 2026-12-06 101010).log"
    moved.write_bytes((private_home / "journal.json").read_bytes())
    originals = {path: path.read_bytes() for path in (aside, beside, moved)}
    assert all(PLANTED.encode() in raw for raw in originals.values())

    said = lock_with_cli(monkeypatch, capsys)
    assert "2 oude back-ups" in said  # the daily one and the moved conflict copy
    assert readable_traces(private_home) == []
    from leeslamp.journal.storage import load_snapshot

    # the copy beside was merged as the journal opened to be locked, and moved into backups/
    assert not beside.exists()
    merged = private_home / "backups" / beside.name
    assert load_snapshot(merged) == json.loads(originals[beside])  # still readable, with the key

    monkeypatch.setenv("LEESLAMP_WACHTWOORD_BESTAND", str(passphrase_file(private_home.parent)))
    assert main(["ontsleutel"]) == 0
    now = {path: (merged if path == beside else path).read_bytes() for path in originals}
    assert now == originals


def test_no_file_holds_the_planted_word_after_locking_writes_compaction_and_backups(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = FakeClock()
    write_some(private_home, clock)
    lock_with_cli(monkeypatch, capsys)
    assert readable_traces(private_home) == []

    # the app writing, the next days: appends, compaction, daily backups
    for _day in range(3):
        clock.advance(days=1)
        write_some(private_home, clock)
    # `schrijf`'s quick path, damage set aside, and a search (its index stays in memory)
    monkeypatch.setenv("LEESLAMP_WACHTWOORD_BESTAND", str(passphrase_file(private_home.parent)))
    assert main(["schrijf", f"Snel nog een {PLANTED}."]) == 0
    with (private_home / "journal.log").open("ab") as log:
        log.write(f'{{"t": "entries", "op": "put", "doc": "{PLANTED}"}}\n'.encode())
    with Journal.open(Paths(private_home), clock=clock) as journal:
        assert journal.count() == 9
    assert main(["zoek", PLANTED]) == 0
    assert PLANTED in capsys.readouterr().out
    assert list(private_home.glob("journal.kapot-*.log")) != []
    assert not (private_home / "search-index.sqlite").exists()
    assert readable_traces(private_home) == []


def test_a_wrong_passphrase_exits_2_and_touches_nothing(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_some(private_home, FakeClock())
    lock_with_cli(monkeypatch, capsys)
    before = hashes(private_home)
    monkeypatch.setenv(
        "LEESLAMP_WACHTWOORD_BESTAND", str(passphrase_file(private_home.parent, "niet dit"))
    )
    for argv in (["schrijf", "nog iets"], ["zoek", "woord"], ["ontsleutel"], ["export"]):
        assert main(argv) == 2
        assert "Dat wachtwoord past niet op je dagboek" in capsys.readouterr().err
    assert hashes(private_home) == before


def test_without_a_terminal_or_a_file_a_command_exits_2_at_once(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_some(private_home, FakeClock())
    lock_with_cli(monkeypatch, capsys)
    before = hashes(private_home)
    typed(monkeypatch, "")
    assert main(["--taal", "en", "schrijf", "nog iets"]) == 2
    said = capsys.readouterr().err
    assert "no terminal" in said and "LEESLAMP_WACHTWOORD_BESTAND" in said
    assert "Traceback" not in said
    assert hashes(private_home) == before


def test_a_passphrase_file_others_can_read_is_refused(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_some(private_home, FakeClock())
    lock_with_cli(monkeypatch, capsys)
    loose = passphrase_file(private_home.parent, mode=0o640)
    monkeypatch.setenv("LEESLAMP_WACHTWOORD_BESTAND", str(loose))
    assert main(["schrijf", "nog iets"]) == 2
    assert "chmod 600" in capsys.readouterr().err
    loose.chmod(0o600)
    assert main(["schrijf", "nog iets"]) == 0


def test_locking_asks_twice_and_refuses_two_different_lines(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_some(private_home, FakeClock())
    before = hashes(private_home)
    typed(monkeypatch, f"{PASS}\nanders\n")
    assert main(["versleutel"]) == 2
    said = capsys.readouterr().err
    assert "nooit meer lezen" in said  # told before: a forgotten passphrase is gone for good
    assert "niet gelijk" in said
    typed(monkeypatch, f"{PASS}\n")
    assert main(["versleutel"]) == 2
    assert "twee keer" in capsys.readouterr().err
    typed(monkeypatch, "kort\nkort\n")
    assert main(["versleutel"]) == 2
    assert "minstens 8 tekens" in capsys.readouterr().err
    assert hashes(private_home) == before and not crypt.is_locked(private_home)


def test_waar_says_whether_the_journal_is_locked_and_exports_warn(
    private_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    write_some(private_home, FakeClock())
    assert main(["waar"]) == 0
    assert "niet op slot" in capsys.readouterr().out
    lock_with_cli(monkeypatch, capsys)
    assert main(["--taal", "en", "where", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["locked"] is True
    monkeypatch.setenv("LEESLAMP_WACHTWOORD_BESTAND", str(passphrase_file(tmp_path)))
    target = tmp_path / "uit.json"
    assert main(["export", "--format", "json", "-o", str(target)]) == 0
    assert "deze export is gewoon leesbaar" in capsys.readouterr().err
    assert PLANTED in target.read_text(encoding="utf-8")  # the reader asked for it plain


def test_a_damaged_locked_line_costs_only_that_line(private_home: Path) -> None:
    clock = FakeClock()
    paths = Paths(private_home)
    key_file, key = crypt.new_key_file(PASS)
    private_home.mkdir(parents=True, exist_ok=True)
    crypt.key_path(private_home).write_bytes(key_file)
    crypt.remember(private_home, key)
    with Journal.open(paths, clock=clock) as journal:
        first = journal.add_entry("reflectie", "een")
        journal.add_entry("reflectie", "twee")
        clock.advance(minutes=1)
        third = journal.add_entry("reflectie", "drie")
    lines = paths.journal_log.read_bytes().split(b"\n")
    assert all(crypt.is_sealed_line(line) for line in lines[1:] if line)
    lines[-3] = lines[-3][:-8] + b"AAAAAAAA"  # the second entry's line, its tag broken
    paths.journal_log.write_bytes(b"\n".join(lines))
    with Journal.open(paths, clock=clock) as journal:
        assert {e.id for e in journal.entries()} == {first.id, third.id}
    [aside] = private_home.glob("journal.kapot-*.log")
    assert all(crypt.is_sealed_line(line) for line in aside.read_bytes().splitlines())


def test_a_truncated_locked_snapshot_is_refused_with_a_sentence(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_some(private_home, FakeClock())
    lock_with_cli(monkeypatch, capsys)
    snapshot = private_home / "journal.json"
    snapshot.write_bytes(snapshot.read_bytes()[:-5])
    before = hashes(private_home)
    monkeypatch.setenv("LEESLAMP_WACHTWOORD_BESTAND", str(passphrase_file(private_home.parent)))
    assert main(["zoek", "woord"]) == 1
    assert "versleuteld, maar gaat niet meer open" in capsys.readouterr().err
    assert hashes(private_home) == before


class FakeKeyring(types.ModuleType):
    """The `keyring` library's three calls, over a dict (the real one needs a desktop)."""

    def __init__(self) -> None:
        super().__init__("keyring")
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, name: str) -> str | None:
        return self.store.get((service, name))

    def set_password(self, service: str, name: str, secret: str) -> None:
        self.store[(service, name)] = secret

    def delete_password(self, service: str, name: str) -> None:
        del self.store[(service, name)]


def test_the_keyring_remembers_the_passphrase_only_when_asked(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write_some(private_home, FakeClock())
    monkeypatch.setitem(sys.modules, "keyring", None)  # not installed: `import keyring` fails
    typed(monkeypatch, f"{PASS}\n{PASS}\n")
    assert main(["versleutel", "--onthoud"]) == 2
    assert "pip install 'leeslamp[keyring]'" in capsys.readouterr().err
    assert not crypt.is_locked(private_home)

    keyring = FakeKeyring()
    monkeypatch.setitem(sys.modules, "keyring", keyring)
    lock_with_cli(monkeypatch, capsys)
    assert keyring.store == {}  # off by default
    typed(monkeypatch, "")
    assert main(["schrijf", "zonder terminal"]) == 2

    monkeypatch.setenv("LEESLAMP_WACHTWOORD_BESTAND", str(passphrase_file(private_home.parent)))
    assert main(["versleutel", "--onthoud"]) == 0
    assert "onthouden op deze computer" in capsys.readouterr().out
    assert list(keyring.store.values()) == [PASS]
    monkeypatch.delenv("LEESLAMP_WACHTWOORD_BESTAND")
    assert main(["schrijf", "zonder terminal, uit de sleutelbos"]) == 0

    assert main(["ontsleutel"]) == 0
    assert "onthoudt je wachtwoord niet meer" in capsys.readouterr().out
    assert keyring.store == {}


def test_a_whole_locked_file_opens_only_whole_and_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crypt, "FRAME", 64)  # many frames from a small text
    _data, key = crypt.new_key_file(PASS)
    crypt.remember(tmp_path, key)
    plain = "".join(f"regel {n} é\n" for n in range(200)).encode()
    sealed = b"".join(crypt.seal_chunks(key, [plain[:100], plain[100:]]))
    where = tmp_path / "journal.json"
    assert crypt.reveal(sealed, where) == plain
    assert PLANTED_FORMS[2] not in sealed and b"regel" not in sealed

    header_end = sealed.index(b"\n", len(crypt.MAGIC)) + 1
    frames, at = [], header_end
    while at < len(sealed):
        size = int.from_bytes(sealed[at : at + 4], "big")
        frames.append(sealed[at : at + 4 + size])
        at += 4 + size
    head = sealed[:header_end]
    for damaged in (
        head + b"".join(frames[:-1]),  # the last frame cut off
        head + b"".join([frames[1], frames[0], *frames[2:]]),  # two frames swapped
        sealed[:-1] + bytes([sealed[-1] ^ 1]),  # one bit flipped
    ):
        with pytest.raises(crypt.Unsealable):
            crypt.reveal(damaged, where)
