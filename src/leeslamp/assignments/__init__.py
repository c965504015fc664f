"""Coach assignments: the assignment file, the reader's answers, bundles and the overview.

A coach writes an assignment (TOML; `parse`), the reader imports and answers it in their
journal (`answers`), sends an answer bundle (`bundle`), and the coach lines up the bundles of
the whole group (`overview`). No Textual here: the command line and the screens both call this.

Its names load lazily (as `leeslamp.journal`'s do), so `vandaag`, which needs only the open
questions, does not import the bundles, the overview and the assignment file's parser.
"""

from __future__ import annotations

from importlib import import_module

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from leeslamp.assignments.answers import (
        AnswerResult,
        AssignmentQuestion,
        AssignmentStatus,
        ImportResult,
        StoredAssignment,
        answer_question,
        article_questions,
        assignment_statuses,
        current_answers,
        current_choice,
        find_assignment,
        import_assignment,
        open_questions,
        status_of,
        stored_assignments,
    )
    from leeslamp.assignments.bundle import (
        Bundle,
        BundleAnswer,
        BundleProblem,
        build_bundle,
        bundle_json,
        bundle_markdown,
        bundle_paths,
        default_bundle_path,
        markdown_path,
        read_bundle,
        write_bundle,
    )
    from leeslamp.assignments.findings import (
        AssignmentInvalid,
        CheckResult,
        Finding,
    )
    from leeslamp.assignments.model import (
        Assignment,
        Question,
        ReadingItem,
        new_assignment,
    )
    from leeslamp.assignments.overview import (
        Overview,
        SkippedFile,
        build_overview,
    )
    from leeslamp.assignments.parse import (
        check_assignment,
        dump_assignment,
        load_assignment,
        read_assignment,
    )
    from leeslamp.assignments.report_markdown import (
        overview_markdown,
    )

_WHERE = {
    "AnswerResult": "leeslamp.assignments.answers",
    "AssignmentQuestion": "leeslamp.assignments.answers",
    "AssignmentStatus": "leeslamp.assignments.answers",
    "ImportResult": "leeslamp.assignments.answers",
    "StoredAssignment": "leeslamp.assignments.answers",
    "answer_question": "leeslamp.assignments.answers",
    "article_questions": "leeslamp.assignments.answers",
    "assignment_statuses": "leeslamp.assignments.answers",
    "current_answers": "leeslamp.assignments.answers",
    "current_choice": "leeslamp.assignments.answers",
    "find_assignment": "leeslamp.assignments.answers",
    "import_assignment": "leeslamp.assignments.answers",
    "open_questions": "leeslamp.assignments.answers",
    "status_of": "leeslamp.assignments.answers",
    "stored_assignments": "leeslamp.assignments.answers",
    "Bundle": "leeslamp.assignments.bundle",
    "BundleAnswer": "leeslamp.assignments.bundle",
    "BundleProblem": "leeslamp.assignments.bundle",
    "build_bundle": "leeslamp.assignments.bundle",
    "bundle_json": "leeslamp.assignments.bundle",
    "bundle_markdown": "leeslamp.assignments.bundle",
    "bundle_paths": "leeslamp.assignments.bundle",
    "default_bundle_path": "leeslamp.assignments.bundle",
    "markdown_path": "leeslamp.assignments.bundle",
    "read_bundle": "leeslamp.assignments.bundle",
    "write_bundle": "leeslamp.assignments.bundle",
    "AssignmentInvalid": "leeslamp.assignments.findings",
    "CheckResult": "leeslamp.assignments.findings",
    "Finding": "leeslamp.assignments.findings",
    "Assignment": "leeslamp.assignments.model",
    "Question": "leeslamp.assignments.model",
    "ReadingItem": "leeslamp.assignments.model",
    "new_assignment": "leeslamp.assignments.model",
    "Overview": "leeslamp.assignments.overview",
    "SkippedFile": "leeslamp.assignments.overview",
    "build_overview": "leeslamp.assignments.overview",
    "check_assignment": "leeslamp.assignments.parse",
    "dump_assignment": "leeslamp.assignments.parse",
    "load_assignment": "leeslamp.assignments.parse",
    "read_assignment": "leeslamp.assignments.parse",
    "overview_markdown": "leeslamp.assignments.report_markdown",
}

__all__ = [
    "AnswerResult",
    "Assignment",
    "AssignmentInvalid",
    "AssignmentQuestion",
    "AssignmentStatus",
    "Bundle",
    "BundleAnswer",
    "BundleProblem",
    "CheckResult",
    "Finding",
    "ImportResult",
    "Overview",
    "Question",
    "ReadingItem",
    "SkippedFile",
    "StoredAssignment",
    "answer_question",
    "article_questions",
    "assignment_statuses",
    "build_bundle",
    "build_overview",
    "bundle_json",
    "bundle_markdown",
    "bundle_paths",
    "check_assignment",
    "current_answers",
    "current_choice",
    "default_bundle_path",
    "dump_assignment",
    "find_assignment",
    "import_assignment",
    "load_assignment",
    "markdown_path",
    "new_assignment",
    "open_questions",
    "overview_markdown",
    "read_assignment",
    "read_bundle",
    "status_of",
    "stored_assignments",
    "write_bundle",
]


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'leeslamp.assignments' has no attribute {name!r}")
