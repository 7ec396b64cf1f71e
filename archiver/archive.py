"""The library facade: one store, and everything a caller does with it.

``Archive`` is the only module that composes the others. Data flows one way:
fetch -> WARC (the source of truth, fsynced) -> extraction (from the archived bytes, written
back into the WARC) -> provenance log -> index. The index and the text index are derived and
``reindex`` rebuilds them from the WARC files and the log.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import rfc8785

from archiver.capture import (
    EXTRACTION_TYPE,
    MANIFEST_TYPE,
    MANIFEST_VERSION,
    CaptureResult,
    content_type_of,
    exchange_summary,
    extraction_spec,
    final_payload,
    hop_specs,
    manifest_spec,
    recorded_options,
    software_versions,
    tls_summary,
    warcinfo_spec,
    written_with_warc,
)
from archiver.clock import Clock, IdFactory, default_clock, default_ids
from archiver.digests import sha256_label
from archiver.errors import (
    ArchiverError,
    CaptureError,
    LogIdentityError,
    ReadOnlyStoreError,
    StoreError,
    WarcError,
)
from archiver.fetch import Fetcher, FetchOptions, public_url, validate_url
from archiver.index import CaptureRow, IdClashError, SqliteIndex
from archiver.provenance.verify import ArtifactMissing
from archiver.store import (
    LocalWarcStorage,
    WarcFileWriter,
    WarcStorage,
    ensure_store,
    native_log_origins,
    require_store,
    store_writable,
)
from archiver.warc import (
    StoredRecord,
    TornTail,
    decode_content,
    header_value,
    iter_records,
    parse_http_head,
    read_record,
    record_payload,
    split_http_message,
    warc_date,
)

logger = logging.getLogger(__name__)

#: A metadata record an import writes listing the foreign records it kept (see archiver.export.importer).
IMPORT_LISTING_TYPE = "application/vnd.archiver.import+json"

ProgressFn = Callable[[CaptureResult], None]


@dataclass
class ReindexReport:
    """What ``reindex`` found: captures rebuilt, problems found now, and crash leftovers.

    ``ok`` is about problems found *now* (a logged capture whose records are missing or
    altered, an extraction that does not hash to its logged digest, digest mismatches). The
    remains of an interrupted capture (records no logged capture lists, a torn tail) are
    information: logged once as a ``recovery`` entry and then only mentioned (``recovered``).
    """

    warc_files: int = 0
    captures: int = 0
    extractions: int = 0
    torn_tails: list[str] = field(default_factory=list)
    incomplete_captures: list[str] = field(default_factory=list)
    digest_problems: list[str] = field(default_factory=list)
    unverified_extractions: list[str] = field(default_factory=list)
    recovered: list[str] = field(default_factory=list)
    ignored_foreign_metadata: int = 0

    @property
    def ok(self) -> bool:
        return not (self.incomplete_captures or self.digest_problems or self.unverified_extractions)

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "warc_files": self.warc_files, "captures": self.captures,
                "extractions": self.extractions, "torn_tails": self.torn_tails,
                "incomplete_captures": self.incomplete_captures,
                "digest_problems": self.digest_problems,
                "unverified_extractions": self.unverified_extractions,
                "recovered": self.recovered,
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


@dataclass
class _LogFacts:
    """Everything reindex takes from the log: the only source it trusts for what to serve."""

    present: bool = False
    vouchers: list[_Voucher] = field(default_factory=list)
    extractions: dict[str, Any] = field(default_factory=dict)  # extraction record id -> entry
    foreign_files: set[str] = field(default_factory=set)
    recovered: dict[tuple[str, int], int] = field(default_factory=dict)  # (warc, offset) -> seq


class Archive:
    """A store on disk: WARC files, index, provenance log."""

    def __init__(self, root: Path, *, clock: Clock | None = None, ids: IdFactory | None = None,
                 key_dir: Path | None = None, fetch_options: FetchOptions | None = None,
                 storage: WarcStorage | None = None, rotate_bytes: int | None = None,
                 extractor: Any = None, mode: str = "create") -> None:
        self.root = Path(root)
        #: "create" (may start a store and its log), "write" (an existing store) or "read"
        #: (an existing store, opened so that nothing in it is created or changed).
        self.mode = mode
        self.clock = clock or default_clock()
        self.ids = ids or default_ids()
        self.key_dir = key_dir
        self.fetch_options = fetch_options or FetchOptions()
        self.storage = storage or LocalWarcStorage(self.root)
        self._rotate_bytes = rotate_bytes
        self._extractor = extractor
        self._writer: WarcFileWriter | None = None
        self._index: SqliteIndex | None = None
        self._text_index: Any = None
        self._log: Any = None
        self._lock = threading.Lock()
        self._appended = False
        self._corrections: tuple[tuple[int, int] | None, dict[str, list[Any]]] | None = None

    @classmethod
    def open(cls, root: Path, *, mode: str = "create", **kwargs: Any) -> Archive:
        """Open the store at ``root``.

        Only ``mode="create"`` (commands that add captures) makes a store where there is none;
        "write" and "read" need one (a mistyped path is exit 2, nothing created), and "read"
        opens it without writing a byte, so a read-only medium or a colleague's copy works.
        """
        if mode not in ("create", "write", "read"):
            raise ValueError(f"unknown mode {mode!r}")
        if mode == "create":
            ensure_store(Path(root))
        else:
            require_store(Path(root))
        return cls(Path(root), mode=mode, **kwargs)

    @property
    def read_only(self) -> bool:
        """Opened for reading, or on a medium this process cannot write to."""
        return self.mode == "read" or not store_writable(self.root)

    # ------------------------------------------------------------------ components

    @property
    def index(self) -> SqliteIndex:
        if self._index is None:
            self._index = SqliteIndex(self.root / "index.sqlite3", read_only=self.read_only,
                                      read_block=self._read_block)
        return self._index

    @property
    def text_index(self) -> Any:
        if self._text_index is None:
            from archiver.textindex import SqliteTextIndex

            self._text_index = SqliteTextIndex(self.root / "text-index.sqlite3", read_only=self.read_only)
        return self._text_index

    @property
    def log(self) -> Any:
        if self._log is None:
            from archiver.provenance import ProvenanceLog

            directory = self.root / "provenance"
            if not (directory / "log.jsonl").exists():
                self._refuse_new_log_over_evidence()
            self._log = ProvenanceLog.open(directory, key_dir=self.key_dir, clock=self.clock,
                                           create=self.mode == "create" and not self.read_only)
        return self._log

    def _refuse_new_log_over_evidence(self) -> None:
        """A store with WARC files or indexed captures but no log lost its log: starting a new
        one (with a new key) would silently disown every earlier capture. Refuse (exit 3)."""
        warcs = self.storage.names()
        indexed = self._indexed_captures()
        if not warcs and not indexed:
            return
        origins = sorted(set(native_log_origins(self.storage).values()))
        named = f", naming log {', '.join(origins)}" if origins else ""
        raise LogIdentityError(
            f"the store {self.root} holds {len(warcs)} WARC file(s){named} and {indexed} indexed "
            f"capture(s) but no provenance log ({self.root / 'provenance' / 'log.jsonl'}): it was deleted "
            "or not copied; restore provenance/ from a backup or the original copy "
            "(refusing to start a new log and key over existing evidence)")

    def _indexed_captures(self) -> int:
        path = self.root / "index.sqlite3"
        if not path.exists():
            return 0
        try:
            probe = SqliteIndex(path, read_only=True)
        except StoreError:
            return 1  # an index that is there but unreadable still says the store was used
        try:
            return len(probe.list())
        finally:
            probe.close()

    def extract(self, body: bytes, *, url: str, content_type: str | None,
                http_status: int | None = None) -> Any:
        """Run this store's extractor (injectable for tests) on a decoded entity body."""
        if self._extractor is not None:
            return self._extractor(body, url=url, content_type=content_type)
        from archiver.extract import extract

        return extract(body, url=url, content_type=content_type, http_status=http_status)

    @staticmethod
    def is_extractable(content_type: str | None, body: bytes, *, text: bool = False) -> bool:
        """Whether extraction applies (HTML or PDF, by header or by sniffing; with ``text``
        also a text/plain or Markdown body, which a capture of it is about)."""
        from archiver.extract import is_extractable

        return bool(is_extractable(content_type, body, text=text))

    def warc_writer(self) -> WarcFileWriter:
        """This process's WARC output (created on first use; one file at a time, rotated)."""
        with self._lock:
            if self._writer is None:
                origin = self.log.origin  # the log first: a WARC file must never precede it

                def info(name: str):  # noqa: ANN202
                    return warcinfo_spec(name, record_id=self.ids.record_id(),
                                         date=warc_date(self.clock.now()),
                                         options=self.fetch_options, log_origin=origin)

                kwargs: dict[str, Any] = {}
                if self._rotate_bytes is not None:
                    kwargs["rotate_bytes"] = self._rotate_bytes
                # The file name's random part comes from the id factory, so tests that pin
                # ids get byte-identical WARC files.
                token = hashlib.sha256(self.ids.record_id().encode()).hexdigest()[:8]
                self._writer = WarcFileWriter(self.storage, warcinfo=info, clock_now=self.clock.now,
                                              token=f"{os.getpid()}-{token}", **kwargs)
            return self._writer

    def append_event(self, type_: str, data: dict[str, Any]) -> Any:
        """Append to the provenance log and remember to sign a checkpoint when done."""
        entry = self.log.append(type_, data)
        self._appended = True
        return entry

    def finish(self) -> None:
        """Sign a checkpoint if this session appended to the log; close open files."""
        if self._appended and self._log is not None:
            self._log.checkpoint()
            self._appended = False
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def close(self) -> None:
        self.finish()
        if self._index is not None:
            self._index.close()
            self._index = None
        self._reset_text_index_handle()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ capture

    def ensure_writable(self) -> None:
        """Fail before any network I/O if the store is read-only or the log cannot be appended
        to (key missing)."""
        if self.read_only:
            why = "opened for reading" if self.mode == "read" else "read-only file system or no permission"
            raise ReadOnlyStoreError(
                f"the store {self.root} is read-only ({why}): this command records what it does in the "
                "store's provenance log and cannot, so nothing was done; reading commands (list, show, "
                "log verify) work; copy the store somewhere writable to add to it")
        self.log.ensure_writable()
        self._check_log_is_the_warcs_log()

    def _check_log_is_the_warcs_log(self) -> None:
        """The newest WARC file this store wrote names its log: a different log in provenance/
        was swapped in (appending to it would start a second history). Refuse (exit 3)."""
        for name, origin in native_log_origins(self.storage, newest_only=True).items():
            if origin != self.log.origin:
                raise LogIdentityError(
                    f"{name} was written for provenance log {origin}, but {self.root / 'provenance'} holds "
                    f"log {self.log.origin}: the log was swapped or replaced; restore the store's own "
                    "provenance/ from a backup (refusing to append)")

    def capture_many(self, urls: Iterable[str], *, progress: ProgressFn | None = None) -> list[CaptureResult]:
        """Capture every URL (all validated first: one bad URL and nothing is done)."""
        urls = [self.valid_url(u) for u in urls]
        self.ensure_writable()
        results = []
        for url in urls:
            result = self.capture(url)
            results.append(result)
            if progress is not None:
                progress(result)
        return results

    def capture(self, url: str) -> CaptureResult:
        """Fetch ``url`` and archive it; a network failure is returned (and logged), not raised."""
        url = self.valid_url(url)
        try:
            exchange = self.fetch(url)
        except CaptureError as exc:
            return self.record_failure(url, exc)
        return self.record_exchange(url, exchange)

    def fetch(self, url: str) -> Any:
        """Fetch ``url`` with this store's options, writing nothing (raises :class:`CaptureError`).

        Split from :meth:`capture` so a caller (the batch runner) can look at the response
        first, e.g. to retry a 429/503 later instead of archiving it.
        """
        return Fetcher(self.fetch_options, clock=self.clock).fetch(self.valid_url(url))

    def valid_url(self, url: str) -> str:
        """``url`` validated for fetching (credentials only with ``allow_credentials``)."""
        return validate_url(url, allow_credentials=self.fetch_options.allow_credentials)

    def new_capture_id(self, when: Any, *, prefer: str | None = None, taken: frozenset[str] | set[str] = frozenset()) -> str:
        """A capture id no capture in this store has (``prefer`` if it is free), chosen before anything
        is written, so that a clash can never replace or hide a capture.

        Raises:
            IdClashError: the id factory keeps giving ids already in use (a broken factory).
        """
        if prefer and prefer not in taken and not self.index.has_capture(prefer):
            return prefer
        for _ in range(100):
            cid = self.ids.capture_id(when)
            if cid not in taken and not self.index.has_capture(cid):
                return cid
        raise IdClashError("could not find a free capture id: the id factory keeps repeating ids already in the store")

    def record_failure(self, url: str, exc: CaptureError) -> CaptureResult:
        """Log a failed fetch as ``capture_failed`` (failures are never silent); write no WARC."""
        url = public_url(url)  # a password given with --allow-credentials is never logged
        entry = self.append_event("capture_failed", {
            "url": url, "error": str(exc), "error_kind": exc.kind,
            "time": warc_date(self.clock.now()), "software": {"archiver": software_versions()["archiver"]},
        })
        return CaptureResult(url=url, error=str(exc), error_kind=exc.kind, log_seq=entry.seq)

    def record_exchange(self, url: str, exchange: Any) -> CaptureResult:
        """Archive a fetched :class:`archiver.fetch.Exchange`: WARC, extraction, log, index."""
        url = public_url(self.valid_url(url))  # no user:password@ in records, log or index
        writer = self.warc_writer()
        capture_time = self.clock.now()
        capture_id = self.new_capture_id(capture_time)
        specs = []
        hops = []
        for hop in exchange.hops:
            hop_rec_specs, hop_records = hop_specs(hop, ids=self.ids, insecure=self.fetch_options.insecure)
            specs.extend(hop_rec_specs)
            hops.append(hop_records)
        warc_name, written = writer.write(specs)
        records = written_with_warc(warc_name, written)

        final = exchange.final
        final_ids = hops[-1]
        response_written = next(w for w in written if w.record_id == final_ids.response_id)
        content_type = content_type_of(final)
        headers, payload = final_payload(final)

        article_dict: dict[str, Any] | None = None
        article_bytes: bytes | None = None
        extraction_error: str | None = None
        try:
            body = decode_content(headers, payload)
            if self.is_extractable(content_type, body, text=True):
                article = self.extract(body, url=final.url, content_type=content_type,
                                       http_status=final.status)
                article_dict = article.to_dict()
                article_bytes = article.to_json_bytes()
        except ArchiverError as exc:
            extraction_error = exc.diagnostics()
        except Exception as exc:  # noqa: BLE001 - a page that breaks the extractor is still captured
            logger.exception("extraction failed for %s", final.url)
            extraction_error = f"extraction failed: {type(exc).__name__}: {exc}"

        date = warc_date(capture_time)
        extraction_id = None
        if article_bytes is not None:
            extraction_id = self.ids.record_id()
            ext_warc, ext_written = writer.write([extraction_spec(
                url=final.url, date=date, record_id=extraction_id,
                refers_to=final_ids.response_id, body=article_bytes)])
            records += written_with_warc(ext_warc, ext_written)
        manifest_id = self.ids.record_id()
        manifest = {
            "v": MANIFEST_VERSION,
            "capture_id": capture_id,
            "requested_url": url,
            "final_url": final.url,
            "http_status": final.status,
            "capture_time": date,
            "hops": [{"url": h.url, "status": h.status, "ip": x.ip, "truncated": x.truncated,
                      "request_record_id": h.request_id, "response_record_id": h.response_id,
                      "tls_record_id": h.tls_id} for h, x in zip(hops, exchange.hops, strict=True)],
            "extraction_record_id": extraction_id,
            # Why there is no extraction (a limit, a failure): part of the evidence, so that
            # reindex and verify-bundle say it too.
            "extraction_error": extraction_error,
            "records": list(records),
            "options": recorded_options(self.fetch_options),
            "software": software_versions(),
        }
        # The manifest goes last: it is the commit marker of the capture.
        man_warc, man_written = writer.write([manifest_spec(url=url, date=date, record_id=manifest_id,
                                                            manifest=manifest)])
        records += written_with_warc(man_warc, man_written)

        tls = tls_summary(final)
        capture_entry = self.append_event("capture", {
            "capture_id": capture_id,
            "url": url,
            "final_url": final.url,
            "http_status": final.status,
            "warc": warc_name,
            "response_record_id": final_ids.response_id,
            "payload_digest": response_written.payload_digest,
            "records": records,
            "capture_time": date,
            "ip": final.ip,
            "tls": tls,
            "truncated": final.truncated,
            "extraction_error": extraction_error,
            "software": software_versions(),
        })
        result = CaptureResult(
            url=url, capture_id=capture_id, final_url=final.url, status=final.status,
            reason=final.reason, content_type=content_type, capture_time=date, warc=warc_name,
            ip=final.ip, truncated=final.truncated, hops=exchange_summary(exchange),
            records=records, response_record_id=final_ids.response_id,
            payload_digest=response_written.payload_digest, tls=tls, log_seq=capture_entry.seq,
            article=article_dict, extraction_error=extraction_error,
        )
        self.index.add_capture(self.index_row(result), records)
        if article_dict is not None and article_bytes is not None:
            extraction_entry = self.append_event("extraction", {
                "capture_seq": capture_entry.seq,
                "capture_id": capture_id,
                "record_id": extraction_id,
                "extractor": article_dict.get("extractor") or {},
                "text_sha256": article_dict.get("text_sha256"),
                "metadata_sha256": metadata_sha256(article_dict),
                "extraction_sha256": sha256_label(article_bytes),
            })
            result.extraction_log_seq = extraction_entry.seq
            self.index.add_extraction(capture_id, record_id=extraction_id, log_seq=extraction_entry.seq,
                                      text_sha256=article_dict.get("text_sha256"), article=article_dict)
            self.index_text(capture_id, article_dict)
        return result

    def index_text(self, capture_id: str, article: dict[str, Any]) -> None:
        """Add a capture's article text and page text to the whole-archive search index."""
        from archiver.textindex import searchable_text

        self.text_index.add(capture_id, searchable_text(article.get("text") or "", article.get("page_text") or ""))

    @staticmethod
    def index_row(result: CaptureResult) -> CaptureRow:
        """The index row of a finished capture."""
        assert result.capture_id and result.final_url and result.warc and result.capture_time
        response = next(r for r in result.records if r["record_id"] == result.response_record_id)
        article = result.article or {}
        detail = {
            "hops": result.hops, "tls": result.tls, "ip": result.ip,
            "title": article.get("title"), "outlet": article.get("outlet"),
            "authors": article.get("authors") or [], "published": article.get("published"),
            "page_state": article.get("page_state"), "extraction_error": result.extraction_error,
        }
        return CaptureRow(
            capture_id=result.capture_id, url=result.url, final_url=result.final_url,
            status=result.status, reason=result.reason, content_type=result.content_type,
            capture_time=result.capture_time, warc=result.warc,
            response_record_id=response["record_id"], response_offset=response["offset"],
            payload_digest=result.payload_digest, truncated=result.truncated, origin=result.origin,
            log_seq=result.log_seq, detail=detail,
        )

    # ------------------------------------------------------------------ reading

    def resolve(self, prefix: str) -> str:
        return self.index.resolve(prefix)

    def list_captures(self, *, url: str | None = None) -> list[CaptureRow]:
        return self.index.list(url=url)

    def evidence(self, capture_id: str, *, full: bool = False, with_text: bool = True,
                 extraction: dict[str, Any] | None = None) -> Any:
        """The :class:`archiver.evidence.Evidence` check of one capture (a full id)."""
        from archiver.evidence import check_capture

        return check_capture(self, capture_id, full=full, with_text=with_text, extraction=extraction)

    def show(self, prefix: str) -> dict[str, Any]:
        """Everything known about one capture: where each record lives, and its extraction.

        Every record the log lists is checked first (see :mod:`archiver.evidence`): ``evidence``
        says ``present``, ``missing`` or ``altered``, and the caller decides what to refuse.
        """
        capture_id = self.resolve(prefix)
        row = self.index.get(capture_id)
        extraction = self.index.extraction(capture_id)
        evidence = self.evidence(capture_id, full=True, extraction=extraction)
        return {
            "capture_id": row.capture_id,
            "url": row.url,
            "final_url": row.final_url,
            "status": row.status,
            "reason": row.reason,
            "content_type": row.content_type,
            "capture_time": row.capture_time,
            "warc": row.warc,
            "response_record_id": row.response_record_id,
            "response_offset": row.response_offset,
            "payload_digest": row.payload_digest,
            "truncated": row.truncated,
            "origin": row.origin,
            "log_seq": row.log_seq,
            "hops": row.detail.get("hops", []),
            "tls": row.detail.get("tls"),
            "ip": row.detail.get("ip"),
            "records": self.index.records(capture_id),
            "extraction_log_seq": extraction["log_seq"] if extraction else None,
            "extraction_record_id": extraction["record_id"] if extraction else None,
            "article": extraction["article"] if extraction else None,
            "extraction_error": row.detail.get("extraction_error"),
            "original_capture_id": row.detail.get("original_capture_id"),
            "revisit_of": row.detail.get("revisit_of"),
            "evidence": evidence.status,
            "evidence_problems": list(evidence.problems),
            "missing_file": evidence.missing_file,
            **self._corrections_of(row.capture_id),
        }

    def _corrections_of(self, capture_id: str) -> dict[str, Any]:
        """``corrections`` (the log's ``correction`` entries of this capture) and ``corrected``
        (each corrected field's value in force, who and why): ``article`` stays the extraction."""
        from archiver.corrections import corrected_fields

        found = self.all_corrections().get(capture_id, [])
        return {"corrections": [c.to_dict() for c in found], "corrected": corrected_fields(found)}

    def all_corrections(self) -> dict[str, list[Any]]:
        """Every correction in the log, read once per state of the log file (``cite --all`` and
        ``export`` show many captures: one scan of the log, not one per capture)."""
        from archiver.corrections import read_corrections

        path = self.root / "provenance" / "log.jsonl"
        try:
            st = path.stat()
            state: tuple[int, int] | None = (st.st_size, st.st_mtime_ns)
        except FileNotFoundError:
            state = None
        if self._corrections is None or self._corrections[0] != state:
            self._corrections = (state, read_corrections(path) if state else {})
        return self._corrections[1]

    def response_record(self, capture_id: str) -> StoredRecord:
        row = self.index.get(capture_id)
        return read_record(self.storage.local_path(row.warc), row.response_offset)

    def response_body(self, capture_id: str) -> tuple[list[tuple[str, str]], bytes]:
        """Headers and decoded body of a capture's final response, read from the WARC.

        An imported revisit's bytes are in the earlier record it refers to (``revisit_of``, read
        at its logged place and checked against its logged digest); an imported ``resource``
        record has no HTTP head (:func:`archiver.warc.record_payload`).
        """
        row = self.index.get(capture_id)
        record = read_record(self.storage.local_path(row.warc), row.response_offset)
        ref = row.detail.get("revisit_of")
        if record.rec_type == "revisit" and isinstance(ref, dict):
            record = read_record(self.storage.local_path(ref["warc"]), ref["offset"])
            if record.record_id != ref.get("record_id") or record.block_digest != ref.get("block_digest"):
                raise WarcError(f"the record revisit capture {capture_id} refers to ({ref.get('record_id')}) "
                                f"is not at its logged place in {ref['warc']} or was altered")
        headers, payload = record_payload(record)
        return headers, decode_content(headers, payload)

    # ------------------------------------------------------------------ rebuild / checks

    def reindex(self) -> ReindexReport:
        """Rebuild the index and text index from the WARC files, trusting only what the log vouches for.

        A capture is served only if a ``capture``/``import`` log entry names it and every
        record it lists is at its logged place with its logged sha256; its text is indexed
        only if the extraction record hashes to the logged ``extraction_sha256`` and its text
        to the logged ``text_sha256``. Manifests, extractions and listings found anywhere
        else (inside imported files, or written by a process killed before it logged) are
        data, never instructions. Crash leftovers are logged once as ``recovery``.
        """
        report = ReindexReport()
        facts = self._log_facts()
        self._reset_index()
        self._reset_text_index()
        seen, manifests, torn, by_file = self._scan(report)
        covered: set[tuple[str, int]] = set()
        admitted: dict[str, int] = {}
        for voucher in sorted(facts.vouchers, key=lambda v: v.seq):
            covered.update((r.get("warc"), r.get("offset")) for r in voucher.records)
            self._admit(voucher, seen, manifests, facts, admitted, report)
        if report.extractions:  # one merged segment: the smallest and fastest text index
            self.text_index.optimize()
        for name in sorted(facts.foreign_files & set(by_file)):
            self.index.add_foreign_records(name, [s_.record_id for s_ in by_file[name]])
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

    def _log_facts(self) -> _LogFacts:
        """Read what the log vouches for (without creating a log where there is none)."""
        facts = _LogFacts()
        if not (self.root / "provenance" / "log.jsonl").exists():
            return facts
        facts.present = True
        for entry in self.log.entries():
            data = entry.data
            if entry.type == "capture" and data.get("capture_id"):
                facts.vouchers.append(_Voucher(data["capture_id"], entry.seq, tuple(_dicts(data.get("records")))))
            elif entry.type == "import":
                for item in _dicts(data.get("captures")):
                    if item.get("capture_id"):
                        facts.vouchers.append(_Voucher(item["capture_id"], entry.seq,
                                                       tuple(_dicts(item.get("records")))))
                facts.foreign_files.update(w.get("name") for w in _dicts(data.get("warcs")) if w.get("name"))
            elif entry.type == "extraction" and data.get("record_id"):
                facts.extractions[data["record_id"]] = entry
            elif entry.type == "recovery" and data.get("warc"):
                for rec in _dicts(data.get("records")):
                    facts.recovered[(data["warc"], rec.get("offset"))] = entry.seq
                if data.get("torn_at") is not None:
                    facts.recovered[(data["warc"], data["torn_at"])] = entry.seq
        return facts

    def _scan(self, report: ReindexReport) -> tuple[dict[tuple[str, int], _Seen], dict[tuple[str, int], bytes],
                                                   dict[str, tuple[int, str]], dict[str, list[_Seen]]]:
        """Pass 1: every record's place, id and sha256; manifests' bytes; torn tails."""
        seen: dict[tuple[str, int], _Seen] = {}
        manifests: dict[tuple[str, int], bytes] = {}
        torn: dict[str, tuple[int, str]] = {}
        by_file: dict[str, list[_Seen]] = {}
        for name in self.storage.names():
            report.warc_files += 1
            for item in iter_records(self.storage.local_path(name)):
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

    def _admit(self, voucher: _Voucher, seen: dict[tuple[str, int], _Seen], manifests: dict[tuple[str, int], bytes],
               facts: _LogFacts, admitted: dict[str, int], report: ReindexReport) -> None:
        """Serve one logged capture if its manifest and records are where, and what, the log says."""
        where = f"capture {voucher.capture_id} (log entry {voucher.seq})"
        manifest = None
        for rec in voucher.records:
            if _matches(seen.get((rec.get("warc"), rec.get("offset"))), rec) and (rec["warc"], rec["offset"]) in manifests:
                manifest = json.loads(manifests[(rec["warc"], rec["offset"])])
                break
        if manifest is None or manifest.get("capture_id") != voucher.capture_id:
            report.incomplete_captures.append(f"{where}: its manifest is missing or altered; not served")
            return
        ext_id = manifest.get("extraction_record_id")
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
                f"{where}: capture id already used by log entry {admitted[voucher.capture_id]} (made by an old "
                "version whose ids could repeat); this one is not served")
            return
        self._reindex_manifest(manifest, list(voucher.records), voucher.seq, facts, report)
        admitted[voucher.capture_id] = voucher.seq

    def _read_block(self, warc: str, offset: int) -> tuple[str, bytes]:
        """The id and block of the record at ``offset`` in ``warc`` (the index's text reader)."""
        record = read_record(self.storage.local_path(warc), offset)
        return record.record_id, record.block

    def _read_at(self, rec: dict[str, Any]) -> StoredRecord:
        return read_record(self.storage.local_path(rec["warc"]), rec["offset"])

    def _reindex_manifest(self, manifest: dict[str, Any], records: list[dict[str, Any]], seq: int,
                          facts: _LogFacts, report: ReindexReport) -> None:
        """Index one admitted capture; records are read by their logged place, never by id alone."""
        capture_id = manifest["capture_id"]
        by_id = {r["record_id"]: r for r in records}
        last = manifest["hops"][-1]
        response_ref = by_id[last["response_record_id"]]
        response = self._read_at(response_ref)
        headers, payload = record_payload(response)
        first, _ = parse_http_head(split_http_message(response.block)[0])
        reason = first.split(" ", 2)[2] if first.count(" ") >= 2 and response.rec_type != "resource" else ""
        ip = response.header("WARC-IP-Address")
        tls = None
        if last.get("tls_record_id") in by_id:
            t = json.loads(self._read_at(by_id[last["tls_record_id"]]).block)
            tls = {"tls_version": t.get("tls_version"), "cipher": t.get("cipher"),
                   "peer_cert_sha256": t.get("peer_cert_sha256"),
                   "chain_length": len(t.get("peer_certificate_chain_pem") or []),
                   "chain_source": t.get("chain_source"),
                   "certificate_verified": t.get("certificate_verified")}
        article, ext_seq = self._verified_article(capture_id, manifest.get("extraction_record_id"), by_id,
                                                  facts, report)
        result = CaptureResult(
            url=manifest["requested_url"], capture_id=capture_id, final_url=manifest["final_url"],
            status=manifest["http_status"], reason=reason, content_type=header_value(headers, "Content-Type"),
            capture_time=manifest["capture_time"], warc=response_ref["warc"], ip=ip,
            # a revisit's WARC-Truncated says only that it does not repeat the bytes: the manifest says
            truncated=(bool(last.get("truncated")) if response.rec_type == "revisit"
                       else response.header("WARC-Truncated") is not None),
            hops=[{"url": h["url"], "status": h["status"], "ip": h.get("ip"),
                   "truncated": bool(h.get("truncated"))} for h in manifest["hops"]],
            records=records, response_record_id=last["response_record_id"],
            payload_digest=((manifest.get("revisit_of") or {}).get("payload_digest") or response.payload_digest
                            or response_ref.get("payload_digest")),  # a revisit's bytes are in revisit_of
            tls=tls, log_seq=seq, article=article, origin=manifest.get("origin", "captured"),
            extraction_error=manifest.get("extraction_error"),
        )
        row = self.index_row(result)
        for key in ("original_capture_id", "revisit_of"):  # imported: see archiver.export.importer
            if manifest.get(key):
                row = dataclasses.replace(row, detail={**row.detail, key: manifest[key]})
        self.index.add_capture(row, records)
        report.captures += 1
        if article is not None:
            self.index.add_extraction(capture_id, record_id=manifest.get("extraction_record_id"), log_seq=ext_seq,
                                      text_sha256=article.get("text_sha256"), article=article)
            self.index_text(capture_id, article)
            report.extractions += 1

    def _verified_article(self, capture_id: str, ext_id: str | None, by_id: dict[str, dict[str, Any]],
                          facts: _LogFacts, report: ReindexReport) -> tuple[dict[str, Any] | None, int | None]:
        """The capture's extraction, only if it is the one the log's ``extraction`` entry vouches for."""
        if not ext_id:
            return None, None
        entry = facts.extractions.get(ext_id)
        ref = by_id.get(ext_id)
        if entry is None or entry.data.get("capture_id") != capture_id:
            report.recovered.append(f"capture {capture_id}: its extraction {ext_id} was never logged "
                                    "(interrupted); text not indexed")
            return None, None
        problem = None
        try:
            block = self._read_at(ref).block if ref else None
        except ArchiverError as exc:
            block, problem = None, exc.diagnostics()
        if block is None:
            problem = problem or "the extraction record is missing"
        elif entry.data.get("extraction_sha256") and sha256_label(block) != entry.data["extraction_sha256"]:
            problem = f"the extraction record has sha256 {sha256_label(block)}, log says {entry.data['extraction_sha256']}"
        else:
            article = json.loads(block)
            text_sha = sha256_label((article.get("text") or "").encode("utf-8"))
            if text_sha == entry.data.get("text_sha256") == article.get("text_sha256"):
                return article, entry.seq
            problem = f"the extracted text hashes to {text_sha}, log entry {entry.seq} says {entry.data.get('text_sha256')}"
        report.unverified_extractions.append(f"capture {capture_id}: {problem}; text not indexed")
        return None, None

    def _leftovers(self, by_file: dict[str, list[_Seen]], torn: dict[str, tuple[int, str]],
                   covered: set[tuple[str, int]], facts: _LogFacts) -> dict[str, tuple[list[_Seen], tuple[int, str] | None]]:
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
        """Log crash remains once as ``recovery`` (like git's dangling objects); later, only mention them."""
        can_log, why = self._can_append(facts)
        for name, (loose, tail) in leftovers.items():
            keys = [(name, s_.offset) for s_ in loose] + ([(name, tail[0])] if tail else [])
            what = (f"{name}: {len(loose)} records of an interrupted capture"
                    + (f" (first at byte {loose[0].offset}, {loose[0].target_uri})" if loose else "")
                    + (f", torn tail at byte {tail[0]} ({tail[1]})" if tail else ""))
            earlier = {facts.recovered[k] for k in keys if k in facts.recovered}
            if keys and all(k in facts.recovered for k in keys):
                report.recovered.append(f"{what}: recovered earlier (log entry {max(earlier)}); not served")
                continue
            if not can_log:
                report.recovered.append(f"{what}: not served; not logged ({why})")
                continue
            entry = self.append_event("recovery", {
                "reason": "interrupted_capture", "warc": name,
                "records": [{"record_id": s_.record_id, "type": s_.rec_type, "offset": s_.offset,
                             "target_uri": s_.target_uri, "block_digest": s_.block_digest} for s_ in loose],
                "torn_at": tail[0] if tail else None, "torn_reason": tail[1] if tail else None,
            })
            report.recovered.append(f"{what}: logged as recovery (log entry {entry.seq}); not served")

    def _can_append(self, facts: _LogFacts) -> tuple[bool, str]:
        """Whether reindex may log a recovery entry (a missing key only stops the logging)."""
        if not facts.present:
            return False, "the store has no provenance log"
        try:
            self.ensure_writable()
        except ArchiverError as exc:
            return False, exc.diagnostics()
        return True, ""

    def _reset_index(self) -> None:
        """Empty the capture index for reindex. A damaged index file (not a database, malformed)
        is replaced: it is derived, and reindex rebuilds all it held."""
        try:
            self.index.clear()
            return
        except (StoreError, sqlite3.DatabaseError) as exc:
            cause = exc if isinstance(exc, sqlite3.DatabaseError) else exc.__cause__
            if type(cause) is not sqlite3.DatabaseError:  # locked, read-only, ...: not damage, keep it
                raise
            logger.warning("index %s is damaged (%s): replacing it", self.root / "index.sqlite3", cause)
        if self._index is not None:
            self._index.close()
            self._index = None
        for suffix in ("", "-wal", "-shm"):
            (self.root / f"index.sqlite3{suffix}").unlink(missing_ok=True)
        self.index.clear()

    def _reset_text_index_handle(self) -> None:
        """Close the text index (its last connection folds the write-ahead log into the file)."""
        if self._text_index is not None:
            close = getattr(self._text_index, "close", None)
            if close is not None:
                close()
            self._text_index = None

    def _reset_text_index(self) -> None:
        """Drop the derived full-text index so that reindex builds it afresh."""
        self._reset_text_index_handle()
        for suffix in ("", "-wal", "-shm"):
            (self.root / f"text-index.sqlite3{suffix}").unlink(missing_ok=True)

    def _warc_name(self, path: Path) -> str:
        return f"warcs/{path.name}"

    def deep_checker(self) -> DeepChecker:
        return DeepChecker(self)

    def check_manuscript(self, path: Path, **options: Any) -> Any:
        """Every quotation of the manuscript at ``path`` verified against its cited source
        (see :func:`archiver.manuscript.check_manuscript` for ``as_of``, ``archive_missing``,
        ``receipts``); returns its :class:`~archiver.manuscript.CheckReport`."""
        from archiver.manuscript import check_manuscript

        return check_manuscript(self, path, **options)


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The dict items of a list from a log entry (anything else is ignored)."""
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _matches(found: _Seen | None, logged: dict[str, Any]) -> bool:
    """Whether the record found at a logged place is the logged one (same id, same sha256)."""
    return (found is not None and found.record_id == logged.get("record_id")
            and found.block_digest == logged.get("block_digest"))


def metadata_sha256(article: dict[str, Any]) -> str:
    """Digest of the extracted metadata (everything but the texts), canonical JSON."""
    meta = {k: v for k, v in article.items() if k not in ("text", "page_text")}
    return sha256_label(rfc8785.dumps(meta))


class DeepChecker:
    """Re-reads the artifacts a log entry names: WARC records and re-run extraction."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive

    def check(self, entry: Any) -> list[str]:
        data = entry.data
        if entry.type == "capture":
            return self._check_capture(entry.seq, data)
        if entry.type == "extraction":
            return self._check_extraction(entry.seq, data)
        return []

    def _check_capture(self, seq: int, data: dict[str, Any]) -> list[str]:
        problems = []
        for rec in data.get("records", []):
            try:
                path = self.archive.storage.local_path(rec["warc"])
            except StoreError as exc:
                problems.append(f"seq {seq}: {exc}")
                continue
            if not path.exists():
                problems.append(ArtifactMissing(
                    f"seq {seq}: WARC file {rec['warc']} named by the log is missing from the store"))
                continue
            try:
                stored = read_record(path, rec["offset"])
            except WarcError as exc:
                problems.append(f"seq {seq}: {exc.diagnostics()}")
                continue
            if stored.record_id != rec["record_id"]:
                problems.append(f"seq {seq}: {rec['warc']}@{rec['offset']} holds record {stored.record_id}, "
                                f"log says {rec['record_id']}")
                continue
            if stored.block_digest != rec.get("block_digest"):
                problems.append(f"seq {seq}: WARC record {rec['record_id']} in {rec['warc']} has block sha256 "
                                f"{stored.block_digest}, log says {rec.get('block_digest')}")
            if rec.get("payload_digest") and stored.payload_digest != rec["payload_digest"]:
                problems.append(f"seq {seq}: WARC record {rec['record_id']} in {rec['warc']} has payload sha256 "
                                f"{stored.payload_digest}, log says {rec['payload_digest']}")
            problems.extend(f"seq {seq}: {p}" for p in stored.problems())
        return problems

    def _check_extraction(self, seq: int, data: dict[str, Any]) -> list[str]:
        capture_id = data.get("capture_id")
        try:
            row = self.archive.index.get(capture_id)
            if not self.archive.storage.local_path(row.warc).exists():
                return [ArtifactMissing(f"seq {seq}: cannot re-run extraction of capture {capture_id}: "
                                        f"WARC file {row.warc} is missing from the store")]
            headers, body = self.archive.response_body(capture_id)
        except StoreError as exc:  # the index cannot be opened (damaged, read-only): not tampering
            return [ArtifactMissing(f"seq {seq}: cannot re-run extraction of capture {capture_id}: "
                                    f"{exc.diagnostics()}")]
        except ArchiverError as exc:
            return [f"seq {seq}: cannot re-read capture {capture_id}: {exc.diagnostics()}"]
        from archiver.extract import extractor_versions

        try:
            article = self.archive.extract(body, url=row.final_url, content_type=row.content_type,
                                           http_status=row.status)
        except ArchiverError as exc:  # e.g. a resource limit now lower than at capture: not tampering
            return [ArtifactMissing(f"seq {seq}: cannot re-run extraction of capture {capture_id}: "
                                    f"{exc.diagnostics()}")]
        got = article.to_dict().get("text_sha256")
        if got != data.get("text_sha256"):
            now = extractor_versions()
            then = data.get("extractor") or {}
            note = "" if now == then else f" (extractor versions differ: logged {then}, now {now})"
            return [f"seq {seq}: re-extraction of capture {capture_id} gives text {got}, log says "
                    f"{data.get('text_sha256')}{note}"]
        return []
