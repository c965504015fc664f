"""Sync tools' conflict copies of the journal's files: recognising them by name.

When two computers change `journal.json`, `journal.log` or `settings.toml` before the sync tool
has carried one change across, the tool keeps both: one under the real name, the other beside it
under a name of its own making:

- Syncthing: `journal.sync-conflict-20261206-101010-ABCDEF1.log`
- Nextcloud, ownCloud: `journal (conflicted copy 2026-12-06 101010).log`; older ownCloud
  `journal_conflict-20261206-101010.log`
- Dropbox: `journal (Anna's conflicted copy 2026-12-06).log`, in the reader's language:
  `journal (conflicterende kopie van Anna 2026-12-06).log`, `journal (in Konflikt stehende
  Kopie von Anna 2026-12-06).log`, `journal (copie en conflit de Anna 2026-12-06).log`, ...
- OneDrive: `journal-LAPTOP.log` (the computer's name after a dash)

Finding them costs one listing of the data folder, so every opening can afford to look.
leeslamp's own files never match: backups live in `backups/` (and a dated name such as
`journal-2026-12-06.json` is a backup's, never a computer's), temp files start with a dot, lock
and set-aside files (`journal.lock`, `journal.kapot-….log`) have names of their own.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from leeslamp.core.paths import Paths

#: the files a conflict copy can be of: (stem, extension)
BASES = {("journal", "json"): "journal.json", ("journal", "log"): "journal.log"}
BASES[("settings", "toml")] = "settings.toml"

_STEM = r"(?P<stem>journal|settings)"
_EXT = r"\.(?P<ext>json|log|toml)"

#: the words a copy's note says "conflict" with (Dropbox in its languages, Nextcloud, ownCloud)
_CONFLICT_WORDS = (
    "conflicted copy",  # Dropbox, Nextcloud, ownCloud (en)
    "conflicterende kopie",  # nl
    "conflictkopie",  # nl (older)
    "in konflikt stehende kopie",  # de
    "konfliktkopie",  # de (older)
    "copie en conflit",  # fr
    "copia en conflicto",  # es
    "copia in conflitto",  # it
    "cópia em conflito",  # pt
    "konfliktkopia",  # sv
    "konfliktkopi",  # da, no
    "kopia powodująca konflikt",  # pl
    "konfliktní kopie",  # cs
)

_SYNCTHING = re.compile(rf"^{_STEM}\.sync-conflict-\d{{8}}-\d{{6}}-[A-Za-z0-9]+{_EXT}$")
_OWNCLOUD_OLD = re.compile(rf"^{_STEM}_conflict-\d{{8}}-\d{{6}}{_EXT}$")
_NOTED = re.compile(rf"^{_STEM} \((?P<note>[^()]*(?:\(\d+\))?[^()]*)\){_EXT}$")
_NEXTCLOUD_NOTE = re.compile(r"^conflicted copy \d{4}-\d{2}-\d{2} \d{6}$")
_ONEDRIVE = re.compile(rf"^{_STEM}-(?P<device>[A-Za-z0-9][A-Za-z0-9_-]{{0,62}}){_EXT}$")
#: `journal-2026-12-06.json` is a backup's name (backups.py), `-2` its second of a day
_DATED = re.compile(r"^\d{4}-\d{2}-\d{2}(?:-\d+)?$")


@dataclass(frozen=True)
class Copy:
    """A conflict copy: its path, the file it is a copy of, and the tool that named it."""

    path: Path
    of: str  # "journal.json", "journal.log" or "settings.toml"
    tool: str  # syncthing | nextcloud | dropbox | onedrive


def recognise(name: str) -> tuple[str, str] | None:
    """(the file `name` is a conflict copy of, the tool), or None when it is no copy."""
    for pattern, tool in ((_SYNCTHING, "syncthing"), (_OWNCLOUD_OLD, "nextcloud")):
        match = pattern.match(name)
        if match:
            return _of(match, tool)
    match = _NOTED.match(name)
    if match:
        note = match["note"].lower()
        if _NEXTCLOUD_NOTE.match(note):
            return _of(match, "nextcloud")
        if any(word in note for word in _CONFLICT_WORDS):
            return _of(match, "dropbox")
        return None
    match = _ONEDRIVE.match(name)
    if match and not _DATED.match(match["device"]) and not match["device"].startswith("kapot"):
        return _of(match, "onedrive")
    return None


def _of(match: re.Match[str], tool: str) -> tuple[str, str] | None:
    base = BASES.get((match["stem"], match["ext"]))
    return (base, tool) if base is not None else None


def find(folder: Path) -> list[Copy]:
    """The conflict copies in the data folder, in name order: one listing of the folder."""
    try:
        names = os.listdir(folder)
    except OSError:  # no folder yet, or one we may not list: no copies to merge
        return []
    found = []
    for name in sorted(names):
        if name[0] in "js":  # journal… or settings…: skip the rest without a regex
            known = recognise(name)
            if known is not None and os.path.isfile(folder / name):
                found.append(Copy(folder / name, *known))
    return found


def merge_waiting(paths: Paths) -> None:
    """For the ways of reading that skip `Journal.open` when they can (the search index, the
    day's question and its cache): if a sync tool left copies, open the journal first, which
    merges them when no other leeslamp writes. Costs one listing of the folder otherwise."""
    if find(paths.data_dir):
        from leeslamp.journal.journal import Journal  # the Journal itself imports this module

        Journal.open(paths, read_only=True).close()
