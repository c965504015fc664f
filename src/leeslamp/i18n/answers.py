"""Strings of answers to assignments: the answers screen, the answer file, the overview.

Keys: `answers.*`, `bundle.*`, `overview.*`.
Each value is (nl, en); `AREAS` in `leeslamp.i18n` says which module holds a prefix.
"""

STRINGS: dict[str, tuple[str, str]] = {
    "answers.title": ("Antwoordbestand maken: {title}", "Make the answer file: {title}"),
    "answers.intro": (
        "Kies welke naam erin staat en waar het bestand komt. Hieronder staat precies wat erin komt: je antwoorden op deze leesopdracht, niets anders uit je dagboek.",
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
    "answers.need_path": (
        "Waar moet het bestand komen? Vul een plek in.",
        "Where should the file go? Fill in a place.",
    ),
    "answers.nothing_answered": (
        "Let op: je hebt nog geen vraag van deze leesopdracht beantwoord.",
        "Note: you have not answered any question of this assignment yet.",
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
        "Verslag: alle antwoorden per vraag",
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
    "overview.screen.key.report": ("Verslag", "Report"),
    "overview.screen.key.save": ("Bewaren", "Save"),
    # the answer file (bundle)
    "bundle.md_title": ("Antwoorden: {title}", "Answers: {title}"),
    "bundle.md_reader": ("Van", "From"),
    "bundle.no_name": ("(geen naam)", "(no name)"),
    "bundle.md_reader_id": ("Lezer-id", "Reader id"),
    "bundle.md_coach": ("Coach", "Coach"),
    "bundle.md_assignment": ("Leesopdracht", "Assignment"),
    "bundle.md_exported": ("Gemaakt op", "Made on"),
    "bundle.md_contents": (
        "Dit bestand bevat de leesopdracht zoals je coach die schreef, je naam, een willekeurig lezer-id (zodat je coach twee mensen met dezelfde naam uit elkaar houdt) en je antwoorden hieronder. Verder niets uit je dagboek.",
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
        "let op: je hebt nog geen enkele vraag van deze leesopdracht beantwoord.",
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
        "Je instellingenbestand {path} kan ik niet lezen ({reason}), dus ook je lezer-id niet. Verbeter het bestand of zet het opzij, en probeer het opnieuw.",
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
    "bundle.id_mismatch": (
        "de vragen horen niet bij leesopdracht {stated}: het bestand is veranderd nadat het gemaakt werd.",
        "the questions do not belong to assignment {stated}: the file was changed after it was made.",
    ),
    "bundle.questions_mismatch": (
        "de antwoorden passen niet bij de vragen van de leesopdracht.",
        "the answers do not match the assignment's questions.",
    ),
    # the coach's overview
    "overview.heading": (
        "{title} (leesopdracht {assignment_id})",
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
        "hoort bij een andere leesopdracht: “{title}” ({id}).",
        "belongs to another assignment: “{title}” ({id}).",
    ),
    "overview.duplicate": (
        "een ouder antwoordbestand van {reader}; het nieuwste telt: {kept}.",
        "an older answer file from {reader}; the newest counts: {kept}.",
    ),
    "overview.same_time_edited": (
        "een met de hand bewerkt antwoordbestand van {reader}, gemaakt op hetzelfde moment als "
        "{kept}; het onbewerkte telt.",
        "an answer file from {reader} edited by hand, made at the same moment as {kept}; the "
        "unedited one counts.",
    ),
    "overview.same_time": (
        "een ander antwoordbestand van {reader}, gemaakt op hetzelfde moment; welk het "
        "nieuwste is, kan ik niet zien, dus het eerste telt: {kept}.",
        "another answer file from {reader}, made at the same moment; I can't tell which is "
        "newer, so the first one counts: {kept}.",
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
    "overview.md_deadline": ("Inleverdatum", "Due"),
    "overview.md_readers": ("Lezers", "Readers"),
    "overview.md_skipped": ("Overgeslagen bestanden", "Skipped files"),
    "overview.md_missing": ("Nog geen antwoord van: {readers}.", "No answer yet from: {readers}."),
    # limits on an answer file (limits.py)
    "bundle.too_long": (
        "'{what}' is {length} tekens lang; er mogen er hooguit {limit} zijn.",
        "'{what}' is {length} characters long; it may have at most {limit}.",
    ),
    # the dialogue map (issue 15, §3): aandacht notes in the answer file, the group's passages
    "bundle.md_notes": ("Aandachtnotities", "Attention notes"),
    "bundle.md_notes_contents": (
        "Je koos ervoor je aandachtnotities bij de artikelen van deze leesopdracht mee te sturen. Alleen deze gaan mee.",
        "You chose to send your attention notes on this assignment's articles. "
        "Only these go along.",
    ),
    "bundle.md_notes_none": (
        "Je hebt nog geen aandachtnotities bij de artikelen van deze leesopdracht.",
        "You have no attention notes on this assignment's articles yet.",
    ),
    "bundle.md_note_passage": ("Passage:", "Passage:"),
    "bundle.md_note_text": ("Je notitie:", "Your note:"),
    "bundle.md_note_empty": ("(alleen gemarkeerd, zonder tekst)", "(marked only, no text)"),
    "bundle.notes_going": (
        "{count} aandachtnotities gaan mee (hierboven, onder Aandachtnotities).",
        "{count} attention notes go along (above, under Attention notes).",
    ),
    "bundle.notes_going_one": (
        "1 aandachtnotitie gaat mee (hierboven, onder Aandachtnotities).",
        "1 attention note goes along (above, under Attention notes).",
    ),
    "bundle.notes_stay": (
        "Je aandachtnotities blijven thuis; met --met-aandacht gaan die bij deze artikelen mee.",
        "Your attention notes stay home; with --with-notes those on these articles go along.",
    ),
    "answers.notes": (
        "Ook mijn aandachtnotities bij deze artikelen meesturen",
        "Also send my attention notes on these articles",
    ),
    "answers.intro_notes": (
        "Kies welke naam erin staat en waar het bestand komt. Hieronder staat precies wat erin komt: je antwoorden op deze leesopdracht en je aandachtnotities bij haar artikelen, niets anders uit je dagboek.",
        "Choose which name the file carries and where it goes. Below is exactly what goes into "
        "it: your answers to this assignment and your attention notes on its articles, nothing "
        "else from your journal.",
    ),
    "dialogue.title": ("Dialoogkaart", "Dialogue map"),
    "dialogue.md_intro": (
        "De passages waar de groep aandacht voor had, per artikel; de meest genoemde eerst.",
        "The passages the group noted, per article; the most-noted first.",
    ),
    "dialogue.readers": ("{count} lezers", "{count} readers"),
    "dialogue.readers_one": ("1 lezer", "1 reader"),
    "dialogue.not_placed": (
        "{readers}, niet meer te vinden in het artikel",
        "{readers}, no longer found in the article",
    ),
    "overview.screen.key.map": ("Dialoogkaart", "Dialogue map"),
    "dialogue.screen.none": (
        "Niemand stuurde aandachtnotities mee. Een lezer doet dat met het vinkje bij "
        "Antwoorden maken, of met --met-aandacht.",
        "Nobody sent attention notes along. A reader does so with the checkbox in Make the "
        "answer file, or with --with-notes.",
    ),
    "dialogue.screen.article": (
        "{title} · passage {number} van {total}",
        "{title} · passage {number} of {total}",
    ),
    "dialogue.screen.missing": (
        "Dit artikel staat niet in je bibliotheek: hier staan alleen de passages zelf.",
        "This article is not in your library: only the passages themselves are shown here.",
    ),
    "dialogue.screen.unplaced": (
        "Niet meer in het artikel te vinden:",
        "No longer found in the article:",
    ),
    "dialogue.screen.no_notes": (
        "Niemand schreef er iets bij.",
        "Nobody wrote anything with it.",
    ),
    "dialogue.screen.key.next": ("Volgende passage", "Next passage"),
    "dialogue.screen.key.previous": ("Vorige passage", "Previous passage"),
    # issue 15: never overwrite or drop a reader; versions; files edited by hand
    "bundle.target_taken": (
        "{path} bestaat al en is niet je eigen antwoordbestand. Ik schrijf er niet overheen: "
        "kies een andere naam of een andere map.",
        "{path} already exists and is not your own answer file. I won't write over it: "
        "choose another name or another folder.",
    ),
    "bundle.target_other_reader": (
        "{path} is het antwoordbestand van iemand anders ({reader}). Ik schrijf er niet "
        "overheen: kies een andere naam of een andere map.",
        "{path} is someone else's answer file ({reader}). I won't write over it: choose "
        "another name or another folder.",
    ),
    "bundle.target_edited": (
        "{path} is je eigen antwoordbestand, maar het is met de hand bewerkt. Ik schrijf er "
        "niet overheen, anders ben je die woorden kwijt: kies een andere naam of zet het "
        "bestand eerst opzij.",
        "{path} is your own answer file, but it was edited by hand. I won't write over it, "
        "or those words would be lost: choose another name or move the file aside first.",
    ),
    "bundle.target_newer": (
        "{path} is nieuwer dan wat je nu maakt (gemaakt op {made}). Ik schrijf er niet "
        "overheen: kies een andere naam.",
        "{path} is newer than what you are making now (made on {made}). I won't write over "
        "it: choose another name.",
    ),
    "bundle.replaces": (
        "Dit vervangt je eigen oudere antwoordbestand van {made}.",
        "This replaces your own older answer file from {made}.",
    ),
    "overview.edited": ("met de hand bewerkt", "edited by hand"),
    "overview.edited_list": (
        "Met de hand bewerkt (de controlesom klopt niet, de antwoorden tellen mee): {readers}.",
        "Edited by hand (the checksum does not match, the answers count): {readers}.",
    ),
    "overview.version": ("versie {number}", "version {number}"),
    "overview.versions": (
        "Versies van deze leesopdracht: {versions}. De vragen staan in de nieuwste woorden.",
        "Versions of this assignment: {versions}. The questions are in the newest wording.",
    ),
    "overview.version_item": ("{label} ({id})", "{label} ({id})"),
    "overview.only_in": ("alleen in {versions}", "only in {versions}"),
    "overview.asked_as": (
        "{version}, de vraag was: “{text}”",
        "{version}, the question was: “{text}”",
    ),
    "overview.empty_folder": (
        "in deze map staan geen antwoordbestanden (.json).",
        "this folder holds no answer files (.json).",
    ),
    "answers.exists_again": (
        "Druk nog eens op Schrijven als dat goed is.",
        "Press Write it again if that is right.",
    ),
    # the report as a page to print (report_html.py, issue 15)
    "overview.report_ending": (
        "{path}: het verslag wordt een .md-bestand (Markdown) of een .html-bestand (een pagina om "
        "te printen). Kies een naam die daarop eindigt.",
        "{path}: the report becomes a .md file (Markdown) or an .html file (a page to print). "
        "Choose a name that ends in one of those.",
    ),
    "overview.screen.save_html": (
        "Eindigt de naam op .html, dan wordt het een pagina om te printen.",
        "A name that ends in .html makes a page to print.",
    ),
    # the overview's file picker (issue 15)
    "overview.screen.picker_title": ("Antwoordbestanden kiezen", "Choose answer files"),
    "overview.screen.picker_intro": (
        "Spatie kiest een map of een bestand (nog eens: weer weg). Enter opent een map, "
        "Backspace gaat een map omhoog. o leest wat je koos, of de map waar je op staat.",
        "Space chooses a folder or a file (again: unchosen). Enter opens a folder, Backspace "
        "goes a folder up. o reads what you chose, or the folder you are on.",
    ),
}
