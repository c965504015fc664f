"""Sentences the journal has for the reader that are no error: damage set aside when it was
opened, housekeeping that failed after a save. Whoever shows things to the reader takes them:
the command line prints them on stderr once the command is done, the app as notifications.

A plain list, not a callback: the core never needs to know who is listening.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_pending: list[str] = []


def tell(sentence: str) -> None:
    with _lock:
        _pending.append(sentence)


def take() -> list[str]:
    """Every sentence not shown yet; each is handed out once."""
    with _lock:
        said = list(_pending)
        _pending.clear()
    return said


def pending() -> bool:
    """Whether there is a sentence not shown yet (it stays there for whoever takes it)."""
    with _lock:
        return bool(_pending)
