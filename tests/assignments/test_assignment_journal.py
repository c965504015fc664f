"""Assignments in the reader's journal: import, versions, answers, open questions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import count
from pathlib import Path

import pytest
from assignment_samples import GOOD

from leeslamp.assignments import (
    answer_question,
    article_questions,
    assignment_statuses,
    check_assignment,
    current_answers,
    find_assignment,
    import_assignment,
    new_assignment,
    open_questions,
    stored_assignments,
)
from leeslamp.assignments.model import Assignment
from leeslamp.core.errors import UserInputError
from leeslamp.core.paths import resolve
from leeslamp.journal import Journal


def parsed(text: str = GOOD) -> Assignment:
    assignment = check_assignment(text).assignment
    assert assignment is not None
    return assignment


def simple(title: str, deadline: date | None, coach: str = "C") -> Assignment:
    return new_assignment(
        title=title, coach=coach, deadline=deadline, items=[("het-leren-faciliteren", ["a", "b"])]
    )


def test_importing_the_same_assignment_twice_changes_nothing(journal: Journal) -> None:
    first = import_assignment(journal, parsed())
    again = import_assignment(journal, parsed())
    assert first.new and not again.new
    assert again.stored.imported == first.stored.imported
    assert len(journal.assignments()) == 1


def test_a_changed_file_is_a_new_version_that_replaces_the_old(journal: Journal) -> None:
    old = import_assignment(journal, parsed()).stored.assignment
    result = import_assignment(journal, parsed(GOOD.replace("2026-12-11", "2026-12-18")))
    assert result.new and result.previous == old
    by_id = {s.id: s for s in stored_assignments(journal)}
    assert by_id[old.id].superseded_by == result.stored.id
    assert by_id[result.stored.id].superseded_by is None


def test_answers_to_unchanged_and_reworded_questions_count_for_the_new_version(
    journal: Journal,
) -> None:
    old = parsed()
    import_assignment(journal, old)
    answer_question(journal, old, 1, "over contracten")
    answer_question(journal, old, 2, "over herstel")
    new = parsed(GOOD.replace("Wat zou je willen herstellen?", "Wat wil je herstellen?"))
    result = import_assignment(journal, new)
    answers = current_answers(journal, new)
    assert {n: e.text for n, e in answers.items()} == {1: "over contracten", 2: "over herstel"}
    [moved] = result.moved
    assert (moved.old, moved.new, moved.reworded) == (2, 2, True)


def test_answering_again_keeps_the_earlier_answer_and_the_latest_counts(journal: Journal) -> None:
    assignment = parsed()
    import_assignment(journal, assignment)
    first = answer_question(journal, assignment, 2, "eerste gedachte")
    second = answer_question(journal, assignment, 2, "beter gezegd")
    assert first.earlier is None and second.earlier == first.entry
    assert len(journal.answers_for(assignment.id)) == 2
    assert current_answers(journal, assignment)[2].text == "beter gezegd"


def test_an_answer_edited_later_is_the_one_that_counts(private_home: Path) -> None:
    """The app edits an answer in place; the answer changed last is the one that counts."""
    seconds = count()
    start = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    clock = lambda: start + timedelta(seconds=next(seconds))  # noqa: E731 - each write a second later
    with Journal.open(resolve(private_home), clock=clock) as journal:
        assignment = parsed()
        import_assignment(journal, assignment)
        older = answer_question(journal, assignment, 1, "eerst").entry
        answer_question(journal, assignment, 1, "daarna")
        journal.update_entry(older.id, text="eerst, herschreven")
        assert current_answers(journal, assignment)[1].text == "eerst, herschreven"


def test_an_answer_is_an_antwoord_entry_linked_to_the_question(journal: Journal) -> None:
    assignment = parsed()
    import_assignment(journal, assignment)
    entry = answer_question(journal, assignment, 3, "ik vertraag", tags=["werk"]).entry
    assert entry.kind == "antwoord"
    assert entry.article == "het-leren-faciliteren"
    assert entry.tags == ("werk",)
    assert entry.assignment == {
        "id": assignment.id,
        "prompt": "Waar vertraag je om te versnellen?",
        "question": 3,
    }


@pytest.mark.parametrize("number", [0, 4, -1])
def test_a_question_number_out_of_range_is_refused(journal: Journal, number: int) -> None:
    assignment = parsed()
    with pytest.raises(UserInputError) as refused:
        answer_question(journal, assignment, number, "tekst")
    assert "1 tot en met 3" in refused.value.sentence()
    assert journal.count() == 0


def test_progress_counts_answered_questions_once(journal: Journal) -> None:
    assignment = parsed()
    import_assignment(journal, assignment)
    answer_question(journal, assignment, 1, "a")
    answer_question(journal, assignment, 1, "b")
    journal.add_entry("reflectie", "niet meegeteld", article="het-leren-faciliteren")
    [status] = assignment_statuses(journal)
    assert (status.answered, status.total) == (1, 3)
    assert status.list_dict()["beantwoord"] == 1 and status.list_dict()["totaal"] == 3


def test_open_questions_come_earliest_deadline_first(journal: Journal) -> None:
    today = date(2026, 12, 1)
    late = simple("Laat", date(2026, 12, 20))
    soon = simple("Snel", date(2026, 12, 5))
    never = simple("Ooit", None)
    past = simple("Voorbij", date(2026, 11, 30))
    for assignment in (late, never, soon, past):
        import_assignment(journal, assignment)
    answer_question(journal, soon, 1, "klaar")
    found = [(q.assignment.title, q.question.number) for q in open_questions(journal, today)]
    assert found == [("Snel", 2), ("Laat", 1), ("Laat", 2), ("Ooit", 1), ("Ooit", 2)]


def test_open_questions_skip_a_replaced_version(journal: Journal) -> None:
    import_assignment(journal, simple("Week", date(2026, 12, 5)))
    newer = simple("Week", date(2026, 12, 9))
    import_assignment(journal, newer)
    found = {q.assignment.id for q in open_questions(journal, date(2026, 12, 1))}
    assert found == {newer.id}


def test_a_deadline_today_is_still_open(journal: Journal) -> None:
    import_assignment(journal, simple("Vandaag", date(2026, 12, 1)))
    assert len(open_questions(journal, date(2026, 12, 1))) == 2


def test_open_questions_have_a_prompt_id_for_the_daily_question(journal: Journal) -> None:
    assignment = simple("Week", None)
    import_assignment(journal, assignment)
    first = open_questions(journal, date(2026, 12, 1))[0]
    assert first.prompt_id == f"opdracht-{assignment.id}-1"


def test_article_questions_are_those_about_one_article(journal: Journal) -> None:
    assignment = parsed()
    import_assignment(journal, assignment)
    answer_question(journal, assignment, 2, "herstel")
    found = article_questions(journal, "verbroken-sociale-contracten")
    assert [(q.question.number, q.answer.text if q.answer else None) for q in found] == [
        (1, None),
        (2, "herstel"),
    ]


def test_an_assignment_is_found_by_the_start_of_its_id(journal: Journal) -> None:
    assignment = parsed()
    import_assignment(journal, assignment)
    assert find_assignment(journal, assignment.id[:4].upper()).id == assignment.id


def test_an_unknown_id_lists_the_assignments_there_are(journal: Journal) -> None:
    assignment = parsed()
    import_assignment(journal, assignment)
    with pytest.raises(UserInputError) as refused:
        find_assignment(journal, "zzzz")
    assert assignment.id in refused.value.sentence()
    assert assignment.title in refused.value.sentence()


def test_a_prefix_shared_by_two_assignments_asks_for_more(journal: Journal) -> None:
    seen: dict[str, Assignment] = {}
    for number in count():  # two ids with the same first four digits turn up quickly
        assignment = simple(f"Opdracht {number}", None, coach=f"coach {number}")
        other = seen.setdefault(assignment.id[:4], assignment)
        if other is not assignment:
            break
    import_assignment(journal, other)
    import_assignment(journal, assignment)
    with pytest.raises(UserInputError) as refused:
        find_assignment(journal, assignment.id[:4])
    assert refused.value.key == "assignment.ambiguous_id"
