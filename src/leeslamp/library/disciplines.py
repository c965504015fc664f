"""Senge's five disciplines and the seed's four factors of a learning culture.

Ids are stable slugs (used in front matter, prompts and exports); labels come from i18n.
"""

from __future__ import annotations

from leeslamp.i18n import t

DISCIPLINES = (
    "persoonlijk-meesterschap",
    "gedeelde-visie",
    "teamleren",
    "mentale-modellen",
    "systeemdenken",
)

FACTORS = (
    "psychologische-veiligheid",
    "kennisdeling",
    "leermogelijkheden",
    "erkennen-en-belonen",
)

#: the nine themes a daily question can belong to
ALL = DISCIPLINES + FACTORS


def label(slug: str) -> str:
    """The reader-facing name of a discipline or factor, in the current language."""
    if slug in DISCIPLINES:
        return t(f"discipline.{slug}")
    if slug in FACTORS:
        return t(f"factor.{slug}")
    return slug
