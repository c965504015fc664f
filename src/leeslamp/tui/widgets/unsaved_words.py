"""Words the reader typed that could not be saved because the text had changed elsewhere.

A save is made from a revision of the text; when the journal holds a newer one, the editor
shows the newer text and keeps the reader's unsaved words beside it (`UnsavedNote`), until the
reader appends them, puts their own version back, or lets them go. Never silently.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from leeslamp.i18n import t


def _is_word(char: str) -> bool:
    return char.isalnum()


def added_words(base: str, mine: str) -> str:
    """What the reader typed into `base` to make `mine`: `mine` without what it shares with
    `base` at its start and its end, widened to whole words. When nothing was added (words
    deleted only), all of `mine`, so what the reader had is never lost from view."""
    start = 0
    limit = min(len(base), len(mine))
    while start < limit and base[start] == mine[start]:
        start += 1
    end = 0
    while end < limit - start and base[-1 - end] == mine[-1 - end]:
        end += 1
    stop = len(mine) - end
    while 0 < start < len(mine) and _is_word(mine[start - 1]) and _is_word(mine[start]):
        start -= 1
    while 0 < stop < len(mine) and _is_word(mine[stop - 1]) and _is_word(mine[stop]):
        stop += 1
    added = mine[start:stop]
    return added if added.strip() else mine


def append_words(text: str, words: str) -> str:
    """`words` after `text`, with a space between when neither side brings one."""
    if not text.strip():
        return words.strip()
    if text[-1:].isspace() or words[:1].isspace():
        return text + words
    return f"{text} {words}"


class UnsavedNote(Static):
    """'Je had dit nog niet bewaard: …' under the text, and the keys that settle it."""

    DEFAULT_CSS = """
    UnsavedNote { height: auto; padding: 0 1; border-left: thick $warning; color: $text; }
    """

    def __init__(self) -> None:
        super().__init__("", classes="unsaved-note")
        self.words = ""

    def show_words(self, words: str) -> None:
        self.words = words
        self.relabel()
        self.display = True

    def relabel(self) -> None:
        # the reader's own words: plain text, never markup
        self.update(
            Content(t("editor.not_saved_words", words=self.words))
            + Content("\n")
            + Content(t("editor.not_saved_keys"))
        )
