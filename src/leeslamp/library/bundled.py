"""Where the bundled articles are: its own small module, so `leeslamp vandaag`'s cache can check
their files without importing the article loader (`library.articles`, which re-exports this)."""

from __future__ import annotations

from pathlib import Path


def bundled_articles_dir() -> Path:
    """The articles that ship with leeslamp: inside the installed package, else the source tree."""
    # The wheel force-includes them beside this module as plain files, so look there first:
    # importlib.resources finds the same folder, but its imports cost `leeslamp vandaag` ~7 ms.
    packaged = Path(__file__).parents[1] / "articles"
    if packaged.is_dir():
        return packaged
    source_tree = Path(__file__).resolve().parents[3] / "articles"
    if source_tree.is_dir():
        return source_tree
    from importlib import resources  # an unusual install; the last place to look

    return Path(str(resources.files("leeslamp") / "articles"))
