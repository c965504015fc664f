"""Strings of the command line: help texts, metavars, `leeslamp waar`.

Keys: `cli.*`, `where.*`.
Each value is (nl, en); `AREAS` in `leeslamp.i18n` says which module holds a prefix.
"""

STRINGS: dict[str, tuple[str, str]] = {
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
    # leeslamp waar: where things live
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
    "cli.cmd.write": (
        "schrijf iets in je dagboek, zonder de app",
        "write in your journal, without the app",
    ),
    "cli.cmd.export": (
        "schrijf je dagboek naar een bestand (Markdown, JSON of jrnl)",
        "write your journal to a file (Markdown, JSON or jrnl)",
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
    "cli.help.quote": (
        "bij --soort aandacht: de zin of passage uit het artikel waar je notitie bij hoort",
        "with --kind aandacht: the sentence or passage of the article your note belongs to",
    ),
    # leeslamp herstel: asks first unless told yes
    "cli.help.restore_yes": (
        "zet terug zonder het eerst te vragen",
        "restore without asking first",
    ),
    "cli.cmd.morning": (
        "schrijf 's ochtends vroeg: alleen de vraag en je tekst",
        "write early in the morning: just the question and your text",
    ),
    "cli.help.minutes": (
        "zet meteen een schrijftijd van N minuten (1 tot en met 120)",
        "start a writing timer of N minutes at once (1 to 120)",
    ),
    "cli.cmd.today": ("toon de vraag van vandaag", "show today's question"),
    "cli.help.date": ("een andere dag, als JJJJ-MM-DD", "another day, as YYYY-MM-DD"),
    "cli.metavar.day": ("JJJJ-MM-DD", "YYYY-MM-DD"),
    # leeslamp opdracht
    "cli.cmd.assignment": (
        "leesopdrachten van een coach: controleren, inlezen, beantwoorden, verzamelen",
        "a coach's reading assignments: check, import, answer, collect",
    ),
    "cli.cmd.assignment_check": (
        "controleer het bestand van een leesopdracht (TOML) en noem wat er mis is, met regelnummers",
        "check an assignment file (TOML) and say what is wrong, with line numbers",
    ),
    "cli.cmd.assignment_import": (
        "lees een leesopdracht (TOML-bestand) in je dagboek in",
        "import an assignment file into your journal",
    ),
    "cli.cmd.assignment_list": (
        "toon je leesopdrachten en hoeveel vragen je al beantwoordde",
        "list your assignments and how many questions you answered",
    ),
    "cli.cmd.assignment_show": (
        "toon een leesopdracht met haar genummerde vragen",
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
    "cli.help.assignment_file": (
        "het bestand met de leesopdracht (.toml)",
        "the assignment file (.toml)",
    ),
    "cli.help.assignment_id": (
        "id van de leesopdracht (zie: leeslamp opdracht lijst); de eerste 4 tekens zijn genoeg",
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
        "antwoordbestanden (.json) van de lezers, of een map met zulke bestanden",
        "the readers' answer files (.json), or a folder holding them",
    ),
    "cli.help.report_output": (
        "schrijf het verslag met alle antwoorden naar dit bestand: .md of .html (om te printen)",
        "write the report with all answers to this file: .md or .html (to print)",
    ),
    "cli.help.overview_assignment": (
        "alleen deze leesopdracht, met alle versies, in de woorden van deze versie (anders die "
        "van de meeste bestanden)",
        "only this assignment, with all its versions, in this version's wording (else the one "
        "most files are for)",
    ),
    "cli.help.assignment": (
        "beantwoord een vraag van deze leesopdracht (id)",
        "answer a question of this assignment (id)",
    ),
    "cli.help.question": (
        "het nummer van de vraag (zie: leeslamp opdracht toon ID)",
        "the question's number (see: leeslamp assignment show ID)",
    ),
    "cli.cmd.search": (
        "zoek in alles wat je schreef (accenten typen hoeft niet)",
        "search everything you wrote (no need to type accents)",
    ),
    "cli.cmd.import": (
        "haal een dagboek uit jrnl binnen (JSON-export of tekstbestand)",
        "bring in a journal from jrnl (JSON export or text file)",
    ),
    # the dialogue map (issue 15, §3)
    "cli.help.with_notes": (
        "stuur ook je aandachtnotities bij de artikelen van deze leesopdracht mee (het voorbeeld noemt ze eerst)",
        "also send your attention notes on this assignment's articles (the preview lists them "
        "first)",
    ),
    # --- versions of every text, and editing from the command line (issue 16 §1, §2) --------
    "cli.cmd.history": (
        "de versies van een tekst, oudste eerst; --terug N zet er een terug",
        "the versions of a text, oldest first; --restore N brings one back",
    ),
    "cli.cmd.edit": (
        "verander de tekst van een stuk (zonder tekst: in je eigen editor)",
        "change the text of an entry (without text: in your own editor)",
    ),
    "cli.help.entry_id": (
        "het id van het stuk (de eerste 4 tekens of meer zijn genoeg)",
        "the entry's id (its first 4 characters or more will do)",
    ),
    "cli.help.restore_version": (
        "haal versie N terug; wat er nu staat, blijft bewaard als versie",
        "bring back version N; what is there now is kept as a version",
    ),
    "cli.help.edit_text": (
        "de nieuwe tekst; '-' leest hem van standaardinvoer; zonder tekst opent $VISUAL of $EDITOR",
        "the new text; '-' reads it from standard input; without text $VISUAL or $EDITOR opens",
    ),
    # schrijf --datum (issue 16 §3)
    "cli.help.write_date": (
        "de dag waarop je het schreef, zoals bij zoek: 2026-03-01, gisteren, 1 maart",
        "the day you wrote it, as with search: 2026-03-01, yesterday, 1 March",
    ),
    # learning paths (issue 16, §5)
    "cli.cmd.path": (
        "leerpaden: waar je bent, lijst, start, stop",
        "learning paths: where you are, list, start, stop",
    ),
    "where.user_paths": ("Eigen leerpaden", "Own learning paths"),
}
