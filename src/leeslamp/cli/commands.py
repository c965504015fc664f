"""Which module adds which subcommand, so the command line imports only the one that runs.

`leeslamp vandaag` should cost about what Python costs to start. Importing every command's
module (and what each imports) to build a parser whose other branches are thrown away costs
more than Python itself, so the parser is built from this table: the first word of argv that
is not a global option picks the module, and only that module's `register(subparsers, common)`
runs. Help, an unknown command and anything this scan does not read with certainty (an
abbreviated option, `--`) register them all: slower, never wrong.

A subcommand added in a module's `register()` belongs in this table too
(`tests/test_cli_startup.py` compares the two); until it is, it still works, the slow way.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Iterable, Sequence

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any

#: module of leeslamp.cli -> the subcommands (Dutch and English names) its `register()` adds,
#: in the order `leeslamp --help` lists them
COMMANDS: dict[str, tuple[str, ...]] = {
    "reading": ("lees", "read", "ochtend", "morning"),
    "articles": ("artikelen", "articles", "waar", "where"),
    "journal": ("schrijf", "write", "export", "herstel", "restore"),
    "assignments": ("opdracht", "assignment"),
    "today": ("vandaag", "today"),
    "search": ("zoek", "search"),
    "importing": ("import", "importeer"),
    "history": ("geschiedenis", "history"),
    "edit": ("bewerk", "edit"),
    "learning_paths": ("pad", "path"),
    "lock": ("versleutel", "encrypt", "ontsleutel", "decrypt"),
    "reminder": ("herinnering", "reminder"),
}

#: the global options (`cli.common_options` and `--version`), spelled out in full
VALUE_OPTIONS = ("--data-dir", "--taal", "--artikelen", "--articles")
FLAG_OPTIONS = ("--debug", "--version")


def command_modules(argv: Sequence[str] | None) -> list[str]:
    """The modules whose subcommands the parser for `argv` needs (None: all of them)."""
    if argv is None:
        return list(COMMANDS)
    tokens = iter(argv)
    for token in tokens:
        if token in VALUE_OPTIONS:
            next(tokens, None)
        elif token in FLAG_OPTIONS or token.partition("=")[0] in VALUE_OPTIONS:
            continue
        elif token.startswith("-"):  # help, an abbreviation, `--`, a mistake: argparse decides
            return list(COMMANDS)
        else:
            return [name for name, words in COMMANDS.items() if token in words] or list(COMMANDS)
    return []  # no command: the app, or `--version`


def register_commands(
    modules: Iterable[str], subparsers: Any, common: argparse.ArgumentParser
) -> None:
    for name in modules:
        importlib.import_module(f"{__package__}.{name}").register(subparsers, common)
