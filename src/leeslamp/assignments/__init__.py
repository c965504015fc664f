"""Coach assignments: the assignment file, the reader's answers, bundles and the overview.

A coach writes an assignment (TOML; `parse`), the reader imports and answers it in their
journal (`answers`), sends an answer bundle (`bundle`), and the coach lines up the bundles of
the whole group (`overview`). No Textual here: the command line and the screens both call this.
"""

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
from leeslamp.assignments.findings import AssignmentInvalid, CheckResult, Finding
from leeslamp.assignments.model import Assignment, Question, ReadingItem, new_assignment
from leeslamp.assignments.overview import Overview, SkippedFile, build_overview
from leeslamp.assignments.parse import (
    check_assignment,
    dump_assignment,
    load_assignment,
    read_assignment,
)
from leeslamp.assignments.report_markdown import overview_markdown

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
