"""Versies: every version of one text, what changed between two of them, and restoring one
(issue 16 §1). Opened with Ctrl+L from any editor (`open_history`).

The list is newest first, the text as it is now on top, as in the Dagboek: a reader looks back
from what they have now, and the version they most often want is the one just before it, which
is where the cursor starts. The version under the cursor is compared with the text of now (or,
for the text of now itself, with the version before it); `v` makes the version under the cursor
the one to compare with instead, so any two can be compared. The comparison always reads from
the older to the newer: struck through what went, underlined what came (`tui.word_marks`).

`r` restores the version under the cursor, after asking: `Journal.restore_version` adds it as a
new version, so the text of now is kept too and nothing is destroyed. It names the revision the
list was read at, so a text changed elsewhere meanwhile is never overwritten: the list is read
again instead. Back in the editor, the editor shows the restored text (it follows every change
to its entry), and it had saved its own words before this screen opened (`save_then`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from leeslamp.core.errors import LeeslampError, StaleWrite
from leeslamp.i18n import t, tn
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.entry_labels import kind_label, short_moment
from leeslamp.tui.plain import plain
from leeslamp.tui.services import AppServices
from leeslamp.tui.widgets.footer import Footer
from leeslamp.tui.word_marks import marked

if TYPE_CHECKING:
    from leeslamp.core.word_diff import Piece
    from leeslamp.journal import Entry, Journal
    from leeslamp.journal.models import Version
    from leeslamp.tui.widgets.entry_editor import EntryEditor

MUTED = "$text-muted"


@dataclass(frozen=True)
class History:
    """An entry as it is now and all its versions, oldest first (the last is `entry.text`)."""

    entry: Entry
    versions: list[Version]


def load_history(entry_id: str, journal: Journal) -> History | None:
    """In a thread: the entry and its versions, read at one revision (None: it is gone)."""
    history = None
    for _ in range(3):  # a save between the two reads: read again, so the two belong together
        entry = journal.get_entry(entry_id)
        if entry is None:
            return None
        history = History(entry, journal.versions(entry_id))
        again = journal.get_entry(entry_id)
        if again is not None and again.rev == entry.rev:
            break
    return history


def open_history(editor: EntryEditor) -> None:
    """Ctrl+L in `editor`: save what it holds, then show the versions of its text, or say in
    a sentence why there are none to show (which the next Esc closes: `EditorNote`)."""
    link = editor.services.journal_link

    def shown(history: History | None) -> None:
        app = editor.app
        if isinstance(app.screen, HistoryScreen):  # Ctrl+L twice in a row
            return
        if history is None:
            editor.tell(t("versions.gone"), severity="warning")
        elif len(history.versions) < 2:
            editor.tell(t("versions.only_one"), timeout=10)
        else:
            app.push_screen(HistoryScreen(history))

    def saved(entry_id: str | None) -> None:
        if entry_id is None:
            editor.tell(t("versions.not_saved"))
            return
        link.call(partial(load_history, entry_id), shown, group="journal-read")

    editor.save_then(saved)


def saved_label(version: Version) -> str:
    return t("versions.now") if version.current else short_moment(version.saved)


class HistoryScreen(LocalizedBindings, Screen[None]):
    HELP_NAME = "versions.help_name"
    BINDINGS = localized(
        Key("escape", "back", "versions.key.close"),
        Key("v", "compare", "versions.key.compare"),
        Key("r", "restore", "versions.key.restore"),
    )

    def __init__(self, history: History) -> None:
        super().__init__()
        self.history = history
        #: the number of the version `v` chose to compare with (None: the text of now)
        self.compared: int | None = None
        #: the pair of version numbers compared now, and the comparisons made so far
        self._wanted: tuple[int, int] | None = None
        self._diffs: dict[tuple[int, int], list[Piece]] = {}
        #: a restore is on its way: `r` waits for it
        self._restoring = False

    services = AppServices()

    @property
    def version_list(self) -> OptionList:
        return self.query_one("#history-list", OptionList)

    def compose(self) -> ComposeResult:
        yield Static(id="history-bar", classes="bar")
        with Horizontal(id="history-body"):
            yield OptionList(id="history-list")
            with VerticalScroll(id="history-compare"):
                yield Static(id="history-head")
                yield Static(id="history-counts")
                yield Static(id="history-diff")
        yield Footer()

    def on_mount(self) -> None:
        self.services.watch_language(self, self._relabel)
        self._fill(highlight=len(self.history.versions) - 1)
        self.version_list.focus()

    # --- what is shown -------------------------------------------------------------------

    def _relabel(self, _language: str | None = None) -> None:
        self._fill(highlight=self.chosen.number if self.chosen else None)

    def _fill(self, highlight: int | None) -> None:
        """The bar and the list (newest first), the cursor on version `highlight`."""
        entry, found = self.history.entry, self.history.versions
        bar = f"leeslamp · {t('versions.title')} · {kind_label(entry.kind)}"
        bar += f" · {tn('versions.count', len(found))}"
        self.query_one("#history-bar", Static).update(bar)
        options = self.version_list
        options.clear_options()
        options.add_options([self._option(version) for version in reversed(found)])
        if highlight is not None:
            options.highlighted = len(found) - highlight
        self._compare()

    def _option(self, version: Version) -> Option:
        key = "versions.item_now" if version.current else "versions.item"
        lines = [
            Content.styled(t(key, number=version.number), "bold"),
            Content.styled(short_moment(version.saved), MUTED),
        ]
        if version.number == self.compared:
            lines.append(Content.styled(t("versions.item_compared"), "$text-accent"))
        return Option(Content("\n").join(lines), id=str(version.number))

    @property
    def chosen(self) -> Version | None:
        """The version under the cursor."""
        index = self.version_list.highlighted
        found = self.history.versions
        return found[len(found) - 1 - index] if index is not None else None

    def pair(self) -> tuple[Version, Version] | None:
        """The two versions compared now, the older first."""
        chosen = self.chosen
        found = self.history.versions
        if chosen is None or len(found) < 2:  # read again after a change elsewhere: one left
            return None
        if self.compared is not None and self.compared != chosen.number:
            other = found[self.compared - 1]
        elif not chosen.current:
            other = found[-1]
        else:
            other = found[-2]
        return (chosen, other) if chosen.number < other.number else (other, chosen)

    @on(OptionList.OptionHighlighted, "#history-list")
    def _highlighted(self) -> None:
        self._compare()

    def _compare(self) -> None:
        """What changed from the older of the two versions to the newer, word by word. The
        words are compared in a thread: ~140 ms for a text of 3000 words, too long to hold up
        the arrow keys. Each pair is compared once per list."""
        pair = self.pair()
        head = self.query_one("#history-head", Static)
        if pair is None:
            self._wanted = None
            head.update("")
            self._show_diff(None)
            return
        old, new = pair
        head.update(
            Content.styled(
                t(
                    "versions.compare_head",
                    old=old.number,
                    old_saved=saved_label(old),
                    new=new.number,
                    new_saved=saved_label(new),
                ),
                "bold $text-accent",
            )
        )
        self._wanted = (old.number, new.number)
        if self._wanted in self._diffs:
            self._show_diff(self._diffs[self._wanted])
            return
        self._show_diff(None)  # never the last pair's words under this pair's head
        self.run_worker(
            partial(self._diff, old, new),
            thread=True,
            exclusive=True,
            group="history-diff",
            exit_on_error=False,
        )

    def _diff(self, old: Version, new: Version) -> None:
        """In a thread: compare, then show it if that pair is still the one wanted."""
        from leeslamp.core.word_diff import word_diff

        pieces = word_diff(old.text, new.text)
        self.app.call_from_thread(self._diffed, (old.number, new.number), pieces)

    def _diffed(self, pair: tuple[int, int], pieces: list[Piece]) -> None:
        self._diffs[pair] = pieces
        if pair == self._wanted and self.is_attached:
            self._show_diff(pieces)

    def _show_diff(self, pieces: list[Piece] | None) -> None:
        """The counts, the legend and both texts in one, marked (None: nothing yet)."""
        from leeslamp.core.word_diff import changed_words

        counts = self.query_one("#history-counts", Static)
        diff = self.query_one("#history-diff", Static)
        if pieces is None:
            counts.update("")
            diff.update("")
            return
        added, removed = changed_words(pieces)
        if not added and not removed:
            counts.update(Content.styled(t("versions.same"), MUTED))
        else:
            said = f"{tn('today.again_added', added)} · {tn('today.again_removed', removed)}"
            said += f"\n{t('today.again_legend')}"
            counts.update(Content.styled(said, MUTED))
        words = any(piece.text.strip() for piece in pieces)
        diff.update(marked(pieces) if words else plain(t("journal.empty_text")))

    # --- keys ----------------------------------------------------------------------------

    def action_back(self) -> None:
        self.app.pop_screen()

    def action_compare(self) -> None:
        """`v`: compare with the version under the cursor (again: with the text of now)."""
        chosen = self.chosen
        if chosen is None:
            return
        if self.compared == chosen.number or chosen.current:
            self.compared = None
            self.notify(t("versions.compare_default"))
        else:
            self.compared = chosen.number
            self.notify(t("versions.compare_with", number=chosen.number))
        self._fill(highlight=chosen.number)

    def action_restore(self) -> None:
        """`r`: ask, then make the version under the cursor the text again."""
        from leeslamp.tui.deleting import journal_is_read_only
        from leeslamp.tui.screens.choice import ChoiceScreen
        from leeslamp.tui.screens.choice import Option as Answer

        chosen = self.chosen
        if chosen is None or self._restoring:
            return
        if chosen.current:
            self.notify(t("versions.is_current"))
            return
        if journal_is_read_only(self):
            self.notify(t("journal.read_only_refused"), severity="warning", timeout=8)
            return
        kept = len(self.history.versions)
        dialog = ChoiceScreen(
            t("versions.confirm_title", number=chosen.number),
            t(
                "versions.confirm_sentence",
                number=chosen.number,
                saved=short_moment(chosen.saved),
                kept=kept,
            ),
            Answer("j,y", "versions.confirm_yes", "restore", "primary"),
            Answer("escape,n", "versions.confirm_no", "cancel"),
            dialog_id="confirm-restore",
        )
        self.app.push_screen(dialog, partial(self._answered, chosen.number))

    def _answered(self, number: int, yes: bool | None) -> None:
        if not yes or self._restoring:
            return
        self._restoring = True
        entry = self.history.entry
        kept = len(self.history.versions)

        def restore(journal: Journal) -> Entry:
            return journal.restore_version(entry.id, number, expected=entry.rev)

        def restored(_entry: Entry) -> None:
            self._restoring = False
            self.notify(t("versions.restored", number=number, kept=kept), timeout=10)
            if self.is_current:
                self.app.pop_screen()

        self.services.journal_link.call(
            restore, restored, failed=self._not_restored, group="journal-write"
        )

    def _not_restored(self, error: LeeslampError) -> None:
        self._restoring = False
        if not isinstance(error, StaleWrite):
            self.notify(error.sentence(), severity="error", timeout=12)
            return
        # changed elsewhere after the list was read: read it again, nothing was written
        self.notify(t("versions.changed_meanwhile"), severity="warning", timeout=10)
        self.services.journal_link.call(
            partial(load_history, error.entry.id), self._reloaded, group="journal-read"
        )

    def _reloaded(self, history: History | None) -> None:
        if not self.is_attached:  # closed meanwhile
            return
        if history is None:
            self.notify(t("versions.gone"), severity="warning")
            if self.is_current:
                self.app.pop_screen()
            return
        chosen = self.chosen
        self.history = history
        self.compared = None
        self._diffs = {}  # the numbers may stand for other texts now
        number = chosen.number if chosen is not None else len(history.versions)
        self._fill(highlight=min(number, len(history.versions)))
