"""What checking an assignment file finds: each problem (or warning) with the line it is on,
said in the language of the moment. Checking collects them all (parse.py), so a coach fixes a
file in one go; importing one with errors raises `AssignmentInvalid`, which lists them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leeslamp.core.errors import UserInputError
from leeslamp.core.problems import said
from leeslamp.i18n import t

if TYPE_CHECKING:
    from leeslamp.assignments.model import Assignment

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    """One thing wrong with (or worth saying about) an assignment file. `line` is 1-based."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)
    line: int | None = None
    severity: str = ERROR

    def message(self) -> str:
        return said(self.key, self.params)

    def sentence(self, source: str | Path) -> str:
        where = {"source": str(source), "message": self.message()}
        if self.line is None:
            return t("problem.location_noline", **where)
        return t("problem.location", line=self.line, **where)


@dataclass
class CheckResult:
    """The assignment when the file is good (even with warnings), else None; and what was found."""

    assignment: Assignment | None
    errors: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class AssignmentInvalid(UserInputError):
    """An assignment file with errors; the sentence lists every one with its line."""

    def __init__(self, source: str | Path, findings: list[Finding]) -> None:
        details = "\n".join(f"  {finding.sentence(source)}" for finding in findings)
        super().__init__("assignment.invalid", path=str(source), details=details)
        self.findings = findings
