"""The coach's overview: many readers' bundles for one assignment, side by side.

`build_overview()` reads the files and returns data, for the command line, the overview
screen and the reports (`report_markdown`, `report_html`). A folder stands for the answer
files in it (`gather.expand`). A file that cannot be used
(broken, for another assignment, a copy or an older export from the same reader) is skipped
with a reason; the rest is still shown. Of one reader's files the newest export counts; of two
made at the same moment, the one not edited by hand (`_rank`).

Readers are told apart by the random reader id in their bundles; a bundle from before there
were ids (version 1) goes by name. Two readers with the same name show as "Anna", "Anna (2)".

Versions of one assignment (same title and coach) make one overview: the questions of every
version are lined up (`versions.question_table`), under the newest wording, and a question
asked in only some versions says in which. A file edited by hand (its checksum does not
match) is shown, marked as edited.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leeslamp.assignments.bundle import Bundle, BundleProblem, read_bundle
from leeslamp.assignments.dialogue import Passage
from leeslamp.assignments.gather import expand, exported, ordered_versions
from leeslamp.assignments.model import Assignment, Question, clean_line
from leeslamp.assignments.versions import QuestionTable, question_table
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
    #: the dialogue map, filled by `dialogue.with_dialogue` (it needs the coach's library)
    passages: tuple[Passage, ...] = ()
    #: every version the readers answered, oldest first; `assignment` is the newest
    versions: tuple[Assignment, ...] = ()
    #: the questions of all versions lined up; None: one version, its own questions
    table: QuestionTable | None = None

    @property
    def questions(self) -> tuple[Question, ...]:
        """The rows: the newest version's questions, then those no longer asked."""
        if self.table is not None:
            return self.table.rows
        return self.assignment.questions if self.assignment else ()

    def question(self, number: int) -> Question | None:
        return next((q for q in self.questions if q.number == number), None)

    @property
    def edited(self) -> tuple[Bundle, ...]:
        """The readers whose file was changed by hand after it was made."""
        return tuple(bundle for bundle in self.readers if bundle.edited)

    def version_label(self, assignment_id: str) -> str:
        """ "versie 2": the place of a version among those in the overview."""
        ids = [version.id for version in self.versions]
        number = ids.index(assignment_id) + 1 if assignment_id in ids else 1
        return t("overview.version", number=number)

    def only_in(self, number: int) -> str | None:
        """ "alleen in versie 1" for a question not asked in every version, else None."""
        if self.table is None or len(self.versions) < 2:
            return None
        present = self.table.present.get(number, ())
        if len(present) == len(self.versions):
            return None
        labels = ", ".join(self.version_label(version) for version in present)
        return t("overview.only_in", versions=labels)

    def asked_as(self, bundle: Bundle, number: int) -> str | None:
        """For a reader who answered other words than the row's (an older version): the
        version and those words. None where the reader saw the row's own words."""
        own = self.number_in(bundle, number)
        if own is None or self.assignment is None or bundle.assignment.id == self.assignment.id:
            return None
        version = self.version_label(bundle.assignment.id)
        asked = bundle.answers[own - 1].prompt if own <= len(bundle.answers) else ""
        row = self.question(number)
        if row is None or clean_line(asked).casefold() == clean_line(row.text).casefold():
            return None
        return t("overview.asked_as", version=version, text=asked)

    def number_in(self, bundle: Bundle, number: int) -> int | None:
        """Which question of the reader's own version row `number` is (None: not asked)."""
        if self.table is None:
            return number
        return self.table.number_in(bundle.assignment.id, number)

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

    def answer(self, bundle: Bundle, number: int) -> str | None:
        """The reader's answer to row `number`, in whichever version they answered it."""
        own = self.number_in(bundle, number)
        if own is None or not 1 <= own <= len(bundle.answers):
            return None
        return bundle.answers[own - 1].answer

    def to_dict(self) -> dict[str, Any]:
        """For `leeslamp opdracht overzicht --json`."""
        return {
            "assignment": self.assignment.to_doc() if self.assignment else None,
            "versions": [version.id for version in self.versions],
            "questions": [
                {
                    "question": q.number,
                    "article": q.article,
                    "text": q.text,
                    "versions": list(self.table.present.get(q.number, ()))
                    if self.table
                    else [v.id for v in self.versions],
                }
                for q in self.questions
            ],
            "readers": [
                {
                    "reader": bundle.reader,
                    "reader_id": bundle.reader_id,
                    "label": self.label(bundle),
                    "source": str(bundle.source),
                    "exported": bundle.exported,
                    "version": bundle.assignment.id,
                    "edited": bundle.edited,
                    "answered": bundle.answered,
                    "total": len(bundle.answers),
                    "answers": self._answers_dict(bundle),
                }
                for bundle in self.readers
            ],
            "skipped": [{"source": str(s.source), "reason": s.reason()} for s in self.skipped],
            "passages": [passage.to_dict() for passage in self.passages],
        }

    def _answers_dict(self, bundle: Bundle) -> list[dict[str, Any]]:
        """The reader's answers under the overview's question numbers (`question`), with the
        number in their own version (`asked`)."""
        rows = []
        for question in self.questions:
            own = self.number_in(bundle, question.number)
            if own is None or not 1 <= own <= len(bundle.answers):
                continue
            answer = bundle.answers[own - 1]
            rows.append(
                {
                    "question": question.number,
                    "asked": own,
                    "answer": answer.answer,
                    "answered": answer.answered,
                }
            )
        return rows


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


def _rank(bundle: Bundle) -> tuple[float, bool, bool]:
    """Which of one reader's files counts, first: the newest export; of two made at the same
    moment the one not edited by hand, then the one byte for byte as leeslamp wrote it (and
    of two alike in that too, the first given: a folder's files come by name)."""
    return (-exported(bundle).timestamp(), bundle.edited, not bundle.as_written)


def _one_per_reader(bundles: Sequence[Bundle], skipped: list[SkippedFile]) -> Bundle:
    """The file that counts for one reader; each other one is added to `skipped`, saying why:
    a copy of another (the same content), older, or made at the same moment."""
    ranked = sorted(bundles, key=_rank)  # stable: in the order given where all else is alike
    first_of: dict[str, Bundle] = {}  # content -> its file that counts among copies
    for bundle in ranked:
        same = first_of.setdefault(bundle.checksum, bundle)
        if same is not bundle:  # the very same export, copied
            skipped.append(SkippedFile(bundle.source, "overview.copy", {"kept": str(same.source)}))
    kept = ranked[0]
    for bundle in first_of.values():
        if bundle is kept:
            continue
        if exported(bundle) < exported(kept):
            key = "overview.duplicate"
        elif bundle.edited and not kept.edited:
            key = "overview.same_time_edited"
        else:
            key = "overview.same_time"
        params = {"reader": _name(bundle), "kept": str(kept.source)}
        skipped.append(SkippedFile(bundle.source, key, params))
    return kept


def _choose(good: list[Bundle], wanted: str | None) -> str | None:
    """The assignment (its series: all versions) the overview is about: the one asked for by
    (the start of) a version's id, else the most common."""
    if wanted:
        wanted = wanted.strip().lower()
        return next((b.assignment.series for b in good if b.assignment.id.startswith(wanted)), None)
    series = [bundle.assignment.series for bundle in good]
    if not series:
        return None
    counts = Counter(series)
    return max(dict.fromkeys(series), key=lambda i: counts[i])  # a tie: the first one given


def build_overview(paths: Sequence[Path], *, assignment_id: str | None = None) -> Overview:
    """Read the bundles in `paths` (in the order given) and line them up for one assignment."""
    skipped: list[SkippedFile] = []
    good: list[Bundle] = []
    seen_paths: set[Path] = set()
    files, empty = expand(paths)
    skipped.extend(SkippedFile(folder, "overview.empty_folder") for folder in empty)
    for path in files:
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
    chosen = [bundle for bundle in good if bundle.assignment.series == target]
    for bundle in good:
        if bundle.assignment.series != target:
            other = bundle.assignment
            params = {"title": other.title, "id": other.id}
            skipped.append(SkippedFile(bundle.source, "overview.other_assignment", params))
    by_reader: dict[str, list[Bundle]] = {}
    for key, bundle in zip(_reader_keys(chosen), chosen, strict=True):
        by_reader.setdefault(key, []).append(bundle)
    newest = {key: _one_per_reader(bundles, skipped) for key, bundles in by_reader.items()}
    order = {Path(p): n for n, p in enumerate([*files, *empty])}
    readers = sorted(
        newest.values(),
        key=lambda b: (not b.reader, b.reader.casefold(), order.get(Path(b.source), 0)),
    )
    skipped.sort(key=lambda s: order.get(Path(s.source), len(order)))
    versions = ordered_versions(chosen, {bundle.assignment.id for bundle in readers})
    if assignment_id:  # the version asked for gives the wording, whatever the files say
        wanted = assignment_id.strip().lower()
        asked = [v for v in versions if v.id.startswith(wanted)][:1]
        versions = (*[v for v in versions if v not in asked], *asked)
    assignment = versions[-1] if versions else None
    table = question_table(versions) if len(versions) > 1 else None
    return Overview(
        assignment, tuple(readers), tuple(skipped), _labels(readers), versions=versions, table=table
    )


# --- how readers and versions are said, the same in every view ---------------------------------


def reader_label(overview: Overview, bundle: Bundle) -> str:
    """The reader's label, with "(met de hand bewerkt)" for a file changed by hand."""
    label = overview.label(bundle)
    return f"{label} ({t('overview.edited')})" if bundle.edited else label


def overview_notes(overview: Overview, *, edited: bool = True) -> list[str]:
    """Sentences for under the heading: the versions in this overview, and (`edited`) the
    files edited by hand. Outside text: the caller makes it safe for where it goes."""
    lines: list[str] = []
    if len(overview.versions) > 1:
        items = ", ".join(
            t("overview.version_item", label=overview.version_label(v.id), id=v.id)
            for v in overview.versions
        )
        lines.append(t("overview.versions", versions=items))
    if edited and overview.edited:
        names = ", ".join(overview.label(bundle) for bundle in overview.edited)
        lines.append(t("overview.edited_list", readers=names))
    return lines
