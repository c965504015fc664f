"""FileProblem: why a file the reader gave us (an article, a prompt file) was skipped.

Kept as an i18n key with parameters, so it reads in the reader's language when shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leeslamp.i18n import t


@dataclass(frozen=True)
class FileProblem:
    """What is wrong, in which file, and on which line (1-based) when known."""

    source: Path
    key: str
    params: dict[str, Any] = field(default_factory=dict)
    line: int | None = None

    def message(self) -> str:
        return t(self.key, **self.params)

    def sentence(self) -> str:
        where = {"source": str(self.source), "message": self.message()}
        if self.line is None:
            return t("problem.location_noline", **where)
        return t("problem.location", line=self.line, **where)
