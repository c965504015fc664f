"""The coach's overview: the answer bundles of a group, as a table of readers × questions.

The coach names a folder (every .json in it) or some files. The bundles are read off the UI
thread (`build_overview`); files that cannot be used are listed with the reason, the rest is
still shown. Moving over the table shows that reader's answer to that question; `r` opens the
report with every answer per question side by side (`overview_markdown`), which can be saved.
"""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Input, Label, Static

from leeslamp.assignments.words import counted
from leeslamp.core.safe_text import for_terminal
from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.plain import plain, plain_styled
from leeslamp.tui.saving import PathSaver
from leeslamp.tui.services import AppServices
from leeslamp.tui.typed_paths import typed_paths
from leeslamp.tui.widgets.footer import Footer

if TYPE_CHECKING:
    from leeslamp.assignments import Overview


def bundle_files(text: str) -> tuple[list[Path], list[str]]:
    """The files a coach typed: a folder means every .json file in it (the Markdown copies are
    for people). Several paths are separated by spaces; a path may hold spaces itself
    (`typed_paths`). Returns the files and a sentence for each path that is neither a file nor a
    folder."""
    typed, missing = typed_paths(text)
    files: list[Path] = []
    problems = [t("overview.screen.not_found", path=path) for path in missing]
    for path in typed:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() == ".json")
            if not found:
                problems.append(t("overview.screen.empty_folder", path=path))
            files.extend(found)
        else:
            files.append(path)
    return files, problems


class OverviewScreen(LocalizedBindings, Screen[None]):
    HELP_NAME = "help.screen.overview"
    BINDINGS = localized(
        Key("escape", "back", "overview.screen.key.back"),
        Key("ctrl+o,f", "choose_files", "overview.screen.key.files"),
        Key("r", "report", "overview.screen.key.report"),
        Key("k", "map", "overview.screen.key.map"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.overview: Overview | None = None
        self._problems: list[str] = []

    services = AppServices()

    def compose(self) -> ComposeResult:
        yield Static(id="overview-bar", classes="bar")
        with VerticalScroll(id="overview-body"):
            yield Static(id="overview-intro", classes="quiet")
            with Horizontal(classes="field"):
                yield Label(id="overview-paths-label", classes="field-label")
                yield Input(id="overview-paths", compact=True)
            yield Static(id="overview-head")
            yield DataTable(id="overview-table", zebra_stripes=True)
            yield Static(id="overview-cell")
            yield Static(id="overview-skipped")
        yield Footer()

    def on_mount(self) -> None:
        self.services.watch_language(self, self._relabel)
        self.query_one("#overview-table").display = False
        self._relabel()
        self.query_one("#overview-paths", Input).focus()

    def _relabel(self, _language: str | None = None) -> None:
        self.query_one("#overview-bar", Static).update(f"leeslamp · {t('overview.screen.title')}")
        self.query_one("#overview-intro", Static).update(t("overview.screen.intro"))
        self.query_one("#overview-paths-label", Label).update(t("overview.screen.paths"))
        self.query_one("#overview-paths", Input).placeholder = t("overview.screen.placeholder")
        self._show()

    # --- reading the bundles ----------------------------------------------------------

    @on(Input.Submitted, "#overview-paths")
    def _paths_given(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            self._say(t("overview.screen.need_paths"))
            return
        self._say(t("overview.screen.reading"))
        self._read(event.value)

    @work(thread=True, exclusive=True, group="overview", exit_on_error=False)
    def _read(self, text: str) -> None:
        from leeslamp.assignments import build_overview
        from leeslamp.assignments.dialogue import with_dialogue

        files, problems = bundle_files(text)
        overview = with_dialogue(build_overview(files), self.services.context.library().find)
        self.app.call_from_thread(self._loaded, overview, problems)

    def _loaded(self, overview: Overview, problems: list[str]) -> None:
        self.overview = overview
        self._problems = problems
        self._show()
        table = self.query_one("#overview-table", DataTable)
        if table.display:
            table.focus()

    def _say(self, text: str) -> None:
        self.query_one("#overview-head", Static).update(plain(text))

    # --- what is shown ----------------------------------------------------------------

    def _show(self) -> None:
        from leeslamp.assignments.overview import overview_notes, reader_label

        overview = self.overview
        table = self.query_one("#overview-table", DataTable)
        table.display = overview is not None and overview.assignment is not None
        self.query_one("#overview-cell", Static).update("")
        self._show_skipped()
        if overview is None:
            self._say("")
            return
        assignment = overview.assignment
        if assignment is None:
            self._say(t("overview.screen.nothing"))
            return
        readers = counted("overview.screen.reader_count", len(overview.readers))
        head = [
            plain_styled(assignment.title, "bold"),
            plain(
                t("overview.screen.readers", readers=readers, coach=assignment.coach)
                if assignment.coach
                else t("overview.screen.readers_no_coach", readers=readers)
            ),
            # the edited files are marked in the table, row by row: a group's list is long
            *(plain(line) for line in overview_notes(overview, edited=False)),
        ]
        self.query_one("#overview-head", Static).update(Content("\n").join(head))
        table.clear(columns=True)
        numbers = [question.number for question in overview.questions]
        table.add_column(t("overview.reader"), key="reader")
        for number in numbers:
            table.add_column(str(number), key=str(number))
        table.add_column(t("overview.answered"), key="answered")
        for index, bundle in enumerate(overview.readers):
            marks = [
                t("overview.yes") if overview.answer(bundle, n) else t("overview.screen.no")
                for n in numbers
            ]
            done = f"{bundle.answered}/{len(bundle.answers)}"
            label = for_terminal(reader_label(overview, bundle))
            # a Text, not a str: DataTable parses a str cell as markup
            table.add_row(Text(label), *marks, done, key=str(index))

    def _show_skipped(self) -> None:
        overview = self.overview
        skipped = self.query_one("#overview-skipped", Static)
        lines = [plain_styled(problem, "$text-warning") for problem in self._problems]
        if overview is not None and overview.skipped:
            lines.append(Content.styled(t("overview.screen.skipped_head"), "bold"))
            lines.extend(
                plain(t("overview.screen.skipped", file=s.source.name, reason=s.reason()))
                for s in overview.skipped
            )
        skipped.update(Content("\n").join(lines))
        skipped.display = bool(lines)

    @on(DataTable.CellHighlighted, "#overview-table")
    def _cell_chosen(self, event: DataTable.CellHighlighted) -> None:
        """Under the table: the question of this column, and this reader's answer to it."""
        from leeslamp.assignments.overview import reader_label

        overview = self.overview
        if overview is None or overview.assignment is None:
            return
        row, column = event.coordinate
        question = overview.question(column)  # column 0 is the reader's name
        cell = self.query_one("#overview-cell", Static)
        if question is None or row >= len(overview.readers):
            cell.update("")
            return
        bundle = overview.readers[row]
        title = overview.article_title(question.article)
        if title == question.article:  # the bundles name no title: the coach's library may
            found = self.services.context.library().find(question.article)
            title = found.title if found else title
        answer = overview.answer(bundle, question.number)
        only, asked = overview.only_in(question.number), overview.asked_as(bundle, question.number)
        lines = [
            plain_styled(
                t("overview.screen.question", number=question.number, article=title), "bold"
            ),
            plain(question.text),
            *([plain_styled(only, "italic")] if only else []),
            plain_styled(reader_label(overview, bundle), "$text-accent"),
            *([plain_styled(asked, "italic")] if asked else []),
            plain(answer) if answer else Content.styled(t("bundle.md_unanswered"), "italic"),
        ]
        cell.update(Content("\n").join(lines))

    # --- actions --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("report", "map") and (
            self.overview is None or self.overview.assignment is None
        ):
            return False
        return super().check_action(action, parameters)

    def action_choose_files(self) -> None:
        """The file picker, from the folder typed (or where leeslamp runs)."""
        from leeslamp.tui.screens.file_picker import FilePicker

        typed, _missing = typed_paths(self.query_one("#overview-paths", Input).value)
        picker = FilePicker(
            typed[0] if typed else Path.cwd(),
            suffixes=(".json",),
            many=True,
            title=t("overview.screen.picker_title"),
            intro=t("overview.screen.picker_intro"),
        )
        self.app.push_screen(picker, self._files_chosen)

    def _files_chosen(self, paths: list[Path] | None) -> None:
        """Read what was chosen, and show it in the field as a line that reads the same again."""
        field = self.query_one("#overview-paths", Input)
        field.focus()
        if not paths:
            return
        field.value = shlex.join(str(path) for path in paths)
        self._say(t("overview.screen.reading"))
        self._read(field.value)

    def action_report(self) -> None:
        from leeslamp.assignments import overview_markdown

        overview = self.overview
        if overview is None or overview.assignment is None:
            return
        from leeslamp.assignments.report_html import report_title

        name = f"overzicht-{overview.assignment.id}.md"
        markdown = overview_markdown(overview)
        self.app.push_screen(
            ReportScreen(markdown, Path.cwd() / name, title=report_title(overview))
        )

    def action_map(self) -> None:
        from leeslamp.tui.screens.dialogue_map import DialogueMapScreen

        if self.overview is not None and self.overview.assignment is not None:
            self.app.push_screen(DialogueMapScreen(self.overview))

    def action_back(self) -> None:
        self.app.pop_screen()


class ReportScreen(LocalizedBindings, Screen[None]):
    """The overview's Markdown report, to read and to save."""

    HELP_NAME = "help.screen.report"
    BINDINGS = localized(
        Key("escape", "back", "overview.screen.key.back"),
        Key("s", "save", "overview.screen.key.save"),
    )

    services = AppServices()

    def __init__(self, markdown: str, default_path: Path, *, title: str = "") -> None:
        super().__init__()
        self.markdown = markdown
        self.default_path = default_path
        self.title_text = title  # the page's title, when saved as .html
        self._saver = PathSaver(self, "report-save")

    def compose(self) -> ComposeResult:
        from textual.widgets import Markdown

        yield Static(id="report-bar", classes="bar")
        with VerticalScroll(id="report-page"):
            yield Markdown(for_terminal(self.markdown), id="report", open_links=False)
        with Horizontal(id="report-save", classes="field"):
            yield Label(id="report-path-label", classes="field-label")
            yield Input(str(self.default_path), id="report-path", compact=True)
        yield Static(id="report-status", classes="status")
        yield Footer()

    def on_mount(self) -> None:
        self.services.watch_language(self, self._relabel)
        self._relabel()
        self.query_one("#report-page").focus()

    def _relabel(self, _language: str | None = None) -> None:
        self.query_one("#report-bar", Static).update(f"leeslamp · {t('overview.screen.report')}")
        self.query_one("#report-path-label", Label).update(t("overview.screen.save_as"))

    def _say(self, text: str, *, problem: bool = False) -> None:
        status = self.query_one("#report-status", Static)
        status.update(plain(text))
        status.set_class(problem, "-problem")

    def action_save(self) -> None:
        self.query_one("#report-path", Input).focus()
        self._say(f"{t('overview.screen.save_hint')} {t('overview.screen.save_html')}")

    @on(Input.Changed, "#report-path")
    def _path_changed(self) -> None:
        self._saver.forget()

    @on(Input.Submitted, "#report-path")
    def _save(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            return
        path, exists = self._saver.target(event.value, self.default_path.name)
        if exists:
            self._say(t("compose.exists", path=path), problem=True)
            return
        self._saver.save(path, self._text_for(path), self._saved, self._not_saved)

    def _text_for(self, path: Path) -> str:
        """The Markdown report, or for a name ending in .html the page to print made of it."""
        from leeslamp.assignments.report_html import HTML, REPORT_KINDS, markdown_page

        if REPORT_KINDS.get(path.suffix.lower()) == HTML:
            return markdown_page(self.markdown, self.title_text)
        return self.markdown

    def _not_saved(self, path: Path, reason: str) -> None:
        self._say(t("compose.not_saved", path=path, reason=reason), problem=True)

    def _saved(self, path: Path) -> None:
        self._say(t("overview.screen.saved", path=path))
        self.query_one("#report-page").focus()

    def action_back(self) -> None:
        self.app.pop_screen()
