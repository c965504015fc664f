"""Strings for the versions of a text in the app (issue 16 §1): the key in every editor, the
Versies screen with its comparison and restore, and the writing keys in the help.

Keys: `versions.*` (the command line's `leeslamp geschiedenis` has `history.*`, in journal.py).
The counts and the legend of a comparison are Vandaag's (`today.again_*`): the same marks,
the same words.
"""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # the key in every editor, and the writing keys in the help
    "versions.key.open": ("Versies", "Versions"),
    "versions.help_writing": ("Bij het schrijven", "While writing"),
    # opening: a text without earlier versions gets a sentence, not an empty screen
    "versions.not_saved": (
        "Deze tekst is nog niet bewaard, dus er zijn nog geen versies. Schrijf eerst iets.",
        "This text has not been saved yet, so there are no versions yet. Write something first.",
    ),
    "versions.only_one": (
        "Deze tekst heeft nog maar één versie. Schrijf je er na een pauze of een andere keer "
        "verder aan, dan blijft deze versie bewaard en begint er een nieuwe.",
        "This text has only one version so far. Write on after a break or another time, and "
        "this version is kept while a new one starts.",
    ),
    # the screen
    "versions.help_name": ("Versies", "Versions"),
    "versions.title": ("Versies", "Versions"),
    "versions.count": ("{count} versies, de nieuwste bovenaan", "{count} versions, newest first"),
    "versions.item": ("Versie {number}", "Version {number}"),
    "versions.item_now": ("Versie {number} · nu", "Version {number} · now"),
    #: the version the chosen one is compared with, in the list (a sign and a word: not colour)
    "versions.item_compared": ("⇄ vergeleken", "⇄ compared"),
    "versions.compare_head": (
        "Van versie {old} ({old_saved}) naar versie {new} ({new_saved})",
        "From version {old} ({old_saved}) to version {new} ({new_saved})",
    ),
    "versions.now": ("nu", "now"),
    "versions.same": (
        "Deze twee versies zijn woord voor woord gelijk.",
        "These two versions are the same, word for word.",
    ),
    "versions.key.close": ("Sluiten", "Close"),
    "versions.key.compare": ("Vergelijken", "Compare"),
    "versions.key.restore": ("Terughalen", "Restore"),
    "versions.compare_with": (
        "Versie {number} is nu de versie waarmee je vergelijkt.",
        "Version {number} is now the version you compare with.",
    ),
    "versions.compare_default": (
        "Je vergelijkt weer met je tekst van nu.",
        "You compare with your text as it is now again.",
    ),
    # restoring: asked first; the text of now becomes a version, nothing is lost
    "versions.is_current": (
        "Dit is je tekst van nu: er is niets terug te halen.",
        "This is your text as it is now: there is nothing to restore.",
    ),
    "versions.confirm_title": ("Versie {number} terughalen?", "Restore version {number}?"),
    "versions.confirm_sentence": (
        "Versie {number} ({saved}) wordt weer je tekst. Je tekst van nu gaat niet verloren: "
        "die blijft bewaard als versie {kept}.",
        "Version {number} ({saved}) becomes your text again. Your text as it is now is not "
        "lost: it is kept as version {kept}.",
    ),
    "versions.confirm_yes": ("Terughalen", "Restore"),
    "versions.confirm_no": ("Niet doen", "Cancel"),
    "versions.restored": (
        "Versie {number} is weer je tekst. Wat er stond, is bewaard als versie {kept}.",
        "Version {number} is your text again. What was there is kept as version {kept}.",
    ),
    "versions.changed_meanwhile": (
        "Je tekst is intussen ergens anders veranderd. Hier zijn de versies zoals ze nu zijn: "
        "kies opnieuw.",
        "Your text changed elsewhere in the meantime. Here are the versions as they are now: "
        "choose again.",
    ),
    "versions.gone": (
        "Deze tekst staat niet meer in je dagboek (misschien in de prullenbak).",
        "This text is no longer in your journal (perhaps in the trash).",
    ),
}
