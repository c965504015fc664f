"""Vandaag reads the journal in two passes without a list of every entry (daily/today_scan.py):
what it finds must be what the functions over every entry find."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from journal_factory import AMSTERDAM_WINTER
from leeslamp.core.paths import resolve
from leeslamp.daily.bank import Prompt
from leeslamp.daily.intentions import intentions
from leeslamp.daily.rhythm import words_by_day
from leeslamp.daily.today import DailyQuestion, answer_days, answered_prompts
from leeslamp.daily.today_scan import shown_entries, tally
from leeslamp.daily.today_view import question_view, read_question_view
from leeslamp.journal import Journal
from leeslamp.journal.entry_docs import new_entry_doc

DAY = date(2026, 3, 10)
#: today, yesterday, and days terugblik looks at (a week, a month, a year ago, give or take)
DAYS_BACK = [0, 0, 1, 1, 2, 5, 7, 9, 10, 28, 30, 33, 100, 363, 365, 367]
ENTRY = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["reflectie", "dagvraag", "voornemen"]),
        "text": st.sampled_from(["", "  \n", "een", "een twee drie", "vier vijf"]),
        "back": st.sampled_from(DAYS_BACK),
        # few moments, so some entries are written in the same second: the order must hold
        "at": st.sampled_from([time(7, 0), time(7, 0), time(12, 30), time(21, 5)]),
        "prompt": st.sampled_from(["p1", "p2"]),
    }
)
PROMPTS = {name: Prompt(id=name, nl=name, en=name) for name in ("p1", "p2")}


def fill(home: Path, specs: list[dict[str, object]]) -> None:
    docs = []
    for spec in specs:
        day = DAY - timedelta(days=int(str(spec["back"])))
        moment = datetime.combine(day, spec["at"], AMSTERDAM_WINTER)  # type: ignore[arg-type]
        kind = str(spec["kind"])
        fields = {} if kind == "reflectie" else {"prompt": {"id": spec["prompt"], "text": "?"}}
        docs.append(new_entry_doc(kind, str(spec["text"]), moment, **fields))
    with Journal.open(resolve(home)) as journal:
        journal.add_entries(docs)


@settings(max_examples=40, deadline=None)
@given(st.lists(ENTRY, max_size=25), st.sampled_from(["p1", "p2"]))
def test_the_two_passes_find_what_every_entry_gives(specs, prompt_id) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        fill(Path(folder), specs)
        with Journal.open(resolve(Path(folder)), read_only=True) as journal:
            every = journal.entries()
            question = DailyQuestion(DAY, PROMPTS[prompt_id])
            seen = tally(journal, DAY)
            assert seen.words == words_by_day(every)
            assert seen.answered == answered_prompts(every)
            everyday = answer_days(every)
            assert {k: sorted(v) for k, v in seen.answer_days.items()} == {
                k: sorted(v) for k, v in everyday.items()
            }
            assert seen.path_step is None  # no path followed
            few = shown_entries(journal, question, DAY)
            assert len(few) <= len(every)
            assert question_view(few, question) == question_view(every, question)
            assert read_question_view(journal, question) == question_view(every, question)
            assert intentions(few, DAY, ()) == intentions(every, DAY, ())


def test_select_keeps_what_it_is_asked_newest_first_and_shows_every_entry(
    private_home: Path,
) -> None:
    specs: list[dict[str, object]] = [
        {"kind": "reflectie", "text": t, "back": b, "at": time(9, 0), "prompt": "p1"}
        for t, b in (("oud", 3), ("nieuw", 1), ("midden", 2), ("ook nieuw", 1))
    ]
    fill(private_home, specs)
    looked_at = []
    with Journal.open(resolve(private_home), read_only=True) as journal:

        def keep(entry):  # type: ignore[no-untyped-def]
            looked_at.append(entry.text)
            return "nieuw" in entry.text or entry.text == "oud"

        kept = journal.select(keep)
        every = journal.entries()
    assert sorted(looked_at) == sorted(e.text for e in every)
    assert kept == [e for e in every if "nieuw" in e.text or e.text == "oud"]
    assert [e.text for e in kept][-1] == "oud"
