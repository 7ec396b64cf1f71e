"""The WACZ signing key: ECDSA P-384, the WACZ signing spec's anonymous profile.

WACZ's anonymous signature (``datapackage-digest.json`` → ``signedData``) is ECDSA-SHA256 over
the UTF-8 bytes of the ``hash`` string, with ``publicKey`` = base64 SPKI DER and ``signature`` =
base64 raw ``r||s`` (what WebCrypto produces). The curve is P-384 because that is what the
viewers verify with: wabac.js (ReplayWeb.page) imports the anonymous profile's public key as
P-384 and silently shows a bundle signed with any other curve as unsigned. Bundles signed before
with P-256 keys still verify here (:func:`verify_signature` takes any NIST curve).

Our log key is Ed25519, which that profile does not use, so a separate ECDSA key lives beside the
log key (same key directory, mode 0600) and its public half is committed to the log in a
``key_created`` entry: a bundle's signature is then trusted *because the log says so*, not
because the bundle says so. A machine that still has an old P-256 key gets a new P-384 key (and
a new ``key_created`` entry) on its next export; the old key file is left alone.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

from archiver.core.digests import sha256_label
from archiver.core.durable import create_exclusive
from archiver.errors import StoreError

ALGORITHM = "ecdsa-p384"  # of new keys; WaczKey.algorithm names the key at hand
PURPOSE = "wacz-signing"
#: The curve of new keys: the one wabac.js verifies anonymous-profile signatures with.
CURVE = ec.SECP384R1
NOTE = "ECDSA P-384 key that signs WACZ exports of this log (WACZ signing spec, anonymous profile)"


def key_file(key_dir: Path, origin: str) -> Path:
    return Path(key_dir) / (origin.replace("/", "_") + ".wacz-p384.pem")


@dataclass(frozen=True)
class WaczKey:
    """An ECDSA private key (P-384 for new keys) and the public forms the WACZ spec and our log use."""

    private: ec.EllipticCurvePrivateKey

    @property
    def algorithm(self) -> str:
        """The name the ``key_created`` entry records: ``ecdsa-p384`` (``ecdsa-p256`` for old keys)."""
        return f"ecdsa-p{self.private.curve.key_size}"

    @property
    def public_key_b64(self) -> str:
        return public_key_b64(self.private.public_key())

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key_b64)

    def sign(self, message: bytes) -> str:
        """base64 of the raw ``r||s`` ECDSA-SHA256 signature of ``message`` (each half curve-sized)."""
        half = (self.private.curve.key_size + 7) // 8
        r, s = decode_dss_signature(self.private.sign(message, ec.ECDSA(hashes.SHA256())))
        return base64.b64encode(r.to_bytes(half, "big") + s.to_bytes(half, "big")).decode()


def public_key_b64(key: ec.EllipticCurvePublicKey) -> str:
    der = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(der).decode()


def fingerprint(public_key_b64_: str) -> str:
    """``sha256:<hex>`` of the SPKI DER bytes."""
    return sha256_label(base64.b64decode(public_key_b64_))


def load_or_create(key_dir: Path, origin: str) -> tuple[WaczKey, bool]:
    """The WACZ key of this log (created on first use); True when it was just created."""
    path = key_file(key_dir, origin)
    if path.exists():
        try:
            private = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (OSError, ValueError) as exc:
            raise StoreError(f"cannot read WACZ signing key {path}: {exc}") from exc
        if not isinstance(private, ec.EllipticCurvePrivateKey) or private.curve.name != CURVE.name:
            raise StoreError(f"{path} is not an ECDSA P-384 key")
        return WaczKey(private), False
    private = ec.generate_private_key(CURVE())
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    Path(key_dir).mkdir(parents=True, exist_ok=True, mode=0o700)
    try:  # (whole or absent, as the log's key: keys.create_key)
        create_exclusive(path, pem, mode=0o600)
    except FileExistsError:  # another process created it meanwhile: use theirs
        return load_or_create(key_dir, origin)[0], False
    return WaczKey(private), True


def verify_signature(public_key_b64_: str, signature_b64: str, message: bytes) -> bool:
    """True if ``signature`` (raw ``r||s`` or DER, base64) signs ``message`` under the SPKI key."""
    try:
        key = serialization.load_der_public_key(base64.b64decode(public_key_b64_, validate=True))
        sig = base64.b64decode(signature_b64, validate=True)
    except (ValueError, TypeError):
        return False
    if not isinstance(key, ec.EllipticCurvePublicKey):
        return False
    half = (key.curve.key_size + 7) // 8
    if len(sig) == 2 * half:  # WebCrypto's raw r||s (64 bytes on P-256, 96 on P-384 as wabac.js uses)
        sig = encode_dss_signature(int.from_bytes(sig[:half], "big"), int.from_bytes(sig[half:], "big"))
    try:
        key.verify(sig, message, ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError):
        return False
    return True
