"""Articles: the Markdown files with YAML front matter that leeslamp reads.

Bundled articles ship inside the package; the reader's own live in `<data dir>/articles/`,
and `--articles DIR` adds more. A broken file never stops anything: it becomes an
`ArticleProblem` naming the file, the line where known, and what is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leeslamp.core.errors import ArticleNotFound, os_reason
from leeslamp.core.limits import ARTICLE_MAX_BYTES, TITLE_MAX_CHARS, TooLarge, read_at_most
from leeslamp.core.problems import FileProblem
from leeslamp.i18n import t

# re-exported where it always was; its own module keeps it cheap for `vandaag`'s cache
from leeslamp.library.bundled import bundled_articles_dir as bundled_articles_dir
from leeslamp.library.disciplines import DISCIPLINES, FACTORS

if TYPE_CHECKING:
    from leeslamp.library.front_matter_cache import FrontMatterCache

KINDS = ("artikel", "interview", "boekentip")
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_PATTERN = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
FENCE = "---"


class ArticleProblem(FileProblem):
    """Why an article file was skipped."""


class ArticleFileError(Exception):
    def __init__(self, problem: ArticleProblem) -> None:
        super().__init__(problem.key)
        self.problem = problem


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    body: str  # Markdown, the article's own text
    source: Path
    author: str | None = None
    date: str | None = None  # "2022", "2022-02" or "2022-02-15": as precise as known
    kind: str = "artikel"
    complete: bool = True
    disciplines: tuple[str, ...] = ()
    factors: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    summary: str | None = None
    prompts: tuple[str, ...] = ()
    bundled: bool = False

    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        """The body as blocks (headings, paragraphs, list items) of plain text. Parsed on first use."""
        from leeslamp.library.article_text import parse_blocks

        return parse_blocks(self.body)

    @cached_property
    def plain_text(self) -> str:
        """NFC, Markdown removed, whitespace folded; blocks separated by a blank line.

        Offsets of aandacht anchors count code points in this text.
        """
        from leeslamp.library.article_text import join_blocks

        return join_blocks(self.blocks)

    @cached_property
    def text_hash(self) -> str:
        import hashlib

        return hashlib.sha256(self.plain_text.encode("utf-8")).hexdigest()

    def summary_dict(self) -> dict[str, Any]:
        """What `leeslamp artikelen --json` says about an article."""
        return {
            "id": self.id,
            "title": self.title,
            "author": self.author,
            "date": self.date,
            "kind": self.kind,
            "complete": self.complete,
            "disciplines": list(self.disciplines),
            "source": str(self.source),
            "bundled": self.bundled,
        }


@dataclass(frozen=True)
class Block:
    """One readable unit of an article: a heading, a paragraph or a list item."""

    kind: str  # "heading" | "paragraph" | "list_item" | "quote" | "code"
    text: str  # plain text, NFC, whitespace folded
    level: int = 0  # heading level, or list depth
    lines: tuple[int, int] = (0, 0)  # 0-based [start, end) line range in the body


@dataclass
class Library:
    articles: list[Article] = field(default_factory=list)
    problems: list[ArticleProblem] = field(default_factory=list)

    def ids(self) -> list[str]:
        return [article.id for article in self.articles]

    def find(self, article_id: str) -> Article | None:
        for article in self.articles:
            if article.id == article_id:
                return article
        return None

    def get(self, article_id: str) -> Article:
        """The article with this id, or an `ArticleNotFound` that lists the known ids."""
        article = self.find(article_id)
        if article is None:
            raise ArticleNotFound(
                "article.not_found", article_id=article_id, known=", ".join(self.ids()) or "-"
            )
        return article


# --- parsing one file --------------------------------------------------------------------


def _yaml_loader() -> type:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def split_front_matter(text: str, source: Path) -> tuple[str, str, int]:
    """Split into (front matter, body, line number of the body's first line)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != FENCE:
        raise ArticleFileError(ArticleProblem(source, "problem.no_front_matter", line=1))
    for index in range(1, len(lines)):
        if lines[index].rstrip() in (FENCE, "..."):
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), index + 2
    raise ArticleFileError(ArticleProblem(source, "problem.unclosed_front_matter", line=1))


def _key_lines(front_matter: str, first_line: int) -> dict[str, int]:
    """Which file line each top-level key sits on, for error messages."""
    import yaml

    node = yaml.compose(front_matter, Loader=_yaml_loader())
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {
        str(key.value): key.start_mark.line + first_line
        for key, _value in node.value
        if isinstance(key, yaml.ScalarNode)
    }


_UNCLOSED = ("while parsing a flow", "while scanning a quoted scalar")
_UNBUILDABLE = (ArithmeticError, AttributeError, LookupError, TypeError, ValueError, RecursionError)


def _unbuildable_field(front_matter: str, first_line: int) -> tuple[str, int] | None:
    """The top-level field whose value YAML can parse but not build, and its file line."""
    import yaml

    loader_class = _yaml_loader()
    node = yaml.compose(front_matter, Loader=loader_class)
    if not isinstance(node, yaml.MappingNode):
        return None
    for key, value in node.value:
        loader = loader_class("")
        try:
            loader.construct_object(key, deep=True)
            loader.construct_object(value, deep=True)
        except (yaml.YAMLError, *_UNBUILDABLE):
            return str(key.value), key.start_mark.line + first_line
        finally:
            loader.dispose()
    return None


def parse_article(
    text: str, source: Path, *, bundled: bool = False, cache: FrontMatterCache | None = None
) -> Article:
    """Parse one article file's text. Raises `ArticleFileError` with the first problem found.
    With a `cache`, front matter read before is not parsed again (nor PyYAML imported)."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ArticleFileError(ArticleProblem(source, "problem.empty"))
    front_matter, body, body_line = split_front_matter(text, source)
    cached = cache.get(front_matter) if cache is not None else None
    if cached is None:
        data, lines = _parse_front_matter(front_matter, source)
        if cache is not None:
            cache.put(front_matter, data, lines)
    else:
        data, lines = cached
    return _article(data, lines, body, body_line, source, bundled=bundled)


def _unix_line_ends(body: str) -> str:
    """Windows line ends, and a lone CR, as the newline Markdown reads them as. Else the reader,
    which shows every CR as `␍` before Markdown sees the text, showed the whole article as one
    paragraph: a CR LF CR LF between paragraphs was no blank line there."""
    return body.replace("\r\n", "\n").replace("\r", "\n") if "\r" in body else body


def _parse_front_matter(front_matter: str, source: Path) -> tuple[Any, dict[str, int]]:
    """PyYAML's data and the line of each top-level key; an `ArticleFileError` if it fails."""
    import yaml

    try:
        data = yaml.load(front_matter, Loader=_yaml_loader())
        lines = _key_lines(front_matter, first_line=2)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        # An unclosed '[', '{' or quote is noticed lines later: point at where it was opened.
        context = getattr(exc, "context", None) or ""
        if (
            isinstance(exc, yaml.MarkedYAMLError)
            and context.startswith(_UNCLOSED)
            and exc.context_mark is not None
        ):
            mark = exc.context_mark
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        line = mark.line + 2 if mark is not None else None
        raise ArticleFileError(
            ArticleProblem(source, "problem.bad_yaml", {"reason": reason}, line)
        ) from None
    except _UNBUILDABLE as exc:
        # PyYAML's constructors raise plain errors for values they cannot build
        # (`date: 2022-02-30`, `!!int tien`): still the file's problem, never a crash.
        where = _unbuildable_field(front_matter, first_line=2)
        if where is None:
            reason = str(exc) or type(exc).__name__
            raise ArticleFileError(
                ArticleProblem(source, "problem.bad_yaml", {"reason": reason})
            ) from None
        name, line = where
        raise ArticleFileError(
            ArticleProblem(source, "problem.bad_value", {"field": name}, line)
        ) from None
    return data, lines


def _article(
    data: Any,
    lines: dict[str, int],
    body: str,
    body_line: int,
    source: Path,
    *,
    bundled: bool,
) -> Article:
    """The Article the front matter's `data` and the `body` make, or the first problem."""
    if not isinstance(data, dict):
        raise ArticleFileError(ArticleProblem(source, "problem.not_mapping", line=2))

    def problem(key: str, name: str, **params: Any) -> ArticleFileError:
        return ArticleFileError(ArticleProblem(source, key, params, lines.get(name, 1)))

    def text_field(name: str, required: bool = False) -> str | None:
        value = data.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise problem("problem.missing_field", name, field=name)
            return None
        if not isinstance(value, str):
            raise problem("problem.bad_type", name, field=name, expected=t("type.text"))
        return value.strip()

    def list_field(
        name: str, allowed: Sequence[str] = (), unknown: str = "problem.bad_discipline"
    ) -> tuple[str, ...]:
        value = data.get(name)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise problem("problem.bad_type", name, field=name, expected=t("type.list_of_text"))
        items = tuple(v.strip() for v in value)
        for item in items:
            if allowed and item not in allowed:
                raise problem(unknown, name, value=item, known=", ".join(allowed))
        return items

    title = text_field("title", required=True)
    if title is not None and len(title) > TITLE_MAX_CHARS:  # one line in the library's list
        raise problem("problem.title_too_long", "title", length=len(title), limit=TITLE_MAX_CHARS)
    article_id = text_field("id") or slug_from_filename(source)
    if not ID_PATTERN.match(article_id):
        raise problem("problem.bad_id", "id", value=article_id)
    kind = text_field("kind") or "artikel"
    if kind not in KINDS:
        raise problem("problem.bad_kind", "kind", value=kind)
    complete = data.get("complete", True)
    if not isinstance(complete, bool):
        raise problem("problem.bad_type", "complete", field="complete", expected=t("type.bool"))
    if not body.strip():
        raise ArticleFileError(ArticleProblem(source, "problem.empty_body", line=body_line))
    return Article(
        id=article_id,
        title=title or "",
        body=_unix_line_ends(body).strip("\n") + "\n",
        source=source,
        author=text_field("author"),
        date=_date_field(data.get("date"), problem),
        kind=kind,
        complete=complete,
        disciplines=list_field("disciplines", DISCIPLINES),
        factors=list_field("factors", FACTORS, unknown="problem.bad_factor"),
        themes=list_field("themes"),
        summary=text_field("summary"),
        prompts=list_field("prompts"),
        bundled=bundled,
    )


def _date_field(value: Any, problem: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):  # `2022-02-15 10:30`: the day is as precise as we keep
        return value.date().isoformat()
    if isinstance(value, dt.date):  # YAML reads 2022-02-15 as a date
        return value.isoformat()
    text = str(value).strip()
    if not DATE_PATTERN.match(text):
        raise problem("problem.bad_date", "date", value=text)
    return text


def slug_from_filename(path: Path) -> str:
    """'01-Mijn Artikel.md' -> 'mijn-artikel': a leading order number is not part of the id."""
    import unicodedata

    stem = re.sub(r"^\d+[-_ ]+", "", path.stem)
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_stem.lower()).strip("-") or "artikel"


def read_article(
    path: Path, *, bundled: bool = False, cache: FrontMatterCache | None = None
) -> Article:
    try:
        raw = read_at_most(path, ARTICLE_MAX_BYTES)
    except TooLarge as exc:
        raise ArticleFileError(ArticleProblem(path, "problem.too_large", exc.params())) from None
    except OSError as exc:
        reason = os_reason(exc)
        raise ArticleFileError(
            ArticleProblem(path, "problem.unreadable", {"reason": reason})
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ArticleFileError(
            ArticleProblem(path, "problem.not_utf8", {"position": exc.start}, line)
        ) from None
    return parse_article(text, path, bundled=bundled, cache=cache)


# --- the library -------------------------------------------------------------------------


def article_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.md") if p.is_file() and not p.name.startswith("."))


def load_library(
    extra_dirs: Iterable[Path] = (),
    *,
    bundled_dir: Path | None = None,
    missing_ok: Iterable[Path] = (),
    cache: FrontMatterCache | None = None,
) -> Library:
    """Bundled articles first, then each extra folder in order. First id wins; later ones are
    reported as duplicates. A folder in `missing_ok` (the user's own) may simply not exist yet.
    With a `cache`, front matter parsed in an earlier run is taken from it (`save` it after).
    """
    library = Library()
    seen: dict[str, Path] = {}
    quiet = {Path(p) for p in missing_ok}
    folders = [(bundled_dir or bundled_articles_dir(), True)]
    folders += [(Path(d), False) for d in extra_dirs]
    for folder, bundled in folders:
        if not folder.is_dir():
            if folder.exists():  # a file given where a folder belongs
                library.problems.append(ArticleProblem(folder, "problem.not_a_dir"))
            elif folder not in quiet:
                library.problems.append(ArticleProblem(folder, "problem.missing_dir"))
            continue
        for path in article_files(folder):
            try:
                article = read_article(path, bundled=bundled, cache=cache)
            except ArticleFileError as exc:
                library.problems.append(exc.problem)
                continue
            if article.id in seen:
                params = {"article_id": article.id, "other": seen[article.id]}
                line = _line_of_key(path, "id")
                library.problems.append(ArticleProblem(path, "problem.duplicate_id", params, line))
                continue
            seen[article.id] = path
            library.articles.append(article)
    return library


def _line_of_key(path: Path, key: str) -> int | None:
    """The 1-based line where a top-level front matter key is set, if it is there."""
    pattern = re.compile(rf"^{re.escape(key)}\s*:")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if number > 1 and line.rstrip() in (FENCE, "..."):
                return None  # the body is not front matter, whatever it says
            if pattern.match(line):
                return number
    return None
