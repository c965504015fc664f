"""Ochtend: early-morning writing. Full screen, a dim theme, only the question and your text.

An optional writing timer (Ctrl+R: 5, 10, 20 minutes, off) shows softly in a corner and never
interrupts: when the time is up it says so there, and that is all. The word count follows what
you type; the text saves itself (EntryEditor) as today's answer to today's question, the same
entry the Vandaag screen shows.

Below it, the morning ends with one optional line: the day's intention (Tab gets there, Enter
there means done). Left empty, it makes no entry; written, it is a private `voornemen` that
Vandaag shows today and asks about tomorrow (`daily.intentions`). Yesterday's intention, if
there was one, stands quietly at the top, and Ctrl+O says how it went (letters are for writing).

Escape goes back to Vandaag, also when leeslamp was started as `leeslamp ochtend`: Escape
means "back" everywhere in leeslamp and never quits (Ctrl+Q does), and Vandaag then shows
the answer kept and the day counted, a quiet confirmation that the writing is safe.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Static, TextArea

from leeslamp.daily.today import DailyQuestion, answer_fields
from leeslamp.daily.writing_timer import TIMER_CHOICES
from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.messages import ScreenShown, ShowScreen
from leeslamp.tui.plain import plain
from leeslamp.tui.services import AppServices
from leeslamp.tui.themes import MORNING
from leeslamp.tui.widgets.entry_editor import EntryEditor
from leeslamp.tui.widgets.intention_line import OneLineArea
from leeslamp.tui.widgets.intention_part import YesterdayLine
from leeslamp.tui.widgets.key_hint import KeyHint

if TYPE_CHECKING:
    from leeslamp.daily.bank import Prompt
    from leeslamp.daily.intentions import Intentions
    from leeslamp.journal import Entry, Journal
    from leeslamp.tui.widgets.intention_line import IntentionLine

#: seconds between looks at the clock while the timer runs
TICK = 1.0
#: seconds to wait for the last save before going back anyway (the save still happens)
LEAVE_AFTER = 3.0


def count_words(text: str) -> int:
    return len(text.split())


class MorningEditor(EntryEditor):
    """The EntryEditor, telling its screen how many words there are as you type."""

    class Typed(Message):
        def __init__(self, words: int) -> None:
            super().__init__()
            self.words = words

    @on(TextArea.Changed)
    def _typed(self, event: TextArea.Changed) -> None:
        self.post_message(self.Typed(count_words(event.text_area.text)))


class MorningScreen(LocalizedBindings, Screen["Entry | None"]):
    HELP_NAME = "help.screen.morning"
    BINDINGS = localized(
        Key("escape", "back", "morning.key.back"),
        Key("ctrl+r", "timer", "morning.key.timer"),
        Key("ctrl+o", "intention_outcome", "intention.key.outcome"),
        Key("ctrl+n", "own_timer", "morning.key.own_timer"),
    )

    def __init__(
        self,
        question: DailyQuestion | None = None,
        answer: Entry | None = None,
        *,
        minutes: int | None = None,
    ) -> None:
        """From Vandaag: today's `question` and `answer` as Vandaag has them. Started as
        `leeslamp ochtend`: neither; the screen reads them from the journal itself."""
        super().__init__()
        self.question = question
        self.answer = answer
        self.editor: MorningEditor | None = None
        self.intention: IntentionLine | None = None
        self.intention_question: Prompt | None = None
        self.words = count_words(answer.text) if answer else 0
        self.timer_minutes: int | None = None
        self.timer_end: datetime | None = None
        self._start_minutes = minutes
        self._ticker: Timer | None = None
        self._leaving = False
        self._previous_theme: str | None = None

    services = AppServices()

    def compose(self) -> ComposeResult:
        with Vertical(id="morning-page"):
            # yesterday's intention, quietly, with Ctrl+O to say how it went (if there was one)
            yield YesterdayLine()
            # above the question, whose it is: a coach's question goes into the answer file
            yield Static(id="morning-coach", markup=False)
            yield Static(id="morning-question", markup=False)
            yield Vertical(id="morning-box")
            yield Static(id="morning-intention-question", markup=False)
            yield Vertical(id="morning-intention-box")
        with Horizontal(id="morning-status"):
            yield Static(id="morning-words")
            yield KeyHint(id="morning-hint")
            yield Static(id="morning-timer")

    def on_mount(self) -> None:
        self._previous_theme = self.app.theme
        self.app.theme = MORNING.name
        self.services.watch_language(self, self._relabel)
        if self.question is None:
            from leeslamp.daily.bank import load_bank_checked
            from leeslamp.daily.today import daily_question

            context = self.services.context
            library_ids = context.library().ids
            self._bank = load_bank_checked(context.paths.user_prompts, library_ids).prompts
            self.question = daily_question(context.today(), self._bank)
            self.services.journal_link.call(self._read_today, self._today_read)
        else:
            self.call_after_refresh(self._mount_editor)
        self.query_one("#morning-intention-question").display = False
        self.services.journal_link.call(self._read_intention, self._mount_intention)
        self._relabel()
        if self._start_minutes is not None:
            self._start_timer(self._start_minutes)
        self.call_after_refresh(self.post_message, ScreenShown())

    def on_unmount(self) -> None:
        self._restore_theme()

    def _restore_theme(self) -> None:
        if self._previous_theme is not None and self.app.theme == MORNING.name:
            self.app.theme = self._previous_theme

    # --- today's question and answer --------------------------------------------------

    def _read_today(self, journal: Journal) -> tuple[DailyQuestion, Entry | None]:
        """In a thread (started as `leeslamp ochtend`): the day's question and its answer."""
        from leeslamp.daily.today import answers, question_for_day, todays_answer

        question = question_for_day(journal, self.services.context.today(), self._bank)
        # its answers only, not a list of every entry (a big journal's memory)
        return question, todays_answer(journal.select(lambda e: answers(e, question)), question)

    async def _today_read(self, found: tuple[DailyQuestion, Entry | None]) -> None:
        self.question, self.answer = found
        self.words = count_words(self.answer.text) if self.answer else 0
        self._relabel()
        await self._mount_editor()

    async def _mount_editor(self) -> None:
        if self.question is None or self.editor is not None:
            return
        from leeslamp.assignments import places

        # The label first: the text is a coach's `antwoord` only under a visible coach label.
        self._show_coach()
        language = self.services.context.language
        kind, fields = answer_fields(self.question, language, written_in=places.MORNING)
        self.editor = MorningEditor(
            kind, entry=self.answer, placeholder=t("morning.placeholder"), **fields
        )
        await self.query_one("#morning-box").mount(self.editor)
        self.editor.focus_text()

    def _read_intention(self, journal: Journal) -> tuple[Intentions, Entry | None]:
        """In a thread: the day's intention question and yesterday's intention, and the
        intention written today (also an emptied one: the line goes on with it)."""
        from leeslamp.daily.bank import load_bank_checked
        from leeslamp.daily.intentions import KIND, intention_on, intentions
        from leeslamp.daily.rhythm import written_on

        context = self.services.context
        bank = load_bank_checked(context.paths.user_prompts, lambda: context.library().ids())
        day = context.today()
        days = (day, day - timedelta(days=1))
        # the intentions of these two days only, not a list of every entry
        entries = journal.select(lambda e: e.kind == KIND and written_on(e) in days)
        return intentions(entries, day, bank.prompts), intention_on(entries, day, words_only=False)

    async def _mount_intention(self, found: tuple[Intentions, Entry | None]) -> None:
        from leeslamp.daily.intentions import KIND, entry_fields
        from leeslamp.tui.widgets.intention_line import IntentionLine

        days, entry = found
        self.query_one(YesterdayLine).show(days)
        question = days.question
        if question is None and entry is None:
            return  # no intention questions at all (a bank of one's own): nothing to ask
        self.intention_question = question
        fields = entry_fields(question, self.services.context.language) if question else {}
        self.intention = IntentionLine(
            KIND, entry=entry, placeholder=t("intention.placeholder"), **fields
        )
        await self.query_one("#morning-intention-box").mount(self.intention)
        self.query_one("#morning-intention-question").display = True
        self._relabel()

    def action_intention_outcome(self) -> None:
        """Yesterday's intention: how did it go? (gelukt, deels, niet, not said)"""
        if not self.query_one(YesterdayLine).next_outcome():
            self.notify(t("intention.no_yesterday"), timeout=3)

    @on(OneLineArea.Done)
    def _intention_done(self) -> None:
        self.action_back()

    @on(MorningEditor.Typed)
    def _typed(self, event: MorningEditor.Typed) -> None:
        self.words = event.words
        self._show_words()

    @on(EntryEditor.Saved)
    def _saved(self, event: EntryEditor.Saved) -> None:
        if event.editor is self.intention:
            if self._leaving and not self._unsaved():
                self._leave()
            return
        self.answer = event.entry
        question = self.question
        if question is not None:
            day, prompt_id = question.day, question.prompt.id

            def keep_choice(journal: Journal) -> None:
                if not journal.read_only and journal.day_choice(day) != prompt_id:
                    journal.set_day_choice(day, prompt_id)

            self.services.journal_link.call(keep_choice, group="journal-write")
        if self._leaving and not self._unsaved():
            self._leave()

    # --- what is shown --------------------------------------------------------------------

    def _relabel(self, _language: str | None = None) -> None:
        if self.question is not None:
            text = self.question.prompt.text(self.services.context.language)
            self.query_one("#morning-question", Static).update(plain(text))
        self._show_coach()
        self._show_intention_question()
        # the most needed first; the help (F1) fits while the timer is off
        hint = (
            "morning.hint.back",
            "morning.hint.timer",
            "morning.hint.versions",
            "morning.hint.help",
        )
        self.query_one(KeyHint).show([t(key) for key in hint])
        if self.editor is not None:  # maybe still being mounted: no text area yet
            self.editor.set_placeholder(t("morning.placeholder"))
        self._show_words()
        self._show_timer()

    def _show_coach(self) -> None:
        """'Vraag van je coach Marieke · komt in je antwoordbestand', the learning path's
        'Pad: … · stap 2 van 7', 'Je beantwoordde deze vraag op 1 maart', or nothing at all."""
        from leeslamp.assignments.places import coach_label

        question = self.question
        coach = question.assignment_question if question is not None else None
        place = question.path if question is not None else None
        again = question.again if question is not None else None
        label = self.query_one("#morning-coach", Static)
        if coach is not None:
            label.update(plain(coach_label(coach.assignment.coach)))
        elif place is not None:  # a step of the learning path: which one, and how far along
            title = place.title(self.services.context.language)
            label.update(plain(t("path.label", title=title, day=place.day, days=place.days)))
        elif again is not None and question is not None:  # it comes back (issue 16 §4)
            from leeslamp.core.dates import short_day

            label.update(t("today.again", date=short_day(again.answered, question.day)))
        label.display = coach is not None or place is not None or again is not None

    def _show_intention_question(self) -> None:
        """'Tot slot, als je wilt, een voornemen (Tab):' and the day's intention question (or
        the one answered earlier today, when the bank no longer has it)."""
        intention = self.intention
        if intention is None:
            return
        if self.intention_question is not None:
            question = self.intention_question.text(self.services.context.language)
        else:
            question = str((intention.fields.get("prompt") or {}).get("text") or "")
        label = self.query_one("#morning-intention-question", Static)
        label.update(plain(f"{t('intention.morning_title')} {question}".strip()))
        intention.set_placeholder(t("intention.placeholder"))

    def _show_words(self) -> None:
        text = t("morning.word") if self.words == 1 else t("morning.words", count=self.words)
        self.query_one("#morning-words", Static).update(text)

    # --- the writing timer ----------------------------------------------------------------

    def action_timer(self) -> None:
        """Off -> 5 -> 10 -> 20 -> off."""
        current = self.timer_minutes
        if current is None:
            self._start_timer(TIMER_CHOICES[0])
        elif current == TIMER_CHOICES[-1]:
            self._stop_timer()
        else:
            self._start_timer(TIMER_CHOICES[TIMER_CHOICES.index(current) + 1])

    def action_own_timer(self) -> None:
        """Ctrl+N: a length of your own, asked in a small dialog (Escape: the timer as it was)."""
        from leeslamp.tui.screens.minutes import MinutesScreen

        def chosen(minutes: int | None) -> None:
            if minutes is not None:
                self._start_timer(minutes)

        self.app.push_screen(MinutesScreen(), chosen)

    def _start_timer(self, minutes: int) -> None:
        self.timer_minutes = minutes
        self.timer_end = self.services.context.current_time() + timedelta(minutes=minutes)
        if self._ticker is None:
            self._ticker = self.set_interval(TICK, self._show_timer)
        self._show_timer()

    def _stop_timer(self) -> None:
        self.timer_minutes = self.timer_end = None
        if self._ticker is not None:
            self._ticker.stop()
            self._ticker = None
        self._show_timer()

    def seconds_left(self) -> float | None:
        if self.timer_end is None:
            return None
        return (self.timer_end - self.services.context.current_time()).total_seconds()

    def _show_timer(self) -> None:
        label = self.query_one("#morning-timer", Static)
        left = self.seconds_left()
        if left is None:
            label.update("")
        elif left > 0:
            label.update(t("morning.timer_left", minutes=math.ceil(left / 60)))
        else:
            label.update(t("morning.timer_done"))
            if self._ticker is not None:  # nothing more to count; the words stay put
                self._ticker.stop()
                self._ticker = None

    # --- leaving ----------------------------------------------------------------------------

    def action_back(self) -> None:
        """Back to Vandaag, once the text is in the journal (or after a few seconds anyway:
        the editor keeps trying, and the app writes it at the very end if need be)."""
        unsaved = self._unsaved()
        if unsaved and not self._leaving:
            self._leaving = True
            for editor in unsaved:
                editor.save_now()
            self.set_timer(LEAVE_AFTER, self._leave)
        elif not self._leaving:
            self._leave()

    def _unsaved(self) -> list[EntryEditor]:
        """The answer and the intention, those with words not in the journal yet."""
        return [e for e in (self.editor, self.intention) if e is not None and e.dirty]

    def _leave(self) -> None:
        if not self.is_current:
            return
        self._leaving = False
        self._restore_theme()
        if len(self.app.screen_stack) > 2:
            self.dismiss(self.answer)
        else:  # started as `leeslamp ochtend`: Vandaag takes this screen's place
            self.post_message(ShowScreen("home"))
