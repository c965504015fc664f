"""Where the reader is on a learning path (issue 16, §5): one step a day, the next unanswered
one; a missed day waits; the path ends after the last step. And the day's order: the coach's
question, then the path's step, then the bank."""

from __future__ import annotations

import os
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from journal_factory import moment
from leeslamp.core.paths import Paths, resolve
from leeslamp.daily.bank import REFLECTION, load_bank
from leeslamp.daily.learning_paths import LearningPath, PathStep, load_paths
from leeslamp.daily.path_progress import path_step_for_day, progress, start_path, stop_path
from leeslamp.daily.today import (
    daily_question,
    next_question,
    private_question_for_day,
    question_for_day,
    read_daily_question,
    read_private_question,
)
from leeslamp.journal import Entry, Journal

BANK = [prompt for prompt in load_bank().prompts if prompt.kind == REFLECTION]
START = date(2026, 12, 1)
SEVEN = load_paths().find("zeven-ochtenden")
assert SEVEN is not None


def answer(path: LearningPath, number: int, on: date, at: str = "07:00") -> Entry:
    """A `dagvraag` to step `number`, written on `on`."""
    step = path.steps[number - 1]
    doc_time = moment(f"{on.isoformat()} {at}").isoformat()
    return Entry.from_doc(
        {
            "id": f"{number}-{on}",
            "kind": "dagvraag",
            "text": "Een antwoord.",
            "created": doc_time,
            "updated": doc_time,
            "tags": [],
            "prompt": {"id": step.id, "text": step.nl},
        }
    )


def shown(entries: list[Entry], day: date, path: LearningPath = SEVEN) -> int | None:
    step = progress(path, START, entries, day).step
    return None if step is None else step.place.day


def test_the_first_day_is_the_first_step() -> None:
    step = progress(SEVEN, START, [], START).step
    assert step is not None
    assert (step.place.day, step.place.days, step.prompt.id) == (1, 7, "pad:zeven-ochtenden:1")


def test_a_step_answered_today_stays_today_s_step() -> None:
    entries = [answer(SEVEN, 1, START)]
    assert shown(entries, START) == 1
    assert shown(entries, START + timedelta(1)) == 2


def test_a_missed_day_waits_it_does_not_skip() -> None:
    entries = [answer(SEVEN, 1, START)]
    for later in range(2, 6):  # four days without writing: step 2 waits each day
        assert shown(entries, START + timedelta(later)) == 2
    entries.append(answer(SEVEN, 2, START + timedelta(5)))
    assert shown(entries, START + timedelta(6)) == 3


def test_answers_from_before_the_start_do_not_count() -> None:
    """A path started again begins again; the earlier answers stay in the journal."""
    entries = [answer(SEVEN, 1, START - timedelta(30)), answer(SEVEN, 2, START - timedelta(29))]
    assert shown(entries, START) == 1


def test_answers_after_the_day_do_not_count_for_it() -> None:
    entries = [answer(SEVEN, 1, START), answer(SEVEN, 2, START + timedelta(1))]
    assert shown(entries, START + timedelta(1)) == 2
    assert shown(entries, START) == 1


def test_after_the_last_step_the_path_is_done() -> None:
    entries = [answer(SEVEN, n, START + timedelta(n - 1)) for n in range(1, 8)]
    last_day = START + timedelta(6)
    on_last = progress(SEVEN, START, entries, last_day)
    assert on_last.step is not None and on_last.step.place.last and on_last.done
    after = progress(SEVEN, START, entries, last_day + timedelta(1))
    assert after.step is None and after.done


def test_a_day_before_the_start_has_no_step() -> None:
    """`schrijf --datum` for a day before the path began answers that day's own question."""
    assert shown([], START - timedelta(1)) is None
    assert shown([], START) == 1


# --- the day's order ------------------------------------------------------------------------


def step_for(number: int) -> PathStep:
    entries = [answer(SEVEN, n, START + timedelta(n - 1)) for n in range(1, number)]
    step = progress(SEVEN, START, entries, START + timedelta(number - 1)).step
    assert step is not None
    return step


def test_the_path_s_step_comes_before_the_bank() -> None:
    step = step_for(3)
    question = daily_question(START, BANK, path_step=step)
    assert question.prompt.id == "pad:zeven-ochtenden:3"
    assert question.path is not None and (question.path.day, question.path.days) == (3, 7)
    assert daily_question(START, BANK).path is None


def test_another_question_leaves_the_step_and_comes_back_to_it() -> None:
    step = step_for(1)
    first = daily_question(START, BANK, path_step=step)
    other = next_question(first, BANK, [], path_step=step)
    assert other.path is None and other.prompt.id != step.prompt.id
    assert other.prompt.id == daily_question(START, BANK).prompt.id


def test_the_path_s_step_comes_before_a_question_that_comes_back() -> None:
    step = step_for(2)
    back = BANK[-1]  # a bank question that comes back today (daily.returning picks one)
    question = daily_question(START, BANK, path_step=step, returning=back)
    assert question.prompt.id == step.prompt.id
    other = daily_question(START, BANK, another=1, path_step=step, returning=back)
    assert other.prompt.id == back.id  # "Een andere vraag" offers it next


# --- in the journal -------------------------------------------------------------------------


@pytest.fixture
def paths(private_home: Path) -> Paths:
    return resolve()


def follow(paths: Paths, day: date = START) -> None:
    assert SEVEN is not None
    with Journal.open(paths) as journal:
        start_path(journal, SEVEN, day)


def test_the_journal_s_path_gives_the_day_s_question(paths: Paths) -> None:
    follow(paths)
    with Journal.open(paths, read_only=True) as journal:
        question = question_for_day(journal, START + timedelta(2), BANK)
        private = private_question_for_day(journal, START + timedelta(2), BANK)
    assert question.prompt.id == private.prompt.id == "pad:zeven-ochtenden:1"
    assert question.path is not None and question.path.id == "zeven-ochtenden"


def test_a_bank_question_chosen_for_the_day_still_wins(paths: Paths) -> None:
    follow(paths)
    other = daily_question(START, BANK).prompt.id
    with Journal.open(paths) as journal:
        journal.set_day_choice(START, other)
        assert question_for_day(journal, START, BANK).prompt.id == other
        # and the next day the step is there again: it waited
        assert question_for_day(journal, START + timedelta(1), BANK).path is not None


def test_after_stopping_the_bank_s_question_comes_back(paths: Paths) -> None:
    follow(paths)
    with Journal.open(paths) as journal:
        stop_path(journal)
        assert path_step_for_day(journal, START) is None
        assert journal.path_state() is None
    assert read_daily_question(paths, START, BANK) == daily_question(START, BANK)


def test_reading_without_the_whole_journal_still_sees_the_path(paths: Paths) -> None:
    """`read_daily_question` skips the journal when it cannot matter (`journal.peek`): a
    path followed matters, in the log and after compaction into the snapshot."""
    with Journal.open(paths) as journal:
        journal.add_entry("reflectie", "Iets anders.")
    follow(paths)
    assert read_daily_question(paths, START, BANK).prompt.id == "pad:zeven-ochtenden:1"
    assert read_private_question(paths, START, BANK).prompt.id == "pad:zeven-ochtenden:1"
    with Journal.open(paths) as journal:
        journal.maintain(START)  # folds the log into the snapshot (with a backup)
    assert b"leerpad" in paths.journal.read_bytes()  # in the snapshot now
    assert read_daily_question(paths, START, BANK).prompt.id == "pad:zeven-ochtenden:1"


def test_a_path_whose_file_went_away_offers_nothing(paths: Paths) -> None:
    own = paths.user_paths
    own.mkdir(parents=True)
    (own / "eigen.toml").write_text(
        'id = "eigen"\ntitel = "Eigen"\n[[stap]]\nvraag = "Wat zag je?"\n', encoding="utf-8"
    )
    eigen = load_paths(own).find("eigen")
    assert eigen is not None
    with Journal.open(paths) as journal:
        start_path(journal, eigen, START)
        assert path_step_for_day(journal, START) is not None
        (own / "eigen.toml").unlink()
        assert path_step_for_day(journal, START) is None
        assert question_for_day(journal, START, BANK) == daily_question(START, BANK)


def test_the_cached_day_goes_stale_when_a_path_file_changes(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    from leeslamp.cli import main

    own = paths.user_paths
    own.mkdir(parents=True)
    path_file = own / "eigen.toml"
    path_file.write_text(
        'id = "eigen"\ntitel = "Eigen"\n[[stap]]\nvraag = "Wat zag je eerst?"\n', encoding="utf-8"
    )
    eigen = load_paths(own).find("eigen")
    assert eigen is not None
    with Journal.open(paths) as journal:
        start_path(journal, eigen, START)
    past = time.time() - 60  # quiet files: the cache keeps what it read
    for found in [paths.data_dir, *paths.data_dir.rglob("*")]:
        os.utime(found, (past, past))
    argv = ["vandaag", "--datum", START.isoformat()]
    assert main(argv) == 0 and "Wat zag je eerst?" in capsys.readouterr().out
    path_file.write_text(path_file.read_text().replace("eerst", "als eerste"), encoding="utf-8")
    os.utime(path_file, (past + 1, past + 1))
    assert main(argv) == 0 and "Wat zag je als eerste?" in capsys.readouterr().out
