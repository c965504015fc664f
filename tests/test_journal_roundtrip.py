"""`leeslamp schrijf` then `leeslamp export --format json`: the text comes back exactly."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leeslamp.cli import main

SPECIAL = [
    "🌱",
    "👩‍👩‍👧‍👦",
    "é",
    "ĳ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    " ",
    "—",
    "\u200b",
    "\ufeff",
    "#",
    "-",
]

texts = (
    st.lists(st.one_of(st.text(), st.sampled_from(SPECIAL)), min_size=1, max_size=12)
    .map("".join)
    .flatmap(lambda s: st.sampled_from([s, s * 200]))  # sometimes very long
    .filter(lambda s: s.strip() != "" and s != "-")
)

ARTICLE = """---
id: proef-artikel
title: Een proefartikel
---

Een alinea om over te schrijven.
"""


def _export(folder: Path) -> list[dict]:
    target = folder / "export.json"
    assert main(["--data-dir", str(folder), "export", "--format", "json", "-o", str(target)]) == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("leeslamp-journal", 1)
    return document["entries"]


@settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_schrijf_then_export_gives_back_exactly_the_text(text: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="rondje-"))
    try:
        assert main(["--data-dir", str(folder), "schrijf", "--", text]) == 0
        [entry] = _export(folder)
        assert entry["text"] == text
        assert {"id", "kind", "article", "text", "created", "updated", "tags"} <= entry.keys()
    finally:
        shutil.rmtree(folder)


def leeslamp(home: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "LEESLAMP_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "leeslamp", *args], input=stdin, env=env, capture_output=True
    )


REAL_CASES = {
    "emoji and Dutch": "Vandaag 🌱 gëlezen: “verbroken sociale contracten” — ĳs.",
    "empty lines": "eerste alinea\n\n\n\ntweede alinea\n",
    "windows line ends": "een\r\ntwee\r\n",
    "very long": "Een heel lange reflectie. " * 20_000,  # ~500 KB, through stdin
}


@pytest.mark.parametrize("case", list(REAL_CASES))
def test_a_real_schrijf_from_stdin_round_trips_exactly(private_home: Path, case: str) -> None:
    text = REAL_CASES[case]
    written = leeslamp(private_home, "schrijf", "-", stdin=text.encode("utf-8"))
    assert written.returncode == 0, written.stderr
    exported = leeslamp(private_home, "export", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    [entry] = json.loads(exported.stdout.decode("utf-8"))["entries"]
    # all of it, but the line end that ends the input (echo's, a here-document's): not typed
    assert entry["text"] == text.rstrip("\r\n")


def test_a_real_schrijf_with_article_kind_and_tags_round_trips(
    private_home: Path, tmp_path: Path
) -> None:
    articles = tmp_path / "eigen"
    articles.mkdir()
    (articles / "proef.md").write_text(ARTICLE, encoding="utf-8")
    text = "Wat blijft hangen 🌱\n\nis de stilte."
    written = leeslamp(
        private_home,
        "schrijf",
        "--artikelen",
        str(articles),
        "--artikel",
        "proef-artikel",
        "--soort",
        "dagvraag",
        "--tag",
        "#team",
        text,
    )
    assert written.returncode == 0, written.stderr
    [entry] = json.loads(leeslamp(private_home, "export").stdout)["entries"]
    assert (entry["text"], entry["article"], entry["kind"], entry["tags"]) == (
        text,
        "proef-artikel",
        "dagvraag",
        ["team"],
    )


def test_unknown_article_is_a_sentence_exit_2_and_nothing_is_written(private_home: Path) -> None:
    done = leeslamp(private_home, "schrijf", "--artikel", "bestaat-niet", "tekst")
    assert done.returncode == 2
    assert b"bestaat-niet" in done.stderr and b"Traceback" not in done.stderr
    assert not private_home.exists()


@pytest.mark.parametrize("args,stdin", [((), None), (("   ",), None), (("-",), b" \n\t\n")])
def test_empty_text_is_a_sentence_exit_2_and_nothing_is_written(
    private_home: Path, args: tuple[str, ...], stdin: bytes | None
) -> None:
    done = leeslamp(private_home, "schrijf", *args, stdin=stdin or b"")
    assert done.returncode == 2
    assert b"geen tekst" in done.stderr and b"Traceback" not in done.stderr
    assert not private_home.exists()


@pytest.mark.parametrize("how", ["argument", "stdin"])
def test_bytes_that_are_not_utf8_are_a_sentence_exit_2(private_home: Path, how: str) -> None:
    raw = b"kapot \xff\xfe byte"
    if how == "argument":
        done = leeslamp(private_home, "schrijf", os.fsdecode(raw))
    else:
        done = leeslamp(private_home, "schrijf", "-", stdin=raw)
    assert done.returncode == 2, done.stderr
    assert b"UTF-8" in done.stderr and b"Traceback" not in done.stderr
