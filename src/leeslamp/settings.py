"""The reader's settings (language, theme, name, reader id): tolerant load, atomic save.

A settings file is a convenience, never a reason not to start: unknown keys are ignored and
bad values fall back to the default, with a notice the app can show.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from leeslamp.i18n import LANGUAGES


@dataclass
class Settings:
    language: str | None = None  # None: follow --taal / LEESLAMP_TAAL / Dutch
    theme: str | None = None
    name: str | None = None  # the reader's name, used in answer bundles for coaches
    #: random, made once (`ensure_reader_id`): tells a coach two readers of one name apart
    reader_id: str | None = None
    #: what was wrong with the file, as (key, value) pairs; not saved
    problems: list[tuple[str, str]] = field(default_factory=list, compare=False, repr=False)


def load(path: Path) -> Settings:
    """Read settings from `path`; a missing or broken file gives defaults, never an exception."""
    settings = Settings()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return settings
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        settings.problems.append(("*", str(exc)))
        return settings
    for item in fields(Settings):
        if item.name == "problems" or item.name not in raw:
            continue
        value = raw[item.name]
        if not isinstance(value, str) or (item.name == "language" and value not in LANGUAGES):
            settings.problems.append((item.name, repr(value)))
            continue
        setattr(settings, item.name, value)
    return settings


def save(path: Path, settings: Settings) -> None:
    import tomli_w

    from leeslamp.fileio import atomic_write_text  # only when saving: tempfile is slow to import

    values = {k: v for k, v in asdict(settings).items() if k != "problems" and v is not None}
    if settings.reader_id is None:
        # settings loaded before the id was made (an app open meanwhile) must not drop it
        kept = load(path).reader_id
        if kept:
            values["reader_id"] = kept
    atomic_write_text(path, tomli_w.dumps(values))


def ensure_reader_id(path: Path, settings: Settings) -> Settings:
    """`settings` with a reader id: the one in the file, or a new random one added to it.

    Random, never made from the name or anything else of the reader's. Raises
    EnvironmentProblem when a new id cannot be kept: an id that is not kept would make the
    next answer file look like someone else's. Only the id is added; everything else in the
    file stays as it is, and a file that is not TOML is not overwritten."""
    import dataclasses
    import secrets

    import tomli_w

    from leeslamp.errors import EnvironmentProblem, os_reason
    from leeslamp.fileio import atomic_write_text

    if settings.reader_id:
        return settings
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raw = {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise EnvironmentProblem("bundle.reader_id_broken", path=path, reason=str(exc)) from exc
    kept = raw.get("reader_id")  # another leeslamp may have made one since settings were read
    if not isinstance(kept, str) or not kept:
        kept = raw["reader_id"] = secrets.token_hex(8)
        try:
            atomic_write_text(path, tomli_w.dumps(raw))
        except OSError as exc:
            raise EnvironmentProblem(
                "bundle.reader_id_not_saved", path=path, reason=os_reason(exc)
            ) from exc
    return dataclasses.replace(settings, reader_id=kept)
