"""Deleting and restoring entries from the UI: ask first, move to the trash, undo the last one.

Shared by the Schrijfblok, the Dagboek and an opened entry. The journal calls run in thread
workers (through the JournalLink); a read-only journal refuses with a sentence before asking,
and a failed delete or restore becomes a sentence too. Nothing is lost either way: a failed
delete leaves the entry (and its editor) as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from leeslamp.core.errors import LeeslampError
from leeslamp.i18n import t
from leeslamp.tui.services import services_of

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from leeslamp.journal import Entry, Journal
    from leeslamp.tui.widgets.entry_editor import EntryEditor


def journal_is_read_only(node: DOMNode) -> bool:
    journal = services_of(node).journal_link.journal
    return journal is not None and journal.read_only


class Deleter:
    """Deletes entries for one screen or panel, and remembers the last one for undo (`u`)."""

    def __init__(self, node: DOMNode) -> None:
        self.node = node
        self.last_deleted: str | None = None

    def refuse_if_read_only(self) -> bool:
        if journal_is_read_only(self.node):
            self.node.app.notify(t("journal.read_only_refused"), severity="warning", timeout=8)
            return True
        return False

    def ask(
        self,
        entry_id: str,
        deleted: Callable[[Entry], None],
        *,
        editor: EntryEditor | None = None,
        what: str | None = None,
    ) -> None:
        """Ask 'Weggooien?' (naming `what`, see `describe_entry`); on yes, move the entry to the trash and call `deleted(entry)`.

        With `editor` (the entry open in an EntryEditor), its unsaved text is written first,
        so the trash holds the newest words, and the editor stops saving."""
        from leeslamp.tui.screens.choice import trash_choice

        if self.refuse_if_read_only():
            return

        def job(journal: Journal) -> Entry:
            if editor is not None:
                return editor.delete_entry(journal)
            return journal.delete_entry(entry_id)

        def done(entry: Entry) -> None:
            self.last_deleted = entry.id
            self.node.app.notify(t("journal.deleted"), timeout=8)
            deleted(entry)

        def failed(error: LeeslampError) -> None:
            self.node.app.notify(
                t("journal.delete_failed", reason=error.sentence()), severity="error", timeout=12
            )

        def answered(yes: bool | None) -> None:
            if yes:
                services_of(self.node).journal_link.call(
                    job, done, failed=failed, group="journal-write"
                )

        sentence = t("journal.confirm.text")
        if what is not None:
            sentence = f"{what}\n\n{sentence}"
        dialog = trash_choice(t("journal.confirm.title"), sentence)
        self.node.app.push_screen(dialog, answered)

    def undo(self, restored: Callable[[Entry], None]) -> None:
        """Bring the last deleted entry back from the trash."""
        if self.last_deleted is None:
            self.node.app.notify(t("journal.nothing_to_undo"))
            return
        entry_id = self.last_deleted

        def done(entry: Entry) -> None:
            if self.last_deleted == entry_id:
                self.last_deleted = None
            restored(entry)

        restore(self.node, entry_id, done)


def restore(node: DOMNode, entry_id: str, restored: Callable[[Entry], None]) -> None:
    """Take an entry out of the trash (in a worker); then `restored(entry)` and a notice."""
    app = node.app
    if journal_is_read_only(node):
        app.notify(t("journal.read_only_refused"), severity="warning", timeout=8)
        return

    def done(entry: Entry) -> None:
        app.notify(t("journal.restored"))
        restored(entry)

    def failed(error: LeeslampError) -> None:
        app.notify(
            t("journal.restore_failed", reason=error.sentence()), severity="error", timeout=12
        )

    services_of(node).journal_link.call(
        lambda journal: journal.restore_entry(entry_id), done, failed=failed, group="journal-write"
    )


def describe_entry(kind: str, created: str, text: str) -> str:
    """What the delete question names: kind, date and first words."""
    from leeslamp.tui.entry_labels import first_line, kind_label, moment

    return t(
        "journal.confirm.what",
        kind=kind_label(kind)[:1].upper() + kind_label(kind)[1:],
        moment=moment(created),
        words=first_line(text, 48),
    )
