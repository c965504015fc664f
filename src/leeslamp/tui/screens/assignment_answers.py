"""Antwoorden maken: the answer file for your coach, shown in full before anything is written.

You choose where it goes and the name it carries; below that is exactly what will leave the
machine: the bundle's Markdown copy (and, with `v`, its JSON), made by `build_bundle` from the
assignment's answers only. Writing it (JSON + Markdown, atomic, `write_bundle`) happens only
when you confirm, in a thread worker, and writes the very document that was shown.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Input, Label, Markdown, Static

from leeslamp.core.errors import LeeslampError, os_reason
from leeslamp.core.safe_text import for_terminal
from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.plain import plain
from leeslamp.tui.saving import typed_path
from leeslamp.tui.services import AppServices
from leeslamp.tui.widgets.footer import Footer

if TYPE_CHECKING:
    from leeslamp.assignments import AssignmentStatus
    from leeslamp.journal import Entry, Journal


def default_folder() -> str:
    """Where leeslamp was started, as a folder a person reads at a glance: '~/Documenten/'.
    The home folder when that is the root (started from a launcher)."""
    here, home = Path.cwd(), Path.home()
    if here == Path(here.anchor):
        here = home
    if here == home:
        return "~/"
    if home in here.parents:
        return f"~/{here.relative_to(home)}/"
    return f"{here}/"


class AnswersScreen(LocalizedBindings, Screen[None]):
    HELP_NAME = "help.screen.answers"
    BINDINGS = localized(
        Key("escape", "back", "answers.key.back"),
        Key("ctrl+s", "write", "answers.key.write"),
        Key("ctrl+o", "toggle_json", "answers.key.json"),
        # Input and Button leave up and down alone; the preview below scrolls with them
        Key("down", "next_field", "answers.key.next", show=False),
        Key("up", "previous_field", "answers.key.previous", show=False),
    )

    def __init__(self, assignment_id: str) -> None:
        super().__init__()
        self.assignment_id = assignment_id
        self.status: AssignmentStatus | None = None
        #: the bundle as shown now; exactly this is written
        self.document: dict[str, Any] | None = None
        self.showing_json = False
        self._overwrite: Path | None = None
        #: the reader's aandacht notes on the assignment's articles; they go along only when
        #: the checkbox is ticked (off by default)
        self.notes: list[Entry] = []

    services = AppServices()

    def compose(self) -> ComposeResult:
        yield Static(id="answers-bar", classes="bar")
        yield Static(id="answers-intro", classes="quiet")
        # the name first: it is what most people type; the place has a good default
        with Horizontal(classes="field"):
            yield Label(id="answers-name-label", classes="field-label")
            yield Input(self.services.context.settings.name or "", id="answers-name", compact=True)
        with Horizontal(classes="field"):
            yield Label(id="answers-path-label", classes="field-label")
            yield Input(default_folder(), id="answers-path", compact=True)
        yield Static(id="answers-where", classes="quiet")
        yield Checkbox(id="answers-notes", value=False, compact=True)
        yield Static(id="answers-preview-head", classes="section-head")
        with VerticalScroll(id="answers-preview"):
            # per answer its date and where it was written: a text from elsewhere stands out
            yield Static(id="answers-sources", markup=False)
            yield Markdown(id="answers-markdown", open_links=False)
            yield Static(id="answers-json", markup=False)
        with Horizontal(classes="dialog-buttons"):
            yield Button(id="answers-write", variant="primary", compact=True)
            yield Button(id="answers-cancel", compact=True)
        yield Static(id="answers-status", classes="status")
        yield Footer()

    def on_mount(self) -> None:
        from leeslamp.assignments import status_of
        from leeslamp.core.settings import ensure_reader_id

        self.services.watch_language(self, self._relabel)
        self.query_one("#answers-json").display = False
        self.query_one("#answers-write", Button).disabled = True
        self._relabel()
        self.query_one("#answers-name", Input).focus()
        wanted = self.assignment_id
        context = self.services.context

        def load(journal: Journal) -> tuple[AssignmentStatus, list[Entry]]:
            from leeslamp.assignments.shared_notes import notes_to_share

            # the reader id goes into the file; made (and kept) the first time it is needed
            context.settings = ensure_reader_id(context.paths.settings, context.settings)
            for notice in context.settings.notices:  # a broken settings file set aside
                self.app.call_from_thread(self.notify, notice, severity="warning", timeout=20)
            status = status_of(journal, wanted)
            return status, notes_to_share(journal, status.assignment, context.library().find)

        self.services.journal_link.call(
            load,
            self._got_status,
            failed=lambda error: self._say(error.sentence(), problem=True),
            group="answers",
        )

    def _relabel(self, _language: str | None = None) -> None:
        title = self.status.assignment.title if self.status else ""
        self.query_one("#answers-bar", Static).update(
            plain(f"leeslamp · {t('answers.title', title=title)}")
        )
        with_notes = self.query_one("#answers-notes", Checkbox).value
        intro = t("answers.intro_notes" if with_notes else "answers.intro")
        self.query_one("#answers-intro", Static).update(intro)
        self.query_one("#answers-path-label", Label).update(t("answers.path"))
        self.query_one("#answers-name-label", Label).update(t("answers.name"))
        self.query_one("#answers-name", Input).placeholder = t("answers.name_placeholder")
        self.query_one("#answers-notes", Checkbox).label = t("answers.notes")
        self.query_one("#answers-preview-head", Static).update(t("answers.preview_head"))
        self.query_one("#answers-write", Button).label = t("answers.write")
        self.query_one("#answers-cancel", Button).label = t("answers.cancel")
        self._rebuild()  # the Markdown copy's headings are in the current language too

    # --- the document -----------------------------------------------------------------

    def _got_status(self, loaded: tuple[AssignmentStatus, list[Entry]]) -> None:
        status, self.notes = loaded
        self.status = status
        self.query_one("#answers-write", Button).disabled = False
        self._relabel()
        if status.answered == 0:
            self._say(t("answers.nothing_answered"), problem=True)

    @property
    def reader_name(self) -> str:
        return self.query_one("#answers-name", Input).value.strip()

    def _rebuild(self) -> None:
        """Make the bundle for the name typed now and show it; this is what gets written."""
        from leeslamp.assignments import build_bundle, bundle_json, bundle_markdown

        status = self.status
        if status is None:
            return
        titles = {article.id: article.title for article in self.services.context.library().articles}
        self.document = build_bundle(
            status.assignment,
            status.answers,
            reader=self.reader_name,
            reader_id=self.services.context.settings.reader_id or "",
            exported=self.services.context.current_time(),
            article_titles=titles,
            notes=self.notes if self.query_one("#answers-notes", Checkbox).value else None,
        )
        from leeslamp.assignments.places import preview_lines

        sources = preview_lines(status.answers, titles.get)
        self.query_one("#answers-sources", Static).update(plain("\n".join(sources)))
        markdown = for_terminal(bundle_markdown(self.document))
        self.query_one("#answers-markdown", Markdown).update(markdown)
        self.query_one("#answers-json", Static).update(plain(bundle_json(self.document)))
        self._show_where()

    def _targets(self) -> tuple[Path, Path] | None:
        from leeslamp.assignments import bundle_paths
        from leeslamp.assignments.bundle import names_folder

        text = self.query_one("#answers-path", Input).value
        if self.document is None or not text.strip():
            return None
        return bundle_paths(typed_path(text), self.document, folder=names_folder(text))

    def _show_where(self) -> None:
        targets = self._targets()
        where = self.query_one("#answers-where", Static)
        if targets is None:
            where.update(t("answers.need_path"))
        else:
            lines = [t("answers.where", json=targets[0], md=targets[1]), *self._destination()]
            where.update(plain("\n".join(lines)))

    def _destination(self) -> list[str]:
        """What is there already, for the preview: a file this one replaces, or why not."""
        from leeslamp.assignments.destination import check_destination

        targets = self._targets()
        if targets is None or self.document is None:
            return []
        try:
            destination = check_destination(self.document, targets[0])
        except LeeslampError as refused:
            return [refused.sentence()]
        if destination.replaces is None:
            return []
        return [t("bundle.replaces", made=destination.replaces)]

    @on(Input.Changed, "#answers-name")
    def _name_changed(self) -> None:
        self._overwrite = None
        self._rebuild()

    @on(Checkbox.Changed, "#answers-notes")
    def _notes_changed(self) -> None:
        self._overwrite = None
        self._relabel()  # the intro says what goes along; the preview is made again too

    @on(Input.Changed, "#answers-path")
    def _path_changed(self) -> None:
        self._overwrite = None
        self._show_where()

    # --- writing ----------------------------------------------------------------------

    def _say(self, text: str, *, problem: bool = False) -> None:
        status = self.query_one("#answers-status", Static)
        status.update(plain(text))
        status.set_class(problem, "-problem")

    @on(Input.Submitted)
    @on(Button.Pressed, "#answers-write")
    def action_write(self) -> None:
        targets = self._targets()
        if self.document is None:
            return
        if targets is None:
            self._say(t("answers.need_path"), problem=True)
            self.query_one("#answers-path", Input).focus()
            return
        from leeslamp.assignments.destination import check_destination

        json_path, _md_path = targets
        try:  # someone else's file, or newer words, are never written over
            destination = check_destination(self.document, json_path)
        except LeeslampError as refused:
            self._overwrite = None
            self._say(refused.sentence(), problem=True)
            return
        if destination.replaces is not None and json_path != self._overwrite:
            self._overwrite = json_path
            replaces = t("bundle.replaces", made=destination.replaces)
            self._say(f"{replaces} {t('answers.exists_again')}", problem=True)
            return
        self._say(t("answers.writing"))
        self._write(self.document, json_path, self.reader_name)

    @work(thread=True, exclusive=True, group="answers-write", exit_on_error=False)
    def _write(self, document: dict[str, Any], json_path: Path, name: str) -> None:
        from leeslamp.assignments.destination import write_checked
        from leeslamp.core import settings as settings_module

        try:
            written = write_checked(document, json_path)
        except LeeslampError as refused:  # another file turned up there meanwhile
            self.app.call_from_thread(self._say, refused.sentence(), problem=True)
            return
        except OSError as exc:
            reason = os_reason(exc)
            self.app.call_from_thread(
                self._say, t("answers.not_written", path=json_path, reason=reason), problem=True
            )
            return
        context = self.services.context
        remembered = False
        if name and name != (context.settings.name or ""):
            # The name is asked again next time, prefilled: remember what was typed.
            chosen = dataclasses.replace(context.settings, name=name)
            try:
                context.settings = settings_module.save(context.paths.settings, chosen)
                remembered = True
            except (OSError, LeeslampError):
                pass  # the bundle is written; a name not remembered is only retyped next time
            for notice in context.settings.notices:  # a broken settings file set aside
                self.app.call_from_thread(self.notify, notice, severity="warning", timeout=20)
        self.app.call_from_thread(self._written, *written, remembered)

    def _written(self, json_path: Path, md_path: Path, remembered: bool) -> None:
        self._overwrite = json_path
        lines = [t("bundle.written", json=json_path, md=md_path)]
        if remembered:
            lines.append(t("answers.name_remembered"))
        if not self.reader_name:
            lines.append(t("answers.hint_name"))
        from leeslamp.journal.crypt import is_locked

        if is_locked(self.services.context.paths.data_dir):  # the answers left plain, as asked
            lines.append(t("lock.export_plain"))
        self._say("\n".join(lines))

    # --- other keys ---------------------------------------------------------------------

    def action_next_field(self) -> None:
        self.focus_next()

    def action_previous_field(self) -> None:
        self.focus_previous()

    def action_toggle_json(self) -> None:
        self.showing_json = not self.showing_json
        self.query_one("#answers-json").display = self.showing_json
        self.query_one("#answers-markdown").display = not self.showing_json

    @on(Button.Pressed, "#answers-cancel")
    def action_back(self) -> None:
        self.app.pop_screen()
