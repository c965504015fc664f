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
    "cli.help.language": (
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
    "cli.metavar.date": ("DATUM", "DATE"),
    "cli.metavar.words": ("WOORDEN", "WORDS"),
    "cli.metavar.file": ("BESTAND", "FILE"),
    "cli.metavar.text": ("TEKST", "TEXT"),
    "cli.metavar.path": ("PAD", "PATH"),
    "cli.metavar.folder": ("MAP", "FOLDER"),
    "cli.metavar.backup": ("DATUM|BESTAND", "DATE|FILE"),
    "cli.cmd.read": ("open de app bij een artikel", "open the app at an article"),
    "cli.cmd.articles": (
        "toon de bibliotheek, en artikelbestanden met fouten",
        "list the library, and article files with errors",
    ),
    "cli.cmd.where": (
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
    "oserror.missing": ("bestaat niet", "does not exist"),
    "oserror.is_folder": ("dat is een map, geen bestand", "that is a folder, not a file"),
    "oserror.not_folder": ("een deel van het pad is geen map", "part of the path is not a folder"),
    "oserror.denied": ("geen toestemming", "permission denied"),
    "oserror.disk_full": ("de schijf is vol", "the disk is full"),
    "oserror.read_only": ("de schijf is alleen-lezen", "the disk is read-only"),
    "oserror.exists": ("bestaat al", "already exists"),
    "oserror.name_too_long": ("de naam is te lang", "the name is too long"),
    # --- where things live --------------------------------------------------------------
    "where.data_dir": ("Gegevensmap", "Data folder"),
    "where.journal": ("Dagboek", "Journal"),
    "where.journal_log": ("Dagboek (logboek)", "Journal (log)"),
    "where.backups": ("Back-ups", "Backups"),
    "where.settings": ("Instellingen", "Settings"),
    "where.user_articles": ("Eigen artikelen", "Own articles"),
    "where.user_prompts": ("Eigen vragen", "Own questions"),
    "where.bundled_articles": ("Meegeleverde artikelen", "Bundled articles"),
    "where.exists": ("bestaat", "exists"),
    "where.missing": ("nog niet aangemaakt", "not created yet"),
    # settings file set aside or unreadable (issue 11)
    "settings.set_aside": (
        "In je instellingen {path} zat een fout. Ik heb het bestand bewaard als {aside} en "
        "alles wat nog te lezen was overgenomen.",
        "Your settings {path} had a mistake in them. I kept the file as {aside} and took over "
        "everything that could still be read.",
    ),
    "settings.new_reader_id": (
        "Je lezer-id was niet meer te lezen, dus je hebt een nieuwe. De oude staat nog in "
        "{aside}; je coach ziet je volgende antwoorden als van een nieuwe lezer.",
        "Your reader id could no longer be read, so you have a new one. The old one is still in "
        "{aside}; your coach will see your next answers as coming from a new reader.",
    ),
    "settings.unreadable": (
        "Je instellingen {path} kan ik niet lezen ({reason}). Ik schrijf er niet overheen; "
        "je keuze is niet bewaard.",
        "I can't read your settings {path} ({reason}). I won't write over them; your choice "
        "was not saved.",
    ),
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
    "problem.not_a_dir": (
        "dit is een bestand, geen map. Geef de map waarin je artikelen staan.",
        "this is a file, not a folder. Give the folder your articles are in.",
    ),
    "type.text": ("tekst", "text"),
    "type.bool": ("true of false", "true or false"),
    "type.list_of_text": ("een lijst met tekst", "a list of text"),
    # limits on what a file may cost (limits.py): articles, assignment and answer files
    "problem.too_large": (
        "het bestand is te groot ({size}); ik lees bestanden tot {limit}.",
        "the file is too large ({size}); I read files up to {limit}.",
    ),
    "problem.too_deep": (
        "het bestand is te diep genest: meer dan {limit} lijsten of tabellen in elkaar.",
        "the file is nested too deeply: more than {limit} lists or tables inside each other.",
    ),
    "problem.title_too_long": (
        "de titel is {length} tekens lang; er mogen er hooguit {limit} zijn.",
        "the title is {length} characters long; it may have at most {limit}.",
    ),
    "problem.coach_too_long": (
        "de naam van de coach is {length} tekens lang; er mogen er hooguit {limit} zijn.",
        "the coach's name is {length} characters long; it may have at most {limit}.",
    ),
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
    "tui.key.quit": ("Stoppen", "Quit"),
    "tui.unsaved_text": (
        "Deze tekst kon niet meer in je dagboek ({reason}). Kopieer hem, zodat hij niet verloren gaat:",
        "This text could not be saved in your journal ({reason}). Copy it, so it is not lost:",
    ),
    "tui.read_only": (
        "het dagboek was alleen om te lezen geopend",
        "the journal was opened read-only",
    ),
    "editor.unsaved": ("nog niet bewaard", "not saved yet"),
    "editor.saving": ("bewaren…", "saving…"),
    "editor.saved": ("bewaard {time}", "saved {time}"),
    "editor.read_only.locked": (
        "alleen lezen: je dagboek is open in een andere leeslamp",
        "read-only: your journal is open in another leeslamp",
    ),
    "editor.read_only.folder": (
        "alleen lezen: ik kan niet schrijven in de map van je dagboek",
        "read-only: I can't write in your journal's folder",
    ),
    "tui.key.help": ("Hulp", "Help"),
    "tui.key.palette": ("Acties", "Actions"),
    "tui.key.language": ("Taal: English", "Language: Nederlands"),
    "tui.key.close": ("Sluiten", "Close"),
    "tui.quit_hint": ("Stoppen doe je met Ctrl+Q.", "To quit, press Ctrl+Q."),
    "tui.language_now": ("leeslamp spreekt nu Nederlands.", "leeslamp now speaks English."),
    "tui.settings_not_saved": (
        "Je taalkeuze is niet bewaard ({reason}). leeslamp werkt gewoon verder.",
        "Your language choice was not saved ({reason}). leeslamp carries on as usual.",
    ),
    "tui.palette.placeholder": (
        "Zoek een artikel of een actie…",
        "Search for an article or an action…",
    ),
    "tui.cmd.read": ("Lees: {title}", "Read: {title}"),
    "tui.cmd.library": ("Bibliotheek", "Library"),
    "tui.cmd.library_help": ("Alle artikelen op een rij", "All articles in a list"),
    "tui.cmd.help": ("Hulp: alle toetsen", "Help: all keys"),
    "tui.cmd.help_help": ("Welke toets doet wat", "Which key does what"),
    "tui.cmd.language_help": (
        "Toon leeslamp in het Engels (wordt bewaard)",
        "Show leeslamp in Dutch (saved for next time)",
    ),
    "tui.cmd.quit_help": ("Sluit leeslamp", "Close leeslamp"),
    "tui.month.01": ("januari", "January"),
    "tui.month.02": ("februari", "February"),
    "tui.month.03": ("maart", "March"),
    "tui.month.04": ("april", "April"),
    "tui.month.05": ("mei", "May"),
    "tui.month.06": ("juni", "June"),
    "tui.month.07": ("juli", "July"),
    "tui.month.08": ("augustus", "August"),
    "tui.month.09": ("september", "September"),
    "tui.month.10": ("oktober", "October"),
    "tui.month.11": ("november", "November"),
    "tui.month.12": ("december", "December"),
    "library.title": ("Bibliotheek", "Library"),
    "library.filter_placeholder": (
        "Typ om te zoeken: titel, auteur, thema of discipline",
        "Type to filter: title, author, theme or discipline",
    ),
    "library.count": ("{shown} van {total} artikelen", "{shown} of {total} articles"),
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
    "library.key.clear": ("Wis zoekterm", "Clear filter"),
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
    "help.title": ("Toetsen", "Keys"),
    "help.on_screen": ("Op dit scherm: {screen}", "On this screen: {screen}"),
    "help.everywhere": ("Overal", "Everywhere"),
    "help.close_hint": (
        "Esc, ? of F1 sluit dit venster. Ctrl+P zoekt een artikel of actie.",
        "Esc, ? or F1 closes this window. Ctrl+P searches for an article or action.",
    ),
    "help.screen.library": ("Bibliotheek", "Library"),
    "help.note.library": (
        "Hier gaat elke letter naar het filter, ook h, l, d, z en c. Esc gaat terug; Ctrl+P naar elk ander scherm.",
        "Here every letter goes into the filter, h, l, d, z and c too. Esc goes back; Ctrl+P to any other screen.",
    ),
    "help.screen.reader": ("Lezen", "Reader"),
    "help.group.choosing": ("Bij m: een passage kiezen", "With m: choosing a passage"),
    "help.group.notes": ("In de notities (n)", "In the notes (n)"),
    "tui.journal.locked_title": ("Dagboek al open", "Journal already open"),
    "tui.journal.read_only_button": ("Alleen lezen", "Read only"),
    "tui.journal.quit_button": ("Stoppen", "Quit"),
    "tui.journal.read_only_now": (
        "Alleen lezen: je kunt lezen, maar niets bewaren.",
        "Read-only: you can read, but nothing is saved.",
    ),
    "tui.journal.folder_read_only": (
        "De map {path} is alleen-lezen. Je dagboek is open om te lezen: je kunt lezen, maar niets bewaren.",
        "The folder {path} is read-only. Your journal is open for reading: you can read, but nothing is saved.",
    ),
    "tui.journal.cannot_write": (
        "Ik kan niet schrijven in {path} ({reason}). Je dagboek is open om te lezen: je kunt lezen, maar niets bewaren.",
        "I can't write in {path} ({reason}). Your journal is open for reading: you can read, but nothing is saved.",
    ),
    "app.title": ("leeslamp", "leeslamp"),
    # one source of truth: words that could not be saved over newer text (issue 11)
    "editor.not_saved_words": (
        "Je had dit nog niet bewaard: {words}",
        "You had not saved this yet: {words}",
    ),
    "editor.not_saved_keys": (
        "ctrl+b: erbij zetten · ctrl+g: jouw versie terugzetten · Esc: weglaten",
        "ctrl+b: add them · ctrl+g: put your version back · Esc: leave them out",
    ),
    "editor.key.start": ("Begin van de tekst", "Start of the text"),
    "editor.key.end": ("Eind van de tekst", "End of the text"),
    "editor.key.append": ("Erbij zetten", "Add them"),
    "editor.key.replace": ("Jouw versie", "Your version"),
    "editor.key.dismiss": ("Weglaten", "Leave out"),
    # --- the journal, writing, leeslamp schrijf / export / herstel -------------------------
    # the Schrijfblok (writing panel in the reader)
    "notepad.key.toggle": ("Schrijfblok", "Notepad"),
    "notepad.key.leave": ("Naar de tekst", "Back to the text"),
    "notepad.key.undo": ("Terughalen", "Undo delete"),
    "notepad.title": ("Schrijfblok", "Notepad"),
    "notepad.loading": ("even laden…", "loading…"),
    "notepad.read_only.locked": (
        "Alleen lezen: je dagboek is open in een andere leeslamp. Hier kun je nu niet schrijven.",
        "Read-only: your journal is open in another leeslamp. You can't write here now.",
    ),
    "notepad.read_only.folder": (
        "Alleen lezen: ik kan niet schrijven in de map van je dagboek. Hier kun je nu niet schrijven.",
        "Read-only: I can't write in your journal's folder. You can't write here now.",
    ),
    "notepad.prompts": ("Vragen bij dit artikel", "Questions about this article"),
    "notepad.new": ("Nieuwe reflectie", "New reflection"),
    "notepad.new_placeholder": ("Schrijf wat je raakt…", "Write what strikes you…"),
    "notepad.another": ("Nog een reflectie", "Another reflection"),
    "notepad.reflections": ("Je reflecties ({count})", "Your reflections ({count})"),
    "notepad.no_reflections": (
        "Je hebt nog geen reflecties bij dit artikel.",
        "You have no reflections on this article yet.",
    ),
    "notepad.assignment": ("Opdracht: {title}", "Assignment: {title}"),
    "notepad.progress": ("{answered} van {total} beantwoord", "{answered} of {total} answered"),
    "notepad.deadline": ("uiterlijk {date}", "due {date}"),
    "notepad.coach": ("van {coach}", "from {coach}"),
    "notepad.answer_placeholder": ("Je antwoord…", "Your answer…"),
    "notepad.delete": ("Weggooien", "Delete"),
    # the Dagboek (every entry), deleting and the Prullenbak
    "journal.key.show": ("Dagboek", "Journal"),
    "journal.key.open": ("Openen", "Open"),
    "journal.key.delete": ("Weggooien", "Delete"),
    "journal.key.undo": ("Terughalen", "Undo delete"),
    "journal.key.trash": ("Prullenbak", "Trash"),
    "journal.key.article": ("Artikel", "Article"),
    "journal.key.kind": ("Soort", "Kind"),
    "journal.key.back": ("Terug", "Back"),
    "journal.key.read": ("Lees het artikel", "Read the article"),
    "journal.help_name": ("Dagboek", "Journal"),
    "journal.cmd_help": (
        "Alles wat je schreef, nieuwste eerst",
        "Everything you wrote, newest first",
    ),
    "journal.title": ("Dagboek", "Journal"),
    "journal.count": ("{shown} van {total} stukken", "{shown} of {total} entries"),
    "journal.count_one": ("{shown} van 1 stuk", "{shown} of 1 entry"),
    "journal.loading": ("je dagboek wordt geladen…", "loading your journal…"),
    "journal.read_only": ("alleen lezen", "read-only"),
    "journal.empty": (
        "Je dagboek is nog leeg. Open een artikel en druk op w om te schrijven.",
        "Your journal is still empty. Open an article and press w to write.",
    ),
    "journal.no_match": ("Geen stukken bij deze keuze.", "No entries match this choice."),
    "journal.col.date": ("Datum", "Date"),
    "journal.col.kind": ("Soort", "Kind"),
    "journal.col.article": ("Artikel", "Article"),
    "journal.col.text": ("Begint met", "Begins with"),
    "journal.all_articles": ("Alle artikelen", "All articles"),
    "journal.no_article": ("Zonder artikel", "No article"),
    "journal.all_kinds": ("Alle soorten", "All kinds"),
    "journal.empty_text": ("(leeg)", "(empty)"),
    "journal.date": ("{day}-{month}-{year} {time}", "{year}-{month}-{day} {time}"),
    "journal.moment": ("{date} om {time}", "{date} at {time}"),
    "journal.entry.question": ("Vraag: {text}", "Question: {text}"),
    "journal.entry.assignment": ("Opdrachtvraag: {text}", "Assignment question: {text}"),
    "journal.entry.quote": ("Bij: \u201c{quote}\u201d", "On: \u201c{quote}\u201d"),
    "journal.entry.edited": ("bewerkt {moment}", "edited {moment}"),
    "journal.entry.gone": (
        "Dit stuk staat niet meer in je dagboek.",
        "This entry is no longer in your journal.",
    ),
    "confirm.trash.yes": ("Naar de prullenbak", "Move to trash"),
    "confirm.trash.no": ("Laten staan", "Keep it"),
    "journal.confirm.title": ("Weggooien?", "Delete?"),
    "journal.confirm.text": (
        "Je kunt hem 30 dagen terughalen uit de prullenbak.",
        "You can get it back from the trash for 30 days.",
    ),
    "journal.deleted": (
        "Weggegooid. Druk op u om hem terug te halen.",
        "Deleted. Press u to get it back.",
    ),
    "journal.restored": (
        "Teruggehaald: het staat weer in je dagboek.",
        "Restored: it is back in your journal.",
    ),
    "journal.nothing_to_undo": (
        "Er is niets om terug te halen. De prullenbak staat in het Dagboek (p).",
        "There is nothing to undo. The trash is in the Journal (p).",
    ),
    "journal.read_only_refused": (
        "Je dagboek is alleen te lezen: weggooien en terughalen kan nu niet.",
        "Your journal is read-only: deleting and restoring are not possible now.",
    ),
    "journal.delete_failed": ("Weggooien lukte niet. {reason}", "Could not delete. {reason}"),
    "journal.restore_failed": ("Terughalen lukte niet. {reason}", "Could not restore. {reason}"),
    "trash.title": ("Prullenbak", "Trash"),
    "trash.help_name": ("Prullenbak", "Trash"),
    "trash.intro": (
        "Weggegooide stukken blijven hier 30 dagen. Enter haalt er een terug.",
        "Deleted entries stay here for 30 days. Enter brings one back.",
    ),
    "trash.count": ("{count} stukken", "{count} entries"),
    "trash.count_one": ("1 stuk", "1 entry"),
    "trash.empty": ("De prullenbak is leeg.", "The trash is empty."),
    "trash.col.deleted": ("Weggegooid", "Deleted"),
    "trash.key.restore": ("Terughalen", "Restore"),
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
    "journal.damage.empty": ("het bestand is leeg", "the file is empty"),
    "journal.damage.not_json": ("het is geen geldige JSON meer", "it is no longer valid JSON"),
    "journal.damage.shape": (
        "de inhoud heeft niet de vorm van een dagboek",
        "its contents do not have the shape of a journal",
    ),
    "journal.damage.log": ("regel {line} is beschadigd", "line {line} is damaged"),
    "journal.damage.missing": (
        "de momentopname waar het logboek op voortbouwt, ontbreekt",
        "the snapshot the log builds on is missing",
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
    "journal.not_text": (
        "Je tekst bevat tekens die geen geldige UTF-8 zijn; zo kan ik hem niet bewaren. Zet hem om naar UTF-8 en probeer het opnieuw.",
        "Your text contains bytes that are not valid UTF-8; I can't save it like this. Convert it to UTF-8 and try again.",
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
    "cli.cmd.write": (
        "schrijf iets in je dagboek, zonder de app",
        "write in your journal, without the app",
    ),
    "cli.cmd.export": (
        "haal je dagboek eruit (Markdown, JSON of jrnl)",
        "take your journal out (Markdown, JSON or jrnl)",
    ),
    "cli.cmd.restore": (
        "toon de back-ups, of zet er een terug",
        "list the backups, or restore one",
    ),
    "cli.help.article": ("over welk artikel (id)", "about which article (id)"),
    "cli.help.kind": ("soort stuk", "kind of entry"),
    "cli.help.tag": ("een label; mag vaker", "a tag; may repeat"),
    "cli.help.text": (
        "de tekst; '-' leest hem van standaardinvoer",
        "the text; '-' reads it from standard input",
    ),
    "cli.help.format": ("het formaat", "the format"),
    "cli.help.output": (
        "schrijf naar dit bestand in plaats van naar het scherm (bij markdown: deze map)",
        "write to this file instead of the screen (for markdown: this folder)",
    ),
    "cli.help.backup": (
        "datum (JJJJ-MM-DD) of pad van de back-up",
        "date (YYYY-MM-DD) or path of the backup",
    ),
    "write.empty": (
        "Er is geen tekst om te bewaren. Geef hem mee, of gebruik - om hem van standaardinvoer te lezen.",
        "There is no text to save. Pass it along, or use - to read it from standard input.",
    ),
    "cli.help.quote": (
        "bij --soort aandacht: de zin of passage uit het artikel waar je notitie bij hoort",
        "with --kind aandacht: the sentence or passage of the article your note belongs to",
    ),
    "write.quote_needs_attention": (
        "Een citaat hoort bij een aandachtnotitie: gebruik --soort aandacht.",
        "A quote belongs to an attention note: use --kind aandacht.",
    ),
    "write.attention_needs_quote": (
        'Een aandachtnotitie heeft een artikel en een citaat nodig: --artikel ID --citaat "…".',
        'An attention note needs an article and a quote: --article ID --quote "…".',
    ),
    "write.quote_not_found": (
        "Het citaat “{quote}” staat niet in “{title}”. Kopieer het letterlijk uit het artikel.",
        "The quote “{quote}” is not in “{title}”. Copy it word for word from the article.",
    ),
    "write.saved": (
        "Bewaard in je dagboek ({kind}, {entry_id}).",
        "Saved in your journal ({kind}, {entry_id}).",
    ),
    "export.written": (
        "{count} stukken geschreven naar {path}.",
        "{count} entries written to {path}.",
    ),
    "export.written.one": ("1 stuk geschreven naar {path}.", "1 entry written to {path}."),
    "export.cannot_write": (
        "Ik kan de export niet schrijven naar {path}: {reason}. Er is niets veranderd.",
        "I cannot write the export to {path}: {reason}. Nothing was changed.",
    ),
    "restore.none": (
        "Er zijn nog geen back-ups (in {path}).",
        "There are no backups yet (in {path}).",
    ),
    "restore.header": (
        "Back-ups van je dagboek, nieuwste eerst:",
        "Backups of your journal, newest first:",
    ),
    "restore.how": (
        "Terugzetten: leeslamp herstel DATUM. Je huidige dagboek wordt eerst apart gezet.",
        "To restore: leeslamp restore DATE. Your current journal is set aside first.",
    ),
    "restore.unknown": (
        "Een back-up '{wanted}' vind ik niet. Er zijn back-ups van: {known}.",
        "I can't find a backup '{wanted}'. There are backups of: {known}.",
    ),
    "restore.bad_backup": (
        "{path} is geen leesbaar dagboek; er is niets veranderd.",
        "{path} is not a readable journal; nothing was changed.",
    ),
    "restore.done": (
        "Teruggezet: {backup}. Je vorige dagboek staat apart in: {aside}.",
        "Restored: {backup}. Your previous journal is set aside in: {aside}.",
    ),
    "restore.log_changes.one": (
        "Let op: je vorige dagboek had nog 1 recente wijziging in zijn logboek, die niet in deze "
        "back-up zit. Ze is niet weg: ze staat in {path}.",
        "Note: your previous journal still had 1 recent change in its log that is not in this "
        "backup. It is not gone: it is in {path}.",
    ),
    "restore.log_changes.many": (
        "Let op: je vorige dagboek had nog {count} recente wijzigingen in zijn logboek, die niet "
        "in deze back-up zitten. Ze zijn niet weg: ze staan in {path}.",
        "Note: your previous journal still had {count} recent changes in its log that are not "
        "in this backup. They are not gone: they are in {path}.",
    ),
    # damage costs only what is damaged: set aside, named, and said once (journal/damage.py)
    "journal.damage.os": ("{reason}", "{reason}"),
    "journal.damage_set_aside": (
        "Je dagboek had {count} beschadigde regels. Ik heb ze apart gezet in {path}; al het "
        "andere is er nog. Een kopie van je dagboek zoals het was: {copy}.",
        "Your journal had {count} damaged lines. I set them aside in {path}; everything else "
        "is still there. A copy of your journal as it was: {copy}.",
    ),
    "journal.damage_set_aside.one": (
        "Je dagboek had 1 beschadigde regel. Ik heb hem apart gezet in {path}; al het andere "
        "is er nog. Een kopie van je dagboek zoals het was: {copy}.",
        "Your journal had 1 damaged line. I set it aside in {path}; everything else is still "
        "there. A copy of your journal as it was: {copy}.",
    ),
    "journal.damage_skipped": (
        "Je dagboek heeft {count} beschadigde regels; die sla ik over, al het andere is er. "
        "Ze blijven in {path} tot ik ze apart kan zetten.",
        "Your journal has {count} damaged lines; I skip them, everything else is there. They "
        "stay in {path} until I can set them aside.",
    ),
    "journal.damage_skipped.one": (
        "Je dagboek heeft 1 beschadigde regel; die sla ik over, al het andere is er. Hij "
        "blijft in {path} tot ik hem apart kan zetten.",
        "Your journal has 1 damaged line; I skip it, everything else is there. It stays in "
        "{path} until I can set it aside.",
    ),
    "write.housekeeping_failed": (
        "Let op: het opruimen daarna (back-up, logboek samenvoegen) lukte niet: {reason}. Je "
        "stuk is wel bewaard; het opruimen probeer ik de volgende keer opnieuw.",
        "Note: tidying up afterwards (backup, folding the log) failed: {reason}. Your entry is "
        "saved; I'll try the tidying again next time.",
    ),
    # herstel: counts before replacing, asks first, keeps what the backup lacks
    "cli.help.restore_yes": (
        "zet terug zonder het eerst te vragen",
        "restore without asking first",
    ),
    "restore.entries": ("{count} stukken", "{count} entries"),
    "restore.entries.one": ("1 stuk", "1 entry"),
    "restore.counts": (
        "De back-up van {backup} heeft {count}; je dagboek nu {now}. Wat alleen in je "
        "dagboek van nu staat, blijft erin; van een stuk dat in allebei staat, blijft de "
        "laatst veranderde versie.",
        "The backup of {backup} has {count}; your journal now {now}. What is only in "
        "your journal now stays in it; of an entry in both, the version changed last stays.",
    ),
    "restore.counts_unreadable": (
        "De back-up van {backup} heeft {count}. Je dagboek nu is niet te lezen; het "
        "wordt eerst apart gezet.",
        "The backup of {backup} has {count}. Your journal now cannot be read; it is "
        "set aside first.",
    ),
    "restore.ask": ("Terugzetten? [j/N] ", "Restore? [y/N] "),
    "restore.now": ("Je dagboek heeft nu {count}.", "Your journal now has {count}."),
    "restore.log_kept": (
        "Het logboek ernaast is wel te lezen: de {count} wijzigingen daarin komen bovenop de "
        "back-up.",
        "The log beside it can be read: its {count} changes go on top of the backup.",
    ),
    "restore.not_done": ("Niets veranderd.", "Nothing changed."),
    "restore.needs_yes": (
        "Terugzetten vervangt je dagboek; ik doe het pas na je ja. Draai het in een terminal, "
        "of voeg --ja toe.",
        "Restoring replaces your journal; I only do it after your yes. Run it in a terminal, "
        "or add --yes.",
    ),
    # one source of truth: a save from an older version is refused (issue 11)
    "journal.stale_write": (
        "Deze tekst is intussen ergens anders veranderd. Er is niets overschreven.",
        "This text was changed elsewhere in the meantime. Nothing was overwritten.",
    ),
    # --- aandacht notes and anchoring ----------------------------------------------------
    "attention.key.mark": ("Markeren", "Mark"),
    "attention.key.done": ("Klaar", "Done"),
    "attention.key.note": ("Notitie", "Note"),
    "attention.key.list": ("Aandacht", "Notes"),
    "attention.key.next": ("Volgende alinea", "Next paragraph"),
    "attention.key.previous": ("Vorige alinea", "Previous paragraph"),
    "attention.key.sentence_next": ("Volgende zin", "Next sentence"),
    "attention.key.sentence_previous": ("Vorige zin", "Previous sentence"),
    "attention.key.leave": ("Naar de tekst", "To the text"),
    "attention.key.edit": ("Notitie bewerken", "Edit note"),
    "attention.key.delete": ("Notitie verwijderen", "Delete note"),
    "attention.key.reattach": ("Notitie vastmaken", "Re-attach note"),
    "attention.key.restore": ("Notitie terugzetten", "Restore note"),
    "attention.title": ("Aandacht", "Attention notes"),
    "attention.title_detached": ("{count} losgeraakt", "{count} detached"),
    "attention.empty": (
        "Nog geen aandachtnotities. Kies met m een passage en druk op a.",
        "No attention notes yet. Choose a passage with m and press a.",
    ),
    "attention.no_text": ("alleen gemarkeerd", "highlight only"),
    "attention.state.moved": ("verschoven", "moved"),
    "attention.state.fuzzy": ("tekst veranderd", "text changed"),
    "attention.detached": ("Losgeraakt", "Detached"),
    "attention.detached_hint": (
        "Deze passages staan niet meer in de tekst. Kies met m een nieuwe en druk hier op r.",
        "These passages are no longer in the text. Choose a new one with m and press r here.",
    ),
    "attention.placeholder": ("Waarom viel dit je op?", "Why did this catch your attention?"),
    "attention.tags_placeholder": ("Labels, met komma's ertussen", "Tags, separated by commas"),
    "attention.loading": (
        "Nog even: het artikel wordt nog geladen.",
        "One moment: the article is still loading.",
    ),
    "attention.nothing_to_mark": (
        "Dit artikel heeft geen alinea's om te markeren.",
        "This article has no paragraphs to mark.",
    ),
    "attention.choose_first": (
        "Kies een passage: ↓↑ per alinea, →← per zin. Druk dan op a.",
        "Choose a passage: ↓↑ by paragraph, →← by sentence. Then press a.",
    ),
    "attention.reattach_choose": (
        "Kies eerst met m een passage in de tekst. Druk dan hier op r.",
        "First choose a passage in the text with m. Then press r here.",
    ),
    "attention.reattached": (
        "Weer vast aan \u201c{quote}\u201d.",
        "Attached again to \u201c{quote}\u201d.",
    ),
    "attention.delete.title": ("Notitie verwijderen?", "Delete this note?"),
    "attention.delete.text": (
        "De notitie bij \u201c{quote}\u201d gaat naar de prullenbak. Daar kun je hem 30 dagen terughalen.",
        "The note on \u201c{quote}\u201d goes to the trash. You can get it back from there for 30 days.",
    ),
    "attention.deleted": (
        "De notitie staat in de prullenbak. Met u zet je hem terug.",
        "The note is in the trash. Press u to restore it.",
    ),
    "attention.restored": ("De notitie is terug.", "The note is back."),
    "attention.library_one": ("1 aandachtnotitie", "1 attention note"),
    "attention.library_many": ("{count} aandachtnotities", "{count} attention notes"),
    "attention.name": ("aandacht", "attention note"),
    # --- Vandaag, the daily question, ochtend ---------------------------------------------
    "help.screen.today": ("Vandaag", "Today"),
    "help.screen.morning": ("Ochtend", "Morning"),
    "tui.key.home": ("Vandaag", "Today"),
    "tui.key.library": ("Bibliotheek", "Library"),
    "tui.cmd.home_help": (
        "De vraag van vandaag, verder lezen, terugblik",
        "Today's question, continue reading, look back",
    ),
    "tui.cmd.morning": ("Ochtend", "Morning"),
    "tui.cmd.morning_help": (
        "Rustig schrijven: alleen de vraag en je tekst",
        "Calm writing: just the question and your text",
    ),
    "library.key.back": ("Terug", "Back"),
    "today.key.write": ("Schrijf", "Write"),
    "today.key.leave_text": ("Klaar met schrijven", "Done writing"),
    "today.key.another": ("Andere vraag", "Another question"),
    "today.answer_kept": (
        "Je antwoord op de vorige vraag is bewaard. Je vindt het in je dagboek (d).",
        "Your answer to the previous question is saved. You'll find it in your journal (d).",
    ),
    "today.key.article": ("Lees het artikel bij de vraag", "Read the question's article"),
    "today.key.resume": ("Verder lezen", "Continue reading"),
    "today.key.look_back": ("Volgende terugblik", "Next look back"),
    "today.key.assignment": ("Lees voor je opdracht", "Read for your assignment"),
    "today.key.morning": ("Ochtend", "Morning"),
    "today.question_title": ("De vraag van vandaag", "Today's question"),
    "today.coach_question": (
        "Uit je leesopdracht \u201c{title}\u201d, vraag {number} van {total}",
        "From your reading assignment \u201c{title}\u201d, question {number} of {total}",
    ),
    "today.question_article": ("Bij {title}: g om te lezen", "With {title}: g to read"),
    "today.answer_placeholder": (
        "Schrijf hier je antwoord. Druk op w, of klik hier.",
        "Write your answer here. Press w, or click here.",
    ),
    "today.answer_waiting": ("je antwoord wordt opgehaald…", "fetching your answer…"),
    "today.morning_offer": (
        "Vroeg op? Druk op o voor de ochtend: alleen de vraag en je tekst, rustig en donker.",
        "Up early? Press o for the morning mode: just the question and your text, calm and dim.",
    ),
    "today.continue_title": ("Verder lezen", "Continue reading"),
    "today.continue_where": ("{percent}% gelezen · r: verder", "{percent}% read · r: go on"),
    "today.continue_none": (
        "Nog niets open. l opent de bibliotheek.",
        "Nothing open yet. l opens the library.",
    ),
    "today.continue_all_read": (
        "Wat je opende, heb je uitgelezen. l opent de bibliotheek.",
        "You read everything you opened to the end. l opens the library.",
    ),
    "today.rhythm_title": ("Je ritme", "Your rhythm"),
    "today.weekdays": ("ma di wo do vr za zo", "Mo Tu We Th Fr Sa Su"),
    "today.rhythm_week": ("Deze week {count} van de 7 dagen.", "This week {count} of 7 days."),
    "today.rhythm_less": ("minder", "less"),
    "today.rhythm_more": ("meer", "more"),
    "today.rhythm_start": (
        "Elke dag dat je schrijft, kleurt hier een vakje.",
        "Every day you write fills a square here.",
    ),
    "today.look_back_title": ("Terugblik", "Look back"),
    "today.look_back_count": (
        "{index} van {count} · t: volgende",
        "{index} of {count} · t: next",
    ),
    "today.look_back.same": (
        "Je antwoord op deze vraag, {date}",
        "Your answer to this question, {date}",
    ),
    "today.look_back.7": ("Een week geleden, {date}", "A week ago, {date}"),
    "today.look_back.30": ("Een maand geleden, {date}", "A month ago, {date}"),
    "today.look_back.365": ("Een jaar geleden, {date}", "A year ago, {date}"),
    "today.look_back.on_article": ("bij {title}", "on {title}"),
    "today.look_back.none": (
        "Wat je schrijft, komt hier later terug: over een week, een maand, een jaar.",
        "What you write comes back here later: in a week, a month, a year.",
    ),
    "today.assignment_title": ("Leesopdracht", "Reading assignment"),
    "today.assignment_progress": (
        "{answered} van {total} vragen beantwoord",
        "{answered} of {total} questions answered",
    ),
    "today.deadline": ("tot {date} · {left}", "due {date} · {left}"),
    "today.deadline_days": ("nog {days} dagen", "{days} days left"),
    "today.deadline_one": ("nog 1 dag", "1 day left"),
    "today.deadline_today": ("vandaag is de laatste dag", "today is the last day"),
    "today.no_deadline": ("geen deadline", "no deadline"),
    "today.assignment_next": (
        "p: lees voor vraag {number} ({title})",
        "p: read for question {number} ({title})",
    ),
    "today.assignment_more": (
        "en nog {count} andere opdrachten",
        "and {count} more assignments",
    ),
    "today.assignment_more_one": ("en nog 1 andere opdracht", "and 1 more assignment"),
    "today.short_date": ("{day} {month}", "{day} {month}"),
    "today.no_article": (
        "Deze vraag hoort niet bij een artikel.",
        "This question has no article.",
    ),
    "today.not_ready": (
        "Even geduld: je dagboek gaat nog open.",
        "One moment: your journal is still opening.",
    ),
    "today.prompts_skipped": (
        "{count} dagvragen overgeslagen: leeslamp vandaag zegt waarom.",
        "{count} daily questions skipped: leeslamp today says why.",
    ),
    "cli.cmd.morning": (
        "schrijf 's ochtends vroeg: alleen de vraag en je tekst",
        "write early in the morning: just the question and your text",
    ),
    "cli.help.minutes": (
        "zet meteen een schrijftijd: 5, 10 of 20 minuten",
        "start a writing timer at once: 5, 10 or 20 minutes",
    ),
    "morning.key.back": ("Terug", "Back"),
    "morning.key.timer": (
        "Schrijftijd: 5, 10, 20 minuten of uit",
        "Writing timer: 5, 10, 20 minutes or off",
    ),
    "morning.placeholder": ("Schrijf maar.", "Just write."),
    "morning.hint": ("Esc terug · Ctrl+R schrijftijd", "Esc back · Ctrl+R writing timer"),
    "morning.words": ("{count} woorden", "{count} words"),
    "morning.word": ("1 woord", "1 word"),
    "morning.timer_left": ("nog {minutes} min", "{minutes} min left"),
    "morning.timer_done": ("de tijd is om", "time is up"),
    "cli.cmd.today": ("toon de vraag van vandaag", "show today's question"),
    "cli.help.date": ("een andere dag, als JJJJ-MM-DD", "another day, as YYYY-MM-DD"),
    "cli.metavar.day": ("JJJJ-MM-DD", "YYYY-MM-DD"),
    "today.help.json": (
        "uitvoer als JSON, voor scripts: date, prompt.id, prompt.text, prompt.discipline (null "
        "bij een vraag van je coach), prompt.assignment en coach (null bij een eigen vraag)",
        "output as JSON, for scripts: date, prompt.id, prompt.text, prompt.discipline (null for "
        "a question from your coach), prompt.assignment and coach (null for a question of your own)",
    ),
    "today.discipline": ("Discipline: {label}", "Discipline: {label}"),
    "today.factor": ("Lerende cultuur: {label}", "Learning culture: {label}"),
    "today.article": (
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
    "date.month_short.1": ("jan", "Jan"),
    "date.month_short.2": ("feb", "Feb"),
    "date.month_short.3": ("mrt", "Mar"),
    "date.month_short.4": ("apr", "Apr"),
    "date.month_short.5": ("mei", "May"),
    "date.month_short.6": ("jun", "Jun"),
    "date.month_short.7": ("jul", "Jul"),
    "date.month_short.8": ("aug", "Aug"),
    "date.month_short.9": ("sep", "Sep"),
    "date.month_short.10": ("okt", "Oct"),
    "date.month_short.11": ("nov", "Nov"),
    "date.month_short.12": ("dec", "Dec"),
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
    "prompt.problems_header": (
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
    "today.name": ("Vandaag", "Today"),
    "today.from_assignment": (
        "Uit je leesopdracht “{title}”, vraag {number} (beantwoorden: leeslamp schrijf --opdracht {assignment_id} --vraag {number} TEKST)",
        "From your reading assignment “{title}”, question {number} (answer: leeslamp write --assignment {assignment_id} --question {number} TEXT)",
    ),
    # a coach's question is marked as the coach's before you write (issue 11, privacy)
    "coach.label": (
        "Vraag van je coach {coach} \u00b7 komt in je antwoordbestand",
        "Question from your coach {coach} \u00b7 goes into your answer file",
    ),
    "coach.label_no_name": (
        "Vraag van je coach \u00b7 komt in je antwoordbestand",
        "Question from your coach \u00b7 goes into your answer file",
    ),
    "coach.label_many": (
        "Vragen van je coach {coach} \u00b7 je antwoorden komen in je antwoordbestand",
        "Questions from your coach {coach} \u00b7 your answers go into your answer file",
    ),
    "coach.label_many_no_name": (
        "Vragen van je coach \u00b7 je antwoorden komen in je antwoordbestand",
        "Questions from your coach \u00b7 your answers go into your answer file",
    ),
    # --- coach assignments ----------------------------------------------------------------
    # the app: Opdrachten, compose, answers, overview (tui/screens/assignment*.py)
    "tui.key.assignments": ("Opdrachten", "Assignments"),
    "tui.cmd.assignments": ("Opdrachten", "Assignments"),
    "tui.cmd.assignments_help": (
        "Leesopdrachten van je coach: inlezen, beantwoorden, antwoorden maken",
        "Reading assignments from your coach: import, answer, make the answer file",
    ),
    "tui.cmd.compose": ("Nieuwe opdracht maken (coach)", "Compose an assignment (coach)"),
    "tui.cmd.compose_help": (
        "Kies artikelen, schrijf vragen, bewaar het bestand",
        "Pick articles, write questions, save the file",
    ),
    "tui.cmd.overview": ("Overzicht van antwoorden (coach)", "Overview of answers (coach)"),
    "tui.cmd.overview_help": (
        "Lees de antwoordbestanden van je groep naast elkaar",
        "Read your group's answer files side by side",
    ),
    "help.screen.assignments": ("Opdrachten", "Assignments"),
    "help.screen.compose": ("Nieuwe opdracht", "New assignment"),
    "help.screen.answers": ("Antwoorden maken", "Make the answer file"),
    "help.screen.overview": ("Overzicht van antwoorden", "Overview of answers"),
    "help.screen.report": ("Rapport", "Report"),
    "assignment.list.title": ("Opdrachten", "Assignments"),
    "assignment.list.count": ("{count} in je dagboek", "{count} in your journal"),
    "assignment.list.empty": (
        "Je hebt nog geen leesopdrachten. Heb je een opdrachtbestand van je coach? "
        "Druk op i en zeg waar het staat.\n"
        "Ben je coach? n maakt een nieuwe opdracht, o zet de antwoorden van je groep op een rij.",
        "You have no reading assignments yet. Got an assignment file from your coach? "
        "Press i and say where it is.\n"
        "Are you a coach? n composes a new assignment, o lines up your group's answers.",
    ),
    "assignment.list.no_deadline": ("geen deadline", "no deadline"),
    "assignment.list.deadline_passed": ("deadline {day} is voorbij", "due {day}, passed"),
    "assignment.list.deadline_today": ("deadline vandaag, {day}", "due today, {day}"),
    "assignment.list.deadline_tomorrow": ("deadline morgen, {day}", "due tomorrow, {day}"),
    "assignment.list.deadline_in": (
        "deadline {day} (nog {days} dagen)",
        "due {day} ({days} days left)",
    ),
    "assignment.list.superseded": ("vervangen door een nieuwere versie", "replaced by a newer version"),
    "assignment.list.missing_article": (
        "{article} (niet in je bibliotheek)",
        "{article} (not in your library)",
    ),
    "assignment.list.import_label": ("Bestand", "File"),
    "assignment.list.import_placeholder": (
        "bijvoorbeeld ~/Downloads/leesopdracht.toml",
        "for example ~/Downloads/assignment.toml",
    ),
    "assignment.list.importing": ("Inlezen…", "Importing…"),
    "assignment.list.not_imported": (
        "Niet ingelezen: er kloppen {count} dingen niet in het bestand. "
        "Vraag je coach om een verbeterd bestand.",
        "Not imported: {count} things are wrong in the file. Ask your coach for a corrected file.",
    ),
    "assignment.list.not_imported_one": (
        "Niet ingelezen: er klopt iets niet in het bestand. Vraag je coach om een verbeterd bestand.",
        "Not imported: something is wrong in the file. Ask your coach for a corrected file.",
    ),
    "assignment.list.unreadable": (
        "Niet ingelezen: {path} kan ik niet lezen ({reason}). Klopt de plek?",
        "Not imported: I can't read {path} ({reason}). Is that the right place?",
    ),
    "assignment.list.key.back": ("Terug", "Back"),
    "assignment.list.key.import": ("Inlezen", "Import"),
    "assignment.list.key.answers": ("Antwoorden maken", "Make answer file"),
    "assignment.list.key.compose": ("Nieuwe opdracht", "New assignment"),
    "assignment.list.key.overview": ("Overzicht", "Overview"),
    "answers.title": ("Antwoorden maken: {title}", "Make the answer file: {title}"),
    "answers.intro": (
        "Kies welke naam erin staat en waar het bestand komt. Hieronder staat precies wat erin "
        "komt: je antwoorden op deze opdracht, niets anders uit je dagboek.",
        "Choose which name the file carries and where it goes. Below is exactly what goes into "
        "it: your answers to this assignment, nothing else from your journal.",
    ),
    "answers.path": ("Waar", "Where"),
    "answers.name": ("Je naam", "Your name"),
    "answers.name_placeholder": (
        "zodat je coach weet van wie het is",
        "so your coach knows whose it is",
    ),
    "answers.where": (
        "Het gaat naar {json}, met een kopie om te lezen in {md}.",
        "It goes to {json}, with a copy to read in {md}.",
    ),
    "answers.preview_head": ("Dit gaat er weg, precies zo:", "This is what leaves, exactly:"),
    "answers.write": ("Schrijven", "Write it"),
    "answers.cancel": ("Niet nu", "Not now"),
    "answers.need_path": ("Zeg waar het bestand moet komen.", "Say where the file should go."),
    "answers.nothing_answered": (
        "Let op: je hebt nog geen vraag van deze opdracht beantwoord.",
        "Note: you have not answered any question of this assignment yet.",
    ),
    "answers.exists": (
        "{path} bestaat al. Druk nog eens op Schrijven om het te vervangen.",
        "{path} already exists. Press Write it again to replace it.",
    ),
    "answers.writing": ("Schrijven…", "Writing…"),
    "answers.not_written": (
        "{path} is niet geschreven ({reason}). Kies een andere plek.",
        "{path} was not written ({reason}). Choose another place.",
    ),
    "answers.name_remembered": (
        "Je naam is onthouden voor de volgende keer.",
        "Your name is remembered for next time.",
    ),
    "answers.hint_name": (
        "Er staat geen naam in: je coach ziet niet van wie het is.",
        "There is no name in it: your coach cannot see whose it is.",
    ),
    "answers.key.back": ("Terug", "Back"),
    "answers.key.write": ("Schrijven", "Write it"),
    "answers.key.json": ("JSON tonen", "Show JSON"),
    "answers.key.next": ("Volgend veld", "Next field"),
    "answers.key.previous": ("Vorig veld", "Previous field"),
    "compose.title": ("Nieuwe opdracht maken", "Compose an assignment"),
    "compose.intro": (
        "Voor coaches: kies artikelen, schrijf vragen en bewaar het bestand. Stuur het naar je "
        "groep; zij lezen het in bij Opdrachten (c, dan i).",
        "For coaches: pick articles, write questions and save the file. Send it to your group; "
        "they import it under Assignments (c, then i).",
    ),
    "compose.field.title": ("Titel", "Title"),
    "compose.field.coach": ("Coach", "Coach"),
    "compose.field.deadline": ("Deadline", "Due"),
    "compose.field.message": ("Bericht", "Message"),
    "compose.field.add": ("Artikel erbij", "Add article"),
    "compose.field.path": ("Bewaren als", "Save as"),
    "compose.title_placeholder": (
        "bijvoorbeeld: Leesopdracht week 49: aandacht",
        "for example: Reading assignment week 49: attention",
    ),
    "compose.coach_placeholder": ("je naam", "your name"),
    "compose.deadline_placeholder": ("JJJJ-MM-DD", "YYYY-MM-DD"),
    "compose.message_placeholder": (
        "een paar woorden voor je groep (mag leeg)",
        "a few words for your group (may be empty)",
    ),
    "compose.items_head": (
        "Artikelen en vragen (één vraag per regel)",
        "Articles and questions (one question per line)",
    ),
    "compose.questions_placeholder": ("één vraag per regel", "one question per line"),
    "compose.remove": ("Weghalen", "Remove"),
    "compose.add_prompt": ("Kies een artikel…", "Choose an article…"),
    "select.key.dismiss": ("Lijst sluiten", "Close the list"),
    "compose.add_none": ("Alle artikelen zitten erin", "Every article is in"),
    "compose.deadline_bad": (
        "Dat is geen datum. Schrijf hem als 2026-12-11.",
        "That is not a date. Write it as 2026-12-11.",
    ),
    "compose.deadline_none": ("geen deadline", "no deadline"),
    "compose.deadline_past": ("{day} is al voorbij", "{day} has passed"),
    "compose.save": ("Bewaren", "Save"),
    "compose.need_title": ("Geef de opdracht een titel.", "Give the assignment a title."),
    "compose.need_article": ("Kies minstens één artikel.", "Choose at least one article."),
    "compose.need_question": (
        "Schrijf minstens één vraag bij “{title}”, of haal het artikel weg.",
        "Write at least one question for “{title}”, or remove the article.",
    ),
    "compose.need_path": (
        "Zeg waar het bestand moet komen.",
        "Say where the file should go.",
    ),
    "compose.exists": (
        "{path} bestaat al. Nog een keer bewaren vervangt het.",
        "{path} already exists. Saving again replaces it.",
    ),
    "compose.saving": ("Bewaren…", "Saving…"),
    "compose.not_saved": ("{path} is niet bewaard ({reason}).", "{path} was not saved ({reason})."),
    "compose.saved": (
        "Bewaard in {path}: {questions} vragen, id {assignment_id}. Stuur het bestand naar je groep.",
        "Saved to {path}: {questions} questions, id {assignment_id}. Send the file to your group.",
    ),
    "compose.saved_one": (
        "Bewaard in {path}: {questions} vraag, id {assignment_id}. Stuur het bestand naar je groep.",
        "Saved to {path}: {questions} question, id {assignment_id}. Send the file to your group.",
    ),
    "compose.key.back": ("Terug", "Back"),
    "compose.key.save": ("Bewaren", "Save"),
    "overview.screen.title": ("Overzicht van antwoorden", "Overview of answers"),
    "overview.screen.intro": (
        "Voor coaches: zet de antwoordbestanden (.json) van je groep in één map en geef die map "
        "hier op. Losse bestanden mag ook, met spaties ertussen.",
        "For coaches: put your group's answer files (.json) in one folder and give that folder "
        "here. Separate files work too, with spaces between them.",
    ),
    "overview.screen.paths": ("Map of bestand", "Folder or file"),
    "overview.screen.placeholder": (
        "bijvoorbeeld ~/antwoorden, dan Enter",
        "for example ~/answers, then Enter",
    ),
    "overview.screen.need_paths": (
        "Geef een map of een paar bestanden op.",
        "Give a folder or a few files.",
    ),
    "overview.screen.reading": ("Lezen…", "Reading…"),
    "overview.screen.empty_folder": (
        "In {path} staan geen .json-bestanden.",
        "There are no .json files in {path}.",
    ),
    "overview.screen.not_found": ("{path} vind ik niet.", "I can't find {path}."),
    "overview.screen.nothing": (
        "Geen enkel bruikbaar antwoordbestand gevonden.",
        "Not one usable answer file found.",
    ),
    "overview.screen.readers": ("{readers} · coach {coach}", "{readers} · coach {coach}"),
    "overview.screen.readers_no_coach": ("{readers}", "{readers}"),
    "overview.screen.reader_count": ("{count} lezers", "{count} readers"),
    "overview.screen.reader_count_one": ("1 lezer", "1 reader"),
    "overview.screen.no": ("·", "·"),
    "overview.screen.skipped_head": ("Overgeslagen bestanden:", "Skipped files:"),
    "overview.screen.skipped": ("• {file}: {reason}", "• {file}: {reason}"),
    "overview.screen.question": ("Vraag {number} · {article}", "Question {number} · {article}"),
    "overview.screen.report": (
        "Rapport: alle antwoorden per vraag",
        "Report: every answer per question",
    ),
    "overview.screen.save_as": ("Bewaren als", "Save as"),
    "overview.screen.save_hint": (
        "Pas de plek aan als je wilt en druk op Enter.",
        "Change the place if you like and press Enter.",
    ),
    "overview.screen.saved": ("Bewaard in {path}.", "Saved to {path}."),
    "overview.screen.key.back": ("Terug", "Back"),
    "overview.screen.key.files": ("Bestanden kiezen", "Choose files"),
    "overview.screen.key.report": ("Rapport", "Report"),
    "overview.screen.key.save": ("Bewaren", "Save"),
    "assignment.name": ("leesopdracht", "reading assignment"),
    # command line
    "cli.cmd.assignment": (
        "leesopdrachten van een coach: controleren, inlezen, beantwoorden, verzamelen",
        "a coach's reading assignments: check, import, answer, collect",
    ),
    "cli.cmd.assignment_check": (
        "controleer een opdrachtbestand (TOML) en noem wat er mis is, met regelnummers",
        "check an assignment file (TOML) and say what is wrong, with line numbers",
    ),
    "cli.cmd.assignment_import": (
        "lees een opdrachtbestand in je dagboek in",
        "import an assignment file into your journal",
    ),
    "cli.cmd.assignment_list": (
        "toon je leesopdrachten en hoeveel vragen je al beantwoordde",
        "list your assignments and how many questions you answered",
    ),
    "cli.cmd.assignment_show": (
        "toon een opdracht met haar genummerde vragen",
        "show an assignment with its numbered questions",
    ),
    "cli.cmd.assignment_answers": (
        "maak een antwoordbestand voor je coach (alleen je antwoorden)",
        "make an answer file for your coach (only your answers)",
    ),
    "cli.cmd.assignment_overview": (
        "voor de coach: zet de antwoordbestanden van de groep naast elkaar",
        "for the coach: put the group's answer files side by side",
    ),
    "cli.help.assignment_file": ("het opdrachtbestand (.toml)", "the assignment file (.toml)"),
    "cli.help.assignment_id": (
        "id van de opdracht (zie: leeslamp opdracht lijst); de eerste 4 tekens zijn genoeg",
        "assignment id (see: leeslamp assignment list); its first 4 characters are enough",
    ),
    "cli.help.bundle_output": (
        "waar het antwoordbestand komt: een .json-bestand of een map (de Markdown-kopie komt ernaast)",
        "where the answer file goes: a .json file or a folder (the Markdown copy goes beside it)",
    ),
    "cli.help.name": (
        "je naam in het antwoordbestand (anders die uit je instellingen)",
        "your name in the answer file (else the one in your settings)",
    ),
    "cli.help.yes": (
        "niet vragen of het goed is, meteen schrijven (voor scripts)",
        "don't ask for confirmation, write at once (for scripts)",
    ),
    "cli.help.bundles": (
        "antwoordbestanden (.json) van de lezers",
        "the readers' answer files (.json)",
    ),
    "cli.help.report_output": (
        "schrijf het verslag met alle antwoorden naar dit Markdown-bestand",
        "write the report with all answers to this Markdown file",
    ),
    "cli.help.overview_assignment": (
        "alleen deze opdracht (anders die van de meeste bestanden)",
        "only this assignment (else the one most files are for)",
    ),
    "cli.help.assignment": (
        "beantwoord een vraag van deze leesopdracht (id)",
        "answer a question of this assignment (id)",
    ),
    "cli.help.question": (
        "het nummer van de vraag (zie: leeslamp opdracht toon ID)",
        "the question's number (see: leeslamp assignment show ID)",
    ),
    # the assignment file
    "assignment.file_header": (
        "Leesopdracht voor leeslamp. Controleren: leeslamp opdracht controleer BESTAND",
        "Reading assignment for leeslamp. To check: leeslamp assignment check FILE",
    ),
    "assignment.invalid": (
        "{path} is geen goede leesopdracht:\n{details}",
        "{path} is not a valid reading assignment:\n{details}",
    ),
    "assignment.bad_toml": ("geen geldige TOML: {hint}.", "not valid TOML: {hint}."),
    "assignment.bad_toml_column": (
        "geen geldige TOML (kolom {column}): {hint}.",
        "not valid TOML (column {column}): {hint}.",
    ),
    "assignment.bad_toml_other": (
        "geen geldige TOML. De TOML-lezer zegt (in het Engels): {reason}.",
        "not valid TOML: {reason}.",
    ),
    "assignment.bad_toml_other_column": (
        "geen geldige TOML (kolom {column}). De TOML-lezer zegt (in het Engels): {reason}.",
        "not valid TOML (column {column}): {reason}.",
    ),
    "assignment.toml.unclosed_quote": (
        'een tekst loopt door tot het eind van de regel; mist er een aanhalingsteken (") aan het eind?',
        'a text runs on to the end of the line; is a closing quote (") missing?',
    ),
    "assignment.toml.no_value": (
        "na '=' hoort een waarde: tekst tussen aanhalingstekens, een datum als 2026-12-11 of een lijst [...]",
        "'=' must be followed by a value: text in quotes, a date like 2026-12-11 or a list [...]",
    ),
    "assignment.toml.no_equals": (
        "na de naam van een veld hoort een '=' en dan de waarde, zoals: titel = \"...\"",
        "a field's name must be followed by '=' and its value, like: titel = \"...\"",
    ),
    "assignment.toml.twice": (
        "dit veld staat er al eerder in",
        "this field is already there above",
    ),
    "assignment.toml.unclosed_list": (
        "een lijst [...] wordt niet gesloten met ']'",
        "a list [...] is not closed with ']'",
    ),
    "assignment.toml.bad_date": (
        "dat is geen geldige datum; schrijf hem als 2026-12-11",
        "that is not a valid date; write it as 2026-12-11",
    ),
    "assignment.toml.after_value": (
        "na de waarde staat nog iets op de regel; hoort het tussen aanhalingstekens, of mist er een komma?",
        "there is more on the line after the value; does it belong in quotes, or is a comma missing?",
    ),
    "assignment.missing_field": (
        "het veld '{field}' ontbreekt.",
        "the field '{field}' is missing.",
    ),
    "assignment.empty_field": ("het veld '{field}' is leeg.", "the field '{field}' is empty."),
    "assignment.bad_deadline": (
        "de deadline {value} is geen datum. Schrijf hem zonder aanhalingstekens en zonder tijd, zoals: deadline = 2026-12-11",
        "the deadline {value} is not a date. Write it without quotes and without a time, like: deadline = 2026-12-11",
    ),
    "assignment.deadline_past": (
        "de deadline {deadline} is al voorbij.",
        "the deadline {deadline} has already passed.",
    ),
    "assignment.unknown_key": (
        "het veld '{key}' ken ik niet; ik sla het over. Bedoel je titel, coach, deadline, bericht of [[lezen]]?",
        "I don't know the field '{key}'; I skip it. Did you mean titel, coach, deadline, bericht or [[lezen]]?",
    ),
    "assignment.unknown_item_key": (
        "het veld '{key}' ken ik niet in [[lezen]]; ik sla het over. Daar horen artikel en vragen.",
        "I don't know the field '{key}' in [[lezen]]; I skip it. It takes artikel and vragen.",
    ),
    "assignment.no_items": (
        "er staat geen artikel in. Zet er minstens één blok [[lezen]] in, met artikel en vragen.",
        "there is no article in it. Add at least one [[lezen]] block, with artikel and vragen.",
    ),
    "assignment.bad_items": (
        "'lezen' moet een lijst van blokken [[lezen]] zijn, elk met artikel en vragen.",
        "'lezen' must be a list of [[lezen]] blocks, each with artikel and vragen.",
    ),
    "assignment.missing_article": (
        "in blok {number} van [[lezen]] ontbreekt 'artikel'.",
        "block {number} of [[lezen]] has no 'artikel'.",
    ),
    "assignment.unknown_article": (
        "een artikel '{article}' ken ik niet. Bekende ids: {known}.",
        "I don't know an article '{article}'. Known ids: {known}.",
    ),
    "assignment.no_questions": (
        'blok {number} van [[lezen]] heeft geen vragen. Zet er minstens één in: vragen = ["..."]',
        'block {number} of [[lezen]] has no questions. Add at least one: vragen = ["..."]',
    ),
    "assignment.empty_question": (
        "blok {number} van [[lezen]] heeft een lege vraag.",
        "block {number} of [[lezen]] has an empty question.",
    ),
    "assignment.duplicate_question": (
        "de vraag “{question}” staat er twee keer in bij hetzelfde artikel.",
        "the question “{question}” appears twice for the same article.",
    ),
    "assignment.warning": ("let op: {sentence}", "note: {sentence}"),
    "assignment.check_failed": (
        "{count} fouten gevonden. Verbeter ze en controleer opnieuw.",
        "{count} errors found. Fix them and check again.",
    ),
    "assignment.check_failed_one": (
        "1 fout gevonden. Verbeter hem en controleer opnieuw.",
        "1 error found. Fix it and check again.",
    ),
    "assignment.check_ok": (
        "In orde: “{title}”, {questions} bij {articles}. Id: {assignment_id}.",
        "Good: “{title}”, {questions} on {articles}. Id: {assignment_id}.",
    ),
    "assignment.questions": ("{count} vragen", "{count} questions"),
    "assignment.questions_one": ("1 vraag", "1 question"),
    "assignment.articles": ("{count} artikelen", "{count} articles"),
    "assignment.articles_one": ("1 artikel", "1 article"),
    # the reader's journal
    "assignment.article_missing_here": (
        "let op: het artikel '{article}' staat niet in je bibliotheek. Je kunt de vragen wel beantwoorden.",
        "note: the article '{article}' is not in your library. You can still answer its questions.",
    ),
    "assignment.imported": (
        "Ingelezen: “{title}”, {questions}.",
        "Imported: “{title}”, {questions}.",
    ),
    "assignment.already_imported": (
        "Deze opdracht (“{title}”) had je al. Er is niets veranderd.",
        "You already had this assignment (“{title}”). Nothing changed.",
    ),
    "assignment.new_version": (
        "Ingelezen als nieuwe versie van “{title}” (was {previous}), {questions}. Je antwoorden op vragen die gelijk bleven, tellen mee.",
        "Imported as a new version of “{title}” (was {previous}), {questions}. Your answers to questions that stayed the same still count.",
    ),
    "assignment.none": (
        "Je hebt nog geen leesopdrachten. Lees er een in met: leeslamp opdracht importeer BESTAND",
        "You have no reading assignments yet. Import one with: leeslamp assignment import FILE",
    ),
    "assignment.due": ("deadline {deadline}", "due {deadline}"),
    "assignment.progress": ("{answered}/{total} beantwoord", "{answered}/{total} answered"),
    "assignment.superseded": ("(vervangen door {newer})", "(replaced by {newer})"),
    "assignment.how_to_answer": (
        'Beantwoorden: leeslamp schrijf --opdracht {assignment_id} --vraag N "je antwoord"',
        'To answer: leeslamp write --assignment {assignment_id} --question N "your answer"',
    ),
    "assignment.unknown_id": (
        "Een leesopdracht '{wanted}' heb je niet. Je opdrachten: {known}.",
        "You have no assignment '{wanted}'. Your assignments: {known}.",
    ),
    "assignment.unknown_id_none": (
        "Een leesopdracht '{wanted}' heb je niet. Je hebt nog geen opdrachten ingelezen.",
        "You have no assignment '{wanted}'. You have not imported any assignments yet.",
    ),
    "assignment.short_id": (
        "'{wanted}' is te kort: typ minstens {least} tekens van het id. Je opdrachten: {known}.",
        "'{wanted}' is too short: type at least {least} characters of the id. Your assignments: {known}.",
    ),
    "assignment.ambiguous_id": (
        "'{wanted}' past bij meer dan één opdracht. Typ meer van het id. Je opdrachten: {known}.",
        "'{wanted}' matches more than one assignment. Type more of the id. Your assignments: {known}.",
    ),
    "assignment.no_such_question": (
        "Een vraag {number} is er niet: deze opdracht heeft de vragen 1 tot en met {total}.",
        "There is no question {number}: this assignment has questions 1 to {total}.",
    ),
    "write.need_both": (
        "Geef bij een antwoord zowel --opdracht ID als --vraag N.",
        "For an answer, give both --assignment ID and --question N.",
    ),
    "write.kind_with_assignment": (
        "--soort kan niet samen met --opdracht: een antwoord op een opdracht is altijd een antwoord.",
        "--kind cannot go with --assignment: an answer to an assignment is always an answer.",
    ),
    "write.article_with_assignment": (
        "Deze vraag gaat over '{expected}', niet over '{article}'. Laat --artikel weg.",
        "This question is about '{expected}', not '{article}'. Leave out --article.",
    ),
    "write.answer_saved": (
        "Bewaard als antwoord op vraag {number} van “{title}”.",
        "Saved as the answer to question {number} of “{title}”.",
    ),
    "write.answer_again": (
        "Je eerdere antwoord blijft in je dagboek. In je antwoordbestand komt dit nieuwe antwoord.",
        "Your earlier answer stays in your journal. Your answer file gets this new answer.",
    ),
    # the answer file (bundle)
    "bundle.md_title": ("Antwoorden: {title}", "Answers: {title}"),
    "bundle.md_reader": ("Van", "From"),
    "bundle.no_name": ("(geen naam)", "(no name)"),
    "bundle.md_reader_id": ("Lezer-id", "Reader id"),
    "bundle.md_coach": ("Coach", "Coach"),
    "bundle.md_assignment": ("Opdracht", "Assignment"),
    "bundle.md_exported": ("Gemaakt op", "Made on"),
    "bundle.md_contents": (
        "Dit bestand bevat de opdracht zoals je coach hem schreef, je naam, een willekeurig lezer-id (zodat je coach twee mensen met dezelfde naam uit elkaar houdt) en je antwoorden hieronder. Verder niets uit je dagboek.",
        "This file holds the assignment as your coach wrote it, your name, a random reader id (so your coach can tell two people with the same name apart) and your answers below. Nothing else from your journal.",
    ),
    "overview.no": ("–", "–"),
    "bundle.md_question": ("Vraag {number}", "Question {number}"),
    "bundle.md_unanswered": ("(nog niet beantwoord)", "(not answered yet)"),
    "bundle.md_answered": ("beantwoord op {when}", "answered on {when}"),
    "bundle.will_write": (
        "Hierboven staat alles wat in het antwoordbestand komt. Het gaat naar {json} (en de kopie om te lezen naar {md}).",
        "Above is everything the answer file holds. It goes to {json} (and the copy to read to {md}).",
    ),
    "bundle.nothing_answered": (
        "let op: je hebt nog geen enkele vraag van deze opdracht beantwoord.",
        "note: you have not answered any question of this assignment yet.",
    ),
    "bundle.confirm": ("Schrijven? [j/N]", "Write it? [y/N]"),
    "bundle.cancelled": ("Niets geschreven.", "Nothing written."),
    "bundle.need_yes": (
        "Ik kan je niet vragen of dit weg mag. Lees het hierboven na en geef --ja mee als het goed is.",
        "I can't ask you whether this may go. Read it above and add --yes if it is right.",
    ),
    "bundle.written": (
        "Geschreven: {json} en {md}. Stuur het .json-bestand naar je coach.",
        "Written: {json} and {md}. Send the .json file to your coach.",
    ),
    "bundle.hint_name": (
        "Tip: er staat geen naam in. Zet hem erbij met --naam, dan weet je coach van wie dit is.",
        "Tip: there is no name in it. Add one with --name, so your coach knows whose this is.",
    ),
    "bundle.reader_id_broken": (
        "Je instellingenbestand {path} kan ik niet lezen ({reason}), dus ook je lezer-id niet. "
        "Verbeter of verwijder het bestand en probeer het opnieuw.",
        "I can't read your settings file {path} ({reason}), so not your reader id either. "
        "Fix or remove the file and try again.",
    ),
    "bundle.reader_id_not_saved": (
        "Je lezer-id kan ik niet bewaren in {path} ({reason}). Zonder vast id lijkt je volgende "
        "antwoordbestand van iemand anders te komen.",
        "I can't save your reader id in {path} ({reason}). Without a fixed id your next answer "
        "file would look like someone else's.",
    ),
    "bundle.unreadable": ("kan het niet lezen ({reason}).", "cannot read it ({reason})."),
    "bundle.not_json": ("dit is geen JSON.", "this is not JSON."),
    "bundle.not_bundle": (
        "dit is geen antwoordbestand van leeslamp.",
        "this is not a leeslamp answer file.",
    ),
    "bundle.malformed": (
        "het antwoordbestand is onvolledig of kapot (bij '{what}').",
        "the answer file is incomplete or broken (at '{what}').",
    ),
    "bundle.too_new": (
        "gemaakt door een nieuwere leeslamp (versie {version}). Werk leeslamp bij.",
        "made by a newer leeslamp (version {version}). Update leeslamp.",
    ),
    "bundle.tampered": (
        "het bestand is veranderd nadat het gemaakt werd (de controlesom klopt niet).",
        "the file was changed after it was made (the checksum does not match).",
    ),
    "bundle.id_mismatch": (
        "de vragen horen niet bij opdracht {stated}: het bestand is veranderd nadat het gemaakt werd.",
        "the questions do not belong to assignment {stated}: the file was changed after it was made.",
    ),
    "bundle.questions_mismatch": (
        "de antwoorden passen niet bij de vragen van de opdracht.",
        "the answers do not match the assignment's questions.",
    ),
    # the coach's overview
    "overview.heading": (
        "{title} (opdracht {assignment_id})",
        "{title} (assignment {assignment_id})",
    ),
    "overview.reader": ("Lezer", "Reader"),
    "overview.answered": ("Beantwoord", "Answered"),
    "overview.yes": ("✓", "✓"),
    "overview.unnamed": ("zonder naam ({file})", "no name ({file})"),
    "overview.given_twice": (
        "dit bestand staat twee keer in de lijst.",
        "this file is in the list twice.",
    ),
    "overview.other_assignment": (
        "hoort bij een andere opdracht: “{title}” ({id}).",
        "belongs to another assignment: “{title}” ({id}).",
    ),
    "overview.other_version": (
        "hoort bij een andere versie van deze opdracht ({id}).",
        "belongs to another version of this assignment ({id}).",
    ),
    "overview.duplicate": (
        "een ouder antwoordbestand van {reader}; het nieuwste telt: {kept}.",
        "an older answer file from {reader}; the newest counts: {kept}.",
    ),
    "overview.copy": (
        "een dubbel: precies hetzelfde antwoordbestand als {kept}.",
        "a duplicate: exactly the same answer file as {kept}.",
    ),
    "overview.skipped": ("overgeslagen: {path}: {reason}", "skipped: {path}: {reason}"),
    "overview.nothing": (
        "Er is geen bruikbaar antwoordbestand bij; er is niets om te tonen.",
        "None of the answer files can be used; there is nothing to show.",
    ),
    "overview.written": (
        "Het verslag met alle antwoorden staat in {path}.",
        "The report with all answers is in {path}.",
    ),
    "overview.hint_report": (
        "Alle antwoorden per vraag naast elkaar: voeg -o VERSLAG.md toe.",
        "All answers side by side per question: add -o REPORT.md.",
    ),
    "overview.md_title": ("Overzicht: {title}", "Overview: {title}"),
    "overview.md_title_none": ("Overzicht", "Overview"),
    "overview.md_deadline": ("Deadline", "Due"),
    "overview.md_readers": ("Lezers", "Readers"),
    "overview.md_skipped": ("Overgeslagen bestanden", "Skipped files"),
    "overview.md_missing": ("Nog geen antwoord van: {readers}.", "No answer yet from: {readers}."),
    # limits on an answer file (limits.py)
    "bundle.too_long": (
        "'{what}' is {length} tekens lang; er mogen er hooguit {limit} zijn.",
        "'{what}' is {length} characters long; it may have at most {limit}.",
    ),
    # the answer file's preview: each answer with its date and where it was written
    "preview.head": (
        "Deze antwoorden gaan mee (datum en waar je ze schreef):",
        "These answers go along (date and where you wrote them):",
    ),
    "preview.none": ("Er gaan geen antwoorden mee.", "No answers go along."),
    "preview.row": (
        "vraag {number} \u00b7 {date} \u00b7 {place}",
        "question {number} \u00b7 {date} \u00b7 {place}",
    ),
    "preview.place.vandaag": ("Vandaag", "Today"),
    "preview.place.ochtend": ("ochtend", "morning"),
    "preview.place.lezer": ("lezer: {title}", "reader: {title}"),
    "preview.place.schrijf": ("leeslamp schrijf", "leeslamp write"),
    "preview.place.unknown": ("onbekend", "unknown"),
    # --- search, export, import ------------------------------------------------------------
    # the app: the search screen (tui/screens/search.py)
    "tui.key.search": ("Zoeken", "Search"),
    "tui.cmd.search": ("Zoeken in je dagboek", "Search your journal"),
    "tui.cmd.search_help": (
        "Alles wat je schreef, ook zonder accenten",
        "Everything you wrote, accents optional",
    ),
    "help.screen.search": ("Zoeken", "Search"),
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
    "search.name": ("zoeken", "search"),
    "cli.cmd.zoek": (
        "zoek in alles wat je schreef (ook zonder accenten)",
        "search everything you wrote (accents optional)",
    ),
    "cli.cmd.import": (
        "haal een dagboek uit jrnl binnen (JSON-export of tekstbestand)",
        "bring in a journal from jrnl (JSON export or text file)",
    ),
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
    "search.count": ("{count} gevonden.", "{count} found."),
    "search.field.text": ("", ""),
    "search.field.quote": ("> ", "> "),
    "search.field.prompt": ("vraag: ", "question: "),
    "search.field.assignment": ("vraag: ", "question: "),
    "date.unknown": (
        "'{value}' kan ik niet als datum lezen. Probeer bijvoorbeeld 2026-11-01, vandaag, "
        "gisteren, vorige week, vorige maand of 1 november.",
        "I can't read '{value}' as a date. Try for example 2026-11-01, today, yesterday, "
        "last week, last month or 1 November.",
    ),
    "date.unknown_quote": (
        "'{value}' kan ik niet als datum lezen. Met spaties: zet de datum tussen "
        'aanhalingstekens, zoals --sinds "vorige week" of --tot "1 december".',
        "I can't read '{value}' as a date. With spaces: put the date in quotes, "
        'like --since "last week" or --until "1 December".',
    ),
    "date.reversed": (
        "--tot {until} ligt vóór --sinds {since}. Draai ze om.",
        "--until {until} is before --since {since}. Swap them.",
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
    "import.help.source": ("waar het vandaan komt (nu: jrnl)", "where it comes from (for now: jrnl)"),
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
