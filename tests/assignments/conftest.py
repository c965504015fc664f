"""Fixtures for the coach-assignment tests: a library with the example's articles, a journal,
and a way to run the command line and see what it printed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from assignment_samples import GOOD, add_articles

from leeslamp.cli import main
from leeslamp.core.paths import resolve
from leeslamp.journal import Journal


@pytest.fixture(autouse=True)
def library(private_home: Path) -> Path:
    add_articles(private_home / "articles")
    return private_home


@pytest.fixture
def journal(private_home: Path) -> Iterator[Journal]:
    with Journal.open(resolve(private_home)) as opened:
        yield opened


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "opdracht.toml"
    path.write_text(GOOD, encoding="utf-8")
    return path


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """run("opdracht", "lijst") -> Result(code, out, err)."""

    def runner(*args: str | Path) -> Result:
        capsys.readouterr()
        code = main([str(arg) for arg in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return runner
