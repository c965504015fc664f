"""One Dutch term per idea: the choices, and the variants they retired.

The Dutch UI says each idea one way. `tests/test_i18n_glossary.py` checks every Dutch string
against `RETIRED`, so a retired variant that creeps back in fails a test and names the term to
use. The English column of DESIGN.md's glossary names the same ideas for code.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Term(NamedTuple):
    idea: str
    #: the word the Dutch UI uses
    chosen: str
    #: what it replaced: a regular expression over one Dutch string
    retired: re.Pattern[str]
    #: keys (exact, or a prefix ending in ".") where the retired form is right after all
    allowed: tuple[str, ...] = ()


def _re(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(pattern, flags)


GLOSSARY: tuple[Term, ...] = (
    # titles and the entry kind say aandachtnotitie; keys say notitie
    Term("attention note", "aandachtnotitie", _re(r"\baandachts(notitie|aantekening)")),
    # a stuk goes to the trash: weggooien, and terughalen from there
    Term("delete", "weggooien", _re(r"\bverwijder")),
    Term(
        "restore from the trash",
        "terughalen",
        # terugzetten is for back-ups only (leeslamp herstel)
        _re(r"\bterugzet|\bzet(ten)? (je |het |hem )?terug\b"),
        allowed=("restore.", "cli.help.restore_yes", "journal.unreadable"),
    ),
    # in sentences a coach's assignment is a leesopdracht; "Opdrachten" is the screen's name,
    # `leeslamp opdracht` and `--opdracht` are commands
    Term(
        "reading assignment",
        "leesopdracht",
        _re(r"(?<!leeslamp )(?<!--)\bopdracht(en|bestand|vraag)?\b|\bOpdracht\b", 0),
    ),
    Term("report", "verslag", _re(r"\brapport")),
    # `deadline` stays the field's name in the assignment file
    Term(
        "due date",
        "inleverdatum",
        _re(r"(?<!\{)\bdeadline\b(?! =)(?!\})|\buiterlijk\b"),
        allowed=("assignment.unknown_key",),
    ),
    Term(
        "read-only",
        "alleen-lezen",
        _re(r"\balleen lezen\b|alleen (om )?te lezen|\bopen om te lezen"),
    ),
    # plain words for stiff or translated lines
    Term("unchanged", "er is niets aan veranderd", _re(r"niet aangeraakt")),
    Term("where", "vul in waar", _re(r"\bzeg waar\b")),
    Term("export", "naar een bestand schrijven", _re(r"\bdagboek eruit\b")),
    Term("could not save", "kon ik niet bewaren", _re(r"kon niet meer in\b")),
    Term("nothing can be added", "je kunt er niets aan toevoegen", _re(r"er kan niets bij")),
    Term("loading", "wordt nog geladen", _re(r"^nog even:")),
    Term("accents", "accenten typen hoeft niet", _re(r"ook zonder accenten")),
    Term("answer file", "antwoordbestand maken", _re(r"^antwoorden maken$")),
)

#: key labels (`*.key.*`) are infinitives ("Schrijven", "Zoekterm wissen"), never commands
IMPERATIVE_LABEL = re.compile(r"^(Schrijf|Wis|Lees|Zoek|Toon|Maak|Kies|Ga|Sluit|Bewaar|Open)\b")
