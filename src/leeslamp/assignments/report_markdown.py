"""The coach's report in Markdown: who answered what, then every question with all the
answers beneath it, and the dialogue map. Saved from the overview screen or with `opdracht
overzicht -o X.md`; the HTML page (`report_html`) is this report rendered. Every reader's text
goes through `markdown_text`/`markdown_line`, so it is shown, never read as Markdown.
"""

from __future__ import annotations

from leeslamp.assignments.bundle import quoted
from leeslamp.assignments.dialogue import dialogue_markdown
from leeslamp.assignments.model import Question
from leeslamp.assignments.overview import Overview, overview_notes, reader_label
from leeslamp.core.dates import human_stamp
from leeslamp.core.safe_text import markdown_line, markdown_text, printable
from leeslamp.i18n import t


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    """A path in a code span: shown as it is (no HTML there), so only a backtick, which would
    end the span, and control characters and line breaks need care."""
    return printable(" ".join(text.splitlines())).replace("`", "'")


def overview_markdown(overview: Overview) -> str:
    """One report: who answered what, then every question with all answers beneath it."""
    assignment = overview.assignment
    if assignment is None:
        lines = [f"# {t('overview.md_title_none')}"]
    else:
        title = markdown_line(assignment.title)
        lines = [f"# {t('overview.md_title', title=title)}", ""]
        if assignment.coach:
            lines.append(f"- {t('bundle.md_coach')}: {markdown_line(assignment.coach)}")
        if assignment.deadline:
            lines.append(
                f"- {t('overview.md_deadline')}: {human_stamp(assignment.deadline.isoformat())}"
            )
        lines.append(f"- {t('bundle.md_assignment')}: {markdown_line(assignment.id)}")
        lines.append(f"- {t('overview.md_readers')}: {len(overview.readers)}")
        lines += _markdown_notes(overview)
        if assignment.message:  # the coach's own words to the group belong to the assignment
            lines += ["", quoted(markdown_text(assignment.message))]
        lines += ["", *_markdown_table(overview)]
        for question in overview.questions:
            lines += _markdown_question(overview, question)
        lines += dialogue_markdown(overview)
    if overview.skipped:
        lines += ["", f"## {t('overview.md_skipped')}", ""]
        lines += [
            f"- `{_code(str(s.source))}`: {markdown_line(s.reason())}" for s in overview.skipped
        ]
    return "\n".join(lines) + "\n"


def _markdown_notes(overview: Overview) -> list[str]:
    return [f"- {markdown_line(line)}" for line in overview_notes(overview)]


def _markdown_table(overview: Overview) -> list[str]:
    numbers = [q.number for q in overview.questions]
    head = [t("overview.reader"), *(str(n) for n in numbers), t("overview.answered")]
    rows = [
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    for bundle in overview.readers:
        marks = [
            t("overview.yes" if overview.answer(bundle, n) else "overview.no") for n in numbers
        ]
        done = f"{bundle.answered}/{len(bundle.answers)}"
        label = _cell(markdown_line(reader_label(overview, bundle)))
        rows.append("| " + " | ".join([label, *marks, done]) + " |")
    return rows


def _markdown_question(overview: Overview, question: Question) -> list[str]:
    title = markdown_line(overview.article_title(question.article))
    lines = ["", f"## {t('bundle.md_question', number=question.number)} · {title}", ""]
    lines += [f"**{markdown_line(question.text)}**"]
    only = overview.only_in(question.number)
    if only:
        lines += ["", f"_{markdown_line(only)}_"]
    missing: list[str] = []
    for bundle in overview.readers:
        if overview.number_in(bundle, question.number) is None:
            continue  # their version does not ask it
        answer = overview.answer(bundle, question.number)
        if answer is None:
            missing.append(markdown_line(overview.label(bundle)))
            continue
        name = markdown_line(reader_label(overview, bundle))
        lines += ["", f"### {name}", ""]
        asked = overview.asked_as(bundle, question.number)
        if asked:
            lines += [f"_{markdown_line(asked)}_", ""]
        lines += [quoted(markdown_text(answer))]
    if missing:
        lines += ["", f"_{t('overview.md_missing', readers=', '.join(missing))}_"]
    return lines
