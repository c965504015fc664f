"""Changing an existing assignment in the compose screen, saved as its next version.

The coach opens an assignment file (ctrl+o, the file picker); it is checked as readers check
it and fills the form. Title and coach stay as they are (they are what makes the new file a
version of the old one, see `assignments.next_version`), the rest can change. Saving writes a
new file beside the original (`week49-versie-2.toml`), never the original itself, and only when
something changed. After saving, the new file is the one being changed: the next save makes
version 3.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from leeslamp.i18n import t

if TYPE_CHECKING:
    from leeslamp.assignments import Assignment, CheckResult
    from leeslamp.tui.screens.assignment_compose import ComposeScreen


@dataclass(frozen=True)
class Opened:
    """The file being changed and the assignment in it as it was read."""

    path: Path
    assignment: Assignment


class VersionEditing:
    """The compose screen's part that opens a file and saves its next version."""

    def __init__(self, screen: ComposeScreen) -> None:
        self.screen = screen
        self.opened: Opened | None = None

    # --- opening ----------------------------------------------------------------------

    def choose(self) -> None:
        from textual.widgets import Input

        from leeslamp.tui.saving import typed_path
        from leeslamp.tui.screens.file_picker import FilePicker

        # where the coach was last: the file being changed, else the folder to save in
        typed = self.screen.query_one("#compose-path", Input).value
        start = self.opened.path if self.opened else typed_path(typed or ".")
        picker = FilePicker(
            start,
            suffixes=(".toml",),
            many=False,
            title=t("compose.open_title"),
            intro=t("compose.open_intro"),
        )
        self.screen.app.push_screen(picker, self._chosen)

    def _chosen(self, paths: list[Path] | None) -> None:
        if paths:
            self.screen.run_worker(
                lambda: self._read(paths[0]),
                thread=True,
                exclusive=True,
                group="compose-open",
                exit_on_error=False,
            )

    def _read(self, path: Path) -> None:
        from leeslamp.assignments import read_assignment

        known = self.screen.services.context.library().ids()
        result = read_assignment(path, known_articles=known)
        self.screen.app.call_from_thread(self._read_done, path, result)

    def _read_done(self, path: Path, result: CheckResult) -> None:
        if result.assignment is None:
            sentences = "\n".join(finding.sentence(path) for finding in result.errors[:5])
            self.screen.say(t("compose.open_failed", path=path, problems=sentences), problem=True)
            return
        self.screen.call_later(self._open, path, result.assignment)

    async def _open(self, path: Path, assignment: Assignment) -> None:
        from leeslamp.assignments.next_version import next_version_path

        self.opened = Opened(path, assignment)
        await self.screen.fill_form(assignment)
        self.screen.set_path(next_version_path(path))
        self._lock_names(locked=True)
        self.screen.show_title()
        self.screen.say(t("compose.opened", file=path.name, new=next_version_path(path).name))

    def forget(self) -> None:
        """Back to composing a new assignment."""
        self.opened = None
        self._lock_names(locked=False)

    def _lock_names(self, *, locked: bool) -> None:
        from textual.widgets import Input

        for field in ("#compose-title", "#compose-coach"):
            self.screen.query_one(field, Input).disabled = locked

    # --- saving -----------------------------------------------------------------------

    def refusal(self, draft: Assignment, target: Path) -> str | None:
        """Why this save may not happen (a sentence), or None. Only while changing a file."""
        from leeslamp.assignments.next_version import same_file, version_problem

        opened = self.opened
        if opened is None:
            return None
        if same_file(target, opened.path):
            return t("compose.version_original", file=opened.path.name)
        problem = version_problem(opened.assignment, draft)
        return t(problem, file=opened.path.name) if problem else None

    def header(self) -> str:
        """The comment that goes on top of the saved file ("" for a new assignment)."""
        from leeslamp.assignments.next_version import version_comment

        opened = self.opened
        if opened is None:
            return ""
        today = self.screen.services.context.today()
        return version_comment(opened.path, opened.assignment, today)

    def saved(self, path: Path, assignment: Assignment) -> None:
        """The saved file is the one being changed from now on: the next save is one further."""
        from leeslamp.assignments.next_version import next_version_path

        if self.opened is not None:
            self.opened = Opened(path, assignment)
            self.screen.set_path(next_version_path(path))
            self.screen.show_title()
