"""Strings of the journal's lock: `leeslamp versleutel`/`ontsleutel`, the passphrase, the app's
question for it.

Keys: `lock.*`. Each value is (nl, en); `AREAS` in `leeslamp.i18n` says which module holds a prefix.
"""

STRINGS: dict[str, tuple[str, str]] = {
    "lock.cmd_lock": (
        "zet je dagboek op slot met een wachtwoord (versleuteld)",
        "lock your journal with a passphrase (encrypted)",
    ),
    "lock.cmd_unlock": (
        "haal je dagboek van het slot (weer gewoon leesbaar)",
        "unlock your journal (readable again)",
    ),
    "lock.warning": (
        "Let op: wie het wachtwoord vergeet, kan het dagboek nooit meer lezen. Niemand kan het "
        "terughalen, ook leeslamp niet. Schrijf het ergens veilig op.",
        "Careful: if you forget the passphrase, nobody can ever read the journal again, not even "
        "leeslamp. Write it down somewhere safe.",
    ),
    "lock.ask_new": ("Nieuw wachtwoord: ", "New passphrase: "),
    "lock.ask_again": ("Nog een keer: ", "Once more: "),
    "lock.ask": ("Wachtwoord van je dagboek: ", "Your journal's passphrase: "),
    "lock.empty": (
        "Een leeg wachtwoord kan niet. Er is niets veranderd.",
        "An empty passphrase will not do. Nothing was changed.",
    ),
    "lock.too_short": (
        "Kies een wachtwoord van minstens {length} tekens; een zin van een paar woorden is het "
        "sterkst en het makkelijkst te onthouden. Er is niets veranderd.",
        "Choose a passphrase of at least {length} characters; a sentence of a few words is "
        "strongest and easiest to remember. Nothing was changed.",
    ),
    "lock.not_same": (
        "De twee wachtwoorden zijn niet gelijk. Er is niets veranderd.",
        "The two passphrases differ. Nothing was changed.",
    ),
    "lock.two_lines": (
        "Zonder terminal lees ik het wachtwoord twee keer van de invoer, op twee regels. "
        "Er is niets veranderd.",
        "Without a terminal I read the passphrase twice from standard input, on two lines. "
        "Nothing was changed.",
    ),
    "lock.locked": (
        "Je dagboek staat nu op slot: {path}",
        "Your journal is locked now: {path}",
    ),
    "lock.backups_replaced": (
        "{count} oude back-ups waren nog leesbaar; ze zijn vervangen door versleutelde.",
        "{count} old backups were still readable; they were replaced by encrypted ones.",
    ),
    "lock.backups_replaced.one": (
        "1 oude back-up was nog leesbaar; die is vervangen door een versleutelde.",
        "1 old backup was still readable; it was replaced by an encrypted one.",
    ),
    "lock.unlocked": (
        "Je dagboek staat niet meer op slot: alles is weer gewoon leesbaar. {path}",
        "Your journal is unlocked: everything is readable again. {path}",
    ),
    "lock.already_locked": (
        "Je dagboek staat al op slot ({path}).",
        "Your journal is already locked ({path}).",
    ),
    "lock.not_locked": (
        "Je dagboek staat niet op slot ({path}).",
        "Your journal is not locked ({path}).",
    ),
    "lock.needs_passphrase": (
        "Je dagboek staat op slot en er is geen terminal om het wachtwoord te vragen. Zet het in "
        "een bestand dat alleen jij kunt lezen en noem dat in LEESLAMP_WACHTWOORD_BESTAND. ({path})",
        "Your journal is locked and there is no terminal to ask for the passphrase. Put it in a "
        "file only you can read and name that file in LEESLAMP_WACHTWOORD_BESTAND. ({path})",
    ),
    "lock.wrong_passphrase": (
        "Dat wachtwoord past niet op je dagboek. Er is niets veranderd.",
        "That passphrase does not open your journal. Nothing was changed.",
    ),
    "lock.file_too_open": (
        "Het wachtwoordbestand {path} is ook voor anderen leesbaar; dat gebruik ik niet. "
        "Maak het alleen voor jou leesbaar: chmod 600 {path}",
        "The passphrase file {path} can be read by others too; I will not use it. "
        "Make it readable by you only: chmod 600 {path}",
    ),
    "lock.file_unreadable": (
        "Het wachtwoordbestand {path} kan ik niet lezen: {reason}",
        "I cannot read the passphrase file {path}: {reason}",
    ),
    "lock.key_file_damaged": (
        "Het sleutelbestand van je dagboek is beschadigd of onbekend: {path}. Er is niets "
        "veranderd. Zet een kopie ervan terug als je die hebt.",
        "Your journal's key file is damaged or unknown: {path}. Nothing was changed. Put a copy "
        "of it back if you have one.",
    ),
    "lock.other_key": (
        "{path} is versleuteld met een ander wachtwoord dan je dagboek. Er is niets veranderd.",
        "{path} is encrypted with another passphrase than your journal. Nothing was changed.",
    ),
    "lock.export_plain": (
        "Let op: je dagboek staat op slot, maar deze export is gewoon leesbaar.",
        "Careful: your journal is locked, but this export is readable by anyone.",
    ),
    "lock.where": ("Slot", "Lock"),
    "lock.where_locked": (
        "op slot (versleuteld met een wachtwoord)",
        "locked (encrypted with a passphrase)",
    ),
    "lock.where_open": ("niet op slot", "not locked"),
    # the app's question for the passphrase
    "lock.modal_title": ("Je dagboek staat op slot", "Your journal is locked"),
    "lock.modal_prompt": (
        "Typ je wachtwoord en druk op Enter.",
        "Type your passphrase and press Enter.",
    ),
    "lock.modal_wrong": (
        "Dat wachtwoord past niet. Nog {left} keer.",
        "That passphrase does not fit. {left} more tries.",
    ),
    "lock.modal_wrong.one": (
        "Dat wachtwoord past niet. Nog 1 keer.",
        "That passphrase does not fit. 1 more try.",
    ),
    "lock.modal_placeholder": ("wachtwoord", "passphrase"),
    "lock.key_give_up": ("Stoppen", "Stop"),
    # remembered in the OS keyring (optional)
    "lock.help_remember": (
        "onthoud het wachtwoord op deze computer, in de sleutelbos van je systeem",
        "remember the passphrase on this computer, in your system's keyring",
    ),
    "lock.keyring_missing": (
        "Onthouden kan alleen met het pakket keyring: pip install 'leeslamp[keyring]'. "
        "Er is niets veranderd.",
        "Remembering needs the keyring package: pip install 'leeslamp[keyring]'. "
        "Nothing was changed.",
    ),
    "lock.keyring_failed": (
        "De sleutelbos van je systeem wilde het wachtwoord niet bewaren: {reason}",
        "Your system's keyring would not keep the passphrase: {reason}",
    ),
    "lock.remembered": (
        "Het wachtwoord is onthouden op deze computer; leeslamp vraagt het hier niet meer.",
        "The passphrase is remembered on this computer; leeslamp will not ask for it here.",
    ),
    "lock.forgotten": (
        "Deze computer onthoudt je wachtwoord niet meer.",
        "The remembered passphrase was removed from this computer.",
    ),
    "lock.stays_locked": (
        "Je dagboek blijft op slot. Er is niets veranderd.",
        "Your journal stays locked. Nothing was changed.",
    ),
}
