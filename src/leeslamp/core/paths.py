"""Where the user's things live. Pure functions: nothing is created at import or here.

Everything of the user's lives in one data folder: `--data-dir`, else `LEESLAMP_HOME`,
else the platform's user data folder (Linux: ~/.local/share/leeslamp).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "leeslamp"
HOME_ENV = "LEESLAMP_HOME"


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def journal(self) -> Path:
        return self.data_dir / "journal.json"

    @property
    def journal_log(self) -> Path:
        """Append-only log of changes since the last snapshot (see journal/storage.py)."""
        return self.data_dir / "journal.log"

    @property
    def journal_lock(self) -> Path:
        return self.data_dir / "journal.lock"

    @property
    def search_index(self) -> Path:
        """The search index: derived from the journal, rebuilt when missing (journal/search_index.py)."""
        return self.data_dir / "search-index.sqlite"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings(self) -> Path:
        return self.data_dir / "settings.toml"

    @property
    def user_articles(self) -> Path:
        return self.data_dir / "articles"

    @property
    def user_prompts(self) -> Path:
        return self.data_dir / "prompts"

    @property
    def user_paths(self) -> Path:
        """The reader's own learning paths, and those a coach sent (daily/learning_paths.py)."""
        return self.data_dir / "leerpaden"


def default_data_dir() -> Path:
    # Imported here so `import leeslamp.core.paths` stays free of platformdirs' small cost.
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """The paths for this run: explicit folder, else $LEESLAMP_HOME, else the platform default."""
    if data_dir:
        chosen = Path(data_dir)
    elif os.environ.get(HOME_ENV):
        chosen = Path(os.environ[HOME_ENV])
    else:
        chosen = default_data_dir()
    return Paths(chosen.expanduser().absolute())
