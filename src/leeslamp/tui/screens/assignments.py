"""Opdrachten: the coach assignments in your journal, with deadline and progress.

Import one from a file (`i`), see its questions (answered or not; Enter opens the article, where
the writing panel holds the questions), and make the answer file for your coach (`a`). Coaches
start from here too: `n` composes a new assignment, `o` lines up the answers of a group.
All journal work goes through `services.journal_link.call`, off the UI thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from leeslamp.assignments.words import counted, questions_phrase
from leeslamp.core.dates import long_date
from leeslamp.core.safe_text import for_terminal
from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.messages import OpenArticle, ShowScreen
from leeslamp.tui.plain import plain, plain_styled
from leeslamp.tui.saving import typed_path
from leeslamp.tui.services import AppServices
from leeslamp.tui.widgets.footer import Footer

if TYPE_CHECKING:
    from rich.table import Table

    from leeslamp.assignments import AssignmentStatus, CheckResult, ImportResult
    from leeslamp.journal import Journal


def deadline_words(deadline: date | None, today: date) -> str:
    """'deadline vrijdag 11 december 2026 (nog 6 dagen)', or that it has passed."""
    if deadline is None:
        return t("assignment.list.no_deadline")
    days = (deadline - today).days
    if days < 0:
        return t("assignment.list.deadline_passed", day=long_date(deadline))
    if days == 0:
        return t("assignment.list.deadline_today", day=long_date(deadline))
    if days == 1:
        return t("assignment.list.deadline_tomorrow", day=long_date(deadline))
    return t("assignment.list.deadline_in", day=long_date(deadline), days=days)


def status_prompt(status: AssignmentStatus, today: date) -> Content:
    """Two lines: the title (and coach), then deadline and progress."""
    assignment = status.assignment
    title = plain_styled(assignment.title, "bold")
    if assignment.coach:
        title = Content.assemble(title, plain_styled(f" · {assignment.coach}", "$text-muted"))
    progress = t("assignment.progress", answered=status.answered, total=status.total)
    second = f"{deadline_words(assignment.deadline, today)} · {progress}"
    if status.stored.superseded_by:
        second += " · " + t("assignment.list.superseded")
    return Content("\n").join([title, Content.styled(second, "$text-muted")])


def question_row(answered: bool, number: int, text: str, success: str | None = None) -> Table:
    """'  ✓ 2. Question', a long question wrapping under its own text (a hanging indent).
    A Rich grid: Content has no hanging indent. `success`: the theme's colour for the ✓."""
    from rich.style import Style
    from rich.table import Table
    from rich.text import Text

    mark = t("overview.yes") if answered else t("overview.screen.no")
    lead = Text.assemble(
        ("  ", ""),
        (mark, Style(bold=True, color=success) if answered else Style(dim=True)),
        f" {number}. ",
    )
    row = Table.grid(expand=True)
    row.add_column(width=lead.cell_len, no_wrap=True)
    row.add_column(ratio=1)
    row.add_row(lead, Text(for_terminal(text)))
    return row


class AssignmentsScreen(LocalizedBindings, Screen[None]):
    HELP_NAME = "help.screen.assignments"
    BINDINGS = localized(
        Key("escape", "back", "assignment.list.key.back"),
        Key("i", "import", "assignment.list.key.import"),
        Key("a", "answers", "assignment.list.key.answers"),
        Key("n", "compose", "assignment.list.key.compose"),
        Key("o", "overview", "assignment.list.key.overview"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.statuses: list[AssignmentStatus] = []
        self.loaded = False
        self._chosen: str | None = None  # the assignment id shown below the list

    services = AppServices()

    def compose(self) -> ComposeResult:
        yield Static(id="assignments-bar", classes="bar")
        with Horizontal(id="import-row", classes="field"):
            yield Label(id="import-label", classes="field-label")
            yield Input(id="import-path", compact=True)
        yield Static(id="import-said", classes="status")
        yield Static(id="assignments-empty", classes="quiet")
        yield OptionList(id="assignment-list")
        yield Static(id="assignment-head")
        yield OptionList(id="assignment-questions")
        yield Footer()

    def on_mount(self) -> None:
        self.services.watch_language(self, self._relabel)
        self.query_one("#import-row").display = False
        self.query_one("#import-said").display = False
        self._relabel()
        self.query_one("#assignment-list").focus()

    def on_screen_resume(self) -> None:
        self.refresh_statuses()  # answers may have been written in the reader since

    def _relabel(self, _language: str | None = None) -> None:
        self.query_one("#import-label", Label).update(t("assignment.list.import_label"))
        self.query_one("#import-path", Input).placeholder = t("assignment.list.import_placeholder")
        self._show()

    # --- loading ----------------------------------------------------------------------

    def refresh_statuses(self) -> None:
        from leeslamp.assignments import assignment_statuses

        self.services.journal_link.call(assignment_statuses, self._loaded, group="assignments")

    def _loaded(self, statuses: list[AssignmentStatus]) -> None:
        # Newest import first: the assignment you just got is the one you look for.
        self.statuses = list(reversed(statuses))
        self.loaded = True
        self._show()

    # --- what is shown ----------------------------------------------------------------

    @property
    def chosen(self) -> AssignmentStatus | None:
        return next((s for s in self.statuses if s.assignment.id == self._chosen), None)

    def _show(self) -> None:
        today = self.services.context.today()
        count = t("assignment.list.count", count=len(self.statuses)) if self.loaded else ""
        bar = f"leeslamp · {t('assignment.list.title')}"
        self.query_one("#assignments-bar", Static).update(
            Content.assemble(bar, "  ", (count, "$text-muted"))
        )
        empty = self.query_one("#assignments-empty", Static)
        empty.display = self.loaded and not self.statuses
        empty.update(t("assignment.list.empty"))
        listing = self.query_one("#assignment-list", OptionList)
        listing.display = bool(self.statuses)
        options: list[Option | None] = []
        for status in self.statuses:
            if options:
                options.append(None)
            options.append(Option(status_prompt(status, today), id=status.assignment.id))
        listing.set_options(options)
        if self.statuses:
            chosen = self.chosen or self.statuses[0]  # the first, when none (or a gone one) was
            self._chosen = chosen.assignment.id
            listing.highlighted = listing.get_option_index(chosen.assignment.id)
        self._show_chosen()
        self.refresh_bindings()

    @on(OptionList.OptionHighlighted, "#assignment-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id != self._chosen:
            self._chosen = event.option.id
            self._show_chosen()

    def _show_chosen(self) -> None:
        status = self.chosen
        head = self.query_one("#assignment-head", Static)
        questions = self.query_one("#assignment-questions", OptionList)
        head.display = questions.display = status is not None
        if status is None:
            return
        assignment = status.assignment
        lines = [
            plain_styled(assignment.title, "bold $text-accent"),
            plain_styled(
                " · ".join(
                    part
                    for part in (
                        assignment.coach,
                        deadline_words(assignment.deadline, self.services.context.today()),
                        t("assignment.progress", answered=status.answered, total=status.total),
                    )
                    if part
                ),
                "$text-muted",
            ),
        ]
        if assignment.message:
            lines.append(plain_styled(assignment.message, "italic"))
        head.update(Content("\n").join(lines))
        library = self.services.context.library()
        options: list[Option] = []
        current = None
        success = self.app.current_theme.success
        for item in status.questions():
            question = item.question
            if question.article != current:
                current = question.article
                found = library.find(current)
                title = (
                    found.title if found else t("assignment.list.missing_article", article=current)
                )
                options.append(Option(plain_styled(title, "bold"), disabled=True))
            prompt = question_row(item.answer is not None, question.number, question.text, success)
            options.append(Option(prompt, id=f"{question.number}"))
        questions.set_options(options)
        # The first open question (else the first question): where you most likely go on.
        first_open = next((o.id for o, q in self._question_rows(options, status) if not q), None)
        first = first_open or next((o.id for o in options if o.id is not None), None)
        if first is not None:
            questions.highlighted = questions.get_option_index(first)

    @staticmethod
    def _question_rows(
        options: list[Option], status: AssignmentStatus
    ) -> list[tuple[Option, bool]]:
        """(option, answered) for the options that are questions, not article headings."""
        return [
            (option, int(option.id) in status.answers)
            for option in options
            if option.id is not None
        ]

    @on(OptionList.OptionSelected, "#assignment-questions")
    def _question_chosen(self, event: OptionList.OptionSelected) -> None:
        """Enter on a question: open its article; its writing panel holds the question."""
        status = self.chosen
        if status is None or event.option.id is None:
            return
        question = status.assignment.question(int(event.option.id))
        if question is None:
            return
        if self.services.context.library().find(question.article) is None:
            self.notify(t("assignment.list.missing_article", article=question.article))
            return
        self.post_message(
            OpenArticle(question.article, question=(status.assignment.id, question.number))
        )

    @on(OptionList.OptionSelected, "#assignment-list")
    def _assignment_chosen(self) -> None:
        self.query_one("#assignment-questions").focus()

    # --- importing --------------------------------------------------------------------

    def action_import(self) -> None:
        self.query_one("#import-row").display = True
        self.query_one("#import-path", Input).focus()

    @on(Input.Submitted, "#import-path")
    def _import(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            return
        from leeslamp.assignments import import_assignment, read_assignment

        path = typed_path(event.value)
        today = self.services.context.today()

        def job(journal: Journal) -> tuple[CheckResult, ImportResult | None]:
            # Checked without the library, as on the command line: a reader may lack an
            # article the coach has, and can still answer its questions.
            check = read_assignment(path, today=today)
            if check.assignment is None:
                return check, None
            return check, import_assignment(journal, check.assignment)

        self._said(t("assignment.list.importing"))
        self.services.journal_link.call(
            job,
            lambda result: self._imported(path, *result),
            failed=lambda error: self._said(error.sentence(), problem=True),
            group="assignment-import",
        )

    def _imported(self, path: Path, check: CheckResult, result: ImportResult | None) -> None:
        unreadable = next((f for f in check.errors if f.key == "problem.unreadable"), None)
        if unreadable is not None:  # no file there: a wrong path, not the coach's mistake
            reason = unreadable.params.get("reason", "")
            self._said(t("assignment.list.unreadable", path=path, reason=reason), problem=True)
            return
        if result is None:
            lines = [counted("assignment.list.not_imported", len(check.errors))]
            lines += [f"• {finding.sentence(path.name)}" for finding in check.errors]
            self._said("\n".join(lines), problem=True)
            return
        assignment = result.stored.assignment
        if not result.new:
            lines = [t("assignment.already_imported", title=assignment.title)]
        elif result.previous is not None:
            lines = [
                t(
                    "assignment.new_version",
                    title=assignment.title,
                    previous=result.previous.id,
                    questions=questions_phrase(len(assignment.questions)),
                )
            ]
        else:
            lines = [
                t(
                    "assignment.imported",
                    title=assignment.title,
                    questions=questions_phrase(len(assignment.questions)),
                )
            ]
        if result.moved:
            from leeslamp.assignments.versions import move_sentence

            lines.append(t("assignment.moved_head"))
            lines += [f"• {move_sentence(move)}" for move in result.moved]
        lines += [
            f"• {t('assignment.warning', sentence=f.sentence(path.name))}" for f in check.warnings
        ]
        library = self.services.context.library()
        lines += [
            f"• {t('assignment.article_missing_here', article=article)}"
            for article in assignment.articles
            if library.find(article) is None
        ]
        self._said("\n".join(lines))
        self.query_one("#import-path", Input).value = ""
        self._chosen = assignment.id
        self.query_one("#assignment-list").focus()
        self.refresh_statuses()

    def _said(self, text: str, *, problem: bool = False) -> None:
        said = self.query_one("#import-said", Static)
        said.display = True
        said.update(plain(text))
        said.set_class(problem, "-problem")

    # --- other screens ----------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "answers" and self.chosen is None:
            return False
        return super().check_action(action, parameters)

    def action_answers(self) -> None:
        from leeslamp.tui.screens.assignment_answers import AnswersScreen

        status = self.chosen
        if status is not None:
            self.app.push_screen(AnswersScreen(status.assignment.id))

    def action_compose(self) -> None:
        self.post_message(ShowScreen("assignment-compose"))

    def action_overview(self) -> None:
        self.post_message(ShowScreen("assignment-overview"))

    def action_back(self) -> None:
        import_row = self.query_one("#import-row")
        if import_row.display and import_row.has_focus_within:
            import_row.display = False
            self.query_one("#assignment-list").focus()
            return
        self.app.pop_screen()
