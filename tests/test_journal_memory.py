"""What a big journal costs in memory: the snapshot is written a piece at a time, and reads back
the same as it would written whole."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leeslamp.journal.storage import snapshot_chunks

TEXT = st.text(alphabet='aé€😀"\\\n\x00 ', max_size=20)
DOCS = st.dictionaries(
    st.integers(1, 99).map(str),
    st.fixed_dictionaries(
        {"id": TEXT, "text": TEXT, "tags": st.lists(TEXT, max_size=2)},
        optional={"anchor": st.none() | st.dictionaries(TEXT, TEXT, max_size=2)},
    ),
    max_size=6,
)


@given(st.dictionaries(st.sampled_from(["meta", "entries", "trash"]), DOCS), st.integers(1, 50))
def test_the_snapshot_in_pieces_is_the_snapshot_written_whole(tables, size) -> None:  # type: ignore[no-untyped-def]
    whole = json.dumps(tables, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    assert b"".join(snapshot_chunks(tables, size)) == whole


# --- reading the snapshot a batch at a time (journal/snapshot_read.py) ------------------------

KEYS = st.integers(1, 99).map(str)
READ_DOCS = st.dictionaries(
    KEYS,
    st.fixed_dictionaries(
        {"id": TEXT, "text": TEXT, "tags": st.lists(TEXT, max_size=2)},
        optional={
            "anchor": st.none() | st.dictionaries(KEYS | TEXT, TEXT, max_size=2),
            "updated": TEXT,
        },
    ),
    max_size=6,
)
LAYOUTS = st.sampled_from(
    [
        {"ensure_ascii": False, "separators": (",", ":")},  # as snapshot_chunks writes it
        {},  # as json.dumps writes it (the benchmarks' journals)
        {"indent": 1},  # edited by hand
    ]
)


@given(
    st.dictionaries(st.sampled_from(["meta", "entries", "trash"]), READ_DOCS),
    LAYOUTS,
    st.integers(1, 200),
)
def test_a_snapshot_read_in_pieces_is_the_snapshot_read_whole(tables, layout, size) -> None:  # type: ignore[no-untyped-def]
    import tempfile
    from pathlib import Path
    from unittest import mock

    from leeslamp.journal import snapshot_read

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "journal.json"
        path.write_text(json.dumps(tables, **layout), encoding="utf-8")
        with mock.patch.multiple(snapshot_read, _READ=size, _BATCH=size // 3):
            read = snapshot_read.read_in_pieces(path)
    assert read == tables


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        '{"entries":{"1":{"id":"a"}}',  # cut off
        '{"entries":{"1":{"id":"a"}}}x',  # something after it
        '{"entries":{"1":{"id":"a"},}}',  # a comma too many
        '{"entries":[]}',  # a table that is not an object
        '\ufeff{"entries":{}}',  # a byte order mark: json.loads(bytes) takes it, we leave it
        '{"entries":{"1":{"id":"a\\u00e9"}}} ',
    ],
)
def test_what_is_not_a_snapshot_we_wrote_is_read_whole_as_before(tmp_path, text) -> None:  # type: ignore[no-untyped-def]
    from leeslamp.journal import snapshot_read
    from leeslamp.journal.storage import SnapshotUnreadable, load_snapshot

    path = tmp_path / "journal.json"
    path.write_text(text, encoding="utf-8")
    read = snapshot_read.read_in_pieces(path)
    try:
        whole = json.loads(path.read_bytes())
    except ValueError:
        assert read is None
        with pytest.raises(SnapshotUnreadable):
            load_snapshot(path)
        return
    assert read is None or read == whole


def test_repeated_strings_are_one_object_after_reading(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from leeslamp.journal.storage import load_snapshot

    doc = {"id": "x", "kind": "aandacht", "tags": ["idee"], "created": "2025", "updated": "2025"}
    entries = {str(n): {**doc, "id": str(n)} for n in range(1, 4)}
    path = tmp_path / "journal.json"
    path.write_text(json.dumps({"entries": entries}), encoding="utf-8")
    read = list(load_snapshot(path)["entries"].values())
    assert read[0]["kind"] is read[2]["kind"]
    assert read[0]["tags"][0] is read[1]["tags"][0]
    assert read[0]["updated"] is read[0]["created"]
    assert read == list(entries.values())
