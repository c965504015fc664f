"""What screens and widgets ask of the App: messages it handles, so no screen knows the App.

Post one from any screen or widget (`self.post_message(OpenArticle("id"))`); it bubbles up to the
App, which decides how the screens change. `JournalChanged` comes from the journal link's writing
thread instead, and the App passes it on to every editor of that entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from textual.message import Message

if TYPE_CHECKING:
    from leeslamp.journal import Entry

#: the screens `ShowScreen` can show: Vandaag (home), the Bibliotheek, Zoeken, the coach's
#: Opdrachten with their two screens, and the ochtend mode
ScreenKind = Literal[
    "home",
    "library",
    "search",
    "assignments",
    "assignment-compose",
    "assignment-overview",
    "morning",
]


class OpenArticle(Message):
    """Show the reader for an article (a recently read one comes back as it was left).

    `question` (assignment id, number): opened to answer it, the writing panel goes there;
    `reflection` (an entry id): that reflection is shown in the writing panel;
    `block`: the reader scrolls to that block (a passage found in Zoeken)."""

    def __init__(
        self,
        article_id: str,
        *,
        question: tuple[str, int] | None = None,
        reflection: str | None = None,
        block: int | None = None,
    ) -> None:
        super().__init__()
        self.article_id = article_id
        self.question = question
        self.reflection = reflection
        self.block = block


class GoBack(Message):
    """Escape: back to the screen you came from (Vandaag when this one was the first)."""


class ShowScreen(Message):
    """Show one of the app's screens (`ScreenKind`): back down to it when it is on the stack."""

    def __init__(self, kind: ScreenKind) -> None:
        super().__init__()
        self.kind = kind


class SearchWith(Message):
    """Zoeken, with these filters set (`/` in the Dagboek): an article id, an entry kind."""

    def __init__(self, *, article: str | None, kind: str | None) -> None:
        super().__init__()
        self.article = article
        self.kind = kind


class ScreenShown(Message):
    """A screen has painted its first content: the journal may open now (the first time)."""


class JournalChanged(Message):
    """An entry was changed in the journal (posted to the App from the writing thread); the App
    tells every editor of that entry, on the UI thread."""

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry
