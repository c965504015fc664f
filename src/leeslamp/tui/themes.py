"""leeslamp's own themes. `MORNING` (the ochtend mode's): dim and low in contrast, for writing before sunrise."""

from __future__ import annotations

from textual.theme import Theme

MORNING = Theme(
    name="leeslamp-morning",
    primary="#7d6f58",
    secondary="#5f5647",
    accent="#9a8664",
    warning="#9a8664",
    error="#a0675c",
    success="#748562",
    foreground="#a59c8c",
    background="#141210",
    surface="#181613",
    panel="#1c1916",
    dark=True,
    luminosity_spread=0.08,
    text_alpha=0.9,
    variables={
        "text-muted": "#6b6458",
        "input-cursor-background": "#a59c8c",
        "input-selection-background": "#3a342b",
        "footer-background": "#141210",
    },
)

THEMES = (MORNING,)
