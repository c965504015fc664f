"""Sample assignments and articles shared by the coach-assignment tests."""

from __future__ import annotations

from pathlib import Path

from leeslamp.library.articles import load_library

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "docs" / "voorbeeld-opdracht.toml"

#: the articles the tests' assignments refer to (two of the bundled SOL pieces)
ARTICLES = {
    "verbroken-sociale-contracten": "Verbroken sociale contracten",
    "het-leren-faciliteren": "Het leren faciliteren",
}

GOOD = """\
titel = "Leesopdracht week 49: aandacht"
coach = "Marieke"
deadline = 2026-12-11
bericht = "Lees rustig en schrijf wat je raakt."

[[lezen]]
artikel = "verbroken-sociale-contracten"
vragen = ["Welk sociaal contract staat onder druk?", "Wat zou je willen herstellen?"]

[[lezen]]
artikel = "het-leren-faciliteren"
vragen = ["Waar vertraag je om te versnellen?"]
"""


def add_articles(folder: Path) -> None:
    """Give a data folder the articles the tests use, unless leeslamp already ships them
    (a second copy would be a duplicate id)."""
    bundled = set(load_library([]).ids())
    folder.mkdir(parents=True, exist_ok=True)
    for article_id, title in ARTICLES.items():
        if article_id not in bundled:
            text = f"---\nid: {article_id}\ntitle: {title}\n---\n\nDe tekst van het artikel.\n"
            (folder / f"{article_id}.md").write_text(text, encoding="utf-8")
