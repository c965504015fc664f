"""Counted words in the assignment sentences: '1 vraag', '3 vragen' (no 'vraag(en)')."""

from __future__ import annotations

from leeslamp.i18n import t


def counted(key: str, count: int) -> str:
    """`key` for a count, `key_one` for exactly one: the i18n keys come in those pairs."""
    return t(f"{key}_one" if count == 1 else key, count=count)


def questions_phrase(count: int) -> str:
    return counted("assignment.questions", count)


def articles_phrase(count: int) -> str:
    return counted("assignment.articles", count)
