"""A headless core: only `leeslamp.tui` may import Textual.

Each check runs in a fresh interpreter, because this test process may have Textual loaded
already (the TUI tests), and asks `sys.modules` what an import really pulled in.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import leeslamp

#: the parts that may know about Textual (the TUI) or start it (the CLI); everything else is core
NOT_CORE = ("leeslamp.tui", "leeslamp.cli")


def core_modules(path: list[str] = leeslamp.__path__, prefix: str = "leeslamp.") -> list[str]:
    """Every module of leeslamp outside the TUI and the CLI, found rather than listed, so a new
    module is checked the day it is added. Walked by hand (`pkgutil.walk_packages` would import
    the TUI's packages, and Textual with them, just to look inside)."""
    found: list[str] = []
    for info in pkgutil.iter_modules(path, prefix):
        if info.name in NOT_CORE:
            continue
        found.append(info.name)
        if info.ispkg:
            package = importlib.import_module(info.name)
            found += core_modules(list(package.__path__), info.name + ".")
    return sorted(found)


CORE_MODULES = core_modules()
#: the name of the import-linter contract in pyproject.toml that keeps the core headless
CORE_CONTRACT = "The core never imports Textual, the TUI or the CLI"

REPORT = (
    "import json, sys\n"
    "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'yaml', 'tinydb'))\n"
    "print(json.dumps(heavy), file=sys.stderr)\n"
)


def loaded_after(code: str, home: Path) -> list[str]:
    """The Textual, YAML and TinyDB modules loaded after running `code` in a new Python."""
    env = {**os.environ, "LEESLAMP_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", code + "\n" + REPORT], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stderr.strip().splitlines()[-1])


def test_the_core_modules_are_found() -> None:
    assert "leeslamp.journal.storage" in CORE_MODULES
    assert "leeslamp.daily.today" in CORE_MODULES
    assert not [m for m in CORE_MODULES if m.startswith(NOT_CORE)]


@pytest.fixture(scope="module")
def textual_by_module(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The Textual modules each core module pulls in, imported one after another in one new
    Python (one interpreter, not one per module: the first module that brings Textual in is the
    one that fails, and the check costs a second instead of ten)."""
    code = (
        "import importlib, json, sys\n"
        "new = {}\n"
        f"for name in {CORE_MODULES!r}:\n"
        "    before = set(sys.modules)\n"
        "    importlib.import_module(name)\n"
        "    new[name] = sorted(m for m in set(sys.modules) - before"
        " if m.split('.')[0] == 'textual')\n"
        "print(json.dumps(new), file=sys.stderr)\n"
    )
    env = {**os.environ, "LEESLAMP_HOME": str(tmp_path_factory.mktemp("home"))}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_imports_without_textual(
    module: str, textual_by_module: dict[str, list[str]]
) -> None:
    assert textual_by_module[module] == []


def test_the_import_contract_covers_every_core_package() -> None:
    """import-linter's core contract names packages: a new one must be added there."""
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    config = tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["importlinter"]
    contract = next(c for c in config["contracts"] if c["name"] == CORE_CONTRACT)
    top_level = {".".join(m.split(".")[:2]) for m in CORE_MODULES} - {"leeslamp.__main__"}
    assert sorted(top_level - set(contract["source_modules"])) == []
