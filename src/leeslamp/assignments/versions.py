"""Versions of one assignment: which question of one version is which question of another.

A coach who corrects a word of question 3 makes a new version (same title and coach, another
id). Readers answer whichever version they imported, so the overview and the reader's journal
match the questions of two versions:

- the same article and the same text (after `clean_line`, case-insensitive): the same question;
- otherwise, about the same article, a reworded question: similar enough text (difflib's
  ratio). A question still in its place (between the same unchanged neighbours, so an
  inserted question elsewhere does not count as moving it) needs less likeness than one
  that moved. The best pairs are taken first, each question once.

A question without a partner is only in its own version. Pure functions, no files.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from leeslamp.assignments.model import Assignment, Question, clean_line

#: a reworded question still in its place (between the same unchanged neighbours): this alike
SAME_PLACE_RATIO = 0.5
#: a reworded question that also moved must be this alike: moving and rewording at once is rare
MOVED_RATIO = 0.75


@dataclass(frozen=True)
class Pair:
    """Question `old` of one version is question `new` of another."""

    old: int
    new: int
    reworded: bool  # the text differs (not only in case or spacing)


def _text_key(text: str) -> str:
    return clean_line(text).casefold()


def _in_place(
    before: Question, after: Question, old: Sequence[Question], same: dict[int, Pair]
) -> bool:
    """Whether `after` stands where `before` stood: after the new place of every unchanged
    question that came before it (same article), and before that of every one after it."""
    lower, upper = 0, float("inf")
    for question in old:
        pair = same.get(question.number)
        if pair is None or question.article != before.article:
            continue
        if question.number < before.number:
            lower = max(lower, pair.new)
        elif question.number > before.number:
            upper = min(upper, pair.new)
    return lower < after.number < upper


def similarity(first: str, second: str) -> float:
    """How alike two questions read, 0..1 (difflib's ratio over the folded text)."""
    return SequenceMatcher(None, _text_key(first), _text_key(second), autojunk=False).ratio()


def match_questions(old: Sequence[Question], new: Sequence[Question]) -> dict[int, Pair]:
    """Old question number -> its pair in `new`, for every old question that has one."""
    pairs: dict[int, Pair] = {}
    taken: set[int] = set()
    by_text: dict[tuple[str, str], list[Question]] = {}
    for question in new:
        by_text.setdefault((question.article, _text_key(question.text)), []).append(question)
    for question in old:
        same = [q for q in by_text.get((question.article, _text_key(question.text)), [])]
        free = [q for q in same if q.number not in taken]
        if free:
            pairs[question.number] = Pair(question.number, free[0].number, reworded=False)
            taken.add(free[0].number)
    anchors = dict(pairs)  # the unchanged questions: the anchors that say where a place is
    candidates: list[tuple[float, int, int]] = []
    for before in old:
        if before.number in pairs:
            continue
        for after in new:
            if after.number in taken or after.article != before.article:
                continue
            ratio = similarity(before.text, after.text)
            same_place = _in_place(before, after, old, anchors)
            if ratio >= (SAME_PLACE_RATIO if same_place else MOVED_RATIO):
                # of equally alike candidates, the one at the same place wins
                candidates.append(
                    (ratio + (0.01 if same_place else 0.0), before.number, after.number)
                )
    for _score, before_number, after_number in sorted(
        candidates, key=lambda c: (-c[0], c[1], c[2])
    ):
        if before_number in pairs or after_number in taken:
            continue
        pairs[before_number] = Pair(before_number, after_number, reworded=True)
        taken.add(after_number)
    return pairs


def version_pairs(old: Assignment, new: Assignment) -> dict[int, Pair]:
    """`match_questions` for two versions of an assignment; identity for one and the same."""
    if old.id == new.id:
        return {q.number: Pair(q.number, q.number, reworded=False) for q in new.questions}
    return match_questions(old.questions, new.questions)


@dataclass(frozen=True)
class Move:
    """What happened to an answered question of the previous version in the new one."""

    old: int
    new: int | None  # None: the new version has no such question
    reworded: bool = False


def moves(previous: Assignment, current: Assignment, answered: Sequence[int]) -> list[Move]:
    """For the question numbers the reader `answered` in `previous`: each one whose answer now
    counts under another number or another wording, or under none at all."""
    pairs = version_pairs(previous, current)
    found: list[Move] = []
    for number in sorted(answered):
        pair = pairs.get(number)
        if pair is None:
            found.append(Move(number, None))
        elif pair.new != number or pair.reworded:
            found.append(Move(number, pair.new, pair.reworded))
    return found


# --- one table of questions over all versions (the coach's overview) ---------------------------


@dataclass(frozen=True)
class QuestionTable:
    """The questions of every version of an assignment as one list of rows.

    Rows 1..N are the newest version's questions, in its wording; after them come questions
    no longer asked, each in the wording of the newest version that had it. `lookup` says
    which question of a version a row is; `present` which versions have a row."""

    rows: tuple[Question, ...]
    lookup: dict[tuple[str, int], int]  # (version id, row number) -> that version's number
    present: dict[int, tuple[str, ...]]  # row number -> ids of the versions that have it

    def number_in(self, version: str, row: int) -> int | None:
        return self.lookup.get((version, row))


def question_table(versions: Sequence[Assignment]) -> QuestionTable:
    """Rows for `versions`, oldest first (the last is the newest). Each older version is
    matched to the next newer one (a question reworded twice stays one row), and what is left
    to the rows' own wording."""
    newest = versions[-1]
    rows: list[Question] = list(newest.questions)
    lookup: dict[tuple[str, int], int] = {(newest.id, q.number): q.number for q in rows}
    newer = newest
    for version in reversed(versions[:-1]):
        if version.id == newer.id:
            continue
        own_row = {number: row for (vid, row), number in lookup.items() if vid == newer.id}
        rows_taken: set[int] = set()
        mine: dict[int, int] = {}  # this version's number -> row
        for pair in match_questions(version.questions, newer.questions).values():
            mine[pair.old] = own_row[pair.new]
            rows_taken.add(own_row[pair.new])
        rest = [q for q in version.questions if q.number not in mine]
        free_rows = [row for row in rows if row.number not in rows_taken]
        for pair in match_questions(rest, free_rows).values():
            mine[pair.old] = pair.new
        for question in version.questions:
            if question.number not in mine:  # asked only here (and maybe before)
                row = Question(len(rows) + 1, question.article, question.text)
                rows.append(row)
                mine[question.number] = row.number
        lookup.update({(version.id, row): number for number, row in mine.items()})
        newer = version
    present: dict[int, list[str]] = {}
    for version in versions:
        for row in rows:
            if (version.id, row.number) in lookup and version.id not in present.get(row.number, []):
                present.setdefault(row.number, []).append(version.id)
    return QuestionTable(tuple(rows), lookup, {row: tuple(ids) for row, ids in present.items()})


def move_sentence(move: Move) -> str:
    """What the reader is told about one answer when a new version comes in."""
    from leeslamp.i18n import t

    if move.new is None:
        return t("assignment.moved_gone", old=move.old)
    if move.new == move.old:
        return t("assignment.moved_reworded", old=move.old)
    key = "assignment.moved_reworded_renumbered" if move.reworded else "assignment.moved_renumbered"
    return t(key, old=move.old, new=move.new)
