"""The dialogue map in the app (issue 15, §3): a reader ticks a box to send their aandacht notes
along (off by default, each listed in the preview); the coach's overview opens the article with
a mark in the margin per noted passage and the notes beside it, passage by passage."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Checkbox

from leeslamp.assignments import check_assignment, import_assignment
from leeslamp.core.paths import resolve
from leeslamp.journal import Journal
from leeslamp.library.articles import load_library
from leeslamp.notes.attention_notes import add_note
from leeslamp.tui.screens.assignment_answers import AnswersScreen
from tui_factory import SIZE, make_app, sample_articles, settle

ASSIGNMENT = """\
titel = "Leesopdracht week 10"
coach = "Marieke"
deadline = 2024-03-15

[[lezen]]
artikel = "teams-leren"
vragen = ["Wanneer leerde jouw team het meest?"]
"""


def reader_with_notes(home: Path) -> None:
    """The assignment imported, a note on its article, one on another article, a reflection."""
    sample_articles(home / "articles")
    library = load_library([], bundled_dir=home / "articles")
    assignment = check_assignment(ASSIGNMENT).assignment
    with Journal.open(resolve(home)) as journal:
        import_assignment(journal, assignment)
        teams = library.get("teams-leren")
        start = teams.plain_text.index("Omdat niemand alles weet.")
        note = add_note(journal, teams, start, start + len("Omdat niemand alles weet."))
        journal.update_entry(note.id, text="Dit zegt alles.")
        other = library.get("cooperatie")
        stray = add_note(journal, other, 0, len("Buurtzorg"))
        journal.update_entry(stray.id, text="GEHEIM-ANDER-ARTIKEL")
        journal.add_entry("reflectie", "GEHEIME-REFLECTIE", article="teams-leren")


async def test_the_notes_go_along_only_when_ticked_and_the_preview_lists_them(
    private_home: Path,
) -> None:
    reader_with_notes(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, AnswersScreen)
        box = screen.query_one("#answers-notes", Checkbox)
        assert box.value is False
        preview = screen.query_one("#answers-markdown").source
        assert "Dit zegt alles." not in preview and "notes" not in screen.document
        box.focus()
        await pilot.press("space")
        await settle(pilot)
        assert box.value is True
        preview = screen.query_one("#answers-markdown").source
        assert "Omdat niemand alles weet." in preview and "Dit zegt alles." in preview
        assert [n["text"] for n in screen.document["notes"]] == ["Dit zegt alles."]
        for private in ("GEHEIM-ANDER-ARTIKEL", "GEHEIME-REFLECTIE"):
            assert private not in preview and private not in str(screen.document)
        await pilot.press("space")
        await settle(pilot)
        assert "notes" not in screen.document
