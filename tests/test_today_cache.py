"""`leeslamp vandaag`'s cache (`leeslamp.daily.cache`): used while its files are unchanged,
rebuilt when they change or when it is damaged, and never a different answer than the files."""

from __future__ import annotations

import json
import os
import shutil
import stat
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from leeslamp.cli import main
from leeslamp.daily import bank as bank_module
from leeslamp.daily import quick_today
from leeslamp.daily import today as today_module
from leeslamp.daily.bank import load_bank
from leeslamp.daily.cache import FORMAT, cache_file
from leeslamp.daily.schedule import prompt_of_the_day
from leeslamp.library import articles as articles_module

BANK = load_bank().prompts
#: a day whose question links an article (its title comes from the library)
DAY = next(
    date(2026, 11, 30) + timedelta(n)
    for n in range(len(BANK))
    if prompt_of_the_day(date(2026, 11, 30) + timedelta(n), BANK).article
)
ASSIGNMENT = (
    'titel = "Week 49"\ncoach = "Coach"\ndeadline = 2999-01-01\n\n'
    '[[lezen]]\nartikel = "{article}"\nvragen = ["Welk contract staat onder druk?"]\n'
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[str, str]:
    assert main([*argv, "--datum", DAY.isoformat()]) == 0
    captured = capsys.readouterr()
    return captured.out, captured.err


def write(capsys: pytest.CaptureFixture[str], text: str) -> None:
    assert main(["schrijf", text]) == 0
    capsys.readouterr()


def age(home: Path, seconds: float = 60.0) -> None:
    """Every file in the data folder as if changed a minute ago: the cache trusts no file that
    changed a moment ago (its mtime may not move on the next change within the clock's tick)."""
    past = time.time() - seconds
    for path in [home, *home.rglob("*")]:
        os.utime(path, (past, past))


def forbid_sources(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make the prompt files, the library and the journal off limits; returns what was asked."""
    asked: list[str] = []

    def refuse(name: str) -> Any:
        def refused(*_args: object, **_kwargs: object) -> Any:
            asked.append(name)
            raise AssertionError(f"{name} read although the cache is fresh")

        return refused

    monkeypatch.setattr(bank_module, "load_bank_checked", refuse("prompt files"))
    monkeypatch.setattr(articles_module, "load_library", refuse("library"))
    monkeypatch.setattr(today_module, "read_daily_question", refuse("journal"))
    return asked


@pytest.fixture(autouse=True)
def full_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every `vandaag` here takes the full path, to the day cache: the words it printed, which
    answer the same question asked again first (`daily.quick_today`), are tested in
    `test_cli_quick_today.py`."""
    monkeypatch.setattr(quick_today, "quick_today", lambda _argv: False)


@pytest.fixture
def home(private_home: Path) -> Path:
    private_home.mkdir(parents=True)  # vandaag makes no data folder; the app does
    return private_home


def test_a_fresh_cache_answers_without_prompt_files_library_or_journal(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write(capsys, "Een eerste gedachte.")
    age(home)
    first = run(capsys, "vandaag")
    assert cache_file(home).is_file()
    forbid_sources(monkeypatch)
    assert run(capsys, "vandaag") == first


def test_the_cache_is_private_and_the_only_thing_vandaag_writes(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "vandaag")
    assert sorted(p.relative_to(home).as_posix() for p in home.rglob("*")) == [
        "cache",
        "cache/vandaag-tekst.txt",  # the words themselves, for the next `vandaag` (quick_today)
        "cache/vandaag.json",
    ]
    for kept in cache_file(home).parent.iterdir():
        assert stat.S_IMODE(kept.stat().st_mode) == 0o600


@pytest.mark.parametrize("argv", [["vandaag"], ["vandaag", "--json"], ["today", "--taal", "en"]])
def test_the_same_words_with_a_cold_cache_a_warm_one_and_none(
    home: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    write(capsys, "Iets.")
    age(home)
    cold = run(capsys, *argv)
    warm = run(capsys, *argv)
    shutil.rmtree(cache_file(home).parent)
    cache_file(home).parent.write_text("een bestand waar de map hoort")  # no cache possible
    none = run(capsys, *argv)
    assert cold == warm == none
    assert prompt_of_the_day(DAY, BANK).nl in cold[0] or prompt_of_the_day(DAY, BANK).en in cold[0]


@pytest.mark.parametrize(
    "damage", [b"", b"{", b"[1, 2]", b'{"format": %d, "bank": 7, "day": []}' % FORMAT]
)
def test_a_damaged_cache_is_rebuilt_silently(
    home: Path, capsys: pytest.CaptureFixture[str], damage: bytes
) -> None:
    expected = run(capsys, "vandaag", "--json")
    cache_file(home).write_bytes(damage)
    assert run(capsys, "vandaag", "--json") == expected
    assert json.loads(cache_file(home).read_bytes())["format"] == FORMAT


@pytest.mark.parametrize(
    ("part", "field", "damage"),
    [
        ("bank", "prompts", [{"id": "kapot"}]),  # a prompt without its texts
        ("bank", "prompts", [{"id": "x", "nl": ["lijst"], "en": "x"}]),
        ("bank", "problems", [{"source": "x", "key": 5}]),
        ("titles", "titles", {"het-leren-faciliteren": 5}),
        ("titles", "titles", ["geen", "woordenboek"]),
        ("day", "prompt", {"id": 1}),
        ("day", "answered", "ja"),
        ("day", "again", {"entry": 5, "answered": "2026-11-01", "text": "x"}),
        ("day", "again", {"entry": "e", "answered": "gisteren", "text": "x"}),
    ],
)
def test_a_damaged_part_is_rebuilt(
    home: Path, capsys: pytest.CaptureFixture[str], part: str, field: str, damage: object
) -> None:
    expected = run(capsys, "vandaag", "--json")
    cache = json.loads(cache_file(home).read_bytes())
    cache[part][field] = damage
    cache_file(home).write_text(json.dumps(cache), encoding="utf-8")
    assert run(capsys, "vandaag", "--json") == expected
    assert run(capsys, "vandaag") == run(capsys, "vandaag")


def test_a_changed_prompt_file_makes_it_stale(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own = home / "prompts" / "mijn.toml"
    own.parent.mkdir()
    question = 'discipline = "teamleren"\n\n[[vraag]]\nid = "{id}"\nnl = "{nl}"\nen = "{nl}"\n'
    own.write_text(question.format(id="mijn-vraag", nl="Eerste versie?"), encoding="utf-8")
    age(home)
    run(capsys, "vandaag")
    assert "Eerste versie?" in cache_file(home).read_text(encoding="utf-8")
    # another question, so the day's choice changes: the one ours now takes that day's turn
    own.write_text(question.format(id="nieuwe-vraag", nl="Tweede versie?"), encoding="utf-8")
    age(home, 30)  # changed, and quiet since
    after = json.loads(run(capsys, "vandaag", "--json")[0])
    assert after["prompt"]["id"] == prompt_of_the_day(DAY, load_bank(own.parent).prompts).id
    cached = cache_file(home).read_text(encoding="utf-8")
    assert "Tweede versie?" in cached and "Eerste versie?" not in cached


def test_a_new_journal_entry_makes_the_days_part_stale(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A coach's assignment arrives in the journal: its question comes first from then on."""
    article = prompt_of_the_day(DAY, BANK).article
    run(capsys, "vandaag")
    assignment = home / "opdracht.toml"
    assignment.write_text(ASSIGNMENT.format(article=article), encoding="utf-8")
    assert main(["opdracht", "importeer", str(assignment)]) == 0
    capsys.readouterr()
    age(home)
    coach = json.loads(run(capsys, "vandaag", "--json")[0])
    assert coach["prompt"]["text"] == "Welk contract staat onder druk?"
    assert coach["coach"]["name"] == "Coach"
    # and that answer is cached in its turn: the coach's question without the journal
    text = run(capsys, "vandaag")[0]
    forbid_sources(monkeypatch)
    assert json.loads(run(capsys, "vandaag", "--json")[0]) == coach
    assert run(capsys, "vandaag")[0] == text


def test_an_entry_written_a_moment_ago_is_read_from_the_journal(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "vandaag")
    write(capsys, "Net geschreven.")
    asked: list[str] = []
    real = today_module.read_daily_question
    monkeypatch.setattr(
        today_module, "read_daily_question", lambda *a: asked.append("journal") or real(*a)
    )
    run(capsys, "vandaag")
    assert asked == ["journal"]


def test_the_answered_flag_follows_the_journal_and_is_kept(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from leeslamp.core.context import Context
    from leeslamp.daily.cache import today_facts

    context = Context.create()
    today = context.today()
    write(capsys, "Een gewone reflectie, geen antwoord.")
    assert today_facts(context, today).answered is None  # not asked: no journal read for it
    assert today_facts(context, today, answered=True).answered is False
    assert main(["schrijf", "--soort", "dagvraag", "Mijn antwoord van vandaag."]) == 0
    capsys.readouterr()
    age(home)
    assert today_facts(context, today, answered=True).answered is True
    monkeypatch.setattr("leeslamp.journal.Journal", None)  # from the cache now, not the journal
    forbid_sources(monkeypatch)
    assert today_facts(context, today, answered=True).answered is True
