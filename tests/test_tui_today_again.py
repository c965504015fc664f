"""Vandaag with a question that comes back (issue 16 §4): the label says when you answered it,
and once today's answer is saved (or on `e`) the earlier one shows below it with what changed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual.widgets import Static

from journal_factory import write_entries
from leeslamp.core.paths import Paths
from leeslamp.daily.bank import REFLECTION, load_bank
from leeslamp.daily.returning import may_return_on
from leeslamp.daily.schedule import prompt_of_the_day
from tui_factory import FIXED_NOW, SIZE, footer_text, make_app, paste, settle, wait_for, wait_saved

#: a day a question may come back on, near the factory's clock; the answer a week before
NOW = next(
    moment
    for moment in (FIXED_NOW + timedelta(days=n, hours=5) for n in range(3))
    if may_return_on(moment.date())
)
ANSWERED = NOW - timedelta(days=7)
MONTHS = {2: ("februari", "February"), 3: ("maart", "March")}


def bank(home: Path):
    prompts = load_bank(Paths(home).user_prompts).prompts
    return [p for p in prompts if p.kind == REFLECTION and not p.retired]


def answered_before(home: Path, text: str):
    """A daily answer a week ago, to that day's question: it comes back today."""
    prompt = prompt_of_the_day(ANSWERED.date(), bank(home))
    write_entries(
        {
            "at": ANSWERED.strftime("%Y-%m-%d %H:%M"),
            "kind": "dagvraag",
            "text": text,
            "prompt": {"id": prompt.id, "text": prompt.nl},
        }
    )
    return prompt


def part(app, part_id: str) -> Static:
    return app.screen.query_one(f"#{part_id}", Static)


def spans_over(content, words: str) -> list[str]:
    """The styles of the spans of `content` that cover `words`."""
    start = content.plain.index(words)
    return [
        str(span.style)
        for span in content.spans
        if span.start <= start and start + len(words) <= span.end
    ]


async def test_the_label_says_when_you_answered_it_before(private_home: Path) -> None:
    prompt = answered_before(private_home, "Toen dacht ik aan mijn team.")
    app = make_app(private_home, now=NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.question.prompt.id == prompt.id
        question = part(app, "today-question").content.plain
        nl, en = MONTHS[ANSWERED.month]
        assert f"Je beantwoordde deze vraag op {ANSWERED.day} {nl}" in question
        assert not part(app, "today-again").display  # nothing to compare yet
        assert "Eerder antwoord" in footer_text(app)
        await pilot.press("ctrl+t")
        await settle(pilot)
        question = part(app, "today-question").content.plain
        assert f"You answered this question on {ANSWERED.day} {en}" in question
    app.journal_link.close()


async def test_after_saving_the_earlier_answer_shows_what_changed(private_home: Path) -> None:
    answered_before(private_home, "Toen dacht ik aan mijn team.")
    app = make_app(private_home, now=NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await paste(pilot, "Nu denk ik aan mijn hele afdeling.")
        await wait_saved(pilot)
        again = part(app, "today-again")
        await wait_for(pilot, lambda: again.display)
        content = again.content
        text = content.plain
        assert f"Je antwoord van {ANSWERED.day} {MONTHS[ANSWERED.month][0]}" in text
        assert "team. hele afdeling." in text  # a space between the old words and the new
        assert "woorden erbij" in text and "eraf" in text
        # both texts whole in the comparison: removed words struck through, added underlined
        assert "Toen" in text and "Nu" in text and "afdeling." in text
        assert any("strike" in style for style in spans_over(content, "Toen"))
        assert any("underline" in style for style in spans_over(content, "afdeling."))
        assert not any(
            "strike" in style or "underline" in style for style in spans_over(content, "aan mijn")
        )
    app.journal_link.close()


async def test_e_shows_the_earlier_answer_before_writing_and_hides_it(private_home: Path) -> None:
    answered_before(private_home, "Toen dacht ik aan mijn team.")
    app = make_app(private_home, now=NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        again = part(app, "today-again")
        await pilot.press("e")
        await wait_for(pilot, lambda: again.display)
        assert "Toen dacht ik aan mijn team." in again.content.plain
        assert "Zo schreef je het toen" in again.content.plain
        await pilot.press("e")
        await wait_for(pilot, lambda: not again.display)
    app.journal_link.close()


async def test_without_an_earlier_answer_there_is_no_label_and_no_key(private_home: Path) -> None:
    app = make_app(private_home, now=NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "beantwoordde" not in part(app, "today-question").content.plain
        assert "Eerder antwoord" not in footer_text(app)
        await pilot.press("e")
        await settle(pilot)
        assert not part(app, "today-again").display
    app.journal_link.close()


async def test_the_morning_mode_says_when_you_answered_it_before(private_home: Path) -> None:
    answered_before(private_home, "Toen dacht ik aan mijn team.")
    app = make_app(private_home, now=NOW, morning=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        label = part(app, "morning-coach")
        await wait_for(pilot, lambda: label.display)
        nl, en = MONTHS[ANSWERED.month]
        assert str(label.content) == f"Je beantwoordde deze vraag op {ANSWERED.day} {nl}"
        await pilot.press("ctrl+t")
        await wait_for(pilot, lambda: "You answered" in str(label.content))
        assert str(label.content) == f"You answered this question on {ANSWERED.day} {en}"
    app.journal_link.close()
