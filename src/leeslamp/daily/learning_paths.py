"""Learning paths: a sequence of daily questions over days or weeks, each step optionally with
an article to read. A path is a TOML file like the prompt files (`daily/bank.py`):

    id = "zeven-ochtenden"
    titel = "Zeven ochtenden aandacht"
    title = "Seven mornings of attention"
    beschrijving = "Zeven korte vragen, een per ochtend."
    description = "Seven short questions, one a morning."

    [[stap]]
    vraag = "Waar ging je aandacht gisteren het eerst naartoe?"
    question = "Where did your attention go first yesterday?"
    artikel = "veranderen-geloof-je-het-zelf"     # may be left out
    discipline = "persoonlijk-meesterschap"        # may be left out

The bundled paths live beside this module in `paths/`, the reader's own (or a coach's, copied
there by `leeslamp pad start BESTAND`) in `<data dir>/leerpaden/`. A step's prompt id is
`pad:<path id>:<n>` (n from 1): an answer to a step is a `dagvraag` with that prompt id.

A broken file never stops anything: it becomes a `PathProblem` naming the file, the line and
what is wrong, like a broken prompt file; a step is all or nothing with its file (a path with a
step missing would silently renumber the rest).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leeslamp import i18n
from leeslamp.core.errors import os_reason
from leeslamp.core.problems import FileProblem
from leeslamp.core.toml_lines import TomlLines
from leeslamp.daily.bank import ID_PATTERN, Prompt, toml_files
from leeslamp.daily.path_place import PathPlace, PathStep
from leeslamp.i18n import t
from leeslamp.library.disciplines import ALL

TABLE = "stap"
TOP_FIELDS = ("id", "titel", "title", "beschrijving", "description", TABLE)
STEP_FIELDS = ("vraag", "question", "artikel", "discipline")
#: a step's prompt id: `pad:<path id>:<n>`
STEP_PREFIX = "pad:"

__all__ = ["LearningPath", "PathPlace", "PathProblem", "PathShelf", "PathStep", "load_paths"]

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)$")


class PathProblem(FileProblem):
    """Why a path file was skipped."""


@dataclass(frozen=True)
class LearningPath:
    id: str
    nl: str
    en: str
    description_nl: str
    description_en: str
    steps: tuple[Prompt, ...]
    source: Path | None = field(default=None, compare=False)

    def title(self, language: str | None = None) -> str:
        return self.en if (language or i18n.language()) == "en" and self.en else self.nl

    def description(self, language: str | None = None) -> str:
        if (language or i18n.language()) == "en" and self.description_en:
            return self.description_en
        return self.description_nl


def step_id(path_id: str, number: int) -> str:
    return f"{STEP_PREFIX}{path_id}:{number}"


@dataclass
class PathShelf:
    """Every path there is (bundled first, then the reader's), and the problems found."""

    paths: list[LearningPath] = field(default_factory=list)
    problems: list[PathProblem] = field(default_factory=list)

    def find(self, path_id: str) -> LearningPath | None:
        return next((p for p in self.paths if p.id == path_id), None)


def bundled_paths_dir() -> Path:
    """The path files that ship inside the package, beside this module (as `bank.py` does)."""
    return Path(__file__).with_name("paths")


def load_paths(
    user_dir: Path | None = None,
    *,
    bundled_dir: Path | None = None,
    article_ids: Iterable[str] | None = None,
) -> PathShelf:
    """The bundled paths, then the reader's from `user_dir` (which may not exist). The first
    path with an id wins; a later one with that id is reported."""
    shelf = PathShelf()
    known = None if article_ids is None else frozenset(article_ids)
    folders = [bundled_dir or bundled_paths_dir()]
    if user_dir is not None and user_dir.is_dir():
        folders.append(user_dir)
    for folder in folders:
        for path_file in toml_files(folder):
            found, problems = read_path_file(path_file, article_ids=known)
            shelf.problems.extend(problems)
            if found is None:
                continue
            first = shelf.find(found.id)
            if first is not None:
                params = {"path_id": found.id, "other": str(first.source)}
                shelf.problems.append(PathProblem(path_file, "path.problem.duplicate_id", params))
                continue
            shelf.paths.append(found)
    return shelf


def read_path_file(
    path: Path, *, article_ids: Iterable[str] | None = None
) -> tuple[LearningPath | None, list[PathProblem]]:
    """The path in one file (None when it cannot be used), and what is wrong with it."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [PathProblem(path, "problem.unreadable", {"reason": os_reason(exc)})]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [PathProblem(path, "problem.not_utf8", {"position": exc.start}, line)]
    return parse_path(text, path, article_ids=article_ids)


def parse_path(
    text: str, source: Path, *, article_ids: Iterable[str] | None = None
) -> tuple[LearningPath | None, list[PathProblem]]:
    import tomllib

    text = text.removeprefix("\ufeff")
    if not text.strip():
        return None, [PathProblem(source, "problem.empty")]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_POSITION.search(message)
        line = int(found.group(1)) if found else None
        reason = _TOML_POSITION.sub("", message)
        return None, [PathProblem(source, "path.problem.not_toml", {"reason": reason}, line)]
    lines = TomlLines(text, TABLE)
    try:
        return _path_from(data, source, lines, article_ids), []
    except _Refused as refused:
        return None, [refused.problem]


class _Refused(Exception):
    def __init__(self, problem: PathProblem) -> None:
        super().__init__(problem.key)
        self.problem = problem


def _path_from(
    data: Mapping[str, Any],
    source: Path,
    lines: TomlLines,
    article_ids: Iterable[str] | None,
) -> LearningPath:
    def refuse(message: str, line: int | None = None, **params: Any) -> _Refused:
        return _Refused(PathProblem(source, message, params, line))

    for key in data:
        if key not in TOP_FIELDS:
            fields = ", ".join(TOP_FIELDS)
            raise refuse("path.problem.unknown_key", lines.top_key(key), key=key, known=fields)

    def text(table: Mapping[str, Any], name: str, line: int | None) -> str | None:
        value = table.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            raise refuse("problem.bad_type", line, field=name, expected=t("type.text"))
        return " ".join(value.split()) or None

    path_id = text(data, "id", lines.top_key("id"))
    if path_id is None:
        raise refuse("problem.missing_field", field="id")
    if not ID_PATTERN.match(path_id):
        raise refuse("problem.bad_id", lines.top_key("id"), value=path_id)
    nl = text(data, "titel", lines.top_key("titel"))
    en = text(data, "title", lines.top_key("title"))
    if nl is None:
        raise refuse("problem.missing_field", field="titel")
    about_nl = text(data, "beschrijving", lines.top_key("beschrijving")) or ""
    about_en = text(data, "description", lines.top_key("description")) or ""
    tables = data.get(TABLE)
    if not tables:
        raise refuse("path.problem.no_steps")
    if not isinstance(tables, list) or not all(isinstance(item, dict) for item in tables):
        raise refuse("path.problem.not_tables", lines.top_key(TABLE))
    known = None if article_ids is None else frozenset(article_ids)
    steps = tuple(
        _step(table, index, path_id, text, lines, known, refuse)
        for index, table in enumerate(tables)
    )
    return LearningPath(path_id, nl, en or nl, about_nl, about_en, steps, source)


def _step(
    table: Mapping[str, Any],
    index: int,
    path_id: str,
    text: Any,
    lines: TomlLines,
    known_articles: frozenset[str] | None,
    refuse: Any,
) -> Prompt:
    start = lines.table_start(index)

    def at(name: str) -> int | None:
        return lines.table_key(index, name) or start

    for name in table:
        if name not in STEP_FIELDS:
            raise refuse(
                "path.problem.unknown_field", at(name), field=name, known=", ".join(STEP_FIELDS)
            )
    number = index + 1
    nl = text(table, "vraag", at("vraag"))
    if nl is None:
        raise refuse("path.problem.missing_question", start, number=number, field="vraag")
    en = text(table, "question", at("question")) or nl
    article = text(table, "artikel", at("artikel"))
    if article is not None and known_articles is not None and article not in known_articles:
        known = ", ".join(sorted(known_articles)) or "-"
        raise refuse("path.problem.unknown_article", at("artikel"), value=article, known=known)
    discipline = text(table, "discipline", at("discipline"))
    if discipline is not None and discipline not in ALL:
        raise refuse(
            "problem.bad_discipline", at("discipline"), value=discipline, known=", ".join(ALL)
        )
    return Prompt(step_id(path_id, number), nl, en, discipline, article, None, start)
