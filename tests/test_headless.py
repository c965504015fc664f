"""A headless core: only `leeslamp.tui` may import Textual.

Each check runs in a fresh interpreter, because this test process may have Textual loaded
already (the TUI tests), and asks `sys.modules` what an import really pulled in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

DOMAIN_MODULES = [
    "leeslamp.library.articles",
    "leeslamp.library.article_text",
    "leeslamp.notes.anchoring",
    "leeslamp.notes.attention_notes",
    "leeslamp.daily.bank",
    "leeslamp.daily.schedule",
    "leeslamp.core.dates",
    "leeslamp.core.context",
    "leeslamp.journal",
    "leeslamp.assignments",
    "leeslamp.cli",
]

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


@pytest.mark.parametrize("module", DOMAIN_MODULES)
def test_domain_module_imports_without_textual(module: str, tmp_path: Path) -> None:
    loaded = loaded_after(f"import {module}", tmp_path)
    assert [m for m in loaded if m.startswith("textual")] == []


def test_leeslamp_vandaag_runs_without_textual(tmp_path: Path) -> None:
    code = "from leeslamp.cli import main\nassert main(['vandaag', '--datum', '2026-11-30']) == 0"
    loaded = loaded_after(code, tmp_path)
    assert [m for m in loaded if m.startswith("textual")] == []


def test_leeslamp_vandaag_json_runs_without_textual(tmp_path: Path) -> None:
    code = "from leeslamp.cli import main\nassert main(['today', '--json']) == 0"
    loaded = loaded_after(code, tmp_path)
    assert [m for m in loaded if m.startswith("textual")] == []


def test_importing_the_command_line_loads_no_yaml_or_journal(tmp_path: Path) -> None:
    """`leeslamp vandaag` stays fast: the article parser and the journal load only when used."""
    assert loaded_after("import leeslamp.cli", tmp_path) == []


def test_vandaag_without_a_journal_loads_no_tinydb(tmp_path: Path) -> None:
    """Building the whole command line (every subcommand's options) must not load the journal."""
    code = "from leeslamp.cli import main\nassert main(['vandaag', '--datum', '2026-11-30']) == 0"
    assert [m for m in loaded_after(code, tmp_path) if m.startswith("tinydb")] == []
