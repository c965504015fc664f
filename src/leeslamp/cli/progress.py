"""A progress bar on stderr for long jobs (big exports), only when stderr is a terminal.

Piped or redirected, nothing is drawn: the bar would only be noise in a file or a log.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator

#: below this many entries a job is over before a bar would be seen
PROGRESS_FROM = 2000


@contextlib.contextmanager
def progress_bar(total: int, label: str) -> Iterator[Callable[[int], None] | None]:
    """Yields `advance(done)` while drawing a bar, or None when no bar is wanted."""
    if total < PROGRESS_FROM or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda done: bar.update(task, completed=done)
