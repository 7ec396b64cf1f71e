"""C2SP signed notes and tlog checkpoints with Ed25519: the only home of ``cryptography`` here.

Formats (byte-compatible with golang.org/x/mod/sumdb/note and transparency-dev/formats):

* signed note: ``text`` (ends in ``\\n``), a blank line, then ``— <name> <b64(keyID||sig)>\\n``
  lines; the signature covers ``text`` including its final newline.
* key ID: ``SHA-256(name || "\\n" || 0x01 || pubkey)[:4]``.
* verifier key (vkey, what a user publishes): ``<name>+<hex keyID>+<b64(0x01||pubkey)>``.
* signer key (skey, the private key file): ``PRIVATE+KEY+<name>+<hex keyID>+<b64(0x01||seed)>``.
* checkpoint (c2sp.org/tlog-checkpoint): text ``<origin>\\n<size>\\n<b64 root>\\n``.

Pure: takes and returns bytes/str; files are read by the caller.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from typing import NamedTuple

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from archiver.errors import MalformedKey, MalformedNote, NoteError, NoteSignatureError

__all__ = ["MalformedKey", "MalformedNote", "NoteError", "NoteSignatureError"]

ALG_ED25519 = 0x01
EM_DASH = "\u2014"
_NAME_RE = re.compile(r"[^\s+]+\Z")


def as_text(data: str | bytes, what: str = "note", error: type[MalformedNote] = MalformedNote) -> str:
    """``data`` as text: bytes read from a file or a zip must be UTF-8, else ``error`` says so.

    Every decoder here takes bytes or str through this one door, so no caller has to catch
    ``UnicodeDecodeError`` beside :class:`NoteError`.
    """
    if isinstance(data, str):
        return data
    if not isinstance(data, bytes | bytearray):
        raise error(f"{what} is not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"{what} is not UTF-8 text") from exc


def _b64decode(text: str, error: type[MalformedNote] = MalformedNote) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise error(f"invalid base64 {text[:20]!r}") from exc


def key_id(name: str, public_key: bytes) -> bytes:
    """The 4-byte note key ID of an Ed25519 key."""
    return hashlib.sha256(name.encode() + b"\n" + bytes([ALG_ED25519]) + public_key).digest()[:4]


def _check_name(name: str) -> None:
    if not name or not _NAME_RE.match(name):
        shown = name if len(name) <= 60 else name[:60] + "..."  # a whole file passed as a key
        raise MalformedKey(f"invalid key name {shown!r} (no spaces or '+')")


class Verifier(NamedTuple):
    """A public key that checks note signatures under one name."""

    name: str
    public_key: bytes

    @property
    def key_id(self) -> bytes:
        return key_id(self.name, self.public_key)

    @property
    def vkey(self) -> str:
        material = base64.b64encode(bytes([ALG_ED25519]) + self.public_key).decode()
        return f"{self.name}+{self.key_id.hex()}+{material}"

    @property
    def fingerprint(self) -> str:
        """``sha256:<hex>`` of the raw 32-byte public key: what users compare by eye."""
        return "sha256:" + hashlib.sha256(self.public_key).hexdigest()

    @classmethod
    def from_vkey(cls, vkey: str | bytes) -> Verifier:
        """Decode a verifier key (text, or the bytes of a key file); raises :class:`MalformedKey`."""
        parts = as_text(vkey, "verifier key", MalformedKey).strip().split("+", 2)
        if len(parts) != 3:
            raise MalformedKey("malformed verifier key (expected <name>+<keyid>+<key>)")
        name, hexid, material = parts
        _check_name(name)
        raw = _b64decode(material, MalformedKey)
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise MalformedKey("verifier key is not an Ed25519 note key")
        if re.fullmatch(r"[0-9a-f]{8}", hexid) is None or key_id(name, raw[1:]).hex() != hexid:
            raise MalformedKey("verifier key ID does not match its name and key")
        return cls(name, raw[1:])

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.public_key).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True


class Signer(NamedTuple):
    """A private Ed25519 key with its note name."""

    name: str
    seed: bytes

    @classmethod
    def generate(cls, name: str) -> Signer:
        _check_name(name)
        # The *_raw() forms, not private_bytes(Encoding.Raw, ...): the same bytes, without
        # importing cryptography's serialization package (PEM, SSH; ~5 ms) on every start-up.
        return cls(name, Ed25519PrivateKey.generate().private_bytes_raw())

    @classmethod
    def from_skey(cls, skey: str | bytes) -> Signer:
        """Decode a signer key file; raises :class:`MalformedKey`."""
        parts = as_text(skey, "signer key", MalformedKey).strip().split("+", 4)
        if len(parts) != 5 or parts[:2] != ["PRIVATE", "KEY"]:
            raise MalformedKey("malformed signer key (expected PRIVATE+KEY+<name>+<keyid>+<key>)")
        name, hexid, material = parts[2:]
        _check_name(name)
        raw = _b64decode(material, MalformedKey)
        if len(raw) != 33 or raw[0] != ALG_ED25519:
            raise MalformedKey("signer key is not an Ed25519 note key")
        signer = cls(name, raw[1:])
        if signer.verifier.key_id.hex() != hexid:
            raise MalformedKey("signer key ID does not match its name and key")
        return signer

    @property
    def skey(self) -> str:
        material = base64.b64encode(bytes([ALG_ED25519]) + self.seed).decode()
        return f"PRIVATE+KEY+{self.name}+{self.verifier.key_id.hex()}+{material}"

    @property
    def verifier(self) -> Verifier:
        pub = Ed25519PrivateKey.from_private_bytes(self.seed).public_key()
        return Verifier(self.name, pub.public_bytes_raw())

    def sign(self, message: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.seed).sign(message)


def _check_text(text: str) -> None:
    if not text.endswith("\n") or "\n\n" in text:
        raise MalformedNote("malformed note text (must end in a newline and have no blank line)")
    if any(ord(c) < 0x20 and c != "\n" for c in text):
        raise MalformedNote("malformed note text (control characters)")


def sign_note(text: str, signer: Signer) -> str:
    """The signed note: text, blank line, one signature line."""
    _check_text(text)
    sig = signer.verifier.key_id + signer.sign(text.encode())
    return f"{text}\n{EM_DASH} {signer.name} {base64.b64encode(sig).decode()}\n"


class SignatureLine(NamedTuple):
    name: str
    key_id: bytes
    signature: bytes


def split_note(note: str | bytes) -> tuple[str, list[SignatureLine]]:
    """Text and signature lines of a note, without verifying anything: the one decoder of the
    signed-note format. Raises :class:`MalformedNote` (never ``UnicodeDecodeError``)."""
    note = as_text(note)
    if not note.endswith("\n"):
        raise MalformedNote("malformed note (does not end in a newline)")
    cut = note.rfind("\n\n")
    if cut < 0:
        raise MalformedNote("malformed note (no blank line before the signatures)")
    text, sig_block = note[: cut + 1], note[cut + 2 :]
    _check_text(text)
    sigs: list[SignatureLine] = []
    for line in sig_block.splitlines():
        prefix = EM_DASH + " "
        if not line.startswith(prefix):
            raise MalformedNote(f"malformed signature line {line[:30]!r}")
        try:
            name, b64 = line[len(prefix) :].split(" ")
        except ValueError as exc:
            raise MalformedNote(f"malformed signature line {line[:30]!r}") from exc
        raw = _b64decode(b64)
        if len(raw) < 5:
            raise MalformedNote("signature too short")
        sigs.append(SignatureLine(name, raw[:4], raw[4:]))
    if not sigs:
        raise MalformedNote("note has no signatures")
    return text, sigs


def open_note(note: str | bytes, verifier: Verifier) -> str:
    """The note text if ``verifier`` signed it; signatures by other keys are ignored.

    Raises:
        MalformedNote: the note does not decode.
        NoteSignatureError: no signature by this key, or a bad signature by it.
    """
    text, sigs = split_note(note)
    mine = [s for s in sigs if s.name == verifier.name and s.key_id == verifier.key_id]
    if not mine:
        others = ", ".join(f"{s.name}+{s.key_id.hex()}" for s in sigs)
        raise NoteSignatureError(f"not signed by key {verifier.name}+{verifier.key_id.hex()} (signed by {others})")
    for s in mine:
        if not verifier.verify(text.encode(), s.signature):
            raise NoteSignatureError(f"invalid signature by key {verifier.name}+{verifier.key_id.hex()}")
    return text


class Checkpoint(NamedTuple):
    """A tlog checkpoint: the log's identity, its size and the Merkle root at that size."""

    origin: str
    size: int
    root: bytes

    def text(self) -> str:
        return f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode()}\n"

    @classmethod
    def parse(cls, text: str | bytes) -> Checkpoint:
        """Decode checkpoint text (the body of the signed note); raises :class:`MalformedNote`."""
        lines = as_text(text, "checkpoint").split("\n")
        if len(lines) < 4 or lines[-1] != "":
            raise MalformedNote("malformed checkpoint (expected origin, size and root lines)")
        origin, size_s, root_b64 = lines[0], lines[1], lines[2]
        if not origin:
            raise MalformedNote("malformed checkpoint (empty origin)")
        if not re.fullmatch(r"0|[1-9][0-9]*", size_s):
            raise MalformedNote(f"malformed checkpoint size {size_s!r}")
        root_hash = _b64decode(root_b64)
        if len(root_hash) != 32:
            raise MalformedNote("malformed checkpoint root (not 32 bytes)")
        return cls(origin, int(size_s), root_hash)


def sign_checkpoint(checkpoint: Checkpoint, signer: Signer) -> str:
    return sign_note(checkpoint.text(), signer)


def open_checkpoint(note: str | bytes, verifier: Verifier) -> Checkpoint:
    """Verify a signed checkpoint note and parse it; its origin must be the key's name."""
    cp = Checkpoint.parse(open_note(note, verifier))
    if cp.origin != verifier.name:
        raise NoteSignatureError(f"checkpoint origin {cp.origin!r} is not the key's log {verifier.name!r}")
    return cp
