"""Check a WACZ evidence bundle offline, with nothing but the zip and this package.

What is checked, in order, each finding naming the file inside the zip:

1. every file against its sha256 and size in ``datapackage.json`` (and nothing unlisted);
2. ``datapackage-digest.json``: the hash of ``datapackage.json`` and its ECDSA signature (WACZ
   signing spec, anonymous profile), and that the signing key is one the log committed to;
3. the log checkpoint's Ed25519 signature (pinned key, or the key in the bundle, and says which;
   a bundle whose log name has a pinned key and whose ``log.pub`` is not one fails, ``E_KEY``);
4. every provenance entry against its inclusion proof under that one checkpoint;
5. every WARC record an entry names, by its sha256 block and payload digests, and every line of
   the replay index against the record at its place (``bundle_index``); a record id met twice,
   or a record no proven entry names (a file's ``warcinfo`` aside), fails: replay tools would
   show it as a capture;
6. re-extraction from the archived bytes reproduces the logged ``text_sha256`` (and says
   plainly when the extractor versions differ, so a mismatch cannot be judged);
7. ``pages/pages.jsonl`` has one page for each capture and none for another, each held to its
   capture's logged URL, time, origin, text and title (or corrected title), and so is the
   package's main page (``bundle_pages``);
8. each quote verification in the bundle is re-run on the reproduced text and must give the
   logged verdict, offsets and verified-text digest (one made on edited text fails);
9. every fact ``provenance/bundle.json`` states is the one the proven entries state (``bundle_guide``).

In a bundle of ours, ``datapackage-digest.json`` (``bundle_files``), ``datapackage.json``,
``pages/pages.jsonl`` and ``provenance/bundle.json`` (``bundle_written``) may hold only the fields
export writes: the WACZ signature alone covers them, and a field no stage reads would be free.

Every JSON file of the bundle is decoded by one shape-checking function (``bundle_json``): a
value of the wrong type is a finding about that file, never a traceback.

Before all that, the zip itself must show every reader the same files, and only the ones
checked (:mod:`archiver.export.bundle_zip`): member names that repeat (or differ only by ``./``,
backslashes, Unicode form or case), a folder entry that holds bytes, a second name in an extra
field, a damaged member, bytes that belong to no member, a local header that disagrees with the
central directory, and, in a bundle of ours, anything our writer does not write (a folder entry,
a comment, an extra field but zip64's) each fail it with nothing further checked.

Verified (exit 0) needs a trusted log key: ``--key FILE``, a key pinned with
``archiver key pin``, or the user's own log key (see :mod:`archiver.export.pins`). Otherwise
the report says what is consistent and which key signed it, and exits 3.

The report then says, in plain words, what that proves and what it does not.

Each stage lives in its own module (``bundle_zip``, ``bundle_files``, ``bundle_log``,
``bundle_records``, ``bundle_index``, ``bundle_pages``, ``bundle_quotes``, ``bundle_guide``,
``bundle_written``, ``bundle_conclude``, ``bundle_foreign``); this one runs them in order.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from archiver.core.files import open_user_file
from archiver.core.limits import check_zip
from archiver.errors import UsageError
from archiver.export.bundle_conclude import conclude
from archiver.export.bundle_files import check_files, check_signature, check_written_digest
from archiver.export.bundle_foreign import verify_foreign
from archiver.export.bundle_index import check_index
from archiver.export.bundle_log import check_anchor, check_checkpoint, check_proofs
from archiver.export.bundle_records import load_records
from archiver.export.bundle_report import BundleReport, Checker
from archiver.export.bundle_written import check_written_fields
from archiver.export.bundle_zip import (
    damaged_members,
    describe_duplicates,
    duplicate_members,
    entry_problems,
    header_mismatches,
    stray_bytes,
    unwritten_parts,
)

#: What a reader that goes by other parts of the zip than Python's might show instead.
_OTHER_READERS = ("a reader that walks the zip from its start, or obeys what Python's reader ignores, could "
                  "show other files than the ones checked here, so none can be trusted")


def verify_bundle(bundle: Path, *, key_file: Path | None = None,
                  tsa_roots: list[Path] | None = None, trusted: dict[str, str] | None = None,
                  key_dir: Path | None = None) -> BundleReport:
    """Check ``bundle`` offline. Raises UsageError if it is not a readable zip (nothing checked).

    Args:
        key_file: the log's published verifier key, to pin (default: the key in the bundle).
        tsa_roots: trusted root certificates for the bundle's RFC 3161 time-stamp, if it has one.
        trusted: verifier keys trusted without ``key_file`` (vkey -> where from); default: the
            keys pinned by the user and their own log keys (:func:`archiver.export.pins.trusted_keys`).
        key_dir: the key folder whose trusted keys and pins count (default: the user's). Without
            ``key_file``, a key pinned there for the bundle's log name that is not the bundle's
            key fails the bundle (``E_KEY``), as ``log verify`` fails such a log.
    """
    if trusted is None and key_file is None:
        from archiver.export.pins import trusted_keys

        trusted = trusted_keys(key_dir)
    bundle = Path(bundle)
    if not bundle.exists():
        raise UsageError(f"no such file: {bundle}")
    f = open_user_file(bundle, "bundle")  # a regular file: /dev/zero never ends, a FIFO blocks
    try:
        zf = zipfile.ZipFile(f)
    except (zipfile.BadZipFile, OSError) as exc:
        f.close()
        raise UsageError(f"{bundle} is not a readable WACZ (zip) file: {exc}") from exc
    with f, zf:
        check_zip(zf)  # a zip bomb is refused before any member is read
        c = Checker(zf, bundle, key_file, tsa_roots, trusted, key_dir)
        # (entries first: a second name is the cause of a duplicate Python 3.13's reader then sees)
        ambiguous = entry_problems(bundle, zf)
        if ambiguous:  # an entry extractors write under another name than the one checked here
            for name, reason in ambiguous:
                c.fail(f"{name}: {reason}: {_OTHER_READERS}", name, "E_ZIP_LAYOUT")
            c.names = set()
            return conclude(c, None)
        duplicates = duplicate_members(zf)
        if duplicates:  # which copy is the evidence depends on the reader: check nothing further
            for names in duplicates:
                c.fail(f"the zip holds {len(names)} members for one file ({describe_duplicates([names])}): "
                       "readers disagree on which copy they show, so none can be trusted", names[0])
            c.names = set()
            return conclude(c, None)
        damaged = damaged_members(zf)
        if damaged:  # nothing in a corrupted zip can be relied on: report it, check no further
            for name, reason in damaged:
                c.fail(f"{name} is damaged inside the zip and cannot be read ({reason}): the bundle was "
                       "corrupted or altered", name)
            c.names = set()  # so the conclusion reads nothing from it either
            return conclude(c, None)
        stray = stray_bytes(bundle, zf)
        if stray:  # bytes that are no member: another reader may find other files in them
            c.fail(f"the zip holds bytes that are not its files ({stray}): {_OTHER_READERS}", code="E_ZIP_LAYOUT")
            c.names = set()
            return conclude(c, None)
        mismatched = header_mismatches(bundle, zf)
        if mismatched:  # streaming readers go by the local header: they would read other bytes
            for name, reason in mismatched:
                c.fail(f"{name}: {reason}: {_OTHER_READERS}", name, "E_ZIP_LAYOUT")
            c.names = set()
            return conclude(c, None)
        if not any(n.startswith("provenance/") for n in c.names):
            c.names = {n for n in c.names if not n.endswith("/")}  # another tool's (empty) folder entries
            return verify_foreign(c)
        added = unwritten_parts(bundle, zf)
        if added:  # our writer writes none of these: they were added after export
            for part, what in added:
                c.fail(f"the zip holds {what}{f' ({part})' if part else ''}, which archiver export never writes: "
                       "it was added after the bundle was made", part, "E_ZIP_LAYOUT")
            c.names = set()
            return conclude(c, None)
        package = check_files(c)
        wacz_key = check_signature(c, package)
        check_written_digest(c, package)
        check_written_fields(c)
        check_checkpoint(c)
        check_anchor(c)
        check_proofs(c)
        load_records(c)
        check_index(c, ours=True)
        return conclude(c, wacz_key, package)
