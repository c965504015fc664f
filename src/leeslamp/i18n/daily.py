"""Strings of Today (Vandaag), the daily question, the morning mode (Ochtend), prompts.

Keys: `today.*`, `morning.*`, `prompt.*`, `intention.*` (the morning intention).
Each value is (nl, en); `AREAS` in `leeslamp.i18n` says which module holds a prefix.
"""

STRINGS: dict[str, tuple[str, str]] = {
    # the Vandaag screen and leeslamp vandaag
    "today.key.write": ("Schrijven", "Write"),
    "today.key.leave_text": ("Klaar met schrijven", "Done writing"),
    "today.key.another": ("Andere vraag", "Another question"),
    "today.answer_kept": (
        "Je antwoord op de vorige vraag is bewaard. Je vindt het in je dagboek (d).",
        "Your answer to the previous question is saved. You'll find it in your journal (d).",
    ),
    "today.key.article": ("Artikel bij de vraag lezen", "Read the question's article"),
    "today.key.resume": ("Verder lezen", "Continue reading"),
    "today.key.look_back": ("Volgende terugblik", "Next look back"),
    "today.key.assignment": ("Lezen voor je leesopdracht", "Read for your assignment"),
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
    "today.deadline": ("inleverdatum {date} · {left}", "due {date} · {left}"),
    "today.deadline_days": ("nog {days} dagen", "{days} days left"),
    "today.deadline_one": ("nog 1 dag", "1 day left"),
    "today.deadline_today": ("vandaag is de laatste dag", "today is the last day"),
    "today.no_deadline": ("geen inleverdatum", "no deadline"),
    "today.assignment_next": (
        "p: lees voor vraag {number} ({title})",
        "p: read for question {number} ({title})",
    ),
    "today.assignment_more": (
        "en nog {count} andere leesopdrachten",
        "and {count} more assignments",
    ),
    "today.assignment_more_one": ("en nog 1 andere leesopdracht", "and 1 more assignment"),
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
    "today.prompts_skipped.one": (
        "1 dagvraag overgeslagen: leeslamp vandaag zegt waarom.",
        "1 daily question skipped: leeslamp today says why.",
    ),
    # the Ochtend screen
    "morning.key.back": ("Terug", "Back"),
    "morning.key.timer": (
        "Schrijftijd: 5, 10, 20 minuten of uit",
        "Writing timer: 5, 10, 20 minutes or off",
    ),
    "morning.placeholder": ("Schrijf maar.", "Just write."),
    # the line of keys at the bottom, the most needed first: what does not fit is left out,
    # and the help lists every key (Ctrl+N, Ctrl+O too)
    "morning.hint.back": ("Esc terug", "Esc back"),
    "morning.hint.timer": ("Ctrl+R tijd", "Ctrl+R timer"),
    "morning.hint.versions": ("Ctrl+L versies", "Ctrl+L versions"),
    "morning.hint.help": ("F1 hulp", "F1 help"),
    "morning.words": ("{count} woorden", "{count} words"),
    "morning.word": ("1 woord", "1 word"),
    "morning.timer_left": ("nog {minutes} min", "{minutes} min left"),
    "morning.timer_done": ("de tijd is om", "time is up"),
    "today.help.json": (
        "uitvoer als JSON, voor scripts: date, answered (al beantwoord), prompt.id, prompt.text, "
        "prompt.discipline (null bij een vraag van je coach), prompt.assignment en coach (null "
        "bij een eigen vraag)",
        "output as JSON, for scripts: date, answered (answered already), prompt.id, prompt.text, "
        "prompt.discipline (null for a question from your coach), prompt.assignment and coach "
        "(null for a question of your own)",
    ),
    "today.discipline": ("Discipline: {label}", "Discipline: {label}"),
    "today.factor": ("Lerende cultuur: {label}", "Learning culture: {label}"),
    "today.article": (
        "Bij het artikel: {title} (leeslamp lees {article_id})",
        "With the article: {title} (leeslamp read {article_id})",
    ),
    # the prompt bank (daily/prompts/*.toml)
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
    # --- the morning intention (issue 18, §2) -----------------------------------------------
    "prompt.problem.bad_kind": (
        "de soort '{value}' ken ik niet; kies uit {known}.",
        "the kind '{value}' is unknown; choose from {known}.",
    ),
    "intention.morning_title": (
        "Tot slot, als je wilt, een voornemen (Tab):",
        "To close, if you like, an intention (Tab):",
    ),
    "intention.placeholder": (
        "Eén regel, of laat het leeg. Enter: klaar.",
        "One line, or leave it empty. Enter: done.",
    ),
    "intention.today_title": ("Je voornemen", "Your intention"),
    "intention.today_none": (
        "Nog geen voornemen voor vandaag: de ochtendmodus (o) sluit ermee af.",
        "No intention for today yet: the morning mode (o) ends with one.",
    ),
    "intention.yesterday": ("Gisteren nam je je voor:", "Yesterday you intended:"),
    "intention.ask_outcome": (
        "Hoe ging het? v: gelukt, deels of niet",
        "How did it go? v: it worked, partly or not",
    ),
    "intention.outcome_said": (
        "Hoe het ging: {outcome} · v: anders",
        "How it went: {outcome} · v: change",
    ),
    "intention.outcome_line": ("Hoe het ging: {outcome}", "How it went: {outcome}"),
    "intention.outcome.gelukt": ("gelukt", "it worked"),
    "intention.outcome.deels": ("deels", "partly"),
    "intention.outcome.niet": ("niet gelukt", "it did not work"),
    "intention.key.outcome": ("Zeggen hoe je voornemen ging", "Say how your intention went"),
    "intention.no_yesterday": (
        "Gisteren had je geen voornemen.",
        "You had no intention yesterday.",
    ),
    "intention.morning_ask": ("hoe ging het? Ctrl+O", "how did it go? Ctrl+O"),
    "intention.morning_said": ("{outcome} · Ctrl+O: anders", "{outcome} · Ctrl+O: change"),
    # Vandaag in read-only mode: the empty answer box says why you can't write (issue 14, §10)
    "today.answer_read_only.locked": (
        "Alleen-lezen: je dagboek is open in een andere leeslamp. Schrijven kan hier nu niet.",
        "Read-only: your journal is open in another leeslamp. You can't write here now.",
    ),
    "today.answer_read_only.folder": (
        "Alleen-lezen: ik kan niet schrijven in de map van je dagboek. Schrijven kan hier nu niet.",
        "Read-only: I can't write in your journal's folder. You can't write here now.",
    ),
    # the ochtend mode's writing timer of your own length (issue 14, §11)
    "morning.key.own_timer": ("Eigen schrijftijd", "Timer of your own"),
    "morning.minutes_title": (
        "Hoeveel minuten wil je schrijven?",
        "How many minutes do you want to write?",
    ),
    "morning.minutes_placeholder": (
        "{shortest} tot en met {longest}, dan Enter",
        "{shortest} to {longest}, then Enter",
    ),
    "morning.minutes_refused": (
        "'{value}' gaat niet: kies een heel aantal minuten, {shortest} tot en met {longest}.",
        "'{value}' won't do: choose a whole number of minutes, {shortest} to {longest}.",
    ),
    # questions that come back, and the earlier answer beside the new one (issue 16 §4)
    "today.again": (
        "Je beantwoordde deze vraag op {date}",
        "You answered this question on {date}",
    ),
    "today.key.earlier": ("Eerder antwoord", "Earlier answer"),
    "today.again_title": ("Je antwoord van {date}", "Your answer of {date}"),
    "today.again_added": ("{count} woorden erbij", "{count} words added"),
    "today.again_added.one": ("1 woord erbij", "1 word added"),
    "today.again_removed": ("{count} woorden eraf", "{count} words removed"),
    "today.again_removed.one": ("1 woord eraf", "1 word removed"),
    "today.again_same": ("Je schreef precies hetzelfde.", "You wrote exactly the same."),
    "today.again_legend": (
        "onderstreept: erbij · doorgestreept: eraf",
        "underlined: added · struck through: removed",
    ),
    "today.again_before_answer": (
        "Zo schreef je het toen. Schrijf je antwoord van vandaag, dan zie je wat er veranderde.",
        "This is how you wrote it then. Write today's answer and you'll see what changed.",
    ),
}
