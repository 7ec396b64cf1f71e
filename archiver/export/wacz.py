"""Build a signed WACZ 1.1.1 evidence bundle from captures in the store.

Layout (``wacz validate`` 0.6 accepts only ``dir/file`` paths listed in ``datapackage.json``)::

    archive/<store WARC name>        the captures' records, byte for byte as stored (with the
                                     file's warcinfo), so every digest in the log still holds
    indexes/index.cdx                cdxj-indexer over those files: CDXJ lines under the name
                                     both viewers load (ReplayWeb.page takes ``*.cdx``/``*.cdxj``,
                                     pywb's ``wb-manager add --unpack-wacz`` only ``*.cdx(.gz)``)
    pages/pages.jsonl                one page per capture: url, ts, title, extracted text
    provenance/log.pub               the log's Ed25519 verifier key (C2SP note format)
    provenance/checkpoint.txt        the signed checkpoint every proof below is against
    provenance/checkpoint.rfc3161.tsr   (with ``--tsa``) an RFC 3161 time-stamp of that checkpoint
    provenance/entry-<seq>.tlog-proof   inclusion proof of each entry these captures need
                                     (capture/import, extraction) and of the WACZ key's
                                     ``key_created`` entry; quote verifications only when the
                                     user asks (``with_quotes``): a journalist's checks are private
    provenance/bundle.json           which entries belong to which capture (a guide, not trusted)
    datapackage.json                 sha256 and size of every file above
    datapackage-digest.json          its sha256, signed (WACZ signing spec, anonymous profile)

The export is logged *after* the file is written, so the entry can carry the file's real
sha256; a bundle therefore never holds the proof of its own ``export`` entry (get it later with
``archiver log proof <seq>``).

Why one file of ~575 lines: one export in the order it is made (choose the entries and sign
their checkpoint, copy the records they name, write the files, sign the package, log it): each
step takes the previous one's choices.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from archiver.capture.fetch import REDACTED
from archiver.capture.warc import StoredRecord, file_sha256, read_record
from archiver.capture.warc_places import record_span
from archiver.core import json_text, own_temp
from archiver.core.digests import sha256_label
from archiver.core.durable import write_atomic
from archiver.core.files import open_regular, replace_user_file
from archiver.core.reextractions import SupersedeRule
from archiver.core.untrusted import loads_json
from archiver.errors import IntegrityError, StoreError, UsageError, WarcError
from archiver.evidence import require_shown
from archiver.export import signing
from archiver.export.cdxj import cdxj_text
from archiver.provenance.note import Checkpoint, open_checkpoint
from archiver.provenance.proof import build_proofs

if TYPE_CHECKING:
    from archiver.ports import Clocked, ExportStore, LogEntries, WarcFiles

WACZ_VERSION = "1.1.1"
SIGNING_SPEC_VERSION = "0.1.0"
BUNDLE_FORMAT = "archiver-evidence-bundle/1"
#: Entry types that speak about one capture (quote verifications go in only when asked for).
CAPTURE_ENTRY_TYPES = ("capture", "extraction", "quote_verification", "import", "correction")
#: ``with_quotes`` words: every logged verification of the exported captures, or only those
#: whose verdict verified the quote (exact/normalized: no failed drafts).
QUOTES_ALL = "all"
QUOTES_VERIFIED = "verified"
VERIFIED_VERDICTS = ("exact", "normalized")

#: The bundle's index: CDXJ content, ``.cdx`` name (the WACZ spec's ``indexes/index.cdx``), the
#: one name ReplayWeb.page and pywb's ``wb-manager add --unpack-wacz`` both pick up.
INDEX_PATH = "indexes/index.cdx"


@dataclass(frozen=True)
class ExportResult:
    """What was exported, and where its ``export`` entry sits in the log."""

    path: str
    sha256: str
    captures: tuple[str, ...]
    files: tuple[str, ...]
    entries: tuple[int, ...]
    checkpoint_size: int
    log_origin: str
    log_key_fingerprint: str
    wacz_key_fingerprint: str
    log_seq: int | None = None
    warnings: tuple[str, ...] = field(default=())
    time_anchor: dict[str, Any] | None = None
    quote_entries: tuple[int, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "format": "wacz", "sha256": self.sha256,
            "captures": list(self.captures), "files": list(self.files),
            "entries": list(self.entries), "quote_entries": list(self.quote_entries),
            "checkpoint_size": self.checkpoint_size,
            "log_origin": self.log_origin, "log_key_fingerprint": self.log_key_fingerprint,
            "wacz_key_fingerprint": self.wacz_key_fingerprint, "log_seq": self.log_seq,
            "warnings": list(self.warnings), "time_anchor": self.time_anchor,
        }


def _now_iso(archive: Clocked) -> str:
    return archive.clock.now().astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _wacz_key(archive: ExportStore) -> tuple[signing.WaczKey, int]:
    """The WACZ key and the seq of the ``key_created`` entry that commits it to the log."""
    log = archive.log
    key, _created = signing.load_or_create(log.key_dir, log.origin)
    for entry in log.entries("key_created"):
        if entry.data.get("purpose") == signing.PURPOSE and entry.data.get("public_key") == key.public_key_b64:
            return key, entry.seq
    entry = archive.append_event("key_created", {
        "algorithm": key.algorithm, "purpose": signing.PURPOSE,
        "public_key": key.public_key_b64, "key_fingerprint": key.fingerprint,
        "note": signing.NOTE,
    })
    return key, entry.seq


def _capture_entries(log: LogEntries, capture_ids: list[str], size: int) -> dict[str, dict[str, Any]]:
    """For each capture, the seqs of the entries about it, among the first ``size`` entries."""
    found: dict[str, dict[str, Any]] = {cid: {"capture_seq": None, "import_seq": None, "extraction_seq": None,
                                              "quote_verification_seqs": [], "correction_seqs": []}
                                        for cid in capture_ids}
    rule = SupersedeRule()  # a capture's current extraction: its newest along the log's rule, as the store serves
    for entry in log.entries():
        if entry.seq >= size:
            break
        if entry.type not in CAPTURE_ENTRY_TYPES:
            continue
        data = entry.data
        if entry.type == "extraction" and rule.take(entry.seq, data) is not None:
            continue  # breaks the rule (log verify: E_SUPERSEDE): never a capture's current extraction
        if entry.type == "import":
            for item in data.get("captures") or []:
                cid = item.get("capture_id") if isinstance(item, dict) else None
                if isinstance(cid, str) and cid in found:
                    found[cid]["import_seq"] = entry.seq
            continue
        cid = data.get("capture_id")
        if not isinstance(cid, str) or cid not in found:  # (a signed line adopted by hand may hold a list)
            continue
        if entry.type == "capture":
            found[cid]["capture_seq"] = entry.seq
        elif entry.type == "extraction":
            found[cid]["extraction_seq"] = entry.seq  # the newest along the rule
        elif entry.type == "correction":
            found[cid]["correction_seqs"].append(entry.seq)  # the user's word travels with the capture
        else:
            found[cid]["quote_verification_seqs"].append(entry.seq)
    return found


def select_quotes(per_capture: dict[str, dict[str, Any]], with_quotes: list[str] | tuple[str, ...],
                  verdicts: dict[int, str]) -> list[int]:
    """The quote-verification seqs to publish: none by default; ``all``, ``verified`` or seqs.

    Raises:
        UsageError: a word that is neither ``all``, ``verified`` nor a log position, or a
            position that is no quote verification of the exported captures.
    """
    available = sorted(s for info in per_capture.values() for s in info["quote_verification_seqs"])
    chosen: set[int] = set()
    for token in (t.strip() for raw in with_quotes for t in str(raw).split(",")):
        if not token:
            continue
        if token == QUOTES_ALL:
            chosen.update(available)
        elif token == QUOTES_VERIFIED:
            chosen.update(s for s in available if verdicts.get(s) in VERIFIED_VERDICTS)
        elif token.isdigit():
            if int(token) not in available:
                raise UsageError(f"--with-quotes {token}: log entry {token} is not a quote verification of "
                                 "the exported captures (see `archiver log show --type quote_verification`)")
            chosen.add(int(token))
        else:
            raise UsageError(f"--with-quotes takes 'all', 'verified' or log positions of quote "
                             f"verifications, not {token!r}")
    return sorted(chosen)


def _has_userinfo(url: str | None) -> bool:
    """True if ``url`` carries ``user[:password]@`` before its host."""
    if not url:
        return False
    return "@" in urlsplit(url).netloc


def _secret_in(record: StoredRecord) -> str | None:
    """Why publishing ``record`` would publish a secret (URL credentials), or None."""
    if _has_userinfo(record.target_uri):
        return "its WARC-Target-URI has user:password@ credentials"
    if record.rec_type == "request":
        for line in record.block.split(b"\r\n\r\n", 1)[0].split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            # A value archiver redacted at capture time (--allow-credentials) is no secret.
            if name.strip().lower() in (b"authorization", b"proxy-authorization") \
                    and value.strip() != REDACTED:
                return "its HTTP request sends an Authorization header"
    return None


def refuse_secrets(archive: WarcFiles, captures: list[dict[str, Any]]) -> None:
    """Refuse to export captures whose records or URLs carry credentials.

    Such records (stores made before credentials in URLs were refused) cannot be cleaned: their
    bytes are committed to the log by digest, so an edited copy would no longer verify. The only
    safe export is none: nothing is written, and the user is told which capture to leave out.
    """
    for cap in captures:
        cid = cap["capture_id"]
        urls = [cap.get("url"), cap.get("final_url"), *(h.get("url") for h in cap.get("hops") or []
                                                        if isinstance(h, dict))]
        if any(_has_userinfo(u) for u in urls):
            raise UsageError(f"capture {cid} was made from a URL with user:password@ credentials; exporting it "
                             "would publish them: leave it out of the export")
        for rec in [*cap["records"], *([cap["revisit_of"]] if cap.get("revisit_of") else [])]:
            src = archive.storage.local_path(rec["warc"])
            if not src.exists():
                raise StoreError(f"WARC file {rec['warc']} of the store is missing; cannot export")
            reason = _secret_in(read_record(src, rec["offset"]))
            if reason:
                raise UsageError(f"capture {cid}: record {rec.get('record_id')} cannot be published: {reason}; "
                                 "leave this capture out of the export")


def _logged_members(chosen: _Chosen) -> dict[tuple[str, int], tuple[str, int, str]]:
    """(WARC name, offset) -> (``member_sha256``, length, the capture) of every record the log
    entries the bundle carries list with a member digest (capture and import entries' records,
    a revisit's earlier record, the files' warcinfo, a re-extraction's record)."""
    out: dict[tuple[str, int], tuple[str, int, str]] = {}

    def add(rec: Any, cid: str) -> None:
        if isinstance(rec, dict) and isinstance(rec.get("member_sha256"), str) and isinstance(rec.get("warc"), str) \
                and type(rec.get("offset")) is int and type(rec.get("length")) is int:
            out[(rec["warc"], rec["offset"])] = (rec["member_sha256"], rec["length"], cid)

    for seq in chosen.seqs:
        entry = loads_json(chosen.lines[seq])
        data = entry.get("data") if isinstance(entry.get("data"), dict) else {}
        kind = entry.get("type")
        items = [data] if kind in ("capture", "extraction") else data.get("captures") if kind == "import" else []
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict):
                continue
            cid = str(item.get("capture_id"))
            for rec in [*(item.get("records") or []), *(item.get("warcinfo") or []), item.get("revisit_of"),
                        item.get("record")]:
                add(rec, cid)
    return out


def _copy_records(archive: WarcFiles, captures: list[dict[str, Any]], workdir: Path,
                  extra: list[dict[str, Any]] | None = None,
                  members: dict[tuple[str, int], tuple[str, int, str]] | None = None) -> list[Path]:
    """Copy each capture's records, the ``extra`` ones (and their files' warcinfo) byte for byte
    into ``workdir``.

    Each record is copied whole, through the CRLFs that close it (:func:`record_span`: lengths
    logged by imports of uncompressed WARC files before lengths covered them left them out,
    and records copied without them run together). A record the log gives a gzip member digest
    (``members``: :func:`_logged_members`) is copied only if the bytes copied are that member:
    the evidence check before the export held them to it, this holds the very bytes written
    (a bundle with another member fails ``verify-bundle``); else :class:`IntegrityError` names
    the capture and the WARC file (exit 1; the work folder, all written so far, is removed).
    """
    members = members or {}
    wanted: dict[str, dict[int, int]] = {}
    for cap in captures:
        # an imported revisit's bytes are in the earlier record it refers to: that goes too
        for rec in [*cap["records"], *([cap["revisit_of"]] if cap.get("revisit_of") else [])]:
            wanted.setdefault(rec["warc"], {})[rec["offset"]] = rec["length"]
    for rec in extra or []:
        wanted.setdefault(rec["warc"], {})[rec["offset"]] = rec["length"]
    out = []
    for name, spans in sorted(wanted.items()):
        src = archive.storage.local_path(name)
        if not src.exists():
            raise StoreError(f"WARC file {name} of the store is missing; cannot export")
        first = read_record(src, 0)
        if first.rec_type == "warcinfo":
            spans.setdefault(0, first.length)
        dest = workdir / Path(name).name
        with open_regular(src) as f, open(dest, "wb") as g:
            for offset, stated in sorted(spans.items()):
                try:
                    length = record_span(f.fileno(), offset, stated)
                except WarcError as exc:
                    raise StoreError(f"{name}: {exc}; cannot export") from exc
                f.seek(offset)
                chunk = f.read(length)
                if len(chunk) != length:
                    raise StoreError(f"{name}: record at byte {offset} is cut short; run `archiver reindex`")
                logged = members.get((name, offset))
                if logged is not None and sha256_label(chunk[:logged[1]]) != logged[0]:
                    raise IntegrityError(
                        f"capture {logged[2]}: WARC file {name}: the gzip member at byte {offset} is not the one "
                        "the log names (re-compressed, or its gzip header changed): the archived evidence was "
                        "altered; refusing to export it")
                g.write(chunk)
        out.append(dest)
    return out


def _page(cap: dict[str, Any]) -> dict[str, Any]:
    """A pages.jsonl line; the title is the corrected one when the user corrected it."""
    from archiver.corrections import corrected_article

    article = corrected_article(cap) or {}
    return {
        "id": cap["capture_id"],
        "url": cap["final_url"],
        "ts": cap["capture_time"],
        "title": article.get("title") or cap["final_url"],
        "text": article.get("text") or "",
        "text_sha256": article.get("text_sha256"),
        "origin": cap.get("origin") or "captured",
        "corrected": sorted(cap.get("corrected") or {}),
    }


def export_wacz(archive: ExportStore, capture_prefixes: list[str], out_path: Path, *,
                title: str | None = None, anchor: Any = None,
                with_quotes: list[str] | tuple[str, ...] = ()) -> ExportResult:
    """Write a signed WACZ evidence bundle of ``capture_prefixes`` to ``out_path``; log it.

    By default the bundle carries only the entries its captures need (capture or import,
    extraction, the WACZ key's ``key_created``): quote verifications are a user's private
    checks, published only when named in ``with_quotes`` (see :func:`select_quotes`).

    The steps, in the order that keeps a refused export from writing anything: resolve and
    check the captures (their evidence, no credentials, the quote choice), make or find the
    WACZ key, sign a checkpoint and choose the entries it proves, write the bundle, then log
    the export with the file's real sha256.

    Args:
        anchor: a time anchor (``archiver.provenance.anchor.RFC3161Anchor``) to stamp the
            bundle's checkpoint with; the token goes into the bundle (and beside the checkpoint
            in the store), so a reader can bound *when* every entry in it existed.

    Raises:
        UsageError: no captures given, an unknown id, a bad ``with_quotes``, a capture that
            would publish credentials, or the output cannot be written.
        KeyMissingError: the log's signing key is not on this machine (nothing is written).
        IncompleteCheckError: the TSA could not be reached (nothing is written).
    """
    if not capture_prefixes:
        raise UsageError("give at least one capture id to export")
    out_path = Path(out_path)
    capture_ids = list(dict.fromkeys(archive.resolve(p) for p in capture_prefixes))
    archive.ensure_writable()
    captures = [archive.show(cid) for cid in capture_ids]
    for shown in captures:  # a bundle publishes only captures whose every record is present and intact
        require_shown(shown)
    refuse_secrets(archive, captures)
    entries = _capture_entries(archive.log, capture_ids, archive.log.size)
    _refuse_unproven(entries)
    select_quotes(entries, with_quotes, {})
    key, key_seq = _wacz_key(archive)  # (bad input was refused above, before a key is made or a byte written)
    chosen = _choose_entries(archive.log, capture_ids, with_quotes, key_seq)
    token, anchor_info = _stamp(anchor, chosen)
    created = _now_iso(archive)
    # (beside the output, for the rename; named for this process: a SIGKILL's is removed by the next)
    with own_temp.folder(out_path.parent if out_path.parent.exists() else None, prefix=own_temp.EXPORT_PREFIX) as work:
        files = _bundle_files(archive, captures, work, chosen, title=title, token=token, anchor=anchor,
                              guide_extra={"wacz_key_seq": key_seq, "wacz_key_fingerprint": key.fingerprint,
                                           "time_anchor": anchor_info})
        package_bytes, digest = _datapackage(files, captures, title=title, created=created)
        digest_bytes = _signed_digest(key, digest, created)
        tmp_zip = work / "bundle.wacz"
        _write_zip(tmp_zip, files, {"datapackage.json": package_bytes, "datapackage-digest.json": digest_bytes},
                   created)
        replace_user_file(tmp_zip, out_path)

    sha = file_sha256(out_path)
    checkpoint = chosen.checkpoint
    entry = archive.append_event("export", {
        "format": "wacz",
        "path": out_path.name,  # a file name, not the user's folders: this entry's proof gets published
        "sha256": sha,
        "datapackage_sha256": digest,
        "captures": capture_ids,
        "entries": chosen.seqs,
        "covers_seq_max": checkpoint.size - 1,
        "checkpoint_size": checkpoint.size,
        "wacz_key_fingerprint": key.fingerprint,
        "time_anchor": anchor_info,
    })
    log = archive.log
    return ExportResult(
        path=str(out_path), sha256=sha, captures=tuple(capture_ids), files=tuple(files) + (
            "datapackage.json", "datapackage-digest.json"),
        entries=tuple(chosen.seqs), checkpoint_size=checkpoint.size, log_origin=log.origin,
        log_key_fingerprint=log.public_key_fingerprint, wacz_key_fingerprint=key.fingerprint,
        log_seq=entry.seq, warnings=tuple(chosen.warnings), time_anchor=anchor_info,
        quote_entries=tuple(chosen.quote_seqs))


def _refuse_unproven(entries: dict[str, dict[str, Any]]) -> None:
    """Refuse a capture no ``capture`` or ``import`` entry of the log proves (exit 1, nothing written).

    Until review rvcap60 the bundle was written with its records and the warning "its records are
    unproven", exit 0, though conventions.md makes 1 "the command ran and found a problem" and such a
    bundle fails ``verify-bundle``. The evidence check before it (:func:`require_shown`) refuses an
    index that names no log entry for a capture, so this holds only where that check is passed by."""
    unproven = [cid for cid, info in entries.items() if info["capture_seq"] is None and info["import_seq"] is None]
    if unproven:
        raise IntegrityError(f"capture {unproven[0]}: no capture or import entry in the provenance log proves it, so "
                             "its records are unproven: the index disagrees with the log; run 'archiver reindex' "
                             "and 'archiver log verify'; nothing was exported")


@dataclass(frozen=True)
class _Chosen:
    """The signed checkpoint a bundle is proved against and the log entries it carries."""

    cp_path: Path
    note: str
    checkpoint: Checkpoint
    lines: list[bytes]
    per_capture: dict[str, dict[str, Any]]
    seqs: list[int]  # every entry the bundle proves, sorted
    quote_seqs: list[int]  # of them, the quote verifications the user chose to publish
    warnings: list[str]


def _choose_entries(log: Any, capture_ids: list[str], with_quotes: list[str] | tuple[str, ...],
                    key_seq: int) -> _Chosen:
    """Sign one checkpoint that covers every entry the bundle carries, and choose those entries:
    each capture's capture/import, extraction and corrections (with the extraction each was made
    on), the key's ``key_created``, and only the quote verifications ``with_quotes`` names (with
    the extraction each was made on)."""
    cp_path = log.checkpoint()
    note = cp_path.read_text()
    checkpoint: Checkpoint = open_checkpoint(note, log.verifier)
    per_capture = _capture_entries(log, capture_ids, checkpoint.size)
    quotes: dict[int, dict[str, Any]] = {}
    corrections: dict[int, dict[str, Any]] = {}
    for e in log.entries():  # (one reading of the log for both)
        if e.seq < checkpoint.size and e.type in ("quote_verification", "correction"):
            (quotes if e.type == "quote_verification" else corrections)[e.seq] = e.data
    verdicts = {seq: data.get("verdict") or "" for seq, data in quotes.items()}
    quote_seqs = set(select_quotes(per_capture, with_quotes, verdicts))
    for info in per_capture.values():
        info["quote_verification_seqs"] = [s for s in info["quote_verification_seqs"] if s in quote_seqs]
    warnings: list[str] = []  # (none since rvcap60: an unproven capture is refused, _refuse_unproven)
    seqs = {key_seq}
    for info in per_capture.values():
        seqs.update(info[k] for k in ("capture_seq", "import_seq", "extraction_seq") if info[k] is not None)
        seqs.update(info["quote_verification_seqs"])
        # the extraction each published quote check was made on (superseded since by a reextract?)
        seqs.update(q for s in info["quote_verification_seqs"]
                    if type(q := quotes[s].get("extraction_seq")) is int and 0 <= q < checkpoint.size)
        seqs.update(info["correction_seqs"])
        # and the extraction each correction was made on, whose value it says it replaced
        seqs.update(x for s in info["correction_seqs"]
                    if type(x := corrections.get(s, {}).get("extraction_seq")) is int and 0 <= x < checkpoint.size)
    return _Chosen(cp_path, note, checkpoint, log.lines(checkpoint.size), per_capture, sorted(seqs),
                   sorted(quote_seqs), warnings)


def _extraction_records(chosen: _Chosen) -> list[dict[str, Any]]:
    """The record each extraction entry the bundle carries lists as its own (``record``: a
    re-extraction's, which no capture entry lists): a superseded one a published quote check was
    made on is no longer among the index's records of the capture, but its entry is in the bundle."""
    out = []
    for seq in chosen.seqs:
        entry = loads_json(chosen.lines[seq])
        rec = (entry.get("data") or {}).get("record") if entry.get("type") == "extraction" else None
        if isinstance(rec, dict) and isinstance(rec.get("warc"), str) and type(rec.get("offset")) is int \
                and type(rec.get("length")) is int:
            out.append(rec)
    return out


def _stamp(anchor: Any, chosen: _Chosen) -> tuple[bytes | None, dict[str, Any] | None]:
    """With a time anchor: its token over the checkpoint, kept beside the checkpoint in the store
    too (so `log verify`/`log proof` find it), and what verifying it says."""
    if anchor is None:
        return None, None
    text = chosen.checkpoint.text().encode()
    token: bytes = anchor.stamp(text)
    info: dict[str, Any] = anchor.verify(text, token).to_dict()
    beside = chosen.cp_path.with_name(f"{chosen.checkpoint.size}.{anchor.suffix}")
    if not beside.exists():
        write_atomic(beside, token)
    return token, info


def _bundle_files(archive: ExportStore, captures: list[dict[str, Any]], work: Path, chosen: _Chosen, *,
                  title: str | None, token: bytes | None, anchor: Any,
                  guide_extra: dict[str, Any]) -> dict[str, bytes | Path]:
    """Every file of the bundle but the data package, by path in the bundle (see module docstring)."""
    (work / "archive").mkdir()
    warcs = _copy_records(archive, captures, work / "archive", _extraction_records(chosen), _logged_members(chosen))
    files: dict[str, bytes | Path] = {f"archive/{p.name}": p for p in warcs}
    files[INDEX_PATH] = cdxj_text(warcs, root=work / "archive").encode()
    header = {"format": "json-pages-1.0", "id": "pages", "title": title or "Archived sources", "hasText": True}
    files["pages/pages.jsonl"] = "".join(
        json_text.dumps(x, ensure_ascii=False) + "\n" for x in [header, *(_page(c) for c in captures)]).encode()
    log = archive.log
    files["provenance/log.pub"] = (log.vkey + "\n").encode()
    files["provenance/checkpoint.txt"] = chosen.note.encode()
    if token is not None:
        files[f"provenance/checkpoint.{anchor.suffix}"] = token
    for seq, proof in build_proofs(chosen.lines, chosen.seqs, chosen.checkpoint, chosen.note).items():
        files[f"provenance/entry-{seq}.tlog-proof"] = proof
    guide = {
        "format": BUNDLE_FORMAT,
        "log_origin": log.origin,
        "log_key_fingerprint": log.public_key_fingerprint,
        "checkpoint_size": chosen.checkpoint.size,
        "wacz_key_seq": guide_extra["wacz_key_seq"],
        "wacz_key_fingerprint": guide_extra["wacz_key_fingerprint"],
        "time_anchor": guide_extra["time_anchor"],
        "captures": [{"capture_id": cap["capture_id"], "url": cap["url"], "final_url": cap["final_url"],
                      "origin": cap.get("origin") or "captured", **chosen.per_capture[cap["capture_id"]]}
                     for cap in captures],
        "export_entry": "logged after this file was written; not provable from inside the bundle",
    }
    files["provenance/bundle.json"] = (json_text.dumps(guide, indent=2, ensure_ascii=False) + "\n").encode()
    return files


def _datapackage(files: dict[str, bytes | Path], captures: list[dict[str, Any]], *, title: str | None,
                 created: str) -> tuple[bytes, str]:
    """``datapackage.json`` (sha256 and size of every file) and its own sha256 label."""
    resources = []
    for path, content in files.items():
        data = content.read_bytes() if isinstance(content, Path) else content
        resources.append({"name": Path(path).name.lower(), "path": path,
                          "hash": sha256_label(data), "bytes": len(data)})
    first = captures[0]
    package: dict[str, Any] = {
        "profile": "data-package",
        "resources": resources,
        "title": title or (_page(first)["title"] if len(captures) == 1 and first.get("article") else None)
        or f"{len(captures)} archived source{'s' if len(captures) != 1 else ''}",
        "created": created,
        "wacz_version": WACZ_VERSION,
        "software": f"archiver {_version()}",
    }
    if len(captures) == 1:
        package["mainPageURL"] = first["final_url"]
        package["mainPageDate"] = first["capture_time"]
    package_bytes = json_text.dumps(package, indent=2, ensure_ascii=False).encode()
    return package_bytes, sha256_label(package_bytes)


def _signed_digest(key: signing.WaczKey, digest: str, created: str) -> bytes:
    """``datapackage-digest.json``: the data package's digest, signed (WACZ signing spec, anonymous profile)."""
    signed = {"hash": digest, "created": created, "software": f"archiver {_version()}",
              "version": SIGNING_SPEC_VERSION, "signature": key.sign(digest.encode()),
              "publicKey": key.public_key_b64}
    return json_text.dumps({"path": "datapackage.json", "hash": digest, "signedData": signed}, indent=2).encode()


def _write_zip(dest: Path, files: dict[str, bytes | Path], package: dict[str, bytes], created: str) -> None:
    """The bundle as a stored (uncompressed) ZIP dated ``created``: ``files`` in order (large WARC
    files streamed rather than read whole), then the data package and its signed digest."""
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_STORED) as z:
        for path, content in files.items():
            member = zipfile.ZipInfo(path, date_time=_zip_time(created))
            member.compress_type = zipfile.ZIP_STORED
            # its size told first: zipfile writes a zip64 header for a member past 2 GiB (a large
            # WARC), else it fails at the end of the member ("File size too large")
            member.file_size = content.stat().st_size if isinstance(content, Path) else len(content)
            with z.open(member, "w") as dst:
                if isinstance(content, Path):
                    with open(content, "rb") as src:
                        while chunk := src.read(1 << 20):
                            dst.write(chunk)
                else:
                    dst.write(content)
        for name, data in package.items():
            z.writestr(zipfile.ZipInfo(name, date_time=_zip_time(created)), data)


def _zip_time(iso: str) -> tuple[int, int, int, int, int, int]:
    t = dt.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ")
    return (max(t.year, 1980), t.month, t.day, t.hour, t.minute, t.second)


def _version() -> str:
    from archiver import __version__

    return __version__
