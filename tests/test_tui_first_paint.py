"""Nothing before the first paint that the first screen does not show: what Vandaag imports
before it is on screen, and the styles that come after the first paint."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
from textual.dom import DOMNode

from leeslamp.tui import stylesheets
from leeslamp.tui.app import LeeslampApp
from leeslamp.tui.screens.reader import screen as reader_screen
from leeslamp.tui.screens.reader.screen import ReaderScreen
from tui_factory import SIZE, long_body, make_app, settle, wait_for, widget_text, write_article

#: what Vandaag does not show, so what must not load before it is on screen
NOT_BEFORE_VANDAAG = (
    "leeslamp.tui.screens.reader",
    "leeslamp.tui.screens.reader.screen",
    "textual.widgets._markdown",
    "markdown_it",
    "textual.widgets._text_area",  # the answer box comes with the journal, after the paint
    "tinydb",
    "yaml",
)

#: `leeslamp` as a person starts it (cli.main), headless. It prints what was imported when
#: Vandaag reports in (its first paint is done), then waits for the reader's module, which the
#: app imports in a thread once Vandaag is up (here almost at once)
FIRST_PAINT_PROBE = """
import sys
import textual.app
from leeslamp.tui.app import LeeslampApp

watched = sys.argv[1:]
run = textual.app.App.run
first_screen_shown = LeeslampApp.first_screen_shown
READER = "leeslamp.tui.screens.reader.document"  # the Markdown widget comes with it


def shown(app):
    if not app._journal_requested:
        print(" ".join(name for name in watched if name in sys.modules) or "-")
        print(type(app.screen).__name__)
        app.set_interval(0.02, lambda: when_reader_loaded(app))
    first_screen_shown(app)


def when_reader_loaded(app):
    if READER in sys.modules:
        print("reader prefetched")
        app.exit()


LeeslampApp.first_screen_shown = shown
LeeslampApp.later_delay = 0.01  # a Textual timer of 0 never fires
textual.app.App.run = lambda app: run(app, headless=True, size=(100, 30))
import leeslamp.cli.reading
leeslamp.cli.reading.has_terminal = lambda: True  # headless: the app draws nowhere on purpose
from leeslamp.cli import main

sys.exit(main([]))
"""


def test_vandaag_is_painted_before_the_reader_markdown_and_journal_are_imported() -> None:
    # A process of its own: in this one, other tests (and conftest) have imported them all.
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE, *NOT_BEFORE_VANDAAG],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["-", "TodayScreen", "reader prefetched"]


#: `leeslamp lees ID` as a person starts it, headless: what was imported when the reader's
#: first screen is painted, then whether the Markdown document took the preview's place
READER_PROBE = """
import os
import sys
import textual.app
from leeslamp.tui.screens.reader.screen import ReaderScreen

watched = sys.argv[2:]  # after the article's id
run = textual.app.App.run
painted = ReaderScreen._painted


async def painted_then_told(screen):
    await painted(screen)
    if not hasattr(screen, "told"):
        screen.told = True
        print(" ".join(name for name in watched if name in sys.modules) or "-")
        screen.set_interval(0.02, lambda: screen.loaded and done(screen))


def done(screen):
    print("document" if screen.markdown is not None and not screen.query("#preview") else "?")
    screen.app.exit()


ReaderScreen._painted = painted_then_told
textual.app.App.run = lambda app: run(app, headless=True, size=(100, 30))
import leeslamp.cli.reading
leeslamp.cli.reading.has_terminal = lambda: True
from leeslamp.cli import main

sys.exit(main(["lees", *sys.argv[1:2]]))
"""

#: what a plain article's first screen does not need: the Markdown widget and its parser
#: (the preview stands in), PyYAML (the front matter cache, from the second time on)
NOT_BEFORE_THE_READER = ("textual.widgets._markdown", "markdown_it", "pygments", "yaml")


def test_a_plain_article_is_painted_without_markdown_and_pyyaml(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`leeslamp lees ID` loads the library before its first screen; from the second time
    on, the front matter comes from the cache and PyYAML is not imported before the paint.
    The Markdown widget comes after the paint, and takes the preview's place."""
    write_article(private_home / "articles", "eigen", "Eigen", long_body(20))

    def first_paint() -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", READER_PROBE, "eigen", *NOT_BEFORE_THE_READER],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines()

    assert first_paint() == ["yaml", "document"]
    assert first_paint() == ["-", "document"]


def styles(node: DOMNode) -> list[tuple[str, dict[str, object]]]:
    """Every node of `node`'s tree with the style rules it got."""
    return [
        (repr(each), dict(each.styles.get_rules())) for each in node.walk_children(with_self=True)
    ]


@pytest.mark.parametrize(
    ("start", "options"),
    [
        ("home", {}),
        ("article", {"article_id": "teams-leren"}),
        ("morning", {"morning": True}),
    ],
)
async def test_the_styles_after_the_first_paint_change_nothing_on_the_first_screen(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, start: str, options: dict[str, object]
) -> None:
    """The first screen is drawn with only its own files (`stylesheets.FIRST`): the rest,
    loaded when it is up, must not move or recolour anything on it."""
    load_rest = stylesheets.load_rest
    held: list[LeeslampApp] = []
    monkeypatch.setattr(stylesheets, "load_rest", lambda app, screen=None: held.append(app))
    monkeypatch.setattr(LeeslampApp, "later_delay", 0.01)  # a Textual timer of 0 never fires
    app = make_app(private_home, **options)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: held)
        await settle(pilot)  # filled in from the journal too: the answer box, the notes
        screen = app.screen
        assert (
            type(screen).__name__
            == {
                "home": "TodayScreen",
                "article": "ReaderScreen",
                "morning": "MorningScreen",
            }[start]
        )
        before = styles(screen)
        load_rest(app)
        app.stylesheet.update(app)  # every widget styled again, with every file
        await pilot.pause()
        assert styles(screen) == before


@pytest.mark.parametrize("preview", [True, False])
async def test_the_first_screenful_of_a_long_article_stays_put_when_the_rest_arrives(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, preview: bool
) -> None:
    """100 KB: the first screenful is painted on its own (a preview when the Markdown widget
    is not loaded yet); the rest, appended after it, moves no line of it and changes no word
    (no jump, no reflow, no scrollbar appearing)."""
    monkeypatch.setattr(reader_screen, "markdown_loaded", lambda: not preview)
    write_article(private_home / "articles", "groot", "Groot", long_body(100))
    painted = ReaderScreen._painted
    gate = asyncio.Event()
    held: list[ReaderScreen] = []

    async def painted_then_held(screen: ReaderScreen) -> None:
        await painted(screen)
        held.append(screen)
        await gate.wait()  # the rest waits until the test has looked at the first screenful

    monkeypatch.setattr(ReaderScreen, "_painted", painted_then_held)
    app = make_app(private_home, article_id="groot")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: held)
        reader = held[0]
        page = reader.page.region

        def first_screenful() -> list[tuple[object, str]]:
            return [
                (child.region, widget_text(child))
                for child in reader.document.children
                if child.region.overlaps(page)
            ]

        before = first_screenful()
        assert "Eerste woorden van een lang artikel." in before[0][1]
        assert not reader.loaded
        assert (reader.markdown is None) == preview
        gate.set()
        await settle(pilot)
        assert reader.loaded
        assert len(reader.document.children) > 10 * len(before)
        assert reader.page.region == page
        assert first_screenful() == before


#: plain first screens: paragraphs (spaces at line ends, a colon, an accent as two code
#: points) and headings of every level the reader may show at the top of an article
PLAIN_STARTS = [
    long_body(10),
    "# Kop een\n\n" + long_body(10),
    "Korte alinea die\nover twee regels loopt. \n\n### Kop drie\n\n" + long_body(10),
    "#### Kop vier\n\nCafe\u0301 en  twee  spaties: dat kan.\n\n" + long_body(10),
    "##### Kop vijf\n\n###### Kop zes\n\n" + long_body(10),
    "Zo -- en (c) ... \"dit\" 'dat' https://x.nl www.a.nl 2 + 2 = 4, 100% $x @y {z}\n\n"
    + long_body(10),
    "Een kort artikel, het past op het scherm.\n",
    "## Kort\n\nTwee alinea's.\n\nDe tweede.\n",
]


@pytest.mark.parametrize(
    "body", PLAIN_STARTS, ids=["long", "h1", "h3", "h4", "h5-h6", "signs", "short", "short-h2"]
)
@pytest.mark.parametrize("size", [(100, 30), (80, 24), (130, 40)])
async def test_the_document_takes_the_previews_place_without_a_visible_change(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, body: str, size: tuple[int, int]
) -> None:
    """The preview of a plain first screenful, and the Markdown document that takes its
    place: the same screen, cell for cell and style for style."""
    await swap_unseen(private_home, monkeypatch, body, size)


async def test_the_preview_stays_until_the_document_has_its_first_part(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should the prefix's parse find no place to cut (not so for plain text, but the two
    parsers differ), the document still takes the preview's place with its first part."""
    monkeypatch.setattr(reader_screen, "first_screen", lambda *_a, **_k: None)
    await swap_unseen(private_home, monkeypatch, long_body(10), SIZE)


async def swap_unseen(
    private_home: Path, monkeypatch: pytest.MonkeyPatch, body: str, size: tuple[int, int]
) -> None:
    monkeypatch.setattr(reader_screen, "markdown_loaded", lambda: False)
    write_article(private_home / "articles", "plat", "Plat", body)
    replace = ReaderScreen._replace_preview
    shots: list[str] = []
    gate = asyncio.Event()

    async def replace_between_shots(screen: ReaderScreen, preview: object) -> object:
        shots.append(screen.app.export_screenshot())
        done = await replace(screen, preview)  # type: ignore[arg-type]
        await screen._painted()
        shots.append(screen.app.export_screenshot())
        await gate.wait()  # the rest waits: it may move the scrollbar's thumb
        return done

    monkeypatch.setattr(ReaderScreen, "_replace_preview", replace_between_shots)
    app = make_app(private_home, article_id="plat")
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: len(shots) == 2)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.markdown is not None
        assert not reader.query("#preview")
        assert shots[0] == shots[1]
        gate.set()
        await settle(pilot)
        assert reader.loaded


@pytest.mark.parametrize(
    "start",
    [
        "- een lijst\n",
        "Met *nadruk* erin.\n",
        "Een [link](https://example.nl).\n",
        "Regel met twee spaties  \nen een harde regelbreuk.\n",
        "1. genummerd\n",
        "> een citaat\n",
        "Kop\n===\n",
        "    code\n",
        "Een \x1b[31mkleur\n",
        "Tab\tin de tekst.\n",
        "A &amp; B\n",
        "## Kop met # erin\n",
    ],
)
def test_only_certainly_plain_text_gets_a_preview(start: str) -> None:
    from leeslamp.tui.screens.reader.preview import plain_first_screen

    assert plain_first_screen(start + "\n" + long_body(10), width=100, height=30) is None
    assert plain_first_screen(start, width=100, height=30) is None  # the whole article
    assert plain_first_screen(long_body(10), width=100, height=30) is not None


def test_the_reader_does_not_turn_bare_addresses_into_links() -> None:
    """Its parser is Textual's own without linkify (cheaper, and it opens no links anyway);
    written links and the rest of the Markdown stay as they were."""
    from leeslamp.tui.screens.reader.document import article_parser

    tokens = article_parser().parse("Zie www.example.nl en [de site](https://example.nl).\n")
    inline = [child.type for token in tokens for child in token.children or []]
    assert inline.count("link_open") == 1
    assert "www.example.nl" in tokens[1].content


async def test_a_screen_opened_before_the_rest_of_the_styles_comes_with_them(
    private_home: Path,
) -> None:
    """`l` pressed at once, long before `later_delay`: the library is styled as it would be
    with every file loaded from the start."""
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("l")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "LibraryScreen")
        await settle(pilot)
        screen = app.screen
        before = styles(screen)
        app.stylesheet.update(app)
        await pilot.pause()
        assert styles(screen) == before
        assert app.stylesheet.has_source(str(stylesheets.path("library")), "")


@pytest.mark.parametrize(
    ("options", "size", "expected"),
    [
        ({}, (100, 30), "-wide"),
        ({}, (70, 24), "-narrow"),
        ({"article_id": "teams-leren"}, (100, 30), "-narrow"),
        ({"article_id": "teams-leren"}, (120, 30), "-wide"),
    ],
)
async def test_the_first_screen_is_styled_with_its_breakpoint_from_the_start(
    private_home: Path, options: dict[str, object], size: tuple[int, int], expected: str
) -> None:
    """Vandaag and the reader lay out by width (-narrow, -wide). A class that came only with
    Textual's first Resize, after the screen was styled, would style every widget on it again
    before its first paint: the class is there when the screen is mounted."""
    app = make_app(private_home, **options)
    classes_at_mount: list[set[str]] = []
    original = LeeslampApp.push_screen

    def push_screen(self: LeeslampApp, screen: object, *args: object, **kwargs: object) -> object:
        target = self.get_screen(screen) if isinstance(screen, str) else screen
        classes_at_mount.append(set(getattr(target, "classes", ())))
        return original(self, screen, *args, **kwargs)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(LeeslampApp, "push_screen", push_screen)
        async with app.run_test(size=size) as pilot:
            await wait_for(pilot, lambda: classes_at_mount)
            await pilot.pause()
            assert expected in app.screen.classes  # what Textual's Resize chose
    assert expected in classes_at_mount[0]


async def test_a_saved_place_is_found_again_after_the_preview(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`leeslamp lees ID` on an article read before: the preview shows its top first, the
    document takes its place, and the page ends on the same line as when it was left."""
    write_article(private_home / "articles", "groot", "Groot", long_body(30))
    app = make_app(private_home, article_id="groot")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded
        await pilot.press("pagedown", "pagedown", "pagedown", "down")
        await settle(pilot)
        scroll_y, top = reader.page.scroll_y, reader.first_visible_block()
        assert scroll_y > 0
        reader.save_position()
    app.journal_link.close()

    monkeypatch.setattr(reader_screen, "markdown_loaded", lambda: False)
    app = make_app(private_home, article_id="groot")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen))
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await wait_for(pilot, lambda: reader.loaded and reader.page.scroll_y > 0)
        await settle(pilot)
        assert reader.markdown is not None and not reader.query("#preview")
        assert (reader.page.scroll_y, reader.first_visible_block()) == (scroll_y, top)
