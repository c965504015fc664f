"""Vandaag's intention part: today's morning intention, and yesterday's with how it went; and
the ochtend mode's line about yesterday's (`YesterdayLine`).

`v` on Vandaag (Ctrl+O in the ochtend mode, where letters are for writing) goes round gelukt,
deels, niet and not said (`daily.intentions.next_outcome`).
The part shows the choice at once and writes it in a thread: one job that always writes the
newest choice, so quick presses in a row never land in the wrong order.
"""

from __future__ import annotations

import dataclasses
import threading
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from leeslamp.i18n import t
from leeslamp.tui.plain import plain, plain_styled
from leeslamp.tui.services import AppServices

if TYPE_CHECKING:
    from leeslamp.core.errors import LeeslampError
    from leeslamp.daily.intentions import Intentions
    from leeslamp.journal import Entry, Journal

TITLE = "bold $text-accent"
MUTED = "$text-muted"


def intention_content(intentions: Intentions) -> Content:
    from leeslamp.daily.intentions import OUTCOME_LABELS, outcome_of

    lines = [Content.styled(t("intention.today_title"), TITLE)]
    if intentions.today is not None:
        lines.append(plain(intentions.today.text.strip()))
    else:
        lines.append(Content.styled(t("intention.today_none"), MUTED))
    yesterday = intentions.yesterday
    if yesterday is not None:
        lines += [Content(""), Content.styled(t("intention.yesterday"), "italic")]
        lines.append(plain_styled(yesterday.text.strip(), "italic"))
        outcome = outcome_of(yesterday)
        if outcome is None:
            lines.append(Content.styled(t("intention.ask_outcome"), MUTED))
        else:
            said = t("intention.outcome_said", outcome=t(OUTCOME_LABELS[outcome]))
            lines.append(Content.styled(said, MUTED))
    return Content("\n").join(lines)


def yesterday_content(intentions: Intentions) -> Content:
    """'Gisteren nam je je voor: … · hoe ging het? Ctrl+O', on one line."""
    from leeslamp.daily.intentions import OUTCOME_LABELS, outcome_of

    yesterday = intentions.yesterday
    if yesterday is None:
        return Content("")
    text = " ".join(yesterday.text.split())
    outcome = outcome_of(yesterday)
    if outcome is None:
        said = t("intention.morning_ask")
    else:
        said = t("intention.morning_said", outcome=t(OUTCOME_LABELS[outcome]))
    return Content.assemble(
        (t("intention.yesterday"), "italic"), " ", plain(text), (f" · {said}", MUTED)
    )


class IntentionPart(Static):
    services = AppServices()

    def __init__(self, *, id: str = "today-intention", classes: str = "today-part") -> None:
        super().__init__(id=id, classes=classes)
        self.intentions: Intentions | None = None
        #: what the journal holds, to go back to when a write fails (a read-only journal)
        self._stored: Intentions | None = None
        self._lock = threading.Lock()
        #: the newest outcome asked for: (entry id, outcome or None), not yet written
        self._wanted: tuple[str, str | None] | None = None

    def show(self, intentions: Intentions | None) -> None:
        """Fill in what the journal holds (None: not read yet, the part stays hidden)."""
        self.intentions = self._stored = intentions
        self.refresh_text()

    def refresh_text(self) -> None:
        # Nothing to show until there is an intention, today's or yesterday's: a reader who
        # never writes one meets it in the ochtend mode, not as an empty part here.
        intentions = self.intentions
        self.display = intentions is not None and self.worth_showing(intentions)
        if intentions is not None:
            self.update(self.shown_content(intentions))

    def worth_showing(self, intentions: Intentions) -> bool:
        return intentions.today is not None or intentions.yesterday is not None

    def shown_content(self, intentions: Intentions) -> Content:
        return intention_content(intentions)

    def next_outcome(self) -> bool:
        """Yesterday's intention one outcome on; False when there is none to say it of."""
        from leeslamp.daily.intentions import next_outcome, outcome_of

        intentions = self.intentions
        yesterday = intentions.yesterday if intentions is not None else None
        if intentions is None or yesterday is None:
            return False
        outcome = next_outcome(outcome_of(yesterday))
        prompt = {k: v for k, v in (yesterday.prompt or {}).items() if k != "outcome"}
        if outcome is not None:
            prompt["outcome"] = outcome
        shown = dataclasses.replace(yesterday, prompt=prompt)
        self.intentions = dataclasses.replace(intentions, yesterday=shown)
        self.refresh_text()
        self._wanted = (yesterday.id, outcome)
        self.services.journal_link.call(
            self._write, self._written, failed=self._failed, group="journal-write"
        )
        return True

    def outcome_sentence(self) -> str:
        """How yesterday's intention went, as the part says it (after `next_outcome`)."""
        from leeslamp.daily.intentions import OUTCOME_LABELS, outcome_of

        yesterday = self.intentions.yesterday if self.intentions is not None else None
        outcome = outcome_of(yesterday) if yesterday is not None else None
        if outcome is None:
            return t("intention.ask_outcome")
        return t("intention.outcome_said", outcome=t(OUTCOME_LABELS[outcome]))

    def _write(self, journal: Journal) -> Entry | None:
        """In a thread: write the newest outcome asked for, if it is not written yet."""
        from leeslamp.daily.intentions import set_outcome

        with self._lock:
            wanted, self._wanted = self._wanted, None
            if wanted is None:
                return None
            return set_outcome(journal, *wanted)

    def _written(self, entry: Entry | None) -> None:
        stored = self._stored
        yesterday = stored.yesterday if stored is not None else None
        # still the part's intention (not another day's, read since)
        if stored is not None and entry is not None and yesterday and yesterday.id == entry.id:
            self._stored = dataclasses.replace(stored, yesterday=entry)

    def _failed(self, error: LeeslampError) -> None:
        """Not written (a journal opened read-only, a full disk): show what is stored, and why."""
        self._wanted = None
        self.intentions = self._stored
        self.refresh_text()
        self.notify(error.sentence(), severity="error", timeout=8)


class YesterdayLine(IntentionPart):
    """The ochtend mode's quiet line: yesterday's intention and how it went, nothing else."""

    def __init__(self) -> None:
        super().__init__(id="morning-yesterday", classes="")

    def worth_showing(self, intentions: Intentions) -> bool:
        return intentions.yesterday is not None

    def shown_content(self, intentions: Intentions) -> Content:
        return yesterday_content(intentions)
