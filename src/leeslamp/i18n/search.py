"""Strings of search: the search screen and `leeslamp zoek`.

Keys: `search.*`.
Each value is (nl, en); `AREAS` in `leeslamp.i18n` says which module holds a prefix.
"""

STRINGS: dict[str, tuple[str, str]] = {
    "search.title": ("Zoeken in je dagboek", "Search your journal"),
    "search.placeholder": (
        'Typ om te zoeken; "tussen aanhalingstekens" voor precies die woorden',
        'Type to search; "in quotes" for exactly those words',
    ),
    "search.tag": ("label", "tag"),
    "search.since": ("sinds", "since"),
    "search.until": ("tot en met", "until"),
    "search.all_articles": ("Alle artikelen", "All articles"),
    "search.all_kinds": ("Alle soorten", "All kinds"),
    "search.loading": (
        "Je dagboek wordt klaargezet om in te zoeken…",
        "Getting your journal ready to search…",
    ),
    "search.count_some": (
        "{total} gevonden, de nieuwste {shown} staan hier",
        "{total} found, the newest {shown} are shown",
    ),
    "search.hint": (
        "Enter opent het stuk · ↓ ↑ kiest · Ctrl+F filters",
        "Enter opens the entry · ↓ ↑ choose · Ctrl+F filters",
    ),
    "search.reversed": (
        "'tot en met' ({until}) ligt vóór 'sinds' ({since}). Draai ze om.",
        "'until' ({until}) is before 'since' ({since}). Swap them.",
    ),
    "search.key.back": ("Terug", "Back"),
    "search.key.next": ("Volgend resultaat", "Next result"),
    "search.key.previous": ("Vorig resultaat", "Previous result"),
    "search.key.filters": ("Filters", "Filters"),
    "search.key.clear": ("Alles wissen", "Clear all"),
    "search.help.words": (
        'woorden die er allemaal in moeten staan; "tussen aanhalingstekens" voor precies die woorden',
        'words that must all be there; "in quotes" for exactly those words',
    ),
    "search.help.article": ("alleen over dit artikel (id)", "only about this article (id)"),
    "search.help.kind": ("alleen deze soort stuk", "only this kind of entry"),
    "search.help.tag": ("alleen stukken met dit label", "only entries with this tag"),
    "search.help.since": (
        "vanaf deze dag: 2026-11-01, gisteren, vorige week, 1 november …",
        "from this day: 2026-11-01, yesterday, last week, 1 November …",
    ),
    "search.help.until": (
        "tot en met deze dag (zelfde vormen als --sinds)",
        "up to and including this day (same forms as --since)",
    ),
    "search.nothing": ("Niets gevonden voor: {query}", "Nothing found for: {query}"),
    "search.nothing_filtered": ("Niets gevonden.", "Nothing found."),
    "search.no_words": (
        "In {query} staat geen woord om op te zoeken. Een zinsdeel zet je tussen aanhalingstekens:"
        " leeslamp zoek '\"lerende organisatie\"'",
        "There is no word to look for in {query}. A phrase goes in quotes:"
        " leeslamp search '\"learning organisation\"'",
    ),
    "search.count": ("{count} gevonden.", "{count} found."),
    "search.field.text": ("", ""),
    "search.field.quote": ("> ", "> "),
    "search.field.prompt": ("vraag: ", "question: "),
    "search.field.assignment": ("vraag: ", "question: "),
    # a note's passage in a result on the Zoeken screen: in quotation marks, not after "> "
    "search.passage_open": ("“", "“"),
    "search.passage_close": ("”", "”"),
}
