"""The coach's overview: many readers' bundles for one assignment, side by side.

`build_overview()` reads the files and returns data (for the command line and, later, a
screen); `overview_markdown()` renders the report with every answer grouped per question. A
file that cannot be used (broken, changed after export, for another assignment, a copy or an
older export from the same reader) is skipped with a reason; the rest is still shown.

Readers are told apart by the random reader id in their bundles; a bundle from before there
were ids (version 1) goes by name. Two readers with the same name show as "Anna", "Anna (2)".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from leeslamp.assignments.bundle import Bundle, BundleProblem, quoted, read_bundle
from leeslamp.assignments.model import Assignment, Question, clean_line
from leeslamp.core.safe_text import markdown_line, markdown_text, printable
from leeslamp.i18n import t


@dataclass(frozen=True)
class SkippedFile:
    source: Path
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def reason(self) -> str:
        return t(self.key, **self.params)


@dataclass(frozen=True)
class Overview:
    assignment: Assignment | None  # None: not one usable bundle
    readers: tuple[Bundle, ...]  # one per reader
    skipped: tuple[SkippedFile, ...]
    #: bundle source -> how the reader is shown, where that is more than their name
    labels: Mapping[Path, str] = field(default_factory=dict)

    @property
    def questions(self) -> tuple[Question, ...]:
        return self.assignment.questions if self.assignment else ()

    def article_title(self, article_id: str) -> str:
        for bundle in self.readers:
            for answer in bundle.answers:
                if answer.article == article_id and answer.article_title:
                    return answer.article_title
        return article_id

    def label(self, bundle: Bundle) -> str:
        """The reader's name ("Anna (2)" for a second Anna), or the file's name for a bundle
        without one."""
        return self.labels.get(bundle.source) or _name(bundle)

    @staticmethod
    def answer(bundle: Bundle, number: int) -> str | None:
        return bundle.answers[number - 1].answer if number <= len(bundle.answers) else None

    def to_dict(self) -> dict[str, Any]:
        """For `leeslamp opdracht overzicht --json`."""
        return {
            "assignment": self.assignment.to_doc() if self.assignment else None,
            "readers": [
                {
                    "reader": bundle.reader,
                    "reader_id": bundle.reader_id,
                    "label": self.label(bundle),
                    "source": str(bundle.source),
                    "exported": bundle.exported,
                    "answered": bundle.answered,
                    "total": len(bundle.answers),
                    "answers": [
                        {"question": a.number, "answer": a.answer, "answered": a.answered}
                        for a in bundle.answers
                    ],
                }
                for bundle in self.readers
            ],
            "skipped": [{"source": str(s.source), "reason": s.reason()} for s in self.skipped],
        }


def _name(bundle: Bundle) -> str:
    return bundle.reader or t("overview.unnamed", file=bundle.source.name)


def _name_key(bundle: Bundle) -> str:
    return clean_line(bundle.reader).casefold()


def _reader_keys(bundles: Sequence[Bundle]) -> list[str]:
    """Who made each bundle: its reader id; for a bundle without one (version 1) the name,
    or the reader with an id who carries that name, if there is exactly one. Without either,
    only an identical file counts as the same reader."""
    ids_by_name: dict[str, set[str]] = {}
    for bundle in bundles:
        if bundle.reader_id and _name_key(bundle):
            ids_by_name.setdefault(_name_key(bundle), set()).add(bundle.reader_id)
    keys = []
    for bundle in bundles:
        if bundle.reader_id:
            keys.append("id:" + bundle.reader_id)
            continue
        name = _name_key(bundle)
        ids = ids_by_name.get(name, set())
        if len(ids) == 1:
            keys.append("id:" + next(iter(ids)))
        else:
            keys.append("name:" + name if name else "file:" + bundle.checksum)
    return keys


def _labels(readers: Sequence[Bundle]) -> dict[Path, str]:
    """ "Anna", "Anna (2)": readers with the same name, numbered in the order shown."""
    labels: dict[Path, str] = {}
    seen: Counter[str] = Counter()
    for bundle in readers:
        name = _name_key(bundle)
        if not name:
            continue
        seen[name] += 1
        if seen[name] > 1:
            labels[bundle.source] = f"{bundle.reader} ({seen[name]})"
    return labels


def _exported(bundle: Bundle) -> datetime:
    moment = datetime.fromisoformat(bundle.exported)
    return moment if moment.tzinfo else moment.astimezone()


def _choose(good: list[Bundle], wanted: str | None) -> str | None:
    """The assignment the overview is about: the one asked for, else the most common."""
    ids = [bundle.assignment.id for bundle in good]
    if wanted:
        wanted = wanted.strip().lower()
        return next((i for i in ids if i == wanted or i.startswith(wanted)), wanted)
    if not ids:
        return None
    counts = Counter(ids)
    return max(dict.fromkeys(ids), key=lambda i: counts[i])  # a tie: the first one given


def build_overview(paths: Sequence[Path], *, assignment_id: str | None = None) -> Overview:
    """Read the bundles in `paths` (in the order given) and line them up for one assignment."""
    skipped: list[SkippedFile] = []
    good: list[Bundle] = []
    seen_paths: set[Path] = set()
    for path in paths:
        resolved = Path(path).resolve()
        if resolved in seen_paths:
            skipped.append(SkippedFile(path, "overview.given_twice"))
            continue
        seen_paths.add(resolved)
        try:
            good.append(read_bundle(Path(path)))
        except BundleProblem as problem:
            skipped.append(SkippedFile(path, problem.key, problem.params))
    target = _choose(good, assignment_id)
    chosen = [bundle for bundle in good if bundle.assignment.id == target]
    assignment = chosen[0].assignment if chosen else None
    for bundle in good:
        if bundle.assignment.id == target:
            continue
        other = bundle.assignment
        same_series = assignment is not None and other.series == assignment.series
        key = "overview.other_version" if same_series else "overview.other_assignment"
        skipped.append(SkippedFile(bundle.source, key, {"title": other.title, "id": other.id}))
    newest: dict[str, Bundle] = {}
    for key, bundle in zip(_reader_keys(chosen), chosen, strict=True):
        kept = newest.get(key)
        if kept is None:
            newest[key] = bundle
            continue
        if bundle.checksum == kept.checksum:  # the very same export, copied
            params = {"kept": str(kept.source)}
            skipped.append(SkippedFile(bundle.source, "overview.copy", params))
            continue
        older, newer = (kept, bundle) if _exported(bundle) > _exported(kept) else (bundle, kept)
        newest[key] = newer
        params = {"reader": _name(older), "kept": str(newer.source)}
        skipped.append(SkippedFile(older.source, "overview.duplicate", params))
    order = {Path(p): n for n, p in enumerate(paths)}
    readers = sorted(
        newest.values(),
        key=lambda b: (not b.reader, b.reader.casefold(), order.get(Path(b.source), 0)),
    )
    skipped.sort(key=lambda s: order.get(Path(s.source), len(order)))
    return Overview(assignment, tuple(readers), tuple(skipped), _labels(readers))


# --- the Markdown report -----------------------------------------------------------------------


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    """A path in a code span: shown as it is (no HTML there), so only a backtick, which would
    end the span, and control characters and line breaks need care."""
    return printable(" ".join(text.splitlines())).replace("`", "'")


def overview_markdown(overview: Overview) -> str:
    """One report: who answered what, then every question with all answers beneath it."""
    assignment = overview.assignment
    if assignment is None:
        lines = [f"# {t('overview.md_title_none')}"]
    else:
        title = markdown_line(assignment.title)
        lines = [f"# {t('overview.md_title', title=title)}", ""]
        if assignment.coach:
            lines.append(f"- {t('bundle.md_coach')}: {markdown_line(assignment.coach)}")
        if assignment.deadline:
            lines.append(f"- {t('overview.md_deadline')}: {assignment.deadline.isoformat()}")
        lines.append(f"- {t('bundle.md_assignment')}: {markdown_line(assignment.id)}")
        lines.append(f"- {t('overview.md_readers')}: {len(overview.readers)}")
        if assignment.message:  # the coach's own words to the group belong to the assignment
            lines += ["", quoted(markdown_text(assignment.message))]
        lines += ["", *_markdown_table(overview)]
        for question in assignment.questions:
            lines += _markdown_question(overview, question)
    if overview.skipped:
        lines += ["", f"## {t('overview.md_skipped')}", ""]
        lines += [
            f"- `{_code(str(s.source))}`: {markdown_line(s.reason())}" for s in overview.skipped
        ]
    return "\n".join(lines) + "\n"


def _markdown_table(overview: Overview) -> list[str]:
    numbers = [q.number for q in overview.questions]
    head = [t("overview.reader"), *(str(n) for n in numbers), t("overview.answered")]
    rows = [
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    for bundle in overview.readers:
        marks = [
            t("overview.yes" if overview.answer(bundle, n) else "overview.no") for n in numbers
        ]
        done = f"{bundle.answered}/{len(numbers)}"
        label = _cell(markdown_line(overview.label(bundle)))
        rows.append("| " + " | ".join([label, *marks, done]) + " |")
    return rows


def _markdown_question(overview: Overview, question: Question) -> list[str]:
    title = markdown_line(overview.article_title(question.article))
    lines = ["", f"## {t('bundle.md_question', number=question.number)} · {title}", ""]
    lines += [f"**{markdown_line(question.text)}**"]
    missing: list[str] = []
    for bundle in overview.readers:
        answer = overview.answer(bundle, question.number)
        if answer is None:
            missing.append(markdown_line(overview.label(bundle)))
            continue
        name = markdown_line(overview.label(bundle))
        lines += ["", f"### {name}", "", quoted(markdown_text(answer))]
    if missing:
        lines += ["", f"_{t('overview.md_missing', readers=', '.join(missing))}_"]
    return lines
