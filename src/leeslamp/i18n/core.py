"""Strings of the core: errors, file problems, settings, dates, value types.

Keys: `error.*`, `oserror.*`, `settings.*`, `date.*`, `type.*`, `problem.*`.
Each value is (nl, en); `AREAS` in `leeslamp.i18n` says which module holds a prefix.
"""

STRINGS: dict[str, tuple[str, str]] = {
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
    # file problems: what is wrong in an article, prompt or assignment file, and where
    "problem.bad_value": (
        "de waarde van '{field}' kan ik niet lezen.",
        "cannot read the value of '{field}'.",
    ),
    "problem.bad_factor": (
        "de factor '{value}' ken ik niet; kies uit {known}.",
        "the factor '{value}' is unknown; choose from {known}.",
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
    "date.bad": (
        "De datum '{value}' ken ik niet. Schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2026-11-30.",
        "I can't read the date '{value}'. Write it as YYYY-MM-DD, for example 2026-11-30.",
    ),
    "date.long": ("{weekday} {day} {month} {year}", "{weekday} {day} {month} {year}"),
    "date.day": ("{day} {month} {year}", "{day} {month} {year}"),
    "date.moment": ("{day}, {time}", "{day}, {time}"),
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
    # a date near enough to leave the year out (issue 16: "op 1 maart")
    "date.day_month": ("{day} {month}", "{day} {month}"),
    "date.not_one_day": (
        "'{value}' is meer dan één dag. Kies één dag, zoals 2026-03-01, gisteren of 1 maart.",
        "'{value}' is more than one day. Choose one day, such as 2026-03-01, yesterday or 1 March.",
    ),
}
