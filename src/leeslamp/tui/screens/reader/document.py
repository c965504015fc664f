"""The article's document: Textual's Markdown widget with the reader's parser.

Its own module, imported when the document is made: with markdown-it and pygments it costs
~25 ms, which the reader's first paint does without when a preview stands in (preview.py).
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from textual.widgets import Markdown

from leeslamp.library import article_text


def article_parser() -> MarkdownIt:
    """Textual's own "gfm-like" parser, with HTML off as everywhere an article is read (HTML in
    an article is text: `article_text.article_parser`), and without linkify. The reader opens no
    links, and a bare address in an article is text like any other; linkify's first use in each
    parser (the Markdown widget makes one per part) cost 4 ms before the first paint and 24 ms
    over the parts of a 100 KB article (CPU, measured here)."""
    return article_text.article_parser("gfm-like").disable("linkify")


def new_document() -> Markdown:
    return Markdown(id="document", open_links=False, parser_factory=article_parser)
