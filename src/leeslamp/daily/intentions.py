"""The morning intention: one optional line about the day ahead, and how it went.

The ochtend mode ends, after the day's question, with the day's intention question
(`schedule.intention_of_the_day`); what the reader writes is a private entry of kind
`voornemen`, like a `dagvraag`. Vandaag shows today's intention, and the next morning
yesterday's, with one key to say how it went.

How it went is stored on the intention itself, as `prompt["outcome"]` ("gelukt", "deels" or
"niet"): the entry keeps its id, its text and its day, the change is one more revision (so an
editor of the text sees it and keeps its words), and every export carries it along with the
question. No Textual here: plain functions over entries, and one journal write.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from leeslamp.daily.bank import Prompt
from leeslamp.daily.rhythm import written_on
from leeslamp.daily.schedule import intention_of_the_day

if TYPE_CHECKING:
    from leeslamp.journal import Entry, Journal

KIND = "voornemen"
#: how an intention went, in the order one key goes through them (then back to not said)
OUTCOMES = ("gelukt", "deels", "niet")
#: the words for each, in the string catalogue
OUTCOME_LABELS = {
    "gelukt": "intention.outcome.gelukt",
    "deels": "intention.outcome.deels",
    "niet": "intention.outcome.niet",
}
#: how many times a changed outcome is tried again when the text changed meanwhile
_ATTEMPTS = 3


@dataclass(frozen=True)
class Intentions:
    """What Vandaag and the ochtend mode show of intentions on `day`."""

    day: date
    #: the day's intention question (None: the bank has none)
    question: Prompt | None
    #: today's intention, if one was written
    today: Entry | None
    #: yesterday's, to say how it went (None: there was none)
    yesterday: Entry | None


def entry_fields(question: Prompt, language: str) -> dict[str, Any]:
    """The fields of a new intention entry: the question it answers, as a dagvraag has."""
    return {"prompt": {"id": question.id, "text": question.text(language)}}


def intention_on(entries: Sequence[Entry], day: date, *, words_only: bool = True) -> Entry | None:
    """The intention written on `day` (the last changed, should there be more); with
    `words_only` not one emptied since (to show), without it any (to go on editing)."""
    found = [
        e
        for e in entries
        if e.kind == KIND and written_on(e) == day and (e.text.strip() or not words_only)
    ]
    return max(found, key=lambda e: datetime.fromisoformat(e.updated)) if found else None


def intentions(entries: Sequence[Entry], day: date, bank: Sequence[Prompt]) -> Intentions:
    return Intentions(
        day,
        intention_of_the_day(day, bank),
        intention_on(entries, day),
        intention_on(entries, day - timedelta(days=1)),
    )


def outcome_of(entry: Entry) -> str | None:
    outcome = (entry.prompt or {}).get("outcome")
    return outcome if outcome in OUTCOMES else None


def next_outcome(current: str | None) -> str | None:
    """Not said -> gelukt -> deels -> niet -> not said: one key for all of it."""
    if current not in OUTCOMES:
        return OUTCOMES[0]
    at = OUTCOMES.index(current)
    return OUTCOMES[at + 1] if at + 1 < len(OUTCOMES) else None


def set_outcome(journal: Journal, entry_id: str, outcome: str | None) -> Entry:
    """Store how the intention went (None: not said), on the newest revision of the entry.

    The change names the revision it was made from, so it never puts back an older text or
    question; when the entry changed in between (its text saved from another screen), it is
    made again on the new revision: the outcome is the only thing it changes.
    """
    from leeslamp.core.errors import StaleWrite, UserInputError

    if outcome is not None and outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    for _attempt in range(_ATTEMPTS):
        entry = journal.get_entry(entry_id)
        if entry is None or entry.kind != KIND:
            raise UserInputError("journal.no_such_entry", entry_id=entry_id)
        prompt = {k: v for k, v in (entry.prompt or {}).items() if k != "outcome"}
        if outcome is not None:
            prompt["outcome"] = outcome
        try:
            return journal.update_entry(entry_id, prompt=prompt, expected=entry.rev)
        except StaleWrite:
            continue
    raise StaleWrite(journal.get_entry(entry_id))
