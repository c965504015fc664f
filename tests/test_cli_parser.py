"""The parser names a command as the reader typed it: in English, `edit` and `path start`."""

from __future__ import annotations

import pytest

from leeslamp.cli import main


@pytest.mark.parametrize(
    ("argv", "usage"),
    [
        (["--taal", "en", "edit", "--help"], "usage: leeslamp edit "),
        (["--taal", "en", "path", "start", "--help"], "usage: leeslamp path start "),
        (["bewerk", "--help"], "gebruik: leeslamp bewerk "),
        (["pad", "start", "--help"], "gebruik: leeslamp pad start "),
    ],
)
def test_help_names_the_command_as_typed(
    capsys: pytest.CaptureFixture[str], argv: list[str], usage: str
) -> None:
    with pytest.raises(SystemExit):
        main(argv)
    assert capsys.readouterr().out.startswith(usage)


def test_a_mistake_points_to_the_help_of_the_command_as_typed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--taal", "en", "history"]) == 2
    assert capsys.readouterr().err.endswith("(leeslamp history --help)\n")


def test_a_sentence_of_our_own_gets_no_second_full_stop(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["ochtend", "--minuten", "0"]) == 2
    err = capsys.readouterr().err
    assert err.endswith("1 tot en met 120. (leeslamp ochtend --help)\n")
    assert main(["--taal", "en", "morning", "--minutes", "0"]) == 2
    assert capsys.readouterr().err.endswith("1 to 120. (leeslamp morning --help)\n")
