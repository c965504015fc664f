"""The coach's overview takes the folders and files a mail program makes: names with spaces,
typed without quotes, or chosen in a file picker (Textual's DirectoryTree) with the keyboard."""

from __future__ import annotations

from pathlib import Path

from leeslamp.tui.screens.assignment_overview import OverviewScreen
from leeslamp.tui.screens.file_picker import FilePicker, PickerTree
from leeslamp.tui.typed_paths import typed_paths
from test_tui_assignment_overview import bundle
from tui_factory import SIZE, fill, make_app, settle, shown_text, wait_for


def downloads(tmp_path: Path) -> Path:
    """Downloads/Mijn antwoorden/{anna,bram}.json (+ Markdown copies), a loose 'chris kopie.json'
    and a file the overview has no use for."""
    folder = tmp_path / "Downloads"
    group = folder / "Mijn antwoorden"
    group.mkdir(parents=True)
    bundle(group, "Anna", {1: "Tijdens de verhuizing."})
    bundle(group, "Bram", {2: "Onze teamleider."})
    bundle(folder, "Chris", {3: "Steeds hetzelfde."}).rename(folder / "chris kopie.json")
    (folder / "notities.txt").write_text("niet voor het overzicht", encoding="utf-8")
    return folder


def rows(app) -> dict[str, list[str]]:
    text = shown_text(app)
    return {line.split()[0]: line.split()[1:] for line in text.splitlines() if "/3" in line}


def test_unquoted_paths_with_spaces_are_found_whole(tmp_path: Path) -> None:
    folder = downloads(tmp_path)
    anna, bram = folder / "Mijn antwoorden" / "anna.json", folder / "Mijn antwoorden" / "bram.json"
    assert typed_paths(f"{anna} {bram}") == ([anna, bram], [])
    assert typed_paths(f"'{folder / 'chris kopie.json'}' {anna}") == (
        [folder / "chris kopie.json", anna],
        [],
    )
    # what does not exist is named as typed, not word by word
    assert typed_paths(f"{folder}/Mijn antwoord {anna}") == ([anna], [folder / "Mijn antwoord"])


async def open_overview(pilot, typed: str) -> None:
    await settle(pilot)
    await pilot.press("c", "o")
    await settle(pilot)
    await fill(pilot, pilot.app.focused, typed)


async def picker_tree(pilot) -> PickerTree:
    """The picker's tree once it has read its folder. (Not `settle`: the tree's loader is a
    worker that waits for folders to read as long as the tree lives.)"""

    def loaded() -> bool:
        """the picker is open and its folder read"""
        screen = pilot.app.screen
        return isinstance(screen, FilePicker) and bool(screen.query_one(PickerTree).root.children)

    await wait_for(pilot, loaded)
    return pilot.app.screen.query_one(PickerTree)


async def test_a_typed_folder_and_file_with_spaces_are_read(
    private_home: Path, tmp_path: Path
) -> None:
    folder = downloads(tmp_path)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_overview(pilot, f"{folder / 'Mijn antwoorden'} {folder / 'chris kopie.json'}")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, OverviewScreen)
        assert rows(app) == {
            "Anna": ["✓", "·", "·", "1/3"],
            "Bram": ["·", "✓", "·", "1/3"],
            "Chris": ["·", "·", "✓", "1/3"],
        }
        assert "vind ik niet" not in shown_text(app)


async def test_a_folder_and_a_file_chosen_in_the_picker_are_read(
    private_home: Path, tmp_path: Path
) -> None:
    folder = downloads(tmp_path)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_overview(pilot, str(folder))
        await pilot.press("ctrl+o")  # from inside the field
        tree = await picker_tree(pilot)
        picker = app.screen
        names = [str(node.label) for node in tree.root.children]
        assert names == ["Mijn antwoorden", "chris kopie.json"]  # no .txt, folders first
        await pilot.press("down", "space", "down", "space")
        assert picker.chosen == [folder / "Mijn antwoorden", folder / "chris kopie.json"]
        assert "Gekozen: Mijn antwoorden, chris kopie.json" in shown_text(app)
        await pilot.press("up", "space")  # chosen again: not any more
        assert picker.chosen == [folder / "chris kopie.json"]
        await pilot.press("space", "o")
        await wait_for(pilot, lambda: isinstance(app.screen, OverviewScreen))
        await settle(pilot)
        assert isinstance(app.screen, OverviewScreen)
        assert set(rows(app)) == {"Anna", "Bram", "Chris"}
        # the field says what was read, as a line that reads the same again
        field = app.screen.query_one("#overview-paths")
        assert typed_paths(field.value) == (
            [folder / "chris kopie.json", folder / "Mijn antwoorden"],
            [],
        )


async def test_going_back_from_the_picker_changes_nothing(
    private_home: Path, tmp_path: Path
) -> None:
    folder = downloads(tmp_path)
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_overview(pilot, str(folder / "Mijn antwoorden" / "anna.json"))
        await pilot.press("ctrl+o")
        tree = await picker_tree(pilot)
        assert Path(tree.path) == folder / "Mijn antwoorden"
        await pilot.press("backspace")  # a folder up
        assert Path(tree.path) == folder
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, OverviewScreen))
        await settle(pilot)
        assert isinstance(app.screen, OverviewScreen)
        assert app.screen.overview is None
        assert app.screen.query_one("#overview-paths").value.endswith("anna.json")


async def test_the_report_saved_as_html_is_the_page_to_print(
    private_home: Path, tmp_path: Path
) -> None:
    from leeslamp.assignments.report_html import markdown_page
    from leeslamp.tui.screens.assignment_overview import ReportScreen

    folder = downloads(tmp_path)
    page = tmp_path / "verslag.html"
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_overview(pilot, str(folder / "Mijn antwoorden"))
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReportScreen)
        await pilot.press("s")
        assert "Eindigt de naam op .html" in shown_text(app)
        await fill(pilot, screen.query_one("#report-path"), str(page))
        await pilot.press("enter")
        await settle(pilot)
        assert f"Bewaard in {page}." in shown_text(app)
    html = page.read_text(encoding="utf-8")
    assert html == markdown_page(screen.markdown, "Overzicht: Leesopdracht week 10")
    assert "<style>" in html and "Tijdens de verhuizing." in html


async def test_o_at_once_reads_the_folder_the_picker_opened_in(
    private_home: Path, tmp_path: Path
) -> None:
    folder = downloads(tmp_path) / "Mijn antwoorden"
    app = make_app(private_home)
    async with app.run_test(size=SIZE) as pilot:
        await open_overview(pilot, str(folder))
        await pilot.press("ctrl+o")
        await picker_tree(pilot)
        await pilot.press("o")
        await wait_for(pilot, lambda: isinstance(app.screen, OverviewScreen))
        await settle(pilot)
        assert set(rows(app)) == {"Anna", "Bram"}
