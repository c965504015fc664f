"""The front matter cache: the same articles and problems as PyYAML gives, without PyYAML once
the front matter was read before; a damaged or unwritable cache changes nothing."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leeslamp.core.context import Context
from leeslamp.library.articles import (
    ArticleFileError,
    bundled_articles_dir,
    load_library,
    parse_article,
)
from leeslamp.library.front_matter_cache import FrontMatterCache, cache_file

#: front matter PyYAML reads in different ways, good and bad (the body is added below)
FRONT_MATTERS = [
    "id: goed\ntitle: Een goed artikel\n",
    "title: Zonder id\ndate: 2022-02-15\n",  # the id from the file name; a date object
    "title: Met tijd\ndate: 2022-02-15 10:30:00+01:00\n",  # a datetime with its offset
    "title: Jaar\ndate: 2022\ncomplete: false\n",  # an int, a bool
    "title: Lijsten\ndisciplines: [systeemdenken]\nthemes:\n  - 'een: twee'\n  - drie\n",
    "title: Fout\ndisciplines: [onbekend]\n",  # a problem after PyYAML: its line is cached
    "title: Soort\nkind: gedicht\n",
    "title: Geneste datum\nextra: {wanneer: 2022-02-15}\n",  # JSON cannot hold it: not kept
    "title: Set\nextra: !!set {a, b}\n",  # neither this
    "title: Getal als sleutel\n1: een\n",
    "title: [niet afgesloten\n",  # PyYAML refuses: never kept
    "- een lijst\n- geen velden\n",
    "title: Niet te bouwen\ndate: 2022-02-30\n",
    "title: Genest getal\nextra: {1: een}\n",  # JSON would make the key text
]


def outcome(text: str, cache: FrontMatterCache | None) -> object:
    """The Article (as a tuple of its fields) or the problem `text` gives."""
    try:
        article = parse_article(text, Path("01-mijn-stuk.md"), cache=cache)
    except ArticleFileError as exc:
        return exc.problem
    return (*(getattr(article, name) for name in article.__dataclass_fields__),)


@pytest.mark.parametrize("fields", FRONT_MATTERS)
def test_the_same_article_or_problem_without_a_cache_from_a_cold_one_and_a_warm_one(
    tmp_path: Path, fields: str
) -> None:
    text = f"---\n{fields}---\nTekst.\n"
    plain = outcome(text, None)
    path = tmp_path / "cache" / "front-matter.json"
    cold = FrontMatterCache(path)
    assert outcome(text, cold) == plain
    cold.save()
    warm = FrontMatterCache(path)
    assert outcome(text, warm) == plain
    # what PyYAML read (the first seven, problems found after it too) and JSON holds exactly
    assert (warm.get(fields) is not None) == (FRONT_MATTERS.index(fields) < 7)


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=8),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
            lambda inner: (
                st.lists(inner, max_size=3) | st.dictionaries(st.text() | st.integers(), inner)
            ),
            max_leaves=6,
        ),
        max_size=5,
    )
)
def test_a_kept_entry_comes_back_exactly_as_pyyaml_made_it(data: dict[str, object]) -> None:
    with_title = {**data, "title": "Titel"}
    with_lines = {key: 2 for key in with_title}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cache" / "front-matter.json"
        cache = FrontMatterCache(path)
        cache.put("tekst", with_title, with_lines)
        cache.save()
        back = FrontMatterCache(path).get("tekst")
    if back is not None:  # not kept (a NaN, say) is fine; kept must be exact
        assert repr(back) == repr((with_title, with_lines))


def test_a_warm_library_loads_without_pyyaml(tmp_path: Path, private_home: Path) -> None:
    """In a process of its own: the first load reads PyYAML and keeps what it made, the second
    imports no PyYAML at all, and finds the same articles."""
    probe = (
        "import sys\n"
        "from leeslamp.core.context import Context\n"
        "context = Context.create(); context.keep_front_matter = True\n"
        "library = context.library()\n"
        "print('yaml' in sys.modules, len(library.articles), len(library.problems))\n"
    )
    (private_home / "articles").mkdir(parents=True)
    (private_home / "articles" / "eigen.md").write_text(
        "---\ntitle: Eigen\ndate: 2024-05-01\n---\nTekst.\n", encoding="utf-8"
    )

    def run() -> str:
        done = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    count = len(load_library([private_home / "articles"]).articles)
    assert run() == f"True {count} 0"
    assert run() == f"False {count} 0"
    path = cache_file(private_home)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_commands_read_the_cache_but_only_the_app_writes_it(private_home: Path) -> None:
    private_home.mkdir()
    Context.create().library()
    assert not cache_file(private_home).exists()
    context = Context.create()
    context.keep_front_matter = True
    context.library()
    assert cache_file(private_home).exists()


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{",
        b"[1]",
        b'{"format": 1, "entries": 7}',
        b'{"format": 1, "entries": {"title: x\\n": {"data": 1}}}',
        b'{"format": 1, "entries": {"title: x\\n": {"data": {}, "lines": {"a": "b"},'
        b' "dates": ["date"], "datetimes": []}}}',
    ],
)
def test_a_damaged_cache_is_rebuilt_silently(private_home: Path, damage: bytes) -> None:
    expected = load_library().articles
    path = cache_file(private_home)
    path.parent.mkdir(parents=True)
    path.write_bytes(damage)
    context = Context.create()
    context.keep_front_matter = True
    assert context.library().articles == expected
    rebuilt = json.loads(path.read_bytes())
    assert rebuilt["format"] == 1
    assert len(rebuilt["entries"]) == len(list(bundled_articles_dir().glob("*.md")))


def test_a_cache_that_cannot_be_written_changes_nothing(private_home: Path) -> None:
    cache_file(private_home).parent.parent.mkdir(parents=True)
    cache_file(private_home).parent.write_text("een bestand waar de map hoort")
    context = Context.create()
    context.keep_front_matter = True
    assert context.library().articles == load_library().articles


def test_entries_of_files_that_changed_are_dropped(tmp_path: Path) -> None:
    folder = tmp_path / "artikelen"
    folder.mkdir()
    article = folder / "stuk.md"
    article.write_text("---\ntitle: Eerst\n---\nTekst.\n", encoding="utf-8")
    path = tmp_path / "cache" / "front-matter.json"
    cache = FrontMatterCache(path)
    load_library([folder], bundled_dir=tmp_path / "leeg", cache=cache)
    cache.save()
    article.write_text("---\ntitle: Daarna\n---\nTekst.\n", encoding="utf-8")
    cache = FrontMatterCache(path)
    library = load_library([folder], bundled_dir=tmp_path / "leeg", cache=cache)
    cache.save()
    assert [a.title for a in library.articles] == ["Daarna"]
    assert list(json.loads(path.read_bytes())["entries"]) == ["title: Daarna\n"]
