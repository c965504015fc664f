"""Whether a sync tool's conflict copy may wait in the data folder, told without a regex.

`journal.conflicts` recognises the copies exactly, but its regular expressions (and what that
module imports) cost the quick paths (`vandaag` asked again, the shell reminder, a quick
`schrijf`) more than the rest of their work. They ask this first; only a name that may be a
copy sends them to `journal.conflicts` or the full path. Broader rather than narrower: a false
alarm only costs the careful way (`tests/test_sync_names.py` checks every name
`conflicts.recognise` knows passes here). Imports nothing but `os`.
"""

from __future__ import annotations

import os

#: how the names of the conflict copies start besides Syncthing's and old ownCloud's (which say
#: "conflict"): Nextcloud and Dropbox (a note in brackets), OneDrive (a dash and the computer)
_COPY_STARTS = ("journal (", "settings (", "journal-", "settings-")


def copy_may_wait(folder: str) -> bool:
    """Whether a name in `folder` may be a sync tool's conflict copy of the journal's files."""
    try:
        names = os.listdir(folder)
    except OSError:
        return False  # no folder: nothing waits, and the files' stats say the rest
    return any(may_be_a_copy(name) for name in names)


def may_be_a_copy(name: str) -> bool:
    return name.startswith(("journal", "settings")) and (
        "conflict" in name.lower() or name.startswith(_COPY_STARTS)
    )
