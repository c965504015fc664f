"""The coach's report as one page to open in a browser and print: `opdracht overzicht -o X.html`.

The page is the Markdown report (`overview_markdown`) rendered, so the two never differ in
content: whatever the Markdown report gains (edited files, the dialogue map) the page has too.
Rendering is CommonMark plus tables with raw HTML off, and links, images and autolinks switched
off as well: the Markdown escapes a reader's text already (`markdown_text`), and this is the
second lock on the same door, so no text from a file can become a tag, a link or a picture.

The page is self-contained: the stylesheet (`report.css`, beside this module) is inlined, there
are no scripts, and nothing refers to anything outside the file, so it opens the same offline,
from a mail attachment or a USB stick. Each `##` section (a question, the skipped files) is a
`<section>` that starts a new page when printed.
"""

from __future__ import annotations

import html
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from leeslamp.core.errors import UserInputError
from leeslamp.core.safe_text import printable
from leeslamp.i18n import language, t

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from leeslamp.assignments.overview import Overview

MARKDOWN = "markdown"
HTML = "html"
#: the report's file name ending -> what is written
REPORT_KINDS = {".md": MARKDOWN, ".markdown": MARKDOWN, ".html": HTML, ".htm": HTML}


def report_kind(path: Path) -> str:
    """MARKDOWN or HTML by the file's ending; a UserInputError for any other ending, so a
    typo (`rapport.hmtl`) is said before anything is read or written."""
    kind = REPORT_KINDS.get(path.suffix.lower())
    if kind is None:
        raise UserInputError("overview.report_ending", path=str(path))
    return kind


def report_text(overview: Overview, path: Path) -> str:
    """The report for `path`: Markdown or a page, by its ending (see `report_kind`)."""
    from leeslamp.assignments.report_markdown import overview_markdown

    markdown = overview_markdown(overview)
    return (
        markdown
        if report_kind(path) == MARKDOWN
        else markdown_page(markdown, report_title(overview))
    )


def report_title(overview: Overview) -> str:
    if overview.assignment is None:
        return t("overview.md_title_none")
    return t("overview.md_title", title=overview.assignment.title)


def _renderer() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # html off: a tag in the text stays text. Links, images and autolinks off too: the report
    # makes none of its own, so none can come from a reader's file either.
    return (
        MarkdownIt("commonmark", {"html": False})
        .enable("table")
        .disable(["link", "image", "autolink"])
    )


def _sections(tokens: list[Token]) -> list[list[Token]]:
    """The tokens cut before every second-level heading: the head, then one part per question
    (and per later section of the report)."""
    parts: list[list[Token]] = [[]]
    for token in tokens:
        if token.type == "heading_open" and token.tag == "h2" and parts[-1]:
            parts.append([])
        parts[-1].append(token)
    return [part for part in parts if part]


def stylesheet() -> str:
    return resources.files("leeslamp.assignments").joinpath("report.css").read_text("utf-8")


def markdown_page(markdown: str, title: str) -> str:
    """`markdown` as one self-contained HTML page titled `title` (both may hold outside text:
    `title` is escaped here, `markdown` must come escaped as `overview_markdown` makes it)."""
    md = _renderer()
    env: dict[str, object] = {}
    tokens = md.parse(markdown, env)
    parts = []
    for index, part in enumerate(_sections(tokens)):
        body = md.renderer.render(part, md.options, env)
        kind = "head" if index == 0 and part[0].tag != "h2" else "part"
        parts.append(f'<section class="{kind}">\n{body}</section>\n')
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{language()}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(printable(' '.join(title.split())))}</title>\n"
        f"<style>\n{stylesheet()}</style>\n</head>\n<body>\n<main>\n"
        + "".join(parts)
        + "</main>\n</body>\n</html>\n"
    )
