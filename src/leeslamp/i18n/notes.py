"""Strings of attention notes (aandacht) and the notepad (Schrijfblok) beside an article.

Keys: `attention.*`, `notepad.*`.
Each value is (nl, en); `AREAS` in `leeslamp.i18n` says which module holds a prefix.
"""

STRINGS: dict[str, tuple[str, str]] = {
    # the Schrijfblok (writing panel in the reader)
    "notepad.key.toggle": ("Schrijfblok", "Notepad"),
    "notepad.key.leave": ("Naar de tekst", "Back to the text"),
    "notepad.key.undo": ("Terughalen", "Undo delete"),
    "notepad.title": ("Schrijfblok", "Notepad"),
    "notepad.loading": ("even laden…", "loading…"),
    "notepad.read_only.locked": (
        "Alleen-lezen: je dagboek is open in een andere leeslamp. Hier kun je nu niet schrijven.",
        "Read-only: your journal is open in another leeslamp. You can't write here now.",
    ),
    "notepad.read_only.folder": (
        "Alleen-lezen: ik kan niet schrijven in de map van je dagboek. Hier kun je nu niet schrijven.",
        "Read-only: I can't write in your journal's folder. You can't write here now.",
    ),
    "notepad.prompts": ("Vragen bij dit artikel", "Questions about this article"),
    "notepad.new": ("Nieuwe reflectie", "New reflection"),
    "notepad.new_placeholder": ("Schrijf wat je raakt…", "Write what strikes you…"),
    "notepad.another": ("Nog een reflectie", "Another reflection"),
    "notepad.reflections": ("Je reflecties ({count})", "Your reflections ({count})"),
    "notepad.no_reflections": (
        "Je hebt nog geen reflecties bij dit artikel.",
        "You have no reflections on this article yet.",
    ),
    "notepad.assignment": ("Leesopdracht: {title}", "Assignment: {title}"),
    "notepad.progress": ("{answered} van {total} beantwoord", "{answered} of {total} answered"),
    "notepad.deadline": ("inleverdatum {date}", "due {date}"),
    "notepad.coach": ("van {coach}", "from {coach}"),
    "notepad.answer_placeholder": ("Je antwoord…", "Your answer…"),
    "notepad.delete": ("Weggooien", "Delete"),
    # aandacht notes and anchoring
    "attention.key.mark": ("Markeren", "Mark"),
    "attention.key.done": ("Klaar", "Done"),
    "attention.key.note": ("Notitie schrijven", "Write a note"),
    "attention.key.list": ("Notities", "Notes"),
    # short: while choosing a passage the footer holds these, `a`, esc and help in 80 columns
    "attention.key.next": ("Alinea", "Paragraph"),
    "attention.key.previous": ("Vorige alinea", "Previous paragraph"),
    "attention.key.sentence_next": ("Zin", "Sentence"),
    "attention.key.sentence_previous": ("Vorige zin", "Previous sentence"),
    "attention.key.leave": ("Naar de tekst", "To the text"),
    "attention.key.edit": ("Bewerken", "Edit"),
    "attention.key.delete": ("Weggooien", "Delete"),
    "attention.key.reattach": ("Vastmaken", "Re-attach"),
    "attention.key.restore": ("Notitie terughalen", "Restore note"),
    "attention.title": ("Aandachtnotities", "Attention notes"),
    "attention.title_detached": ("{count} losgeraakt", "{count} detached"),
    "attention.empty": (
        "Nog geen aandachtnotities. Kies met m een passage en druk op a.",
        "No attention notes yet. Choose a passage with m and press a.",
    ),
    "attention.no_text": ("alleen gemarkeerd", "highlight only"),
    "attention.state.moved": ("verschoven", "moved"),
    "attention.state.fuzzy": ("tekst veranderd", "text changed"),
    "attention.detached": ("Losgeraakt", "Detached"),
    "attention.detached_hint": (
        "Deze passages staan niet meer in de tekst. Kies met m een nieuwe en druk hier op r.",
        "These passages are no longer in the text. Choose a new one with m and press r here.",
    ),
    "attention.placeholder": ("Waarom viel dit je op?", "Why did this catch your attention?"),
    "attention.tags_placeholder": ("Labels, met komma's ertussen", "Tags, separated by commas"),
    "attention.loading": (
        "Het artikel wordt nog geladen. Probeer het zo opnieuw.",
        "The article is still loading. Try again in a moment.",
    ),
    "attention.nothing_to_mark": (
        "Dit artikel heeft geen alinea's om te markeren.",
        "This article has no paragraphs to mark.",
    ),
    "attention.choose_first": (
        "Kies een passage: ↓↑ per alinea, →← per zin. Druk dan op a.",
        "Choose a passage: ↓↑ by paragraph, →← by sentence. Then press a.",
    ),
    "attention.reattach_choose": (
        "Kies eerst met m een passage in de tekst. Druk dan hier op r.",
        "First choose a passage in the text with m. Then press r here.",
    ),
    "attention.reattached": (
        "Weer vast aan \u201c{quote}\u201d.",
        "Attached again to \u201c{quote}\u201d.",
    ),
    "attention.delete.title": ("Notitie weggooien?", "Delete this note?"),
    "attention.delete.text": (
        "De notitie bij \u201c{quote}\u201d gaat naar de prullenbak. Daar kun je hem 30 dagen terughalen.",
        "The note on \u201c{quote}\u201d goes to the trash. You can get it back from there for 30 days.",
    ),
    "attention.deleted": (
        "De notitie staat in de prullenbak. Met u haal je hem terug.",
        "The note is in the trash. Press u to restore it.",
    ),
    "attention.restored": ("De notitie is terug.", "The note is back."),
    "attention.library_one": ("1 aandachtnotitie", "1 attention note"),
    "attention.library_many": ("{count} aandachtnotities", "{count} attention notes"),
}
