"""Finding an entry by what the reader typed: its whole id, or the first 4 characters or more
(`leeslamp schrijf` shows the first 8). Used by `geschiedenis` and `bewerk`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leeslamp.core.errors import UserInputError

if TYPE_CHECKING:
    from leeslamp.journal.journal import Journal

#: the fewest characters of an id that may stand for it (as for coach assignments)
MIN_PREFIX = 4
#: how many matching entries an "ambiguous" sentence names
_NAMED = 5


def find_entry_id(journal: Journal, wanted: str) -> str:
    """The id of the entry `wanted` names. A sentence (UserInputError) for a prefix that is too
    short, matches more than one entry, or matches none; and for an entry in the trash."""
    wanted = wanted.strip().lower()
    if journal.get_entry(wanted) is not None:
        return wanted
    if len(wanted) < MIN_PREFIX:
        raise UserInputError("journal.id_short", wanted=wanted, least=MIN_PREFIX)
    matches = [entry_id for entry_id in journal.entry_ids() if entry_id.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        named = []
        for entry_id in sorted(matches)[:_NAMED]:
            entry = journal.get_entry(entry_id)
            line = entry.first_line[:40] if entry is not None else ""
            named.append(f"{entry_id[:8]} ({line})" if line else entry_id[:8])
        more = "" if len(matches) <= _NAMED else ", …"
        raise UserInputError(
            "journal.id_ambiguous", wanted=wanted, count=len(matches), known=", ".join(named) + more
        )
    trashed = [item.entry.id for item in journal.trash() if item.entry.id.startswith(wanted)]
    if trashed:
        raise UserInputError("journal.id_in_trash", entry_id=trashed[0][:8])
    raise UserInputError("journal.id_unknown", wanted=wanted)
