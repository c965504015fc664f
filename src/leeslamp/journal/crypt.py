"""The journal's optional lock: its files encrypted with a key only the reader's passphrase opens.

A locked data folder holds `journal.sleutel`, a small readable JSON file: how the passphrase
becomes a key (scrypt and its parameters, a salt) and the journal's own key, encrypted with that
one (AES-256-GCM). Its presence is what "locked" means, for every leeslamp process. A wrong
passphrase fails to open the journal's key (GCM checks it), so nothing else is touched.

Every file with the reader's words is encrypted with the journal's key (AES-256-GCM, a fresh
random nonce each time), in one of two forms, each recognisable by its first bytes, so a reader
can read any mix of plain and locked files (the moments during `versleutel`/`ontsleutel`):

- a whole file (snapshot, backups, copies set aside): `MAGIC`, then frames of at most 1 MiB of
  plain text each: 4 bytes length, nonce, ciphertext. Each frame's associated data is the key id,
  its number and whether it is the last, so frames cannot be reordered, dropped or cut off
  unnoticed. Written a piece at a time, as the plain snapshot is.
- a line (`journal.log` after its plain header, `journal.kapot-*.log`): `!KEYID:` and the
  base64 of nonce and ciphertext. Each line on its own, so adding an entry stays one append.

The log's header (schema version, the snapshot's size/mtime/inode) and settings stay readable:
they hold none of the reader's words.

Why `hashlib.scrypt` and not `cryptography`'s Scrypt or Argon2id: the same OpenSSL code as
`cryptography`'s, in the standard library, with an explicit memory bound; Argon2id would need
another dependency (argon2-cffi). Parameters live in the key file, so a later leeslamp can choose
stronger ones for new keys and still open the old ones. n = 2**16 (64 MiB, ~0.15 s here) keeps
`leeslamp schrijf` on a locked journal under 400 ms (benchmarks/commands.py).

Keys opened in this process are kept in memory only (`forget()` drops them). Who asks for the
passphrase is set by the caller (`set_asker`): the command line on the terminal, or nobody (the
app asks in a modal before it opens the journal); without one, NeedPassphrase is raised.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from leeslamp.core.errors import LeeslampError, UserInputError

TYPE_CHECKING = False  # `typing` costs a quick command (`schrijf`) more than it gives at run time
if TYPE_CHECKING:
    from typing import Any

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_FILE = "journal.sleutel"
KEY_KIND = "leeslamp-journal-key"
#: the first bytes of a whole locked file
MAGIC = b"LEESLAMP-LOCKED-1\n"
#: the first byte of a locked line
LINE_MARK = b"!"
#: scrypt for new keys: 64 MiB of memory, about 0.15 s (see the module's docstring)
SCRYPT = {"n": 2**16, "r": 8, "p": 1}
FRAME = 1 << 20
_NONCE = 12
_TAG = 16


class NeedPassphrase(UserInputError):
    """The journal is locked and nobody in this process can ask for its passphrase."""

    def __init__(self, folder: Path) -> None:
        super().__init__("lock.needs_passphrase", path=folder)
        self.folder = folder


class WrongPassphrase(UserInputError):
    def __init__(self) -> None:
        super().__init__("lock.wrong_passphrase")


class LockDamaged(LeeslampError):
    """The key file cannot be read: said with its name; nothing is written."""


class Unsealable(ValueError):
    """Locked bytes that do not open: damaged (GCM's check failed) or cut off."""


class Key:
    """An opened journal key. (A plain class: a dataclass costs `vandaag` a millisecond to make.)"""

    __slots__ = ("aead", "key_id")

    def __init__(self, key_id: str, aead: AESGCM) -> None:
        self.key_id = key_id
        self.aead = aead


_keys: dict[str, Key] = {}  # key id -> the opened key
_folders: dict[Path, str] = {}  # data folder -> the key id its files are written with
_plain_writes: set[Path] = set()  # folders being unlocked: written plain though still locked
_asker: Callable[[Path], str] | None = None


def key_path(folder: Path) -> Path:
    return folder / KEY_FILE


def is_locked(folder: Path) -> bool:
    """Whether the journal in this data folder is locked (one stat: cheap enough for `vandaag`)."""
    return key_path(folder).exists()


def set_asker(asker: Callable[[Path], str] | None) -> None:
    """Who gives the passphrase when a locked journal is met: `asker(folder)` returns it."""
    global _asker
    _asker = asker


def forget() -> None:
    """Drop every opened key (a new command in the same process, tests)."""
    _keys.clear()
    _folders.clear()
    _plain_writes.clear()


# --- the key file --------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")


def _aesgcm(key: bytes) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # only for locked journals

    return AESGCM(key)


def _derive(passphrase: str, kdf: dict[str, Any]) -> bytes:
    import base64
    import hashlib

    n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=base64.b64decode(kdf["salt"]),
        n=n,
        r=r,
        p=p,
        maxmem=129 * n * r * p + (1 << 20),  # scrypt needs 128·n·r·p bytes
        dklen=32,
    )


def new_key_file(passphrase: str) -> tuple[bytes, Key]:
    """The bytes of a new key file for `passphrase`, and the journal key it holds."""
    import json

    kdf: dict[str, Any] = {"name": "scrypt", **SCRYPT, "salt": _b64(os.urandom(16))}
    key_id = os.urandom(8).hex()
    journal_key = os.urandom(32)
    nonce = os.urandom(_NONCE)
    wrapped = _aesgcm(_derive(passphrase, kdf)).encrypt(nonce, journal_key, key_id.encode())
    doc = {
        "kind": KEY_KIND,
        "format": 1,
        "cipher": "AES-256-GCM",
        "kdf": kdf,
        "key_id": key_id,
        "key": _b64(nonce + wrapped),
    }
    text = json.dumps(doc, indent=2) + "\n"
    return text.encode("ascii"), Key(key_id, _aesgcm(journal_key))


def read_key_file(folder: Path) -> dict[str, Any]:
    import base64
    import json

    path = key_path(folder)
    try:
        doc = json.loads(path.read_bytes())
        if not isinstance(doc, dict) or doc.get("kind") != KEY_KIND:
            raise ValueError("not a key file")
        if doc.get("kdf", {}).get("name") != "scrypt" or not isinstance(doc.get("key_id"), str):
            raise ValueError("unknown key derivation")
        base64.b64decode(doc["key"], validate=True)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise LockDamaged("lock.key_file_damaged", path=path) from None
    return doc


def open_key(folder: Path, passphrase: str) -> Key:
    """The journal key of the locked journal in `folder`, kept for this process. Raises
    WrongPassphrase (nothing is written either way)."""
    import base64

    doc = read_key_file(folder)
    sealed = base64.b64decode(doc["key"])
    from cryptography.exceptions import InvalidTag

    try:
        derived = _derive(passphrase, doc["kdf"])
        journal_key = _aesgcm(derived).decrypt(
            sealed[:_NONCE], sealed[_NONCE:], doc["key_id"].encode()
        )
    except (InvalidTag, ValueError):
        raise WrongPassphrase() from None
    key = Key(doc["key_id"], _aesgcm(journal_key))
    remember(folder, key)
    return key


def remember(folder: Path, key: Key) -> None:
    _keys[key.key_id] = key
    _folders[folder] = key.key_id


def key_for(folder: Path) -> Key | None:
    """The key to write `folder`'s files with: None when the journal there is not locked (or
    is being unlocked by this process). Asks for the passphrase when it is not open yet."""
    # No lock around these dicts (threading costs `vandaag` its import): each step is atomic
    # under the GIL, and two threads meeting here at once only open the same key twice.
    if folder in _plain_writes or not is_locked(folder):
        return None
    known = _folders.get(folder)
    if known is not None and known in _keys:
        return _keys[known]
    doc = read_key_file(folder)
    if doc["key_id"] in _keys:
        _folders[folder] = doc["key_id"]
        return _keys[doc["key_id"]]
    if _asker is None:
        raise NeedPassphrase(folder)
    return open_key(folder, _asker(folder))


def _key_by_id(key_id: str, near: Path) -> Key:
    """The opened key `key_id`, asking for the passphrase of the journal `near` a file belongs to
    (the data folder, or its `backups`)."""
    if key_id in _keys:
        return _keys[key_id]
    for folder in (near.parent, near.parent.parent):
        if is_locked(folder):
            key = key_for(folder)
            if key is not None and key.key_id == key_id:
                return key
            break
    raise LockDamaged("lock.other_key", path=near)


def writing_plain(folder: Path, plain: bool) -> None:
    """While unlocking: this process writes `folder`'s files plain, though the key file is there."""
    if plain:
        _plain_writes.add(folder)
    else:
        _plain_writes.discard(folder)


# --- whole files -----------------------------------------------------------------------------


def _frame_aad(key_id: str, number: int, last: bool) -> bytes:
    return key_id.encode() + number.to_bytes(8, "big") + (b"\x01" if last else b"\x00")


def seal_chunks(key: Key, chunks: Iterable[bytes]) -> Iterator[bytes]:
    """A whole file's bytes, locked, a frame at a time (a big snapshot is never whole here)."""
    yield MAGIC + key.key_id.encode() + b"\n"
    pending = b""
    number = 0
    for chunk in chunks:
        pending += chunk
        while len(pending) > FRAME:
            yield _frame(key, pending[:FRAME], number, last=False)
            pending, number = pending[FRAME:], number + 1
    yield _frame(key, pending, number, last=True)


def _frame(key: Key, plain: bytes, number: int, *, last: bool) -> bytes:
    nonce = os.urandom(_NONCE)
    body = nonce + key.aead.encrypt(nonce, plain, _frame_aad(key.key_id, number, last))
    return len(body).to_bytes(4, "big") + body


def sealed_chunks(folder: Path, chunks: Iterable[bytes]) -> Iterable[bytes]:
    """`chunks` locked when the journal in `folder` is locked, else as they are."""
    key = key_for(folder)
    return chunks if key is None else seal_chunks(key, chunks)


def is_sealed(raw: bytes) -> bool:
    return raw.startswith(MAGIC)


def reveal(raw: bytes, path: Path) -> bytes:
    """The plain bytes of a file read from `path`: as they are when it is not locked."""
    if not raw.startswith(MAGIC):
        return raw
    end = raw.find(b"\n", len(MAGIC))
    if end < 0:
        raise Unsealable("cut off in its header")
    key = _key_by_id(raw[len(MAGIC) : end].decode("ascii", "replace"), path)
    from cryptography.exceptions import InvalidTag

    parts: list[bytes] = []
    at, number = end + 1, 0
    while True:
        if at + 4 > len(raw):
            raise Unsealable("cut off")
        size = int.from_bytes(raw[at : at + 4], "big")
        body = raw[at + 4 : at + 4 + size]
        if size < _NONCE + _TAG or len(body) != size:
            raise Unsealable("cut off")
        at += 4 + size
        last = at == len(raw)
        try:
            aad = _frame_aad(key.key_id, number, last)
            parts.append(key.aead.decrypt(body[:_NONCE], body[_NONCE:], aad))
        except InvalidTag:
            raise Unsealable(f"frame {number} does not open") from None
        if last:
            return b"".join(parts)
        number += 1


def read_plain(path: Path) -> bytes:
    """A file's bytes, opened if locked. Raises Unsealable for damaged locked bytes."""
    return reveal(path.read_bytes(), path)


# --- lines -----------------------------------------------------------------------------------


def seal_line(key: Key, line: bytes) -> bytes:
    """One line (without its newline) locked; the result is ASCII, without a newline."""
    import base64

    nonce = os.urandom(_NONCE)
    sealed = key.aead.encrypt(nonce, line, key.key_id.encode())
    return LINE_MARK + key.key_id.encode() + b":" + base64.b64encode(nonce + sealed)


def is_sealed_line(line: bytes) -> bool:
    return line.startswith(LINE_MARK)


def open_line(line: bytes, path: Path) -> bytes:
    """A locked line's plain bytes. Raises Unsealable for a damaged or cut-off line."""
    key_id, colon, body = line.strip()[1:].partition(b":")
    if not colon:
        raise Unsealable("no key id")
    key = _key_by_id(key_id.decode("ascii", "replace"), path)
    import base64

    from cryptography.exceptions import InvalidTag

    try:
        raw = base64.b64decode(body, validate=True)
        return key.aead.decrypt(raw[:_NONCE], raw[_NONCE:], key.key_id.encode())
    except (InvalidTag, ValueError):
        raise Unsealable("line does not open") from None


def line_opens(line: bytes, path: Path) -> bool:
    try:
        open_line(line, path)
    except Unsealable:
        return False
    return True


def seal_lines(key: Key, data: bytes) -> bytes:
    """Every line of `data` locked on its own (a set-aside file's pieces)."""
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return b"".join(
        (line if is_sealed_line(line) else seal_line(key, line)) + b"\n" for line in lines
    )


def open_lines(data: bytes, path: Path) -> bytes:
    """`data` with every locked line opened (lines that are plain stay as they are)."""
    out = []
    for line in data.split(b"\n"):
        out.append(open_line(line, path) if is_sealed_line(line) else line)
    return b"\n".join(out)
