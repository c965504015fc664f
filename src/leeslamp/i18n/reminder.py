"""Strings for the reminder at the shell (issue 16, §6): `leeslamp vandaag --herinnering` and
`leeslamp herinnering`.

Keys: `reminder.*`.
"""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "reminder.line": ("Vandaag: {question} · leeslamp", "Today: {question} · leeslamp"),
    "reminder.help.flag": (
        "één regel met de vraag van vandaag zolang je die nog niet beantwoordde, anders niets "
        "(voor het startbestand van je shell: zie leeslamp herinnering)",
        "one line with today's question while you have not answered it, else nothing "
        "(for your shell's start file: see leeslamp reminder)",
    ),
    "reminder.alone": (
        "--herinnering gaat niet samen met --json of --datum: het is één regel, voor vandaag.",
        "--reminder does not go with --json or --date: it is one line, for today.",
    ),
    "reminder.cmd": (
        "toon hoe je terminal je aan de vraag van vandaag herinnert (en een melding via cron)",
        "show how your terminal reminds you of today's question (and a notification by cron)",
    ),
    "reminder.help.install": (
        "zet de regel zelf in het startbestand van je shell (leeslamp vraagt het eerst)",
        "add the line to your shell's start file yourself (leeslamp asks first)",
    ),
    "reminder.intro": (
        "Zet deze regel onderaan {file}. Dan toont elke nieuwe terminal de vraag van vandaag, "
        "zolang je die nog niet beantwoordde:",
        "Put this line at the end of {file}. Then every new terminal shows today's question, "
        "while you have not answered it yet:",
    ),
    "reminder.no_shell": (
        "Welke shell je gebruikt, zie ik niet ($SHELL is leeg). Voor bash is het deze regel, "
        "in {file}:",
        "I cannot tell which shell you use ($SHELL is empty). For bash it is this line, in {file}:",
    ),
    "reminder.unknown_shell": (
        "Je shell ({shell}) ken ik niet: ik ken bash, zsh en fish. Voor bash is het deze regel, "
        "in {file}:",
        "I do not know your shell ({shell}): I know bash, zsh and fish. For bash it is this "
        "line, in {file}:",
    ),
    "reminder.install_hint": (
        "Of laat leeslamp hem toevoegen: leeslamp herinnering --installeer",
        "Or let leeslamp add it: leeslamp reminder --install",
    ),
    "reminder.installed_already": (
        "Die regel staat al in {file}.",
        "That line is in {file} already.",
    ),
    "reminder.cron_intro": (
        "Liever een melding op je bureaublad, elke ochtend om negen uur? Zet deze regel in je "
        "crontab (crontab -e):",
        "Rather a notification on your desktop, every morning at nine? Put this line in your "
        "crontab (crontab -e):",
    ),
    "reminder.no_notify": (
        "Een melding op je bureaublad kan met notify-send, maar dat vind ik hier niet "
        "(op Debian en Ubuntu zit het in het pakket libnotify-bin).",
        "A notification on your desktop works with notify-send, but I cannot find it here "
        "(on Debian and Ubuntu it comes in the package libnotify-bin).",
    ),
    "reminder.comment": (
        "# leeslamp: de vraag van vandaag bij elke nieuwe terminal",
        "# leeslamp: today's question in every new terminal",
    ),
    "reminder.ask": ("Deze regel toevoegen aan {file}? [j/n] ", "Add this line to {file}? [y/n] "),
    "reminder.added": (
        "Toegevoegd aan {file}. Een nieuwe terminal toont de vraag van vandaag.",
        "Added to {file}. A new terminal shows today's question.",
    ),
    "reminder.unchanged": ("Niets veranderd.", "Nothing changed."),
    "reminder.no_terminal": (
        "Iets toevoegen aan {file} doe ik alleen als je ja zegt, in een terminal, en hier is er "
        "geen. Zet de regel zelf in dat bestand, of draai dit in een terminal.",
        "I add something to {file} only when you say yes, in a terminal, and there is none "
        "here. Put the line in that file yourself, or run this in a terminal.",
    ),
    "reminder.unknown_install": (
        "Voor je shell ({shell}) voeg ik de regel niet zelf toe. Zet de regel hierboven, in de "
        "vorm van jouw shell, in haar startbestand.",
        "For your shell ({shell}) I do not add the line myself. Put the line above, in your "
        "shell's own form, in its start file.",
    ),
    "reminder.not_a_file": (
        "{file} is geen gewoon bestand; ik laat het zoals het is. Zet de regel er zelf in.",
        "{file} is not a regular file; I leave it as it is. Put the line in it yourself.",
    ),
    "reminder.write_failed": (
        "{file} kon ik niet aanvullen ({reason}); het is niet veranderd.",
        "I could not add to {file} ({reason}); it has not changed.",
    ),
}
