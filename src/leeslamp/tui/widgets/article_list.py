"""The library's list of articles: two lines each, title first, then who, when, what."""

from __future__ import annotations

from collections.abc import Iterable

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from leeslamp.i18n import t
from leeslamp.library.articles import Article
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.describe import byline, discipline_labels
from leeslamp.tui.plain import plain_styled


def read_label(progress: float | None) -> str:
    """How far an article is read: "44%", or that it was never opened."""
    if progress is None:
        return t("library.not_opened")
    return t("library.read", percent=round(progress * 100))


def article_prompt(article: Article, notes: int = 0, progress: float | None = None) -> Content:
    """Title (and a fragment marker, and how many aandacht notes it has), then byline and how
    far it is read, then disciplines, dimmed."""
    title = plain_styled(article.title, "bold")
    if not article.complete:
        title = Content.assemble(title, "  ", (f"[{t('article.fragment')}]", "$text-warning"))
    if notes:
        count = (
            t("attention.library_one") if notes == 1 else t("attention.library_many", count=notes)
        )
        title = Content.assemble(title, "  ", (f"· {count}", "$text-accent"))
    read = Content.styled(f" · {read_label(progress)}", "$text-muted")
    lines = [title, Content.assemble(plain_styled(byline(article), "$text-muted"), read)]
    labels = discipline_labels(article)
    if labels:
        lines.append(plain_styled(labels, "italic $text-muted"))
    return Content("\n").join(lines)


class ArticleList(LocalizedBindings, OptionList):
    """An OptionList of articles; its Enter is labelled in the reader's language."""

    BINDINGS = localized(Key("enter", "select", "library.key.open"))

    #: aandacht notes per article id, once the library has counted them
    note_counts: dict[str, int] = {}  # noqa: RUF012 (replaced, never changed in place)
    #: how far each opened article is read (0.0 to 1.0), once the library has read it
    progress: dict[str, float] = {}  # noqa: RUF012 (replaced, never changed in place)

    def show_articles(self, articles: Iterable[Article], keep: str | None = None) -> None:
        """Replace the list; keep the highlight on article `keep` if it is still shown."""
        articles = list(articles)
        options: list[Option | None] = []
        for article in articles:
            if options:
                options.append(None)  # a separator line between articles
            notes = self.note_counts.get(article.id, 0)
            prompt = article_prompt(article, notes, self.progress.get(article.id))
            options.append(Option(prompt, id=article.id))
        self.set_options(options)
        ids = [a.id for a in articles]
        if ids:
            self.highlighted = self.get_option_index(keep) if keep in ids else 0

    @property
    def highlighted_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None
