"""Stages 1 and 2 of a bundle check: its files against ``datapackage.json``, and that file's signature.

Every member must be listed with its sha256 and size (nothing unlisted), and
``datapackage-digest.json`` must hash ``datapackage.json`` and carry a WACZ anonymous-profile
ECDSA signature over it.
"""

from __future__ import annotations

from typing import Any

from archiver.core.digests import sha256_label
from archiver.core.untrusted import loads_json
from archiver.export import signing
from archiver.export.bundle_report import Checker

DIGEST_FILE = "datapackage-digest.json"
PACKAGE_FILE = "datapackage.json"


def check_files(c: Checker) -> dict[str, Any] | None:
    raw = c.read(PACKAGE_FILE)
    if raw is None:
        c.fail("datapackage.json is missing: not a WACZ bundle", PACKAGE_FILE)
        return None
    try:
        package: dict[str, Any] = loads_json(raw)
        resources = package["resources"]
    except (ValueError, KeyError, TypeError):
        c.fail("datapackage.json is not a valid data package", PACKAGE_FILE)
        return None
    listed = set()
    for res in resources:
        path = res.get("path") if isinstance(res, dict) else None
        if not isinstance(path, str):
            c.fail("a resource without a path", PACKAGE_FILE)
            continue
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

def check_signature(c: Checker, package: dict[str, Any] | None) -> str | None:
    """Returns the signing public key (base64 SPKI) if the signature verifies."""
    raw = c.read(DIGEST_FILE)
    if raw is None:
        c.fail("datapackage-digest.json is missing: the bundle is not signed", DIGEST_FILE)
        return None
    try:
        digest = loads_json(raw)
        signed = digest["signedData"]
    except (ValueError, KeyError, TypeError):
        c.fail("datapackage-digest.json is malformed or has no signedData", DIGEST_FILE)
        return None
    package_raw = c.read(PACKAGE_FILE) or b""
    actual = sha256_label(package_raw)
    if digest.get("hash") != actual:
        c.fail(f"datapackage.json was altered: its sha256 is {actual}, datapackage-digest.json says "
                  f"{digest.get('hash')}", PACKAGE_FILE)
    if signed.get("hash") != digest.get("hash"):
        c.fail("signedData.hash differs from the digest it signs", DIGEST_FILE)
    if package is not None and signed.get("created") != package.get("created"):
        c.fail("signedData.created differs from datapackage.json created", DIGEST_FILE)
    public_key = signed.get("publicKey")
    if not isinstance(public_key, str) or not isinstance(signed.get("signature"), str):
        c.fail("signedData has no publicKey/signature (not the anonymous profile)", DIGEST_FILE)
        return None
    if not signing.verify_signature(public_key, signed["signature"], str(signed.get("hash")).encode()):
        c.fail("the ECDSA signature in datapackage-digest.json does not verify", DIGEST_FILE)
        return None
    return public_key
