"""Stages 1 and 2 of a bundle check: its files against ``datapackage.json``, and that file's signature.

Every member must be listed with its sha256 and size (nothing unlisted), and
``datapackage-digest.json`` must hash ``datapackage.json`` and carry a WACZ anonymous-profile
ECDSA signature over it.
"""

from __future__ import annotations

from archiver.core.digests import sha256_label
from archiver.core.untrusted import loads_json
from archiver.errors import MalformedBundleFile
from archiver.export import signing
from archiver.export.bundle_json import (
    DIGEST_FILE,
    PACKAGE_FILE,
    DataPackage,
    PackageDigest,
    decode_digest,
    decode_package,
)
from archiver.export.bundle_report import Checker

__all__ = ["DIGEST_FILE", "PACKAGE_FILE", "check_files", "check_signature", "check_written_digest"]


def check_files(c: Checker) -> DataPackage | None:
    raw = c.read(PACKAGE_FILE)
    if raw is None:
        c.fail("datapackage.json is missing: not a WACZ bundle", PACKAGE_FILE)
        return None
    try:
        package = decode_package(raw)
    except MalformedBundleFile as exc:
        c.fail(f"datapackage.json is not a valid data package: {exc.problem}", PACKAGE_FILE)
        return None
    if package.resources is None:
        c.fail("datapackage.json lists no resources: not a valid data package", PACKAGE_FILE)
        return None
    resources = [{"path": r.path, "hash": r.hash, "bytes": r.bytes} for r in package.resources]  # shapes checked
    listed = set()
    for res in resources:
        path = str(res["path"])
        listed.add(path)
        found = c.digest(path)  # streamed: a WARC member may be far larger than what is read whole
        if found is None:
            c.fail(f"{path} is listed in datapackage.json but missing from the bundle", path)
            continue
        c.files_checked += 1
        sha, size = found
        if not str(res.get("hash", "")).startswith("sha256:"):
            c.fail(f"{path}: datapackage.json gives no sha256 for it", path)
        elif sha != res["hash"]:
            c.fail(f"{path} was altered: its sha256 is {sha}, datapackage.json says {res['hash']}", path)
        elif res.get("bytes") is not None and res["bytes"] != size:
            c.fail(f"{path} has {size} bytes, datapackage.json says {res['bytes']}", path)
    for name in sorted(c.names - listed - {PACKAGE_FILE, DIGEST_FILE}):
        c.fail(f"{name} is in the zip but not listed in datapackage.json (added after signing)", name)
        c.unlisted.add(name)  # so no later stage parses it
    return package

def read_digest(c: Checker, missing: str | None) -> PackageDigest | None:
    """``datapackage-digest.json`` decoded; None where it is malformed (a problem) or missing: a
    problem ``missing`` says for a bundle that must be signed (ours), nothing for one that need
    not be (a foreign one, ``missing`` None)."""
    raw = c.read(DIGEST_FILE)
    if raw is None:
        if missing is not None:
            c.fail(missing, DIGEST_FILE)
        return None
    try:
        return decode_digest(raw)
    except MalformedBundleFile as exc:
        c.fail(exc.diagnostics(), DIGEST_FILE)
        return None


def package_hash(c: Checker, digest: PackageDigest) -> str:
    """The sha256 label of ``datapackage.json`` as the bundle holds it; a problem where ``digest``
    gives another (the file was altered after it was hashed for signing)."""
    actual = sha256_label(c.read(PACKAGE_FILE) or b"")
    if digest.hash != actual:
        c.fail(f"datapackage.json was altered: its sha256 is {actual}, datapackage-digest.json says "
               f"{digest.hash}", PACKAGE_FILE)
    return actual


def check_signature(c: Checker, package: DataPackage | None) -> str | None:
    """Returns the signing public key (base64 SPKI) if the signature verifies."""
    digest = read_digest(c, missing="datapackage-digest.json is missing: the bundle is not signed")
    if digest is None:
        return None
    signed = digest.signed
    if signed is None:
        c.fail("datapackage-digest.json has no signedData: the bundle is not signed", DIGEST_FILE)
        return None
    package_hash(c, digest)
    if signed.hash != digest.hash:
        c.fail("signedData.hash differs from the digest it signs", DIGEST_FILE)
    if package is not None and signed.created != package.created:
        c.fail("signedData.created differs from datapackage.json created", DIGEST_FILE)
    if signed.public_key is None or signed.signature is None:
        c.fail("signedData has no publicKey/signature (not the anonymous profile)", DIGEST_FILE)
        return None
    if not signing.verify_signature(signed.public_key, signed.signature, str(signed.hash).encode()):
        c.fail("the ECDSA signature in datapackage-digest.json does not verify", DIGEST_FILE)
        return None
    return signed.public_key


#: What ``archiver export`` writes in ``datapackage-digest.json`` (:func:`archiver.export.wacz._signed_digest`).
_DIGEST_KEYS = frozenset(("path", "hash", "signedData"))
_SIGNED_KEYS = frozenset(("hash", "created", "software", "version", "signature", "publicKey"))
#: Every ``signedData.version`` our writer has written (``archiver.export.wacz.SIGNING_SPEC_VERSION``).
_SIGNING_VERSIONS = frozenset(("0.1.0",))


def check_written_digest(c: Checker, package: DataPackage | None) -> None:
    """In a bundle of ours, ``datapackage-digest.json`` says only what export writes.

    The signature covers the sha256 of ``datapackage.json`` and nothing else: the digest file
    itself is covered by nothing, so anyone holding the bundle can edit it without a key. Replay
    tools show its fields beside the signature (ReplayWeb.page: ``software`` and ``created`` as
    the signer's, a ``domain`` as the identity claimed), so each must be what export wrote:
    ``path`` naming ``datapackage.json``, no field besides ``path``, ``hash`` and ``signedData``,
    in ``signedData`` exactly the anonymous profile's fields, its ``version`` the signing spec's
    we write, and ``software`` the signed ``datapackage.json``'s (``created`` is held to it by :func:`check_signature`)."""
    try:
        doc = loads_json(c.read(DIGEST_FILE) or b"")
    except ValueError:
        return  # malformed: check_signature said so
    if not isinstance(doc, dict):
        return
    said = f"{DIGEST_FILE} holds"
    for key in sorted(set(doc) - _DIGEST_KEYS):
        c.fail(f"{said} {key!r}, which archiver export never writes beside the signed data: it was added after "
               "the bundle was made (nothing signs this file)", DIGEST_FILE)
    if doc.get("path") != PACKAGE_FILE:
        c.fail(f"{DIGEST_FILE} names path {doc.get('path')!r}, but what it signs is {PACKAGE_FILE}: it was edited "
               "after the bundle was made", DIGEST_FILE)
    signed = doc.get("signedData")
    if not isinstance(signed, dict):
        return
    for key in sorted(set(signed) - _SIGNED_KEYS):
        c.fail(f"{said} signedData.{key}, which the signature does not cover and archiver export never writes "
               "(a replay tool shows it beside the signature): it was added after the bundle was made", DIGEST_FILE)
    version = signed.get("version")
    if not (isinstance(version, str) and version in _SIGNING_VERSIONS):  # a list or object: no set member
        c.fail(f"signedData.version {version!r} is not the signing spec version archiver export "
               f"writes ({', '.join(sorted(_SIGNING_VERSIONS))}): it was edited after the bundle was made", DIGEST_FILE)
    if package is not None and signed.get("software") != package.software:
        c.fail(f"signedData.software {signed.get('software')!r} differs from datapackage.json software "
               f"{package.software!r}: the signature does not cover it, and it was edited after the bundle was made",
               DIGEST_FILE)
