"""Strings of the journal: its screen, the trash, `leeslamp schrijf`/`herstel`, damage.

Keys: `journal.*`, `trash.*`, `entrykind.*`, `write.*`, `restore.*`.
Each value is (nl, en); `AREAS` in `leeslamp.i18n` says which module holds a prefix.
"""

STRINGS: dict[str, tuple[str, str]] = {
    # the Dagboek (every entry), deleting and the Prullenbak
    "journal.key.show": ("Dagboek", "Journal"),
    "journal.key.open": ("Openen", "Open"),
    "journal.key.delete": ("Weggooien", "Delete"),
    "journal.key.undo": ("Terughalen", "Undo delete"),
    "journal.key.trash": ("Prullenbak", "Trash"),
    "journal.key.article": ("Artikel", "Article"),
    "journal.key.kind": ("Soort", "Kind"),
    "journal.key.back": ("Terug", "Back"),
    "journal.key.read": ("Artikel lezen", "Read the article"),
    "journal.help_name": ("Dagboek", "Journal"),
    "journal.cmd_help": (
        "Alles wat je schreef, nieuwste eerst",
        "Everything you wrote, newest first",
    ),
    "journal.title": ("Dagboek", "Journal"),
    "journal.count": ("{shown} van {total} stukken", "{shown} of {total} entries"),
    "journal.count_one": ("{shown} van 1 stuk", "{shown} of 1 entry"),
    "journal.loading": ("je dagboek wordt geladen…", "loading your journal…"),
    "journal.read_only": ("alleen-lezen", "read-only"),
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
    "journal.entry.assignment": (
        "Vraag uit een leesopdracht: {text}",
        "Assignment question: {text}",
    ),
    "journal.entry.quote": ("Bij: \u201c{quote}\u201d", "On: \u201c{quote}\u201d"),
    "journal.entry.edited": ("bewerkt {moment}", "edited {moment}"),
    "journal.entry.gone": (
        "Dit stuk staat niet meer in je dagboek.",
        "This entry is no longer in your journal.",
    ),
    "journal.confirm.title": ("Weggooien?", "Delete?"),
    "journal.confirm.text": (
        "Je kunt het 30 dagen terughalen uit de prullenbak.",
        "You can get it back from the trash for 30 days.",
    ),
    "journal.deleted": (
        "Weggegooid. Druk op u om het terug te halen.",
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
        "Je dagboek is alleen-lezen geopend: weggooien en terughalen kan nu niet.",
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
    "journal.locked": (
        "Je dagboek ({path}) is al open in een andere leeslamp. Sluit die eerst, of open dit dagboek alleen-lezen.",
        "Your journal ({path}) is already open in another leeslamp. Close that one first, or open this journal read-only.",
    ),
    "journal.locked_cli": (
        "Je dagboek is open in een andere leeslamp en bleef dat {seconds} seconden. Sluit die en probeer het opnieuw; je tekst is niet bewaard.",
        "Your journal is open in another leeslamp and stayed so for {seconds} seconds. Close it and try again; your text was not saved.",
    ),
    "journal.unreadable": (
        "Je dagboek {path} is niet te lezen ({reason}). Er is niets aan je dagboek veranderd. Nieuwste goede back-up: {backup} (terugzetten met: leeslamp herstel).",
        "Your journal {path} cannot be read ({reason}). Nothing in it was changed. Newest good backup: {backup} (restore with: leeslamp restore).",
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
        "Je dagboek {path} is gemaakt door een nieuwere leeslamp. Werk leeslamp bij; er is niets aan je dagboek veranderd. Nieuwste goede back-up: {backup}.",
        "Your journal {path} was made by a newer leeslamp. Update leeslamp; nothing in the file was changed. Newest good backup: {backup}.",
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
        "Dit dagboek is alleen-lezen geopend: je kunt er niets aan toevoegen.",
        "This journal was opened read-only: you can't add anything to it.",
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
    "entrykind.aandacht": ("aandachtnotitie", "attention note"),
    "entrykind.dagvraag": ("dagvraag", "daily question"),
    "entrykind.antwoord": ("antwoord", "answer"),
    # leeslamp schrijf, and saving from the app
    "write.empty": (
        "Er is geen tekst om te bewaren. Geef hem mee, of gebruik - om hem van standaardinvoer te lezen.",
        "There is no text to save. Pass it along, or use - to read it from standard input.",
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
    # leeslamp herstel: counts before replacing, asks first, keeps what the backup lacks
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
    "restore.log_kept.one": (
        "Het logboek ernaast is wel te lezen: de 1 wijziging daarin komt bovenop de back-up.",
        "The log beside it can be read: its 1 change goes on top of the backup.",
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
    "write.need_both": (
        "Geef bij een antwoord zowel --opdracht ID als --vraag N.",
        "For an answer, give both --assignment ID and --question N.",
    ),
    "write.kind_with_assignment": (
        "--soort kan niet samen met --opdracht: een antwoord op een leesopdracht is altijd een antwoord.",
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
    # --- the morning intention (issue 18, §2) -----------------------------------------------
    "entrykind.voornemen": ("voornemen", "intention"),
    # the Dagboek at 80x24: the delete question names the entry, a preview, / to Zoeken (issue 14)
    "journal.confirm.what": ("{kind} van {moment}: “{words}”", "{kind} of {moment}: “{words}”"),
    "journal.key.search": ("Zoeken", "Search"),
    # --- versions of every text (issue 16 §1) ---------------------------------------------------
    "journal.no_such_version": (
        "Stuk {entry_id} heeft geen versie {number}: kies een nummer van 1 tot en met {count}.",
        "Entry {entry_id} has no version {number}: choose a number from 1 to {count}.",
    ),
    # --- finding an entry by its id, `geschiedenis` and `bewerk` (issue 16 §1, §2) ------------
    "journal.id_short": (
        "'{wanted}' is te kort: typ minstens {least} tekens van het id.",
        "'{wanted}' is too short: type at least {least} characters of the id.",
    ),
    "journal.id_ambiguous": (
        "'{wanted}' past bij {count} stukken: {known}. Typ meer van het id.",
        "'{wanted}' matches {count} entries: {known}. Type more of the id.",
    ),
    "journal.id_unknown": (
        "Er is geen stuk met een id dat begint met '{wanted}'. De id's staan bij leeslamp zoek --json.",
        "There is no entry whose id starts with '{wanted}'. The ids are in leeslamp search --json.",
    ),
    "journal.id_in_trash": (
        "Stuk {entry_id} ligt in de prullenbak. Haal het eerst terug: in de app, in het Dagboek (p).",
        "Entry {entry_id} is in the trash. Bring it back first: in the app, in the Journal (p).",
    ),
    "history.head": ("Versie {number} · {saved}", "Version {number} · {saved}"),
    "history.head_current": ("Versie {number} (nu) · {saved}", "Version {number} (now) · {saved}"),
    "history.how_to_restore": (
        "Een eerdere versie haal je terug met: leeslamp geschiedenis {entry_id} --terug N",
        "Bring back an earlier version with: leeslamp history {entry_id} --restore N",
    ),
    "history.restored": (
        "Versie {number} is weer je tekst. Wat er stond, is bewaard als versie {kept} (leeslamp geschiedenis {entry_id}).",
        "Version {number} is your text again. What was there is kept as version {kept} (leeslamp history {entry_id}).",
    ),
    "history.already_current": (
        "Versie {number} is al je tekst: er is niets veranderd.",
        "Version {number} is already your text: nothing changed.",
    ),
    "edit.saved": (
        "Bewaard ({kind}, {entry_id}). Je vorige tekst is versie {kept} (leeslamp geschiedenis {entry_id}).",
        "Saved ({kind}, {entry_id}). Your previous text is version {kept} (leeslamp history {entry_id}).",
    ),
    "edit.unchanged": (
        "De tekst is niet veranderd; er is niets bewaard.",
        "The text did not change; nothing was saved.",
    ),
    "edit.empty": (
        "Een lege tekst bewaar ik niet; je tekst blijft zoals hij was. Wil je het stuk weg, gooi het dan in de app in de prullenbak (Dagboek).",
        "I don't save an empty text; your text stays as it was. To remove the entry, move it to the trash in the app (Journal).",
    ),
    "edit.no_editor": (
        "Er is geen editor ingesteld. Zet VISUAL of EDITOR (bijvoorbeeld: export EDITOR=nano), of geef de nieuwe tekst mee.",
        "No editor is set. Set VISUAL or EDITOR (for example: export EDITOR=nano), or pass the new text along.",
    ),
    "edit.editor_bad": (
        "Ik kan {name} niet lezen als commando: {value}. Kijk de aanhalingstekens na.",
        "I can't read {name} as a command: {value}. Check the quotes.",
    ),
    "edit.editor_not_found": (
        "De editor '{editor}' is niet te vinden of te starten. Kijk VISUAL of EDITOR na; er is niets veranderd.",
        "The editor '{editor}' can't be found or started. Check VISUAL or EDITOR; nothing changed.",
    ),
    "edit.editor_failed": (
        "De editor '{editor}' stopte met een fout (code {code}); er is niets bewaard.",
        "The editor '{editor}' stopped with an error (code {code}); nothing was saved.",
    ),
    "edit.editor_removed": (
        "De editor '{editor}' liet geen tekst achter; er is niets bewaard.",
        "The editor '{editor}' left no text behind; nothing was saved.",
    ),
    "edit.app_has_it": (
        "Je dagboek is open in een andere leeslamp. Sluit die eerst; dan kun je hier bewerken.",
        "Your journal is open in another leeslamp. Close it first; then you can edit here.",
    ),
    "edit.kept_aside": (
        "Je bewerkte tekst is niet weg: hij staat in {path}. Zet hem erin met: leeslamp bewerk {entry_id} - < {path}",
        "Your edited text is not lost: it is in {path}. Put it in with: leeslamp edit {entry_id} - < {path}",
    ),
    "write.app_has_it": (
        "Je dagboek is open in een andere leeslamp. Sluit die eerst; dan kun je hier schrijven.",
        "Your journal is open in another leeslamp. Close it first; then you can write here.",
    ),
    "write.kept_aside": (
        "Je tekst is niet weg: hij staat in {path}. Zet hem erin met: leeslamp schrijf - < {path}",
        "Your text is not lost: it is in {path}. Put it in with: leeslamp write - < {path}",
    ),
    "edit.kept_on_screen": (
        "Ook apart zetten lukte niet. Je bewerkte tekst staat hierboven: kopieer hem voor je verdergaat.",
        "Keeping it aside failed too. Your edited text is shown above: copy it before you go on.",
    ),
    # schrijf --datum: an entry for a day gone by (issue 16 §3)
    "write.date_future": (
        "{date} is nog niet geweest. Kies met --datum vandaag of een dag die voorbij is.",
        "{date} hasn't come yet. With --date, choose today or a day that has passed.",
    ),
    "write.date_with_assignment": (
        "--datum gaat niet samen met --opdracht: een antwoord voor je coach krijgt de dag van vandaag.",
        "--date doesn't go with --assignment: an answer for your coach gets today's date.",
    ),
    # a locked journal (issue 17 §2): a locked file that does not open
    "journal.damage.sealed": (
        "het is versleuteld, maar gaat niet meer open (beschadigd of afgebroken)",
        "it is encrypted, but no longer opens (damaged or cut off)",
    ),
}
