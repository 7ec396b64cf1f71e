"""Checking a WACZ made by another tool: its own claims only, and plainly what it cannot prove.

Such a bundle has no provenance log; its files, digest signature, WARC record digests and pages
can still be checked (verdict ``foreign``, exit 3 unless tampering is found).
"""

from __future__ import annotations

from archiver.capture.fetch import wire_uri
from archiver.errors import MalformedBundleFile
from archiver.export import signing
from archiver.export.bundle_files import check_files, package_hash, read_digest
from archiver.export.bundle_index import check_index
from archiver.export.bundle_json import (
    DIGEST_FILE,
    PAGES_FILE,
    decode_pages,
)
from archiver.export.bundle_records import load_records
from archiver.export.bundle_report import BundleReport, Checker


def verify_foreign(c: Checker) -> BundleReport:
    """Check what a WACZ made by another tool lets anyone check, and say plainly what it cannot.

    Such a bundle has no provenance log: nothing in it says who captured what, when, or from
    which server. Its own claims still can be checked: each file against datapackage.json, the
    hash in datapackage-digest.json (and its signature, if it has an anonymous-profile one),
    every WARC record against the digests its headers state, that its CDXJ index points at
    those records (:mod:`archiver.export.bundle_index`), and that each page in
    pages/pages.jsonl has a record. Tampering found there fails (exit 1); otherwise the verdict
    is ``foreign`` (exit 3: the provenance could not be checked).
    """
    package = check_files(c)
    proven: list[str] = []
    not_proven = ["This is not a bundle made by archiver: it has no provenance log"
                  + (f" (made by {package.software})" if package is not None and package.software else "") + ". Nothing in it proves who captured these pages, when, or from which server: "
                  "the dates and addresses in its WARC records are the other tool's claims."]
    if package is not None and not c.problems:
        proven.append(f"The bundle's {c.files_checked} files match the sha256 hashes in its datapackage.json "
                      "(anyone who changed a file could have recomputed them).")
    signer = foreign_signature(c)
    if signer:
        proven.append(signer)
    else:
        not_proven.append("Who made or last changed the bundle: datapackage-digest.json "
                          + ("is missing" if DIGEST_FILE not in c.names else "carries no signature we can check")
                          + ", so no key vouches for its files.")
    load_records(c)
    c.records_checked = len(c.records)
    if c.records and not c.problems:
        proven.append(f"Its {len(c.records)} WARC records match the digests their own headers state (sha256 "
                      "recomputed; other algorithms' block digests checked where given).")
    check_index(c, ours=False)
    if c.index_sentence:
        proven.append(c.index_sentence)
    pages = foreign_pages(c)
    if pages:
        proven.append(f"Each of the {pages} pages in pages/pages.jsonl has a record in the bundle's WARC files.")
    not_proven.append("To quote from it, run `archiver import` on it: the import is logged with the file's "
                      "sha256, and quotes are verified against its pages, marked IMPORTED.")
    return BundleReport(
        bundle=str(c.bundle), key_fingerprint=None, key_source="",
        log_origin=None, checkpoint_size=None, files_checked=c.files_checked, records_checked=c.records_checked,
        entries_checked=0, extractions_checked=0, captures=(), proven=tuple(proven) if not c.problems else (),
        not_proven=tuple(not_proven), problems=tuple(c.problems), warnings=tuple(c.warnings), foreign=True)


def foreign_signature(c: Checker) -> str | None:
    """A sentence naming the key that signed a foreign WACZ, or None (a bad signature fails)."""
    digest = read_digest(c, missing=None)
    if digest is None:
        return None
    actual = package_hash(c, digest)
    if digest.hash != actual:
        return None
    signed = digest.signed
    if signed is None or signed.signature is None:
        return None
    if signed.public_key is None:
        c.warn("datapackage-digest.json is signed under the WACZ domain-name profile, which is not checked here",
               DIGEST_FILE)
        return None
    if signed.hash != actual or not signing.verify_signature(signed.public_key, signed.signature, actual.encode()):
        c.fail("the ECDSA signature in datapackage-digest.json does not verify", DIGEST_FILE)
        return None
    return (f"datapackage.json is signed with key {signing.fingerprint(signed.public_key)} (WACZ anonymous "
            "profile): whoever holds that key made or approved these files; the key names no one by itself.")


def foreign_pages(c: Checker) -> int:
    """How many pages pages/pages.jsonl lists, each checked to have a record (warned if not);
    a page and a record name one URL when their :func:`~archiver.capture.fetch.wire_uri` forms are
    equal (pages.jsonl may hold the URL as typed, an IRI, where the record holds what was sent)."""
    raw = c.read(PAGES_FILE)
    if raw is None:
        return 0
    uris = {wire_uri(rec.target_uri) for _, rec in c.records.values()  # one form for both sides: a page
            if rec.rec_type in ("response", "resource", "revisit") and rec.target_uri}  # listed as typed is its record's
    try:
        pages = decode_pages(raw)
    except MalformedBundleFile as exc:
        c.fail(exc.diagnostics(), PAGES_FILE)
        return 0
    count = 0
    for page in pages:
        if page.url is None:
            continue
        count += 1
        if wire_uri(page.url) not in uris:
            c.warn(f"pages/pages.jsonl lists {page.url}, which has no record in the bundle", PAGES_FILE)
    return count
