"""Strings of the app's frame: app-wide keys and commands, help, the editor, dialogs.

Keys: `app.*`, `tui.*`, `help.*`, `editor.*`, `select.*`, `confirm.*`.
Each value is (nl, en); `AREAS` in `leeslamp.i18n` says which module holds a prefix.
"""

STRINGS: dict[str, tuple[str, str]] = {
    "app.description": (
        "Een leeslamp in de terminal: lees de SOL-artikelen en schrijf erover, offline.",
        "A reading lamp in the terminal: read the SOL articles and write about them, offline.",
    ),
    # the app's frame: keys and commands everywhere, the help screen
    "tui.key.quit": ("Stoppen", "Quit"),
    "tui.unsaved_text": (
        "Deze tekst kon ik niet in je dagboek bewaren ({reason}). Kopieer hem, zodat hij niet verloren gaat:",
        "I could not save this text in your journal ({reason}). Copy it, so it is not lost:",
    ),
    "tui.read_only": (
        "het dagboek was alleen-lezen geopend",
        "the journal was opened read-only",
    ),
    "editor.unsaved": ("nog niet bewaard", "not saved yet"),
    "editor.saving": ("bewaren…", "saving…"),
    "editor.saved": ("bewaard {time}", "saved {time}"),
    "editor.read_only.locked": (
        "alleen-lezen: je dagboek is open in een andere leeslamp",
        "read-only: your journal is open in another leeslamp",
    ),
    "editor.read_only.folder": (
        "alleen-lezen: ik kan niet schrijven in de map van je dagboek",
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
    "tui.journal.read_only_button": ("Alleen-lezen", "Read only"),
    "tui.journal.quit_button": ("Stoppen", "Quit"),
    "tui.journal.read_only_now": (
        "Alleen-lezen: je kunt lezen, maar niets bewaren.",
        "Read-only: you can read, but nothing is saved.",
    ),
    "tui.journal.folder_read_only": (
        "De map {path} is alleen-lezen. Je dagboek is alleen-lezen geopend: je kunt lezen, maar niets bewaren.",
        "The folder {path} is read-only. Your journal is open for reading: you can read, but nothing is saved.",
    ),
    "tui.journal.cannot_write": (
        "Ik kan niet schrijven in {path} ({reason}). Je dagboek is alleen-lezen geopend: je kunt lezen, maar niets bewaren.",
        "I can't write in {path} ({reason}). Your journal is open for reading: you can read, but nothing is saved.",
    ),
    # one source of truth: words that could not be saved over newer text (issue 11)
    "editor.not_saved_words": (
        "Je had dit nog niet bewaard: {words}",
        "You had not saved this yet: {words}",
    ),
    "editor.not_saved_keys": (
        "ctrl+b: erbij zetten · ctrl+g: jouw versie houden · Esc: weglaten",
        "ctrl+b: add them · ctrl+g: keep your version · Esc: leave them out",
    ),
    "editor.key.start": ("Begin van de tekst", "Start of the text"),
    "editor.key.end": ("Eind van de tekst", "End of the text"),
    "editor.key.append": ("Erbij zetten", "Add them"),
    "editor.key.replace": ("Jouw versie", "Your version"),
    "editor.key.dismiss": ("Weglaten", "Leave out"),
    "editor.key.close_note": ("Melding sluiten", "Close the message"),
    "confirm.trash.yes": ("Naar de prullenbak", "Move to trash"),
    "confirm.trash.no": ("Laten staan", "Keep it"),
    # keys, commands and help names for Vandaag and Ochtend
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
    # keys, commands and help names for the assignment screens (tui/screens/assignment*.py)
    "tui.key.assignments": ("Opdrachten", "Assignments"),
    "tui.cmd.assignments": ("Opdrachten", "Assignments"),
    "tui.cmd.assignments_help": (
        "Leesopdrachten van je coach: inlezen, beantwoorden, antwoordbestand maken",
        "Reading assignments from your coach: import, answer, make the answer file",
    ),
    "tui.cmd.compose": ("Nieuwe leesopdracht maken (coach)", "Compose an assignment (coach)"),
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
    "help.screen.compose": ("Nieuwe leesopdracht", "New assignment"),
    "help.screen.answers": ("Antwoordbestand maken", "Make the answer file"),
    "help.screen.overview": ("Overzicht van antwoorden", "Overview of answers"),
    "help.screen.report": ("Verslag", "Report"),
    "select.key.dismiss": ("Lijst sluiten", "Close the list"),
    # the search screen's key and command (tui/screens/search.py)
    "tui.key.search": ("Zoeken", "Search"),
    "tui.cmd.search": ("Zoeken in je dagboek", "Search your journal"),
    "tui.cmd.search_help": (
        "Alles wat je schreef; accenten typen hoeft niet",
        "Everything you wrote; no need to type accents",
    ),
    "help.screen.search": ("Zoeken", "Search"),
    # the dialogue map (issue 15, §3)
    "help.screen.dialogue": ("Dialoogkaart", "Dialogue map"),
    # the app without a terminal (issue 14, point 15)
    "app.no_terminal": (
        "De app heeft een terminal nodig om te tonen en toetsen te lezen, en die is er hier "
        "niet. Voor scripts zijn er: leeslamp vandaag, leeslamp schrijf, leeslamp zoek en "
        "leeslamp export.",
        "The app needs a terminal to show itself and read keys, and there is none here. For "
        "scripts there are: leeslamp today, leeslamp write, leeslamp search and leeslamp export.",
    ),
    # the file picker (tui/screens/file_picker.py, issue 15)
    "help.screen.picker": ("Bestanden kiezen", "Choose files"),
    "tui.picker.key.cancel": ("Terug", "Back"),
    "tui.picker.key.toggle": ("Kiezen", "Choose"),
    "tui.picker.key.done": ("Openen", "Open"),
    "tui.picker.key.up": ("Map omhoog", "Folder up"),
    "tui.picker.folder": ("In {path}", "In {path}"),
    "tui.picker.none_chosen": ("Nog niets gekozen.", "Nothing chosen yet."),
    "tui.picker.chosen": ("Gekozen: {paths}", "Chosen: {paths}"),
    # Textual's own words and key names in the reader's language (issue 14, §7)
    "tui.palette.no_matches": ("Niets gevonden", "No matches found"),
    "tui.keyname.space": ("spatie", "space"),
    "tui.keyname.pagedown": ("PgDn", "PgDn"),
    "tui.keyname.pageup": ("PgUp", "PgUp"),
    "tui.keyname.delete": ("Del", "Del"),
    "tui.keyname.home": ("Home", "Home"),
    "tui.keyname.end": ("End", "End"),
    "help.screen.minutes": ("Eigen schrijftijd", "Timer of your own"),
    # themes (issue 14, §8)
    "tui.cmd.theme": ("Thema: {name}", "Theme: {name}"),
    "tui.cmd.theme_help": ("Nu en bij elke volgende start", "Now and at every next start"),
    "tui.theme.light": ("leeslamp licht", "leeslamp light"),
    "tui.theme.dark": ("leeslamp donker", "leeslamp dark"),
    "tui.theme.morning": ("leeslamp gedempt (ochtend)", "leeslamp dim (morning)"),
    "tui.theme_unknown": (
        "Het thema '{name}' uit settings.toml ken ik niet; leeslamp gebruikt het gewone thema.",
        "The theme '{name}' in settings.toml is unknown; leeslamp uses the usual theme.",
    ),
    "tui.theme_not_saved": (
        "Je thema is niet bewaard ({reason}). leeslamp werkt gewoon verder.",
        "Your theme was not saved ({reason}). leeslamp carries on as usual.",
    ),
}
