"""Strings for learning paths (issue 16, §5): `leeslamp pad`, the path's label on Vandaag and in
`leeslamp vandaag`, and what is wrong with a path file.

Keys: `path.*`.
"""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "path.label": ("Pad: {title} · stap {day} van {days}", "Path: {title} · step {day} of {days}"),
    "path.finished": (
        "Dit was de laatste stap van {title}. Je hebt het hele pad gelopen: mooi gedaan.",
        "That was the last step of {title}. You have walked the whole path: well done.",
    ),
    "path.cmd.list": ("de leerpaden die er zijn", "the learning paths there are"),
    "path.cmd.start": ("een leerpad volgen", "follow a learning path"),
    "path.cmd.stop": ("stoppen met je leerpad", "stop following your learning path"),
    "path.metavar.start": ("ID|BESTAND", "ID|FILE"),
    "path.help.start": (
        "het id van een pad (zie: leeslamp pad lijst), of een padbestand dat je coach stuurde",
        "a path's id (see: leeslamp path list), or a path file your coach sent",
    ),
    "path.none": (
        "Je volgt geen leerpad. Welke er zijn: leeslamp pad lijst",
        "You are not following a learning path. To see which there are: leeslamp path list",
    ),
    "path.gone": (
        "Je volgt het pad '{path_id}', maar dat vind ik niet meer, ook niet in {folder}. "
        "Zet het bestand weer in die map, of stop met: leeslamp pad stop",
        "You are following the path '{path_id}', but I can no longer find it, also not in "
        "{folder}. Put its file back in that folder, or stop with: leeslamp path stop",
    ),
    "path.done": (
        "Je hebt {title} helemaal gelopen (begonnen op {started}). "
        "Een nieuw pad kiezen: leeslamp pad lijst",
        "You have walked all of {title} (started on {started}). "
        "To choose a new path: leeslamp path list",
    ),
    "path.started_on": ("Begonnen op {started}.", "Started on {started}."),
    "path.today_step": ("Vandaag: {question}", "Today: {question}"),
    "path.list_empty": ("Er zijn geen leerpaden.", "There are no learning paths."),
    "path.steps": ("{count} stappen", "{count} steps"),
    "path.steps.one": ("1 stap", "1 step"),
    "path.list_active": ("* het pad dat je volgt", "* the path you are following"),
    "path.problems_header": (
        "Deze leerpaden zijn overgeslagen:",
        "These learning paths were skipped:",
    ),
    "path.already": (
        "Je volgt {title} al: je bent bij stap {day} van {days}.",
        "You are already following {title}: you are at step {day} of {days}.",
    ),
    "path.stops": (
        "Je stopt met {title}; je was bij stap {day} van {days}.",
        "You stop following {title}; you were at step {day} of {days}.",
    ),
    "path.started": (
        "Je volgt nu {title}: {steps}, een per dag.",
        "You are now following {title}: {steps}, one a day.",
    ),
    "path.first_step_today": (
        "De eerste stap is vandaag je dagvraag: leeslamp vandaag",
        "The first step is today's daily question: leeslamp today",
    ),
    "path.first_step_tomorrow": (
        "Je dagvraag van vandaag heb je al beantwoord; de eerste stap komt morgen.",
        "You have already answered today's daily question; the first step comes tomorrow.",
    ),
    "path.first_step_after_coach": (
        "Eerst komt de vraag van je coach; daarna de eerste stap.",
        "Your coach's question comes first; then the first step.",
    ),
    "path.unknown": (
        "Een pad met het id '{path_id}' ken ik niet. Deze zijn er: {known}.",
        "I don't know a path with the id '{path_id}'. These are there: {known}.",
    ),
    "path.no_file": ("Het bestand {file} vind ik niet.", "I can't find the file {file}."),
    "path.file_refused": (
        "Dit padbestand kan ik niet gebruiken:\n{problems}",
        "I can't use this path file:\n{problems}",
    ),
    "path.id_taken": (
        "Er is al een ander pad met het id '{path_id}' ({other}). Geef het nieuwe pad een "
        "eigen id; het bestaande blijft zoals het is.",
        "There already is another path with the id '{path_id}' ({other}). Give the new path "
        "an id of its own; the one there stays as it is.",
    ),
    "path.copied": ("Bewaard in {file}.", "Saved in {file}."),
    "path.stopped": (
        "Je bent gestopt met {title}, bij stap {day} van {days}. "
        "Je antwoorden blijven in je dagboek.",
        "You stopped following {title}, at step {day} of {days}. "
        "Your answers stay in your journal.",
    ),
    "path.stopped_unknown": (
        "Je volgt geen leerpad meer.",
        "You no longer follow a learning path.",
    ),
    "path.problem.duplicate_id": (
        "er is al een pad met het id '{path_id}' in {other}. Geef dit pad een eigen id.",
        "there already is a path with the id '{path_id}' in {other}. Give this path an id of "
        "its own.",
    ),
    "path.problem.unknown_key": (
        "'{key}' hoort hier niet. Bovenaan mag staan: {known}; "
        "elke stap begint met een regel [[stap]].",
        "'{key}' does not belong here. At the top may stand: {known}; "
        "each step starts with a line [[stap]].",
    ),
    "path.problem.no_steps": (
        "er staat geen stap in. Begin elke stap met een regel [[stap]].",
        "there is no step in it. Start each step with a line [[stap]].",
    ),
    "path.problem.not_tables": (
        "'stap' moet uit blokken bestaan: begin elke stap met een regel [[stap]].",
        "'stap' must be made of tables: start each step with a line [[stap]].",
    ),
    "path.problem.unknown_field": (
        "het veld '{field}' ken ik niet. Een stap heeft: {known}.",
        "the field '{field}' is unknown. A step has: {known}.",
    ),
    "path.problem.missing_question": (
        "stap {number} heeft geen '{field}': de vraag van die dag.",
        "step {number} has no '{field}': that day's question.",
    ),
    "path.problem.unknown_article": (
        "het artikel '{value}' ken ik niet; bekende ids: {known}.",
        "the article '{value}' is unknown; known ids: {known}.",
    ),
    "path.help.about": (
        "Een leerpad is een reeks dagvragen, een per dag. Zonder commando: waar je bent. "
        "Een padbestand van je coach volg je met: leeslamp pad start pad.toml (het komt dan "
        "in de map leerpaden van je gegevensmap).",
        "A learning path is a series of daily questions, one a day. Without a command: where "
        "you are. To follow a path file from your coach: leeslamp path start path.toml (it is "
        "then kept in the leerpaden folder of your data folder).",
    ),
}
