"""What the command line calls to run the app: the app until the reader quits, then what is
left to write (off screen), and a fatal problem raised once the terminal is back."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from leeslamp.core.safe_text import printable
from leeslamp.i18n import t
from leeslamp.tui.app import LeeslampApp

if TYPE_CHECKING:
    from leeslamp.core.context import Context


def run_app(
    context: Context,
    article_id: str | None = None,
    *,
    morning: bool = False,
    minutes: int | None = None,
) -> int:
    """Run the app until the reader quits. A fatal problem is raised after the terminal is
    restored, so `cli.main()` prints its sentence on stderr like any other error."""
    app = LeeslampApp(context, article_id=article_id, morning=morning, minutes=minutes)
    try:
        app.run()
    finally:
        # Positions and editor text still waiting are written now, off screen. Text that even
        # now cannot be saved is printed, so the reader can copy it: never lose a word.
        for text, error in app.journal_link.close():
            reason = error.sentence() if error else t("tui.read_only")
            print(printable(t("tui.unsaved_text", reason=reason)), file=sys.stderr)
            print(printable(text), file=sys.stderr)  # every word; no escape sequence acts
    if app.fatal_error is not None:
        raise app.fatal_error
    return app.return_code or 0
