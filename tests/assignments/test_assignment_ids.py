"""An assignment's id: the same content gives the same id, any real change a new one; and a
file written by leeslamp reads back as the same assignment."""

from __future__ import annotations

import re
from datetime import date

from assignment_samples import GOOD
from hypothesis import given
from hypothesis import strategies as st

from leeslamp.assignments import check_assignment, dump_assignment, new_assignment
from leeslamp.assignments.model import Assignment


def parsed(text: str) -> Assignment:
    assignment = check_assignment(text).assignment
    assert assignment is not None
    return assignment


def test_the_id_is_ten_hex_digits() -> None:
    assert re.fullmatch(r"[0-9a-f]{10}", parsed(GOOD).id)


def test_layout_comments_quotes_and_key_order_do_not_change_the_id() -> None:
    same = """\
# een opmerking
coach = 'Marieke'
titel   =   "Leesopdracht   week 49: aandacht"
bericht = \"\"\"
Lees rustig en schrijf wat je raakt.\"\"\"
deadline = 2026-12-11

[[lezen]]
vragen = [
  "Welk sociaal contract\\n staat onder druk?",   # dezelfde vraag, anders afgebroken
  "Wat zou je willen herstellen?",
]
artikel = "verbroken-sociale-contracten"

[[lezen]]
artikel = "het-leren-faciliteren"
vragen = ["Waar vertraag je om te versnellen?"]
"""
    assert parsed(same).id == parsed(GOOD).id


def test_composed_and_decomposed_accents_give_the_same_id() -> None:
    composed = GOOD.replace("Marieke", "Ren\u00e9")
    decomposed = GOOD.replace("Marieke", "Rene\u0301")
    assert parsed(composed).id == parsed(decomposed).id


def test_every_real_change_gives_a_new_id() -> None:
    changes = [
        GOOD.replace("Wat zou je willen herstellen?", "Wat wil je herstellen?"),
        GOOD.replace("2026-12-11", "2026-12-18"),
        GOOD.replace('coach = "Marieke"', 'coach = "Sanne"'),
        GOOD.replace("Lees rustig", "Lees langzaam"),
        GOOD.replace(
            '["Welk sociaal contract staat onder druk?", "Wat zou je willen herstellen?"]',
            '["Wat zou je willen herstellen?", "Welk sociaal contract staat onder druk?"]',
        ),
    ]
    ids = {parsed(GOOD).id, *(parsed(text).id for text in changes)}
    assert len(ids) == len(changes) + 1


def test_versions_share_a_series_when_title_and_coach_match() -> None:
    first = parsed(GOOD)
    second = parsed(GOOD.replace("2026-12-11", "2026-12-18"))
    other_coach = parsed(GOOD.replace('coach = "Marieke"', 'coach = "Sanne"'))
    assert first.id != second.id and first.series == second.series
    assert other_coach.series != first.series


def test_a_dumped_file_says_how_to_check_it_and_reads_back() -> None:
    assignment = parsed(GOOD)
    text = dump_assignment(assignment)
    assert text.startswith("# ") and "leeslamp opdracht controleer" in text
    assert parsed(text) == assignment


line_text = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())
questions = st.lists(line_text, min_size=1, max_size=4)
article_ids = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True)


@given(
    title=line_text,
    coach=st.text(max_size=30),
    deadline=st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    message=st.text(max_size=200),
    items=st.lists(st.tuples(article_ids, questions), min_size=1, max_size=4),
)
def test_dump_then_parse_gives_the_same_assignment(
    title: str,
    coach: str,
    deadline: date | None,
    message: str,
    items: list[tuple[str, list[str]]],
) -> None:
    assignment = new_assignment(
        title=title, coach=coach, deadline=deadline, message=message, items=items
    )
    again = check_assignment(dump_assignment(assignment)).assignment
    assert again == assignment
    assert again.id == assignment.id


def test_an_assignment_read_back_keeps_its_stored_id() -> None:
    """Answers are linked to the id at import; a later change in normalising must not cut them."""
    doc = parsed(GOOD).to_doc()
    doc["id"] = "0123456789"
    assignment = Assignment.from_doc(doc)
    assert assignment.id == "0123456789"
    assert assignment.content_id() == parsed(GOOD).id
