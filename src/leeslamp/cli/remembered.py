"""A locked journal's passphrase remembered on this computer, in the OS keyring (optional).

Only when the reader asks (`leeslamp versleutel --onthoud`), and only with the `keyring` extra
installed (`pip install 'leeslamp[keyring]'`): without it, asking says so in a sentence. The
entry is named by the journal's key id, so a journal locked again (a new key) never meets an
old passphrase; `leeslamp ontsleutel` removes it.
"""

from __future__ import annotations

from types import ModuleType

from leeslamp.core.errors import UserInputError

SERVICE = "leeslamp"


def _keyring() -> ModuleType | None:
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def recall(key_id: str) -> str | None:
    """The remembered passphrase, if the keyring is there and holds one. A keyring that fails
    (no backend, a locked wallet) is as good as none: the terminal asks instead."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        found = keyring.get_password(SERVICE, key_id)
    except Exception:  # the keyring library's own errors, whatever its backend
        return None
    return found if isinstance(found, str) and found else None


def remember(key_id: str, passphrase: str) -> None:
    keyring = _keyring()
    if keyring is None:
        raise UserInputError("lock.keyring_missing")
    try:
        keyring.set_password(SERVICE, key_id, passphrase)
    except Exception as exc:  # the keyring library's own errors, whatever its backend
        raise UserInputError("lock.keyring_failed", reason=str(exc) or type(exc).__name__) from None


def forget(key_id: str) -> bool:
    """Remove the remembered passphrase; whether there was one (best effort)."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        if keyring.get_password(SERVICE, key_id) is None:
            return False
        keyring.delete_password(SERVICE, key_id)
    except Exception:
        return False
    return True


def available() -> bool:
    return _keyring() is not None
