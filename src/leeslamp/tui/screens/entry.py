"""One entry from the Dagboek, to read or edit: what it is about, then its text in an editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Static

from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.deleting import Deleter, describe_entry
from leeslamp.tui.entry_labels import article_label, kind_label, moment
from leeslamp.tui.plain import plain, plain_styled
from leeslamp.tui.services import AppServices
from leeslamp.tui.widgets.entry_editor import EntryEditor
from leeslamp.tui.widgets.footer import Footer

if TYPE_CHECKING:
    from leeslamp.journal import Entry


class EntryScreen(LocalizedBindings, Screen[None]):
    HELP_NAME = "journal.help_name"
    BINDINGS = localized(Key("escape", "back", "journal.key.back"))

    def __init__(self, entry_id: str, deleter: Deleter | None = None) -> None:
        super().__init__()
        self.entry_id = entry_id
        self.entry: Entry | None = None
        self.editor: EntryEditor | None = None
        self.loaded = False
        #: the Dagboek's, so its `u` brings back what is deleted here
        self.deleter = deleter or Deleter(self)

    services = AppServices()

    def compose(self) -> ComposeResult:
        yield Static(id="entry-bar", classes="bar")
        yield Static(id="entry-head")
        with VerticalScroll(id="entry-body"):
            yield Button("", id="entry-delete", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.services.watch_language(self, self._relabel)
        self.query_one("#entry-delete", Button).display = False
        self._relabel()
        entry_id = self.entry_id
        link = self.services.journal_link
        link.call(lambda journal: journal.get_entry(entry_id), self._show)
        # changed elsewhere (a version restored, say): the head says when, as after a save
        link.entry_changed.subscribe(self, self._changed)

    def _show(self, entry: Entry | None) -> None:
        self.entry = entry
        self.loaded = True
        self._relabel()
        if entry is None:
            return
        self.editor = EntryEditor(entry.kind, entry=entry)
        self.query_one("#entry-body").mount(self.editor, before="#entry-delete")
        self.query_one("#entry-delete", Button).display = True
        self.call_after_refresh(self.editor.focus_text)

    def _relabel(self, _language: str | None = None) -> None:
        entry = self.entry
        bar = f"leeslamp · {t('journal.title')}"
        if entry is not None:
            bar += f"  ·  {kind_label(entry.kind)}"
        self.query_one("#entry-bar", Static).update(bar)
        self.query_one("#entry-delete", Button).label = t("notepad.delete")
        head = self.query_one("#entry-head", Static)
        if entry is None:
            head.update(t("journal.entry.gone") if self.loaded else t("notepad.loading"))
            return
        head.update(self.describe(entry))

    def describe(self, entry: Entry) -> Content:
        """The article, the moment, and the question or passage the entry answers."""

        def title_of(article_id: str) -> str | None:
            article = self.services.context.library().find(article_id)
            return article.title if article else None

        lines = [plain_styled(article_label(entry.article, title_of), "bold $text-accent")]
        when = moment(entry.created)
        if entry.updated != entry.created:
            when += "  ·  " + t("journal.entry.edited", moment=moment(entry.updated))
        lines.append(Content.styled(when, "$text-muted"))
        if entry.assignment and entry.assignment.get("prompt"):
            lines.append(plain(t("journal.entry.assignment", text=entry.assignment["prompt"])))
        elif entry.prompt and entry.prompt.get("text"):
            lines.append(plain(t("journal.entry.question", text=entry.prompt["text"])))
        if entry.kind == "voornemen":  # how it went, once said on Vandaag the next morning
            from leeslamp.daily.intentions import OUTCOME_LABELS, outcome_of

            outcome = outcome_of(entry)
            if outcome is not None:
                said = t("intention.outcome_line", outcome=t(OUTCOME_LABELS[outcome]))
                lines.append(Content.styled(said, "$text-muted"))
        if entry.anchor and entry.anchor.get("quote"):
            quote = " ".join(str(entry.anchor["quote"]).split())
            lines.append(plain_styled(t("journal.entry.quote", quote=quote), "italic"))
        return Content("\n").join(lines)

    @on(Button.Pressed, "#entry-delete")
    def _delete(self, event: Button.Pressed) -> None:
        event.stop()
        if self.entry is not None:
            entry = self.entry
            what = describe_entry(entry.kind, entry.created, entry.text)
            self.deleter.ask(entry.id, self._deleted, editor=self.editor, what=what)

    def on_entry_editor_saved(self, message: EntryEditor.Saved) -> None:
        """Saved: the head's "bewerkt …" says when, now."""
        if message.entry.id == self.entry_id:
            self.entry = message.entry
            self._relabel()

    def _changed(self, entry: Entry) -> None:
        if entry.id == self.entry_id and self.entry is not None and self.is_attached:
            self.entry = entry
            self._relabel()

    def _deleted(self, _entry: Entry) -> None:
        if self.is_current:
            self.app.pop_screen()

    def action_back(self) -> None:
        self.app.pop_screen()
