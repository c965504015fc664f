"""Strings of export (json, Markdown, jrnl) and of the jrnl import.

Keys: `export.*`, `import.*`.
Each value is (nl, en); `AREAS` in `leeslamp.i18n` says which module holds a prefix.
"""

STRINGS: dict[str, tuple[str, str]] = {
    "export.written": (
        "{count} stukken geschreven naar {path}.",
        "{count} entries written to {path}.",
    ),
    "export.written.one": ("1 stuk geschreven naar {path}.", "1 entry written to {path}."),
    "export.cannot_write": (
        "Ik kan de export niet schrijven naar {path}: {reason}. Er is niets veranderd.",
        "I cannot write the export to {path}: {reason}. Nothing was changed.",
    ),
    "export.markdown_needs_folder": (
        "Bij --format markdown hoort een map: geef hem mee met -o MAP.",
        "--format markdown needs a folder: pass it with -o FOLDER.",
    ),
    "export.not_a_folder": (
        "{path} is een bestand, geen map. Kies een map voor de Markdown-bestanden.",
        "{path} is a file, not a folder. Choose a folder for the Markdown files.",
    ),
    "export.progress": ("Exporteren", "Exporting"),
    "export.written_folder": (
        "{count} stukken geschreven in {files} in {path}.",
        "{count} entries written to {files} in {path}.",
    ),
    "export.written_folder.one": (
        "1 stuk geschreven in {files} in {path}.",
        "1 entry written to {files} in {path}.",
    ),
    "export.files.one": ("1 bestand", "1 file"),
    "export.files.many": ("{count} bestanden", "{count} files"),
    "export.md.daily_title": ("Dagvragen", "Daily questions"),
    "export.md.loose_title": ("Zonder artikel", "Without an article"),
    "export.md.heading": ("{day}, {time} · {kind}", "{day}, {time} · {kind}"),
    "export.md.about": ("Bij {article}", "About {article}"),
    "export.md.detached": (
        "Losgeraakt: deze passage staat niet meer zo in het artikel.",
        "Detached: this passage is no longer in the article as it was.",
    ),
    # Markdown export: files the reader changed are left alone (issue 11)
    "export.md.left_alone": (
        "{name} laat ik staan: het is veranderd sinds de vorige export, of niet door leeslamp "
        "gemaakt. De nieuwe tekst staat in {beside}.",
        "{name} is left alone: it changed since the last export, or leeslamp did not make it. "
        "The new text is in {beside}.",
    ),
    "import.help.source": (
        "waar het vandaan komt (nu: jrnl)",
        "where it comes from (for now: jrnl)",
    ),
    "import.help.file": (
        "jrnl's JSON-export (jrnl --export json) of zijn tekstbestand; - leest standaardinvoer",
        "jrnl's JSON export (jrnl --export json) or its text file; - reads standard input",
    ),
    "import.done": ("{added}; {skipped}.", "{added}; {skipped}."),
    "import.added.one": ("1 stuk uit jrnl toegevoegd", "1 entry from jrnl added"),
    "import.added.many": (
        "{count} stukken uit jrnl toegevoegd",
        "{count} entries from jrnl added",
    ),
    "import.skipped.one": ("1 stond er al in", "1 was already there"),
    "import.skipped.many": ("{count} stonden er al in", "{count} were already there"),
    "import.assignment_file": (
        "{file} lijkt een leesopdracht van een coach. Bedoel je: leeslamp opdracht importeer {file}?",
        "{file} looks like a coach's reading assignment. Did you mean: leeslamp assignment import {file}?",
    ),
    "import.no_file": ("Het bestand {path} vind ik niet.", "I can't find the file {path}."),
    "import.unreadable": (
        "Het bestand {path} kan ik niet lezen ({reason}).",
        "I can't read the file {path} ({reason}).",
    ),
    "import.not_utf8": (
        "{path} is geen UTF-8-tekst (regel {line}). Er is niets ingelezen.",
        "{path} is not UTF-8 text (line {line}). Nothing was imported.",
    ),
    "import.bad_json": (
        "Dit is geen geldige JSON (regel {line}, teken {column}). Er is niets ingelezen.",
        "This is not valid JSON (line {line}, column {column}). Nothing was imported.",
    ),
    "import.missing_field": (
        "Het veld '{field}' ontbreekt; zo ziet jrnl's JSON-export er niet uit. Er is niets ingelezen.",
        "The field '{field}' is missing; that is not how jrnl's JSON export looks. Nothing was imported.",
    ),
    "import.bad_field": (
        "Het veld '{field}' klopt niet ({value}). Er is niets ingelezen.",
        "The field '{field}' is not right ({value}). Nothing was imported.",
    ),
    "import.bad_date_line": (
        "Regel {line}: '{value}' is geen bestaande datum. Verbeter die regel; er is niets ingelezen.",
        "Line {line}: '{value}' is not a real date. Fix that line; nothing was imported.",
    ),
    "import.empty": (
        "Het bestand is leeg; er is niets ingelezen.",
        "The file is empty; nothing was imported.",
    ),
    "import.no_entries": (
        "Regel {line}: ik vind geen jrnl-stukken. Een stuk begint met een regel als "
        "[2026-11-01 09:30] Titel. Er is niets ingelezen.",
        "Line {line}: I find no jrnl entries. An entry starts with a line like "
        "[2026-11-01 09:30] Title. Nothing was imported.",
    ),
    "import.text_before": (
        "Regel {line}: hier staat tekst vóór het eerste jrnl-stuk. Haal die weg of zet er een "
        "datumregel boven; er is niets ingelezen.",
        "Line {line}: there is text before the first jrnl entry. Remove it or put a date line "
        "above it; nothing was imported.",
    ),
    # limits on a jrnl file (limits.py)
    "import.too_large": (
        "{path} is te groot ({size}); ik lees bestanden tot {limit}. Er is niets ingelezen.",
        "{path} is too large ({size}); I read files up to {limit}. Nothing was imported.",
    ),
    "import.too_deep": (
        "Deze JSON is te diep genest: meer dan {limit} lijsten of tabellen in elkaar. "
        "Er is niets ingelezen.",
        "This JSON is nested too deeply: more than {limit} lists or tables inside each other. "
        "Nothing was imported.",
    ),
}
