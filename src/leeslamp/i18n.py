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
    "problem.bad_value": (
        "de waarde van '{field}' kan ik niet lezen.",
        "cannot read the value of '{field}'.",
    ),
    "problem.bad_factor": (
        "de factor '{value}' ken ik niet; kies uit {known}.",
        "the factor '{value}' is unknown; choose from {known}.",
    ),
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
    "cli.cmd.export": ("haal je dagboek eruit (JSON)", "take your journal out (JSON)"),
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
        "schrijf naar dit bestand in plaats van naar het scherm",
        "write to this file instead of the screen",
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
    "cli.cmd.vandaag": ("toon de vraag van vandaag", "show today's question"),
    "cli.help.datum": ("een andere dag, als JJJJ-MM-DD", "another day, as YYYY-MM-DD"),
    "cli.metavar.day": ("JJJJ-MM-DD", "YYYY-MM-DD"),
    "vandaag.discipline": ("Discipline: {label}", "Discipline: {label}"),
    "vandaag.factor": ("Lerende cultuur: {label}", "Learning culture: {label}"),
    "vandaag.article": (
        "Bij het artikel: {title} (leeslamp lees {article_id})",
        "With the article: {title} (leeslamp read {article_id})",
    ),
    "date.bad": (
        "De datum '{value}' ken ik niet. Schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2026-11-30.",
        "I can't read the date '{value}'. Write it as YYYY-MM-DD, for example 2026-11-30.",
    ),
    "date.long": ("{weekday} {day} {month} {year}", "{weekday} {day} {month} {year}"),
    "date.weekday.0": ("maandag", "Monday"),
    "date.weekday.1": ("dinsdag", "Tuesday"),
    "date.weekday.2": ("woensdag", "Wednesday"),
    "date.weekday.3": ("donderdag", "Thursday"),
    "date.weekday.4": ("vrijdag", "Friday"),
    "date.weekday.5": ("zaterdag", "Saturday"),
    "date.weekday.6": ("zondag", "Sunday"),
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
    "prompt.not_found": (
        "Een vraag met id '{prompt_id}' ken ik niet.",
        "I don't know a question with id '{prompt_id}'.",
    ),
    "prompt.no_prompts": (
        "Er zijn geen dagvragen: alle vragenbestanden ontbreken of hebben fouten.",
        "There are no daily questions: every question file is missing or broken.",
    ),
    "prompts.problems_header": (
        "Deze vragen zijn overgeslagen:",
        "These questions were skipped:",
    ),
    "prompt.problem.not_toml": (
        "het bestand is geen geldige TOML: {reason}.",
        "the file is not valid TOML: {reason}.",
    ),
    "prompt.problem.unknown_key": (
        "'{key}' hoort hier niet. Bovenaan mag alleen 'discipline' staan; "
        "elke vraag begint met een regel [[vraag]].",
        "'{key}' does not belong here. Only 'discipline' may stand at the top; "
        "each question starts with a line [[vraag]].",
    ),
    "prompt.problem.no_questions": (
        "er staat geen vraag in. Begin elke vraag met een regel [[vraag]].",
        "there is no question in it. Start each question with a line [[vraag]].",
    ),
    "prompt.problem.not_tables": (
        "'vraag' moet uit blokken bestaan: begin elke vraag met een regel [[vraag]].",
        "'vraag' must be made of tables: start each question with a line [[vraag]].",
    ),
    "prompt.problem.unknown_field": (
        "het veld '{field}' ken ik niet. Een vraag heeft: {known}.",
        "the field '{field}' is unknown. A question has: {known}.",
    ),
    "prompt.problem.missing_language": (
        "de vraag '{prompt_id}' heeft geen tekst bij '{field}'. "
        "Elke vraag heeft 'nl' (Nederlands) en 'en' (Engels).",
        "the question '{prompt_id}' has no text for '{field}'. "
        "Every question has 'nl' (Dutch) and 'en' (English).",
    ),
    "prompt.problem.missing_discipline": (
        "de vraag '{prompt_id}' heeft geen discipline. "
        "Zet 'discipline = ...' bij de vraag of bovenaan het bestand.",
        "the question '{prompt_id}' has no discipline. "
        "Put 'discipline = ...' with the question or at the top of the file.",
    ),
    "prompt.problem.unknown_article": (
        "het artikel '{value}' ken ik niet; bekende ids: {known}.",
        "the article '{value}' is unknown; known ids: {known}.",
    ),
    "prompt.problem.duplicate_id": (
        "de vraag '{prompt_id}' bestaat al in {other}. Geef deze vraag een eigen id.",
        "the question '{prompt_id}' already exists in {other}. Give this question an id of its own.",
    ),
    "vandaag.name": ("Vandaag", "Today"),
    # --- coach assignments ----------------------------------------------------------------
    "opdracht.name": ("leesopdracht", "reading assignment"),
    # --- search, export, import ------------------------------------------------------------
    "zoek.name": ("zoeken", "search"),
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
