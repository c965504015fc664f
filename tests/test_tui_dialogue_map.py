"""The dialogue map in the app (issue 15, §3): a reader ticks a box to send their aandacht notes
along (off by default, each listed in the preview); the coach's overview opens the article with
a mark in the margin per noted passage and the notes beside it, passage by passage."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Checkbox

from leeslamp.assignments import (
    build_bundle,
    check_assignment,
    import_assignment,
    new_assignment,
    write_bundle,
)
from leeslamp.core.paths import resolve
from leeslamp.journal import Entry, Journal
from leeslamp.library.articles import load_library
from leeslamp.notes.anchoring import make_anchor
from leeslamp.notes.attention_notes import add_note
from leeslamp.tui.screens.assignment_answers import AnswersScreen
from leeslamp.tui.screens.assignment_overview import OverviewScreen
from leeslamp.tui.screens.dialogue_map import DialogueMapScreen
from tui_factory import (
    FIXED_NOW,
    SIZE,
    fill,
    footer_text,
    make_app,
    sample_articles,
    settle,
    widget_text,
)

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
        assert "en je aandachtnotities" in widget_text(screen.query_one("#answers-intro"))
        for private in ("GEHEIM-ANDER-ARTIKEL", "GEHEIME-REFLECTIE"):
            assert private not in preview and private not in str(screen.document)
        await pilot.press("space")
        await settle(pilot)
        assert "notes" not in screen.document


# --- the coach's map ------------------------------------------------------------------------

WEEK_10 = new_assignment(
    title="Leesopdracht week 10",
    coach="Marieke",
    items=[("teams-leren", ["Wanneer leerde jouw team het meest?"]), ("systemen", ["Waarom?"])],
)
STAMP = FIXED_NOW.isoformat()


def noted(library, article_id: str, quote: str, text: str, number: int) -> Entry:  # type: ignore[no-untyped-def]
    plain_text = library.get(article_id).plain_text
    start = plain_text.index(quote)
    anchor = make_anchor(plain_text, start, start + len(quote))
    return Entry(
        id=f"n{number}", kind="aandacht", text=text, created=STAMP, updated=STAMP,
        article=article_id, anchor=anchor.to_dict(),
    )  # fmt: skip


def group_with_notes(
    home: Path, folder: Path, notes: dict[str, list[tuple[str, str, str]]]
) -> Path:
    """A folder of answer files, one per reader, each with these (article, quote, text) notes."""
    sample_articles(home / "articles")
    library = load_library([], bundled_dir=home / "articles")
    folder.mkdir(parents=True, exist_ok=True)
    for reader, quotes in notes.items():
        entries = [noted(library, *quote, n) for n, quote in enumerate(quotes)]
        document = build_bundle(
            WEEK_10, {}, reader=reader, reader_id=f"id-{reader}", exported=FIXED_NOW,
            notes=entries,
        )  # fmt: skip
        write_bundle(document, folder / f"{len(list(folder.iterdir()))}.json")
    return folder


GROUP = {
    "Anna": [
        ("teams-leren", "Omdat niemand alles weet.", "Dit zegt alles."),
        ("systemen", "Een boekentip", "Lezen!"),
    ],
    "Bram": [("teams-leren", "niemand alles", "Klopt.")],
    "Carla": [("teams-leren", "Door te oefenen.", "")],
}


async def open_map(pilot, folder: Path) -> DialogueMapScreen:
    await settle(pilot)
    await pilot.press("c", "o")
    await settle(pilot)
    await fill(pilot, pilot.app.focused, str(folder))
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("k")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, DialogueMapScreen)
    return screen


def margins(screen: DialogueMapScreen) -> list[str]:
    return [widget_text(m) for m in screen.query(".map-margin")]


async def test_the_map_marks_each_passage_by_count_and_shows_its_notes_beside_it(
    private_home: Path, tmp_path: Path
) -> None:
    folder = group_with_notes(private_home, tmp_path / "antwoorden", GROUP)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_map(pilot, folder)
        # blocks: intro, ## Waarom, "Omdat niemand alles weet.", 2 list items, ## Hoe, "Door…"
        assert margins(screen) == ["", "", "▶▅2", "", "", "", " ▁1"]
        side = widget_text(screen.query_one("#map-passage"))
        assert "Leren in teams · passage 1 van 2" in side
        assert "▅ 2 lezers" in side and "“Omdat niemand alles weet.”" in side
        notes = widget_text(screen.query_one("#map-notes"))
        assert "Anna\nDit zegt alles." in notes and "Bram\nKlopt." in notes
        assert "n" in footer_text(app) and "Volgende passage" in footer_text(app)

        await pilot.press("n")
        await settle(pilot)
        assert margins(screen) == ["", "", " ▅2", "", "", "", "▶▁1"]
        assert "Niemand schreef er iets bij." in widget_text(screen.query_one("#map-notes"))

        await pilot.press("n")  # on to the next article
        await settle(pilot)
        assert "Systemisch werken · passage 1 van 1" in widget_text(
            screen.query_one("#map-passage")
        )
        assert margins(screen) == ["▶▁1"]
        assert "Anna\nLezen!" in widget_text(screen.query_one("#map-notes"))

        await pilot.press("p", "p")
        await settle(pilot)
        assert margins(screen)[2] == "▶▅2"
        await pilot.press("escape")
        assert isinstance(app.screen, OverviewScreen)


async def test_without_notes_the_map_says_how_readers_send_them(
    private_home: Path, tmp_path: Path
) -> None:
    folder = group_with_notes(private_home, tmp_path / "antwoorden", {"Anna": []})
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_map(pilot, folder)
        assert "Niemand stuurde aandachtnotities mee" in widget_text(screen.query_one(".map-none"))
        await pilot.press("n")  # nothing to go to: nothing breaks
        assert isinstance(app.screen, DialogueMapScreen)
