"""Both catalogues are complete: every key has Dutch and English, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from leeslamp import i18n

#: keys that are empty on purpose, in both languages (a search result's plain-text field has no
#: label); anything else empty is a missing translation
EMPTY_ON_PURPOSE = {"search.field.text"}


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


def test_t_switches_language() -> None:
    i18n.set_language("en")
    assert i18n.t("library.title") == "Library"
    i18n.set_language("nl")
    assert i18n.t("library.title") == "Bibliotheek"
