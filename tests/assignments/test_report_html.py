"""The coach's report as a page to print (`opdracht overzicht -o rapport.html`): the Markdown
report rendered, self-contained (no scripts, nothing outside the file), a page per question."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from test_assignment_overview import bundle_file

from leeslamp.assignments import build_overview, overview_markdown
from leeslamp.assignments.report_html import markdown_page

#: the only attributes the page may have: none of them can point anywhere
ALLOWED_ATTRIBUTES = {"lang", "charset", "name", "content", "class"}


class Page(HTMLParser):
    """The tags, attributes and text of a page."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: set[str] = set()
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.update(name for name, _value in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def assert_self_contained(html: str) -> Page:
    page = Page(html)
    assert not {"script", "link", "img", "a", "iframe", "object", "base"} & set(page.tags)
    assert page.attributes <= ALLOWED_ATTRIBUTES
    css = html[html.index("<style>") : html.index("</style>")]
    assert "url(" not in css and "@import" not in css
    assert not re.search(r"(?i)\b(https?|ftp|file):", html), "an address in the page"
    return page


def group(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [
        bundle_file(
            folder, "Anna", {1: "Het contract van\n\nde vrije avond.", 3: "Bij de overdracht."}
        ),
        bundle_file(folder, "Bram", {2: "Na de reorganisatie."}),
        bundle_file(folder, "Chris", {}),
    ]


def test_an_html_report_is_one_page_without_scripts_or_addresses(tmp_path: Path, run) -> None:
    files = group(tmp_path / "antwoorden")
    target = tmp_path / "rapport.html"
    result = run("opdracht", "overzicht", *files, "-o", target)
    assert result.code == 0, result.err
    assert f"staat in {target}" in result.err
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="nl">' in html
    page = assert_self_contained(html)
    text = "".join(page.text)
    assert "Overzicht: Leesopdracht week 49: aandacht" in text
    assert "Lees rustig en schrijf wat je raakt." in text  # the coach's message
    assert "Het contract van" in text and "de vrije avond." in text
    assert "Nog geen antwoord van: Anna, Chris." in text  # question 2
    # printed on A4, the head on the first page and every question on a page of its own
    assert "size: A4" in html and "break-before: page" in html
    assert html.count('<section class="part">') == 3
    assert html.count('<section class="head">') == 1


def test_the_page_and_the_markdown_report_hold_the_same(tmp_path: Path, run) -> None:
    files = group(tmp_path / "antwoorden")
    files.append(tmp_path / "antwoorden" / "kapot.json")
    files[-1].write_text("{niet af", encoding="utf-8")
    assert run("opdracht", "overzicht", *files, "-o", tmp_path / "r.md").code == 0
    assert run("opdracht", "overzicht", *files, "-o", tmp_path / "r.html").code == 0
    markdown = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert markdown == overview_markdown(build_overview(files))
    title = "Overzicht: Leesopdracht week 49: aandacht"
    assert (tmp_path / "r.html").read_text(encoding="utf-8") == markdown_page(markdown, title)
    assert "kapot.json</code>: dit is geen JSON." in (tmp_path / "r.html").read_text("utf-8")


def test_the_page_speaks_the_language_of_the_command(tmp_path: Path, run) -> None:
    files = group(tmp_path / "antwoorden")
    target = tmp_path / "report.HTML"
    assert run("--taal", "en", "opdracht", "overzicht", *files, "-o", target).code == 0
    html = target.read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "No answer yet from: Anna, Chris." in html


def test_another_ending_is_refused_with_a_sentence_before_anything_is_read(
    tmp_path: Path, run
) -> None:
    files = group(tmp_path / "antwoorden")
    for name in ("rapport.txt", "rapport.hmtl", "rapport"):
        result = run("opdracht", "overzicht", *files, "-o", tmp_path / name)
        assert result.code == 2
        assert result.out == ""
        assert f"{tmp_path / name}: het verslag wordt een .md-bestand" in result.err
        assert "Traceback" not in result.err
        assert not (tmp_path / name).exists()
