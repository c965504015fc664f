"""argparse, made to speak the reader's language and to fail with a sentence, not a usage dump."""

from __future__ import annotations

import argparse
from typing import NoReturn

from leeslamp import i18n
from leeslamp.core.errors import UserInputError

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


class Parser(argparse.ArgumentParser):
    """Raises a UserInputError instead of printing usage and exiting, so `main()` is the one exit."""

    def error(self, message: str) -> NoReturn:
        raise UserInputError("cli.usage_error", message=f"{message}. ({self.prog} --help)")
