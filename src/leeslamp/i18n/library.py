"""Strings of the library: articles, their kinds, disciplines and factors, the reader.

Keys: `library.*`, `article.*`, `articles.*`, `kind.*`, `problems.*`, `discipline.*`,
`factor.*`, `reader.*`.
Each value is (nl, en); `AREAS` in `leeslamp.i18n` says which module holds a prefix.
"""

STRINGS: dict[str, tuple[str, str]] = {
    "kind.artikel": ("artikel", "article"),
    "kind.interview": ("interview", "interview"),
    "kind.boekentip": ("boekentip", "book tip"),
    "article.fragment": ("fragment", "fragment"),
    "article.fragment_notice": (
        "Dit is een fragment: de bron breekt hier af bij \u201cLEES MEER >>\u201d.",
        "This is a fragment: the source breaks off here at \u201cLEES MEER >>\u201d.",
    ),
    "article.unknown_author": ("onbekend", "unknown"),
    "article.no_date": ("zonder datum", "undated"),
    "article.not_found": (
        "Een artikel met id '{article_id}' ken ik niet. Bekende ids: {known}.",
        "I don't know an article with id '{article_id}'. Known ids: {known}.",
    ),
    "articles.none": ("Geen artikelen gevonden.", "No articles found."),
    "articles.problems_header": (
        "Deze artikelbestanden zijn overgeslagen:",
        "These article files were skipped:",
    ),
    # Senge's five disciplines and the four factors of a learning culture
    "discipline.persoonlijk-meesterschap": ("persoonlijk meesterschap", "personal mastery"),
    "discipline.gedeelde-visie": ("gedeelde visie", "shared vision"),
    "discipline.teamleren": ("teamleren", "team learning"),
    "discipline.mentale-modellen": ("mentale modellen", "mental models"),
    "discipline.systeemdenken": ("systeemdenken", "systems thinking"),
    "factor.psychologische-veiligheid": ("psychologische veiligheid", "psychological safety"),
    "factor.kennisdeling": ("kennisdeling", "knowledge sharing"),
    "factor.leermogelijkheden": ("leermogelijkheden", "learning opportunities"),
    "factor.erkennen-en-belonen": (
        "erkennen en belonen van leren",
        "recognising and rewarding learning",
    ),
    "library.title": ("Bibliotheek", "Library"),
    "library.filter_placeholder": (
        "Typ om te zoeken: titel, auteur, thema of discipline",
        "Type to filter: title, author, theme or discipline",
    ),
    "library.count": ("{shown} van {total} artikelen", "{shown} of {total} articles"),
    "library.count.one": ("{shown} van 1 artikel", "{shown} of 1 article"),
    "library.no_match": (
        "Geen artikel past bij \u201c{query}\u201d. Esc wist de zoekterm.",
        "No article matches \u201c{query}\u201d. Esc clears the filter.",
    ),
    "library.empty": (
        "Er staan nog geen artikelen in de bibliotheek.",
        "The library has no articles yet.",
    ),
    "library.skipped_one": (
        "1 bestand overgeslagen: druk op ! om te zien waarom",
        "1 file skipped: press ! to see why",
    ),
    "library.skipped_many": (
        "{count} bestanden overgeslagen: druk op ! om te zien waarom",
        "{count} files skipped: press ! to see why",
    ),
    "library.key.open": ("Lezen", "Read"),
    "library.key.filter": ("Filteren", "Filter"),
    "library.key.clear": ("Zoekterm wissen", "Clear filter"),
    "library.key.problems": ("Overgeslagen", "Skipped"),
    "library.key.next": ("Volgend artikel", "Next article"),
    "library.key.previous": ("Vorig artikel", "Previous article"),
    "problems.title": ("Overgeslagen artikelbestanden", "Skipped article files"),
    "problems.intro": (
        "Deze bestanden staan niet in de bibliotheek. "
        "Verbeter ze en start leeslamp opnieuw; de rest werkt gewoon.",
        "These files are not in the library. "
        "Fix them and start leeslamp again; everything else works as usual.",
    ),
    "reader.key.back": ("Terug", "Back"),
    "reader.key.toc": ("Inhoud", "Contents"),
    "reader.key.page_down": ("Volgende bladzijde", "Next page"),
    "reader.key.page_up": ("Vorige bladzijde", "Previous page"),
    "reader.key.line_down": ("Regel omlaag", "Line down"),
    "reader.key.line_up": ("Regel omhoog", "Line up"),
    "reader.key.top": ("Naar het begin", "To the start"),
    "reader.key.end": ("Naar het einde", "To the end"),
    "reader.progress": ("{percent}% gelezen", "{percent}% read"),
    "reader.loading": ("de rest laadt…", "loading the rest…"),
    "reader.resumed": (
        "Verder waar je was (bovenaan zie je hoe ver).",
        "Back where you were (the top line says how far).",
    ),
    "reader.no_headings": (
        "Dit artikel heeft geen tussenkopjes.",
        "This article has no headings.",
    ),
    "reader.byline": ("{author} · {date} · {kind}", "{author} · {date} · {kind}"),
    "library.key.back": ("Terug", "Back"),
    # how far each article is read, and ! with nothing skipped (issue 14)
    "library.read": ("{percent}% gelezen", "{percent}% read"),
    "library.not_opened": ("nog niet geopend", "not opened yet"),
    "library.no_problems": (
        "Geen bestanden met fouten: alle artikelen zijn geladen.",
        "No files with errors: every article was loaded.",
    ),
}
