"""What the attention part costs in the reader. Run: `.venv/bin/python benchmarks/attention_reader.py`.
Prints numbers; asserts nothing.

- mapping: the total time of `passages_mounted` (pair blocks with widgets, paint) over the whole
  progressive mount of a generated 30/100/200 KB article;
- cursor: 21 presses of ↓ with the passage cursor on, against 21 presses of ↓ that scroll, in
  Textual's Pilot (which adds its own pause per key: compare the two, not the absolute);
- opening with notes: `load_notes` for 200 notes on a 30 KB article after a paragraph was
  inserted at the top (every note moves and is written back to the journal).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
os.environ["LEESLAMP_HOME"] = tempfile.mkdtemp()

from leeslamp.core.paths import Paths  # noqa: E402
from leeslamp.journal import Journal  # noqa: E402
from leeslamp.library.article_text import block_offsets  # noqa: E402
from leeslamp.library.articles import parse_article  # noqa: E402
from leeslamp.notes.attention_notes import add_note, load_notes  # noqa: E402
from leeslamp.tui.screens.reader.attention import AttentionController  # noqa: E402
from tui_factory import long_body, make_app, settle, write_article  # noqa: E402

spent = [0.0, 0]
_mounted = AttentionController.passages_mounted


def _timed(self) -> None:
    start = time.perf_counter()
    _mounted(self)
    spent[0] += time.perf_counter() - start
    spent[1] += 1


AttentionController.passages_mounted = _timed  # type: ignore[method-assign]


async def reader_case(kilobytes: int) -> None:
    home = Path(tempfile.mkdtemp())
    write_article(home / "articles", "groot", "Groot", long_body(kilobytes))
    spent[:] = [0.0, 0]
    app = make_app(home, article_id="groot")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        blocks = len(app.screen.article.blocks)
        mapping = spent[0] * 1000
        start = time.perf_counter()
        for _ in range(21):
            await pilot.press("down")
        scroll = (time.perf_counter() - start) * 1000
        await pilot.press("home", "m")
        start = time.perf_counter()
        for _ in range(21):
            await pilot.press("down")
        cursor = (time.perf_counter() - start) * 1000
    print(
        f"{kilobytes:>4} KB  {blocks:>4} blocks  mapping {mapping:6.1f} ms in {spent[1]:>2} parts"
        f"  21 keys: cursor {cursor:5.0f} ms, scrolling {scroll:5.0f} ms"
    )


def reanchor_case(notes: int = 200) -> None:
    home = Path(tempfile.mkdtemp())
    body = long_body(30)
    path = Path("groot.md")
    old = parse_article(f"---\nid: groot\ntitle: Groot\n---\n{body}", path)
    new = parse_article(f"---\nid: groot\ntitle: Groot\n---\nVooraf.\n\n{body}", path)
    spans = []  # each paragraph whole, its first 40 and its last 40 code points
    for start, end in block_offsets(old.blocks):
        spans += [(start, end), (start, min(start + 40, end)), (max(end - 40, start), end)]
    with Journal.open(Paths(home)) as journal:
        for start, end in spans[:notes]:
            add_note(journal, old, start, end)
        begin = time.perf_counter()
        loaded = load_notes(journal, new)
        took = (time.perf_counter() - begin) * 1000
    states = Counter(n.anchor.state for n in loaded if n.anchor)
    print(
        f"load_notes, 30 KB, a paragraph inserted at the top: {len(loaded)} notes re-anchored"
        f" and written back in {took:.0f} ms ({dict(states)})"
    )


def main() -> None:
    for kilobytes in (30, 100, 200):
        asyncio.run(reader_case(kilobytes))
    reanchor_case()


if __name__ == "__main__":
    main()
