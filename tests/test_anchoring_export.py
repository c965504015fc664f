"""What `leeslamp export` and `leeslamp zoek` say about aandacht notes on an article edited since
the app last opened it: each note in the state the app shows, computed without writing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from leeslamp.cli import main
from leeslamp.core.context import Context
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal
from leeslamp.notes.attention_notes import load_notes
from tui_factory import write_article

PARAGRAPHS = [
    "Teams leren samen. Dit is de eerste alinea over hoe een groep werkt.",
    "Omdat niemand alles weet, vragen we elkaar veel. Dat is de kern van samenwerken.",
    "Door te oefenen, elke week opnieuw, worden we er beter in.",
    "Een lerende organisatie kijkt eerlijk naar haar eigen fouten en leert ervan.",
    'Zo\'n team zegt "we weten het niet" zonder schaamte. Dat vraagt moed van iedereen.',
]
#: note text → its quote, one per paragraph
QUOTES = {
    "ingevoegd": "Teams leren samen.",
    "tikfout": "vragen we elkaar veel",
    "weg": "Door te oefenen, elke week opnieuw,",
    "dubbel": "kijkt eerlijk naar haar eigen fouten",
    "typografie": 'Zo\'n team zegt "we weten het niet" zonder schaamte.',
}
EDITED = [
    "Een nieuwe alinea vooraf, ingevoegd voor alles.",  # inserted before
    PARAGRAPHS[0],
    PARAGRAPHS[1].replace("elkaar", "elkaat"),  # a typo inside the passage
    # PARAGRAPHS[2] deleted
    PARAGRAPHS[3],
    PARAGRAPHS[3].replace("Een lerende", "Elke lerende"),  # duplicated
    "Zo’n  team zegt “we weten het niet” zonder schaamte. Dat vraagt moed van iedereen.",
]
EXPECTED = {
    "ingevoegd": "moved",
    "tikfout": "fuzzy",
    "weg": "detached",
    "dubbel": "moved",
    "typografie": "moved",  # typography and whitespace only: the same words, found verbatim
}


def write(home: Path, paragraphs: list[str]) -> None:
    write_article(home / "articles", "eigen", "Eigen stuk", "\n\n".join(paragraphs) + "\n")


def exported(capsys: pytest.CaptureFixture[str]) -> dict[str, dict]:
    capsys.readouterr()
    assert main(["export", "--format", "json"]) == 0
    return {e["text"]: e["anchor"] for e in json.loads(capsys.readouterr().out)["entries"]}


@pytest.fixture
def edited_article(private_home: Path) -> Path:
    write(private_home, PARAGRAPHS)
    for text, quote in QUOTES.items():
        argv = ["schrijf", "--soort", "aandacht", "--artikel", "eigen", "--citaat", quote, text]
        assert main(argv) == 0
    write(private_home, EDITED)
    return private_home


def test_export_of_an_edited_article_shows_each_note_as_the_app_does(
    edited_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    anchors = exported(capsys)
    assert {text: anchor["state"] for text, anchor in anchors.items()} == EXPECTED
    article = Context(paths=Paths(edited_article)).library().get("eigen")
    with Journal.open(Paths(edited_article), read_only=True) as journal:
        stored = {e.text: e.anchor for e in journal.entries()}
        app_notes = {
            note.entry.text: note.anchor.to_dict() for note in load_notes(journal, article)
        }
    assert anchors == app_notes
    # exporting only reads: the journal still holds the anchors of the old text
    assert {anchor["state"] for anchor in stored.values()} == {"exact"}
    for text, anchor in anchors.items():
        if anchor["state"] != "detached":
            assert article.plain_text[anchor["start"] : anchor["end"]] == anchor["quote"], text


def test_markdown_export_says_a_note_lost_its_passage(edited_article: Path, tmp_path: Path) -> None:
    folder = tmp_path / "md"
    assert main(["export", "--format", "markdown", "-o", str(folder)]) == 0
    note = (folder / "Eigen stuk.md").read_text(encoding="utf-8")
    assert note.count("Losgeraakt") == 1
    assert "> kijkt eerlijk naar haar eigen fouten" in note
    assert "> Zo’n team zegt “we weten het niet” zonder schaamte." in note


def test_zoek_finds_a_quote_as_it_reads_now(
    edited_article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["zoek", "--json", "elkaat"]) == 0
    [hit] = json.loads(capsys.readouterr().out)["results"]
    assert hit["entry"]["anchor"]["state"] == "fuzzy"
    assert hit["entry"]["anchor"]["quote"] == "vragen we elkaat veel"
