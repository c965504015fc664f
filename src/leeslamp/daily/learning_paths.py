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

A broken file never stops anything: each mistake in it becomes a `PathProblem` naming the
file, the line and what is wrong, like a broken prompt file; a step is all or nothing with its
file (a path with a step missing would silently renumber the rest).
"""

from __future__ import annotations

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
        # tomllib's English said in the reader's words, as for a coach's file
        from leeslamp.assignments.toml_problems import toml_problem

        found = toml_problem(exc, text)
        return None, [PathProblem(source, found.key, found.params, found.line)]
    reading = _Reading(source, TomlLines(text, TABLE))
    path = reading.path(data, None if article_ids is None else frozenset(article_ids))
    if not reading.problems:
        return path, []
    # in the file's order, as the reader goes through it; those of no one line last
    return None, sorted(reading.problems, key=lambda found: (found.line is None, found.line or 0))


class _Reading:
    """One path file's contents read into a LearningPath, every mistake in it found (a coach
    mending a file hears them all at once, not one per try), each with its line."""

    def __init__(self, source: Path, lines: TomlLines) -> None:
        self.source = source
        self.lines = lines
        self.problems: list[PathProblem] = []

    def refuse(self, message: str, line: int | None = None, **params: Any) -> None:
        self.problems.append(PathProblem(self.source, message, params, line))

    def text(self, table: Mapping[str, Any], name: str, line: int | None) -> str | None:
        """A text field's value, its whitespace as single spaces (None: not there, or no text,
        which is refused)."""
        value = table.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            self.refuse("problem.bad_type", line, field=name, expected=t("type.text"))
            return None
        return " ".join(value.split()) or None

    @staticmethod
    def missing(table: Mapping[str, Any], name: str, value: str | None) -> bool:
        """No text for `name`: left out or blank (a value of another type was refused as such)."""
        return value is None and isinstance(table.get(name, ""), str)

    def path(self, data: Mapping[str, Any], articles: frozenset[str] | None) -> LearningPath | None:
        lines = self.lines
        for key in data:
            if key not in TOP_FIELDS:
                known = ", ".join(TOP_FIELDS)
                self.refuse("path.problem.unknown_key", lines.top_key(key), key=key, known=known)
        path_id = self.text(data, "id", lines.top_key("id"))
        if self.missing(data, "id", path_id):
            self.refuse("problem.missing_field", field="id")
        elif path_id is not None and not ID_PATTERN.match(path_id):
            self.refuse("problem.bad_id", lines.top_key("id"), value=path_id)
        nl = self.text(data, "titel", lines.top_key("titel"))
        en = self.text(data, "title", lines.top_key("title"))
        if self.missing(data, "titel", nl):
            self.refuse("problem.missing_field", field="titel")
        about_nl = self.text(data, "beschrijving", lines.top_key("beschrijving")) or ""
        about_en = self.text(data, "description", lines.top_key("description")) or ""
        tables = data.get(TABLE)
        steps: list[Prompt | None] = []
        if not tables:
            self.refuse("path.problem.no_steps")
        elif not isinstance(tables, list) or not all(isinstance(item, dict) for item in tables):
            self.refuse("path.problem.not_tables", lines.top_key(TABLE))
        else:
            steps = [
                self.step(table, index, path_id or "", articles)
                for index, table in enumerate(tables)
            ]
        if self.problems or path_id is None or nl is None:
            return None
        kept = tuple(step for step in steps if step is not None)
        return LearningPath(path_id, nl, en or nl, about_nl, about_en, kept, self.source)

    def step(
        self,
        table: Mapping[str, Any],
        index: int,
        path_id: str,
        known_articles: frozenset[str] | None,
    ) -> Prompt | None:
        start = self.lines.table_start(index)

        def at(name: str) -> int | None:
            return self.lines.table_key(index, name) or start

        for name in table:
            if name not in STEP_FIELDS:
                known = ", ".join(STEP_FIELDS)
                self.refuse("path.problem.unknown_field", at(name), field=name, known=known)
        number = index + 1
        nl = self.text(table, "vraag", at("vraag"))
        if self.missing(table, "vraag", nl):
            self.refuse("path.problem.missing_question", start, number=number, field="vraag")
        en = self.text(table, "question", at("question")) or nl
        article = self.text(table, "artikel", at("artikel"))
        if article is not None and known_articles is not None and article not in known_articles:
            known = ", ".join(sorted(known_articles)) or "-"
            self.refuse("path.problem.unknown_article", at("artikel"), value=article, known=known)
        discipline = self.text(table, "discipline", at("discipline"))
        if discipline is not None and discipline not in ALL:
            known = ", ".join(ALL)
            self.refuse("problem.bad_discipline", at("discipline"), value=discipline, known=known)
        if nl is None or en is None:
            return None
        return Prompt(step_id(path_id, number), nl, en, discipline, article, None, start)
