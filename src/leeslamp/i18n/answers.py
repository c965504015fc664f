"""Strings of answers to assignments: the answers screen, the answer file, the overview.

Keys: `answers.*`, `bundle.*`, `overview.*`.
Each value is (nl, en); `AREAS` in `leeslamp.i18n` says which module holds a prefix.
"""

STRINGS: dict[str, tuple[str, str]] = {
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
