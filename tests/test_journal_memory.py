"""What a big journal costs in memory: the snapshot is written a piece at a time, and reads back
the same as it would written whole."""

from __future__ import annotations

import json

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
