"""Assignments in the reader's journal: importing, progress, answering, open questions.

Plain functions over an open `Journal`, returning frozen dataclasses, so a screen calls them
from a worker and the command line calls them directly.

Versions: assignments with the same title and coach are versions of one assignment; the one
imported last is current, the others are `superseded_by` it. An answer counts for a version
when it was written for that version's question number, or for the same question in another
version: identical, or reworded (`versions.question_table` matches them, in import order). A
coach who fixes one question does not cost the reader the answers to it or to the others.

Answering a question again adds a new `antwoord` entry rather than overwriting the old one:
the journal keeps what the reader thought then (Terugblik shows it), and nothing is lost by a
command typed twice. The latest answer (by `updated`) is the one that counts and is exported.

An answer emptied in the writing panel (only whitespace left) is no answer: the question is
open again, nothing of it is counted or exported. The emptied entry is still the one the panel
goes on editing (`AssignmentQuestion.written`), so typing again fills it instead of adding one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from leeslamp.assignments.model import Assignment, Question, clean_line
from leeslamp.assignments.versions import Move, moves, question_table
from leeslamp.core.errors import UserInputError
from leeslamp.journal import Entry, Journal

#: an id typed by the reader may be this short a prefix of the real one
MIN_PREFIX = 4
#: how a coach's question's prompt id starts (`AssignmentQuestion.prompt_id`)
PROMPT_PREFIX = "opdracht-"


@dataclass(frozen=True)
class StoredAssignment:
    """An imported assignment. `superseded_by`: the id of a newer version, if there is one."""

    assignment: Assignment
    imported: str  # ISO 8601
    superseded_by: str | None = None

    @property
    def id(self) -> str:
        return self.assignment.id


@dataclass(frozen=True)
class AssignmentQuestion:
    """One question of an assignment, with the answer that counts (None: not answered yet)."""

    assignment: Assignment
    question: Question
    answer: Entry | None = None
    #: the latest entry for this question even if emptied (the writing panel edits it)
    written: Entry | None = None

    @property
    def editable(self) -> Entry | None:
        """The entry an editor of this question goes on with: the latest one, even if empty."""
        return self.written or self.answer

    @property
    def prompt_id(self) -> str:
        """A prompt id for the daily question (`prompts.Prompt(id=..., nl=text, en=text)`)."""
        return f"{PROMPT_PREFIX}{self.assignment.id}-{self.question.number}"


@dataclass(frozen=True)
class AssignmentStatus:
    """An assignment with its progress: what Vandaag and `opdracht lijst` show."""

    stored: StoredAssignment
    #: question number -> the latest entry for it, an emptied one too
    written: dict[int, Entry]

    @property
    def assignment(self) -> Assignment:
        return self.stored.assignment

    @property
    def answers(self) -> dict[int, Entry]:
        """Question number -> the answer that counts (emptied answers left out)."""
        return _answered(self.written)

    @property
    def answered(self) -> int:
        return len(self.answers)

    @property
    def total(self) -> int:
        return len(self.assignment.questions)

    def questions(self) -> list[AssignmentQuestion]:
        answers = self.answers
        return [
            AssignmentQuestion(
                self.assignment, q, answers.get(q.number), self.written.get(q.number)
            )
            for q in self.assignment.questions
        ]

    def is_open(self, today: date) -> bool:
        """Current (not superseded) and not past its deadline."""
        deadline = self.assignment.deadline
        return self.stored.superseded_by is None and (deadline is None or deadline >= today)

    def list_dict(self) -> dict[str, object]:
        """What `leeslamp opdracht lijst --json` prints for one assignment."""
        assignment = self.assignment
        return {
            "id": assignment.id,
            "titel": assignment.title,
            "coach": assignment.coach,
            "deadline": assignment.deadline.isoformat() if assignment.deadline else None,
            "beantwoord": self.answered,
            "totaal": self.total,
            "geimporteerd": self.stored.imported,
            "vervangen_door": self.stored.superseded_by,
        }


@dataclass(frozen=True)
class ImportResult:
    stored: StoredAssignment
    new: bool  # False: this exact assignment was already there, nothing changed
    previous: Assignment | None = None  # the version this one replaces, if any
    #: answered questions of `previous` that now count under another number or wording, or none
    moved: tuple[Move, ...] = ()


@dataclass(frozen=True)
class AnswerResult:
    entry: Entry
    earlier: Entry | None = None  # the answer that counted before; it stays in the journal


# --- reading what is stored --------------------------------------------------------------------


def stored_assignments(journal: Journal) -> list[StoredAssignment]:
    """Every imported assignment, in import order, each version marked with its successor."""
    docs = journal.assignments()
    parsed = [(Assignment.from_doc(doc), doc.get("imported", "")) for doc in docs]
    current: dict[str, str] = {}
    for assignment, _ in parsed:  # import order: the last of a series wins
        current[assignment.series] = assignment.id
    return [
        StoredAssignment(assignment, imported, _successor(current[assignment.series], assignment))
        for assignment, imported in parsed
    ]


def _successor(current_id: str, assignment: Assignment) -> str | None:
    return None if current_id == assignment.id else current_id


def find_assignment(journal: Journal, wanted: str) -> StoredAssignment:
    """The imported assignment with this id (or a unique prefix of at least 4 characters)."""
    wanted = wanted.strip().lower()
    stored = stored_assignments(journal)
    exact = [s for s in stored if s.id == wanted]
    if exact:
        return exact[0]
    matches = [s for s in stored if len(wanted) >= MIN_PREFIX and s.id.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if not stored:
        raise UserInputError("assignment.unknown_id_none", wanted=wanted)
    known = ", ".join(f"{s.id} ({s.assignment.title})" for s in stored)
    if len(wanted) < MIN_PREFIX:
        raise UserInputError("assignment.short_id", wanted=wanted, least=MIN_PREFIX, known=known)
    if matches:
        raise UserInputError("assignment.ambiguous_id", wanted=wanted, known=known)
    raise UserInputError("assignment.unknown_id", wanted=wanted, known=known)


def _versions(stored: list[StoredAssignment], assignment: Assignment) -> set[str]:
    return {s.id for s in stored if s.assignment.series == assignment.series} | {assignment.id}


def _other_versions(
    assignment: Assignment, stored: list[StoredAssignment]
) -> dict[tuple[str, int], int]:
    """(version id, its question number) -> the number of the same question in `assignment`,
    for the other versions of it the reader imported."""
    others = [
        s.assignment
        for s in stored
        if s.assignment.series == assignment.series and s.id != assignment.id
    ]
    if not others:
        return {}
    table = question_table([*others, assignment])
    count = len(assignment.questions)
    return {
        (version, own): row
        for (version, row), own in table.lookup.items()
        if version != assignment.id and row <= count
    }


def _match(
    assignment: Assignment, entry: Entry, others: dict[tuple[str, int], int] | None = None
) -> int | None:
    """Which question of `assignment` this answer belongs to, if any."""
    link = entry.assignment or {}
    number = link.get("question")
    if link.get("id") == assignment.id:
        if isinstance(number, int) and assignment.question(number) is not None:
            return number
    elif others and isinstance(number, int):
        found = others.get((str(link.get("id")), number))
        if found is not None:
            return found
    prompt = clean_line(str(link.get("prompt") or ""))
    for question in assignment.questions:
        if question.article == entry.article and question.text == prompt:
            return question.number
    return None


def current_answers(journal: Journal, assignment: Assignment) -> dict[int, Entry]:
    """Question number -> the answer that counts: the latest (by `updated`) of its answers,
    unless that one was emptied."""
    stored = stored_assignments(journal)
    return _answered(_latest(assignment, stored, journal.entries(kind="antwoord")))


def is_answer(entry: Entry | None) -> bool:
    """Whether `entry` says something: an answer of only whitespace is no answer."""
    return entry is not None and bool(entry.text.strip())


def _answered(written: dict[int, Entry]) -> dict[int, Entry]:
    return {number: entry for number, entry in written.items() if is_answer(entry)}


def _latest(
    assignment: Assignment, stored: list[StoredAssignment], answers: list[Entry]
) -> dict[int, Entry]:
    versions = _versions(stored, assignment)
    others = _other_versions(assignment, stored)
    latest: dict[int, tuple[datetime, Entry]] = {}
    for entry in answers:  # newest first: of two changed in the same second, the newest wins
        if (entry.assignment or {}).get("id") not in versions:
            continue
        number = _match(assignment, entry, others)
        if number is None:
            continue
        changed = datetime.fromisoformat(entry.updated)
        if number not in latest or changed > latest[number][0]:
            latest[number] = (changed, entry)
    return {number: entry for number, (_, entry) in latest.items()}


def assignment_statuses(journal: Journal) -> list[AssignmentStatus]:
    """Every imported assignment with its progress, in import order."""
    stored = stored_assignments(journal)
    if not stored:  # most journals: no need to read every answer (Vandaag asks twice)
        return []
    answers = journal.entries(kind="antwoord")  # read once, not once per assignment
    return [AssignmentStatus(s, _latest(s.assignment, stored, answers)) for s in stored]


def status_of(journal: Journal, wanted: str) -> AssignmentStatus:
    found = find_assignment(journal, wanted)
    stored = stored_assignments(journal)
    answers = journal.entries(kind="antwoord")
    return AssignmentStatus(found, _latest(found.assignment, stored, answers))


# --- changing things -------------------------------------------------------------------------


def import_assignment(journal: Journal, assignment: Assignment) -> ImportResult:
    """Store `assignment`; importing the same content again changes nothing."""
    before = stored_assignments(journal)
    _stored, new = journal.import_assignment(assignment.to_doc())
    previous = None
    moved: list[Move] = []
    if new:
        earlier = [s for s in before if s.assignment.series == assignment.series]
        previous = earlier[-1].assignment if earlier else None
    if previous is not None:
        answered = current_answers(journal, previous)  # after the import: the same answers
        moved = moves(previous, assignment, list(answered))
    stored = next(s for s in stored_assignments(journal) if s.id == assignment.id)
    return ImportResult(stored, new, previous, tuple(moved))


def answer_question(
    journal: Journal,
    assignment: Assignment,
    number: int,
    text: str,
    *,
    tags: Iterable[str] = (),
    written_in: str | None = None,
) -> AnswerResult:
    """Add the reader's answer to question `number` as an `antwoord` entry. `written_in`: where
    (one of `places.PLACES`), for the answer file's preview."""
    question = assignment.question(number)
    if question is None:
        raise UserInputError(
            "assignment.no_such_question", number=number, total=len(assignment.questions)
        )
    if not text.strip():
        raise UserInputError("write.empty")
    earlier = current_answers(journal, assignment).get(number)
    link: dict[str, object] = {"id": assignment.id, "prompt": question.text, "question": number}
    if written_in is not None:
        link["written_in"] = written_in
    entry = journal.add_entry(
        "antwoord", text, article=question.article, tags=tags, assignment=link
    )
    return AnswerResult(entry, earlier)


# --- for Vandaag, the daily question and the writing panel -------------------------------------


def open_questions(journal: Journal, today: date) -> list[AssignmentQuestion]:
    """Unanswered questions of current assignments whose deadline has not passed: the
    earliest deadline first (no deadline last), then import order, then the coach's order."""
    found: list[tuple[date, int, AssignmentQuestion]] = []
    for order, status in enumerate(assignment_statuses(journal)):
        if not status.is_open(today):
            continue
        deadline = status.assignment.deadline or date.max
        found.extend(
            (deadline, order, question)
            for question in status.questions()
            if question.answer is None
        )
    found.sort(key=lambda item: (item[0], item[1], item[2].question.number))
    return [question for _, _, question in found]


def current_choice(statuses: Sequence[AssignmentStatus], prompt_id: str | None) -> str | None:
    """The day's chosen question (`prompt_id`) once a new version of its assignment came in:
    the same question of the current version (reworded or renumbered, as its answers follow
    it). A question the new version no longer asks: None (the day's own question instead),
    unless it was answered (the day keeps the question answered). Any other id as it is."""
    if prompt_id is None or not prompt_id.startswith(PROMPT_PREFIX):
        return prompt_id
    by_id = {status.assignment.id: status for status in statuses}
    for status in statuses:
        newer = status.stored.superseded_by
        own = f"{PROMPT_PREFIX}{status.assignment.id}-"
        if newer is None or newer not in by_id or not prompt_id.startswith(own):
            continue
        number = prompt_id[len(own) :]
        if not number.isdigit():
            continue
        current = by_id[newer].assignment
        others = _other_versions(current, [s.stored for s in statuses])
        found = others.get((status.assignment.id, int(number)))
        if found is None:
            return prompt_id if int(number) in status.answers else None
        question = current.question(found)
        return None if question is None else AssignmentQuestion(current, question).prompt_id
    return prompt_id


def article_questions(journal: Journal, article_id: str) -> list[AssignmentQuestion]:
    """The questions about one article in current assignments, answered or not (writing panel)."""
    return [
        question
        for status in assignment_statuses(journal)
        if status.stored.superseded_by is None
        for question in status.questions()
        if question.question.article == article_id
    ]
