"""The journal: everything the reader wrote, in one local TinyDB journal they own.

This package is the only code that touches the journal's files.
"""

from leeslamp.errors import JournalLocked, JournalUnreadable, JournalWriteError
from leeslamp.journal.journal import Journal, add_entry_quickly
from leeslamp.journal.models import Entry, ReadingState, TrashedEntry

__all__ = [
    "Entry",
    "Journal",
    "JournalLocked",
    "JournalUnreadable",
    "JournalWriteError",
    "ReadingState",
    "TrashedEntry",
    "add_entry_quickly",
]
