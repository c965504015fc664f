"""A settings file with a mistake in it is set aside, never overwritten: the name, the reader id
and everything else that can still be read survive; an unreadable file is left alone."""

from __future__ import annotations

import os
import tomllib
from datetime import date
from pathlib import Path

import pytest

from leeslamp.core.errors import EnvironmentProblem
from leeslamp.core.settings import Settings, ensure_reader_id, load, recover, save

DAY = date(2026, 12, 6)
BROKEN = (
    b'name = "Anna de Vries"\n'
    b'reader_id = "a1b2c3d4e5f60718"\n'
    b'theme = "nord\n'  # the closing quote is missing
    b'language = "nl"\n'
)


def test_every_line_that_reads_on_its_own_is_kept() -> None:
    assert recover(BROKEN) == {
        "name": "Anna de Vries",
        "reader_id": "a1b2c3d4e5f60718",
        "language": "nl",
    }


def test_bad_utf8_costs_only_its_own_line() -> None:
    data = b'name = "Ann\xe9"\nreader_id = "r1"\n# \xff comment\ntheme = "nord"\n'
    assert recover(data) == {"reader_id": "r1", "theme": "nord"}


def test_keys_under_a_table_are_not_taken_for_top_level_ones() -> None:
    assert recover(b'name = "A"\n[oud]\nreader_id = "x"\n= kapot\n') == {"name": "A"}


def test_the_first_of_two_equal_keys_counts() -> None:
    assert recover(b'name = "A"\nname = "B"\n') == {"name": "A"}


def test_loading_a_broken_file_keeps_what_can_be_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(BROKEN)
    loaded = load(path)
    assert (loaded.name, loaded.reader_id, loaded.language) == (
        "Anna de Vries",
        "a1b2c3d4e5f60718",
        "nl",
    )
    assert loaded.problems and loaded.problems[0][0] == "*"


def test_saving_over_a_broken_file_sets_it_aside_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(BROKEN)
    saved = save(path, Settings(language="en"), today=DAY)
    aside = tmp_path / "settings.toml.kapot-2026-12-06"
    assert aside.read_bytes() == BROKEN
    assert aside.stat().st_mode & 0o777 == 0o600
    assert tomllib.loads(path.read_text("utf-8")) == {
        "name": "Anna de Vries",
        "reader_id": "a1b2c3d4e5f60718",
        "language": "en",
    }
    assert saved.reader_id == "a1b2c3d4e5f60718" and saved.name == "Anna de Vries"
    [notice] = saved.notices
    assert str(aside) in notice


def test_a_second_broken_file_that_day_gets_a_counter(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    (tmp_path / "settings.toml.kapot-2026-12-06").write_bytes(b"eerder")
    path.write_bytes(BROKEN)
    save(path, Settings(language="en"), today=DAY)
    assert (tmp_path / "settings.toml.kapot-2026-12-06").read_bytes() == b"eerder"
    assert (tmp_path / "settings.toml.kapot-2026-12-06-2").read_bytes() == BROKEN


def test_an_unreadable_reader_id_is_replaced_only_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b'name = "Anna"\nreader_id = "a1b2\n')
    saved = save(path, Settings(language="en"), today=DAY)
    assert saved.reader_id and saved.reader_id != "a1b2"
    assert load(path).reader_id == saved.reader_id and load(path).name == "Anna"
    assert len(saved.notices) == 2
    assert "lezer-id" in saved.notices[1] and "kapot-2026-12-06" in saved.notices[1]


def test_a_good_file_keeps_keys_this_version_does_not_know(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('name = "Anna"\nlettergrootte = 3\n', encoding="utf-8")
    saved = save(path, Settings(language="en"), today=DAY)
    assert tomllib.loads(path.read_text("utf-8")) == {
        "name": "Anna",
        "lettergrootte": 3,
        "language": "en",
    }
    assert saved.notices == [] and not list(tmp_path.glob("*kapot*"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_a_file_that_cannot_be_read_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b'name = "Anna"\nreader_id = "r1"\n')
    path.chmod(0o200)
    try:
        with pytest.raises(EnvironmentProblem) as caught:
            save(path, Settings(language="en"), today=DAY)
        with pytest.raises(EnvironmentProblem):
            ensure_reader_id(path, Settings())
    finally:
        path.chmod(0o600)
    assert path.read_bytes() == b'name = "Anna"\nreader_id = "r1"\n'
    assert str(path) in caught.value.sentence()
    assert not list(tmp_path.glob("*kapot*"))


def test_ensure_reader_id_recovers_the_id_from_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(BROKEN)
    ensured = ensure_reader_id(path, Settings(), today=DAY)
    assert ensured.reader_id == "a1b2c3d4e5f60718"
    assert (tmp_path / "settings.toml.kapot-2026-12-06").read_bytes() == BROKEN
    assert load(path).name == "Anna de Vries" and not load(path).problems
    assert ensured.notices


def test_a_read_refused_by_the_system_refuses_the_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same as above where the tests run as root, who may read anything."""
    path = tmp_path / "settings.toml"
    path.write_bytes(b'name = "Anna"\nreader_id = "r1"\n')
    real = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(EnvironmentProblem) as caught:
        save(path, Settings(language="en"), today=DAY)
    with pytest.raises(EnvironmentProblem):
        ensure_reader_id(path, Settings())
    monkeypatch.undo()
    assert path.read_bytes() == b'name = "Anna"\nreader_id = "r1"\n'
    assert "geen toestemming" in caught.value.sentence() and str(path) in caught.value.sentence()
    assert not list(tmp_path.glob("*kapot*"))


def test_an_id_the_app_still_knows_is_kept_without_a_new_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b'name = "Anna"\nreader_id = "a1b2\n')
    saved = save(path, Settings(language="en", reader_id="a1b2c3d4"), today=DAY)
    assert load(path).reader_id == "a1b2c3d4"
    assert len(saved.notices) == 1  # set aside, but no new id
