"""argparse, made to speak the reader's language and to fail with a sentence, not a usage dump."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from leeslamp import i18n
from leeslamp.core.errors import UserInputError

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any, NoReturn

# argparse looks its messages up through gettext (`argparse._`), the standard way to translate
# it. We ship no .mo catalogue for a dozen strings; this table is that catalogue.
_DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "argument %(argument_name)s: %(message)s": "bij %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "deze argumenten ken ik niet: %s",
    "the following arguments are required: %s": "dit ontbreekt nog: %s",
    "expected one argument": "hier hoort een waarde bij",
    "expected at most one argument": "hier hoort hooguit één waarde bij",
    "expected at least one argument": "hier hoort minstens één waarde bij",
    "ambiguous option: %(option)s could match %(matches)s": (
        "%(option)s is niet eenduidig: bedoel je %(matches)s?"
    ),
    "invalid %(type)s value: %(value)r": "%(value)r is geen geldige waarde",
    "invalid choice: %(value)r (choose from %(choices)s)": "%(value)r ken ik niet (kies uit %(choices)s)",
    "not allowed with argument %s": "kan niet samen met %s",
    "one of the arguments %s is required": "kies een van %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "opdracht %(parser_name)r ken ik niet (kies uit %(choices)s)"
    ),
}


def _translate(message: str) -> str:
    if i18n.language() == "nl":
        return _DUTCH.get(message, message)
    return message


def install_argparse_translations() -> None:
    argparse._ = _translate  # type: ignore[attr-defined]


def _columns() -> int:
    """The width `shutil.get_terminal_size()` gives argparse: $COLUMNS, else the terminal's,
    else 80. Without shutil, which imports the compression modules with it: argparse makes a
    help formatter for every option it is given, so each command would pay for those."""
    import os
    import sys

    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class Formatter(argparse.HelpFormatter):
    """argparse's help formatter, as wide as it would be (it subtracts 2 from the width too)."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = _columns() - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


if TYPE_CHECKING:
    _SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    _SubParsers = argparse._SubParsersAction


class Commands(_SubParsers):
    """The subcommands, each named in its usage and errors as the reader typed it: `leeslamp
    --taal en edit --help` says `leeslamp edit`, not the Dutch name it was added under (and
    `path start` says `leeslamp path start`)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        if isinstance(values, list) and values:
            chosen = self._name_parser_map.get(values[0])
            if chosen is not None:
                chosen.prog = f"{parser.prog} {values[0]}"
        super().__call__(parser, namespace, values, option_string)


class Parser(argparse.ArgumentParser):
    """Raises a UserInputError instead of printing usage and exiting, so `main()` is the one exit."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)
        self.register("action", "parsers", Commands)

    def error(self, message: str) -> NoReturn:
        stop = "" if message.endswith((".", "?", "!")) else "."  # our own messages end in one
        raise UserInputError("cli.usage_error", message=f"{message}{stop} ({self.prog} --help)")


class ShowVersion(argparse.Action):
    """`--version`, looking the version up only when asked (importlib.metadata is slow)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest=argparse.SUPPRESS, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        import leeslamp

        print(f"leeslamp {leeslamp.__version__}")
        parser.exit()
