"""Every UI string, Dutch and English side by side. A translation is this one file.

`t(key, **params)` gives the string in the current language. Keys are grouped by the
part of leeslamp that uses them. Dutch: informal *je*, short sentences, plain words.
"""

from __future__ import annotations

import os
from typing import Any

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
LANGUAGE_ENV = "LEESLAMP_TAAL"

_current = DEFAULT_LANGUAGE

# key: (nl, en)
STRINGS: dict[str, tuple[str, str]] = {
    # --- general / command line -------------------------------------------------------
    "app.description": (
        "Een leeslamp in de terminal: lees de SOL-artikelen en schrijf erover, offline.",
        "A reading lamp in the terminal: read the SOL articles and write about them, offline.",
    ),
    "cli.help.data_dir": (
        "map voor je dagboek, instellingen en eigen artikelen (ook: LEESLAMP_HOME)",
        "folder for your journal, settings and own articles (also: LEESLAMP_HOME)",
    ),
    "cli.help.taal": (
        "taal van leeslamp: nl of en (ook: LEESLAMP_TAAL)",
        "language: nl or en (also: LEESLAMP_TAAL)",
    ),
    "cli.help.debug": (
        "toon bij een fout de volledige traceback",
        "show the full traceback on errors",
    ),
    "cli.help.version": ("toon het versienummer", "show the version number"),
    "cli.help.articles": (
        "nog een map met artikelen (Markdown met front matter)",
        "another folder of articles (Markdown with front matter)",
    ),
    "cli.help.json": ("uitvoer als JSON, voor scripts", "output as JSON, for scripts"),
    "cli.commands": ("commando's", "commands"),
    "cli.metavar.command": ("COMMANDO", "COMMAND"),
    "cli.cmd.lees": ("open de app bij een artikel", "open the app at an article"),
    "cli.cmd.artikelen": (
        "toon de bibliotheek, en artikelbestanden met fouten",
        "list the library, and article files with errors",
    ),
    "cli.cmd.waar": (
        "toon waar je dagboek, back-ups, instellingen en artikelen staan",
        "show where your journal, backups, settings and articles live",
    ),
    "cli.arg.article_id": (
        "id van het artikel (zie: leeslamp artikelen)",
        "article id (see: leeslamp articles)",
    ),
    "cli.usage_error": ("{message}", "{message}"),
    "cli.bad_language": (
        "Taal '{value}' ken ik niet. Kies nl of en.",
        "I don't know the language '{value}'. Choose nl or en.",
    ),
    "error.bug": (
        "Er ging iets mis in leeslamp zelf ({kind}: {detail}). Dat is onze fout, niet de jouwe. "
        "Start opnieuw met --debug voor de details en meld het bij de makers.",
        "Something went wrong inside leeslamp ({kind}: {detail}). That is our fault, not yours. "
        "Run again with --debug for the details and report it to the makers.",
    ),
    "error.interrupted": ("Gestopt.", "Stopped."),
    # --- where things live --------------------------------------------------------------
    "waar.data_dir": ("Gegevensmap", "Data folder"),
    "waar.journal": ("Dagboek", "Journal"),
    "waar.journal_log": ("Dagboek (logboek)", "Journal (log)"),
    "waar.backups": ("Back-ups", "Backups"),
    "waar.settings": ("Instellingen", "Settings"),
    "waar.user_articles": ("Eigen artikelen", "Own articles"),
    "waar.user_prompts": ("Eigen vragen", "Own questions"),
    "waar.bundled_articles": ("Meegeleverde artikelen", "Bundled articles"),
    "waar.exists": ("bestaat", "exists"),
    "waar.missing": ("nog niet aangemaakt", "not created yet"),
    # --- articles ------------------------------------------------------------------------
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
    "articles.count": ("{count} artikelen", "{count} articles"),
    "articles.problems_header": (
        "Deze artikelbestanden zijn overgeslagen:",
        "These article files were skipped:",
    ),
    "problem.location": ("{source}, regel {line}: {message}", "{source}, line {line}: {message}"),
    "problem.location_noline": ("{source}: {message}", "{source}: {message}"),
    "problem.not_utf8": (
        "het bestand is geen UTF-8-tekst (byte {position}). Bewaar het als UTF-8.",
        "the file is not UTF-8 text (byte {position}). Save it as UTF-8.",
    ),
    "problem.empty": ("het bestand is leeg.", "the file is empty."),
    "problem.unreadable": (
        "kan het bestand niet lezen ({reason}).",
        "cannot read the file ({reason}).",
    ),
    "problem.no_front_matter": (
        "het bestand begint niet met front matter tussen twee regels '---'.",
        "the file does not start with front matter between two '---' lines.",
    ),
    "problem.unclosed_front_matter": (
        "de front matter wordt niet afgesloten met een regel '---'.",
        "the front matter is not closed by a '---' line.",
    ),
    "problem.bad_yaml": (
        "de front matter is geen geldige YAML: {reason}.",
        "the front matter is not valid YAML: {reason}.",
    ),
    "problem.not_mapping": (
        "de front matter moet velden bevatten (naam: waarde).",
        "the front matter must hold fields (name: value).",
    ),
    "problem.missing_field": ("het veld '{field}' ontbreekt.", "the field '{field}' is missing."),
    "problem.bad_type": (
        "het veld '{field}' moet {expected} zijn.",
        "the field '{field}' must be {expected}.",
    ),
    "problem.bad_id": (
        "het id '{value}' mag alleen kleine letters, cijfers en streepjes bevatten.",
        "the id '{value}' may only hold lowercase letters, digits and hyphens.",
    ),
    "problem.bad_kind": (
        "de soort '{value}' ken ik niet; kies artikel, interview of boekentip.",
        "the kind '{value}' is unknown; choose artikel, interview or boekentip.",
    ),
    "problem.bad_discipline": (
        "de discipline '{value}' ken ik niet; kies uit {known}.",
        "the discipline '{value}' is unknown; choose from {known}.",
    ),
    "problem.bad_date": (
        "de datum '{value}' moet de vorm JJJJ, JJJJ-MM of JJJJ-MM-DD hebben.",
        "the date '{value}' must look like YYYY, YYYY-MM or YYYY-MM-DD.",
    ),
    "problem.empty_body": (
        "het artikel heeft geen tekst na de front matter.",
        "the article has no text after the front matter.",
    ),
    "problem.duplicate_id": (
        "het id '{article_id}' bestaat al in {other}.",
        "the id '{article_id}' already exists in {other}.",
    ),
    "problem.missing_dir": ("de map bestaat niet.", "the folder does not exist."),
    "type.text": ("tekst", "text"),
    "type.bool": ("true of false", "true or false"),
    "type.list_of_text": ("een lijst met tekst", "a list of text"),
    # --- Senge's five disciplines and the four factors of a learning culture --------------
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
    # --- the app: library, reader, help (tui) ------------------------------------------
    "app.title": ("leeslamp", "leeslamp"),
    # --- the journal, writing, leeslamp schrijf / export / herstel -------------------------
    "journal.name": ("dagboek", "journal"),
    "journal.locked": (
        "Je dagboek ({path}) is al open in een andere leeslamp. Sluit die eerst, of open dit dagboek alleen om te lezen.",
        "Your journal ({path}) is already open in another leeslamp. Close that one first, or open this journal read-only.",
    ),
    "journal.locked_cli": (
        "Je dagboek is open in een andere leeslamp en bleef dat {seconds} seconden. Sluit die en probeer het opnieuw; je tekst is niet bewaard.",
        "Your journal is open in another leeslamp and stayed so for {seconds} seconds. Close it and try again; your text was not saved.",
    ),
    "journal.unreadable": (
        "Je dagboek {path} is niet te lezen ({reason}). Het bestand is niet aangeraakt. Nieuwste goede back-up: {backup} (terugzetten met: leeslamp herstel).",
        "Your journal {path} cannot be read ({reason}). The file has not been touched. Newest good backup: {backup} (restore with: leeslamp restore).",
    ),
    "journal.too_new": (
        "Je dagboek {path} is gemaakt door een nieuwere leeslamp. Werk leeslamp bij; het bestand is niet aangeraakt. Nieuwste goede back-up: {backup}.",
        "Your journal {path} was made by a newer leeslamp. Update leeslamp; the file has not been touched. Newest good backup: {backup}.",
    ),
    "journal.disk_full": (
        "De schijf is vol: je tekst is niet bewaard in {path}. Er is niets beschadigd; maak ruimte en probeer het opnieuw.",
        "The disk is full: your text was not saved in {path}. Nothing was damaged; free some space and try again.",
    ),
    "journal.read_only_folder": (
        "Ik mag niet schrijven in {path}: de map is alleen-lezen. Er is niets beschadigd; je tekst is niet bewaard.",
        "I may not write in {path}: the folder is read-only. Nothing was damaged; your text was not saved.",
    ),
    "journal.write_failed": (
        "Bewaren in {path} lukte niet ({reason}). Er is niets beschadigd; probeer het opnieuw.",
        "Saving to {path} failed ({reason}). Nothing was damaged; try again.",
    ),
    "journal.opened_read_only": (
        "Dit dagboek is alleen om te lezen geopend; er kan niets bij.",
        "This journal was opened read-only; nothing can be added.",
    ),
    "journal.bad_kind": (
        "De soort '{kind}' ken ik niet; kies uit {known}.",
        "I don't know the kind '{kind}'; choose from {known}.",
    ),
    "journal.no_such_entry": (
        "Er is geen stuk met id {entry_id} in je dagboek.",
        "There is no entry with id {entry_id} in your journal.",
    ),
    "journal.not_in_trash": (
        "Stuk {entry_id} ligt niet in de prullenbak.",
        "Entry {entry_id} is not in the trash.",
    ),
    "entrykind.reflectie": ("reflectie", "reflection"),
    "entrykind.aandacht": ("aandacht", "attention note"),
    "entrykind.dagvraag": ("dagvraag", "daily question"),
    "entrykind.antwoord": ("antwoord", "answer"),
    "cli.cmd.schrijf": (
        "schrijf iets in je dagboek, zonder de app",
        "write in your journal, without the app",
    ),
    "cli.cmd.export": (
        "haal je dagboek eruit (Markdown, JSON of jrnl)",
        "take your journal out (Markdown, JSON or jrnl)",
    ),
    "cli.cmd.herstel": (
        "toon de back-ups, of zet er een terug",
        "list the backups, or restore one",
    ),
    "cli.help.artikel": ("over welk artikel (id)", "about which article (id)"),
    "cli.help.soort": ("soort stuk", "kind of entry"),
    "cli.help.tag": ("een label; mag vaker", "a tag; may repeat"),
    "cli.help.tekst": (
        "de tekst; '-' leest hem van standaardinvoer",
        "the text; '-' reads it from standard input",
    ),
    "cli.help.format": ("het formaat", "the format"),
    "cli.help.uitvoer": (
        "schrijf naar dit bestand in plaats van naar het scherm (bij markdown: deze map)",
        "write to this file instead of the screen (for markdown: this folder)",
    ),
    "cli.help.backup": (
        "datum (JJJJ-MM-DD) of pad van de back-up",
        "date (YYYY-MM-DD) or path of the backup",
    ),
    "schrijf.empty": (
        "Er is geen tekst om te bewaren. Geef hem mee, of gebruik - om hem van standaardinvoer te lezen.",
        "There is no text to save. Pass it along, or use - to read it from standard input.",
    ),
    "schrijf.saved": (
        "Bewaard in je dagboek ({kind}, {entry_id}).",
        "Saved in your journal ({kind}, {entry_id}).",
    ),
    "export.written": (
        "{count} stukken geschreven naar {path}.",
        "{count} entries written to {path}.",
    ),
    "herstel.none": (
        "Er zijn nog geen back-ups (in {path}).",
        "There are no backups yet (in {path}).",
    ),
    "herstel.header": (
        "Back-ups van je dagboek, nieuwste eerst:",
        "Backups of your journal, newest first:",
    ),
    "herstel.how": (
        "Terugzetten: leeslamp herstel DATUM. Je huidige dagboek wordt eerst apart gezet.",
        "To restore: leeslamp restore DATE. Your current journal is set aside first.",
    ),
    "herstel.unknown": (
        "Een back-up '{wanted}' vind ik niet. Er zijn back-ups van: {known}.",
        "I can't find a backup '{wanted}'. There are backups of: {known}.",
    ),
    "herstel.bad_backup": (
        "{path} is geen leesbaar dagboek; er is niets veranderd.",
        "{path} is not a readable journal; nothing was changed.",
    ),
    "herstel.done": (
        "Teruggezet: {backup}. Je vorige dagboek staat apart in: {aside}.",
        "Restored: {backup}. Your previous journal is set aside in: {aside}.",
    ),
    # --- aandacht notes and anchoring ----------------------------------------------------
    "aandacht.name": ("aandacht", "attention note"),
    # --- Vandaag, the daily question, ochtend ---------------------------------------------
    "vandaag.name": ("Vandaag", "Today"),
    # --- coach assignments ----------------------------------------------------------------
    "opdracht.name": ("leesopdracht", "reading assignment"),
    # --- search, export, import ------------------------------------------------------------
    "zoek.name": ("zoeken", "search"),
    "cli.cmd.zoek": (
        "zoek in alles wat je schreef (ook zonder accenten)",
        "search everything you wrote (accents optional)",
    ),
    "cli.cmd.import": (
        "haal een dagboek uit jrnl binnen (JSON-export of tekstbestand)",
        "bring in a journal from jrnl (JSON export or text file)",
    ),
    "zoek.help.woorden": (
        'woorden die er allemaal in moeten staan; "tussen aanhalingstekens" voor precies die woorden',
        'words that must all be there; "in quotes" for exactly those words',
    ),
    "zoek.help.artikel": ("alleen over dit artikel (id)", "only about this article (id)"),
    "zoek.help.soort": ("alleen deze soort stuk", "only this kind of entry"),
    "zoek.help.tag": ("alleen stukken met dit label", "only entries with this tag"),
    "zoek.help.sinds": (
        "vanaf deze dag: 2026-11-01, gisteren, vorige week, 1 november …",
        "from this day: 2026-11-01, yesterday, last week, 1 November …",
    ),
    "zoek.help.tot": (
        "tot en met deze dag (zelfde vormen als --sinds)",
        "up to and including this day (same forms as --since)",
    ),
    "zoek.nothing": ("Niets gevonden voor: {query}", "Nothing found for: {query}"),
    "zoek.nothing_filtered": ("Niets gevonden.", "Nothing found."),
    "zoek.count": ("{count} gevonden.", "{count} found."),
    "zoek.field.text": ("", ""),
    "zoek.field.quote": ("> ", "> "),
    "zoek.field.prompt": ("vraag: ", "question: "),
    "zoek.field.assignment": ("vraag: ", "question: "),
    "date.unknown": (
        "'{value}' kan ik niet als datum lezen. Probeer bijvoorbeeld 2026-11-01, vandaag, "
        "gisteren, vorige week, vorige maand of 1 november.",
        "I can't read '{value}' as a date. Try for example 2026-11-01, today, yesterday, "
        "last week, last month or 1 November.",
    ),
    "date.reversed": (
        "--tot {until} ligt vóór --sinds {since}. Draai ze om.",
        "--until {until} is before --since {since}. Swap them.",
    ),
    "date.long": ("{day} {month} {year}", "{day} {month} {year}"),
    "date.month.1": ("januari", "January"),
    "date.month.2": ("februari", "February"),
    "date.month.3": ("maart", "March"),
    "date.month.4": ("april", "April"),
    "date.month.5": ("mei", "May"),
    "date.month.6": ("juni", "June"),
    "date.month.7": ("juli", "July"),
    "date.month.8": ("augustus", "August"),
    "date.month.9": ("september", "September"),
    "date.month.10": ("oktober", "October"),
    "date.month.11": ("november", "November"),
    "date.month.12": ("december", "December"),
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
    "import.help.bron": ("waar het vandaan komt (nu: jrnl)", "where it comes from (for now: jrnl)"),
    "import.help.bestand": (
        "jrnl's JSON-export (jrnl --export json) of zijn tekstbestand; - leest standaardinvoer",
        "jrnl's JSON export (jrnl --export json) or its text file; - reads standard input",
    ),
    "import.done": (
        "{added} stukken uit jrnl toegevoegd als reflectie; {skipped} stonden er al in.",
        "{added} entries from jrnl added as reflections; {skipped} were already there.",
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
}


def set_language(language: str) -> None:
    """Switch every later `t()` call to `language` ('nl' or 'en')."""
    global _current
    if language not in LANGUAGES:
        raise ValueError(language)
    _current = language


def language() -> str:
    return _current


def choose_language(explicit: str | None, from_settings: str | None = None) -> str:
    """--taal, then $LEESLAMP_TAAL, then the settings file, then Dutch. Unknown values are skipped."""
    for candidate in (explicit, os.environ.get(LANGUAGE_ENV), from_settings):
        if candidate and candidate.strip().lower() in LANGUAGES:
            return candidate.strip().lower()
    return DEFAULT_LANGUAGE


def t(key: str, /, **params: Any) -> str:
    """The string for `key` in the current language, with `{params}` filled in."""
    try:
        pair = STRINGS[key]
    except KeyError:
        # A missing key is our bug; show the key rather than crash the reader's screen.
        return key
    text = pair[LANGUAGES.index(_current)]
    return text.format(**params) if params else text
