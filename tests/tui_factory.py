"""Shared helpers for the Pilot tests: build the app on test articles, read what the screen shows.

`make_app(...)` is the one way tests build a LeeslampApp. By default the library holds only the
test's own articles (written to LEESLAMP_HOME/articles), so tests do not depend on the bundled
ones; `bundled=True` adds those.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

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


def screen_text(app: LeeslampApp) -> str:
    """What the terminal shows now, as plain text lines (from the app's own SVG screenshot).

    Each run of text in the SVG has an x position; a cell is 12.2 units wide.
    """
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
