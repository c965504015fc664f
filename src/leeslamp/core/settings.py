"""The reader's settings (language, theme, name, reader id): tolerant load, careful save.

A settings file is a convenience, never a reason not to start: unknown keys are ignored and
bad values fall back to the default, with a notice the app can show.

It is also the only place the reader id lives, so a save never costs what is in the file:
- a file with a mistake in it (a TOML error, bad UTF-8) is copied aside byte for byte
  (`settings.toml.kapot-YYYY-MM-DD`), and every `key = value` line that still reads on its
  own is kept in the new file; an id that cannot be read is replaced only with a notice;
- a file that cannot be read at all (permissions) is never written over: the save is refused;
- keys this version does not know are kept as they are.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from pathlib import Path

from leeslamp.i18n import LANGUAGES, t

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any

#: a table header: keys after it are not top-level settings
_TABLE = re.compile(rb"^\s*\[")
#: a line that sets the reader id, readable or not
_READER_ID_LINE = re.compile(rb"^\s*[\"']?reader_id[\"']?\s*=", re.MULTILINE)


@dataclass
class Settings:
    language: str | None = None  # None: follow --taal / LEESLAMP_TAAL / Dutch
    theme: str | None = None
    name: str | None = None  # the reader's name, used in answer bundles for coaches
    #: random, made once (`ensure_reader_id`): tells a coach two readers of one name apart
    reader_id: str | None = None
    #: what was wrong with the file, as (key, value) pairs; not saved
    problems: list[tuple[str, str]] = field(default_factory=list, compare=False, repr=False)
    #: what the last save did that the reader must hear (a file set aside, a new id); not saved
    notices: list[str] = field(default_factory=list, compare=False, repr=False)


_SAVED = [item.name for item in fields(Settings) if item.name not in ("problems", "notices")]


def recover(data: bytes) -> dict[str, Any]:
    """The top-level keys of a broken settings file that read on their own, line by line.

    A line that is not UTF-8 or not TOML costs only itself; the first of two equal keys counts;
    reading stops at the first table header (its keys are not settings)."""
    import tomllib

    kept: dict[str, Any] = {}
    for raw_line in data.splitlines():
        if _TABLE.match(raw_line):
            break
        try:
            parsed = tomllib.loads(raw_line.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        for key, value in parsed.items():
            kept.setdefault(key, value)
    return kept


@dataclass
class _File:
    """What is in the settings file now: its keys, and its bytes and fault when it is broken."""

    values: dict[str, Any]
    data: bytes = b""
    fault: str | None = None  # why it does not parse as a whole


def _read(path: Path) -> _File:
    """The file's keys (recovered line by line when broken). Raises OSError when the file
    exists but cannot be read: then nothing may be written over it."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return _File({})
    import tomllib  # only for a file there is: `leeslamp vandaag` without one goes without

    try:
        return _File(tomllib.loads(data.decode("utf-8")), data)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return _File(recover(data), data, str(exc))


def _apply(values: dict[str, Any], settings: Settings) -> Settings:
    for name in _SAVED:
        if name not in values:
            continue
        value = values[name]
        if not isinstance(value, str) or (name == "language" and value not in LANGUAGES):
            settings.problems.append((name, repr(value)))
            continue
        setattr(settings, name, value)
    return settings


def load(path: Path) -> Settings:
    """Read settings from `path`; a missing or broken file gives what can be read (else
    defaults), never an exception."""
    settings = Settings()
    try:
        found = _read(path)
    except OSError as exc:
        settings.problems.append(("*", str(exc)))
        return settings
    if found.fault is not None:
        settings.problems.append(("*", found.fault))
    return _apply(found.values, settings)


def _set_aside(path: Path, data: bytes, today: date) -> Path:
    """Copy the broken file's bytes to `NAME.kapot-DAY` (`-2`, `-3`… if taken), privately.

    A copy, not a move: until the new file replaces it, the old one stays where it was."""
    import os

    from leeslamp.core.fileio import PRIVATE, fsync_dir

    stem = f"{path.name}.kapot-{today.isoformat()}"
    for number in range(1, 1000):
        aside = path.with_name(stem if number == 1 else f"{stem}-{number}")
        try:
            fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE)
        except FileExistsError:
            continue
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        fsync_dir(path.parent)
        return aside
    raise FileExistsError(stem)


def save(path: Path, settings: Settings, *, today: date | None = None) -> Settings:
    """Write `settings` to `path` over what the file holds; return what it holds afterwards,
    with `notices` for the reader.

    Keys `settings` leaves empty keep the file's value (an app open since before the reader id
    was made must not drop it). Raises EnvironmentProblem, writing nothing, when the file
    cannot be read; OSError when it cannot be written."""
    import tomli_w

    from leeslamp.core.errors import EnvironmentProblem, os_reason
    from leeslamp.core.fileio import (
        atomic_write_text,  # only when saving: tempfile is slow to import
    )

    try:
        found = _read(path)
    except OSError as exc:
        raise EnvironmentProblem("settings.unreadable", path=path, reason=os_reason(exc)) from exc
    values = dict(found.values)
    values.update({k: v for k, v in asdict(settings).items() if k in _SAVED and v is not None})
    notices = []
    if found.fault is not None:
        aside = _set_aside(path, found.data, today or date.today())
        notices.append(t("settings.set_aside", path=path, aside=aside))
        if "reader_id" not in values and _READER_ID_LINE.search(found.data):
            # The old id is unreadable: the coach will see a new reader, so say so.
            values["reader_id"] = _new_reader_id()
            notices.append(t("settings.new_reader_id", aside=aside))
    atomic_write_text(path, tomli_w.dumps(values))
    result = _apply(values, Settings())
    result.notices = notices
    return result


def _new_reader_id() -> str:
    import secrets

    return secrets.token_hex(8)


def ensure_reader_id(path: Path, settings: Settings, *, today: date | None = None) -> Settings:
    """`settings` with a reader id: the one in the file, or a new random one added to it.

    Random, never made from the name or anything else of the reader's. Raises
    EnvironmentProblem when a new id cannot be kept: an id that is not kept would make the
    next answer file look like someone else's. A broken file is set aside by `save`, and its
    readable id kept; `notices` says what happened."""
    import dataclasses

    from leeslamp.core.errors import EnvironmentProblem, os_reason

    if settings.reader_id:
        return settings
    try:
        found = _read(path)
    except OSError as exc:
        raise EnvironmentProblem(
            "bundle.reader_id_broken", path=path, reason=os_reason(exc)
        ) from exc
    kept = found.values.get("reader_id")  # another leeslamp may have made one since
    if isinstance(kept, str) and kept and found.fault is None:
        return dataclasses.replace(settings, reader_id=kept)
    if not isinstance(kept, str) or not kept:
        # an id line that no longer reads: `save` makes the new id and says so
        lost = found.fault is not None and _READER_ID_LINE.search(found.data)
        kept = None if lost else _new_reader_id()
    try:
        # only the id is added: the file's other keys stay as they are
        saved = save(path, Settings(reader_id=kept), today=today)
    except OSError as exc:
        raise EnvironmentProblem(
            "bundle.reader_id_not_saved", path=path, reason=os_reason(exc)
        ) from exc
    return dataclasses.replace(settings, reader_id=saved.reader_id, notices=saved.notices)
