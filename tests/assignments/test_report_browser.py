"""The report page in a real browser: headless Chromium renders it and takes a screenshot, and
prints it to PDF (a page per question). Skipped where Chromium is not installed (Debian:
`apt-get install chromium`)."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from test_report_html import group

CHROMIUM = next(
    (found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium here")


def chromium(tmp_path: Path, page: Path, *what: str) -> None:
    """Run headless Chromium on `page` without any network: no background connections, and
    every host name resolves to nothing, so a page that fetched something would show it."""
    assert CHROMIUM is not None
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        *what,
        page.as_uri(),
    ]
    subprocess.run(command, capture_output=True, timeout=120, check=True)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_chromium_shows_the_report_and_prints_a_page_per_question(tmp_path: Path, run) -> None:
    files = group(tmp_path / "antwoorden")
    page = tmp_path / "rapport.html"
    assert run("opdracht", "overzicht", *files, "-o", page).code == 0
    shot = tmp_path / "rapport.png"
    chromium(tmp_path, page, "--hide-scrollbars", "--window-size=900,1300", f"--screenshot={shot}")
    assert png_size(shot) == (900, 1300)
    assert shot.stat().st_size > 20_000  # text and a table, not an empty page
    pdf = tmp_path / "rapport.pdf"
    chromium(tmp_path, page, "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    pages = re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes())
    assert len(pages) == 4  # the head, then questions 1, 2 and 3
