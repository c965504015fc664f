"""A long article in the reader: loading the rest does work in proportion to the article, not
to the article times its parts; End pressed while it loads ends at the end."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from leeslamp.tui.screens.reader import screen as reader_screen
from leeslamp.tui.screens.reader.chunks import split_body
from leeslamp.tui.screens.reader.passages import PassageMap, text_widgets
from tui_factory import SIZE, long_body, make_app, settle, write_article

#: every kind of block the reader pairs, and some it cannot: lists and quotes a part may end
#: after, a table and an HTML block, a fence, hard breaks, a control character
MIXED = "\n\n".join(
    [
        "Eerste alinea van een gemengd artikel.",
        "## Een kop",
        "- een punt\n- nog een punt met *nadruk*\n  - dieper\n- laatste punt",
        "1. eerste\n\n   met een alinea erin\n2. tweede",
        "> een citaat\n>\n> dat doorgaat",
        "```python\nprint('code')\n```",
        "| a | b |\n|---|---|\n| c | d |",
        "<div>HTML als tekst</div>",
        "Een harde  \nbreuk en een \u202e teken.",
        "---",
        "Een alinea met `code  erin` en ~~streep~~.",
    ]
)


def small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader cuts the rest into parts of about 300 characters: many parts."""
    parts = partial(split_body, part_chars=300, max_part_chars=300)
    monkeypatch.setattr(reader_screen, "split_body", parts)


async def test_pairing_while_the_article_mounts_is_the_pairing_of_the_whole(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After each part, the blocks are paired with the widgets exactly as pairing all of the
    mounted document afresh would pair them (the sync only looks at what the part changed)."""
    small_parts(monkeypatch)
    synced = PassageMap.sync
    checked = []

    def checked_sync(self: PassageMap, document) -> None:
        synced(self, document)
        fresh = PassageMap(self.blocks)
        synced(fresh, document)
        mine = [(p.widget, p.start, p.end) if p else None for p in self.placed]
        assert mine == [(p.widget, p.start, p.end) if p else None for p in fresh.placed]
        checked.append(sum(p is not None for p in self.placed))

    monkeypatch.setattr(PassageMap, "sync", checked_sync)
    write_article(private_home / "articles", "gemengd", "Gemengd", (MIXED + "\n\n") * 12)
    app = make_app(private_home, article_id="gemengd")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        assert reader.loaded and len(checked) > 10  # many parts, each checked
        assert checked == sorted(checked) and checked[0] < checked[-1]  # more with each part


async def test_pairing_a_long_article_looks_at_each_widget_about_once(
    private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, every part paired the whole document mounted so far again: 130 parts of a
    530 KB article looked at 130 000 widgets (3 s), for 2000 widgets."""
    small_parts(monkeypatch)
    looked_at = []
    own_of, synced = PassageMap._own_of, PassageMap.sync
    syncs = []

    def sync(self: PassageMap, document) -> None:
        syncs.append(document)
        synced(self, document)

    def counted(widget, known):
        looked_at.append(widget)
        return own_of(widget, known)

    monkeypatch.setattr(PassageMap, "_own_of", staticmethod(counted))
    monkeypatch.setattr(PassageMap, "sync", sync)
    write_article(private_home / "articles", "lang", "Lang", long_body(30))
    app = make_app(private_home, article_id="lang")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.screen
        assert reader.loaded
        widgets = len(text_widgets(reader.document))
        # each once, and the last one of a part once more (the next part re-renders it)
        assert len(syncs) > 10
        assert widgets <= len(looked_at) <= widgets + len(syncs)
