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
7. ``pages/pages.jsonl`` has each capture's page, with the logged text.

The report then says, in plain words, what that proves and what it does not.
"""

from __future__ import annotations

import json
import re
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archiver.digests import sha256_label
from archiver.errors import UsageError
from archiver.export import signing
from archiver.limits import ZipLimitError, check_zip, open_member, read_member
from archiver.provenance.note import NoteError, Verifier, open_checkpoint
from archiver.provenance.proof import parse_proof, read_verifier, verify_proof
from archiver.warc import (
    StoredRecord,
    TornTail,
    entity_body,
    header_value,
    iter_records,
)

DIGEST_FILE = "datapackage-digest.json"
PACKAGE_FILE = "datapackage.json"
_PROOF_RE = re.compile(r"provenance/entry-(\d+)\.tlog-proof\Z")
# What reading a damaged zip member raises: bad CRC or header, a corrupt deflate stream, a cut
# stream, an unsupported compression method, an encrypted member, an offset past the end.
ZIP_READ_ERRORS = (ZipLimitError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError)


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

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def exit_code(self) -> int:
        """0 verified, 1 tampering or corruption found, 3 a check could not be concluded."""
        if self.problems:
            return 1
        return 3 if any(w.code == "W_INCOMPLETE" for w in self.warnings) else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok, "bundle": self.bundle, "key_fingerprint": self.key_fingerprint,
            "key_source": self.key_source or None, "log_origin": self.log_origin,
            "checkpoint_size": self.checkpoint_size, "files_checked": self.files_checked,
            "records_checked": self.records_checked, "entries_checked": self.entries_checked,
            "extractions_checked": self.extractions_checked, "captures": list(self.captures),
            "time_anchor": self.time_anchor, "proven": list(self.proven), "not_proven": list(self.not_proven),
            "problems": [p.to_dict() for p in self.problems],
            "warnings": [w.to_dict() for w in self.warnings],
        }


class _Checker:
    def __init__(self, zf: zipfile.ZipFile, bundle: Path, key_file: Path | None, workdir: Path,
                 tsa_roots: list[Path] | None = None) -> None:
        self.zf = zf
        self.tsa_roots = tsa_roots or []
        self.checkpoint: Any = None
        self.anchor: dict[str, Any] | None = None
        self._anchor_check: tuple[Any, bytes] | None = None
        self.bundle = bundle
        self.key_file = key_file
        self.work = workdir
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
            package = json.loads(raw)
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
            self.verifier = read_verifier(self.key_file)
            self.key_source = f"pinned key {self.key_file}"
            if pub is not None and pub.decode(errors="replace").strip() != self.verifier.vkey:
                self.fail("provenance/log.pub is not the pinned key: the bundle speaks for another log",
                          "provenance/log.pub")
        elif pub is None:
            self.fail("provenance/log.pub is missing and no --key was given", "provenance/log.pub")
            return
        else:
            try:
                self.verifier = Verifier.from_vkey(pub.decode())
            except (NoteError, UnicodeDecodeError) as exc:
                self.fail(f"provenance/log.pub is not a verifier key: {exc}", "provenance/log.pub")
                return
            self.key_source = ("the key inside the bundle (provenance/log.pub), not pinned: pass --key with "
                               "the published key to rule out a bundle re-signed end to end")
        raw = self.read("provenance/checkpoint.txt")
        if raw is None:
            self.fail("provenance/checkpoint.txt is missing", "provenance/checkpoint.txt")
            return
        try:
            cp = open_checkpoint(raw.decode(), self.verifier)
        except (NoteError, UnicodeDecodeError) as exc:
            self.fail(f"the checkpoint's signature does not verify with key {self.verifier.fingerprint} ({exc})",
                      "provenance/checkpoint.txt")
            return
        self.checkpoint_note = raw.decode()
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
        proofs = sorted((n for n in self.names if _PROOF_RE.match(n)), key=lambda n: int(_PROOF_RE.match(n)[1]))
        if not proofs:
            self.fail("the bundle holds no provenance proofs", "provenance/")
            return
        if self.verifier is None or self.checkpoint_note is None:
            self.warn("provenance proofs not checked: no verified checkpoint", code="W_INCOMPLETE")
            return
        key_path = self.work / "log.pub"
        key_path.write_text(self.verifier.vkey + "\n")
        for name in proofs:
            data = read_member(self.zf, name)
            seq = int(_PROOF_RE.match(name)[1])
            # With a time-stamp, verify_proof also refuses entries claiming a time after it.
            anchor, token = self._anchor_check or (None, None)
            report = verify_proof(data, public_key_file=key_path, anchor=anchor, anchor_proof=token)
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
            path = self.work / Path(name).name
            with open_member(self.zf, name) as src, open(path, "wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
            for item in iter_records(path):
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
        found = self.records.get(rid)
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
        ext = self.records.get(data.get("record_id"))
        if ext is None:
            self.fail(f"extraction record {data.get('record_id')} of log entry {seq} is missing", "archive/")
            return None
        name, record = ext
        if data.get("extraction_sha256") and record.block_digest != data["extraction_sha256"]:
            self.fail(f"{name}: extraction record of entry {seq} was altered", name)
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
                              "source": d.get("source"), "source_sha256": d.get("sha256")})
    return items


def verify_bundle(bundle: Path, *, key_file: Path | None = None,
                  tsa_roots: list[Path] | None = None) -> BundleReport:
    """Check ``bundle`` offline. Raises UsageError if it is not a readable zip (nothing checked).

    Args:
        key_file: the log's published verifier key, to pin (default: the key in the bundle).
        tsa_roots: trusted root certificates for the bundle's RFC 3161 time-stamp, if it has one.
    """
    bundle = Path(bundle)
    try:
        zf = zipfile.ZipFile(bundle)
    except FileNotFoundError as exc:
        raise UsageError(f"no such file: {bundle}") from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise UsageError(f"{bundle} is not a readable WACZ (zip) file: {exc}") from exc
    with zf, tempfile.TemporaryDirectory(prefix="verify-bundle-") as tmp:
        check_zip(zf)  # a zip bomb is refused before any member is read
        c = _Checker(zf, bundle, key_file, Path(tmp), tsa_roots)
        damaged = damaged_members(zf)
        if damaged:  # nothing in a corrupted zip can be relied on: report it, check no further
            for name, reason in damaged:
                c.fail(f"{name} is damaged inside the zip and cannot be read ({reason}): the bundle was "
                       "corrupted or altered", name)
            c.names = set()  # so the conclusion reads nothing from it either
            return _conclude(c, None)
        package = c.check_files()
        wacz_key = c.check_signature(package)
        c.check_checkpoint()
        c.check_anchor()
        c.check_proofs()
        c.load_records()
        return _conclude(c, wacz_key)


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
            quotes.setdefault((e["data"] or {}).get("capture_id"), []).append({"seq": seq, **(e["data"] or {})})
    for item in _capture_items(c.entries):
        cid = item["capture_id"]
        response = None
        records_ok = True
        for rec in item["records"]:
            covered.add(rec.get("record_id"))
            stored = c.check_record(item["seq"], rec)
            records_ok &= stored is not None
            if stored is not None and rec.get("record_id") == item["response_record_id"]:
                response = stored
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
        if text_sha:
            sentence += f" Re-extraction reproduces the logged text {text_sha}."
        for q in quotes.get(cid, []):
            sentence += (f" Quote verification at position {q['seq']}: verdict {q.get('verdict')!r}"
                         f" (logged; the quote is checked against this capture's text).")
        if records_ok:
            proven.append(sentence)
        captures_out.append({
            "capture_id": cid, "origin": item["origin"], "url": item["url"], "final_url": item["final_url"],
            "ip": item["ip"], "capture_time": item["time"], "log_seq": item["seq"],
            "extraction_log_seq": ext[0] if ext else None, "text_sha256": text_sha,
            "quote_verification_seqs": [q["seq"] for q in quotes.get(cid, [])], "records_ok": records_ok,
        })
    if not captures_out and c.entries:
        c.fail("the proofs hold no capture or import entry", "provenance/")
    for rid, (name, rec) in sorted(c.records.items()):
        if rid not in covered and rec.rec_type not in ("warcinfo",):
            c.warn(f"{name}: record {rid} ({rec.rec_type}) is not covered by any log entry in the bundle", name)
    guide = _json(c, "provenance/bundle.json")
    if isinstance(guide, dict):
        listed = {x.get("capture_id") for x in guide.get("captures") or [] if isinstance(x, dict)}
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
    if c.key_file is None:
        not_proven.insert(0, "Whose key signed the log: the key was taken from inside the bundle "
                             f"(fingerprint {c.verifier.fingerprint if c.verifier else 'unknown'}); compare it with "
                             "the key the author published, or pass --key.")
    return BundleReport(
        bundle=str(c.bundle), key_fingerprint=c.verifier.fingerprint if c.verifier else None,
        key_source=c.key_source, log_origin=c.origin, checkpoint_size=c.checkpoint_size,
        files_checked=c.files_checked, records_checked=c.records_checked, entries_checked=len(c.entries),
        extractions_checked=c.extractions_checked, captures=tuple(captures_out), time_anchor=c.anchor,
        proven=tuple(proven) if not c.problems else (), not_proven=tuple(not_proven),
        problems=tuple(c.problems), warnings=tuple(c.warnings))


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
