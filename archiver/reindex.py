"""``archiver reindex``: rebuild the derived indexes from the WARC files, trusting only the log.

The index and the text index are derived data. This module rebuilds them: it reads what the
provenance log vouches for (``capture``/``import``/``extraction``/``recovery`` entries), scans
every WARC file, admits a capture only if each record the log lists is at its logged place with
its logged digest, indexes a text only if it hashes to the logged digest, and logs crash
leftovers once as ``recovery``. Kept apart from the facade because it is the one place that
reads the store the slow, distrustful way. It runs holding the store's lock alone
(:meth:`archiver.archive.Archive.reindex`): no capture is in flight while it reads the log and
then the WARC files, and the capture index is refilled in one transaction.

Why one file of ~585 lines: one distrustful pass (the log's facts, the WARC scan, each capture
admitted against them, its newest extraction chosen and checked), each step reading the facts
the one before gathered; split, the rules of what is admitted would sit apart from the scan.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archiver.capture.manifest import Manifest
from archiver.capture.records import (
    EXTRACTION_TYPE,
    IMPORT_COPY_PREFIX,
    IMPORT_LISTING_TYPE,
    MANIFEST_TYPE,
    CaptureResult,
    http_reason,
    tls_record_summary,
)
from archiver.capture.warc import (
    StoredRecord,
    TornTail,
    iter_records,
    record_payload,
)
from archiver.capture.warc_places import no_record_at, not_its_members
from archiver.core.digests import sha256_label
from archiver.core.files import open_regular
from archiver.core.mime import declared_content_type, revisit_fields
from archiver.core.reextractions import SupersedeRule
from archiver.errors import (
    ArchiverError,
    IntegrityError,
    MalformedManifestError,
    StoreError,
    WarcError,
)
from archiver.evidence import own_record, unsigned_reextraction
from archiver.store.commit import (
    index_captures,
    log_place,
    restaged,
)
from archiver.store.index import IdClashError

if TYPE_CHECKING:
    from archiver.archive import Archive

logger = logging.getLogger(__name__)

#: (WARC name, offset) of a record, as the log states them: untyped JSON values until checked.
_Where = tuple[Any, Any]


@dataclass
class ReindexReport:
    """What ``reindex`` found: captures rebuilt, problems found now, and crash leftovers.

    ``ok`` is about problems found *now* (a logged capture whose records are missing or
    altered, an extraction that does not hash to its logged digest, digest mismatches). The
    remains of an interrupted capture (records no logged capture lists, a torn tail) are
    information: logged once as a ``recovery`` entry and then only mentioned (``recovered``).
    A logged capture whose log places one of its records where no record is (``unplaced_records``:
    a length of zero or less, a span that is not one whole gzip member; an import logged such
    places before 8bf1ad7) is a problem found now too, one line per capture: it is indexed, as
    the log lists it, and every statement about it refuses it, naming what to do.
    An import's copies of a colleague's files that no ``import`` entry names (the import was
    killed before its entry) are not ours to log: left out of the index and the log, and named
    with what to do (``unlogged_imports``), also information.
    """

    warc_files: int = 0
    captures: int = 0
    extractions: int = 0
    torn_tails: list[str] = field(default_factory=list)
    incomplete_captures: list[str] = field(default_factory=list)
    digest_problems: list[str] = field(default_factory=list)
    unverified_extractions: list[str] = field(default_factory=list)
    recovered: list[str] = field(default_factory=list)
    unlogged_imports: list[str] = field(default_factory=list)
    unplaced_records: list[str] = field(default_factory=list)
    ignored_foreign_metadata: int = 0

    @property
    def ok(self) -> bool:
        return not (self.incomplete_captures or self.digest_problems or self.unverified_extractions
                    or self.unplaced_records)

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "warc_files": self.warc_files, "captures": self.captures,
                "extractions": self.extractions, "torn_tails": self.torn_tails,
                "incomplete_captures": self.incomplete_captures,
                "digest_problems": self.digest_problems,
                "unverified_extractions": self.unverified_extractions,
                "recovered": self.recovered,
                "unlogged_imports": self.unlogged_imports,
                "unplaced_records": self.unplaced_records,
                "ignored_foreign_metadata": self.ignored_foreign_metadata}


@dataclass(frozen=True)
class _Seen:
    """One record as found on disk by reindex (position, id, digest, kind), without its bytes."""

    warc: str
    offset: int
    record_id: str
    rec_type: str
    target_uri: str | None
    block_digest: str
    content_type: str


@dataclass(frozen=True)
class _Voucher:
    """A log entry (``capture`` or ``import``) vouching for one capture and its records."""

    capture_id: str
    seq: int
    records: tuple[dict[str, Any], ...]
    #: (offset, length) of the entry's line in log.jsonl: the index keeps it for the evidence check
    place: tuple[int, int] | None = None


@dataclass
class _LogFacts:
    """Everything reindex takes from the log: the only source it trusts for what to serve."""

    present: bool = False
    vouchers: list[_Voucher] = field(default_factory=list)
    extractions: dict[str, Any] = field(default_factory=dict)  # extraction record id -> entry
    #: (capture id, extraction record id) -> entry: a capture's own, when another capture's entry
    #: names the same record id (ids drawn again by an older version, whose capture is refused)
    owned: dict[tuple[str, str], Any] = field(default_factory=dict)
    newest: dict[str, Any] = field(default_factory=dict)  # capture id -> its newest extraction entry
    #: where each re-extraction record lies, as its entry lists it (``archiver reextract``)
    reextracted: set[_Where] = field(default_factory=set)
    foreign_files: set[str] = field(default_factory=set)
    recovered: dict[_Where, int] = field(default_factory=dict)  # (warc, offset) -> seq



class Reindexer:
    """One rebuild of ``archive``'s index and text index (``Reindexer(archive).run()``)."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self._proven: Any = None  # what this process proved of the log (_require_proven_log)


    def run(self) -> ReindexReport:
        """Rebuild the index and text index from the WARC files, trusting only what the log vouches for.

        A capture is served only if a ``capture``/``import`` log entry names it and every
        record it lists is at its logged place with its logged sha256; its text is indexed
        only if the extraction record hashes to the logged ``extraction_sha256`` and its text
        to the logged ``text_sha256``. Manifests, extractions and listings found anywhere
        else (inside imported files, or written by a process killed before it logged) are
        data, never instructions. Crash leftovers are logged once as ``recovery``.
        """
        self._require_proven_log()
        report = ReindexReport()
        facts = self._log_facts()
        covered: set[_Where] = set()
        # the text index is built beside the old one and swapped in only once the capture index
        # (one transaction: readers see the old index until it ends) has committed
        with self.archive.rebuilding_text_index(), self.archive.rebuilding_index():
            seen, manifests, torn, by_file = self._scan(report)
            self._read_past_damage(facts.vouchers, seen, manifests, torn, by_file)
            admitted: dict[str, int] = {}
            covered.update(facts.reextracted)  # logged, so never the remains of a crash
            for voucher in sorted(facts.vouchers, key=lambda v: v.seq):
                covered.update((r.get("warc"), r.get("offset")) for r in voucher.records)
                self._admit(voucher, seen, manifests, facts, admitted, report)
            if report.extractions:  # one merged segment: the smallest and fastest text index
                self.archive.text_index.optimize()
            for name in sorted(facts.foreign_files & set(by_file)):
                self.archive.index.add_foreign_records(name, [s_.record_id for s_ in by_file[name]])
            self.archive.record_log_position()  # (where the rebuilt index is current: a writer's check reads on from there)
        report.ignored_foreign_metadata = sum(
            1 for name in facts.foreign_files for s_ in by_file.get(name, [])
            if s_.content_type.startswith((MANIFEST_TYPE, EXTRACTION_TYPE, IMPORT_LISTING_TYPE)))
        if not facts.present and manifests:
            report.incomplete_captures.append(
                f"the store has no provenance log (provenance/log.jsonl): {len(manifests)} captures cannot be "
                "admitted without it; restore the log from a backup")
            return report
        self._recover(self._leftovers(by_file, torn, covered, facts), facts, report)
        return report

    def _require_proven_log(self) -> None:
        """Refuse to rebuild from a log whose chain or signed root does not verify, before the
        index is touched (it keeps what it held).

        Why: the rebuild admits whatever the log's entries vouch for; entries edited in a log
        whose break was moved further down (every ``prev`` after them recomputed for a while)
        would otherwise become the index's truth, and every later look-up would read them."""
        from archiver.provenance.proven import VERIFY_HINT, proven_log

        path = self.archive.root / "provenance" / "log.jsonl"
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return  # no log: reported below (nothing can be admitted without it)
        proven = self._proven = proven_log(path, st, self.archive.key_dir)
        if proven.problem is not None:
            raise IntegrityError(f"refusing to rebuild the index from provenance/log.jsonl: {proven.problem}; "
                                 f"{VERIFY_HINT} (the index was left as it was)")

    def _log_facts(self) -> _LogFacts:
        """Read what the log vouches for (without creating a log where there is none)."""
        facts = _LogFacts()
        if not (self.archive.root / "provenance" / "log.jsonl").exists():
            return facts
        facts.present = True
        rule = SupersedeRule()  # a capture's newest extraction, followed only along the log's rule
        for entry in self.archive.log.entries():
            data = entry.data
            if entry.type == "capture" and data.get("capture_id"):
                facts.vouchers.append(_Voucher(data["capture_id"], entry.seq, tuple(_dicts(data.get("records"))),
                                               log_place(entry)))
            elif entry.type == "import":
                for item in _dicts(data.get("captures")):
                    if item.get("capture_id"):
                        facts.vouchers.append(_Voucher(item["capture_id"], entry.seq,
                                                       tuple(_dicts(item.get("records"))), log_place(entry)))
                facts.foreign_files.update(str(w["name"]) for w in _dicts(data.get("warcs")) if w.get("name"))
            elif entry.type == "extraction" and data.get("record_id"):
                # an entry that breaks the log's rule (log verify names it) vouches for nothing here
                if not isinstance(data.get("capture_id"), str):
                    facts.extractions[data["record_id"]] = entry  # (before capture ids were logged)
                elif rule.take(entry.seq, data) is None:
                    facts.extractions[data["record_id"]] = entry
                    facts.owned[(data["capture_id"], data["record_id"])] = entry
                    facts.newest[data["capture_id"]] = entry
                if isinstance(data.get("record"), dict):
                    facts.reextracted.add((data["record"].get("warc"), data["record"].get("offset")))
            elif entry.type == "recovery" and data.get("warc"):
                for rec in _dicts(data.get("records")):
                    facts.recovered[(data["warc"], rec.get("offset"))] = entry.seq
                if data.get("torn_at") is not None:
                    facts.recovered[(data["warc"], data["torn_at"])] = entry.seq
        return facts

    def _scan(self, report: ReindexReport) -> tuple[dict[_Where, _Seen], dict[_Where, bytes],
                                                   dict[str, tuple[int, str]], dict[str, list[_Seen]]]:
        """Pass 1: every record's place, id and sha256; manifests' bytes; torn tails."""
        seen: dict[_Where, _Seen] = {}
        manifests: dict[_Where, bytes] = {}
        torn: dict[str, tuple[int, str]] = {}
        by_file: dict[str, list[_Seen]] = {}
        for name in self.archive.storage.names():
            report.warc_files += 1
            for item in iter_records(self.archive.storage.local_path(name)):
                if isinstance(item, TornTail):
                    torn[name] = (item.offset, item.reason)
                    report.torn_tails.append(f"{name}: incomplete record at byte {item.offset} ({item.reason})")
                    continue
                report.digest_problems.extend(item.problems())
                found = _Seen(name, item.offset, item.record_id, item.rec_type, item.target_uri,
                              item.block_digest, item.header("Content-Type") or "")
                seen[(name, item.offset)] = found
                by_file.setdefault(name, []).append(found)
                if item.rec_type == "metadata" and found.content_type.startswith(MANIFEST_TYPE):
                    manifests[(name, item.offset)] = item.block
        return seen, manifests, torn, by_file

    def _read_past_damage(self, vouchers: list[_Voucher], seen: dict[_Where, _Seen],
                          manifests: dict[_Where, bytes], torn: dict[str, tuple[int, str]],
                          by_file: dict[str, list[_Seen]]) -> None:
        """Read the logged records that lie after bytes the scan could not read past.

        The scan reads each file from its start and stops at a record it cannot read (in an
        uncompressed file, or a gzip member damaged in its header); every record the log places
        after it is still read at its logged place, as everywhere else, so one damaged record
        costs its own capture, not every later capture of the file.
        """
        for voucher in vouchers:
            for rec in voucher.records:
                name, offset = rec.get("warc"), rec.get("offset")
                if (not isinstance(name, str) or type(offset) is not int or (name, offset) in seen
                        or name not in torn or offset < torn[name][0]):
                    continue
                try:
                    item = self.archive.storage.read_record(name, offset)
                except (WarcError, StoreError):
                    continue  # then missing or altered, as the admission says
                found = _Seen(name, offset, item.record_id, item.rec_type, item.target_uri,
                              item.block_digest, item.header("Content-Type") or "")
                seen[(name, offset)] = found
                by_file.setdefault(name, []).append(found)
                if item.rec_type == "metadata" and found.content_type.startswith(MANIFEST_TYPE):
                    manifests[(name, offset)] = item.block

    def _admit(self, voucher: _Voucher, seen: dict[_Where, _Seen], manifests: dict[_Where, bytes],
               facts: _LogFacts, admitted: dict[str, int], report: ReindexReport) -> None:
        """Serve one logged capture if its manifest and records are where, and what, the log says."""
        where = f"capture {voucher.capture_id} (log entry {voucher.seq})"
        manifest = None
        for rec in voucher.records:
            if _matches(seen.get((rec.get("warc"), rec.get("offset"))), rec) and (rec["warc"], rec["offset"]) in manifests:
                try:
                    manifest = Manifest.from_json(manifests[(rec["warc"], rec["offset"])])
                except MalformedManifestError as exc:
                    report.incomplete_captures.append(f"{where}: {exc.diagnostics()}; not served")
                    return
                break
        if manifest is None or manifest.capture_id != voucher.capture_id:
            report.incomplete_captures.append(f"{where}: its manifest is missing or altered; not served")
            return
        ext_id = manifest.extraction_record_id
        broken = [r for r in voucher.records
                  if r.get("record_id") != ext_id and not _matches(seen.get((r.get("warc"), r.get("offset"))), r)]
        if broken:
            r = broken[0]
            report.incomplete_captures.append(
                f"{where}: record {r.get('record_id')} is missing from {r.get('warc')}@{r.get('offset')} or altered "
                f"({len(broken)} records); not served")
            return
        if voucher.capture_id in admitted:
            report.incomplete_captures.append(
                f"{where}: capture id already used by log entry {admitted[voucher.capture_id]} (the log names "
                "it twice: an old version's ids could repeat, and two imports run at once could both log "
                "one id before imports locked the store); this one is not served")
            return
        try:
            self._reindex_manifest(manifest, list(voucher.records), voucher, facts, report)
        except IdClashError as exc:  # e.g. a WARC record id another logged capture holds: this one only
            report.incomplete_captures.append(f"{where}: {exc.diagnostics()}; not served")
            return
        admitted[voucher.capture_id] = voucher.seq
        unplaced = self._unplaced(voucher)
        if unplaced:
            report.unplaced_records.append(f"{where}: {unplaced} (indexed: every statement about it is "
                                           "refused meanwhile)")

    def _unplaced(self, voucher: _Voucher) -> str | None:
        """Why a record the capture's log entry lists is placed where no record is (the first;
        ``None``: each may be one). Only records the log gives no ``member_sha256`` can be: that
        digest was logged for exactly one member, so a capture of ours since costs one look-up
        per record here. The words are the evidence check's (:mod:`archiver.capture.warc_places`)."""
        bad: list[str] = []
        for rec in voucher.records:
            if rec.get("member_sha256") is not None:
                continue
            offset, length = rec.get("offset"), rec.get("length")
            problem = no_record_at(offset, length)
            if problem is None and type(offset) is int and type(length) is int:
                try:
                    with open_regular(self.archive.storage.local_path(str(rec.get("warc")))) as f:
                        problem = not_its_members(f.fileno(), offset, length)
                except (OSError, StoreError):
                    continue  # a missing file is the admission's to name
            if problem is not None:
                bad.append(f"the logged record {rec.get('record_id')} in {rec.get('warc')} {problem}")
        if not bad:
            return None
        return bad[0] + (f" (and {len(bad) - 1} more record(s))" if len(bad) > 1 else "")

    def _read_at(self, rec: dict[str, Any]) -> StoredRecord:
        return self.archive.storage.read_record(rec["warc"], rec["offset"])

    def _reindex_manifest(self, manifest: Manifest, records: list[dict[str, Any]], voucher: _Voucher,
                          facts: _LogFacts, report: ReindexReport) -> None:
        """Index one admitted capture; records are read by their logged place, never by id alone."""
        by_id = {r["record_id"]: r for r in records}
        last = manifest.final_hop
        response_ref = by_id[last.response_record_id]
        response = self._read_at(response_ref)
        headers, _ = record_payload(response)
        if response.rec_type == "revisit" and manifest.revisit_of:  # (its own head over the earlier one's)
            headers = revisit_fields(record_payload(self._read_at(manifest.revisit_of))[0], headers)
        tls = None
        if last.tls_record_id in by_id:
            tls = tls_record_summary(json.loads(self._read_at(by_id[last.tls_record_id]).block))
        article, ext_entry = self._verified_article(manifest.capture_id, manifest.extraction_record_id, by_id,
                                                    facts, report)
        own = own_record(ext_entry.data) if ext_entry is not None else None
        if own is not None:  # re-extracted: the capture serves its newest extraction, from its own record
            records = [*records, own]
            manifest = manifest._replace(extraction_record_id=own["record_id"])
        result = CaptureResult(
            url=manifest.requested_url, capture_id=manifest.capture_id, final_url=manifest.final_url,
            status=manifest.http_status, reason=http_reason(response), content_type=declared_content_type(headers),
            capture_time=manifest.capture_time, warc=response_ref["warc"], ip=response.header("WARC-IP-Address"),
            # a revisit's WARC-Truncated says only that it does not repeat the bytes: the manifest says
            truncated=(last.truncated if response.rec_type == "revisit"
                       else response.header("WARC-Truncated") is not None),
            hops=[h.summary() for h in manifest.hops], records=records, response_record_id=last.response_record_id,
            payload_digest=((manifest.revisit_of or {}).get("payload_digest") or _payload_digest(response, response_ref)),
            tls=tls, log_seq=voucher.seq, article=article, origin=manifest.origin,
            extraction_error=manifest.extraction_error, extraction_log_seq=ext_entry.seq if ext_entry else None,
        )
        index_captures(self.archive, [restaged(result, manifest, log_place=voucher.place,
                                               extraction_log_place=log_place(ext_entry) if ext_entry else None)])
        report.captures += 1
        if article is not None:
            report.extractions += 1

    def _verified_article(self, capture_id: str, ext_id: str | None, by_id: dict[str, dict[str, Any]],
                          facts: _LogFacts, report: ReindexReport) -> tuple[dict[str, Any] | None, Any]:
        """The capture's extraction and its entry, only if it is the one the log's ``extraction``
        entry vouches for; else (None, None). A capture whose extraction failed when it was
        captured (no ``ext_id``) has one only if ``archiver reextract`` logged it later."""
        newest = facts.newest.get(capture_id)
        own = own_record(newest.data) if newest is not None else None
        entry: Any = None
        ref: dict[str, Any] | None = None
        if not ext_id:
            if own is None:
                return None, None
        else:
            entry = facts.owned.get((capture_id, ext_id)) or facts.extractions.get(ext_id)
            ref = by_id.get(ext_id)
            if entry is None or entry.data.get("capture_id") != capture_id:
                report.recovered.append(f"capture {capture_id}: its extraction {ext_id} was never logged "
                                        "(interrupted); text not indexed")
                return None, None
        if newest is not None and entry is not None and own is None and newest.seq != entry.seq:
            report.unverified_extractions.append(  # (no writer of ours logs one: never the older in its place)
                f"capture {capture_id}: its newest extraction (log entry {newest.seq}) names no record to read "
                f"its text from; the extraction at log entry {entry.seq} is not served in its place; text not indexed")
            return None, None
        if newest is not None and newest is not entry and own is not None:
            # re-extracted (archiver reextract): the newest logged extraction, or none: an older one
            # is never served in its place without a word (a problem is reported below)
            if self._proven is None or not self._proven.trusted(newest.seq):
                # written by no process of ours, signed by no checkpoint: never served
                report.unverified_extractions.append(
                    f"capture {capture_id}: {unsigned_reextraction(newest.seq)}; text not indexed")
                return None, None
            entry, ref = newest, own
        problem = None
        try:
            stored = self._read_at(ref) if ref else None
            block = stored.block if stored is not None else None
            if stored is not None and ref is not None and stored.record_id != ref.get("record_id"):
                block, problem = None, (f"{ref.get('warc')}@{ref.get('offset')} holds record {stored.record_id}, "
                                        f"not the extraction record {ref.get('record_id')}")
        except ArchiverError as exc:
            block, problem = None, exc.diagnostics()
        assert entry is not None  # (no ext_id: newest, with its own record, was taken above)
        if block is None:
            problem = problem or "the extraction record is missing"
        elif entry.data.get("extraction_sha256") and sha256_label(block) != entry.data["extraction_sha256"]:
            problem = f"the extraction record has sha256 {sha256_label(block)}, log says {entry.data['extraction_sha256']}"
        else:
            article = json.loads(block)
            text_sha = sha256_label((article.get("text") or "").encode("utf-8"))
            if text_sha == entry.data.get("text_sha256") == article.get("text_sha256"):
                return article, entry
            problem = _text_digest_problem(text_sha, entry.seq, entry.data.get("text_sha256"),
                                           article.get("text_sha256"))
        newer = (f"its newest extraction (log entry {entry.seq}, superseding {entry.data.get('supersedes')}): "
                 if own_record(entry.data) is not None and entry.data.get("supersedes") is not None else
                 f"its extraction, made later (log entry {entry.seq}; the one when it was captured had failed): "
                 if own_record(entry.data) is not None else "")
        report.unverified_extractions.append(f"capture {capture_id}: {newer}{problem}; text not indexed"
                                             + (" (the extraction it superseded is not served in its place)"
                                                if newer and entry.data.get("supersedes") is not None else ""))
        return None, None

    def _leftovers(self, by_file: dict[str, list[_Seen]], torn: dict[str, tuple[int, str]],
                   covered: set[_Where], facts: _LogFacts) -> dict[str, tuple[list[_Seen], tuple[int, str] | None]]:
        """Per WARC file of ours: records no logged capture lists, and its torn tail (crash remains)."""
        out: dict[str, tuple[list[_Seen], tuple[int, str] | None]] = {}
        for name in sorted(set(by_file) | set(torn)):
            if name in facts.foreign_files:  # an imported file's records are data, listed by its import
                continue
            loose = [s_ for s_ in by_file.get(name, []) if (s_.warc, s_.offset) not in covered
                     and s_.rec_type != "warcinfo" and not s_.content_type.startswith(IMPORT_LISTING_TYPE)]
            if loose or name in torn:
                out[name] = (loose, torn.get(name))
        return out

    def _recover(self, leftovers: dict[str, tuple[list[_Seen], tuple[int, str] | None]], facts: _LogFacts,
                 report: ReindexReport) -> None:
        """Log crash remains once as ``recovery`` (like git's dangling objects); later, only mention them.

        An import's copies no ``import`` entry names (:data:`IMPORT_COPY_PREFIX`: an import killed
        between copying the colleague's files in and logging its entry) are not: they are not
        records of a capture of ours, were never logged, and nothing names them. Logged as
        ``recovery`` ("records of an interrupted capture"), a colleague's WARC entered the signed
        log as ours without anyone asking (conventions: nothing merged silently). They stay out of
        the index and the log, and one line per killed import names them and what to do
        (:func:`_unlogged_import`); one an earlier reindex logged as recovery is said as such."""
        can_log, why = self._can_append(facts)
        copies: dict[str, list[str]] = {}
        for name, (loose, tail) in leftovers.items():
            keys = [(name, s_.offset) for s_ in loose] + ([(name, tail[0])] if tail else [])
            what = (f"{name}: {len(loose)} records of an interrupted capture"
                    + (f" (first at byte {loose[0].offset}, {loose[0].target_uri})" if loose else "")
                    + (f", torn tail at byte {tail[0]} ({tail[1]})" if tail else ""))
            earlier = {facts.recovered[k] for k in keys if k in facts.recovered}
            if keys and all(k in facts.recovered for k in keys):
                report.recovered.append(f"{what}: recovered earlier (log entry {max(earlier)}); not served")
                continue
            if Path(name).name.startswith(IMPORT_COPY_PREFIX):
                copies.setdefault(_copy_stem(name), []).append(name)
                continue
            if not can_log:
                report.recovered.append(f"{what}: not served; not logged ({why})")
                continue
            entry = self.archive.append_event("recovery", {
                "reason": "interrupted_capture", "warc": name,
                "records": [{"record_id": s_.record_id, "type": s_.rec_type, "offset": s_.offset,
                             "target_uri": s_.target_uri, "block_digest": s_.block_digest} for s_ in loose],
                "torn_at": tail[0] if tail else None, "torn_reason": tail[1] if tail else None,
            })
            report.recovered.append(f"{what}: logged as recovery (log entry {entry.seq}); not served")
        report.unlogged_imports.extend(_unlogged_import(names) for names in copies.values())

    def _can_append(self, facts: _LogFacts) -> tuple[bool, str]:
        """Whether reindex may log a recovery entry (a missing key only stops the logging)."""
        if not facts.present:
            return False, "the store has no provenance log"
        try:
            self.archive.ensure_writable()
        except ArchiverError as exc:
            return False, exc.diagnostics()
        return True, ""

    def _warc_name(self, path: Path) -> str:
        return f"warcs/{path.name}"


def _copy_stem(name: str) -> str:
    """``imported-<sha256 start>-<random>-`` of an import's copy: the copies one import made."""
    parts = Path(name).name.split("-", 3)
    return "-".join(parts[:3])


def _unlogged_import(names: list[str]) -> str:
    """The line that names one killed import's copies and what to do with them."""
    parts = Path(names[0]).name.split("-", 3)
    sha = f" (sha256 {parts[1]}...)" if len(parts) > 2 else ""
    return (f"{', '.join(names)}: {'copies' if len(names) > 1 else 'a copy'} of an imported file{sha} that no import "
            "entry names (an import stopped before logging it, e.g. killed): not indexed, not logged; run "
            "'archiver import' on that file again to import it, then delete "
            f"{'these copies' if len(names) > 1 else 'this copy'}")


def _payload_digest(response: StoredRecord, logged: dict[str, Any]) -> str | None:
    """The payload digest the index keeps for a capture's response: the logged one where the
    record has it (a capture logged before 2026-11-30 names the digest computed the way
    archiver de-chunked then, which the evidence check compares with the index), else ours."""
    stated = logged.get("payload_digest")
    if stated and response.payload_is(stated):
        return str(stated)
    return response.payload_digest or stated


def _text_digest_problem(text_sha: str, seq: int, logged: Any, recorded: Any) -> str:
    """Why an extraction's text was not indexed: its text's digest, the log's and the one the
    extraction record states, each printed (two equal ones alone would not say which differs)."""
    return (f"the extracted text hashes to {text_sha}, log entry {seq} says {logged}, the extraction "
            f"record says {recorded}")


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The dict items of a list from a log entry (anything else is ignored)."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _matches(found: _Seen | None, logged: dict[str, Any]) -> bool:
    """Whether the record found at a logged place is the logged one (same id, same sha256)."""
    return (found is not None and found.record_id == logged.get("record_id")
            and found.block_digest == logged.get("block_digest"))
