"""Vandaag, where leeslamp opens: today's question and your answer, where you were reading,
your rhythm, something to look back on, and the coach's assignment.

The question shows at once (the prompt bank is a few small files); everything from the journal
is read in one thread worker once the journal is open (`today_view.load_view`) and filled in
when it arrives. The answer box (`widgets.answer_box`) fills in then too.

The question chosen for the day (by "Een andere vraag", or by answering it) is written to the
journal by `daily.day_choice`, newest choice last.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from leeslamp.daily.bank import load_bank_checked
from leeslamp.daily.day_choice import DayChoice
from leeslamp.daily.today import DailyQuestion, daily_question, next_question
from leeslamp.i18n import t, tn
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.messages import OpenArticle, ScreenShown, ShowScreen
from leeslamp.tui.services import AppServices
from leeslamp.tui.today_text import memory_content, question_content
from leeslamp.tui.widgets.answer_box import AnswerBox
from leeslamp.tui.widgets.earlier_answer import EarlierAnswerPart
from leeslamp.tui.widgets.footer import Footer
from leeslamp.tui.widgets.intention_part import IntentionPart
from leeslamp.tui.widgets.today_side import TodaySide

if TYPE_CHECKING:
    from leeslamp.daily.bank import PromptBank
    from leeslamp.daily.rhythm import Memory
    from leeslamp.daily.today_view import QuestionView, TodayView
    from leeslamp.journal import Entry, Journal
    from leeslamp.library.articles import Library
    from leeslamp.tui.widgets.entry_editor import EntryEditor

#: before this hour (by the app's clock) Vandaag offers the ochtend mode
MORNING_UNTIL = 8


class TodayScreen(LocalizedBindings, Screen[None]):
    HELP_NAME = "help.screen.today"
    # Textual declares it `ClassVar[...] | None`, which mypy reads as an instance variable
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]
        (0, "-narrow"),
        (76, "-wide"),
        (120, "-roomy"),
    ]
    BINDINGS = localized(
        Key("w", "write", "today.key.write"),
        Key("escape", "leave_text", "today.key.leave_text"),
        Key("n", "another", "today.key.another"),
        Key("e", "earlier", "today.key.earlier"),  # only while there is an earlier answer
        Key("r", "resume", "today.key.resume", show=False),  # the part names its key
        Key("g", "question_article", "today.key.article", show=False),
        Key("t", "look_back", "today.key.look_back", show=False),
        Key("p", "assignment", "today.key.assignment", show=False),
        Key("o", "morning", "today.key.morning", show=False),
        Key("v", "intention_outcome", "intention.key.outcome", show=False),
    )

    def __init__(self) -> None:
        super().__init__()
        self.bank: PromptBank | None = None
        self._library: Library | None = None  # set by the worker that reads the journal
        self._problems_told = False
        self.view: TodayView | None = None
        self.question: DailyQuestion | None = None
        self.answer: Entry | None = None
        self._answer_box = AnswerBox()
        self.memory_index = 0
        self._memories: tuple[Memory, ...] = ()
        #: questions answered since the view was read: `n` does not offer them again either
        self._answered_now: set[str] = set()
        self._shown = False
        self._morning_after_save = False
        self._choice = DayChoice()

    services = AppServices()

    @property
    def editor(self) -> EntryEditor | None:
        """Today's answer in its editor, once the journal is read."""
        return self._answer_box.editor

    def compose(self) -> ComposeResult:
        yield Static(id="today-bar", classes="bar")
        # One page that scrolls as a whole; two columns when wide, one below the other if not.
        with VerticalScroll(id="today-body"), Horizontal(id="today-columns"):
            with Vertical(id="today-main"):
                yield Static(id="today-question")
                yield self._answer_box
                yield EarlierAnswerPart()
                yield Static(id="morning-offer", classes="quiet")
                yield IntentionPart()
                yield Static(id="today-look-back", classes="today-part")
            yield TodaySide()
        yield Footer()

    def on_mount(self) -> None:
        self.services.watch_language(self, self._relabel)
        self.call_after_refresh(self.post_message, ScreenShown())

    def on_screen_resume(self) -> None:
        """First shown, back from another screen, or back after midnight: (re)read the day."""
        day = self.services.context.today()
        if not self._shown or self.question is None or self.question.day != day:
            self._shown = True
            self._start_day()
        else:
            self.services.journal_link.call(self._read_view, self._side_loaded)
        self._show_offer()

    # --- the day ----------------------------------------------------------------------------

    def _start_day(self) -> None:
        context = self.services.context
        self.bank = load_bank_checked(context.paths.user_prompts, lambda: context.library().ids())
        if self.bank.problems and not self._problems_told:
            self._problems_told = True
            self.notify(tn("today.prompts_skipped", len(self.bank.problems)), timeout=8)
        self.view = None
        self.question = daily_question(context.today(), self.bank.prompts)
        self._show_question()
        self._answer_box.wait()
        self.services.journal_link.call(self._read_view, self._loaded)

    def _read_view(self, journal: Journal) -> TodayView:
        """In a thread: everything the screen shows from the journal."""
        from leeslamp.daily.today_view import load_view

        context = self.services.context
        self.services.journal_link.flush_positions()  # the place just left in a reader
        library = self._library = context.library()  # loads here, off the UI thread
        assert self.bank is not None
        return load_view(journal, context.today(), self.bank.prompts, set(library.ids()))

    async def _loaded(self, view: TodayView) -> None:
        self.view = view
        self._choice.stored(view.stored_choice)
        await self._show_today(view.today)

    async def _side_loaded(self, view: TodayView) -> None:
        """Back from another screen: renew reading, rhythm and the assignment; keep the question
        and its editor, unless today's answer was changed elsewhere (in the ochtend mode)."""
        if self.view is None:
            return  # the first read is still on its way
        self.view = view
        if self._question_replaced(view):
            self._choice.stored(view.stored_choice)
            await self._show_today(view.today)
            return
        self._show_side()
        editor, today = self.editor, view.today
        if (
            today.question == self.question
            and today.answer is not None
            and today.answer != self.answer
            and not (editor is not None and editor.dirty)
        ):
            self.answer = today.answer
            writing = editor is not None and editor.has_focus_within
            await self._hold_answer()
            if writing and self.editor is not None:  # back from Versies: write on, in the new
                self.editor.focus_text()

    def _question_replaced(self, view: TodayView) -> bool:
        """Whether the day's question is another one now (an assignment was imported, or its
        open questions changed) and nothing was written to the one shown: then the new one
        comes. Text written or being typed keeps its question."""
        editor, shown = self.editor, self.question
        if shown is None or view.today.question.prompt.id == shown.prompt.id:
            return False
        if view.today.question.day != shown.day or self.answer is not None:
            return False
        return editor is None or (not editor.dirty and not editor.text.strip())

    async def _show_today(self, today: QuestionView) -> None:
        self.question = today.question
        self.answer = today.answer
        self._memories = today.memories
        self.memory_index = 0
        self._show_question()
        await self._hold_answer()
        self._show_side()
        self._show_earlier()

    # --- what is shown ----------------------------------------------------------------------

    def _titles(self, article_id: str) -> str | None:
        library = self._library  # None until the worker has loaded it
        article = library.find(article_id) if library is not None else None
        return article.title if article is not None else None

    def _relabel(self, _language: str | None = None) -> None:
        self._show_question()
        self._show_side()
        self._show_offer()
        self.query_one(EarlierAnswerPart).show()
        self._answer_box.relabel()

    def _show_question(self) -> None:
        self.query_one("#today-bar", Static).update(f"leeslamp · {t('today.name')}")
        if self.question is not None:
            content = question_content(self.question, self.app_language, self._titles)
            self.query_one("#today-question", Static).update(content)

    def _show_earlier(self) -> None:
        """The earlier answer below today's (issue 16 §4), and whether `e` is offered."""
        answer = self.answer.text if self.answer is not None else None
        self.query_one(EarlierAnswerPart).set_question(self.question, answer)
        self.refresh_bindings()

    @property
    def app_language(self) -> str:
        return self.services.context.language

    def _show_offer(self) -> None:
        offer = self.query_one("#morning-offer", Static)
        offer.display = self.services.context.current_time().hour < MORNING_UNTIL
        offer.update(t("today.morning_offer"))

    def _show_side(self) -> None:
        view = self.view
        if view is None:
            return
        day = self.question.day if self.question else self.services.context.today()
        self.query_one(TodaySide).show(view, day, self._titles)
        self.query_one("#today-look-back", Static).update(
            memory_content(self._memories, self.memory_index, self._titles)
        )
        self.query_one(IntentionPart).show(view.intentions)

    # --- the answer box ----------------------------------------------------------------------

    async def _hold_answer(self) -> None:
        if self.question is not None:
            await self._answer_box.hold(self.question, self.answer, self.app_language)

    def on_entry_editor_saved(self, event: EntryEditor.Saved) -> None:
        if event.editor is not self.editor or self.question is None:
            return
        place = self.question.path
        if place is not None and place.last and self.answer is None:
            # the last step's first words: the path ends here, said once
            self.notify(t("path.finished", title=place.title(self.app_language)), timeout=10)
        self.answer = event.entry
        self.query_one(EarlierAnswerPart).saved(event.entry.text)
        self._choose(self.question.prompt.id)  # the day keeps the question you answered
        view = self.view
        if view is not None and not view.calendar.written(self.question.day):
            # the first words of the day: let the rhythm count today
            self.services.journal_link.call(self._read_view, self._side_loaded)
        if self._morning_after_save:
            self._morning_after_save = False
            self._open_morning()

    def _choose(self, prompt_id: str) -> None:
        if self._choice.want(prompt_id):
            self.services.journal_link.call(self._write_choice, group="journal-write")

    def _write_choice(self, journal: Journal) -> None:
        """In a thread: the day's newest choice, for the day shown."""
        if self.question is not None:
            self._choice.write(journal, self.question.day)

    # --- keys ---------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        writing = self.editor is not None and self.editor.has_focus_within
        if action == "leave_text" and not writing:
            return False
        if action == "write" and writing:
            return False
        if action == "earlier" and not self.query_one(EarlierAnswerPart).available:
            return False
        return super().check_action(action, parameters)

    def _ready(self) -> bool:
        if self.view is None:
            self.notify(t("today.not_ready"), timeout=3)
            return False
        return True

    def action_write(self) -> None:
        if self.editor is not None:
            self.editor.focus_text()
        else:
            self._ready()

    def action_leave_text(self) -> None:
        self.set_focus(None)

    def action_another(self) -> None:
        if not self._ready() or self.question is None or self.view is None or not self.bank:
            return
        if self.editor is not None and self.editor.text.strip():
            # the answer leaves the screen with its question; say where it stays
            self.notify(t("today.answer_kept"), timeout=6)
            self._answered_now.add(self.question.prompt.id)
        question = next_question(
            self.question,
            self.bank.prompts,
            self.view.open_questions,
            self.view.answered | self._answered_now,
            path_step=self.view.path_step,
        )
        self.question = question
        self._choose(question.prompt.id)
        self._show_question()
        self._answer_box.wait()
        self.query_one(EarlierAnswerPart).set_question(question, None)  # until it is read
        self.refresh_bindings()

        def read(journal: Journal) -> QuestionView:
            from leeslamp.daily.today_view import read_question_view

            return read_question_view(journal, question)

        self.services.journal_link.call(read, self._question_loaded)

    async def _question_loaded(self, today: QuestionView) -> None:
        if _same(today.question, self.question):  # not overtaken by another press
            await self._show_today(today)

    def action_earlier(self) -> None:
        """Show (or hide) the earlier answer, with what changed in the text typed so far."""
        self.query_one(EarlierAnswerPart).toggle(self.editor.text if self.editor else None)

    def action_question_article(self) -> None:
        article = self.question.prompt.article if self.question else None
        if article is None or self._titles(article) is None:
            self.notify(t("today.no_article"), timeout=3)
            return
        coach = self.question.assignment_question if self.question else None
        wanted = (coach.assignment.id, coach.question.number) if coach else None
        self.post_message(OpenArticle(article, question=wanted))

    def action_resume(self) -> None:
        if not self._ready() or self.view is None:
            return
        reading = self.view.reading
        if reading is None:
            self.post_message(ShowScreen("library"))
        else:
            self.post_message(OpenArticle(reading.article))

    def action_look_back(self) -> None:
        if self._memories:
            self.memory_index = (self.memory_index + 1) % len(self._memories)
            self._show_side()

    def action_assignment(self) -> None:
        from leeslamp.daily.today_view import first_open_question

        if not self._ready() or self.view is None or not self.view.assignments:
            return
        question = first_open_question(self.view.assignments[0])
        if question is not None and self._titles(question.question.article) is not None:
            wanted = (question.assignment.id, question.question.number)
            self.post_message(OpenArticle(question.question.article, question=wanted))

    def action_intention_outcome(self) -> None:
        """Yesterday's intention: how did it go? (gelukt, deels, niet, not said) The part may
        be below the fold at 80x24: it comes into view, and a toast says what was noted."""
        if not self._ready():
            return
        intention = self.query_one(IntentionPart)
        if not intention.next_outcome():
            self.notify(t("intention.no_yesterday"), timeout=3)
            return
        intention.scroll_visible(animate=False)
        self.notify(intention.outcome_sentence(), timeout=3)

    def action_morning(self) -> None:
        if not self._ready():
            return
        if self.editor is not None and self.editor.dirty:
            self._morning_after_save = True  # open it once today's text is in the journal
            self.editor.save_now()
        else:
            self._open_morning()

    def _open_morning(self) -> None:
        """Today's question and answer go along; back here, the answer is read again."""
        from leeslamp.tui.screens.morning import MorningScreen

        if self.question is not None:
            self.app.push_screen(MorningScreen(self.question, self.answer))


def _same(loaded: DailyQuestion, shown: DailyQuestion | None) -> bool:
    """Whether a question read from the journal is the one shown (which may not have its
    earlier answer yet: that is read with it)."""
    return shown is not None and replace(loaded, again=None) == replace(shown, again=None)
