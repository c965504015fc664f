"""The journal: everything the reader wrote, in one local TinyDB journal they own.

This package is the only code that touches the journal's files. Its names load lazily, so
`from leeslamp.journal.schema import KINDS` (argparse choices, say) costs no TinyDB or filelock.
"""

from __future__ import annotations

from importlib import import_module

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any

    from leeslamp.core.errors import JournalLocked, JournalUnreadable, JournalWriteError
    from leeslamp.journal.journal import Journal
    from leeslamp.journal.models import Entry, ReadingState, TrashedEntry, Version
    from leeslamp.journal.quick_add import add_entry_quickly

_WHERE = {
    "Journal": "leeslamp.journal.journal",
    "add_entry_quickly": "leeslamp.journal.quick_add",
    "Entry": "leeslamp.journal.models",
    "ReadingState": "leeslamp.journal.models",
    "TrashedEntry": "leeslamp.journal.models",
    "Version": "leeslamp.journal.models",
    "JournalLocked": "leeslamp.core.errors",
    "JournalUnreadable": "leeslamp.core.errors",
    "JournalWriteError": "leeslamp.core.errors",
}

__all__ = [
    "Entry",
    "Journal",
    "JournalLocked",
    "JournalUnreadable",
    "JournalWriteError",
    "ReadingState",
    "TrashedEntry",
    "Version",
    "add_entry_quickly",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'leeslamp.journal' has no attribute {name!r}")
