"""leeslamp's own themes, and which theme the app starts in.

`LIGHT` and `DARK`: warm, paper and lamplight. `MORNING` (the ochtend mode's): dim and low in
contrast, for writing before sunrise. The palette offers every theme ("Thema: …"); the choice
is kept in settings.toml (`theme`) and used at the next start. NO_COLOR needs nothing here:
Textual then greys out whatever theme is chosen (its Monochrome filter)."""

from __future__ import annotations

from textual.theme import Theme

LIGHT = Theme(
    name="leeslamp-light",
    primary="#7a4e1d",
    secondary="#5d6b4a",
    accent="#a0522d",
    warning="#9a6412",
    error="#b03a2e",
    success="#4a7a3a",
    foreground="#2b2620",
    background="#f6f1e7",
    surface="#efe8da",
    panel="#e4d9c6",
    dark=False,
    variables={"text-muted": "#6e6457", "footer-background": "#e4d9c6"},
)

DARK = Theme(
    name="leeslamp-dark",
    primary="#d9a35b",
    secondary="#8fa37a",
    accent="#e0b070",
    warning="#e0b070",
    error="#e07a6a",
    success="#8fbf7a",
    foreground="#e8e0d0",
    background="#1d1a16",
    surface="#25211c",
    panel="#2e2922",
    dark=True,
    variables={"text-muted": "#9c9282"},
)

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

THEMES = (LIGHT, DARK, MORNING)

#: our themes' names in the palette (i18n keys); Textual's go by their own names
LABELS = {
    LIGHT.name: "tui.theme.light",
    DARK.name: "tui.theme.dark",
    MORNING.name: "tui.theme.morning",
}
