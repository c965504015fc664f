"""Strings of a journal shared by two computers: conflict copies of a sync tool merged.

Keys: `sync.*`. Each value is (nl, en); `AREAS` in `leeslamp.i18n` says which module holds a prefix.
"""

STRINGS: dict[str, tuple[str, str]] = {
    "sync.merged": (
        "{count} stukken van een andere computer samengevoegd. De kopieën van je sync-programma "
        "staan nu in {path}.",
        "{count} entries from another computer merged. Your sync tool's copies are now in {path}.",
    ),
    "sync.merged.one": (
        "1 stuk van een andere computer samengevoegd. De kopieën van je sync-programma staan nu "
        "in {path}.",
        "1 entry from another computer merged. Your sync tool's copies are now in {path}.",
    ),
    "sync.nothing_new": (
        "Je sync-programma had kopieën van je dagboek gemaakt; er stond niets nieuws in. Ze "
        "staan nu in {path}.",
        "Your sync tool had made copies of your journal; there was nothing new in them. They "
        "are now in {path}.",
    ),
    "sync.settings_merged": (
        "Je instellingen van een andere computer zijn samengevoegd (je lezer-id blijft dat van "
        "deze computer). De kopie staat nu in {path}.",
        "Your settings from another computer were merged (your reader id stays this "
        "computer's). The copy is now in {path}.",
    ),
    "sync.copy_unreadable": (
        "Je sync-programma maakte een kopie van je dagboek die ik niet kan lezen; die blijft "
        "staan waar ze staat: {path}. Heb je hem niet nodig, zet hem dan buiten deze map; "
        "dan zeg ik dit niet meer.",
        "Your sync tool made a copy of your journal that I cannot read; it stays where it is: "
        "{path}. If you don't need it, move it out of this folder; then I won't say this again.",
    ),
}
