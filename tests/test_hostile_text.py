"""Outside text is text: a stranger's file or a journal holding markup (`[@click=app.quit]`),
broken markup (`[/`), escape sequences (`ESC ] 0;pwned BEL`, `ESC [ 2J`), NUL, a bidi override
or a 10 000-character line is shown as exactly those characters (controls made visible), runs
nothing and crashes nothing: on every screen and in every command that shows it.

One app per screen, all hostile strings at once in each text."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from rich.console import Console
from rich.style import Style
from textual.content import Content
from textual.coordinate import Coordinate
from textual.widgets import DataTable, OptionList, Select, Static, Tree

from journal_factory import write_entries
from leeslamp.assignments import build_bundle, import_assignment, new_assignment, write_bundle
from leeslamp.assignments.overview import build_overview
from leeslamp.assignments.report_markdown import overview_markdown
from leeslamp.cli import main
from leeslamp.core.paths import resolve
from leeslamp.core.safe_text import (
    for_reader,
    for_terminal,
    is_safe,
    markdown_line,
    markdown_text,
    printable,
)
from leeslamp.journal import Entry, Journal
from tui_factory import (
    FIXED_NOW,
    SIZE,
    fill,
    make_app,
    open_library,
    settle,
    wait_for,
    write_article,
)

MARKUP = ["[@click=app.quit]Q[/]", "[link=http://x]klik[/link] [/", "[b]vet[/b]", "Wat is [x]?"]
CONTROLS = ["\x1b]0;pwned\x07", "\x1b[2J", "nul\x00byte", "\u202eevil"]
#: every hostile string in one line; the markup first, so a parsed `[@click]` would sit at the
#: start of a widget, where the tests click
HOSTILE = " ".join([*MARKUP, *CONTROLS])
LONG = "L" * 10_000

SHOWN = for_terminal(HOSTILE)  # what the TUI must show
READ = for_reader(HOSTILE)  # what the reader shows of an article's text: as the command line
PRINTED = printable(HOSTILE)  # what the command line must print
DEADLINE = date(2024, 3, 15)  # after FIXED_NOW: the assignment is active in the app


def test_the_controls_are_made_visible() -> None:
    assert printable(HOSTILE) == (
        "[@click=app.quit]Q[/] [link=http://x]klik[/link] [/ [b]vet[/b] Wat is [x]? "
        "␛]0;pwned␇ ␛[2J nul␀byte <U+202E>evil"
    )
    assert printable("regel\n\tinspringen\x7f\x85\u2066") == "regel\n\tinspringen␡<U+0085><U+2066>"
    # one character for one in the TUI: offsets into the text still fit
    assert len(for_terminal(HOSTILE)) == len(HOSTILE)
    # the reader's article, which maps its passages, shows them as the command line does
    assert READ == PRINTED
    assert for_reader("a\r\nb\u202e") == "a␍\nb<U+202E>"
    assert is_safe(SHOWN) and is_safe(PRINTED) and is_safe(READ) and not is_safe(HOSTILE)


def test_the_markdown_report_escapes_what_a_viewer_would_render() -> None:
    text = "# kop\n<img src=x onerror=alert(1)> & ![p](http://t/p.png) [k](http://x)\n1. een"
    escaped = markdown_text(text)
    assert "<" not in escaped and "](" not in escaped.replace("\\](", "")
    assert escaped.splitlines()[0] == "\\# kop"
    assert escaped.splitlines()[2] == "1\\. een"
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; !\\[p\\](http://t/p.png)" in escaped
    # a table cell escapes its own pipes: a name starting with one is left as it is
    assert markdown_line("| Anna\nvan Dam") == "| Anna van Dam"


# --- helpers ---------------------------------------------------------------------------------


def plain(widget: Static) -> str:
    return widget.visual.plain


def assert_shown(text: str, expected: str = SHOWN) -> None:
    assert expected in text
    assert is_safe(text), "a control character reaches the terminal"


def no_actions(content: Content) -> bool:
    """No span of `content` holds a Textual action (what `[@click=...]` markup makes)."""
    return not any("@click" in str(span.style) for span in content.spans)


def table_text(renderable: object) -> str:
    console = Console(width=20_000, file=io.StringIO(), record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def hostile_assignment(article: str = "teams-leren"):
    return new_assignment(
        title=HOSTILE,
        coach=HOSTILE,
        deadline=DEADLINE,
        message=HOSTILE,
        items=[(article, [HOSTILE])],
    )


def assignment_toml(folder: Path, article: str = "teams-leren") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "opdracht.toml"
    quoted = json.dumps(HOSTILE)  # a TOML basic string: \u001b and \u0000 as escapes
    path.write_text(
        f"titel = {quoted}\ncoach = {quoted}\ndeadline = {DEADLINE.isoformat()}\n"
        f'bericht = {quoted}\n\n[[lezen]]\nartikel = "{article}"\nvragen = [{quoted}]\n',
        encoding="utf-8",
    )
    return path


def hostile_article(home: Path) -> None:
    """An article whose title, author and body hold every hostile string (YAML escapes them)."""
    body = f"Begin {HOSTILE}\n\n## Kop {HOSTILE}\n\n{LONG}\n"
    write_article(
        home / "articles", "vijandig", json.dumps(HOSTILE), body, author=json.dumps(HOSTILE)
    )


#: a file name can hold anything but a slash: markup and escape sequences too
BROKEN_NAME = "[@click=app.quit]Q[b]vet \x1b]0;pwned\x07 \x1b[2J \u202eevil.md"


def broken_article(home: Path) -> None:
    """An article file the library skips, with a sentence that names the file."""
    folder = home / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / BROKEN_NAME).write_text("---\ntitle: [kapot\n---\nTekst.\n", encoding="utf-8")


def import_hostile(home: Path, article: str = "teams-leren") -> str:
    with Journal.open(resolve(home)) as journal:
        result = import_assignment(journal, hostile_assignment(article))
    return result.stored.assignment.id


def still_running(app) -> bool:
    return app.is_running and app.return_code is None


# --- the TUI ---------------------------------------------------------------------------------


async def test_opdrachten_shows_an_imported_hostile_assignment_as_text(
    private_home: Path, tmp_path: Path
) -> None:
    from leeslamp.tui.screens.assignments import AssignmentsScreen

    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("i")
        await fill(pilot, pilot.app.focused, str(assignment_toml(tmp_path)))  # not ~80 keys
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, AssignmentsScreen)
        assert_shown(plain(screen.query_one("#import-said", Static)))
        head = screen.query_one("#assignment-head", Static)
        assert plain(head).count(SHOWN) == 3  # title, coach, message
        assert no_actions(head.visual)
        listing = screen.query_one("#assignment-list", OptionList)
        assert_shown(listing.get_option_at_index(0).prompt.plain)
        questions = screen.query_one("#assignment-questions", OptionList)
        assert_shown(table_text(questions.get_option_at_index(1).prompt))
        await pilot.click(head, offset=(0, 0))  # where a parsed [@click=app.quit] would be
        await pilot.click(listing, offset=(1, 0))
        await settle(pilot)
        assert still_running(app)
        assert isinstance(app.screen, AssignmentsScreen)


async def test_opdrachten_names_a_hostile_path_as_text(private_home: Path, tmp_path: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        missing = tmp_path / "[@click=app.quit]Q[/] [b]vet[/b] [x].toml"
        await pilot.press("i")
        await fill(pilot, pilot.app.focused, str(missing))  # at once, not ~80 keys
        await pilot.press("enter")
        await settle(pilot)
        said = plain(app.screen.query_one("#import-said", Static))
        assert str(missing) in said
        assert still_running(app)


async def test_the_overview_shows_a_hostile_reader_and_answer_as_text(
    private_home: Path, tmp_path: Path
) -> None:
    from leeslamp.tui.screens.assignment_overview import OverviewScreen

    folder = tmp_path / "antwoorden"
    folder.mkdir()
    stamp = FIXED_NOW.isoformat()
    answer = Entry(
        id="a1", kind="antwoord", text=f"{HOSTILE}\n{LONG}", created=stamp, updated=stamp
    )
    document = build_bundle(
        hostile_assignment(), {1: answer}, reader=HOSTILE, reader_id="id-x", exported=FIXED_NOW
    )
    write_bundle(document, folder / "anna.json")
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c", "o")
        await settle(pilot)
        await fill(pilot, pilot.app.focused, str(folder))  # at once, not ~80 keys
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, OverviewScreen)
        assert_shown(plain(screen.query_one("#overview-head", Static)))
        table = screen.query_one("#overview-table", DataTable)
        assert_shown(table.get_cell_at(Coordinate(0, 0)).plain)
        await pilot.click(table, offset=(2, 1))  # on the reader's name
        await pilot.press("right")
        await settle(pilot)
        cell = plain(screen.query_one("#overview-cell", Static))
        assert cell.count(SHOWN) == 3  # the question, the reader, the answer
        assert "L" * 1000 in cell
        assert still_running(app)
        assert isinstance(app.screen, OverviewScreen)


async def test_the_dialogue_map_shows_hostile_notes_quotes_and_names_as_text(
    private_home: Path, tmp_path: Path
) -> None:
    """Issue 15, §3: a reader's name, note and quote (placed in a hostile article, and of an
    article the coach lacks) are shown as they are, in the page, the margin and beside it."""
    from leeslamp.library.articles import load_library
    from leeslamp.notes.anchoring import make_anchor
    from leeslamp.tui.screens.dialogue_map import DialogueMapScreen

    hostile_article(private_home)
    library = load_library([], bundled_dir=private_home / "articles")
    first = library.get("vijandig").blocks[0].text  # "Begin " and every hostile string
    stamp = FIXED_NOW.isoformat()
    placed = make_anchor(library.get("vijandig").plain_text, 0, len(first))
    elsewhere = make_anchor(f"{HOSTILE} {LONG}", 0, len(HOSTILE))
    notes = [
        Entry(id=f"n{i}", kind="aandacht", text=f"{HOSTILE}\n{LONG}", created=stamp,
              updated=stamp, article=article, anchor=anchor.to_dict())
        for i, (article, anchor) in enumerate([("vijandig", placed), ("ontbreekt", elsewhere)])
    ]  # fmt: skip
    assignment = new_assignment(title=HOSTILE, items=[("vijandig", ["?"]), ("ontbreekt", ["?"])])
    folder = tmp_path / "antwoorden"
    folder.mkdir()
    document = build_bundle(
        assignment, {}, reader=HOSTILE, reader_id="id-x", exported=FIXED_NOW, notes=notes
    )
    write_bundle(document, folder / "anna.json")
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c", "o")
        await settle(pilot)
        await fill(pilot, pilot.app.focused, str(folder))
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("k")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, DialogueMapScreen)
        # the placed passage (as the article's plain text has it), then the missing article's
        for quote in (for_terminal(first), SHOWN):
            side = plain(screen.query_one("#map-passage", Static))
            notes_shown = plain(screen.query_one("#map-notes", Static))
            assert_shown(side)
            assert notes_shown.count(SHOWN) == 2  # the reader's name and the note
            assert "L" * 1000 in notes_shown
            for block in screen.query(".map-block").results(Static):
                assert is_safe(plain(block)) and no_actions(block.visual)
            assert any(quote in plain(b) for b in screen.query(".map-block").results(Static))
            await pilot.press("n")
            await settle(pilot)
        assert still_running(app)
        assert isinstance(app.screen, DialogueMapScreen)


async def test_the_palette_library_and_reader_show_a_hostile_article_as_text(
    private_home: Path,
) -> None:
    from textual.command import CommandList, CommandPalette

    from leeslamp.tui.screens.reader.passages import text_widgets
    from leeslamp.tui.screens.reader.screen import ReaderScreen
    from leeslamp.tui.widgets.article_list import ArticleList

    hostile_article(private_home)
    broken_article(private_home)
    import_hostile(private_home, "vijandig")
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"klik")
        await settle(pilot)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        commands = palette.query_one(CommandList)
        prompts = [commands.get_option_at_index(i).prompt for i in range(commands.option_count)]
        found = [prompt for prompt in prompts if SHOWN in prompt.plain]
        assert found, [prompt.plain for prompt in prompts]
        assert_shown(found[0].plain.split("\n")[1])  # the byline: the author
        await pilot.press("escape")
        await open_library(pilot)
        await pilot.press("exclamation_mark")  # the files the library skipped
        await settle(pilot)
        said = [plain(widget) for widget in app.screen.query(".problem").results(Static)]
        assert any(for_terminal(BROKEN_NAME) in sentence for sentence in said), said
        assert all(is_safe(sentence) for sentence in said)
        await pilot.press("escape")
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        prompt = articles.get_option("vijandig").prompt
        assert prompt.plain.count(SHOWN) == 2  # title and author
        await pilot.press("/", *"vet", "enter")
        await settle(pilot)
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert_shown(plain(reader.query_one("#reader-title", Static)))
        assert plain(reader.query_one("#article-head", Static)).count(SHOWN) == 2
        blocks = [widget.content for widget in text_widgets(reader.document)]
        texts = [block.plain if isinstance(block, Content) else str(block) for block in blocks]
        assert any(text == f"Begin {READ}" for text in texts), texts[:2]
        assert any(text == f"Kop {READ}" for text in texts), texts[:2]
        assert LONG in texts
        assert all(is_safe(text) for text in texts)
        await pilot.click(text_widgets(reader.document)[0], offset=(0, 0))
        await settle(pilot)
        assert still_running(app)
        assert app.screen is reader
        await pilot.press("w")  # the Schrijfblok: the coach's question about this article
        await settle(pilot)
        head = plain(reader.query_one(".assignment-head", Static))
        assert_shown(head)
        texts = [plain(widget) for widget in reader.query(".hanging-text").results(Static)]
        assert SHOWN in texts
        await pilot.press("escape", "i")  # the contents: a hostile heading, numbered and cut
        await settle(pilot)
        tree = reader.query_one("#contents Tree", Tree)
        label = tree.get_node_at_line(0).label
        assert str(label).startswith(f"1 Kop {SHOWN[:10]}") and is_safe(str(label))


async def test_vandaag_shows_a_hostile_coach_question_as_text(private_home: Path) -> None:
    import_hostile(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        question = app.screen.query_one("#today-question", Static)
        assert_shown(plain(question))
        assert no_actions(question.visual)
        assert_shown(plain(app.screen.query_one("#today-assignment", Static)))
        await pilot.click(question, offset=(0, 3))
        await settle(pilot)
        assert still_running(app)


async def test_vandaag_shows_hostile_intentions_as_text(private_home: Path) -> None:
    write_entries(
        {"at": "2024-03-04 05:00", "kind": "voornemen", "text": HOSTILE},
        {"at": "2024-03-05 04:00", "kind": "voornemen", "text": f"{HOSTILE} {LONG}"},
    )
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        part = app.screen.query_one("#today-intention", Static)
        assert plain(part).count(SHOWN) == 2 and is_safe(plain(part))
        assert no_actions(part.visual)
        await pilot.click(part, offset=(0, 1))
        await pilot.press("v")
        await settle(pilot)
        await pilot.press("o")  # the ochtend mode's line about yesterday's
        await settle(pilot)
        line = app.screen.query_one("#morning-yesterday", Static)
        assert_shown(plain(line), " ".join(SHOWN.split()))
        assert no_actions(line.visual)
        assert still_running(app)


async def test_vandaag_shows_a_hostile_earlier_answer_as_text(private_home: Path) -> None:
    """A question that comes back (issue 16 §4): the earlier answer, and what changed."""
    from datetime import timedelta

    from leeslamp.daily.bank import load_bank
    from leeslamp.daily.returning import may_return_on
    from leeslamp.daily.schedule import prompt_of_the_day

    now = next(
        FIXED_NOW + timedelta(days=n, hours=5)
        for n in range(3)
        if may_return_on((FIXED_NOW + timedelta(days=n)).date())
    )
    before = now - timedelta(days=7)
    prompt = prompt_of_the_day(before.date(), load_bank().prompts)
    write_entries(
        {
            "at": before.strftime("%Y-%m-%d %H:%M"),
            "kind": "dagvraag",
            "text": f"{HOSTILE}\n{LONG}",
            "prompt": {"id": prompt.id, "text": HOSTILE},
        }
    )
    app = make_app(private_home, now=now)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        part = app.screen.query_one("#today-again", Static)
        await pilot.press("e")  # before writing: the earlier answer as it was
        await wait_for(pilot, lambda: part.display)
        assert_shown(plain(part))
        assert no_actions(part.visual)
        await pilot.press("w")
        await fill(pilot, app.focused, f"Nu: {HOSTILE}")  # and compared with today's
        await wait_for(pilot, lambda: "Nu:" in plain(part))
        assert_shown(plain(part), " ".join(SHOWN.split()[:3]))
        assert is_safe(plain(part)) and no_actions(part.visual)
        await pilot.click(part, offset=(0, 3))
        await settle(pilot)
        assert still_running(app)
    app.journal_link.close()


async def test_dagboek_and_search_show_hostile_journal_text_as_text(private_home: Path) -> None:
    from leeslamp.tui.screens.search import SearchScreen
    from leeslamp.tui.widgets.entry_rows import EntryRows

    hostile_article(private_home)
    write_entries({"text": f"{HOSTILE}\n{LONG}", "article": "vijandig", "tags": [HOSTILE]})
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        choices = app.screen.query_one("#filter-article", Select).query_one(OptionList)
        labels = [choices.get_option_at_index(i).prompt for i in range(choices.option_count)]
        assert any(SHOWN in str(label) for label in labels), labels
        rows = app.screen.query_one(EntryRows)
        line = "".join(segment.text for segment in rows.render_line(0))
        assert SHOWN[:20] in line and is_safe(line)
        assert SHOWN[:20] in rows.line_text(0)
        # the preview of the highlighted entry, and the delete question that names it
        preview = app.screen.query_one("#journal-preview", Static)
        await wait_for(pilot, lambda: SHOWN in plain(preview))
        assert is_safe(plain(preview)) and no_actions(preview.visual)
        await pilot.press("x")
        await settle(pilot)
        question = plain(app.screen.query_one(".dialog-intro", Static))
        assert SHOWN[:20] in question and is_safe(question)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("z", *"vet")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        results = app.screen.query_one("#search-results", OptionList)
        shown = results.get_option_at_index(0).prompt
        assert "[b]vet[/b]" in shown.plain and is_safe(shown.plain)
        assert no_actions(shown)
        assert still_running(app)


async def test_a_notification_is_plain_text(private_home: Path) -> None:
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.notify(f"{HOSTILE} {LONG}", title=HOSTILE, severity="error")
        await settle(pilot)
        [notification] = app._notifications
        assert notification.markup is False  # the toast shows Content(message), no markup
        assert_shown(notification.message)
        assert_shown(notification.title)
        assert still_running(app)


async def test_a_hostile_theme_name_in_the_settings_is_said_as_text(private_home: Path) -> None:
    resolve().settings.parent.mkdir(parents=True, exist_ok=True)
    resolve().settings.write_text(f"theme = {json.dumps(HOSTILE)}\n", encoding="utf-8")
    app = make_app(private_home)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        [notification] = app._notifications
        assert notification.markup is False
        assert SHOWN in notification.message and is_safe(notification.message)
        assert still_running(app)


# --- the command line ------------------------------------------------------------------------


@pytest.fixture
def hostile_home(private_home: Path, tmp_path: Path) -> dict[str, str]:
    """A data folder with a hostile article, journal entry and imported assignment, and the
    coach's files: the assignment and an answer file."""
    hostile_article(private_home)
    broken_article(private_home)
    write_entries({"text": f"{HOSTILE}\n{LONG}", "article": "vijandig", "tags": [HOSTILE]})
    assignment_id = import_hostile(private_home)
    stamp = FIXED_NOW.isoformat()
    answer = Entry(id="a1", kind="antwoord", text=HOSTILE, created=stamp, updated=stamp)
    answers = tmp_path / "antwoorden"
    answers.mkdir()
    document = build_bundle(
        hostile_assignment(), {1: answer}, reader=HOSTILE, reader_id="id-x", exported=FIXED_NOW
    )
    write_bundle(document, answers / "anna.json")
    return {
        "id": assignment_id,
        "toml": str(assignment_toml(tmp_path / "coach", "vijandig")),
        "answers": str(answers / "anna.json"),
        "report": str(tmp_path / "rapport.md"),
    }


@pytest.mark.parametrize(
    "argv",
    [
        ["artikelen"],
        ["zoek", "vet"],
        ["vandaag", "--datum", "2024-03-05"],
        ["opdracht", "controleer", "{toml}"],
        ["opdracht", "importeer", "{toml}"],
        ["opdracht", "lijst"],
        ["opdracht", "toon", "{id}"],
        ["opdracht", "overzicht", "{answers}"],
        ["export", "--format", "jrnl"],
    ],
    ids=lambda argv: " ".join(argv[:2]),
)
def test_commands_print_hostile_text_visibly(
    argv: list[str], hostile_home: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main([part.format(**hostile_home) for part in argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert PRINTED in out + err
    assert is_safe(out) and is_safe(err)


def test_vandaag_from_its_cache_prints_hostile_text_visibly(
    hostile_home: dict[str, str], private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The coach's hostile question comes back from the cache (`leeslamp.daily.cache`) as
    plainly as from the journal."""
    import os
    import time

    from leeslamp.daily.cache import cache_file

    past = time.time() - 60  # files quiet for a minute: the cache keeps what it read
    for path in [private_home, *private_home.rglob("*")]:
        os.utime(path, (past, past))
    outputs = []
    for _ in range(2):
        assert main(["vandaag", "--datum", "2024-03-05"]) == 0
        outputs.append(capsys.readouterr())
    assert cache_file(private_home).is_file()
    assert outputs[0] == outputs[1]
    out, err = outputs[1]
    assert PRINTED in out and is_safe(out) and is_safe(err)


def test_the_json_export_keeps_the_text_and_escapes_the_controls(
    hostile_home: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\u001b" in out
    assert json.loads(out)["entries"][0]["text"] == f"{HOSTILE}\n{LONG}"


def test_the_overview_report_is_escaped(
    hostile_home: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    answers = hostile_home["answers"]
    assert main(["opdracht", "overzicht", answers, "-o", hostile_home["report"]]) == 0
    report = Path(hostile_home["report"]).read_text(encoding="utf-8")
    assert is_safe(report)
    assert markdown_text(HOSTILE) in report
    assert "[@click" not in report.replace("\\[@click", "")
    assert report == overview_markdown(build_overview([Path(answers)]))


def test_a_write_error_names_hostile_input_visibly(
    hostile_home: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schrijf", "--opdracht", HOSTILE, "--vraag", "1", "tekst"]) == 2
    err = capsys.readouterr().err
    assert PRINTED in err and is_safe(err)


def test_artikelen_names_a_hostile_file_name_visibly(
    hostile_home: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["artikelen"]) == 0
    err = capsys.readouterr().err
    assert printable(BROKEN_NAME) in err and is_safe(err)


def test_a_refused_answer_file_names_a_hostile_reader_visibly(
    hostile_home: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = Path(hostile_home["answers"]).read_bytes()
    argv = ["opdracht", "antwoorden", hostile_home["id"], "-o", hostile_home["answers"], "--ja"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert PRINTED in err and is_safe(err)
    assert Path(hostile_home["answers"]).read_bytes() == before


def test_an_older_versions_hostile_wording_is_escaped_in_the_overview(
    hostile_home: dict[str, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from datetime import timedelta

    later = new_assignment(
        title=HOSTILE,
        coach=HOSTILE,
        deadline=DEADLINE,
        message=HOSTILE,
        items=[("teams-leren", [f"{HOSTILE} nu"])],
    )
    stamp = FIXED_NOW.isoformat()
    answer = Entry(id="b1", kind="antwoord", text="Bram", created=stamp, updated=stamp)
    document = build_bundle(
        later, {1: answer}, reader="Bram", reader_id="id-b", exported=FIXED_NOW + timedelta(1)
    )
    folder = Path(hostile_home["answers"]).parent
    write_bundle(document, folder / "bram.json")
    report = tmp_path / "versies.md"
    assert main(["opdracht", "overzicht", str(folder), "-o", str(report)]) == 0
    out, err = capsys.readouterr()
    assert PRINTED in out and is_safe(out) and is_safe(err)
    text = report.read_text(encoding="utf-8")
    assert is_safe(text) and "de vraag was:" in text
    assert "[@click" not in text.replace("\\[@click", "")


async def test_the_file_picker_shows_a_hostile_file_name_as_text(
    private_home: Path, tmp_path: Path
) -> None:
    """A mail attachment may be called anything: in the coach's file picker its name is shown
    with the controls made visible, and markup in it does nothing."""
    from leeslamp.tui.screens.file_picker import FilePicker, PickerTree

    folder = tmp_path / "bijlagen"
    folder.mkdir()
    name = BROKEN_NAME.replace(".md", ".json")
    (folder / name).write_text("{}", encoding="utf-8")
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c", "o")
        await settle(pilot)
        await fill(pilot, pilot.app.focused, str(folder))
        await pilot.press("ctrl+o")

        def loaded() -> bool:
            """the picker has read the folder"""
            screen = app.screen
            return isinstance(screen, FilePicker) and bool(
                screen.query_one(PickerTree).root.children
            )

        await wait_for(pilot, loaded)
        tree = app.screen.query_one(PickerTree)
        await pilot.press("down", "space")
        label = tree.render_label(tree.root.children[0], Style(), Style())
        assert_shown(label.plain, for_terminal(name))
        assert not any("@click" in str(span.style) for span in label.spans)
        assert_shown(plain(app.screen.query_one("#picker-chosen", Static)), for_terminal(name))
        assert still_running(app)


async def test_a_hostile_assignment_opened_to_change_is_shown_as_text(
    private_home: Path, tmp_path: Path
) -> None:
    """An assignment file opened in the compose screen: its texts fill fields that would pass
    an escape sequence to the terminal as it is, so the controls are made visible there; the
    next version keeps the title and coach as in the file."""
    from textual.widgets import Input, TextArea

    from leeslamp.assignments import check_assignment
    from leeslamp.tui.screens.assignment_compose import ArticleQuestions
    from leeslamp.tui.screens.file_picker import FilePicker, PickerTree

    original = assignment_toml(tmp_path / "coach")
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c", "n")
        await settle(pilot)
        screen = app.screen
        screen.query_one("#compose-path", Input).value = f"{original.parent}/"
        await pilot.press("ctrl+o")

        def loaded() -> bool:
            """the picker has read the folder"""
            picker = app.screen
            return isinstance(picker, FilePicker) and bool(
                picker.query_one(PickerTree).root.children
            )

        await wait_for(pilot, loaded)
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: bool(screen.query(ArticleQuestions)))
        await settle(pilot)
        for field in ("#compose-title", "#compose-coach"):
            assert_shown(screen.query_one(field, Input).value)
        assert_shown(screen.query_one("#compose-message", TextArea).text)
        assert_shown(screen.query_one(ArticleQuestions).query_one(TextArea).text)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert still_running(app)
    saved = original.with_name("opdracht-versie-2.toml").read_text(encoding="utf-8")
    version = check_assignment(saved).assignment
    assert version is not None and version.title == HOSTILE  # as in the file: one series


def test_the_html_report_shows_tags_links_and_controls_as_text(
    hostile_home: dict[str, str], tmp_path: Path
) -> None:
    """The page to print: a reader's `<script>`, `<img onerror>`, `javascript:` link and
    control characters are text on the page, never a tag, an attribute or a link."""
    stamp = FIXED_NOW.isoformat()
    nasty = (
        "<script>alert(1)</script> <img src=x onerror=alert(2)> [klik](javascript:alert(3)) "
        "<javascript:alert(4)> ![p](http://t/p.png) " + HOSTILE
    )
    answer = Entry(id="a2", kind="antwoord", text=nasty, created=stamp, updated=stamp)
    document = build_bundle(
        hostile_assignment(), {1: answer}, reader=nasty, reader_id="id-y", exported=FIXED_NOW
    )
    write_bundle(document, tmp_path / "antwoorden" / "bram.json")
    target = tmp_path / "rapport.html"
    files = [hostile_home["answers"], str(tmp_path / "antwoorden" / "bram.json")]
    assert main(["opdracht", "overzicht", *files, "-o", str(target)]) == 0
    page = target.read_text(encoding="utf-8")
    assert is_safe(page)
    for tag in ("<script", "<img", "<a ", "href", "src=", "onerror="):
        assert tag not in page.replace("&lt;script", "").replace("&lt;img src=x onerror=", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "[klik](javascript:alert(3))" in page  # as typed, not a link
    assert printable("\x1b]0;pwned\x07") in page and "&lt;U+202E&gt;evil" in page


# --- versions of a text (issue 16 §1) ------------------------------------------------------------


@pytest.mark.parametrize("json_out", [False, True], ids=["text", "json"])
def test_geschiedenis_prints_every_hostile_version_visibly(
    hostile_home: dict[str, str], capsys: pytest.CaptureFixture[str], json_out: bool
) -> None:
    with Journal.open(resolve(), read_only=True) as journal:
        [entry] = journal.entries()
    assert main(["bewerk", entry.id[:6], f"{HOSTILE} (2)"]) == 0
    capsys.readouterr()
    assert main(["geschiedenis", entry.id[:6], *(["--json"] if json_out else [])]) == 0
    out, err = capsys.readouterr()
    assert is_safe(out) and is_safe(err)
    if json_out:
        found = json.loads(out)["versions"]
        assert [v["text"] for v in found] == [f"{HOSTILE}\n{LONG}", f"{HOSTILE} (2)"]
    else:
        assert out.count(PRINTED) == 2


# --- learning paths (issue 16, §5) ---------------------------------------------------------


def hostile_path(home: Path) -> Path:
    """A path file of the reader's own with markup and control characters in its title, its
    description and its question (TOML escapes: `json.dumps` writes the controls as \\u....),
    followed from FIXED_NOW's day."""
    from leeslamp.daily.learning_paths import load_paths
    from leeslamp.daily.path_progress import start_path

    folder = home / "leerpaden"
    folder.mkdir(parents=True)
    text = json.dumps(HOSTILE)
    path_file = folder / "vijandig.toml"
    path_file.write_text(
        f'id = "vijandig"\ntitel = {text}\nbeschrijving = {text}\n'
        f"[[stap]]\nvraag = {json.dumps(HOSTILE + '?')}\n",
        encoding="utf-8",
    )
    path = load_paths(folder).find("vijandig")
    assert path is not None
    with Journal.open(resolve(home)) as journal:
        start_path(journal, path, FIXED_NOW.date())
    return path_file


@pytest.mark.parametrize(
    "argv",
    [["pad", "lijst"], ["pad"], ["vandaag", "--datum", "2024-03-05"], ["pad", "stop"]],
    ids=" ".join,
)
def test_path_commands_print_a_hostile_path_visibly(
    argv: list[str], private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from leeslamp.core.context import Context

    hostile_path(private_home)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Context, "current_time", lambda self: FIXED_NOW)
        assert main(argv) == 0
    out, err = capsys.readouterr()
    assert PRINTED in out and is_safe(out) and is_safe(err)


async def test_vandaag_shows_a_hostile_path_as_text(private_home: Path) -> None:
    hostile_path(private_home)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        question = app.screen.query_one("#today-question", Static)
        await wait_for(pilot, lambda: "Pad:" in plain(question))
        assert plain(question).count(SHOWN) == 2  # the path's title and its question
        assert is_safe(plain(question)) and no_actions(question.visual)
        await pilot.click(question, offset=(0, 3))
        await settle(pilot)
        assert still_running(app)
    app.journal_link.close()


def test_a_hostile_passphrase_file_name_is_named_visibly(
    private_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The file LEESLAMP_WACHTWOORD_BESTAND names is outside text (issue 17 §2)."""
    from leeslamp.journal import crypt

    monkeypatch.setitem(crypt.SCRYPT, "n", 2**10)
    monkeypatch.setattr("sys.stdin", io.StringIO("een lange zin\neen lange zin\n"))
    assert main(["versleutel"]) == 0
    secret = tmp_path / "\x1b]0;pwned\x07\x1b[2J\u202ewachtwoord"
    secret.write_text("een lange zin\n", encoding="utf-8")
    secret.chmod(0o644)  # refused, and named in the refusal
    monkeypatch.setenv("LEESLAMP_WACHTWOORD_BESTAND", str(secret))
    assert main(["schrijf", "iets"]) == 2
    err = capsys.readouterr().err
    assert printable(str(secret)) in err and is_safe(err)
    crypt.forget()


# --- Versies: the versions of a text in the app (issue 16 §1) ----------------------------------


async def test_versies_shows_hostile_versions_and_their_changes_as_text(
    private_home: Path,
) -> None:
    from leeslamp.tui.screens.history import HistoryScreen

    hostile_article(private_home)
    [entry] = write_entries({"text": f"{HOSTILE}\n{LONG}", "article": "vijandig"})
    with Journal.open(resolve()) as journal:
        journal.update_entry(entry.id, text=f"{HOSTILE} (2)", new_version=True)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("ctrl+l")
        await wait_for(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await settle(pilot)
        diff = app.screen.query_one("#history-diff", Static)
        # both versions' words, marked, with the controls made visible and no markup run
        assert_shown(plain(diff))
        assert "(2)" in plain(diff) and LONG in plain(diff)
        assert no_actions(diff.visual)
        await pilot.click(diff, offset=(0, 0))
        await settle(pilot)
        assert still_running(app) and isinstance(app.screen, HistoryScreen)
    app.journal_link.close()


def test_the_shell_reminder_prints_a_hostile_question_visibly(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`vandaag --herinnering` (issue 16 §6) on one line, from the journal and then from its
    own small cache (`daily.reminder_cache`), which prints what it holds without the helpers."""
    import os
    import time

    from leeslamp.daily import reminder_cache

    hostile_path(private_home)  # started long ago: its first step waits, it is today's question
    past = time.time() - 60  # files quiet for a minute: the cache keeps what it read
    for path in [private_home, *private_home.rglob("*")]:
        os.utime(path, (past, past))
    outputs = []
    for _ in range(2):
        assert main(["vandaag", "--herinnering"]) == 0
        outputs.append(capsys.readouterr())
    assert reminder_cache.quick_reminder(["vandaag", "--herinnering"]) is True  # from the file
    outputs.append(capsys.readouterr())
    assert outputs[0] == outputs[1] == outputs[2]
    out, err = outputs[2]
    assert out == f"Vandaag: {printable(' '.join((HOSTILE + '?').split()))} · leeslamp\n"
    assert is_safe(out) and err == ""


def test_a_merge_notice_names_a_hostile_data_folder_visibly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The sentence about a sync tool's copies names the data folder: outside text (issue 17)."""
    home = tmp_path / "\x1b]0;pwned\x07\x1b[2J[bold]map\u202e"
    monkeypatch.setenv("LEESLAMP_HOME", str(home))
    assert main(["schrijf", "van de laptop"]) == 0
    (home / "journal.sync-conflict-20261206-101010-ABCDEF1.json").write_text("geen dagboek")
    (home / "journal-LAPTOP.log").write_bytes((home / "journal.log").read_bytes())
    capsys.readouterr()
    assert main(["zoek", "laptop"]) == 0
    out, err = capsys.readouterr()
    assert printable(str(home / "backups")) in err and is_safe(err) and is_safe(out)
    assert "die ik niet kan lezen" in err


def test_vandaag_asked_again_prints_hostile_text_as_visibly(
    hostile_home: dict[str, str], private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The coach's hostile question asked again the same day comes from the words kept by the
    first `vandaag` (`daily.quick_today`, issue 13), which prints them without the helpers."""
    import os
    import time

    from leeslamp.daily import quick_today

    past = time.time() - 60  # files quiet for a minute: the words are kept
    for path in [private_home, *private_home.rglob("*")]:
        os.utime(path, (past, past))
    argv = ["vandaag", "--datum", "2024-03-05"]
    assert main(argv) == 0
    first = capsys.readouterr()
    assert quick_today.quick_today(argv) is True  # from the file
    again = capsys.readouterr()
    assert again.out == first.out
    assert PRINTED in again.out and is_safe(again.out) and again.err == ""


#: no bracket, no control character: plain to the reader's preview, so drawn by it
PLAIN_LOOKING = "Kies $accent of @click=app.quit, {{naam}} :smile: %s %(x)s"


@pytest.mark.parametrize("start", [PLAIN_LOOKING, HOSTILE])
async def test_the_readers_preview_shows_an_articles_first_words_as_text(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    """The preview of a plain first screenful (screens/reader/preview.py) is outside text too:
    what looks like markup or a variable is drawn as it is; text with markup or a control
    character gets no preview (the Markdown document shows it, as the test above checks)."""
    from leeslamp.tui.screens.reader import screen as reader_screen
    from leeslamp.tui.screens.reader.screen import ReaderScreen
    from tui_factory import long_body

    monkeypatch.setattr(reader_screen, "markdown_loaded", lambda: False)
    write_article(private_home / "articles", "schijn", "Schijn", f"{start}\n\n{long_body(10)}")
    painted = ReaderScreen._painted
    seen: list[list[Content]] = []

    async def painted_then_seen(screen: ReaderScreen) -> None:
        await painted(screen)
        if not seen:
            seen.append([w.visual for w in screen.query("#preview Static").results(Static)])

    monkeypatch.setattr(ReaderScreen, "_painted", painted_then_seen)
    app = make_app(private_home, article_id="schijn")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: seen)
        await settle(pilot)
        assert still_running(app)
    preview = seen[0]
    if start == PLAIN_LOOKING:
        assert preview[0].plain == PLAIN_LOOKING
        assert all(isinstance(v, Content) and no_actions(v) for v in preview)
    else:
        assert preview == []


#: HTML in an article: a block, a comment, inline tags; none of it is interpreted
ARTICLE_HTML = [
    '<script>alert("x")</script> [@click=app.quit]Q[/]',
    "<!-- verborgen? -->",
    '<div onclick="x">Blok</div> en <img src=x onerror=alert(1)> <b>vet</b> \x1b[2J',
]


async def test_the_reader_shows_an_articles_html_as_the_text_it_is(private_home: Path) -> None:
    """HTML is outside text too: the reader shows every tag and comment as written, each
    block as a paragraph, nothing hidden (library/article_text.py: `article_parser`)."""
    from leeslamp.tui.screens.reader.passages import text_widgets

    write_article(private_home / "articles", "html", "HTML", "\n\n".join(ARTICLE_HTML) + "\n")
    app = make_app(private_home, article_id="html")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        widgets = text_widgets(app.screen.document)
        assert [widget.content.plain for widget in widgets] == [
            for_reader(text) for text in ARTICLE_HTML
        ]
        assert all(no_actions(widget.content) for widget in widgets)
        await pilot.click(widgets[0], offset=(30, 0))
        await settle(pilot)
        assert still_running(app)
