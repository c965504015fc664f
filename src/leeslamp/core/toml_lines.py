"""Where keys stand in a TOML file, for messages with line numbers.

tomllib keeps no positions, so we look in the text: top-level keys (before the first table
header) and keys inside the n-th `[[table]]` of one array of tables.
"""

from __future__ import annotations

import re

_ANY_HEADER = re.compile(r"^\s*\[")


class TomlLines:
    def __init__(self, text: str, array_table: str) -> None:
        header = re.compile(r"^\s*\[\[\s*[\"']?" + re.escape(array_table) + r"[\"']?\s*\]\]")
        self.lines = text.splitlines()
        self.starts = [n for n, line in enumerate(self.lines) if header.match(line)]
        self.first_header = next(
            (n for n, line in enumerate(self.lines) if _ANY_HEADER.match(line)),
            len(self.lines),
        )

    def top_key(self, key: str) -> int | None:
        """The 1-based line of a top-level `key = ...`."""
        return self._find_key(key, 0, self.first_header)

    def table_start(self, index: int) -> int | None:
        """The 1-based line of the index-th `[[table]]` header."""
        return self.starts[index] + 1 if index < len(self.starts) else None

    def table_key(self, index: int, key: str) -> int | None:
        """The 1-based line of `key = ...` inside the index-th `[[table]]`."""
        if index >= len(self.starts):
            return None
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.lines)
        return self._find_key(key, self.starts[index] + 1, end)

    def _find_key(self, key: str, begin: int, end: int) -> int | None:
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for number in range(begin, end):
            if pattern.match(self.lines[number]):
                return number + 1
        return None
