"""A save names the revision it started from: the journal refuses one made from older text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leeslamp.core.errors import LeeslampError, StaleWrite
from leeslamp.core.paths import Paths
from leeslamp.journal import Entry, Journal


def test_a_save_from_an_older_revision_is_refused(private_home: Path) -> None:
    with Journal.open(Paths(private_home)) as journal:
        entry = journal.add_entry("reflectie", "Alfa.")
        newer = journal.update_entry(entry.id, text="Alfa. Bravo.", expected=entry.rev)
        assert newer.rev == entry.rev + 1
        with pytest.raises(StaleWrite) as refused:
            journal.update_entry(entry.id, text="Alfa. Charlie.", expected=entry.rev)
        assert isinstance(refused.value, LeeslampError)
        assert refused.value.entry.text == "Alfa. Bravo."
        assert refused.value.entry.rev == newer.rev
        assert "niets overschreven" in refused.value.sentence()
        assert journal.get_entry(entry.id).text == "Alfa. Bravo."
    with Journal.open(Paths(private_home), read_only=True) as journal:
        assert journal.get_entry(entry.id).text == "Alfa. Bravo."  # and so on disk


def test_changes_without_a_revision_still_go_through(private_home: Path) -> None:
    """Tags, anchors, the trash and imports name no revision; they still count one up."""
    with Journal.open(Paths(private_home)) as journal:
        entry = journal.add_entry("aandacht", "Mooi.")
        tagged = journal.update_entry(entry.id, tags=["#rust"])
        assert tagged.rev == entry.rev + 1 and tagged.tags == ("rust",)
        journal.delete_entry(entry.id)
        back = journal.restore_entry(entry.id)
        assert back.rev == tagged.rev and back.text == "Mooi."


def test_an_entry_from_before_revisions_counts_as_revision_0(private_home: Path) -> None:
    with Journal.open(Paths(private_home)) as journal:
        entry = journal.add_entry("reflectie", "Oud.")
    # an older journal: the entry has no "rev" at all
    snapshot = private_home / "journal.json"
    with Journal.open(Paths(private_home)) as journal:
        journal.maintain()  # fold the log into the snapshot
    data = json.loads(snapshot.read_text(encoding="utf-8"))
    for doc in data["entries"].values():
        doc.pop("rev", None)
    snapshot.write_text(json.dumps(data), encoding="utf-8")
    with Journal.open(Paths(private_home)) as journal:
        old = journal.get_entry(entry.id)
        assert old.rev == 0
        assert journal.update_entry(entry.id, text="Oud en nieuw.", expected=0).rev == 1
        with pytest.raises(StaleWrite):
            journal.update_entry(entry.id, text="Oud en anders.", expected=0)


@pytest.mark.parametrize("damaged", ["drie", -1, 2.5, None, True, [1]])
def test_a_damaged_revision_counts_as_0(damaged: object) -> None:
    doc = {"id": "x", "kind": "reflectie", "text": "Tekst.", "rev": damaged}
    assert Entry.from_doc(doc).rev == 0


def test_the_revision_stays_out_of_exports(private_home: Path) -> None:
    with Journal.open(Paths(private_home)) as journal:
        entry = journal.add_entry("reflectie", "Tekst.")
        assert "rev" not in journal.update_entry(entry.id, text="Tekst!").to_dict()


def test_listeners_hear_each_change_after_it_is_written(private_home: Path) -> None:
    heard = []
    with Journal.open(Paths(private_home)) as journal:
        entry = journal.add_entry("reflectie", "Een.")
        journal.listen(
            lambda changed: heard.append((changed.text, journal.get_entry(changed.id).text))
        )
        journal.update_entry(entry.id, text="Twee.", expected=entry.rev)
        with pytest.raises(StaleWrite):
            journal.update_entry(entry.id, text="Drie.", expected=entry.rev)
    assert heard == [("Twee.", "Twee.")]  # a refused save changes nothing, so says nothing


@settings(max_examples=25, deadline=None)
@given(st.lists(st.booleans(), min_size=1, max_size=12))
def test_only_a_save_from_the_newest_revision_lands(tmp_path_factory, fresh: list[bool]) -> None:
    """Whatever order saves come in, the text is the last one made from the newest revision."""
    home = tmp_path_factory.mktemp("journal")
    with Journal.open(Paths(home)) as journal:
        entry = journal.add_entry("reflectie", "begin")
        text, rev = entry.text, entry.rev
        for number, from_newest in enumerate(fresh):
            base = rev if from_newest else rev - 1
            try:
                saved = journal.update_entry(entry.id, text=f"tekst {number}", expected=base)
            except StaleWrite as stale:
                assert not from_newest or base < 0
                assert stale.entry.text == text
            else:
                assert from_newest
                text, rev = saved.text, saved.rev
        assert journal.get_entry(entry.id).text == text
