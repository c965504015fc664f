"""The catalogue is complete and has nothing extra.

Every key has Dutch and English with the same placeholders; every key the code names exists;
every key in the catalogue is named somewhere in `src/` (as a literal, or through one of the
dynamic prefixes and suffixes listed below); each area module holds only its own prefixes.
"""

from __future__ import annotations

import ast
import importlib
import re
import string
from functools import cache
from pathlib import Path

import pytest

import leeslamp
from leeslamp import i18n

SRC = Path(leeslamp.__file__).parent

#: keys that are empty on purpose, in both languages (a search result's plain-text field has no
#: label); anything else empty is a missing translation
EMPTY_ON_PURPOSE = {"search.field.text"}

#: keys the code builds as f"{prefix}{value}": every key under these prefixes counts as used.
#: Each prefix must still appear at the start of an f-string in src/ (checked below).
DYNAMIC_PREFIXES = {
    "entrykind.": "an entry's kind as stored in the journal (reflectie, aandacht, ...)",
    "kind.": "an article's kind from its front matter (artikel, interview, boekentip)",
    "discipline.": "a discipline slug from front matter or a prompt",
    "factor.": "a learning-culture factor slug from front matter or a prompt",
    "preview.place.": "where an answer was written, as stored in the answer (vandaag, ...)",
    "date.weekday.": "date.weekday() in core/dates.py",
    "date.month.": "the month number in core/dates.py and the today view",
    "date.month_short.": "the month number under the rhythm heatmap",
    "tui.month.": "the month ('01'..'12') of an article's date in the reader",
    "today.look_back.": "the look-back span (7, 30, 365 days)",
    "attention.state.": "a note's anchoring state (moved, fuzzy)",
    "journal.col.": "a journal table column's name",
    "journal.damage.": "the kind of damage found in a journal file",
    "search.field.": "the field a search hit was found in",
    "where.": "a row of `leeslamp waar`",
    "cli.cmd.assignment_": "an assignment subcommand's English alias",
}

#: a literal `base` stands for `base + suffix` too: plurals and variants chosen at run time
#: ("journal.damage_set_aside" + ".one", counted(key) -> key + "_one", f"{key}.locked", ...)
SUFFIXES = (".one", ".many", "_one", "_no_name", "_column", ".locked", ".folder")

#: string literals that look like keys but are something else: file names, fields of an answer
#: bundle that must match the assignment (bundle.py), a binding id (app.py)
NOT_KEYS = {"journal.json", "journal.lock", "journal.log", "settings.toml"}
NOT_KEYS |= {"assignment.coach", "assignment.titel", "help.f1"}
NOT_KEYS |= {"journal.sleutel", "journal.sync-conflict-"}  # file names (journal/lock_files.py)

#: f-strings that start like a key but build a file name (journal/damage.py)
NOT_KEY_PREFIXES = {"journal.kapot-"}

KEY = re.compile(r"[a-z][a-z_]*(\.[a-z0-9_-]+)+")


@cache
def source_literals() -> tuple[frozenset[str], frozenset[str]]:
    """Every plain string literal in src/ outside the catalogue, and every f-string's leading
    literal text (the prefix of a key built at run time)."""
    constants: set[str] = set()
    prefixes: set[str] = set()
    for path in SRC.rglob("*.py"):
        if SRC / "i18n" in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside_fstrings: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                inside_fstrings.update(id(part) for part in node.values)
                first = node.values[0] if node.values else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    prefixes.add(first.value)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in inside_fstrings
            ):
                constants.add(node.value)
    return frozenset(constants), frozenset(prefixes)


def looks_like_key(text: str) -> bool:
    return bool(KEY.fullmatch(text)) and text.partition(".")[0] in i18n.AREAS


def placeholders(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(i18n.STRINGS))
def test_every_key_has_dutch_and_english_with_the_same_placeholders(key: str) -> None:
    pair = i18n.STRINGS[key]
    assert len(pair) == len(i18n.LANGUAGES) == 2
    dutch, english = pair
    if key in EMPTY_ON_PURPOSE:
        assert dutch == english == "", key
    else:
        assert dutch.strip() and english.strip(), f"{key} is empty in a language"
    assert placeholders(dutch) == placeholders(english), key


def test_every_key_the_code_names_exists() -> None:
    constants, _prefixes = source_literals()
    missing = sorted(
        text
        for text in constants
        if looks_like_key(text)
        and text not in i18n.STRINGS
        and text not in NOT_KEYS
        and not any(text + suffix in i18n.STRINGS for suffix in SUFFIXES)
    )
    assert not missing, f"keys used in src/ but not in the catalogue: {missing}"


def test_every_key_prefix_the_code_builds_has_keys() -> None:
    _constants, prefixes = source_literals()
    empty = sorted(
        prefix
        for prefix in prefixes
        if "." in prefix
        and prefix.partition(".")[0] in i18n.AREAS
        and prefix not in NOT_KEY_PREFIXES
        and not any(key.startswith(prefix) for key in i18n.STRINGS)
    )
    assert not empty, f"f-string key prefixes with no keys behind them: {empty}"


def test_every_key_in_the_catalogue_is_used() -> None:
    constants, _prefixes = source_literals()
    unused = sorted(
        key
        for key in i18n.STRINGS
        if key not in constants
        and not key.startswith(tuple(DYNAMIC_PREFIXES))
        and not any(
            key.endswith(suffix) and key.removesuffix(suffix) in constants for suffix in SUFFIXES
        )
    )
    assert not unused, f"keys nobody uses (remove them, or list their prefix): {unused}"


def test_the_dynamic_prefixes_are_still_built_by_the_code() -> None:
    _constants, prefixes = source_literals()
    stale = sorted(prefix for prefix in DYNAMIC_PREFIXES if prefix not in prefixes)
    assert not stale, f"no f-string in src/ starts with these any more: {stale}"


def test_each_area_holds_only_its_own_prefixes() -> None:
    """`t()` finds a key through AREAS by its first part: a key in the wrong module is missing."""
    seen: dict[str, str] = {}
    for area in dict.fromkeys(i18n.AREAS.values()):
        strings = importlib.import_module(f"leeslamp.i18n.{area}").STRINGS
        for key in strings:
            assert i18n.AREAS.get(key.partition(".")[0]) == area, f"{key} is in {area}.py"
            assert key not in seen, f"{key} is in {area}.py and {seen[key]}.py"
            seen[key] = area


def test_no_key_name_is_dutch() -> None:
    """Key names are English (the glossary in DESIGN.md); the Dutch words that once named keys
    stay out. Data values after a dynamic prefix (entrykind.reflectie) are not names."""
    dutch = {"opdracht", "dagboek", "vandaag", "ochtend", "aandacht", "schrijf", "lees", "zoek"}
    dutch |= {"herstel", "prullenbak", "waar", "taal", "artikel", "soort", "tekst", "vraag"}
    named = [key for key in i18n.STRINGS if not key.startswith(tuple(DYNAMIC_PREFIXES))]
    found = sorted(key for key in named if dutch & set(re.split(r"[._]", key)))
    assert not found, found


def test_t_looks_up_only_the_area_it_needs() -> None:
    i18n.area_strings.cache_clear()
    i18n.set_language("nl")
    assert i18n.t("library.title") == "Bibliotheek"
    assert i18n.area_strings.cache_info().currsize == 1


def test_a_missing_key_is_shown_as_the_key() -> None:
    assert i18n.t("library.no_such_key") == "library.no_such_key"
    assert i18n.t("nowhere.at_all") == "nowhere.at_all"


def test_t_switches_language() -> None:
    i18n.set_language("en")
    assert i18n.t("library.title") == "Library"
    i18n.set_language("nl")
    assert i18n.t("library.title") == "Bibliotheek"
