"""The reader's settings (language, theme, name): tolerant load, atomic save.

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
    atomic_write_text(path, tomli_w.dumps(values))
