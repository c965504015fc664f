"""Round trips with the real jrnl (from PyPI), run as a command in a sandbox of temp folders.

jrnl's model of an entry: a date to the minute, a title (first line) and a body, each stripped
of surrounding whitespace, and @tags found in the text. "Intact" below means intact in that
model, with every character of the text otherwise kept.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from journal_factory import all_entries, write_entries
from leeslamp.cli import main
from leeslamp.interop.jrnl_read import parse_json

JRNL_CONFIG = """\
version: v4.6
journals:
  default:
    journal: {journal}
editor: ''
encrypt: false
template: false
default_hour: 9
default_minute: 0
timeformat: '%F %r'
tagsymbols: '#@'
highlight: true
linewrap: 79
indent_character: '|'
colors: {{body: none, date: none, tags: none, title: none}}
"""


class Jrnl:
    """The jrnl command with its own config file, journal and home: never the real ones."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.journal = folder / "journal.txt"
        self.config = folder / "jrnl.yaml"
        self.config.write_text(JRNL_CONFIG.format(journal=self.journal), encoding="utf-8")
        home = folder / "home"
        self.env = {
            **os.environ,
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
            "TZ": os.environ.get("TZ", "Europe/Amsterdam"),
        }

    def __call__(self, *args: str, stdin: str | None = None) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "jrnl", "--config-file", str(self.config), *args],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def export_json(self) -> list[dict]:
        return json.loads(self("--export", "json"))["entries"]


@pytest.fixture
def jrnl(tmp_path: Path) -> Jrnl:
    return Jrnl(tmp_path / "jrnl")


def minute(entry: dict) -> str:
    return f"{entry['date']}T{entry['time']}"


# --- a journal written by jrnl comes into leeslamp --------------------------------------------

WRITTEN_IN_JRNL = [
    "2026-11-01 09:30: Eerste zin. Tweede zin over @werk en één accent.",
    "2026-11-02 22:15: Sterretje voor deze *",
    "2026-11-03 06:05: Ochtend.\nMet een tweede regel.\n\nEn een alinea met #idee en emoji 🌅.",
    "2026-11-04 12:00: Noteer dit: [2020-01-01 10:00] staat midden in een zin.",
]


@pytest.fixture
def jrnl_journal(jrnl: Jrnl) -> list[dict]:
    for entry in WRITTEN_IN_JRNL:
        jrnl(entry)
    entries = jrnl.export_json()
    assert len(entries) == len(WRITTEN_IN_JRNL)
    return entries


def assert_same_as_jrnl(expected: list[dict]) -> None:
    by_minute = {entry.created[:16]: entry for entry in all_entries()}
    assert len(by_minute) == len(expected)
    for jrnl_entry in expected:
        ours = by_minute[minute(jrnl_entry)]
        text = jrnl_entry["title"] + ("\n" + jrnl_entry["body"] if jrnl_entry["body"] else "")
        assert ours.text == text
        assert ours.kind == "reflectie"
        assert {tag.lstrip("@#") for tag in jrnl_entry["tags"]} <= set(ours.tags)
        assert ("ster" in ours.tags) == jrnl_entry["starred"]


def test_jrnl_json_export_comes_in_intact(
    jrnl: Jrnl, jrnl_journal: list[dict], tmp_path: Path
) -> None:
    exported = tmp_path / "jrnl.json"
    exported.write_text(jrnl("--export", "json"), encoding="utf-8")
    assert main(["import", "jrnl", str(exported)]) == 0
    assert_same_as_jrnl(jrnl_journal)


def test_jrnl_plain_text_export_comes_in_intact(
    jrnl: Jrnl, jrnl_journal: list[dict], tmp_path: Path
) -> None:
    exported = tmp_path / "jrnl.txt"
    exported.write_text(jrnl("--export", "txt"), encoding="utf-8")
    assert main(["import", "jrnl", str(exported)]) == 0
    assert_same_as_jrnl(jrnl_journal)


def test_jrnls_own_journal_file_comes_in_intact(jrnl: Jrnl, jrnl_journal: list[dict]) -> None:
    assert main(["import", "jrnl", str(jrnl.journal)]) == 0
    assert_same_as_jrnl(jrnl_journal)


def test_both_of_jrnls_exports_together_add_each_entry_once(
    jrnl: Jrnl, jrnl_journal: list[dict], tmp_path: Path
) -> None:
    for fmt, name in (("json", "a.json"), ("txt", "b.txt")):
        (tmp_path / name).write_text(jrnl("--export", fmt), encoding="utf-8")
        assert main(["import", "jrnl", str(tmp_path / name)]) == 0
    assert len(all_entries()) == len(jrnl_journal)


# --- a leeslamp export goes into jrnl ---------------------------------------------------------

WRITTEN_IN_LEESLAMP = [
    "Eén gedachte over vertrouwen.",
    "Titel\n\nEen alinea na een witregel.\n\nEn nog een, met @werk erin.",
    "Een regel die op een jrnl-datum lijkt:\n[2026-01-01 10:00] dit mag geen nieuw stuk worden\n[link](https://example.org)",
    "Eindigt op een ster*",
    "  Ingesprongen begin\n    en ingesprongen vervolg",
    "Citaat:\n> Angst is een slechte raadgever.\n\n— 🌱 groei",
]


@pytest.fixture
def leeslamp_journal(private_home: Path) -> list:
    specs = [
        {
            "at": f"2026-11-{day:02d} 0{day}:4{day}",
            "text": text,
            "tags": ["twee woorden"] if day % 2 else [],
        }
        for day, text in enumerate(WRITTEN_IN_LEESLAMP, start=1)
    ]
    specs[0]["article"] = "verbroken-sociale-contracten"
    specs[1]["kind"] = "dagvraag"
    specs[1]["prompt"] = {"id": "eigen-vraag", "text": "Wat heb je vandaag geleerd?"}
    specs[2]["tags"] = ["ster"]
    specs[3].update(kind="aandacht", article=ARTICLE, anchor=anchor_on(QUOTE), tags=["klimaat"])
    return write_entries(*specs)


ARTICLE = "verbroken-sociale-contracten"
QUOTE = "Politici en overheden luisteren toch niet."


def anchor_on(quote: str) -> dict:
    from leeslamp.library.articles import load_library
    from leeslamp.notes.anchoring import anchor_quote

    found = anchor_quote(load_library([]).get(ARTICLE).plain_text, quote)
    assert found is not None
    return found.to_dict()


def test_a_leeslamp_export_is_imported_by_jrnl_intact(
    jrnl: Jrnl, leeslamp_journal: list, tmp_path: Path
) -> None:
    exported = tmp_path / "leeslamp.txt"
    assert main(["export", "--format", "jrnl", "-o", str(exported)]) == 0
    jrnl("--import", "--file", str(exported))
    back = {minute(entry): entry for entry in jrnl.export_json()}
    assert len(back) == len(leeslamp_journal)
    for ours in leeslamp_journal:
        theirs = back[datetime.fromisoformat(ours.created).strftime("%Y-%m-%dT%H:%M")]
        # jrnl's own title is the first line (after a quote or question, that one's first line);
        # our escapes (zero-width spaces) even keep its indent
        if ours.kind == "reflectie":
            assert theirs["title"].strip("\u200b") == ours.text.split("\n")[0]
        [read_back] = parse_json(json.dumps({"entries": [theirs]}))
        assert read_back.text == ours.text
        tags = {tag.lstrip("@") for tag in theirs["tags"]}
        assert {ours.kind, "twee-woorden" if "twee woorden" in ours.tags else ours.kind} <= tags
        if ours.article:
            assert "verbroken-sociale-contracten" in tags
        assert theirs["starred"] == ("ster" in ours.tags)
        if ours.kind == "aandacht":  # the passage is there, in jrnl too, before the note
            assert theirs["title"] == f"> {QUOTE}"
            assert read_back.quote == QUOTE
        if ours.kind == "dagvraag":
            assert theirs["title"] == "Vraag: Wat heb je vandaag geleerd?"


def test_leeslamp_to_jrnl_and_back_into_a_fresh_journal_keeps_kind_article_and_links(
    jrnl: Jrnl, leeslamp_journal: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported = tmp_path / "leeslamp.txt"
    main(["export", "--format", "jrnl", "-o", str(exported)])
    jrnl("--import", "--file", str(exported))
    back = tmp_path / "jrnl.json"
    back.write_text(jrnl("--export", "json"), encoding="utf-8")
    for fmt, source in (("json", back), ("txt", exported)):
        monkeypatch.setenv("LEESLAMP_HOME", str(tmp_path / f"fresh-{fmt}"))
        assert main(["import", "jrnl", str(source)]) == 0
        by_minute = {entry.created[:16]: entry for entry in all_entries()}
        assert len(by_minute) == len(leeslamp_journal)
        for ours in leeslamp_journal:
            theirs = by_minute[ours.created[:16]]
            assert (theirs.kind, theirs.text, theirs.article) == (
                ours.kind,
                ours.text,
                ours.article,
            )
            assert set(theirs.tags) == {tag.replace(" ", "-") for tag in ours.tags}
            if ours.kind == "aandacht":
                assert theirs.anchor == ours.anchor  # found again at the same place
            if ours.kind == "dagvraag":
                assert (theirs.prompt or {}).get("text") == ours.prompt["text"]


def test_jrnl_did_not_split_the_line_that_looks_like_a_date(
    jrnl: Jrnl, leeslamp_journal: list, tmp_path: Path
) -> None:
    exported = tmp_path / "leeslamp.txt"
    main(["export", "--format", "jrnl", "-o", str(exported)])
    jrnl("--import", "--file", str(exported))
    assert not any(entry["date"] == "2026-01-01" for entry in jrnl.export_json())


def test_leeslamp_to_jrnl_and_back_adds_nothing_new(
    jrnl: Jrnl, leeslamp_journal: list, tmp_path: Path
) -> None:
    exported = tmp_path / "leeslamp.txt"
    main(["export", "--format", "jrnl", "-o", str(exported)])
    jrnl("--import", "--file", str(exported))
    back = tmp_path / "jrnl.json"
    back.write_text(jrnl("--export", "json"), encoding="utf-8")
    assert main(["import", "jrnl", str(back)]) == 0
    assert len(all_entries()) == len(leeslamp_journal)


# --- arbitrary text through the real jrnl --------------------------------------------------------

#: characters jrnl itself changes: a lone CR becomes a line break when jrnl reads its file, and
#: jrnl looks for the star in the first `str.splitlines()` piece of a title only
JRNL_LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
jrnl_safe_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=JRNL_LINE_BREAKS),
    max_size=80,
)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    texts=st.lists(jrnl_safe_text, min_size=1, max_size=6),
    starred=st.booleans(),
    quote=st.one_of(st.none(), jrnl_safe_text.filter(bool)),
)
@example(
    texts=["*", "* lijstje", "a *", " ", ""], starred=True, quote="> al een citaat\n\n"
)  # jrnl strips a starred title's " *"
def test_arbitrary_text_survives_jrnl_import_and_export(
    texts: list[str], starred: bool, quote: str | None, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Every other entry an aandacht note with `quote`, the rest reflections."""
    from leeslamp.interop.jrnl_write import format_entry, join_entries

    folder = tmp_path_factory.mktemp("jrnl")
    moments = [datetime(2026, 11, 1 + n, 9, 30) for n in range(len(texts))]
    kinds = ["aandacht" if n % 2 else "reflectie" for n in range(len(texts))]
    source = folder / "leeslamp.txt"
    source.write_text(
        join_entries(
            format_entry(when, text, kind, ["idee"], starred, quote=quote)
            for when, text, kind in zip(moments, texts, kinds, strict=True)
        ),
        encoding="utf-8",
    )
    jrnl = Jrnl(folder / "sandbox")
    jrnl("--import", "--file", str(source))
    back = sorted(parse_json(json.dumps({"entries": jrnl.export_json()})), key=lambda e: e.date)
    assert [(e.date, e.text, e.starred, e.kind) for e in back] == [
        (m, t, starred, k) for m, t, k in zip(moments, texts, kinds, strict=True)
    ]
    assert [e.quote for e in back] == [quote if k == "aandacht" else None for k in kinds]
    assert all(e.tags == ("idee",) for e in back)
