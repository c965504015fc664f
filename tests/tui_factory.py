"""Shared helpers for the Pilot tests: build the app on test articles, fill fields, wait for a
condition, read what the widgets show.

`make_app(...)` is the one way tests build a LeeslampApp. By default the library holds only the
test's own articles (written to LEESLAMP_HOME/articles), so tests do not depend on the bundled
ones; `bundled=True` adds those.

Tests never wait on the clock: the app's delays are class attributes that the `no_delays`
fixture (conftest.py) sets to 0, and `wait_for` waits for a condition with a deadline.
Tests read widget content (`shown_text`, `footer_text`), never the terminal's wrapped lines:
a sentence that wraps differently (a longer temp path) must not change a test's outcome.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from rich.text import Text
from textual.content import Content
from textual.widget import Widget
from textual.widgets import DataTable, Input, OptionList, Select, TextArea, Tree
from textual.widgets._footer import FooterKey
from textual.worker import WorkerCancelled, WorkerFailed

from leeslamp.core.context import Context
from leeslamp.library.articles import load_library
from leeslamp.tui.app import LeeslampApp

SIZE = (100, 30)
FIXED_NOW = datetime(2024, 3, 5, 4, 30, tzinfo=timezone(timedelta(hours=1)))


class Clock:
    """The app's clock in a test: fixed, and moved only when the test says so."""

    def __init__(self, now: datetime = FIXED_NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def article_text(
    article_id: str,
    title: str,
    body: str = "Een alinea.\n",
    *,
    author: str = "Anna de Vries",
    date: str = "2022-02",
    kind: str = "artikel",
    complete: bool = True,
    disciplines: tuple[str, ...] = (),
    themes: tuple[str, ...] = (),
) -> str:
    front = [
        f"id: {article_id}",
        f"title: {title}",
        f"author: {author}",
        f"date: {date}",
        f"kind: {kind}",
        f"complete: {'true' if complete else 'false'}",
        f"disciplines: [{', '.join(disciplines)}]",
        f"themes: [{', '.join(themes)}]",
    ]
    return "---\n" + "\n".join(front) + "\n---\n" + body


def write_article(
    folder: Path, article_id: str, title: str, body: str = "Een alinea.\n", **front
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{article_id}.md"
    path.write_text(article_text(article_id, title, body, **front), encoding="utf-8")
    return path


def long_body(kilobytes: int = 100) -> str:
    """A generated article of about `kilobytes` KB: numbered sections of numbered paragraphs,
    starting with 'Eerste woorden' and ending with 'Laatste woorden'."""
    parts = ["Eerste woorden van een lang artikel.\n"]
    size = len(parts[0])
    number = 0
    while size < kilobytes * 1000:
        number += 1
        if number % 10 == 1:
            parts.append(f"\n## Deel {number // 10 + 1}\n")
        paragraph = (
            f"\nAlinea {number}: " + "leren in een lerende organisatie gaat langzaam. " * 8 + "\n"
        )
        parts.append(paragraph)
        size += len(paragraph)
    parts.append("\nLaatste woorden van het artikel.\n")
    return "".join(parts)


def sample_articles(folder: Path) -> None:
    """Three small articles: a fragment with headings and a list, a book tip, an interview."""
    write_article(
        folder,
        "teams-leren",
        "Leren in teams",
        "Teams leren samen. Dit is de eerste alinea.\n\n## Waarom\n\nOmdat niemand alles weet.\n\n"
        "- luisteren\n- vragen stellen\n\n## Hoe\n\nDoor te oefenen.\n",
        complete=False,
        disciplines=("teamleren", "systeemdenken"),
        themes=("samenwerking",),
    )
    write_article(
        folder,
        "systemen",
        "Systemisch werken",
        "Een boekentip over systemen.\n",
        author="Bob Jansen",
        date="2021",
        kind="boekentip",
        disciplines=("mentale-modellen",),
    )
    write_article(
        folder,
        "cooperatie",
        "Coöperatie in de zorg",
        "Buurtzorg werkt met zelfsturende teams.\n",
        author="Chris Peters",
        date="2022-02-15",
        kind="interview",
        themes=("zelfsturing",),
    )


def make_app(
    home: Path,
    *,
    article_id: str | None = None,
    language: str | None = None,
    bundled: bool = False,
    extra_dirs: tuple[Path, ...] = (),
    samples: bool = True,
    now: datetime | Clock = FIXED_NOW,
    morning: bool = False,
    minutes: int | None = None,
) -> LeeslampApp:
    """The app on `home` (the test's LEESLAMP_HOME) with a fixed clock (`now`: a moment, or a
    `Clock` the test moves). It opens on Vandaag; `article_id`: at that article; `morning`:
    in the ochtend mode, as `leeslamp ochtend [--minuten minutes]`."""
    if samples:
        sample_articles(home / "articles")
    context = Context.create(data_dir=home, language=language, extra_article_dirs=list(extra_dirs))
    context.now = now if isinstance(now, Clock) else (lambda: now)
    if not bundled:
        empty = home.parent / "no-bundled-articles"
        empty.mkdir(exist_ok=True)
        context._library = load_library(
            [context.paths.user_articles, *extra_dirs],
            bundled_dir=empty,
            missing_ok=[context.paths.user_articles],
        )
    return LeeslampApp(context, article_id=article_id, morning=morning, minutes=minutes)


async def open_library(pilot) -> None:
    """From Vandaag, where the app opens, to the library: the key a person presses."""
    await settle(pilot)
    await pilot.press("l")
    await settle(pilot)


async def settle(pilot, *, failures_expected: bool = False) -> None:
    """Wait until every worker is done and the screen has caught up.

    A failed worker raises here, unless the test is about failures (then the app's handler
    has turned it into a notification, or the app has stopped, which the test looks for)."""
    for _ in range(2):
        try:
            await pilot.app.workers.wait_for_complete()
        except (WorkerFailed, WorkerCancelled):
            if not failures_expected:
                raise
        await pilot.pause()


async def wait_for(pilot, condition: Callable[[], object], *, timeout: float = 5.0) -> None:
    """Let the app run until `condition()` is true; fail after `timeout` seconds.

    The deadline only bounds a failing test: a passing one waits exactly as long as the app
    needs (a worker, a message round trip), not a number of seconds picked to be "enough"."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still not true after {timeout} s: {condition.__doc__ or ''}")
        await pilot.pause()


async def wait_saved(pilot) -> None:
    """Wait until every text field on the screen has given its words to the journal."""
    from leeslamp.tui.widgets.entry_editor import EntryEditor

    def saved() -> bool:
        """every editor saved"""
        return not any(editor.dirty for editor in pilot.app.screen.query(EntryEditor))

    await wait_for(pilot, saved)
    await settle(pilot)


async def wait_for_palette(pilot, words: str) -> None:
    """Wait until the command palette offers a command with `words` (it searches as you
    type, in a worker)."""
    from textual.command import CommandList

    def offered() -> bool:
        """the palette offers it"""
        lists = pilot.app.screen.query(CommandList)
        return bool(lists) and words.lower() in widget_text(lists.first()).lower()

    await wait_for(pilot, offered)


async def fill(pilot, field: TextArea | Input, text: str) -> None:
    """Give `field` the value `text` at once, as a paste would, instead of one key at a time
    (~70 ms a key). Setting the value posts Changed, which the app reacts to as to typing;
    the cursor goes to the end, where typing would have left it. Each field keeps one test
    that really types."""
    if isinstance(field, TextArea):
        field.text = text
        field.move_cursor(field.document.end)
    else:
        field.value = text
        field.cursor_position = len(text)
    await pilot.pause()


async def paste(pilot, text: str) -> None:
    """Put `text` into the focused field at its cursor, at once, as a paste would: what typing
    it would leave there, without a key press per letter."""
    field = pilot.app.focused
    if isinstance(field, TextArea):
        field.insert(text)
    elif isinstance(field, Input):
        field.insert_text_at_cursor(text)
    else:
        raise AssertionError(f"no text field has the focus, but {field!r}")
    await pilot.pause()


def _plain(visual: object) -> str | None:
    if isinstance(visual, str):
        return visual
    if isinstance(visual, Content | Text):
        return visual.plain
    return None


def widget_text(widget: Widget) -> str:
    """What one widget holds, unwrapped: a field's value, a list's options, a table's cells,
    a static's content."""
    if isinstance(widget, TextArea):
        return widget.text
    if isinstance(widget, Input):
        return widget.value or str(widget.placeholder)
    if isinstance(widget, OptionList):
        return "\n".join(_plain(option.prompt) or str(option.prompt) for option in widget.options)
    if isinstance(widget, DataTable):
        columns = " ".join(str(column.label) for column in widget.ordered_columns)
        rows = [
            " ".join(str(cell) for cell in widget.get_row_at(index))
            for index in range(widget.row_count)
        ]
        return "\n".join([columns, *rows])
    if isinstance(widget, Tree):
        lines = []
        for index in range(widget.last_line + 1):
            node = widget.get_node_at_line(index)
            if node is not None:
                lines.append(node.label.plain)
        return "\n".join(lines)
    if isinstance(widget, FooterKey):
        return f"{widget.key_display} {widget.description}".strip()
    if isinstance(widget, Select):
        return ""  # its SelectCurrent child shows the choice
    return _plain(widget.render()) or ""


def shown_text(app: LeeslampApp) -> str:
    """The content of every widget on the screen now (at least partly in view), one per line,
    top to bottom: sentences whole, whatever the width. Widgets scrolled out of view, hidden,
    or on a screen underneath are not shown, so not here."""
    widgets = [
        widget
        for widget in app.screen.walk_children(with_self=False)
        if isinstance(widget, Widget) and widget.display and widget.visible and widget.region
    ]
    widgets.sort(key=lambda widget: (widget.region.y, widget.region.x))
    texts = [widget_text(widget) for widget in widgets if not isinstance(widget, Select)]
    return "\n".join(text for text in texts if text.strip())


def footer_text(app: LeeslampApp) -> str:
    """The keys the footer offers now, as "key description" pairs, one per line."""
    keys = app.screen.query(FooterKey)
    return "\n".join(widget_text(key) for key in keys if key.display)


def screen_text(app: LeeslampApp) -> str:
    """The terminal's cells as text lines, for the few tests about layout (a frame's edge,
    an indent). Never for a sentence: where a sentence wraps depends on its words."""
    svg = app.export_screenshot()
    width, height = app.size
    rows = [[" "] * width for _ in range(height)]
    pattern = r'<text[^>]*x="([\d.]+)"[^>]*clip-path="url\(#[^)]*-line-(\d+)\)"[^>]*>([^<]*)</text>'
    for x, line, text in re.findall(pattern, svg):
        text = html.unescape(text).replace("\xa0", " ").rstrip("\n")
        column = round(float(x) / 12.2)
        row = rows[int(line)]
        for offset, char in enumerate(text):
            if column + offset < width:
                row[column + offset] = char
    return "\n".join("".join(row).rstrip() for row in rows)
