"""A long article in the reader: loading the rest does work in proportion to the article, not
to the article times its parts; End pressed while it loads ends at the end; focus moving to a
side panel does not restyle every block."""

from __future__ import annotations

import asyncio
from functools import partial
from pathlib import Path

import pytest
from textual.await_complete import AwaitComplete
from textual.css.stylesheet import Stylesheet
from textual.widgets import Markdown, Static
from textual.widgets.markdown import MarkdownBlock

from leeslamp.i18n import t
from leeslamp.tui.screens.reader import document as reader_document
from leeslamp.tui.screens.reader import screen as reader_screen
from leeslamp.tui.screens.reader.chunks import split_body
from leeslamp.tui.screens.reader.document import article_parser
from leeslamp.tui.screens.reader.passages import PassageMap, text_widgets
from leeslamp.tui.screens.reader.screen import ReaderScreen
from tui_factory import SIZE, long_body, make_app, settle, wait_for, write_article

#: every kind of block the reader pairs, and some it cannot: lists and quotes a part may end
#: after, a table and an HTML block, a fence, hard breaks, a control character
MIXED = "\n\n".join(
    [
        "Eerste alinea van een gemengd artikel.",
        "## Een kop",
        "- een punt\n- nog een punt met *nadruk*\n  - dieper\n- laatste punt",
        "1. eerste\n\n   met een alinea erin\n2. tweede",
        "> een citaat\n>\n> dat doorgaat",
        "```python\nprint('code')\n```",
        "| a | b |\n|---|---|\n| c | d |",
        "<div>HTML als tekst</div>",
        "Een harde  \nbreuk en een \u202e teken.",
        "---",
        "Een alinea met `code  erin` en ~~streep~~.",
    ]
)


def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader cuts the rest into parts of about 300 characters: many parts."""
    parts = partial(split_body, part_chars=300, max_part_chars=300)
    monkeypatch.setattr(reader_screen, "split_body", parts)


async def test_pairing_while_the_article_mounts_is_the_pairing_of_the_whole(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After each part, the blocks are paired with the widgets exactly as pairing all of the
    mounted document afresh would pair them (the sync only looks at what the part changed)."""
    small_parts(monkeypatch)
    synced = PassageMap.sync
    checked = []

    def checked_sync(self: PassageMap, document) -> None:
        synced(self, document)
        fresh = PassageMap(self.blocks)
        synced(fresh, document)
        mine = [(p.widget, p.start, p.end) if p else None for p in self.placed]
        assert mine == [(p.widget, p.start, p.end) if p else None for p in fresh.placed]
        checked.append(sum(p is not None for p in self.placed))

    monkeypatch.setattr(PassageMap, "sync", checked_sync)
    write_article(private_home / "articles", "gemengd", "Gemengd", (MIXED + "\n\n") * 12)
    app = make_app(private_home, article_id="gemengd")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        assert reader.loaded and len(checked) > 10  # many parts, each checked
        assert checked == sorted(checked) and checked[0] < checked[-1]  # more with each part


async def test_pairing_a_long_article_looks_at_each_widget_about_once(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, every part paired the whole document mounted so far again: 130 parts of a
    530 KB article looked at 130 000 widgets (3 s), for 2000 widgets."""
    small_parts(monkeypatch)
    looked_at = []
    own_of, synced = PassageMap._own_of, PassageMap.sync
    syncs = []

    def sync(self: PassageMap, document) -> None:
        syncs.append(document)
        synced(self, document)

    def counted(widget, known):
        looked_at.append(widget)
        return own_of(widget, known)

    monkeypatch.setattr(PassageMap, "_own_of", staticmethod(counted))
    monkeypatch.setattr(PassageMap, "sync", sync)
    write_article(private_home / "articles", "lang", "Lang", long_body(30))
    app = make_app(private_home, article_id="lang")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        assert reader.loaded
        widgets = len(text_widgets(reader.document))
        # each once, and the last one of a part once more (the next part re-renders it)
        assert len(syncs) > 10
        assert widgets <= len(looked_at) <= widgets + len(syncs)


class Gate:
    """Holds the reader's loader after the first part of the rest, until `open()`: the test
    acts while the rest is still loading, without racing the loader."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.waiting = asyncio.Event()
        self._open = asyncio.Event()
        appends = 0
        gate = self

        class GatedMarkdown(Markdown):
            def append(self, markdown: str) -> AwaitComplete:
                async def after_the_gate() -> None:
                    nonlocal appends
                    appends += 1
                    if appends > 2:  # the first screen and the first part of the rest
                        gate.waiting.set()
                        await gate._open.wait()
                    await Markdown.append(self, markdown)

                return AwaitComplete(after_the_gate())

        def new_document() -> Markdown:
            return GatedMarkdown(id="document", open_links=False, parser_factory=article_parser)

        monkeypatch.setattr(reader_document, "new_document", new_document)

    def open(self) -> None:
        self._open.set()


def progress_label(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-progress", Static).content)


async def end_while_loading(pilot, gate: Gate) -> ReaderScreen:  # type: ignore[no-untyped-def]
    """End pressed while the gate holds the rest of the article back; the page at its end."""
    await wait_for(pilot, gate.waiting.is_set)
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen) and not reader.loaded
    await pilot.press("end")
    await wait_for(pilot, lambda: reader.page.scroll_y == reader.page.max_scroll_y > 0)
    return reader


async def test_end_pressed_while_the_rest_loads_ends_at_the_end(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = Gate(monkeypatch)
    write_article(private_home / "articles", "groot", "Groot", long_body(100))
    app = make_app(private_home, article_id="groot")
    async with app.run_test(size=SIZE) as pilot:
        reader = await end_while_loading(pilot, gate)
        assert progress_label(reader) == t("reader.loading")
        gate.open()
        await wait_for(pilot, lambda: reader.loaded)
        await settle(pilot)
        page = reader.page
        assert page.scroll_y == page.max_scroll_y > 0
        assert reader.first_visible_block() > len(reader.article.blocks) - 10
        assert reader.progress() == 1.0
        assert progress_label(reader) == t("reader.progress", percent=100)


async def test_scrolling_up_after_end_while_the_rest_loads_stays_there(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End, then Home before the rest is in: the reader went back up, and stays up."""
    gate = Gate(monkeypatch)
    write_article(private_home / "articles", "groot", "Groot", long_body(100))
    app = make_app(private_home, article_id="groot")
    async with app.run_test(size=SIZE) as pilot:
        reader = await end_while_loading(pilot, gate)
        await pilot.press("home")
        await wait_for(pilot, lambda: reader.page.scroll_y == 0)
        gate.open()
        await wait_for(pilot, lambda: reader.loaded)
        await settle(pilot)
        assert reader.page.scroll_y == 0 and reader.first_visible_block() == 0
        assert progress_label(reader) == t("reader.progress", percent=0)


async def test_focus_going_to_the_schrijfblok_and_back_restyles_no_block(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Textual restyles a widget that gains or loses focus and all inside it: every block of
    the article, 2 s each way for 530 KB. No style of a block depends on the page's focus."""
    write_article(private_home / "articles", "lang", "Lang", long_body(20))
    app = make_app(private_home, article_id="lang")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.page.has_focus
        restyled: list[MarkdownBlock] = []
        update_nodes = Stylesheet.update_nodes

        def counted(self: Stylesheet, nodes, animate: bool = False) -> None:
            nodes = list(nodes)
            restyled.extend(node for node in nodes if isinstance(node, MarkdownBlock))
            update_nodes(self, nodes, animate)

        monkeypatch.setattr(Stylesheet, "update_nodes", counted)
        await pilot.press("w")
        await wait_for(pilot, lambda: not reader.page.has_focus)
        await pilot.press("escape")
        await wait_for(pilot, lambda: reader.page.has_focus)
        await settle(pilot)
        assert restyled == []
