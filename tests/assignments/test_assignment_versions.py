"""Versions of one assignment: questions matched across versions, same or reworded."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from leeslamp.assignments.model import Question, new_assignment
from leeslamp.assignments.versions import (
    Move,
    match_questions,
    moves,
    question_table,
    version_pairs,
)

A, B = "verbroken-sociale-contracten", "het-leren-faciliteren"


def version(*items: tuple[str, list[str]], deadline: str = ""):  # type: ignore[no-untyped-def]
    return new_assignment(title="Week 49", coach="Marieke", message=deadline, items=items)


V1 = version(
    (A, ["Welk sociaal contract staat onder druk?", "Wat zou je willen herstellen?"]),
    (B, ["Waar vertraag je om te versnellen?"]),
)


def pairs_of(old, new) -> dict[int, tuple[int, bool]]:  # type: ignore[no-untyped-def]
    return {n: (p.new, p.reworded) for n, p in version_pairs(old, new).items()}


def test_identical_questions_pair_up_unchanged() -> None:
    v2 = version(*((i.article, list(i.questions)) for i in V1.items), deadline="later")
    assert V1.id != v2.id
    assert pairs_of(V1, v2) == {1: (1, False), 2: (2, False), 3: (3, False)}


def test_a_reworded_question_is_the_same_question() -> None:
    v2 = version(
        (A, ["Welk sociaal contract staat onder druk?", "Wat wil je herstellen?"]),
        (B, ["Waar vertraag jij om te versnellen?"]),
    )
    assert pairs_of(V1, v2) == {1: (1, False), 2: (2, True), 3: (3, True)}


def test_case_and_spacing_are_no_rewording() -> None:
    v2 = version(
        (A, ["welk sociaal  contract staat onder druk?", "Wat zou je willen herstellen?"]),
        (B, ["Waar vertraag je om te versnellen?"]),
    )
    assert pairs_of(V1, v2)[1] == (1, False)


def test_an_inserted_question_renumbers_the_rest() -> None:
    v2 = version(
        (A, ["Wie merkte het eerst?", *V1.items[0].questions]),
        (B, list(V1.items[1].questions)),
    )
    assert pairs_of(V1, v2) == {1: (2, False), 2: (3, False), 3: (4, False)}


def test_a_new_question_in_place_of_an_old_one_is_no_pair() -> None:
    v2 = version(
        (A, ["Welk sociaal contract staat onder druk?", "Wie betaalt de prijs daarvan?"]),
        (B, list(V1.items[1].questions)),
    )
    assert pairs_of(V1, v2) == {1: (1, False), 3: (3, False)}


def test_the_same_text_about_another_article_is_another_question() -> None:
    old = [Question(1, A, "Wat raakte je?")]
    assert match_questions(old, [Question(1, B, "Wat raakte je?")]) == {}


def test_a_reworded_question_that_also_moved_needs_to_be_more_alike() -> None:
    old = [Question(1, A, "Wat raakte je het meest?"), Question(2, A, "Wie ken je zo?")]
    moved_a_bit = [Question(1, A, "Wie ken je zo?"), Question(2, A, "Wat raakte jou het meest?")]
    pairs = match_questions(old, moved_a_bit)
    assert (pairs[1].new, pairs[1].reworded) == (2, True)
    assert (pairs[2].new, pairs[2].reworded) == (1, False)


def test_three_versions_make_one_table_under_the_newest_wording() -> None:
    v2 = version(
        (A, ["Welk sociaal contract staat onder druk?", "Wat wil je herstellen?"]),
        (B, ["Waar vertraag je om te versnellen?"]),
    )
    v3 = version(
        (A, ["Welk sociaal contract staat onder druk?", "Wat wil jij herstellen?"]),
        (B, ["Wie heeft jouw aandacht nodig?"]),
    )
    table = question_table([V1, v2, v3])
    assert [(q.number, q.text) for q in table.rows] == [
        (1, "Welk sociaal contract staat onder druk?"),
        (2, "Wat wil jij herstellen?"),  # reworded twice, one row in the newest words
        (3, "Wie heeft jouw aandacht nodig?"),
        (4, "Waar vertraag je om te versnellen?"),  # no longer asked: its own row
    ]
    assert table.present == {1: (V1.id, v2.id, v3.id), 2: (V1.id, v2.id, v3.id),
                             3: (v3.id,), 4: (V1.id, v2.id)}  # fmt: skip
    assert table.number_in(V1.id, 2) == 2 and table.number_in(V1.id, 4) == 3
    assert table.number_in(V1.id, 3) is None and table.number_in(v3.id, 4) is None


def test_moves_name_only_answered_questions_that_changed() -> None:
    v2 = version(
        (A, ["Wie merkte het eerst?", "Welk sociaal contract staat onder druk?"]),
        (B, ["Waar vertraag jij om te versnellen?"]),
    )
    assert moves(V1, v2, [1, 2, 3]) == [Move(1, 2), Move(2, None), Move(3, 3, reworded=True)]
    assert moves(V1, v2, []) == []


texts = st.text(alphabet="abcdefgh ?", min_size=1, max_size=30).filter(str.strip)
question_lists = st.lists(st.tuples(st.sampled_from([A, B]), texts), max_size=8)


def numbered(items: list[tuple[str, str]]) -> list[Question]:
    return [Question(n, article, text) for n, (article, text) in enumerate(items, start=1)]


@given(question_lists)
def test_a_version_matches_itself_question_for_question(items: list[tuple[str, str]]) -> None:
    questions = numbered(items)
    pairs = match_questions(questions, questions)
    for question in questions:
        pair = pairs[question.number]
        # the same text twice for one article may pair either way, but never reworded
        assert not pair.reworded and questions[pair.new - 1].text == question.text


@given(question_lists, question_lists)
def test_pairs_are_one_to_one_and_within_one_article(
    old_items: list[tuple[str, str]], new_items: list[tuple[str, str]]
) -> None:
    old, new = numbered(old_items), numbered(new_items)
    pairs = match_questions(old, new)
    assert len({p.new for p in pairs.values()}) == len(pairs)
    for number, pair in pairs.items():
        assert old[number - 1].article == new[pair.new - 1].article


@given(question_lists, question_lists)
def test_every_question_of_every_version_has_exactly_one_row(
    old_items: list[tuple[str, str]], new_items: list[tuple[str, str]]
) -> None:
    old = version(*((article, [text]) for article, text in old_items), deadline="1")
    new = version(*((article, [text]) for article, text in new_items), deadline="2")
    if not old.questions or not new.questions:
        return
    table = question_table([old, new])
    for v in (old, new):
        rows = [row for (vid, row) in table.lookup if vid == v.id]
        assert len(rows) == len(set(rows)) == len(v.questions)
    assert [q.text for q in table.rows[: len(new.questions)]] == [q.text for q in new.questions]


def test_an_inserted_question_does_not_make_a_reworded_one_moved() -> None:
    old = [Question(1, A, "Welk contract?"), Question(2, A, "Wat zou je willen herstellen?")]
    new = [
        Question(1, A, "Wie merkte het eerst?"),
        Question(2, A, "Welk contract?"),
        Question(3, A, "Wat wil je herstellen?"),  # reworded, and a place further down
    ]
    pairs = match_questions(old, new)
    assert (pairs[2].new, pairs[2].reworded) == (3, True)
    # the same words, but before the unchanged question it followed: moved, so too unlike
    swapped = [Question(1, A, "Wat wil je herstellen?"), Question(2, A, "Welk contract?")]
    assert 2 not in match_questions(old, swapped)
