"""FileProblem: why a file the reader gave us (an article, a prompt file) was skipped.

Kept as an i18n key with parameters, so it reads in the reader's language when shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leeslamp.i18n import t

_DOUBLE_END = re.compile(r"([.?!])\.$")


def said(key: str, params: dict[str, Any]) -> str:
    """`t(key, **params)`, where a param named `x_key` holds an i18n key, said as `x` in the
    language of the moment; a hint that ends in a question inside a sentence that ends in a
    full stop keeps one mark."""
    words = {
        name.removesuffix("_key"): t(value) if name.endswith("_key") else value
        for name, value in params.items()
    }
    return _DOUBLE_END.sub(r"\1", t(key, **words))


@dataclass(frozen=True)
class FileProblem:
    """What is wrong, in which file, and on which line (1-based) when known."""

    source: Path
    key: str
    params: dict[str, Any] = field(default_factory=dict)
    line: int | None = None

    def message(self) -> str:
        return said(self.key, self.params)

    def sentence(self) -> str:
        where = {"source": str(self.source), "message": self.message()}
        if self.line is None:
            return t("problem.location_noline", **where)
        return t("problem.location", line=self.line, **where)
