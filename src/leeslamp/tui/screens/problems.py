"""Which article files were skipped, and why: file, line, what is wrong."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from leeslamp.i18n import t
from leeslamp.library.articles import ArticleProblem
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.plain import plain


class ProblemsScreen(LocalizedBindings, ModalScreen[None]):
    BINDINGS = localized(
        Key("escape", "dismiss", "tui.key.close"),
        Key("exclamation_mark", "dismiss", "tui.key.close", show=False),
    )

    def __init__(self, problems: Sequence[ArticleProblem]) -> None:
        super().__init__()
        self.problems = list(problems)

    def compose(self) -> ComposeResult:
        with Vertical(id="problems", classes="dialog"):
            with Vertical(classes="dialog-head"):
                yield Static(t("problems.title"), classes="dialog-title")
                yield Static(f"Esc  {t('tui.key.close')}", classes="dialog-hint")
                yield Static(t("problems.intro"), classes="dialog-intro")
            with VerticalScroll(id="problem-list"):
                for problem in self.problems:
                    yield Static(plain(f"• {problem.sentence()}"), markup=False, classes="problem")
