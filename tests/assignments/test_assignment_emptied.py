"""An answer emptied by the reader is no answer: not counted, not exported, not in the overview."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from assignment_samples import GOOD

from leeslamp.assignments import (
    answer_question,
    assignment_statuses,
    build_bundle,
    build_overview,
    bundle_json,
    bundle_markdown,
    check_assignment,
    current_answers,
    import_assignment,
    open_questions,
    overview_markdown,
)
from leeslamp.assignments.bundle import checksum
from leeslamp.assignments.model import Assignment
from leeslamp.journal import Journal

EXPORTED = datetime(2026, 12, 10, 20, 0, tzinfo=UTC)


def parsed() -> Assignment:
    assignment = check_assignment(GOOD).assignment
    assert assignment is not None
    return assignment


def emptied(journal: Journal, assignment: Assignment) -> None:
    """Question 1 answered, question 2 answered and then emptied (as the writing panel does)."""
    import_assignment(journal, assignment)
    answer_question(journal, assignment, 1, "Een echt antwoord")
    entry = answer_question(journal, assignment, 2, "Even iets").entry
    journal.update_entry(entry.id, text="  \n ")


def test_an_emptied_answer_does_not_count(journal: Journal) -> None:
    assignment = parsed()
    emptied(journal, assignment)
    [status] = assignment_statuses(journal)
    assert (status.answered, status.total) == (1, 3)
    assert sorted(current_answers(journal, assignment)) == [1]
    assert [q.question.number for q in open_questions(journal, EXPORTED.date())] == [2, 3]
    second = status.questions()[1]
    assert second.answer is None
    assert second.editable is not None and second.editable.text.strip() == ""  # kept to edit


def test_an_emptied_answer_is_not_in_the_bundle(journal: Journal) -> None:
    assignment = parsed()
    emptied(journal, assignment)
    [status] = assignment_statuses(journal)
    # even handed the emptied entry itself, the bundle leaves it out
    document = build_bundle(
        assignment, status.written, reader="Anna", reader_id="r1", exported=EXPORTED
    )
    assert [row["answer"] for row in document["answers"]] == ["Een echt antwoord", None, None]
    assert document["answers"][1]["answered"] is None
    markdown = bundle_markdown(document)
    assert markdown.count("beantwoord op") == 1
    assert markdown.count("(nog niet beantwoord)") == 2


def test_an_empty_answer_in_an_older_bundle_is_no_answer_in_the_overview(
    tmp_path: Path,
) -> None:
    assignment = parsed()
    document = build_bundle(assignment, {}, reader="Anna", reader_id="r1", exported=EXPORTED)
    document["answers"][0]["answer"] = ""
    document["answers"][0]["answered"] = "2026-12-09T08:00:00+00:00"
    document["checksum"] = checksum(document)
    path = tmp_path / "anna.json"
    path.write_text(bundle_json(document), encoding="utf-8")
    overview = build_overview([path])
    [anna] = overview.readers
    assert overview.answer(anna, 1) is None and anna.answered == 0
    assert "| Anna | – | – | – | 0/3 |" in overview_markdown(overview)
    assert json.loads(json.dumps(overview.to_dict()))["readers"][0]["answered"] == 0
