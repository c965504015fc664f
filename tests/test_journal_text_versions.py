"""Versions of every text (issue 16 §1): when a new version starts, restoring one, and that
versions outlive compaction, backups, the trash, damage and `herstel`."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journal_helpers import FakeClock
from leeslamp.core.errors import StaleWrite, UserInputError
from leeslamp.core.paths import Paths
from leeslamp.journal import Journal, backups, schema
from leeslamp.journal.versions import version_id


@pytest.fixture
def paths(private_home: Path) -> Paths:
    return Paths(private_home)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def texts(journal: Journal, entry_id: str) -> list[str]:
    return [version.text for version in journal.versions(entry_id)]


def test_an_entry_never_edited_has_one_version_and_no_version_documents(
    paths: Paths, clock: FakeClock
) -> None:
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.add_entry("reflectie", "Alleen dit.")
        [only] = journal.versions(entry.id)
        assert (only.number, only.text, only.current) == (1, "Alleen dit.", True)
        assert only.saved == entry.updated
    assert "versions" not in paths.journal_log.read_text(encoding="utf-8")


def test_autosave_within_one_burst_only_updates_the_current_text(
    paths: Paths, clock: FakeClock
) -> None:
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.add_entry("reflectie", "Een")
        for words in ("Een twee", "Een twee drie", "Een twee drie vier"):
            clock.advance(minutes=9)  # never a pause of 10 minutes: one burst
            entry = journal.update_entry(entry.id, text=words, expected=entry.rev)
        assert texts(journal, entry.id) == ["Een twee drie vier"]


def test_a_text_changed_after_a_pause_keeps_the_old_text_as_it_was_last_saved(
    paths: Paths, clock: FakeClock
) -> None:
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.add_entry("reflectie", "Eerst.")
        clock.advance(minutes=2)
        entry = journal.update_entry(entry.id, text="Eerst dit.", expected=entry.rev)
        saved_then = entry.updated
        clock.advance(minutes=10)
        entry = journal.update_entry(entry.id, text="Nu dat.", expected=entry.rev)
        first, current = journal.versions(entry.id)
    assert (first.number, first.text, first.saved, first.current) == (
        1,
        "Eerst dit.",
        saved_then,
        False,
    )
    assert (current.number, current.text, current.saved, current.current) == (
        2,
        "Nu dat.",
        entry.updated,
        True,
    )


def test_a_tag_change_makes_no_version_and_does_not_move_the_pause(
    paths: Paths, clock: FakeClock
) -> None:
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.add_entry("aandacht", "Mooi.")
        clock.advance(minutes=8)
        journal.update_entry(entry.id, tags=["rust"])
        journal.update_entry(entry.id, anchor={"quote": "x"})
        assert texts(journal, entry.id) == ["Mooi."]
        clock.advance(minutes=3)  # 11 minutes after the text was saved, 3 after the tags
        entry = journal.update_entry(entry.id, text="Mooi, en waar.")
        [first, current] = journal.versions(entry.id)
    assert first.text == "Mooi." and first.saved == "2025-05-01T09:00:00+02:00"
    assert current.text == "Mooi, en waar." and current.saved == entry.updated


def test_a_change_in_another_run_starts_a_new_version(paths: Paths, clock: FakeClock) -> None:
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.add_entry("reflectie", "Gisteren.")
    clock.advance(minutes=1)
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.update_entry(entry.id, text="Vandaag.", expected=entry.rev)
        clock.advance(minutes=1)
        entry = journal.update_entry(entry.id, text="Vandaag, verder.", expected=entry.rev)
        assert texts(journal, entry.id) == ["Gisteren.", "Vandaag, verder."]


def test_an_entry_written_outside_the_app_starts_a_version_at_its_first_edit(
    paths: Paths, clock: FakeClock
) -> None:
    """`leeslamp schrijf` (the quick path) is another run: its text is kept."""
    from leeslamp.journal.quick_add import add_entry_quickly

    entry = add_entry_quickly(paths, "reflectie", "Van de opdrachtregel.", clock=clock)
    with Journal.open(paths, clock=clock) as journal:
        journal.update_entry(entry.id, text="In de app verder.")
        assert texts(journal, entry.id) == ["Van de opdrachtregel.", "In de app verder."]


def test_new_version_forces_one_but_only_when_the_text_changes(
    paths: Paths, clock: FakeClock
) -> None:
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.add_entry("reflectie", "Een.")
        journal.update_entry(entry.id, text="Een.", new_version=True)
        assert texts(journal, entry.id) == ["Een."]
        journal.update_entry(entry.id, text="Twee.", new_version=True)
        journal.update_entry(entry.id, text="Drie.", new_version=True)
        listed = journal.versions(entry.id)
    assert [v.text for v in listed] == ["Een.", "Twee.", "Drie."]
    assert [v.number for v in listed] == [1, 2, 3]
    # three saves in one second still come out in the order they were made
    assert len({v.saved for v in listed}) == 3


def test_saves_within_one_second_of_a_real_clock_stay_in_order(paths: Paths) -> None:
    """Stamps are kept to the second while a real clock has microseconds."""
    clock = FakeClock(datetime(2025, 5, 1, 9, 0, 0, 100, tzinfo=FakeClock().now.tzinfo))
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.add_entry("reflectie", "Een.")
        for text in ("Twee.", "Drie.", "Vier."):
            clock.advance(microseconds=200_000)
            journal.update_entry(entry.id, text=text, new_version=True)
        assert texts(journal, entry.id) == ["Een.", "Twee.", "Drie.", "Vier."]


def test_an_empty_text_is_no_version_of_anything(paths: Paths, clock: FakeClock) -> None:
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.add_entry("dagvraag", "")
        clock.advance(hours=1)
        journal.update_entry(entry.id, text="Nu pas.")
        assert texts(journal, entry.id) == ["Nu pas."]


def test_restoring_a_version_keeps_the_current_text_as_a_version(
    paths: Paths, clock: FakeClock
) -> None:
    heard: list[str] = []
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.add_entry("reflectie", "Eerste gedachte.")
        entry = journal.update_entry(entry.id, text="Tweede gedachte.", new_version=True)
        journal.listen(lambda changed: heard.append(changed.text))
        back = journal.restore_version(entry.id, 1, expected=entry.rev)
        assert back.text == "Eerste gedachte." and back.rev == entry.rev + 1
        assert texts(journal, entry.id) == [
            "Eerste gedachte.",
            "Tweede gedachte.",
            "Eerste gedachte.",
        ]
        assert journal.versions(entry.id)[-1].current
    assert heard == ["Eerste gedachte."]
    with Journal.open(paths, read_only=True) as journal:  # and so on disk
        assert texts(journal, entry.id)[-1] == "Eerste gedachte."


def test_restoring_the_current_version_changes_nothing(paths: Paths, clock: FakeClock) -> None:
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.add_entry("reflectie", "Een.")
        entry = journal.update_entry(entry.id, text="Twee.", new_version=True)
        same = journal.restore_version(entry.id, 2)
        assert same == entry
        assert texts(journal, entry.id) == ["Een.", "Twee."]


def test_a_restore_from_an_older_revision_or_of_no_such_version_is_refused(
    paths: Paths, clock: FakeClock
) -> None:
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.add_entry("reflectie", "Een.")
        newer = journal.update_entry(entry.id, text="Twee.", new_version=True)
        with pytest.raises(StaleWrite):
            journal.restore_version(entry.id, 1, expected=entry.rev)
        for number in (0, 3, -1):
            with pytest.raises(UserInputError) as refused:
                journal.restore_version(entry.id, number)
            assert "kies een nummer van 1 tot en met 2" in refused.value.sentence()
        with pytest.raises(UserInputError):
            journal.versions("geen-id")
        assert journal.get_entry(entry.id) == newer


def test_the_old_text_is_written_before_the_new_one_in_one_append(
    paths: Paths, clock: FakeClock
) -> None:
    """A kill between the two lines (or a torn append) leaves the old text kept, never lost."""
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.add_entry("reflectie", "Oud.")
        journal.update_entry(entry.id, text="Nieuw.", new_version=True)
    lines = paths.journal_log.read_bytes().splitlines(keepends=True)
    version, new = json.loads(lines[-2]), json.loads(lines[-1])
    assert (version["t"], version["doc"]["text"]) == ("versions", "Oud.")
    assert (new["t"], new["doc"]["text"]) == ("entries", "Nieuw.")
    # killed after the version's line: the old text is there, as text and as version
    paths.journal_log.write_bytes(b"".join(lines[:-1]) + lines[-1][:20])
    with Journal.open(paths, clock=clock) as journal:
        assert journal.get_entry(entry.id).text == "Oud."
        assert texts(journal, entry.id) == ["Oud.", "Oud."]
        journal.update_entry(entry.id, text="Nieuw.", new_version=True)  # the save again
        assert texts(journal, entry.id) == ["Oud.", "Nieuw."]  # kept once, not twice


def test_versions_survive_compaction_backups_and_the_trash(paths: Paths, clock: FakeClock) -> None:
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.add_entry("reflectie", "Een.")
        journal.update_entry(entry.id, text="Twee.", new_version=True)
        journal.maintain()  # compacts and keeps today's backup
        journal.delete_entry(entry.id)
        with pytest.raises(UserInputError):
            journal.versions(entry.id)  # in the trash: no entry to list
        clock.advance(days=29)
        journal.maintain()
        journal.restore_entry(entry.id)
        assert texts(journal, entry.id) == ["Een.", "Twee."]
    backup = backups.read_backup(backups.list_backups(paths)[0].path)
    assert [doc["text"] for doc in backup[schema.VERSIONS].values()] == ["Een."]


def test_versions_go_when_the_trash_expires_and_not_before(paths: Paths, clock: FakeClock) -> None:
    with Journal.open(paths, clock=clock) as journal:
        gone = journal.add_entry("reflectie", "Weg.")
        journal.update_entry(gone.id, text="Weg, echt.", new_version=True)
        stays = journal.add_entry("reflectie", "Blijft.")
        journal.update_entry(stays.id, text="Blijft, echt.", new_version=True)
        journal.delete_entry(gone.id)
        clock.advance(days=schema.TRASH_DAYS + 1)
        journal.maintain()
        assert journal.trash() == []
        assert texts(journal, stays.id) == ["Blijft.", "Blijft, echt."]
    with Journal.open(paths, read_only=True) as journal:
        kept = journal._raw(schema.VERSIONS).values()
        assert [doc["entry"] for doc in kept] == [stays.id]


def test_a_damaged_version_costs_only_itself(paths: Paths, clock: FakeClock) -> None:
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.add_entry("reflectie", "Een.")
        journal.update_entry(entry.id, text="Twee.", new_version=True)
        journal.update_entry(entry.id, text="Drie.", new_version=True)
        journal.maintain()
    data = json.loads(paths.journal.read_text(encoding="utf-8"))
    first = next(doc for doc in data["versions"].values() if doc["text"] == "Een.")
    first["saved"] = "ooit"
    paths.journal.write_text(json.dumps(data), encoding="utf-8")
    with Journal.open(paths, clock=clock) as journal:
        assert texts(journal, entry.id) == ["Twee.", "Drie."]
    aside = next(paths.data_dir.glob("journal.kapot-*.log")).read_text(encoding="utf-8")
    assert "tabel versions" in aside and "Een." in aside


def test_herstel_keeps_the_versions_of_both_and_the_text_that_lost(
    paths: Paths, clock: FakeClock
) -> None:
    with Journal.open(paths, clock=clock) as journal:
        entry = journal.add_entry("reflectie", "Een.")
        journal.update_entry(entry.id, text="Twee.", new_version=True)
        journal.maintain()
        backup = backups.read_backup(backups.list_backups(paths)[0].path)
        clock.advance(hours=1)
        journal.update_entry(entry.id, text="Drie.", new_version=True)
        clock.advance(hours=1)
        journal.update_entry(entry.id, text="Vier.")
        current = json.loads(json.dumps(journal._storage.read()))
    # the backup's entry was changed later (say, on the other side of a restore)
    [doc] = backup[schema.ENTRIES].values()
    doc.update(text="Twee, anders.", updated="2025-05-01T15:00:00+02:00")
    merged = backups.merge(backup, current)
    kept = sorted(doc["text"] for doc in merged[schema.VERSIONS].values())
    assert kept == ["Drie.", "Een.", "Twee.", "Vier."]
    assert [doc["text"] for doc in merged[schema.ENTRIES].values()] == ["Twee, anders."]


def test_version_ids_come_from_the_text_and_when_it_was_saved() -> None:
    one = version_id("e", "2026-01-01T09:00:00+01:00", "Tekst.")
    assert one == version_id("e", "2026-01-01T09:00:00+01:00", "Tekst.")
    assert one.startswith("e@") and len(one) == len("e@") + 16
    assert one != version_id("e", "2026-01-01T09:00:01+01:00", "Tekst.")
    assert one != version_id("e", "2026-01-01T09:00:00+01:00", "Tekst!")


# What one step of the property does: write a text after some minutes, open the journal again
# (another run), force a new version (bewerk), restore version N, or change the tags.
steps = st.one_of(
    st.tuples(st.just("write"), st.integers(0, 25), st.sampled_from(["a", "b", "c", "", "d e"])),
    st.tuples(st.just("reopen"), st.just(0), st.just("")),
    st.tuples(st.just("force"), st.integers(0, 2), st.sampled_from(["f", "g", "a"])),
    st.tuples(st.just("restore"), st.integers(1, 12), st.just("")),
    st.tuples(st.just("tag"), st.integers(0, 25), st.just("")),
)


@settings(max_examples=30, deadline=None)
@given(st.lists(steps, min_size=1, max_size=12))
def test_every_text_that_ended_a_version_is_kept_and_numbers_run_in_order(
    tmp_path_factory: pytest.TempPathFactory, plan: list[tuple[str, int, str]]
) -> None:
    """Whatever the edits and restores: every text that was current when a new version
    started (a pause, another run, bewerk, a restore) is the current text or a version;
    versions are numbered 1..n in the order they were saved, the current text last."""
    paths = Paths(tmp_path_factory.mktemp("journal"))
    clock = FakeClock()
    journal = Journal.open(paths, clock=clock)
    try:
        entry = journal.add_entry("reflectie", "begin")
        must_keep: set[str] = set()  # what each new version kept so far
        last_text_save, same_run = clock.now, True
        for action, number, text in plan:
            before = journal.get_entry(entry.id)
            if action == "reopen":
                journal.close()
                journal = Journal.open(paths, clock=clock)
                same_run = False
                continue
            if action in ("write", "tag"):
                clock.advance(minutes=number)
            if action == "tag":
                journal.update_entry(entry.id, tags=[f"t{number}"])
                continue
            if action == "restore":
                count = len(journal.versions(entry.id))
                if number > count:
                    with pytest.raises(UserInputError):
                        journal.restore_version(entry.id, number)
                    continue
                text = journal.versions(entry.id)[number - 1].text
            pause = clock.now - last_text_save >= timedelta(minutes=10)
            starts = action != "write" or pause or not same_run
            after = (
                journal.restore_version(entry.id, number)
                if action == "restore"
                else journal.update_entry(entry.id, text=text, new_version=action == "force")
            )
            assert after.text == text
            if text != before.text:
                if starts and before.text.strip():
                    must_keep.add(before.text)
                # when the journal says the text was saved (a second later than the clock
                # when two versions would otherwise share a second)
                saved = journal.versions(entry.id)[-1].saved
                last_text_save, same_run = datetime.fromisoformat(saved), True
            must_keep.discard("")
        listed = journal.versions(entry.id)
        assert must_keep <= {version.text for version in listed}
        assert [version.number for version in listed] == list(range(1, len(listed) + 1))
        assert [version.current for version in listed] == [False] * (len(listed) - 1) + [True]
        assert listed[-1].text == journal.get_entry(entry.id).text
        moments = [version.saved for version in listed]
        assert all(
            datetime.fromisoformat(a) < datetime.fromisoformat(b) for a, b in pairwise(moments)
        )
    finally:
        journal.close()
