"""Check a WACZ evidence bundle offline, with nothing but the zip and this package.

What is checked, in order, each finding naming the file inside the zip:

1. every file against its sha256 and size in ``datapackage.json`` (and nothing unlisted);
2. ``datapackage-digest.json``: the hash of ``datapackage.json`` and its ECDSA signature (WACZ
   signing spec, anonymous profile), and that the signing key is one the log committed to;
3. the log checkpoint's Ed25519 signature (pinned key, or the key in the bundle, and says which);
4. every provenance entry against its inclusion proof under that one checkpoint;
5. every WARC record an entry names, by its sha256 block and payload digests;
6. re-extraction from the archived bytes reproduces the logged ``text_sha256`` (and says
   plainly when the extractor versions differ, so a mismatch cannot be judged);
7. ``pages/pages.jsonl`` has each capture's page, with the logged text;
8. each quote verification in the bundle is re-run on the reproduced text and must give the
   logged verdict, offsets and verified-text digest (one made on edited text fails).

Before all that, a zip whose member names repeat (or differ only by ``./``, backslashes,
Unicode form or case) is refused: readers disagree on which copy they show.

Verified (exit 0) needs a trusted log key: ``--key FILE``, a key pinned with
``archiver key pin``, or the user's own log key (see :mod:`archiver.export.pins`). Otherwise
the report says what is consistent and which key signed it, and exits 3.

The report then says, in plain words, what that proves and what it does not.
"""

from __future__ import annotations

import functools
import json
import posixpath
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archiver.capture.warc import (
    StoredRecord,
    TornTail,
    entity_body,
    header_value,
    iter_records,
)
from archiver.core.digests import sha256_label
from archiver.core.limits import ZipLimitError, check_zip, open_member, read_member
from archiver.corrections import Correction, corrected_fields
from archiver.errors import UsageError
from archiver.export import signing
from archiver.provenance.note import NoteError, Verifier, open_checkpoint
from archiver.provenance.proof import check_proof, read_verifier
from archiver.provenance.prooftext import parse_proof

DIGEST_FILE = "datapackage-digest.json"
PACKAGE_FILE = "datapackage.json"
_PROOF_RE = re.compile(r"provenance/entry-(\d+)\.tlog-proof\Z")
# What reading a damaged zip member raises: bad CRC or header, a corrupt deflate stream, a cut
# stream, an unsupported compression method, an encrypted member, an offset past the end.
ZIP_READ_ERRORS = (ZipLimitError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError)


def member_key(name: str) -> str:
    """The file a member name means to a reader that extracts it (for duplicate detection).

    Backslashes, ``./`` and empty segments, a leading ``/``, Unicode form and case are all
    ways two different names in the zip's directory end up as one file on some disk or in
    some tool, so they are folded together here.
    """
    path = unicodedata.normalize("NFC", name.replace("\\", "/"))
    parts = [p for p in path.split("/") if p not in ("", ".")]
    return posixpath.join(*parts).casefold() if parts else ""


def duplicate_members(zf: zipfile.ZipFile) -> list[list[str]]:
    """Groups of member names that denote the same file; [] when every name is unique."""
    groups: dict[str, list[str]] = {}
    for info in zf.infolist():
        groups.setdefault(member_key(info.filename), []).append(info.filename)
    return [names for names in groups.values() if len(names) > 1]


def describe_duplicates(groups: list[list[str]]) -> str:
    return "; ".join(" and ".join(repr(n) for n in names) for names in groups)


def refuse_duplicate_members(zf: zipfile.ZipFile, label: str) -> None:
    """UsageError if the zip has two members for one file: which copy is evidence is ambiguous.

    Called before anything is read or copied from the zip, so nothing is left behind.
    """
    groups = duplicate_members(zf)
    if groups:
        raise UsageError(f"{label}: the zip holds more than one member for the same file "
                         f"({describe_duplicates(groups)}); refused, nothing imported")


def damaged_members(zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    """Every member that cannot be read back intact, with the reason; [] for a sound zip."""
    damaged = []
    for info in zf.infolist():
        if info.is_dir():
            continue
        try:
            with zf.open(info) as f:
                while f.read(1 << 20):
                    pass
        except ZIP_READ_ERRORS as exc:
            damaged.append((info.filename, str(exc) or type(exc).__name__))
    return damaged


@dataclass(frozen=True)
class Finding:
    """A problem (the bundle fails) or a warning (a check could not be concluded)."""

    message: str
    file: str | None = None
    code: str = "E_BUNDLE"

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "file": self.file, "message": self.message}


@dataclass(frozen=True)
class BundleReport:
    bundle: str
    key_fingerprint: str | None
    key_source: str
    log_origin: str | None
    checkpoint_size: int | None
    files_checked: int
    records_checked: int
    entries_checked: int
    extractions_checked: int
    captures: tuple[dict[str, Any], ...]
    proven: tuple[str, ...]
    not_proven: tuple[str, ...]
    problems: tuple[Finding, ...] = field(default=())
    warnings: tuple[Finding, ...] = field(default=())
    time_anchor: dict[str, Any] | None = None
    key_pinned: bool = False
    entries: dict[str, list[int]] = field(default_factory=dict)
    quotes_checked: int = 0
    #: not an archiver bundle (no provenance log): only the other tool's own claims were checked
    foreign: bool = False

    @property
    def ok(self) -> bool:
        """No tampering or corruption found (which says nothing yet about who signed)."""
        return not self.problems

    @property
    def verdict(self) -> str:
        """``verified`` only against a trusted key with every check concluded."""
        if self.problems:
            return "failed"
        if self.foreign:
            return "foreign"
        if any(w.code == "W_INCOMPLETE" for w in self.warnings):
            return "incomplete"
        return "verified" if self.key_pinned else "key_not_pinned"

    @property
    def exit_code(self) -> int:
        """0 verified, 1 tampering or corruption found, 3 a check (or the signer, or for a foreign
        bundle its provenance) not concluded."""
        return {"verified": 0, "failed": 1}.get(self.verdict, 3)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "verdict": self.verdict, "verified": self.verdict == "verified", "foreign": self.foreign,
            "bundle": self.bundle, "key_fingerprint": self.key_fingerprint, "key_pinned": self.key_pinned,
            "key_source": self.key_source or None, "log_origin": self.log_origin,
            "checkpoint_size": self.checkpoint_size, "files_checked": self.files_checked,
            "records_checked": self.records_checked, "entries_checked": self.entries_checked,
            "extractions_checked": self.extractions_checked, "quotes_checked": self.quotes_checked,
            "entries": {"count": sum(len(v) for v in self.entries.values()),
                        "by_type": {t: list(v) for t, v in self.entries.items()}},
            "captures": list(self.captures),
            "time_anchor": self.time_anchor, "proven": list(self.proven), "not_proven": list(self.not_proven),
            "problems": [p.to_dict() for p in self.problems],
            "warnings": [w.to_dict() for w in self.warnings],
        }


def _proof_seq(name: str) -> int:
    """The entry number in a proof member's name (``entry-<seq>.tlog-proof``); -1 for another name."""
    m = _PROOF_RE.match(name)
    return int(m[1]) if m else -1


class _Checker:
    def __init__(self, zf: zipfile.ZipFile, bundle: Path, key_file: Path | None,
                 tsa_roots: list[Path] | None = None, trusted: dict[str, str] | None = None) -> None:
        self.zf = zf
        self.trusted = trusted or {}
        self.key_pinned = False
        self.articles: dict[int, Any] = {}
        self.quotes_checked = 0
        self.tsa_roots = tsa_roots or []
        self.checkpoint: Any = None
        self.anchor: dict[str, Any] | None = None
        self._anchor_check: tuple[Any, bytes] | None = None
        self.bundle = bundle
        self.key_file = key_file
        self.names = {i.filename for i in zf.infolist() if not i.is_dir()}
        self.problems: list[Finding] = []
        self.warnings: list[Finding] = []
        self.files_checked = 0
        self.records_checked = 0
        self.extractions_checked = 0
        self.verifier: Verifier | None = None
        self.key_source = ""
        self.checkpoint_note: str | None = None
        self.checkpoint_size: int | None = None
        self.origin: str | None = None
        self.entries: dict[int, dict[str, Any]] = {}
        self.records: dict[str, tuple[str, StoredRecord]] = {}

    def fail(self, message: str, file: str | None = None, code: str = "E_BUNDLE") -> None:
        self.problems.append(Finding(message, file, code))

    def warn(self, message: str, file: str | None = None, code: str = "W_BUNDLE") -> None:
        self.warnings.append(Finding(message, file, code))

    def read(self, name: str) -> bytes | None:
        if name not in self.names:
            return None
        return read_member(self.zf, name)

    # ------------------------------------------------------------------ 1. files
    def check_files(self) -> dict[str, Any] | None:
        raw = self.read(PACKAGE_FILE)
        if raw is None:
            self.fail("datapackage.json is missing: not a WACZ bundle", PACKAGE_FILE)
            return None
        try:
            package: dict[str, Any] = json.loads(raw)
            resources = package["resources"]
        except (ValueError, KeyError, TypeError):
            self.fail("datapackage.json is not a valid data package", PACKAGE_FILE)
            return None
        listed = set()
        for res in resources:
            path = res.get("path") if isinstance(res, dict) else None
            if not isinstance(path, str):
                self.fail("a resource without a path", PACKAGE_FILE)
                continue
            listed.add(path)
            data = self.read(path)
            if data is None:
                self.fail(f"{path} is listed in datapackage.json but missing from the bundle", path)
                continue
            self.files_checked += 1
            if not str(res.get("hash", "")).startswith("sha256:"):
                self.fail(f"{path}: datapackage.json gives no sha256 for it", path)
            elif sha256_label(data) != res["hash"]:
                self.fail(f"{path} was altered: its sha256 is {sha256_label(data)}, datapackage.json says {res['hash']}", path)
            elif res.get("bytes") is not None and res["bytes"] != len(data):
                self.fail(f"{path} has {len(data)} bytes, datapackage.json says {res['bytes']}", path)
        for name in sorted(self.names - listed - {PACKAGE_FILE, DIGEST_FILE}):
            self.fail(f"{name} is in the zip but not listed in datapackage.json (added after signing)", name)
        return package

    # ------------------------------------------------------------------ 2. WACZ signature
    def check_signature(self, package: dict[str, Any] | None) -> str | None:
        """Returns the signing public key (base64 SPKI) if the signature verifies."""
        raw = self.read(DIGEST_FILE)
        if raw is None:
            self.fail("datapackage-digest.json is missing: the bundle is not signed", DIGEST_FILE)
            return None
        try:
            digest = json.loads(raw)
            signed = digest["signedData"]
        except (ValueError, KeyError, TypeError):
            self.fail("datapackage-digest.json is malformed or has no signedData", DIGEST_FILE)
            return None
        package_raw = self.read(PACKAGE_FILE) or b""
        actual = sha256_label(package_raw)
        if digest.get("hash") != actual:
            self.fail(f"datapackage.json was altered: its sha256 is {actual}, datapackage-digest.json says "
                      f"{digest.get('hash')}", PACKAGE_FILE)
        if signed.get("hash") != digest.get("hash"):
            self.fail("signedData.hash differs from the digest it signs", DIGEST_FILE)
        if package is not None and signed.get("created") != package.get("created"):
            self.fail("signedData.created differs from datapackage.json created", DIGEST_FILE)
        public_key = signed.get("publicKey")
        if not isinstance(public_key, str) or not isinstance(signed.get("signature"), str):
            self.fail("signedData has no publicKey/signature (not the anonymous profile)", DIGEST_FILE)
            return None
        if not signing.verify_signature(public_key, signed["signature"], str(signed.get("hash")).encode()):
            self.fail("the ECDSA signature in datapackage-digest.json does not verify", DIGEST_FILE)
            return None
        return public_key

    # ------------------------------------------------------------------ 3. checkpoint
    def check_checkpoint(self) -> None:
        pub = self.read("provenance/log.pub")
        if self.key_file is not None:
            self.verifier = read_verifier(self.key_file)  # the user's key file: read here, checked in memory
            self.key_source = f"pinned key {self.key_file}"
            self.key_pinned = True
            if pub is not None and pub.decode(errors="replace").strip() != self.verifier.vkey:
                self.fail("provenance/log.pub is not the pinned key: the bundle speaks for another log",
                          "provenance/log.pub")
        elif pub is None:
            self.fail("provenance/log.pub is missing and no --key was given", "provenance/log.pub")
            return
        else:
            try:
                self.verifier = Verifier.from_vkey(pub)
            except NoteError as exc:
                self.fail(f"provenance/log.pub is not a verifier key: {exc}", "provenance/log.pub")
                return
            if self.verifier.vkey in self.trusted:
                self.key_pinned = True
                self.key_source = f"pinned: {self.trusted[self.verifier.vkey]}"
            else:
                self.key_source = ("the key inside the bundle (provenance/log.pub), NOT pinned: pass --key with "
                                   "the author's published key, or pin it with `archiver key pin FILE`")
        raw = self.read("provenance/checkpoint.txt")
        if raw is None:
            self.fail("provenance/checkpoint.txt is missing", "provenance/checkpoint.txt")
            return
        try:
            cp = open_checkpoint(raw, self.verifier)
        except NoteError as exc:
            self.fail(f"the checkpoint's signature does not verify with key {self.verifier.fingerprint} ({exc})",
                      "provenance/checkpoint.txt")
            return
        self.checkpoint_note = raw.decode()  # open_checkpoint decoded it: UTF-8
        self.checkpoint = cp
        self.checkpoint_size = cp.size
        self.origin = cp.origin

    def check_anchor(self) -> None:
        """An RFC 3161 time-stamp of the checkpoint, if the bundle has one."""
        from archiver.provenance.anchor import AnchorError, RFC3161Anchor, load_certificates

        for name in sorted(n for n in self.names if n.startswith("provenance/checkpoint.") and n.endswith(".tsr")):
            if self.checkpoint is None:
                self.warn(f"{name} not checked: no verified checkpoint", name, "W_INCOMPLETE")
                continue
            anchor = RFC3161Anchor(None, roots=load_certificates(self.tsa_roots) if self.tsa_roots else None)
            try:
                result = anchor.verify(self.checkpoint.text().encode(), read_member(self.zf, name))
            except AnchorError as exc:
                self.fail(f"{name}: the time-stamp does not match the checkpoint or does not verify ({exc})", name)
                continue
            self.anchor = {**result.to_dict(), "file": name}
            self._anchor_check = (anchor, read_member(self.zf, name))
            if not result.trusted:
                self.warn(f"{name}: the TSA's certificate chain was not checked (pass --tsa-root with the TSA's "
                          "root certificate)", name, "W_ANCHOR_UNTRUSTED")

    # ------------------------------------------------------------------ 4. entries
    def check_proofs(self) -> None:
        proofs = sorted((n for n in self.names if _PROOF_RE.match(n)), key=_proof_seq)
        if not proofs:
            self.fail("the bundle holds no provenance proofs", "provenance/")
            return
        if self.verifier is None or self.checkpoint_note is None:
            self.warn("provenance proofs not checked: no verified checkpoint", code="W_INCOMPLETE")
            return
        for name in proofs:
            data = read_member(self.zf, name)
            seq = _proof_seq(name)
            # With a time-stamp, verify_proof also refuses entries claiming a time after it.
            anchor, token = self._anchor_check or (None, None)
            report = check_proof(data, self.verifier, key_source=self.key_source, anchor=anchor, anchor_proof=token)
            if not report.ok:
                for p in report.problems:
                    self.fail(f"{name}: {p.message}", name, p.code)
                continue
            blocks = parse_proof(data)
            if blocks[0].index != seq:
                self.fail(f"{name} proves entry {blocks[0].index}, not {seq}", name)
                continue
            if any(b.note != self.checkpoint_note for b in blocks):
                self.fail(f"{name} is proven against a different checkpoint than provenance/checkpoint.txt "
                          "(checkpoint swapped?)", name)
                continue
            for e in report.entries:
                self.entries[e["seq"]] = {"seq": e["seq"], "type": e["type"], "data": e["data"], "proof": name}

    # ------------------------------------------------------------------ 5. records
    def load_records(self) -> None:
        for name in sorted(n for n in self.names if n.startswith("archive/")):
            # read in place from the zip (no temporary copy); the name is only for messages
            for item in iter_records(Path(Path(name).name), opener=functools.partial(open_member, self.zf, name),
                                     size=self.zf.getinfo(name).file_size):
                if isinstance(item, TornTail):
                    self.fail(f"{name}: damaged WARC data at byte {item.offset} ({item.reason})", name)
                    break
                for p in item.problems():
                    self.fail(f"{name}: {p}", name)
                foreign = foreign_block_digest_problem(item)
                if foreign:  # the other tool's claim was already wrong when imported; our log holds these bytes
                    self.warn(f"{name}: {foreign}", name, "W_FOREIGN_DIGEST")
                self.records[item.record_id] = (name, item)

    def check_record(self, seq: int, rec: dict[str, Any]) -> StoredRecord | None:
        rid = rec.get("record_id")
        found = self.records.get(rid) if isinstance(rid, str) else None
        if found is None:
            self.fail(f"WARC record {rid} named by log entry {seq} is missing from the bundle",
                      f"archive/{Path(str(rec.get('warc'))).name}")
            return None
        name, stored = found
        self.records_checked += 1
        if rec.get("block_digest") and stored.block_digest != rec["block_digest"]:
            self.fail(f"{name}: record {rid} was altered: block sha256 {stored.block_digest}, log entry {seq} "
                      f"says {rec['block_digest']}", name)
            return None
        if rec.get("payload_digest") and stored.payload_digest and stored.payload_digest != rec["payload_digest"]:
            self.fail(f"{name}: record {rid} payload sha256 {stored.payload_digest}, log entry {seq} says "
                      f"{rec['payload_digest']}", name)
            return None
        return stored

    # ------------------------------------------------------------------ 6. extraction
    def check_extraction(self, seq: int, data: dict[str, Any], response: StoredRecord | None,
                         url: str | None) -> str | None:
        ext = self.records.get(str(data.get("record_id")))
        if ext is None:
            self.fail(f"extraction record {data.get('record_id')} of log entry {seq} is missing", "archive/")
            return None
        name, record = ext
        if data.get("extraction_sha256") and record.block_digest != data["extraction_sha256"]:
            self.fail(f"{name}: extraction record of entry {seq} was altered", name)
        if data.get("source_record_id"):  # extracted from another record (a browser capture's rendered DOM)
            source = self.records.get(str(data["source_record_id"]))
            if source is None:
                self.fail(f"record {data['source_record_id']} that entry {seq}'s text was extracted from is missing",
                          "archive/")
                return None
            response = source[1]
        if response is None:
            return None
        from archiver.errors import ArchiverError
        from archiver.extract import extract, extractor_versions

        try:
            headers, body = entity_body(response)  # within the record and inflate limits
            article = extract(body, url=url, content_type=header_value(headers, "Content-Type"))
        except ArchiverError as exc:
            self.warn(f"entry {seq}: re-extraction failed here ({exc.diagnostics()})", name, "W_INCOMPLETE")
            return None
        self.extractions_checked += 1
        now, then = extractor_versions(), data.get("extractor") or {}
        if article.text_sha256 == data.get("text_sha256"):
            self.articles[seq] = article
            if now != then:
                self.warn(f"entry {seq}: re-extraction reproduces the logged text although extractor versions "
                          f"differ ({_diff(then, now)})", name, "W_VERSIONS")
            return article.text_sha256
        if now != then:
            self.warn(f"entry {seq}: re-extraction gives {article.text_sha256}, the log says "
                      f"{data.get('text_sha256')}, but the extractor versions differ ({_diff(then, now)}): "
                      "install the logged versions to judge", name, "W_INCOMPLETE")
            return None
        self.fail(f"entry {seq}: re-extraction from the archived bytes gives text {article.text_sha256}, the log "
                  f"says {data.get('text_sha256')} with the same extractor versions", name)
        return None


def foreign_block_digest_problem(rec: StoredRecord) -> str | None:
    """Check a WARC-Block-Digest in another algorithm (sha1 base32 as warcio/Heritrix write).

    Our reader checks sha256 digests; imported records carry their tool's own. The block digest
    is unambiguous (the whole block), so it is checked too; a payload digest in another
    algorithm is not (tools disagree on chunked bodies).
    """
    import base64
    import hashlib

    stated = rec.header("WARC-Block-Digest")
    if not stated or stated.startswith("sha256:") or ":" not in stated:
        return None
    alg, _, value = stated.partition(":")
    try:
        h = rec.foreign_block_digest if rec.oversize else hashlib.new(alg.lower().replace("-", ""), rec.block).digest()
    except ValueError:
        return None  # an algorithm we do not know: nothing to say
    if h is None:
        return None  # an oversize record in an algorithm we could not stream
    if value.lower() in (h.hex(), base64.b32encode(h).decode().lower()):
        return None
    return f"record {rec.record_id} block digest is not the {alg} its header states ({stated})"


def _diff(then: dict[str, Any], now: dict[str, Any]) -> str:
    keys = sorted(set(then) | set(now))
    return "; ".join(f"{k}: logged {then.get(k, '-')}, here {now.get(k, '-')}" for k in keys
                     if then.get(k) != now.get(k))


def _capture_items(entries: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
    """Every capture the proven entries describe: made here (``capture``) or imported."""
    items = []
    for seq, e in sorted(entries.items()):
        d = e["data"] or {}
        if e["type"] == "capture":
            items.append({"capture_id": d.get("capture_id"), "origin": "captured", "seq": seq, "url": d.get("url"),
                          "final_url": d.get("final_url"), "ip": d.get("ip"), "time": d.get("capture_time"),
                          "http_status": d.get("http_status"), "records": d.get("records") or [],
                          "response_record_id": d.get("response_record_id"),
                          "payload_digest": d.get("payload_digest"), "tls": d.get("tls")})
        elif e["type"] == "import":
            for c in d.get("captures") or []:
                items.append({"capture_id": c.get("capture_id"), "origin": "imported", "seq": seq,
                              "url": c.get("url"), "final_url": c.get("url"), "ip": c.get("ip"),
                              "time": c.get("capture_time"), "http_status": c.get("http_status"),
                              "records": c.get("records") or [], "response_record_id": c.get("response_record_id"),
                              "payload_digest": c.get("payload_digest"), "tls": None,
                              "source": d.get("source"), "source_sha256": d.get("sha256"),
                              "revisit_of": c.get("revisit_of") if isinstance(c.get("revisit_of"), dict) else None})
    return items


def verify_bundle(bundle: Path, *, key_file: Path | None = None,
                  tsa_roots: list[Path] | None = None, trusted: dict[str, str] | None = None) -> BundleReport:
    """Check ``bundle`` offline. Raises UsageError if it is not a readable zip (nothing checked).

    Args:
        key_file: the log's published verifier key, to pin (default: the key in the bundle).
        tsa_roots: trusted root certificates for the bundle's RFC 3161 time-stamp, if it has one.
        trusted: verifier keys trusted without ``key_file`` (vkey -> where from); default: the
            keys pinned by the user and their own log keys (:func:`archiver.export.pins.trusted_keys`).
    """
    if trusted is None and key_file is None:
        from archiver.export.pins import trusted_keys

        trusted = trusted_keys()
    bundle = Path(bundle)
    try:
        zf = zipfile.ZipFile(bundle)
    except FileNotFoundError as exc:
        raise UsageError(f"no such file: {bundle}") from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise UsageError(f"{bundle} is not a readable WACZ (zip) file: {exc}") from exc
    with zf:
        check_zip(zf)  # a zip bomb is refused before any member is read
        c = _Checker(zf, bundle, key_file, tsa_roots, trusted)
        duplicates = duplicate_members(zf)
        if duplicates:  # which copy is the evidence depends on the reader: check nothing further
            for names in duplicates:
                c.fail(f"the zip holds {len(names)} members for one file ({describe_duplicates([names])}): "
                       "readers disagree on which copy they show, so none can be trusted", names[0])
            c.names = set()
            return _conclude(c, None)
        damaged = damaged_members(zf)
        if damaged:  # nothing in a corrupted zip can be relied on: report it, check no further
            for name, reason in damaged:
                c.fail(f"{name} is damaged inside the zip and cannot be read ({reason}): the bundle was "
                       "corrupted or altered", name)
            c.names = set()  # so the conclusion reads nothing from it either
            return _conclude(c, None)
        if not any(n.startswith("provenance/") for n in c.names):
            return _verify_foreign(c)
        package = c.check_files()
        wacz_key = c.check_signature(package)
        c.check_checkpoint()
        c.check_anchor()
        c.check_proofs()
        c.load_records()
        return _conclude(c, wacz_key)


def _verify_foreign(c: _Checker) -> BundleReport:
    """Check what a WACZ made by another tool lets anyone check, and say plainly what it cannot.

    Such a bundle has no provenance log: nothing in it says who captured what, when, or from
    which server. Its own claims still can be checked: each file against datapackage.json, the
    hash in datapackage-digest.json (and its signature, if it has an anonymous-profile one),
    every WARC record against the digests its headers state, and that each page in
    pages/pages.jsonl has a record. Tampering found there fails (exit 1); otherwise the verdict
    is ``foreign`` (exit 3: the provenance could not be checked).
    """
    package = c.check_files()
    proven: list[str] = []
    not_proven = ["This is not a bundle made by archiver: it has no provenance log"
                  + (f" (made by {package.get('software')})" if isinstance(package, dict) and package.get("software")
                     else "") + ". Nothing in it proves who captured these pages, when, or from which server: "
                  "the dates and addresses in its WARC records are the other tool's claims."]
    if package is not None and not c.problems:
        proven.append(f"The bundle's {c.files_checked} files match the sha256 hashes in its datapackage.json "
                      "(anyone who changed a file could have recomputed them).")
    signer = _foreign_signature(c)
    if signer:
        proven.append(signer)
    else:
        not_proven.append("Who made or last changed the bundle: datapackage-digest.json "
                          + ("is missing" if DIGEST_FILE not in c.names else "carries no signature we can check")
                          + ", so no key vouches for its files.")
    c.load_records()
    c.records_checked = len(c.records)
    if c.records and not c.problems:
        proven.append(f"Its {len(c.records)} WARC records match the digests their own headers state (sha256 "
                      "recomputed; other algorithms' block digests checked where given).")
    pages = _foreign_pages(c)
    if pages:
        proven.append(f"Each of the {pages} pages in pages/pages.jsonl has a record in the bundle's WARC files.")
    not_proven.append("To quote from it, run `archiver import` on it: the import is logged with the file's "
                      "sha256, and quotes are verified against its pages, marked IMPORTED.")
    return BundleReport(
        bundle=str(c.bundle), key_fingerprint=None, key_source="",
        log_origin=None, checkpoint_size=None, files_checked=c.files_checked, records_checked=c.records_checked,
        entries_checked=0, extractions_checked=0, captures=(), proven=tuple(proven) if not c.problems else (),
        not_proven=tuple(not_proven), problems=tuple(c.problems), warnings=tuple(c.warnings), foreign=True)


def _foreign_signature(c: _Checker) -> str | None:
    """A sentence naming the key that signed a foreign WACZ, or None (a bad signature fails)."""
    raw = c.read(DIGEST_FILE)
    if raw is None:
        return None
    try:
        digest = json.loads(raw)
    except ValueError:
        c.fail("datapackage-digest.json is not valid JSON", DIGEST_FILE)
        return None
    actual = sha256_label(c.read(PACKAGE_FILE) or b"")
    if not isinstance(digest, dict) or digest.get("hash") != actual:
        c.fail(f"datapackage.json was altered: its sha256 is {actual}, datapackage-digest.json says "
               f"{digest.get('hash') if isinstance(digest, dict) else None}", PACKAGE_FILE)
        return None
    signed = digest.get("signedData")
    if not isinstance(signed, dict) or not isinstance(signed.get("signature"), str):
        return None
    if not isinstance(signed.get("publicKey"), str):
        c.warn("datapackage-digest.json is signed under the WACZ domain-name profile, which is not checked here",
               DIGEST_FILE)
        return None
    if signed.get("hash") != actual or not signing.verify_signature(signed["publicKey"], signed["signature"],
                                                                    actual.encode()):
        c.fail("the ECDSA signature in datapackage-digest.json does not verify", DIGEST_FILE)
        return None
    return (f"datapackage.json is signed with key {signing.fingerprint(signed['publicKey'])} (WACZ anonymous "
            "profile): whoever holds that key made or approved these files; the key names no one by itself.")


def _foreign_pages(c: _Checker) -> int:
    """How many pages pages/pages.jsonl lists, each checked to have a record (warned if not)."""
    raw = c.read("pages/pages.jsonl")
    if raw is None:
        return 0
    uris = {rec.target_uri for _, rec in c.records.values() if rec.rec_type in ("response", "resource", "revisit")}
    count = 0
    for line in raw.decode("utf-8", errors="replace").splitlines()[1:]:
        try:
            page = json.loads(line)
        except ValueError:
            continue
        if not isinstance(page, dict) or not isinstance(page.get("url"), str):
            continue
        count += 1
        if page["url"] not in uris:
            c.warn(f"pages/pages.jsonl lists {page['url']}, which has no record in the bundle", "pages/pages.jsonl")
    return count


def _conclude(c: _Checker, wacz_key: str | None) -> BundleReport:
    # The WACZ signature counts only if the log committed to that key.
    logged_keys = {e["data"].get("public_key"): seq for seq, e in c.entries.items()
                   if e["type"] == "key_created" and (e["data"] or {}).get("purpose") == signing.PURPOSE}
    if wacz_key is not None and c.entries and wacz_key not in logged_keys:
        c.fail("datapackage-digest.json is signed by a key this log never committed to (re-signed bundle?)",
               DIGEST_FILE)

    pages = _pages(c)
    captures_out = []
    proven: list[str] = []
    if wacz_key is not None and wacz_key in logged_keys:
        proven.append(f"The bundle's files are exactly those listed in datapackage.json, signed with WACZ key "
                      f"{signing.fingerprint(wacz_key)}, which the log committed to at position {logged_keys[wacz_key]}.")
    covered: set[str] = set()
    extractions = {(e["data"] or {}).get("capture_id"): (seq, e["data"]) for seq, e in sorted(c.entries.items())
                   if e["type"] == "extraction"}
    quotes: dict[str, list[dict[str, Any]]] = {}
    for seq, e in sorted(c.entries.items()):
        if e["type"] == "quote_verification":
            quotes.setdefault(str((e["data"] or {}).get("capture_id")), []).append({"seq": seq, **(e["data"] or {})})
    guide = _json(c, "provenance/bundle.json")
    listed = ({str(x.get("capture_id")) for x in guide.get("captures") or [] if isinstance(x, dict)}
              if isinstance(guide, dict) else None)
    # One import entry names every page of a file; the bundle carries (and answers for) those it lists.
    items = [item for item in _capture_items(c.entries)
             if not (item["origin"] == "imported" and listed is not None and item["capture_id"] not in listed)]
    for message in correction_problems(c.entries, {item["capture_id"] for item in items}):
        c.fail(message, "provenance/")
    corrections = _corrections(c.entries)
    for item in items:
        cid = item["capture_id"]
        response = None
        records_ok = True
        for rec in item["records"]:
            covered.add(rec.get("record_id"))
            stored = c.check_record(item["seq"], rec)
            records_ok &= stored is not None
            if stored is not None and rec.get("record_id") == item["response_record_id"]:
                response = stored
        if item.get("revisit_of") and response is not None:  # an imported revisit: its bytes are there
            covered.add(item["revisit_of"].get("record_id"))
            response = c.check_record(item["seq"], item["revisit_of"])
            records_ok &= response is not None
        text_sha = None
        ext = extractions.get(cid)
        if ext is not None:
            covered.add(ext[1].get("record_id"))
            text_sha = c.check_extraction(ext[0], ext[1], response, item["final_url"])
            page = pages.get(cid)
            if page is None:
                c.fail(f"pages/pages.jsonl has no page for capture {cid} (page removed?)", "pages/pages.jsonl")
            elif sha256_label((page.get("text") or "").encode()) != ext[1].get("text_sha256"):
                c.fail(f"pages/pages.jsonl: the text of capture {cid} is not the logged text", "pages/pages.jsonl")
        where = f"log {c.origin} at position {item['seq']}"
        if item["origin"] == "captured":
            sentence = (f"Capture {cid}: the archived bytes (payload {item['payload_digest']}) were received from IP "
                        f"{item['ip'] or 'unknown'} for URL {item['final_url']} (requested {item['url']}, HTTP "
                        f"{item['http_status']}), recorded by this tool, committed to {where}, in the checkpoint "
                        f"of size {c.checkpoint_size} signed by key {c.verifier.fingerprint if c.verifier else '?'}.")
        else:
            sentence = (f"Capture {cid} was IMPORTED, not captured by this tool: these bytes for URL {item['url']} "
                        f"come from {item.get('source')} ({item.get('source_sha256')}), made elsewhere; the log "
                        f"(position {item['seq']}) proves only that they were imported unchanged and when.")
            if item.get("revisit_of"):
                sentence += (f" It is a revisit record: the bytes are those of record "
                             f"{item['revisit_of'].get('record_id')}, which the file says were served again.")
        if text_sha:
            sentence += f" Re-extraction reproduces the logged text {text_sha}."
        for q in quotes.get(cid, []):
            rechecked = _recheck_quote(c, q, ext, text_sha, pages.get(cid))
            sentence += (f" Quote verification at position {q['seq']}: verdict {q.get('verdict')!r}"
                         + (" (re-run here on the reproduced text: same verdict)." if rechecked
                            else " (logged; not re-run here)."))
        mine = corrections.get(cid, [])
        if ext is not None:
            for message in correction_claims(mine, _logged_article(c, ext[1]), ext[0]):
                c.fail(message, "provenance/")
        sentence += "".join(_correction_sentence(x) for x in mine)
        if records_ok:
            proven.append(sentence)
        captures_out.append({
            "capture_id": cid, "origin": item["origin"], "url": item["url"], "final_url": item["final_url"],
            "ip": item["ip"], "capture_time": item["time"], "log_seq": item["seq"],
            "extraction_log_seq": ext[0] if ext else None, "text_sha256": text_sha,
            "quote_verification_seqs": [q["seq"] for q in quotes.get(cid, [])], "records_ok": records_ok,
            "correction_seqs": [x.log_seq for x in mine], "corrected": corrected_fields(mine),
        })
    if not captures_out and c.entries:
        c.fail("the proofs hold no capture or import entry", "provenance/")
    for rid, (name, rec) in sorted(c.records.items()):
        if rid not in covered and rec.rec_type not in ("warcinfo",):
            c.warn(f"{name}: record {rid} ({rec.rec_type}) is not covered by any log entry in the bundle", name)
    if listed is not None:
        for cid in sorted(listed - {x["capture_id"] for x in captures_out}):
            c.fail(f"capture {cid} is listed in provenance/bundle.json but no proven entry describes it",
                   "provenance/bundle.json")

    if c.anchor is not None and not c.problems:
        proven.append(f"Every log entry in this bundle existed no later than {c.anchor['time']}: RFC 3161 "
                      f"time-stamp of the checkpoint by {c.anchor['issuer']} ({c.anchor['file']}; TSA chain "
                      f"{'checked against the given root' if c.anchor['trusted'] else 'NOT checked'}).")
    time_sentence = (
        "Exact wall-clock times: capture times come from the capturing machine's clock; the RFC 3161 "
        "time-stamp only bounds them from above." if c.anchor is not None else
        "Wall-clock time: capture times come from the capturing machine's clock; no RFC 3161 time-stamp "
        "token is included in this bundle.")
    not_proven = [
        "That the server told the truth, or that other readers were served the same page: the log proves "
        "what this tool received, not what is true.",
        time_sentence,
        "The export of this bundle itself: its `export` entry was logged after the file was written, so the "
        "bundle cannot prove it (ask the publisher for `archiver log proof <seq>` of that entry).",
    ]
    if not c.key_pinned:
        not_proven.insert(0, "Whose key signed the log: the key was taken from inside the bundle "
                             f"(fingerprint {c.verifier.fingerprint if c.verifier else 'unknown'}) and is not one "
                             "you pinned: anyone can make a consistent bundle with their own key. Compare it with "
                             "the key the author published, then pass --key FILE or `archiver key pin FILE`.")
    by_type: dict[str, list[int]] = {}
    for seq, e in sorted(c.entries.items()):
        by_type.setdefault(e["type"], []).append(seq)
    return BundleReport(
        bundle=str(c.bundle), key_fingerprint=c.verifier.fingerprint if c.verifier else None,
        key_source=c.key_source, log_origin=c.origin, checkpoint_size=c.checkpoint_size,
        files_checked=c.files_checked, records_checked=c.records_checked, entries_checked=len(c.entries),
        extractions_checked=c.extractions_checked, captures=tuple(captures_out), time_anchor=c.anchor,
        proven=tuple(proven) if not c.problems else (), not_proven=tuple(not_proven),
        problems=tuple(c.problems), warnings=tuple(c.warnings), key_pinned=c.key_pinned, entries=by_type,
        quotes_checked=c.quotes_checked)


def correction_problems(entries: dict[int, dict[str, Any]], capture_ids: set[str]) -> list[str]:
    """A proven ``correction`` entry must correct a capture the bundle holds and proves."""
    return [f"log entry {seq} corrects capture {(e['data'] or {}).get('capture_id')}, which the bundle does "
            "not hold" for seq, e in sorted(entries.items())
            if e["type"] == "correction" and (e["data"] or {}).get("capture_id") not in capture_ids]


def correction_claims(corrections: list[Any], article: dict[str, Any] | None, extraction_seq: int) -> list[str]:
    """A correction states the value it replaced: for the first correction of each field made on
    this extraction, that value must be the one the logged extraction holds."""
    if article is None:
        return []
    problems, seen = [], set()
    for x in corrections:
        for name, change in x.fields.items():
            first = name not in seen
            seen.add(name)
            if not first or x.extraction_seq != extraction_seq:
                continue
            logged = article.get(name)
            logged = list(logged or []) if name == "authors" else logged
            if change.get("old") != logged:
                problems.append(f"correction at position {x.log_seq} says the extracted {name} was "
                                f"{change.get('old')!r}, but the logged extraction (entry {extraction_seq}) "
                                f"has {logged!r}")
    return problems


def _logged_article(c: _Checker, data: dict[str, Any]) -> dict[str, Any] | None:
    """The extraction as logged: the extraction record's JSON, if present and unaltered."""
    found = c.records.get(str(data.get("record_id")))
    if found is None or not data.get("extraction_sha256") or found[1].block_digest != data["extraction_sha256"]:
        return None
    try:
        article = json.loads(found[1].block)
    except ValueError:
        return None
    return article if isinstance(article, dict) else None


def _corrections(entries: dict[int, dict[str, Any]]) -> dict[str, list[Any]]:
    """The proven corrections, by capture, in log order."""
    out: dict[str, list[Any]] = {}
    for seq, e in sorted(entries.items()):
        if e["type"] == "correction":
            x = Correction.from_data(seq, None, e["data"] or {})
            out.setdefault(x.capture_id, []).append(x)
    return out


def _correction_sentence(x: Any) -> str:
    """What a proven correction states: the user's values, the key that signed them, why."""
    changes = "; ".join(f"{name} corrected from {change.get('old')!r} to {change.get('new')!r}"
                        for name, change in x.fields.items())
    return (f" Correction at position {x.log_seq} (by the log's key {x.key_fingerprint}, not by the page): "
            f"{changes}; reason: {x.reason}.")


#: What a logged quote verification states, re-derived by running it again.
_QUOTE_FIELDS = ("verdict", "where", "start", "end", "verified_text_sha256")


def _recheck_quote(c: _Checker, q: dict[str, Any], ext: tuple[int, dict[str, Any]] | None,
                   text_sha: str | None, page: dict[str, Any] | None) -> bool:
    """Re-run logged quote verification ``q`` on the capture's reproduced text; True if it agrees.

    A verification logged against text that is not the capture's logged extraction (an edited
    index, a forged entry) fails here, whatever its verdict says. When the text cannot be
    reproduced here (other extractor versions), the check is reported as not concluded.
    """
    from archiver.quotes import verify_quote

    seq, name = q["seq"], c.entries.get(q["seq"], {}).get("proof")
    ext_seq = q.get("extraction_seq")
    made_on = c.entries.get(ext_seq) if isinstance(ext_seq, int) else None
    logged_text = ((made_on or {}).get("data") or {}).get("text_sha256") or (ext[1].get("text_sha256") if ext else None)
    if not logged_text or q.get("text_sha256") != logged_text:
        c.fail(f"quote verification at position {seq} was made on text {q.get('text_sha256')}, not on the "
               f"capture's logged extracted text {logged_text}", name)
        return False
    article = c.articles.get(ext[0]) if ext and text_sha == logged_text else None
    if article is not None:
        text, page_text = article.text, article.page_text or None
    elif page is not None and q.get("where") != "page_text" and \
            sha256_label((page.get("text") or "").encode()) == logged_text:
        text, page_text = page.get("text") or "", None  # the logged text, as pages.jsonl carries it
    else:
        c.warn(f"quote verification at position {seq} was not re-run: the text it was made on could not be "
               "reproduced here", name, "W_INCOMPLETE")
        return False
    result = verify_quote(str(q.get("quote") or ""), text, page_text=page_text).to_dict()
    result["verified_text_sha256"] = result.get("text_sha256")
    c.quotes_checked += 1
    differ = [f"{k}: logged {q.get(k)!r}, re-run {result.get(k)!r}" for k in _QUOTE_FIELDS if q.get(k) != result.get(k)]
    if differ:
        c.fail(f"quote verification at position {seq} does not hold on the capture's archived text ("
               + "; ".join(differ) + ")", name)
        return False
    return True


def _json(c: _Checker, name: str) -> Any:
    raw = c.read(name)
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        c.fail(f"{name} is not valid JSON", name)
        return None


def _pages(c: _Checker) -> dict[str, dict[str, Any]]:
    raw = c.read("pages/pages.jsonl")
    if raw is None:
        return {}
    pages = {}
    for i, line in enumerate(raw.decode("utf-8", errors="replace").splitlines()):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError:
            c.fail(f"pages/pages.jsonl line {i + 1} is not JSON", "pages/pages.jsonl")
            continue
        if i > 0 and isinstance(obj, dict) and obj.get("id"):
            pages[obj["id"]] = obj
    return pages
