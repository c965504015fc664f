"""How an article is described on screen: dates, bylines, labels, and the library's filter.

Plain functions, no Textual, so they are easy to test and reuse.
"""

from __future__ import annotations

import unicodedata

from leeslamp import i18n
from leeslamp.i18n import t
from leeslamp.library import disciplines
from leeslamp.library.articles import Article


def nice_date(value: str | None) -> str:
    """'2022-02' -> 'februari 2022' / 'February 2022'; '2022-02-15' -> '15 februari 2022' /
    '15 February 2022'."""
    if not value:
        return t("article.no_date")
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    month = t(f"tui.month.{parts[1]}")
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    # day month year in English too, as dates.long_date writes it: one style everywhere
    return f"{int(parts[2])} {month} {parts[0]}"


def byline(article: Article) -> str:
    return t(
        "reader.byline",
        author=article.author or t("article.unknown_author"),
        date=nice_date(article.date),
        kind=t(f"kind.{article.kind}"),
    )


def discipline_labels(article: Article) -> str:
    return ", ".join(disciplines.label(slug) for slug in (*article.disciplines, *article.factors))


def fold_for_search(text: str) -> str:
    """Lowercase without accents: 'Één' and 'een' match, 'coöperatie' and 'cooperatie' too."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def search_text(article: Article) -> str:
    """Everything the library filter looks at, folded: title, author, themes, disciplines."""
    labels: list[str] = []
    for slug in (*article.disciplines, *article.factors):
        labels.append(slug)
        labels.extend(
            pair[i18n.LANGUAGES.index(language)]
            for language in i18n.LANGUAGES
            for pair in [i18n.pair(f"discipline.{slug}") or i18n.pair(f"factor.{slug}")]
            if pair
        )
    fields = [article.title, article.author or "", article.kind, *article.themes, *labels]
    return fold_for_search(" ".join(fields))


def matches(article: Article, query: str) -> bool:
    """Every word of the query appears somewhere in the article's search text."""
    haystack = search_text(article)
    return all(word in haystack for word in fold_for_search(query).split())
