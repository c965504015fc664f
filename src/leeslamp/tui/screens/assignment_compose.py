"""Compose a reading assignment (for coaches): title, coach, deadline, message, and articles from
the library with questions about each; saved as the TOML file readers import.

The file is made by `dump_assignment` and checked with `check_assignment` before it is written,
so a saved file always passes `leeslamp opdracht controleer`. The screen is kept alive by the
app, so a draft survives going back and coming again.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from leeslamp.core.dates import long_date, parse_day
from leeslamp.core.errors import LeeslampError
from leeslamp.core.safe_text import for_terminal
from leeslamp.i18n import t
from leeslamp.library.articles import Article
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.plain import plain, plain_label
from leeslamp.tui.saving import PathSaver
from leeslamp.tui.screens.assignment_edit import VersionEditing
from leeslamp.tui.services import AppServices
from leeslamp.tui.widgets.footer import Footer
from leeslamp.tui.widgets.localized_select import LocalizedSelect

if TYPE_CHECKING:
    from leeslamp.assignments import Assignment

#: the labels in front of the fields, by the id of the label
FIELD_LABELS = {
    "compose-title-label": "compose.field.title",
    "compose-coach-label": "compose.field.coach",
    "compose-deadline-label": "compose.field.deadline",
    "compose-message-label": "compose.field.message",
    "compose-add-label": "compose.field.add",
    "compose-path-label": "compose.field.path",
}


def file_name_for(title: str) -> str:
    """'Leesopdracht week 49: aandacht' -> 'leesopdracht-week-49-aandacht.toml'."""
    from leeslamp.journal.search import fold

    slug = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")[:60].rstrip("-")
    return f"{slug or 'leesopdracht'}.toml"


class ArticleQuestions(Vertical):
    """One article of the assignment and its questions, one question per line."""

    def __init__(self, article: Article) -> None:
        super().__init__(classes="compose-item")
        self.article = article

    def compose(self) -> ComposeResult:
        with Horizontal(classes="compose-item-head"):
            yield Static(plain(self.article.title), classes="compose-item-title", markup=False)
            yield Button(t("compose.remove"), classes="compose-remove", compact=True)
        yield TextArea(classes="compose-questions", compact=True)

    def on_mount(self) -> None:
        self.relabel()

    def relabel(self) -> None:
        self.query_one(".compose-remove", Button).label = t("compose.remove")
        self.query_one(TextArea).placeholder = t("compose.questions_placeholder")

    @property
    def questions(self) -> list[str]:
        lines = self.query_one(TextArea).text.splitlines()
        return [line.strip() for line in lines if line.strip()]


class ComposeScreen(LocalizedBindings, Screen[None]):
    HELP_NAME = "help.screen.compose"
    BINDINGS = localized(
        Key("escape", "back", "compose.key.back"),
        Key("ctrl+s", "save", "compose.key.save"),
        Key("ctrl+o", "open", "compose.key.open"),
        Key("ctrl+n", "new", "compose.key.new"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._auto_path = ""
        self._saver = PathSaver(self, "compose-save")
        #: the i18n key of the problem the status line says, if it says one of `_problem`'s
        self._problem_said: str | None = None
        self.versions = VersionEditing(self)  # an existing file, changed: its next version

    services = AppServices()

    def compose(self) -> ComposeResult:
        yield Static(id="compose-bar", classes="bar")
        with VerticalScroll(id="compose-form"):
            yield Static(id="compose-intro", classes="quiet")
            with Horizontal(classes="field"):
                yield Label(id="compose-title-label", classes="field-label")
                yield Input(id="compose-title", compact=True)
            with Horizontal(classes="field"):
                yield Label(id="compose-coach-label", classes="field-label")
                yield Input(id="compose-coach", compact=True)
            with Horizontal(classes="field"):
                yield Label(id="compose-deadline-label", classes="field-label")
                yield Input(id="compose-deadline", compact=True, max_length=10)
                yield Static(id="compose-deadline-said", classes="field-note")
            with Horizontal(classes="field field-tall"):
                yield Label(id="compose-message-label", classes="field-label")
                yield TextArea(id="compose-message", compact=True)
            yield Static(id="compose-items-head", classes="section-head")
            yield Vertical(id="compose-items")
            with Horizontal(classes="field"):
                yield Label(id="compose-add-label", classes="field-label")
                yield LocalizedSelect([], id="compose-add", compact=True)
            with Horizontal(classes="field"):
                yield Label(id="compose-path-label", classes="field-label")
                yield Input(id="compose-path", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button(id="compose-save", variant="primary", compact=True)
            yield Static(id="compose-status", classes="status")
        yield Footer()

    def on_mount(self) -> None:
        self.services.watch_language(self, self._relabel)
        self._relabel()
        self._set_default_path()
        self.query_one("#compose-title", Input).focus()

    def _relabel(self, _language: str | None = None) -> None:
        self.show_title()
        self.query_one("#compose-intro", Static).update(t("compose.intro"))
        for label_id, key in FIELD_LABELS.items():
            self.query_one(f"#{label_id}", Label).update(t(key))
        self.query_one("#compose-title", Input).placeholder = t("compose.title_placeholder")
        self.query_one("#compose-coach", Input).placeholder = t("compose.coach_placeholder")
        self.query_one("#compose-deadline", Input).placeholder = t("compose.deadline_placeholder")
        self.query_one("#compose-message", TextArea).placeholder = t("compose.message_placeholder")
        self.query_one("#compose-items-head", Static).update(t("compose.items_head"))
        self.query_one("#compose-save", Button).label = t("compose.save")
        for item in self.query(ArticleQuestions):
            item.relabel()
        self._offer_articles()
        self._say_deadline()

    # --- articles ---------------------------------------------------------------------

    @property
    def items(self) -> list[ArticleQuestions]:
        return list(self.query(ArticleQuestions))

    def _offer_articles(self) -> None:
        """The library's articles that are not in the assignment yet."""
        chosen = {item.article.id for item in self.items}
        offered = [a for a in self.services.context.library().articles if a.id not in chosen]
        select = self.query_one("#compose-add", Select)
        select.prompt = t("compose.add_prompt" if offered else "compose.add_none")
        select.set_options((plain_label(article.title), article.id) for article in offered)
        select.disabled = not offered

    @on(Select.Changed, "#compose-add")
    async def _article_chosen(self, event: Select.Changed) -> None:
        if not isinstance(event.value, str):
            return
        article = self.services.context.library().find(event.value)
        if article is None:
            return
        item = ArticleQuestions(article)
        await self.query_one("#compose-items").mount(item)
        self._offer_articles()
        item.query_one(TextArea).focus()

    @on(Button.Pressed, ".compose-remove")
    async def _remove_article(self, event: Button.Pressed) -> None:
        item = next(node for node in event.button.ancestors if isinstance(node, ArticleQuestions))
        await item.remove()
        self._offer_articles()

    # --- deadline and file name ---------------------------------------------------------

    def _deadline(self) -> date | None:
        """The deadline typed, None when there is none; a UserInputError when it is no date."""
        text = self.query_one("#compose-deadline", Input).value.strip()
        return parse_day(text) if text else None

    @on(Input.Changed, "#compose-deadline")
    def _say_deadline(self) -> None:
        said = self.query_one("#compose-deadline-said", Static)
        said.remove_class("-problem")
        try:
            deadline = self._deadline()
        except LeeslampError:
            said.update(t("compose.deadline_bad"))
            said.add_class("-problem")
            return
        if self._problem_said == "compose.deadline_bad":  # said on saving; a date now
            self._say("")
        if deadline is None:
            said.update(t("compose.deadline_none"))
        elif deadline < self.services.context.today():
            said.update(t("compose.deadline_past", day=long_date(deadline)))
            said.add_class("-problem")
        else:
            said.update(long_date(deadline))

    @on(Input.Changed, "#compose-title")
    def _set_default_path(self) -> None:
        """The file is named after the title, until the coach types a name of their own."""
        path_input = self.query_one("#compose-path", Input)
        if path_input.value in ("", self._auto_path):
            title = self.query_one("#compose-title", Input).value
            self._auto_path = str(Path.cwd() / file_name_for(title))
            path_input.value = self._auto_path

    @on(Input.Changed, "#compose-path")
    def _path_changed(self) -> None:
        self._saver.forget()

    # --- saving -----------------------------------------------------------------------

    def _say(self, text: str, *, problem: bool = False) -> None:
        self._problem_said = None
        status = self.query_one("#compose-status", Static)
        status.update(plain(text))
        status.set_class(problem, "-problem")
        self.call_after_refresh(status.scroll_visible, animate=False)

    def _problem(self, key: str, focus: str | None = None, **params: object) -> None:
        self._say(t(key, **params), problem=True)
        self._problem_said = key
        if focus is not None:
            self.query_one(focus).focus()

    def draft(self) -> Assignment | None:
        """The assignment as filled in, or None after saying what is missing."""
        from leeslamp.assignments import new_assignment

        title = self.query_one("#compose-title", Input).value
        if not title.strip():
            self._problem("compose.need_title", "#compose-title")
            return None
        try:
            deadline = self._deadline()
        except LeeslampError:
            self._problem("compose.deadline_bad", "#compose-deadline")
            return None
        items = self.items
        if not items:
            self._problem("compose.need_article", "#compose-add")
            return None
        for item in items:
            if not item.questions:
                self._problem("compose.need_question", title=item.article.title)
                item.query_one(TextArea).focus()
                return None
        coach = self.query_one("#compose-coach", Input).value
        opened = self.versions.opened
        if opened is not None:  # locked fields: the names as in the file, not as shown
            title, coach = opened.assignment.title, opened.assignment.coach
        return new_assignment(
            title=title,
            coach=coach,
            deadline=deadline,
            message=self.query_one("#compose-message", TextArea).text,
            items=[(item.article.id, item.questions) for item in items],
        )

    @on(Button.Pressed, "#compose-save")
    def action_save(self) -> None:
        from leeslamp.assignments import check_assignment, dump_assignment

        assignment = self.draft()
        if assignment is None:
            return
        text = dump_assignment(assignment)
        check = check_assignment(text, known_articles=self.services.context.library().ids())
        if not check.ok:  # never expected: what we write must pass what readers check
            self._say("\n".join(f.message() for f in check.errors), problem=True)
            return
        raw_path = self.query_one("#compose-path", Input).value
        if not raw_path.strip():
            self._problem("compose.need_path", "#compose-path")
            return
        path, exists = self._saver.target(raw_path, file_name_for(assignment.title))
        refusal = self.versions.refusal(assignment, path)
        if refusal is not None:
            self._say(refusal, problem=True)
            return
        if exists:
            self._problem("compose.exists", path=path)
            return
        self._say(t("compose.saving"))
        self._saver.save(
            path,
            self.versions.header() + text,
            lambda path: self._saved(path, assignment),
            lambda path, reason: self._problem("compose.not_saved", path=path, reason=reason),
        )

    def _saved(self, path: Path, assignment: Assignment) -> None:
        self.versions.saved(path, assignment)
        self._say(
            t(
                "compose.saved_one" if len(assignment.questions) == 1 else "compose.saved",
                path=path,
                questions=len(assignment.questions),
                assignment_id=assignment.id,
            )
        )

    # --- an existing file (assignment_edit.VersionEditing) ---------------------------------

    def action_open(self) -> None:
        self.versions.choose()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "new" and self.versions.opened is None:
            return False  # the form is a new assignment already
        return super().check_action(action, parameters)

    async def action_new(self) -> None:
        """After changing a file: an empty form for a new assignment, title and coach open."""
        self.versions.forget()
        for field in ("#compose-title", "#compose-coach", "#compose-deadline", "#compose-path"):
            self.query_one(field, Input).value = ""
        self.query_one("#compose-message", TextArea).text = ""
        await self.query_one("#compose-items").remove_children()
        self._set_default_path()
        self._offer_articles()
        self.show_title()
        self._say("")
        self.query_one("#compose-title", Input).focus()

    def show_title(self) -> None:
        """ "New assignment", or the name of the file being changed."""
        opened = self.versions.opened
        title = t("compose.title_change", file=opened.path.name) if opened else t("compose.title")
        self.query_one("#compose-bar", Static).update(plain(f"leeslamp · {title}"))
        self.refresh_bindings()  # ctrl+n only while a file is being changed

    def say(self, text: str, *, problem: bool = False) -> None:
        self._say(text, problem=problem)

    def set_path(self, path: Path) -> None:
        self.query_one("#compose-path", Input).value = str(path)

    async def fill_form(self, assignment: Assignment) -> None:
        """The form as `assignment` has it, in place of what was there. Text from a file:
        Input and TextArea pass a control character to the terminal as it is, so each is
        shown as a visible one (and saved so, if the coach saves)."""
        self.query_one("#compose-title", Input).value = for_terminal(assignment.title)
        self.query_one("#compose-coach", Input).value = for_terminal(assignment.coach)
        deadline = assignment.deadline.isoformat() if assignment.deadline else ""
        self.query_one("#compose-deadline", Input).value = deadline
        self.query_one("#compose-message", TextArea).text = for_terminal(assignment.message)
        items = self.query_one("#compose-items")
        await items.remove_children()
        library = self.services.context.library()
        for reading in assignment.items:
            article = library.find(reading.article)
            if article is None:  # read with the library's ids: not expected
                continue
            item = ArticleQuestions(article)
            await items.mount(item)
            item.query_one(TextArea).text = for_terminal("\n".join(reading.questions))
        self._offer_articles()

    def action_back(self) -> None:
        self.app.pop_screen()
