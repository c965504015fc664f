"""`leeslamp vandaag` (and `--json`) asked again the same day, answered from what it printed.

The day cache (`daily.cache`) spares `vandaag` the prompt files, the library and the journal,
but the command line around it (argparse, typing, dataclasses, pathlib, the settings, the
context) costs more than Python's own start. Someone who asks twice a day, or a script or a
status bar that asks every few minutes, asks the same question again: so `leeslamp.cli.main`
first asks this module, which imports nothing past `os`, `sys`, `time` and
`daily.reminder_cache` (the shell reminder's quick path, whose key it shares). While nothing
the words depend on has changed, they are printed from `cache/vandaag-tekst.txt` (or
`vandaag-json.txt`) and the command line is never built.

A file (mode 0600, written atomically by the full path, `cli.today`) holds `FORMAT`, the key,
and then exactly what the full path printed on stdout. The key is the shell reminder's (data
folder and how it was chosen, the day, the language's inputs, the prompt, path and journal
files), plus the article folders (a linked article's title) and leeslamp's own code that
shapes the words (an upgrade changes them): each file by size, mtime and inode. Nothing is kept
when the full path had more to say on stderr (a broken prompt file, a journal notice), from a
locked journal (an earlier answer is journal text), for `--artikelen`, or while a source
changed within the last seconds. Anything this module does not read with certainty (another
option, a date spelled otherwise than YYYY-MM-DD, a conflict copy waiting, a locked journal)
goes the full way.
"""

from __future__ import annotations

import os
import sys
import time

from leeslamp.daily import reminder_cache as base

TYPE_CHECKING = False  # typing's import costs this path more than Python's own start
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

#: the first line of each file; a new number makes every older file a stale one
FORMAT = "leeslamp-vandaag 1"
#: the cache file for the plain text and for `--json`
CACHE_NAMES = {False: "vandaag-tekst.txt", True: "vandaag-json.txt"}
DAY_OPTIONS = ("--datum", "--date")
#: characters read of a file at most; a longer one is left to the full path
READ_LIMIT = 256 * 1024
#: leeslamp's own folders whose modules shape what `vandaag` prints (the strings, the day's
#: question, the dates, the discipline labels, the coach's label, the command itself)
CODE_FOLDERS = ("i18n", "daily", "core", "library", "assignments", "cli")


class Request:
    """What the command line asked (None: not given). (A plain class: see reminder_cache.)"""

    __slots__ = ("as_json", "data_dir", "day", "language")

    def __init__(
        self, as_json: bool, data_dir: str | None, language: str | None, day: str | None
    ) -> None:
        self.as_json = as_json
        self.data_dir = data_dir
        self.language = language
        self.day = day


def request_from_argv(argv: Sequence[str]) -> Request | None:
    """`vandaag` (or `today`) with at most `--json`, `--datum YYYY-MM-DD`, `--taal` and
    `--data-dir`, spelled out in full, each once (argparse takes the options before or after
    the command alike); None for anything else."""
    command = as_json = False
    values: dict[str, str] = {}
    tokens = iter(argv)
    for token in tokens:
        name, equals, value = token.partition("=")
        if token in base.COMMAND_WORDS and not command:
            command = True
        elif token == "--json" and command and not as_json:
            as_json = True
        elif name in ("--taal", "--data-dir", *DAY_OPTIONS):
            if name in DAY_OPTIONS:
                if not command or "day" in values:
                    return None
                name = "day"
            elif name in values:
                return None
            if not equals:
                value = next(tokens, "")
            if not value or value.startswith("-"):
                return None
            values[name] = value
        else:
            return None
    if not command or values.get("--taal", "nl") not in base.LANGUAGES:
        return None
    day = values.get("day")
    if day is not None and not _iso_day(day):
        return None  # another spelling: the full path reads it (and keys by the ISO day)
    return Request(as_json, values.get("--data-dir"), values.get("--taal"), day)


def _iso_day(text: str) -> bool:
    """Spelled as an ISO date (the key holds the day so; a day that does not exist was never
    stored, so it never matches)."""
    return len(text) == 10 and text[4] == text[7] == "-" and text.replace("-", "").isdigit()


def code_stamp() -> list[object]:
    """leeslamp's modules that shape the words, by stat: a new version is another key."""
    return [base._folder(os.path.join(base._PACKAGE, name), ".py") for name in CODE_FOLDERS]


def inputs(
    folder: str,
    origin: str,
    language: str | None,
    day: str,
    as_json: bool,
    environ: Mapping[str, str],
) -> list[object]:
    """Every input of what `vandaag` prints, as plain values (see the module's docstring);
    leeslamp's own code last."""
    return [
        "json" if as_json else "text",
        *base.inputs(folder, origin, language, day, environ),
        base._folder(base.bundled_articles_dir(), ".md"),
        base._folder(os.path.join(folder, "articles"), ".md"),
        code_stamp(),
    ]


def cache_path(folder: str, as_json: bool) -> str:
    return os.path.join(folder, "cache", CACHE_NAMES[as_json])


def may_answer(folder: str, as_json: bool, key: str) -> str | None:
    """What to print when the file in `folder` was written for exactly `key`; None: the full
    path must answer."""
    try:
        with open(cache_path(folder, as_json), encoding="utf-8", newline="") as handle:
            stored = handle.read(READ_LIMIT + 1)
    except (OSError, ValueError):
        return None
    if len(stored) > READ_LIMIT:
        return None  # a long earlier answer: read whole by the full path, never cut short
    head, newline, rest = stored.partition("\n")
    stored_key, newline_too, body = rest.partition("\n")
    if head != FORMAT or not newline or not newline_too or stored_key != key:
        return None
    if not body.endswith("\n") or any(_unsafe(c, as_json) for c in body):
        return None  # not what the full path writes: never printed as it is
    return body


def _unsafe(c: str, as_json: bool) -> bool:
    """A character the full path never prints: the plain text went through `printable`; JSON
    escapes the C0 controls (and keeps whatever else the strings hold, as the full path does)."""
    if c == "\n":
        return False
    if c < " ":
        return True
    return not as_json and ("\x7f" <= c <= "\x9f" or c in base._BIDI)


#: the inputs the last `quick_today` took, for the full path that follows it in the same run
#: (`taken_inputs`): (what they are of, the inputs, when they were taken)
_taken: tuple[tuple[object, ...], list[object], int] | None = None


def taken_inputs(
    folder: str, origin: str, language: str | None, day: str, as_json: bool
) -> tuple[list[object], int]:
    """The inputs for the full path to keep its words under, and when they were taken (before
    anything was read): those the quick path just took when they are of the same question,
    else taken now. Either way once: a later run in this process (tests) takes its own."""
    global _taken
    stash, _taken = _taken, None
    if stash is not None and stash[0] == (folder, origin, language, day, as_json):
        return stash[1], stash[2]
    started = time.time_ns()
    return inputs(folder, origin, language, day, as_json, os.environ), started


def quick_today(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> bool:
    """`leeslamp.cli.main`'s step after the shell reminder's: True when `vandaag` was answered
    from its file, False when the full path must answer."""
    global _taken
    _taken = None
    request = request_from_argv(argv)
    if request is None:
        return False
    env = os.environ if environ is None else environ
    found = base.data_folder(request.data_dir, env)
    if found is None:
        return False
    folder, origin = found
    if os.path.exists(os.path.join(folder, base.LOCK_FILE)) or base.copy_waits(folder):
        return False  # the passphrase, or a sync tool's copy to merge: the full path
    day = request.day or base.today()
    started = time.time_ns()
    parts = inputs(folder, origin, request.language, day, request.as_json, env)
    body = may_answer(folder, request.as_json, base.key_text(parts))
    if body is None:
        if environ is None:  # the full path follows: it keeps its words under these
            _taken = ((folder, origin, request.language, day, request.as_json), parts, started)
        return False
    sys.stdout.write(body)
    sys.stdout.flush()  # a closed pipe says so here, where the caller handles it
    return True


def remember(folder: str, as_json: bool, parts: list[object], body: str, started_ns: int) -> None:
    """Keep `body` for the inputs `parts` (taken before they were read), unless one of them
    changed within the last seconds; a file that cannot be written only means the next
    `vandaag` takes the full path."""
    # leeslamp's own code (last) aside: a new version is a new key all the same, and a checkout
    # or an install a moment ago must not keep the words from being kept
    if base.newest_change_ns(parts[:-1]) > started_ns - base.QUIET_NS:
        return
    if not os.path.isdir(folder):
        return  # no data folder yet: `vandaag` makes none (the app does)
    from pathlib import Path

    from leeslamp.core.fileio import atomic_write_bytes, ensure_private_dir

    target = Path(cache_path(folder, as_json))
    try:
        payload = f"{FORMAT}\n{base.key_text(parts)}\n{body}".encode()
        ensure_private_dir(target.parent)
        atomic_write_bytes(target, payload)
    except (OSError, UnicodeError):
        pass
