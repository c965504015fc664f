"""Loading article files: good ones become Articles, every broken one a problem naming file and line."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from leeslamp import i18n
from leeslamp.core.context import Context
from leeslamp.core.limits import ARTICLE_MAX_BYTES, TITLE_MAX_CHARS
from leeslamp.library.articles import (
    ID_PATTERN,
    KINDS,
    ArticleFileError,
    ArticleProblem,
    load_library,
    parse_article,
    read_article,
)
from leeslamp.library.disciplines import DISCIPLINES, FACTORS

GOOD = "---\nid: goed\ntitle: Een goed artikel\n---\n\nGewone tekst.\n"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def problem_of(text: str, name: str = "stuk.md") -> ArticleProblem:
    with pytest.raises(ArticleFileError) as caught:
        parse_article(text, Path(name))
    return caught.value.problem


def front(fields: str, body: str = "Tekst.\n") -> str:
    return f"---\n{fields}---\n{body}"


@pytest.fixture
def empty_bundle(tmp_path: Path) -> Path:
    """An empty bundled folder, so a test sees only its own files."""
    folder = tmp_path / "bundled"
    folder.mkdir()
    return folder


# --- good files ---------------------------------------------------------------------------


def test_a_full_front_matter_is_read_into_the_article() -> None:
    text = front(
        "id: over-aandacht\ntitle: Over aandacht\nauthor: Eline Faber\ndate: 2022-02\n"
        "kind: interview\ncomplete: false\ndisciplines: [teamleren]\n"
        "factors: [kennisdeling]\nthemes: [aandacht]\nsummary: Kort.\nprompts: [Wat zie je?]\n",
        body="\n\n## Kop\n\nTekst.\n\n",
    )
    article = parse_article(text, Path("x.md"))
    assert (article.id, article.title, article.author, article.date) == (
        "over-aandacht",
        "Over aandacht",
        "Eline Faber",
        "2022-02",
    )
    assert (article.kind, article.complete) == ("interview", False)
    assert (article.disciplines, article.factors, article.themes) == (
        ("teamleren",),
        ("kennisdeling",),
        ("aandacht",),
    )
    assert (article.summary, article.prompts) == ("Kort.", ("Wat zie je?",))
    assert article.body == "## Kop\n\nTekst.\n"


def test_only_a_title_is_needed_and_the_rest_has_defaults() -> None:
    article = parse_article(front("title: Kaal\n"), Path("07-Mijn Eigen Stuk.md"))
    assert article.id == "mijn-eigen-stuk"
    assert (article.kind, article.complete, article.author, article.date) == (
        "artikel",
        True,
        None,
        None,
    )


def test_a_byte_order_mark_and_windows_line_ends_are_fine() -> None:
    text = "\ufeff---\r\ntitle: Windows\r\n---\r\nTekst.\r\n"
    assert parse_article(text, Path("w.md")).title == "Windows"
    # the body's line ends are Markdown's newlines (the reader shows any CR left as ␍)
    text = "---\r\ntitle: W\r\n---\r\n\r\nEen\r\nregel.\r\n\r\nTwee.\rDrie.\r\n"
    article = parse_article(text, Path("w.md"))
    assert article.body == "Een\nregel.\n\nTwee.\nDrie.\n"
    assert [block.text for block in article.blocks] == ["Een regel.", "Twee. Drie."]


def test_a_full_date_in_yaml_becomes_an_iso_date() -> None:
    assert parse_article(front("title: T\ndate: 2022-02-15\n"), Path("x.md")).date == "2022-02-15"


def test_a_date_with_a_time_keeps_only_the_day() -> None:
    article = parse_article(front("title: T\ndate: 2022-02-15 10:30:00\n"), Path("x.md"))
    assert article.date == "2022-02-15"


def test_a_year_alone_is_a_date() -> None:
    assert parse_article(front("title: T\ndate: 2022\n"), Path("x.md")).date == "2022"


# --- broken files: one problem each, with the line -----------------------------------------


def test_bad_yaml_names_the_line_and_the_reason() -> None:
    problem = problem_of(front("title: Goed\nauthor: Jan: de Vries\n"))
    assert problem.key == "problem.bad_yaml"
    assert problem.line == 3
    assert "regel 3" in problem.sentence() and "stuk.md" in problem.sentence()
    assert "mapping values are not allowed" in problem.message()


@pytest.mark.parametrize(
    ("fields", "line"),
    [
        ("title: T\nthemes: [open\nkind: artikel\n", 3),
        ("title: T\nthemes: [open\n", 3),
        ("title: T\nauthor: {naam: Jan\n\nkind: artikel\n", 3),
        ('title: "Open\nkind: artikel\n\n', 2),
    ],
)
def test_an_unclosed_bracket_or_quote_names_the_line_where_it_opened(
    fields: str, line: int
) -> None:
    """Not the closing '---', where YAML notices the stream has ended."""
    problem = problem_of(front(fields))
    assert (problem.key, problem.line) == ("problem.bad_yaml", line)


def test_a_value_yaml_cannot_build_names_its_field_and_line() -> None:
    """PyYAML raises a plain ValueError for 2022-02-30; that is the file's problem, not a crash."""
    problem = problem_of(front("title: Goed\nkind: artikel\ndate: 2022-02-30\n"))
    assert (problem.key, problem.params, problem.line) == (
        "problem.bad_value",
        {"field": "date"},
        4,
    )


@pytest.mark.parametrize(
    "value", ["!!timestamp 2022", "!!bool misschien", "!!int tien", "!!float abc", "0x_"]
)
def test_values_with_a_tag_yaml_cannot_build_are_a_problem(value: str) -> None:
    problem = problem_of(front(f"title: Goed\nthemes: {value}\n"))
    assert (problem.key, problem.line) == ("problem.bad_value", 3)


def test_front_matter_that_is_a_list_is_not_fields() -> None:
    problem = problem_of(front("- title\n- Goed\n"))
    assert (problem.key, problem.line) == ("problem.not_mapping", 2)


@pytest.mark.parametrize("title", ["", "title:\n", "title: '   '\n", "auteur: Jan\n"])
def test_missing_or_blank_title(title: str) -> None:
    problem = problem_of(front(f"id: zonder-titel\n{title}"))
    assert (problem.key, problem.params) == ("problem.missing_field", {"field": "title"})


def test_an_empty_file_is_a_problem() -> None:
    assert problem_of("").key == "problem.empty"
    assert problem_of(" \n\n\t\n").key == "problem.empty"


def test_a_file_without_front_matter() -> None:
    problem = problem_of("# Gewoon Markdown\n\nTekst.\n")
    assert (problem.key, problem.line) == ("problem.no_front_matter", 1)


def test_front_matter_that_is_never_closed() -> None:
    problem = problem_of("---\ntitle: Open\n\nTekst.\n")
    assert (problem.key, problem.line) == ("problem.unclosed_front_matter", 1)


def test_an_unknown_kind_names_its_line() -> None:
    problem = problem_of(front("title: T\nkind: roman\n"))
    assert (problem.key, problem.params, problem.line) == (
        "problem.bad_kind",
        {"value": "roman"},
        3,
    )


def test_an_unknown_discipline_names_it_and_the_known_ones() -> None:
    problem = problem_of(front("title: T\n\ndisciplines: [teamleren, vliegen]\n"))
    assert (problem.key, problem.line) == ("problem.bad_discipline", 4)
    assert "vliegen" in problem.message() and "systeemdenken" in problem.message()


def test_an_unknown_factor_is_called_a_factor() -> None:
    problem = problem_of(front("title: T\nfactors: [geluk]\n"))
    assert (problem.key, problem.line) == ("problem.bad_factor", 3)
    assert "geluk" in problem.message() and "kennisdeling" in problem.message()


def test_a_discipline_with_spaces_around_it_is_still_known() -> None:
    article = parse_article(front("title: T\ndisciplines: [' teamleren ']\n"), Path("x.md"))
    assert article.disciplines == ("teamleren",)


@pytest.mark.parametrize("date", ["februari 2022", "2022-2", "22-02-2022", "true"])
def test_a_date_in_another_shape_is_a_problem(date: str) -> None:
    problem = problem_of(front(f"title: T\ndate: {date}\n"))
    assert (problem.key, problem.line) == ("problem.bad_date", 3)


def test_an_id_with_capitals_or_spaces_is_a_problem() -> None:
    problem = problem_of(front("id: Mijn Artikel\ntitle: T\n"))
    assert (problem.key, problem.line) == ("problem.bad_id", 2)


@pytest.mark.parametrize(
    ("fields", "field", "line"),
    [
        ("title: 12\n", "title", 2),
        ("title: [een, lijst]\n", "title", 2),
        ("title: T\nauthor: {naam: Jan}\n", "author", 3),
        ("title: T\ncomplete: ja graag\n", "complete", 3),
        ("title: T\ndisciplines: teamleren\n", "disciplines", 3),
        ("title: T\nthemes: [1, 2]\n", "themes", 3),
        ("title: T\nprompts:\n  - Waar: hier?\n", "prompts", 3),  # unquoted ': ' is a mapping
        ("title: T\nsummary: [kort]\n", "summary", 3),
    ],
)
def test_a_field_of_the_wrong_type_names_field_and_line(fields: str, field: str, line: int) -> None:
    problem = problem_of(front(fields))
    assert (problem.key, problem.params["field"], problem.line) == ("problem.bad_type", field, line)


def test_an_empty_body_names_the_line_after_the_front_matter() -> None:
    problem = problem_of("---\ntitle: Leeg\n---\n\n  \n")
    assert (problem.key, problem.line) == ("problem.empty_body", 4)


def test_a_file_that_is_not_utf8_names_the_byte_and_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.md", "---\ntitle: Café\n---\nTekst.\n".encode("latin-1"))
    with pytest.raises(ArticleFileError) as caught:
        read_article(path)
    problem = caught.value.problem
    assert (problem.key, problem.line, problem.params) == ("problem.not_utf8", 2, {"position": 14})


def test_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(ArticleFileError) as caught:
        read_article(tmp_path / "weg.md")
    assert caught.value.problem.key == "problem.unreadable"


def test_a_problem_reads_as_an_english_sentence_too() -> None:
    problem = problem_of(front("title: T\nkind: roman\n"))
    i18n.set_language("en")
    assert (
        problem.sentence()
        == "stuk.md, line 3: the kind 'roman' is unknown; choose artikel, interview or boekentip."
    )


# --- the library ----------------------------------------------------------------------------


def test_good_files_load_beside_broken_ones(tmp_path: Path, empty_bundle: Path) -> None:
    folder = tmp_path / "mijn"
    write(folder, "a-goed.md", GOOD)
    write(folder, "b-leeg.md", "")
    write(folder, "c-kapot.md", front("title: [\n"))
    write(folder, "d-ook-goed.md", front("title: Ook goed\n"))
    write(folder, "e-latin.md", b"---\ntitle: Caf\xe9\n---\nx\n")
    write(folder, "notities.txt", "geen artikel")
    library = load_library([folder], bundled_dir=empty_bundle)
    assert library.ids() == ["goed", "d-ook-goed"]
    assert [(p.source.name, p.key) for p in library.problems] == [
        ("b-leeg.md", "problem.empty"),
        ("c-kapot.md", "problem.bad_yaml"),
        ("e-latin.md", "problem.not_utf8"),
    ]


def test_an_article_over_the_size_limit_is_skipped_and_named(
    tmp_path: Path, empty_bundle: Path
) -> None:
    folder = tmp_path / "mijn"
    write(folder, "a-goed.md", GOOD)
    big = write(folder, "b-groot.md", front("title: Groot\n", "Tekst. " * 450_000))  # 3 MB
    assert big.stat().st_size > ARTICLE_MAX_BYTES
    library = load_library([folder], bundled_dir=empty_bundle)
    assert library.ids() == ["goed"]
    (problem,) = library.problems
    assert (problem.source, problem.key) == (big, "problem.too_large")
    assert "het bestand is te groot (3,0 MB); ik lees bestanden tot 2 MB." in problem.sentence()


def test_a_huge_title_is_skipped_with_its_line_and_the_library_still_loads(
    tmp_path: Path, empty_bundle: Path
) -> None:
    folder = tmp_path / "mijn"
    write(folder, "a-goed.md", GOOD)
    huge = write(folder, "b-titel.md", front("id: titel\ntitle: " + "Lang" * 400_000 + "\n"))
    library = load_library([folder], bundled_dir=empty_bundle)
    assert library.ids() == ["goed"]
    (problem,) = library.problems
    assert (problem.source, problem.key, problem.line) == (huge, "problem.title_too_long", 3)
    assert f"de titel is 1600000 tekens lang; er mogen er hooguit {TITLE_MAX_CHARS}" in (
        problem.sentence()
    )


def test_a_title_at_the_limit_is_fine_and_one_past_it_is_not() -> None:
    at_limit = "t" * TITLE_MAX_CHARS
    assert parse_article(front(f"title: {at_limit}\n"), Path("a.md")).title == at_limit
    problem = problem_of(front(f"title: {at_limit}x\n"))
    assert (problem.key, problem.line) == ("problem.title_too_long", 2)


def test_a_duplicate_id_skips_the_second_file_and_names_the_first(
    tmp_path: Path, empty_bundle: Path
) -> None:
    folder = tmp_path / "mijn"
    first = write(folder, "1-eerste.md", GOOD)
    write(folder, "2-tweede.md", "---\ntitle: Tweede\nid: goed\n---\nAnder.\n")
    library = load_library([folder], bundled_dir=empty_bundle)
    assert [a.title for a in library.articles] == ["Een goed artikel"]
    (problem,) = library.problems
    assert (problem.source.name, problem.key, problem.line) == (
        "2-tweede.md",
        "problem.duplicate_id",
        3,
    )
    assert str(first) in problem.sentence()


def test_a_duplicate_of_a_bundled_article_keeps_the_bundled_one(tmp_path: Path) -> None:
    folder = tmp_path / "mijn"
    write(folder, "kopie.md", front("id: het-leren-faciliteren\ntitle: Mijn kopie\n"))
    library = load_library([folder])
    assert library.get("het-leren-faciliteren").bundled
    assert [p.key for p in library.problems] == ["problem.duplicate_id"]


def test_a_duplicate_id_taken_from_the_file_name_has_no_line(
    tmp_path: Path, empty_bundle: Path
) -> None:
    """The body's own 'id:' line is not front matter and must not be reported as one."""
    folder = tmp_path / "mijn"
    write(folder, "1-goed.md", GOOD)
    write(folder, "2-goed.md", front("title: Zonder id\n", body="id: geen front matter\n"))
    (problem,) = load_library([folder], bundled_dir=empty_bundle).problems
    assert (problem.key, problem.line) == ("problem.duplicate_id", None)


def test_a_missing_articles_folder_is_named_and_the_rest_still_loads(tmp_path: Path) -> None:
    missing = tmp_path / "bestaat-niet"
    library = load_library([missing])
    assert len(library.articles) == 6
    assert [(p.source, p.key) for p in library.problems] == [(missing, "problem.missing_dir")]


def test_a_file_given_as_articles_folder_is_called_a_file(tmp_path: Path) -> None:
    one_file = tmp_path / "artikel.md"
    one_file.write_text(GOOD, encoding="utf-8")
    library = load_library([one_file])
    assert len(library.articles) == 6
    [problem] = library.problems
    assert (problem.source, problem.key) == (one_file, "problem.not_a_dir")
    assert "dit is een bestand, geen map" in problem.sentence()


def test_the_users_own_articles_join_the_library(private_home: Path) -> None:
    write(private_home / "articles", "eigen.md", front("title: Mijn eigen stuk\n"))
    library = Context.create().library()
    assert library.ids()[:6] == [a.id for a in load_library().articles]
    assert library.ids()[6:] == ["eigen"]
    assert not library.get("eigen").bundled
    assert library.problems == []


def test_no_user_articles_folder_yet_is_not_a_problem(private_home: Path) -> None:
    library = Context.create().library()
    assert len(library.articles) == 6 and library.problems == []


def test_articles_option_folders_come_after_the_users_own(
    private_home: Path, tmp_path: Path
) -> None:
    write(private_home / "articles", "eigen.md", front("title: Eigen\n"))
    extra = tmp_path / "extra"
    write(extra, "extra.md", front("title: Extra\n"))
    library = Context.create(extra_article_dirs=[extra]).library()
    assert library.ids()[6:] == ["eigen", "extra"]


# --- properties -----------------------------------------------------------------------------

one_line = st.text(
    alphabet=st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=60
).filter(lambda s: s.strip() == s and s != "")
dates = st.one_of(
    st.dates(min_value=dt.date(1000, 1, 1)),
    st.dates(min_value=dt.date(1000, 1, 1)).map(lambda d: d.isoformat()[:7]),
    st.integers(1000, 9999).map(str),
)
bodies = st.text(min_size=1).filter(lambda s: s.strip() != "")


@given(
    article_id=st.from_regex(ID_PATTERN, fullmatch=True),
    title=one_line,
    author=st.none() | one_line,
    date=st.none() | dates,
    kind=st.sampled_from(KINDS),
    complete=st.booleans(),
    disciplines=st.lists(st.sampled_from(DISCIPLINES), unique=True),
    factors=st.lists(st.sampled_from(FACTORS), unique=True),
    themes=st.lists(one_line, max_size=4),
    summary=st.none() | one_line,
    prompts=st.lists(one_line, max_size=5),
    body=bodies,
)
def test_any_front_matter_written_by_yaml_reads_back_the_same(
    article_id: str,
    title: str,
    author: str | None,
    date: dt.date | str | None,
    kind: str,
    complete: bool,
    disciplines: list[str],
    factors: list[str],
    themes: list[str],
    summary: str | None,
    prompts: list[str],
    body: str,
) -> None:
    fields: dict[str, Any] = {
        "id": article_id,
        "title": title,
        "kind": kind,
        "complete": complete,
        "disciplines": disciplines,
        "factors": factors,
        "themes": themes,
        "prompts": prompts,
    }
    for name, value in (("author", author), ("date", date), ("summary", summary)):
        if value is not None:
            fields[name] = value
    text = "---\n" + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False) + "---\n" + body
    article = parse_article(text, Path("x.md"))
    assert (article.id, article.title, article.author, article.summary) == (
        article_id,
        title,
        author,
        summary,
    )
    assert article.date == (date.isoformat() if isinstance(date, dt.date) else date)
    assert (article.kind, article.complete) == (kind, complete)
    assert article.disciplines == tuple(disciplines)
    assert article.factors == tuple(factors)
    assert article.themes == tuple(themes)
    assert article.prompts == tuple(prompts)
    # line ends as Markdown reads them: CR LF and a lone CR are newlines
    unix = body.replace("\r\n", "\n").replace("\r", "\n")
    assert article.body == unix.strip("\n") + "\n"


yaml_ish = st.text(alphabet="-:[]{}'\"!&*#|>%@`?,. \n\tabtiel0123456789ëé\u2028\x00\x85")
# field lines that have broken front matter parsers before: tags and values YAML cannot build
yaml_fields = st.lists(
    st.builds(
        "{}: {}{}".format,
        st.sampled_from(["date", "kind", "themes", "x", "<<", "? [a]\n"]),
        st.sampled_from(
            [
                "",
                "!!int ",
                "!!float ",
                "!!bool ",
                "!!timestamp ",
                "!!binary ",
                "!!set ",
                "!!omap ",
                "!!str ",
                "&a ",
                "!!python/name:os.system ",
            ]
        ),
        st.sampled_from(
            [
                "2022-02-30",
                "2022-13-01",
                "2022-02",
                "0x_",
                "0o8",
                "1e9999",
                "abc",
                "[a, *a]",
                "{a: 1}",
                "*a",
                "~",
                "'",
                "[",
                "- x",
            ]
        ),
    ),
    max_size=4,
).map("\n".join)
file_bytes = st.one_of(
    st.binary(),
    st.builds(lambda fm, rest: b"---\n" + fm + b"\n---\n" + rest, st.binary(), st.binary()),
    st.builds(
        lambda fm, rest: ("---\ntitle: T\n" + fm + "\n---\n" + rest).encode(),
        yaml_ish | yaml_fields,
        yaml_ish,
    ),
)


@settings(max_examples=300)  # broken files are many; this is cheap
@given(content=file_bytes)
def test_any_bytes_either_read_as_an_article_or_give_a_problem(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "willekeurig.md"
        path.write_bytes(content)
        try:
            article = read_article(path)
        except ArticleFileError as error:
            assert error.problem.source == path
            assert error.problem.sentence()
        else:
            assert article.title and article.body.strip()
