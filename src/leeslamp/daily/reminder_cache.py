"""`leeslamp vandaag --herinnering` at every terminal start, answered from one small text file.

The reminder runs each time a shell starts, so it may cost only a few times what Python itself
costs to start (`benchmarks/today.py`). The day cache (`daily.cache`) already spares it the
prompt files and the library, but not the imports of a whole command (argparse, typing, the
settings, the context: more than Python's own start). So `leeslamp.cli.main` first asks this
module, which imports nothing but `os`, `sys` and `time` (loaded with Python anyway): while
nothing the answer depends on has changed, the line is printed from `cache/herinnering.txt` and
the command line is never built.

The file (mode 0600, written atomically by the full path, `cli.reminder`) holds three lines:
`FORMAT`, the key, and the line to print (empty: the day's question is answered). The key
names every input of the day's question and of the words around it:

- the data folder and how it was chosen (`--data-dir`/`LEESLAMP_HOME`, or the platform's
  default: this module's guess counts only where the full path wrote that same folder as the
  default, so a guess that differs from platformdirs' never answers);
- the day;
- the language's inputs: `--taal`, `$LEESLAMP_TAAL`, `settings.toml`;
- the prompt files (bundled and the reader's `prompts/`), and the articles too when the reader
  has prompt files (their links are checked against the library);
- the learning path files (bundled and the reader's `leerpaden/`);
- the journal's snapshot and log (answers, the day's choice, the path followed, a coach's
  questions).

Each file counts by size, mtime and inode, each folder by its own stat and its files'. A part
built from a file changed within the last seconds is not stored (as `daily.cache`): a change
within the filesystem's clock tick could leave the mtime where it was. `may_answer` is the one
decision: the key computed now against the stored one. Anything it cannot tell (another option,
a relative folder, a damaged file) goes the full way, which writes the file again.

A locked journal (`journal.sleutel` in the data folder) gets no reminder at all: it would need
the passphrase, and a shell's start must never ask for one.
"""

from __future__ import annotations

import os
import sys
import time

from leeslamp.core.sync_names import copy_may_wait

TYPE_CHECKING = False  # typing's import costs this path more than Python's own start
if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

#: the first line of the file; a new number makes every older file a stale one
FORMAT = "leeslamp-herinnering 1"
CACHE_NAME = "herinnering.txt"
#: `journal.crypt.KEY_FILE`: its presence means "locked" (a test checks the two agree)
LOCK_FILE = "journal.sleutel"
#: `core.paths.HOME_ENV` and `i18n.LANGUAGE_ENV` (a test checks these too)
HOME_ENV = "LEESLAMP_HOME"
LANGUAGE_ENV = "LEESLAMP_TAAL"
LANGUAGES = ("nl", "en")
#: a source changed more recently than this (ns) is not trusted to the cache yet
QUIET_NS = 2_000_000_000

COMMAND_WORDS = ("vandaag", "today")
REMINDER_FLAGS = ("--herinnering", "--reminder")
#: `core.safe_text`'s unsafe characters (C0, DEL, C1, bidi controls), spelled without `re`
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")

_DAILY = os.path.dirname(os.path.abspath(__file__))
_PACKAGE = os.path.dirname(_DAILY)


class Request:
    """What the command line asked: the raw `--data-dir` and `--taal` (None: not given).
    (A plain class: a dataclass costs this path a millisecond to make.)"""

    __slots__ = ("data_dir", "language")

    def __init__(self, data_dir: str | None, language: str | None) -> None:
        self.data_dir = data_dir
        self.language = language


def request_from_argv(argv: Sequence[str]) -> Request | None:
    """`vandaag --herinnering` (or `today --reminder`) with at most `--taal` and `--data-dir`
    (before or after the command, as argparse takes them), spelled out in full, each once;
    None for anything else (argparse decides those)."""
    command = flag = False
    values: dict[str, str] = {}
    tokens = iter(argv)
    for token in tokens:
        name, equals, value = token.partition("=")
        if token in COMMAND_WORDS and not command:
            command = True
        elif token in REMINDER_FLAGS and command and not flag:  # the command's own option
            flag = True
        elif name in ("--taal", "--data-dir") and name not in values:
            if not equals:
                value = next(tokens, "")
            if not value or value.startswith("-"):
                return None
            values[name] = value
        else:
            return None
    if not (command and flag) or values.get("--taal", "nl") not in LANGUAGES:
        return None
    return Request(values.get("--data-dir"), values.get("--taal"))


def data_folder(data_dir: str | None, environ: Mapping[str, str]) -> tuple[str, str] | None:
    """(folder, how it was chosen) as `core.paths.resolve` chooses it: `--data-dir`, else
    `$LEESLAMP_HOME`, else the platform's default (a guess here, without platformdirs' import:
    Linux's rule only). None where this cannot tell cheaply; the full path then answers."""
    chosen = data_dir or environ.get(HOME_ENV)
    origin = "explicit"
    if not chosen:
        if not sys.platform.startswith("linux"):
            return None
        base = environ.get("XDG_DATA_HOME", "")
        chosen = os.path.join(base if base.strip() else "~/.local/share", "leeslamp")
        origin = "default"
    folder = os.path.expanduser(chosen)
    if not os.path.isabs(folder):
        return None  # pathlib's spelling of a relative folder may differ from os.path's
    return os.path.normpath(folder), origin


def _stat(path: str) -> tuple[int, int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_size, found.st_mtime_ns, found.st_ino)


def _folder(path: str, suffix: str) -> list[object]:
    """The folder's stat, then each `*suffix` file in it by name and stat (hidden ones too:
    a file the loaders skip only makes the key change more often)."""
    try:
        with os.scandir(path) as listing:
            names = sorted(entry.name for entry in listing if entry.name.endswith(suffix))
    except OSError:
        return [None]
    return [_stat(path), *((name, _stat(os.path.join(path, name))) for name in names)]


def _has_prompt_files(path: str) -> bool:
    try:
        with os.scandir(path) as listing:
            return any(entry.name.endswith(".toml") for entry in listing)
    except OSError:
        return False


def bundled_articles_dir() -> str:
    """`library.bundled.bundled_articles_dir()` without pathlib: beside the package, else
    the source tree's (an unusual install has neither: the key then just never matches it)."""
    packaged = os.path.join(_PACKAGE, "articles")
    if os.path.isdir(packaged):
        return packaged
    return os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(_PACKAGE))), "articles")


def inputs(
    folder: str, origin: str, language: str | None, day: str, environ: Mapping[str, str]
) -> list[object]:
    """Every input of the reminder's line (see the module's docstring), as plain values."""
    user_prompts = os.path.join(folder, "prompts")
    parts: list[object] = [
        folder,
        origin,
        day,
        language or "",
        environ.get(LANGUAGE_ENV, ""),
        _stat(os.path.join(folder, "settings.toml")),
        _folder(os.path.join(_DAILY, "prompts"), ".toml"),
        _folder(user_prompts, ".toml"),
        _folder(os.path.join(_DAILY, "paths"), ".toml"),
        _folder(os.path.join(folder, "leerpaden"), ".toml"),
        _stat(os.path.join(folder, "journal.json")),
        _stat(os.path.join(folder, "journal.log")),
    ]
    if _has_prompt_files(user_prompts):  # their links to articles are checked
        parts += [
            _folder(bundled_articles_dir(), ".md"),
            _folder(os.path.join(folder, "articles"), ".md"),
        ]
    return parts


def key_text(parts: list[object]) -> str:
    """The inputs as one line: repr keeps a file name with a newline in it on that line."""
    return repr(parts)


def newest_change_ns(parts: object) -> int:
    """The newest mtime (ns) anywhere in the inputs (each stat is (size, mtime, inode))."""
    if isinstance(parts, tuple) and len(parts) == 3 and all(isinstance(n, int) for n in parts):
        return int(parts[1])
    if isinstance(parts, (list, tuple)):
        return max((newest_change_ns(part) for part in parts), default=0)
    return 0


def cache_path(folder: str) -> str:
    return os.path.join(folder, "cache", CACHE_NAME)


def today() -> str:
    """The local date, as `Context.today()` gives it (ISO)."""
    return time.strftime("%Y-%m-%d")


def may_answer(folder: str, key: str) -> str | None:
    """The line to print ("": none, the question is answered) when the cache in `folder` was
    written for exactly `key` (`key_text` of the inputs now); None: the full path must answer."""
    try:
        with open(cache_path(folder), encoding="utf-8", newline="") as handle:
            stored = handle.read(64 * 1024).split("\n")
    except (OSError, ValueError):
        return None
    if len(stored) != 4 or stored[0] != FORMAT or stored[1] != key or stored[3]:
        return None
    line = stored[2]
    if any(c < " " or "\x7f" <= c <= "\x9f" or c in _BIDI for c in line):
        return None  # not a line the full path writes: never printed as it is
    return line


#: whether a sync tool's conflict copy may wait (journal.conflicts' regexes cost more than this
#: whole path); a false alarm only means the full path answers
copy_waits = copy_may_wait


def quick_reminder(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> bool:
    """`leeslamp.cli.main`'s first step: True when the reminder was given from the cache (or
    the journal is locked: then nothing is said), False when the full path must answer."""
    request = request_from_argv(argv)
    if request is None:
        return False
    env = os.environ if environ is None else environ
    found = data_folder(request.data_dir, env)
    if found is None:
        return False
    folder, origin = found
    if os.path.exists(os.path.join(folder, LOCK_FILE)):
        return True  # locked: no reminder, and never a question for the passphrase
    if copy_waits(folder):
        return False  # a sync tool's conflict copy: the full path merges it first
    parts = inputs(folder, origin, request.language, today(), env)
    line = may_answer(folder, key_text(parts))
    if line is None:
        return False
    if line:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()  # a closed pipe says so here, where the caller handles it
    return True


def remember(folder: str, parts: list[object], line: str, started_ns: int) -> None:
    """Store the line for the inputs `parts` (taken before they were read), unless one of them
    changed within the last seconds; a cache that cannot be written only means the next
    reminder takes the full path."""
    if newest_change_ns(parts) > started_ns - QUIET_NS:
        return
    if not os.path.isdir(folder):
        return  # no data folder yet: `vandaag` makes none (the app does)
    from pathlib import Path

    from leeslamp.core.fileio import atomic_write_bytes, ensure_private_dir

    target = Path(cache_path(folder))
    try:
        payload = f"{FORMAT}\n{key_text(parts)}\n{line}\n".encode()
        ensure_private_dir(target.parent)
        atomic_write_bytes(target, payload)
    except (OSError, UnicodeError):
        pass
