"""Where the day's question is on a learning path, kept light for `leeslamp vandaag`
(NamedTuples: making a dataclass costs that command about a millisecond each, see
`daily.cache`). The path files themselves are `daily.learning_paths`."""

from __future__ import annotations

from typing import NamedTuple

from leeslamp import i18n
from leeslamp.daily.bank import Prompt


class PathPlace(NamedTuple):
    """Where the day's question is on a path: `day` is the step shown (1-based) of `days`."""

    id: str
    nl: str
    en: str
    day: int
    days: int

    def title(self, language: str | None = None) -> str:
        return self.en if (language or i18n.language()) == "en" and self.en else self.nl

    @property
    def last(self) -> bool:
        return self.day == self.days


class PathStep(NamedTuple):
    """The step a path offers for a day: its question and where it is on the path."""

    prompt: Prompt
    place: PathPlace
