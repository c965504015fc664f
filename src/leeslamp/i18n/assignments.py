"""Strings of coach assignments: the file, the list and compose screens, the CLI.

Keys: `assignment.*`, `compose.*`, `coach.*`, `preview.*`.
Each value is (nl, en); `AREAS` in `leeslamp.i18n` says which module holds a prefix.
"""

STRINGS: dict[str, tuple[str, str]] = {
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
    "assignment.list.title": ("Opdrachten", "Assignments"),
    "assignment.list.count": ("{count} in je dagboek", "{count} in your journal"),
    "assignment.list.empty": (
        "Je hebt nog geen leesopdrachten. Heb je een bestand met een leesopdracht van je coach? Druk op i en vul in waar het staat.\nBen je coach? n maakt een nieuwe leesopdracht, o zet de antwoorden van je groep op een rij.",
        "You have no reading assignments yet. Got an assignment file from your coach? "
        "Press i and say where it is.\n"
        "Are you a coach? n composes a new assignment, o lines up your group's answers.",
    ),
    "assignment.list.no_deadline": ("geen inleverdatum", "no deadline"),
    "assignment.list.deadline_passed": ("inleverdatum {day} is voorbij", "due {day}, passed"),
    "assignment.list.deadline_today": ("inleverdatum vandaag, {day}", "due today, {day}"),
    "assignment.list.deadline_tomorrow": ("inleverdatum morgen, {day}", "due tomorrow, {day}"),
    "assignment.list.deadline_in": (
        "inleverdatum {day} (nog {days} dagen)",
        "due {day} ({days} days left)",
    ),
    "assignment.list.superseded": (
        "vervangen door een nieuwere versie",
        "replaced by a newer version",
    ),
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
    "assignment.list.key.answers": ("Antwoordbestand maken", "Make answer file"),
    "assignment.list.key.compose": ("Nieuwe leesopdracht", "New assignment"),
    "assignment.list.key.overview": ("Overzicht", "Overview"),
    "compose.title": ("Nieuwe leesopdracht maken", "Compose an assignment"),
    "compose.intro": (
        "Voor coaches: kies artikelen, schrijf vragen en bewaar het bestand. Stuur het naar je groep; zij lezen het in bij Opdrachten (c, dan i).",
        "For coaches: pick articles, write questions and save the file. Send it to your group; "
        "they import it under Assignments (c, then i).",
    ),
    "compose.field.title": ("Titel", "Title"),
    "compose.field.coach": ("Coach", "Coach"),
    "compose.field.deadline": ("Inleverdatum", "Due"),
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
    "compose.add_none": ("Alle artikelen zitten erin", "Every article is in"),
    "compose.deadline_bad": (
        "Dat is geen datum. Schrijf hem als 2026-12-11.",
        "That is not a date. Write it as 2026-12-11.",
    ),
    "compose.deadline_none": ("geen inleverdatum", "no deadline"),
    "compose.deadline_past": ("{day} is al voorbij", "{day} has passed"),
    "compose.save": ("Bewaren", "Save"),
    "compose.need_title": ("Geef de leesopdracht een titel.", "Give the assignment a title."),
    "compose.need_article": ("Kies minstens één artikel.", "Choose at least one article."),
    "compose.need_question": (
        "Schrijf minstens één vraag bij “{title}”, of haal het artikel weg.",
        "Write at least one question for “{title}”, or remove the article.",
    ),
    "compose.need_path": (
        "Waar moet het bestand komen? Vul een plek in.",
        "Where should the file go? Fill in a place.",
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
        "de inleverdatum {value} is geen datum. Schrijf hem zonder aanhalingstekens en zonder tijd, zoals: deadline = 2026-12-11",
        "the deadline {value} is not a date. Write it without quotes and without a time, like: deadline = 2026-12-11",
    ),
    "assignment.deadline_past": (
        "de inleverdatum {deadline} is al voorbij.",
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
        "Deze leesopdracht (“{title}”) had je al. Er is niets veranderd.",
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
    "assignment.due": ("inleverdatum {deadline}", "due {deadline}"),
    "assignment.progress": ("{answered}/{total} beantwoord", "{answered}/{total} answered"),
    "assignment.superseded": ("(vervangen door {newer})", "(replaced by {newer})"),
    "assignment.how_to_answer": (
        'Beantwoorden: leeslamp schrijf --opdracht {assignment_id} --vraag N "je antwoord"',
        'To answer: leeslamp write --assignment {assignment_id} --question N "your answer"',
    ),
    "assignment.unknown_id": (
        "Een leesopdracht '{wanted}' heb je niet. Je leesopdrachten: {known}.",
        "You have no assignment '{wanted}'. Your assignments: {known}.",
    ),
    "assignment.unknown_id_none": (
        "Een leesopdracht '{wanted}' heb je niet. Je hebt nog geen leesopdrachten ingelezen.",
        "You have no assignment '{wanted}'. You have not imported any assignments yet.",
    ),
    "assignment.short_id": (
        "'{wanted}' is te kort: typ minstens {least} tekens van het id. Je leesopdrachten: {known}.",
        "'{wanted}' is too short: type at least {least} characters of the id. Your assignments: {known}.",
    ),
    "assignment.ambiguous_id": (
        "'{wanted}' past bij meer dan één leesopdracht. Typ meer van het id. Je leesopdrachten: {known}.",
        "'{wanted}' matches more than one assignment. Type more of the id. Your assignments: {known}.",
    ),
    "assignment.no_such_question": (
        "Een vraag {number} is er niet: deze leesopdracht heeft de vragen 1 tot en met {total}.",
        "There is no question {number}: this assignment has questions 1 to {total}.",
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
    # issue 15: a new version keeps the answers to reworded questions, and says which moved
    "assignment.moved_head": (
        "Wat er met je antwoorden gebeurt:",
        "What happens to your answers:",
    ),
    "assignment.moved_reworded": (
        "vraag {old} is anders verwoord; je antwoord telt nog.",
        "question {old} is worded differently; your answer still counts.",
    ),
    "assignment.moved_renumbered": (
        "je antwoord op vraag {old} telt nu bij vraag {new}.",
        "your answer to question {old} now counts for question {new}.",
    ),
    "assignment.moved_reworded_renumbered": (
        "je antwoord op vraag {old} telt nu bij vraag {new}, die anders verwoord is.",
        "your answer to question {old} now counts for question {new}, which is worded differently.",
    ),
    "assignment.moved_gone": (
        "vraag {old} staat niet meer in de leesopdracht. Je antwoord blijft in je dagboek, maar gaat niet mee in je antwoordbestand.",
        "question {old} is no longer in the assignment. Your answer stays in your journal, "
        "but does not go into your answer file.",
    ),
    # issue 15: what a coach's computer puts in an assignment file
    "assignment.toml.curly_quote": (
        "geen geldige TOML (kolom {column}): hier staat een gekruld aanhalingsteken {char}, "
        "zoals Word of een mailprogramma ze maakt. Vervang het door een recht aanhalingsteken "
        '("), ook aan het eind van de tekst.',
        "not valid TOML (column {column}): there is a curly quote {char} here, as Word or a "
        'mail program makes them. Replace it with a straight quote ("), at the end of the '
        "text too.",
    ),
    "assignment.date_order": (
        "de datum {value} kan ik niet lezen: schrijf {iso} (jaar-maand-dag, zonder aanhalingstekens).",
        "I can't read the date {value}: write {iso} (year-month-day, without quotes).",
    ),
    "assignment.no_coach": (
        'er staat geen coach in. Zet je naam erbij, zoals: coach = "Marieke". Aan titel en coach herkent leeslamp een verbeterde versie van je leesopdracht.',
        'there is no coach in it. Add your name, like: coach = "Marieke". By title and coach '
        "leeslamp recognises a corrected version of your assignment.",
    ),
    # changing an existing assignment, saved as its next version (issue 15)
    "compose.key.open": ("Leesopdracht openen", "Open an assignment"),
    "compose.key.new": ("Nieuwe leesopdracht", "New assignment"),
    "compose.title_change": ("{file} aanpassen", "Changing {file}"),
    "compose.open_title": ("Een leesopdracht openen", "Open an assignment"),
    "compose.open_intro": (
        "Kies het bestand met de leesopdracht (.toml) dat je wilt aanpassen. Enter opent een map of kiest "
        "het bestand, Backspace gaat een map omhoog.",
        "Choose the assignment file (.toml) to change. Enter opens a folder or chooses the "
        "file, Backspace goes a folder up.",
    ),
    "compose.open_failed": (
        "{path} kan ik niet openen:\n{problems}",
        "I can't open {path}:\n{problems}",
    ),
    "compose.opened": (
        "Je past {file} aan. Titel en coach blijven gelijk: zo zien lezers dit als een nieuwe "
        "versie. Bewaren maakt {new}; {file} zelf blijft zoals het is.",
        "You are changing {file}. Title and coach stay the same: that is how readers see this as "
        "a new version. Saving makes {new}; {file} itself stays as it is.",
    ),
    "compose.version_original": (
        "Dit is het bestand dat je aanpast: {file} blijft zoals het is. Kies een andere naam.",
        "This is the file you are changing: {file} stays as it is. Choose another name.",
    ),
    "compose.version_unchanged": (
        "Er is nog niets veranderd ten opzichte van {file}: dan is er geen nieuwe versie.",
        "Nothing has changed yet compared with {file}: so there is no new version.",
    ),
    "compose.version_other_series": (
        "Titel en coach moeten gelijk blijven aan {file}, anders is het geen nieuwe versie.",
        "Title and coach must stay as in {file}, or it is not a new version.",
    ),
    "compose.version_comment": (
        "Nieuwe versie van {file} (leesopdracht {id}), gemaakt op {day}.",
        "New version of {file} (assignment {id}), made on {day}.",
    ),
}
