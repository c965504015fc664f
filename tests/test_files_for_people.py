"""Files a person reads after leeslamp wrote them (issue 14, points 13-15): jrnl's text without
an escaped blank line and with article ids as tags, Markdown tags Obsidian keeps, answer files
with dates a person reads, and the app refusing to start without a terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_factory import write_entries
from leeslamp import i18n
from leeslamp.assignments.bundle import bundle_markdown
from leeslamp.cli import main
from leeslamp.core.dates import human_stamp
from leeslamp.interop.jrnl import ZWSP
from leeslamp.interop.jrnl_read import parse_text
from leeslamp.interop.jrnl_write import format_entry
from leeslamp.interop.markdown import tag_name

WHEN = datetime(2026, 12, 6, 7, 12)


def test_a_question_line_is_followed_by_the_answer_not_by_an_escaped_blank_line() -> None:
    written = format_entry(WHEN, "Door te vragen.", "dagvraag", question="Wat leerde je?")
    assert written == "[2026-12-06 07:12] Vraag: Wat leerde je?\nDoor te vragen.\n\n@dagvraag\n"
    one_line_quote = format_entry(WHEN, "Raak.", "aandacht", quote="Een veilig team leert.")
    assert ZWSP not in one_line_quote
    [back] = parse_text(written)
    assert (back.question, back.text) == ("Wat leerde je?", "Door te vragen.")


@given(
    note=st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
    kind=st.sampled_from(["dagvraag", "antwoord", "aandacht"]),
)
def test_every_note_comes_back_after_its_context(note: str, kind: str) -> None:
    note = note.replace("\r", "")
    written = format_entry(WHEN, note, kind, quote="Een zin.", question="Een vraag?")
    [back] = parse_text(written)
    assert back.text == note and back.kind == kind


def test_a_file_written_before_still_reads_with_its_blank_line() -> None:
    before = f"[2026-11-03 05:00] Vraag: Wat leerde je?\n{ZWSP}\nDoor te vragen.\n\n@dagvraag\n"
    [back] = parse_text(before)
    assert (back.question, back.text) == ("Wat leerde je?", "Door te vragen.")


def test_jrnl_tags_name_the_article_by_its_id(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # its title ("Lees het boek Systemisch Transitiemanagement!") would make another tag
    write_entries(
        {"at": "2026-11-01 09:12", "text": "Ja.", "article": "systemisch-transitiemanagement"}
    )
    assert main(["export", "--format", "jrnl"]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("@reflectie @systemisch-transitiemanagement")
    assert "lees-het-boek" not in out


@pytest.mark.parametrize(
    ("tag", "name"), [("2026", "_2026"), ("week 49", "week-49"), ("q4-2026", "q4-2026")]
)
def test_markdown_tags_are_never_digits_only(tag: str, name: str) -> None:
    assert tag_name(tag) == name


def test_the_answer_files_markdown_copy_says_dates_as_a_person_does() -> None:
    i18n.set_language("nl")
    assert human_stamp("2026-12-06T07:12:30") == "6 december 2026, 07:12"
    assert human_stamp("2026-12-11") == "11 december 2026"
    assert human_stamp("geen datum") == "geen datum"
    document = {
        "reader": "Anna",
        "exported": "2026-12-06T07:12:30",
        "assignment": {"titel": "Week 49", "id": "abc", "deadline": "2026-12-11"},
        "answers": [
            {
                "question": 1,
                "article": "x",
                "article_title": "X",
                "prompt": "Wat?",
                "answer": "Dit.",
                "answered": "2026-12-05T21:03:00",
            }
        ],
    }
    copy = bundle_markdown(document)
    assert "6 december 2026, 07:12" in copy and "11 december 2026" in copy
    assert "beantwoord op 5 december 2026, 21:03" in copy
    assert "T07:12" not in copy and "2026-12-11" not in copy


@pytest.mark.parametrize("args", [[], ["ochtend"]])
def test_the_app_without_a_terminal_stops_at_once_and_names_the_script_commands(
    private_home: Path, args: list[str]
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "leeslamp", *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LEESLAMP_HOME": str(private_home)},
    )
    assert done.returncode == 2
    assert "terminal" in done.stderr and "leeslamp vandaag" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
