"""`leeslamp geschiedenis` and `leeslamp bewerk` (issue 16 §1, §2): the versions of a text on
the command line, restoring one, and editing with an argument, stdin or the reader's editor."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from journal_factory import write_entries
from leeslamp.cli import main
from leeslamp.core.paths import resolve
from leeslamp.journal import Journal
from leeslamp.journal.locking import hold_lock


@pytest.fixture(autouse=True)
def temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The editor's temporary files go here, where a test can see what is left."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def entry_id() -> str:
    [entry] = write_entries({"text": "Eerste gedachte.", "at": "2026-11-01 09:30"})
    return entry.id


def history(capsys: pytest.CaptureFixture[str], entry_id: str) -> list[dict]:
    capsys.readouterr()
    assert main(["geschiedenis", entry_id, "--json"]) == 0
    return json.loads(capsys.readouterr().out)["versions"]


def texts(capsys: pytest.CaptureFixture[str], entry_id: str) -> list[str]:
    return [version["text"] for version in history(capsys, entry_id)]


def fake_editor(tmp_path: Path, body: str, code: int = 0) -> str:
    """A small editor script: runs `body` (Python) with the file's path as `path`, after
    noting that path and the file's mode beside the script, then exits with `code`."""
    script = tmp_path / "editor.py"
    script.write_text(
        "import os, sys\n"
        "path = sys.argv[-1]\n"
        "here = os.path.dirname(sys.argv[0])\n"
        "open(os.path.join(here, 'seen'), 'w').write(path)\n"
        "open(os.path.join(here, 'mode'), 'w').write(oct(os.stat(path).st_mode & 0o777))\n"
        f"{body}\n"
        f"sys.exit({code})\n",
        encoding="utf-8",
    )
    return f"{sys.executable} {script} --wait"  # with an argument, as `code --wait`


def test_bewerk_with_text_keeps_the_old_text_as_a_version(
    entry_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bewerk", entry_id[:4], "Tweede", "gedachte."]) == 0
    assert "versie 1" in capsys.readouterr().err
    found = history(capsys, entry_id)
    assert [v["version"] for v in found] == [1, 2]
    assert [v["text"] for v in found] == ["Eerste gedachte.", "Tweede gedachte."]
    assert found[0]["saved"] == "2026-11-01T09:30:00+01:00"
    assert [v["current"] for v in found] == [False, True]


def test_bewerk_reads_stdin_with_a_dash(
    entry_id: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Van standaardinvoer.\nTwee regels.\n"))
    assert main(["edit", entry_id, "-"]) == 0
    assert texts(capsys, entry_id)[-1] == "Van standaardinvoer.\nTwee regels."


def test_bewerk_refuses_an_empty_text_and_an_unchanged_one_saves_nothing(
    entry_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bewerk", entry_id, "   "]) == 2
    assert "lege tekst" in capsys.readouterr().err
    assert main(["bewerk", entry_id, "Eerste gedachte."]) == 0
    assert "niet veranderd" in capsys.readouterr().err
    assert texts(capsys, entry_id) == ["Eerste gedachte."]


def test_bewerk_opens_the_editor_on_a_private_temporary_file(
    entry_id: str,
    temp_folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    body = (
        "text = open(path, encoding='utf-8').read()\n"
        "open(path, 'w', encoding='utf-8').write(text.replace('Eerste', 'Betere') + '\\n')"
    )
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, body))
    assert main(["bewerk", entry_id]) == 0
    assert texts(capsys, entry_id) == ["Eerste gedachte.", "Betere gedachte."]  # no newline added
    temp = Path((tmp_path / "seen").read_text())
    assert temp.parent == temp_folder and not temp.exists()  # removed afterwards
    assert (tmp_path / "mode").read_text() == oct(stat.S_IRUSR | stat.S_IWUSR)


def test_visual_goes_before_editor(
    entry_id: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("VISUAL", fake_editor(tmp_path, "open(path, 'w').write('Visueel.')"))
    monkeypatch.setenv("EDITOR", "niet-deze-editor")
    assert main(["bewerk", entry_id]) == 0
    assert texts(capsys, entry_id)[-1] == "Visueel."


@pytest.mark.parametrize(
    ("editor", "code", "said"),
    [
        ("", 2, "geen editor ingesteld"),
        ("editor-die-er-niet-is --wait", 2, "niet te vinden"),
        ("'open quote", 2, "aanhalingstekens"),
        ("FAILS", 1, "stopte met een fout (code 3)"),
        ("UNCHANGED", 0, "niet veranderd"),
    ],
)
def test_bewerk_says_what_went_wrong_with_the_editor_and_changes_nothing(
    entry_id: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    temp_folder: Path,
    editor: str,
    code: int,
    said: str,
) -> None:
    if editor == "FAILS":  # it even wrote something: an editor that fails saves nothing
        editor = fake_editor(tmp_path, "open(path, 'w').write('Half.')", code=3)
    elif editor == "UNCHANGED":
        editor = fake_editor(tmp_path, "pass")
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", editor)
    assert main(["bewerk", entry_id]) == code
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
    assert texts(capsys, entry_id) == ["Eerste gedachte."]
    assert not list(temp_folder.iterdir())  # the temporary file is gone, also on error


def test_an_edit_saved_meanwhile_in_the_app_is_not_overwritten_and_the_editors_text_kept(
    entry_id: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    private_home: Path,
) -> None:
    """While the editor is open, the app saves the entry: the editor's text is refused, and
    kept in a file beside the journal, with the command to put it in."""
    body = (
        "import subprocess\n"
        "subprocess.run([sys.executable, '-m', 'leeslamp', 'bewerk', os.environ['ENTRY'], "
        "'In de app, intussen.'], check=True)\n"
        "open(path, 'w').write('Uit de editor.')"
    )
    monkeypatch.setenv("ENTRY", entry_id)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(sys.path))
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", fake_editor(tmp_path, body))
    assert main(["bewerk", entry_id]) == 1
    err = capsys.readouterr().err
    assert "niets overschreven" in err
    [kept] = private_home.glob("bewerkt-*.txt")
    assert kept.read_text(encoding="utf-8") == "Uit de editor."
    assert str(kept) in err and f"bewerk {entry_id[:8]} - <" in err
    assert texts(capsys, entry_id) == ["Eerste gedachte.", "In de app, intussen."]


def test_bewerk_says_so_before_the_editor_opens_when_the_app_has_the_journal(
    entry_id: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("VISUAL", fake_editor(tmp_path, "open(path, 'w').write('Nooit.')"))
    with hold_lock(resolve()):
        assert main(["bewerk", entry_id]) == 1
    assert "open in een andere leeslamp" in capsys.readouterr().err
    assert not (tmp_path / "seen").exists()  # the editor never opened


def test_geschiedenis_lists_oldest_first_and_restores_a_version(
    entry_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bewerk", entry_id, "Tweede."]) == 0
    capsys.readouterr()
    assert main(["geschiedenis", entry_id[:5]]) == 0
    out, err = capsys.readouterr()
    assert out.index("Versie 1 ·") < out.index("  Eerste gedachte.") < out.index("Versie 2 (nu)")
    assert "1 november 2026, 09:30" in out and "--terug N" in err
    assert main(["geschiedenis", entry_id, "--terug", "1"]) == 0
    assert "bewaard als versie 2" in capsys.readouterr().err
    assert texts(capsys, entry_id) == ["Eerste gedachte.", "Tweede.", "Eerste gedachte."]
    assert main(["history", entry_id, "--restore", "3"]) == 0
    assert "al je tekst" in capsys.readouterr().err
    assert len(history(capsys, entry_id)) == 3


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["geschiedenis", "abc"], "te kort"),
        (["geschiedenis", "ffffffff"], "geen stuk met een id dat begint met 'ffffffff'"),
        (["geschiedenis", "{id}", "--terug", "5"], "kies een nummer van 1 tot en met 1"),
        (["geschiedenis", "{id}", "--terug", "twee"], "twee"),
        (["bewerk", "ffff", "tekst"], "geen stuk"),
    ],
)
def test_unknown_ids_and_bad_numbers_are_sentences(
    entry_id: str, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    assert main([part.format(id=entry_id) for part in argv]) == 2
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err


def test_an_ambiguous_prefix_names_the_entries(capsys: pytest.CaptureFixture[str]) -> None:
    entries = write_entries({"text": "Een."}, {"text": "Twee."})
    with Journal.open(resolve()) as journal:  # give both ids the same beginning
        data = journal._storage.read()
        for number, doc in enumerate(data["entries"].values()):
            doc["id"] = f"abcd{number}" + doc["id"][5:]
        journal._storage.compact()
    assert main(["geschiedenis", "abcd"]) == 2
    err = capsys.readouterr().err
    assert "past bij 2 stukken" in err and "(Een.)" in err and "(Twee.)" in err
    assert len(entries) == 2


def test_an_entry_in_the_trash_is_named_as_such(
    entry_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with Journal.open(resolve()) as journal:
        journal.delete_entry(entry_id)
    for argv in (["geschiedenis", entry_id[:6]], ["bewerk", entry_id, "Nieuw."]):
        assert main(argv) == 2
        assert "ligt in de prullenbak" in capsys.readouterr().err


def test_the_json_export_holds_each_entrys_earlier_versions(
    entry_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    [other] = write_entries({"text": "Nooit bewerkt.", "at": "2026-11-02 10:00"})
    assert main(["bewerk", entry_id, "Tweede."]) == 0
    assert main(["bewerk", entry_id, "Derde."]) == 0
    capsys.readouterr()
    assert main(["export", "--format", "json"]) == 0
    exported = {doc["id"]: doc for doc in json.loads(capsys.readouterr().out)["entries"]}
    assert exported[entry_id]["text"] == "Derde."
    assert [(v["version"], v["text"]) for v in exported[entry_id]["versions"]] == [
        (1, "Eerste gedachte."),
        (2, "Tweede."),
    ]
    assert set(exported[entry_id]["versions"][0]) == {"version", "saved", "text"}
    assert exported[other.id]["versions"] == []


class Terminal(io.StringIO):
    """Standard input at a terminal: the reader types, and what they type exists nowhere else."""

    def isatty(self) -> bool:
        return True


def test_schrijf_dash_says_so_before_the_reader_types_when_the_app_has_the_journal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = Terminal("Een lange alinea.\n")
    monkeypatch.setattr(sys, "stdin", typed)
    with hold_lock(resolve()):
        assert main(["schrijf", "-"]) == 1
    assert "dan kun je hier schrijven" in capsys.readouterr().err
    assert typed.tell() == 0  # nothing read: the reader has typed nothing yet


def test_words_from_stdin_that_cannot_be_saved_are_kept_in_a_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, private_home: Path
) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal("Een lange alinea.\n"))
    assert main(["schrijf", "--artikel", "bestaat-niet", "-"]) == 2
    err = capsys.readouterr().err
    [kept] = private_home.glob("geschreven-*.txt")
    assert kept.read_text(encoding="utf-8") == "Een lange alinea."
    assert "Je tekst is niet weg" in err and f"leeslamp schrijf - < {kept}" in err
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600


def test_the_line_end_of_standard_input_is_not_part_of_the_text(
    entry_id: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Via een pijp.\n"))
    assert main(["bewerk", entry_id, "-"]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("Twee alinea's.\r\n\r\nDe tweede.\n"))
    assert main(["schrijf", "-"]) == 0
    capsys.readouterr()
    with Journal.open(resolve(), read_only=True) as journal:
        texts_now = sorted(entry.text for entry in journal.entries())
    assert texts_now == ["Twee alinea's.\r\n\r\nDe tweede.", "Via een pijp."]
