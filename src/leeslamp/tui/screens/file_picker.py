"""Choosing files and folders with the keyboard: a dialog around Textual's `DirectoryTree`.

For the coach: the answer files of a group (one folder, or some files from several) for the
overview, and an assignment file to open and change. A path with spaces, quotes or other odd
characters is never typed, so never split wrong. File names are outside text (a stranger's
mail attachment may be called anything): shown as plain text with control characters made
visible, never as markup.

Dismisses with the chosen paths (in the order chosen), or None when the coach goes back.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rich.style import Style
from rich.text import Text, TextType
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DirectoryTree, Static
from textual.widgets.directory_tree import DirEntry
from textual.widgets.tree import TreeNode

from leeslamp.core.safe_text import for_terminal
from leeslamp.i18n import t
from leeslamp.tui.bindings import Key, LocalizedBindings, localized
from leeslamp.tui.plain import plain

#: shown before a chosen file or folder in the tree (a mark, not a colour alone)
CHOSEN_MARK = "✓ "


class PickerTree(DirectoryTree):
    """Folders, and files with one of `suffixes`; hidden ones left out. A chosen path is marked."""

    def __init__(self, path: Path, suffixes: tuple[str, ...], chosen: list[Path]) -> None:
        super().__init__(path, id="picker-tree")
        self.suffixes = suffixes
        self.chosen = chosen  # the dialog's list, shared: marks follow it

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [
            path
            for path in paths
            if not path.name.startswith(".")
            and (self._safe_is_dir(path) or path.suffix.lower() in self.suffixes)
        ]

    def process_label(self, label: TextType) -> Text:
        # a file name may hold an escape sequence: one visible character for each control
        return super().process_label(for_terminal(label if isinstance(label, str) else label.plain))

    def render_label(self, node: TreeNode[DirEntry], base_style: Style, style: Style) -> Text:
        shown = super().render_label(node, base_style, style)
        if node.data is not None and node.data.path in self.chosen:
            return Text.assemble((CHOSEN_MARK, "bold"), shown)
        return shown


class FilePicker(LocalizedBindings, ModalScreen[list[Path] | None]):
    """`many`: files and folders may be chosen (space), `o` reads them; otherwise Enter on a
    file chooses it at once."""

    HELP_NAME = "help.screen.picker"
    BINDINGS = localized(
        Key("escape", "cancel", "tui.picker.key.cancel"),
        # priority: the tree's own space only opens and closes a folder
        Key("space", "choose", "tui.picker.key.toggle", priority=True),
        Key("o", "done", "tui.picker.key.done"),
        Key("backspace", "up", "tui.picker.key.up"),
    )

    def __init__(
        self, start: Path, *, suffixes: tuple[str, ...], many: bool, title: str, intro: str
    ) -> None:
        super().__init__()
        self.start = _folder_of(start)
        self.suffixes = suffixes
        self.many = many
        self.title_text = title
        self.intro = intro
        self.chosen: list[Path] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="picker", classes="dialog"):
            yield Static(plain(self.title_text), classes="dialog-title", markup=False)
            yield Static(plain(self.intro), id="picker-intro", classes="dialog-hint", markup=False)
            yield Static(id="picker-folder", classes="dialog-hint", markup=False)
            yield PickerTree(self.start, self.suffixes, self.chosen)
            yield Static(id="picker-chosen", markup=False)

    def on_mount(self) -> None:
        self.folders.focus()
        self._show()

    @property
    def folders(self) -> PickerTree:
        return self.query_one(PickerTree)

    def _show(self) -> None:
        folder = Path(self.folders.path)
        self.query_one("#picker-folder", Static).update(
            plain(t("tui.picker.folder", path=str(folder)))
        )
        chosen = self.query_one("#picker-chosen", Static)
        chosen.display = self.many
        if not self.chosen:
            chosen.update(plain(t("tui.picker.none_chosen")))
            return
        names = ", ".join(_shown_name(path, folder) for path in self.chosen)
        chosen.update(plain(t("tui.picker.chosen", paths=names)))

    def _highlighted(self) -> Path | None:
        """The path under the cursor; the top line is the folder shown itself."""
        node = self.folders.cursor_node
        if node is None or node.data is None:
            return None
        return Path(node.data.path)

    def action_choose(self) -> None:
        path = self._highlighted()
        if path is None:
            return
        if not self.many:
            if not path.is_dir():
                self.dismiss([path])
            return
        if path in self.chosen:
            self.chosen.remove(path)
        else:
            self.chosen.append(path)
        node = self.folders.cursor_node
        if node is not None:
            node.refresh()
        self._show()

    @on(DirectoryTree.FileSelected)
    def _file_chosen(self, event: DirectoryTree.FileSelected) -> None:
        event.stop()
        if self.many:
            self.action_choose()
        else:
            self.dismiss([Path(event.path)])

    def action_done(self) -> None:
        """The chosen paths; none chosen: the highlighted one (a folder too, when many)."""
        if self.chosen:
            self.dismiss(list(self.chosen))
            return
        path = self._highlighted()
        if path is not None and (self.many or not path.is_dir()):
            self.dismiss([path])

    def action_up(self) -> None:
        folder = Path(self.folders.path)
        if folder.parent != folder:
            self.folders.path = folder.parent
            self._show()

    def action_cancel(self) -> None:
        self.dismiss(None)


def _folder_of(path: Path) -> Path:
    """The folder to start in: `path` if it is one, else the nearest folder above it."""
    for candidate in (path, *path.parents):
        if candidate.is_dir():
            return candidate
    return Path.cwd()


def _shown_name(path: Path, folder: Path) -> str:
    """A chosen path as short as it can be said: relative to the folder shown, if inside it."""
    try:
        return str(path.relative_to(folder))
    except ValueError:
        return str(path)
