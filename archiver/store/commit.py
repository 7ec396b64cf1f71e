"""One way to commit a capture, whoever made it: WARC records, extraction, manifest, log, index.

A native fetch (:func:`draft_from_exchange`), an import of another tool's WARC file
(:mod:`archiver.export.importer`) and, next, a browser session describe what they captured
the same way, as a :class:`CaptureDraft`; this module does the rest, in the order that makes
a crash at any point harmless:

1. :func:`write_capture`: the exchange's records not yet in the store, the extraction record
   and the manifest (:class:`~archiver.capture.manifest.Manifest`, written last) go to the
   WARC file with *one* fsync at the end (``sync=False`` leaves it to a later write, e.g. an
   import's closing listing record). Until the log names them, these records are data, never
   served: ``reindex`` reports them as the remains of an interrupted capture.
2. :func:`log_items`: the log entries vouching for it (``capture`` + ``extraction``, appended
   together with one fsync, the extraction naming the capture entry's ``seq``).
3. :func:`index_captures`: the index rows and, in one transaction for all the captures given,
   the full-text index (texts normalised once).

WARC before log, log before index: the index is derived, and rebuilt from WARC and log.
All three under the store's lock (:mod:`archiver.core.store_lock`): shared by a native
capture (:func:`commit_native`), held alone by an import, so a ``reindex`` never sees a
capture written and not yet logged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from archiver.capture.final_body import reading_for
from archiver.capture.manifest import Manifest, ManifestHop
from archiver.capture.records import (
    CaptureResult,
    content_type_of,
    extraction_spec,
    final_payload,
    hop_specs,
    manifest_hop,
    manifest_spec,
    read_as_type,
    software_versions,
    tls_summary,
    written_with_warc,
)
from archiver.capture.warc import DecodedBody, RecordSpec, WrittenRecord, decode_body
from archiver.core.canonical import canonical_json
from archiver.core.clock import IdFactory
from archiver.core.digests import sha256_label
from archiver.errors import ArchiverError
from archiver.store.index import CaptureRow, IndexWriter

logger = logging.getLogger(__name__)

#: A log entry's data, or a function of the entries appended before it in the same call.
EventData = dict[str, Any] | Callable[[list[Any]], dict[str, Any]]


class RecordWriter(Protocol):
    """Where WARC records go (:class:`archiver.store.storage.WarcFileWriter`)."""

    def write(self, specs: list[RecordSpec], *, sync: bool = True) -> tuple[str, list[WrittenRecord]]: ...

    def warcinfo_of(self, name: str) -> WrittenRecord | None: ...


class CommitStore(Protocol):
    """What committing a capture needs from a store (:class:`archiver.archive.Archive` has it)."""

    @property
    def ids(self) -> IdFactory: ...

    @property
    def index(self) -> IndexWriter: ...

    def warc_writer(self) -> RecordWriter: ...

    def extract(self, body: bytes, *, url: str, content_type: str | None,
                http_status: int | None = None) -> Any: ...

    def append_events(self, items: list[tuple[str, EventData]]) -> list[Any]: ...

    def index_texts(self, items: list[tuple[str, dict[str, Any]]]) -> None: ...

    def locked(self, *, exclusive: bool = False) -> AbstractContextManager[None]: ...


class CaptureDraft(NamedTuple):
    """A capture about to be committed, described alike by every way of capturing.

    ``hops`` name each hop's records by role (request, response, TLS); ``new_records`` are the
    exchange's records still to be written (a native fetch), ``stored_records`` those already
    in the store (an import's foreign records, as record dicts). ``body`` is the decoded entity
    body to extract from (None: no extraction, ``extraction_error`` may say why).
    """

    origin: str
    capture_id: str
    requested_url: str
    final_url: str
    capture_time: str
    hops: tuple[ManifestHop, ...]
    status: int | None
    options: dict[str, Any]
    reason: str | None = None
    content_type: str | None = None
    ip: str | None = None
    truncated: bool = False
    tls: dict[str, Any] | None = None
    new_records: tuple[RecordSpec, ...] = ()
    stored_records: tuple[dict[str, Any], ...] = ()
    #: The final response's payload digest; None: the written response record's.
    payload_digest: str | None = None
    body: bytes | None = None
    extraction_error: str | None = None
    #: The HTTP status the extractor is told (an import tells none: we did not see the server).
    extract_status: int | None = None
    source_file: str | None = None
    source_sha256: str | None = None
    original_capture_id: str | None = None
    #: the log whose bundle ``original_capture_id`` is from: ``{"origin", "key_fingerprint"}``
    original_log: dict[str, Any] | None = None
    revisit_of: dict[str, Any] | None = None
    #: What ``body`` is when it is not the final response's payload (a browser capture's
    #: rendered DOM), and the content type to extract it as (None: ``content_type``).
    extraction_source: ExtractionSource | None = None
    extract_content_type: str | None = None
    #: ``body``'s extraction when the caller already made it with this store's extractor and
    #: these arguments (a browser capture extracts both candidates to choose the text source):
    #: used as is, not made a second time.
    extracted: Any = None
    #: A browser capture's own facts (screenshot, rendered DOM, what did not finish), for the
    #: manifest, the log entry and the index (see :mod:`archiver.store.browser_records`).
    browser: dict[str, Any] | None = None
    #: What the extraction's ``notes`` must say the body lacks (see :func:`body_notes`).
    body_notes: tuple[str, ...] = ()

    @property
    def response_record_id(self) -> str:
        return self.hops[-1].response_record_id

    @property
    def extraction_source_record_id(self) -> str | None:
        return self.extraction_source.record_id if self.extraction_source else None


class ExtractionSource(NamedTuple):
    """Which bytes a capture's text was extracted from: ``label`` goes into the article's
    ``sources["text"]``; ``record_id`` names the record when it is not the final response."""

    record_id: str | None
    label: str


@dataclass
class StagedCapture:
    """A capture whose records are written (not yet logged): its result, manifest and extraction."""

    result: CaptureResult
    manifest: Manifest
    article: dict[str, Any] | None = None
    article_bytes: bytes | None = None
    #: (offset, length) in log.jsonl of the entry vouching for it (``capture``/``import``) and of
    #: its ``extraction`` entry, once logged: the index keeps them (see :func:`log_place`)
    log_place: tuple[int, int] | None = None
    extraction_log_place: tuple[int, int] | None = None
    #: the ``warcinfo`` record of each WARC file the capture's new records went to, as the
    #: ``capture`` entry lists them (``warcinfo``)
    warcinfo: tuple[dict[str, Any], ...] = ()

    def logged(self, entry: Any, extraction: Any = None) -> None:
        """Note the log entries vouching for it (``extraction``: None when it has none)."""
        self.result.log_seq = entry.seq
        self.log_place = log_place(entry)
        self.result.extraction_log_seq = extraction.seq if extraction is not None else None
        self.extraction_log_place = log_place(extraction) if extraction is not None else None


def log_place(entry: Any) -> tuple[int, int] | None:
    """(offset, length) of a log entry's line in log.jsonl, when the entry knows its offset."""
    offset = getattr(entry, "offset", None)
    return (offset, len(entry.line)) if offset is not None else None


def draft_from_exchange(url: str, exchange: Any, *, capture_id: str, capture_time: str, ids: IdFactory,
                        insecure: bool, options: dict[str, Any], extractable: Callable[[str | None, bytes], bool]
                        ) -> CaptureDraft:
    """The draft of a native fetch (:class:`archiver.capture.fetch.Exchange`) of ``url``."""
    specs: list[RecordSpec] = []
    hops = []
    for hop in exchange.hops:
        hop_rec_specs, ids_of = hop_specs(hop, ids=ids, insecure=insecure)
        specs.extend(hop_rec_specs)
        hops.append(manifest_hop(hop, ids_of))
    final = exchange.final
    content_type, read_as = content_type_of(final), None  # (sent; read by a browser as: below, from the body)
    body, error = None, None
    notes: tuple[str, ...] = ()
    reading = reading_for(final, getattr(exchange, "final_body", None))  # (read once by the fetch: final_body.py)
    try:
        if reading is None:
            headers, payload = final_payload(final)
            decoded = decode_body(headers, payload)
        elif isinstance(reading.decoded, ArchiverError):
            raise reading.decoded  # (what decoding it here raises)
        else:
            payload, decoded = reading.payload, reading.decoded
        read_as = read_as_type(final, decoded.body)
        body = decoded.body if extractable(read_as, decoded.body) else None
        notes = body_notes(decoded, kept=len(payload), cut=final.truncated)
    except ArchiverError as exc:  # a decoding limit: captured, not extracted, and it says so
        error = exc.diagnostics()
    except Exception as exc:  # noqa: BLE001 - a body that breaks the decoder is still captured
        logger.exception("decoding failed for %s", final.url)
        error = f"extraction failed: {type(exc).__name__}: {exc}"
    return CaptureDraft(
        origin="captured", capture_id=capture_id, requested_url=url, final_url=final.url,
        capture_time=capture_time, hops=tuple(hops), status=final.status, reason=final.reason,
        content_type=content_type, ip=final.ip, truncated=final.truncated, tls=tls_summary(final),
        new_records=tuple(specs), body=body, extraction_error=error, extract_status=final.status,
        options=options, body_notes=notes, extract_content_type=read_as)


#: The limit a body cut by another tool's capture was cut at (an imported record marked ``WARC-Truncated``).
IMPORTED_LIMIT = "a limit of the tool that wrote it: WARC-Truncated"


def body_notes(decoded: DecodedBody, *, kept: int, cut: bool, limit: str = "the --max-body limit") -> tuple[str, ...]:
    """The extraction notes for a body the capture holds only the beginning of.

    ``cut``: the response record holds only the first ``kept`` bytes of the body (a longer body
    is cut at ``limit``, ``WARC-Truncated``); else a content coding that ends early
    (:func:`archiver.capture.warc.decode_body`), which no framing tells. Either way the text is
    only the page's beginning: a quote from the rest is not absent from the page, and
    :mod:`archiver.quotes.service` says so, reading these notes (an extraction's ``notes`` are
    what a limit or the bytes left out: [] when the text is whole).
    """
    if cut:
        return (f"the capture holds only the first {kept:,} bytes of the body (cut at {limit}): "
                "the text lacks whatever followed",)
    if decoded.ends_early:
        return (f"the content coding ends early: the body's {kept:,} bytes stop inside its compressed stream, "
                "so the text is what they decode to and may lack whatever followed",)
    return ()


def write_capture(store: CommitStore, draft: CaptureDraft, *, sync: bool = True) -> StagedCapture:
    """Write the draft's records, its extraction and (last) its manifest; one fsync, or none
    with ``sync=False`` (the caller's next synced write covers them, before anything is logged)."""
    writer = store.warc_writer()
    records = list(draft.stored_records)
    files: list[str] = []
    if draft.new_records:
        name, written = writer.write(list(draft.new_records), sync=False)
        records += written_with_warc(name, written)
        files.append(name)
    article, article_bytes, error = _extract(store, draft)
    extraction_id = None
    if article_bytes is not None:
        extraction_id = store.ids.record_id()
        name, written = writer.write([extraction_spec(
            url=draft.final_url, date=draft.capture_time, record_id=extraction_id,
            refers_to=draft.extraction_source_record_id or draft.response_record_id, body=article_bytes)],
            sync=False)
        records += written_with_warc(name, written)
        files.append(name)
    manifest = _manifest(draft, records, extraction_id, error)
    name, written = writer.write([manifest_spec(url=draft.requested_url, date=draft.capture_time,
                                                record_id=store.ids.record_id(), manifest=manifest)], sync=sync)
    records += written_with_warc(name, written)
    files.append(name)
    infos = [(n, info) for n in dict.fromkeys(files) if (info := writer.warcinfo_of(n)) is not None]
    return StagedCapture(_result(draft, records, article, error), manifest, article, article_bytes,
                         warcinfo=tuple(d for n, info in infos for d in written_with_warc(n, [info])))


def _extract(store: CommitStore, draft: CaptureDraft) -> tuple[dict[str, Any] | None, bytes | None, str | None]:
    """(article, its record's bytes, why there is none): a page that breaks the extractor is still captured."""
    if draft.body is None:
        return None, None, draft.extraction_error
    try:
        article = draft.extracted if draft.extracted is not None else store.extract(
            draft.body, url=draft.final_url, content_type=draft.extract_content_type or draft.content_type,
            http_status=draft.extract_status)
        if draft.extraction_source is not None:  # say which bytes the text came from
            sources = {**dict(article.sources), "text": draft.extraction_source.label}
            article = article._replace(sources=tuple(sorted(sources.items())))
        if draft.body_notes:  # what the body lacks, which the extractor cannot see in it
            article = article._replace(notes=(*article.notes, *draft.body_notes))
        record = article.to_dict()  # once: the record's bytes are its canonical JSON (Article.to_json_bytes)
        return record, canonical_json(record), None
    except ArchiverError as exc:
        return None, None, exc.diagnostics()
    except Exception as exc:  # noqa: BLE001 - the capture is evidence even when extraction fails
        logger.exception("extraction failed for %s", draft.final_url)
        return None, None, f"extraction failed: {type(exc).__name__}: {exc}"


def _manifest(draft: CaptureDraft, records: list[dict[str, Any]], extraction_id: str | None,
              error: str | None) -> Manifest:
    return Manifest(
        capture_id=draft.capture_id, requested_url=draft.requested_url, final_url=draft.final_url,
        http_status=draft.status, capture_time=draft.capture_time, hops=draft.hops, records=tuple(records),
        extraction_record_id=extraction_id, extraction_error=error, options=draft.options,
        software=software_versions(), origin=draft.origin, source_file=draft.source_file,
        source_sha256=draft.source_sha256, original_capture_id=draft.original_capture_id,
        original_log=draft.original_log, revisit_of=draft.revisit_of, browser=draft.browser,
        extraction_source_record_id=draft.extraction_source_record_id if extraction_id else None)


def _result(draft: CaptureDraft, records: list[dict[str, Any]], article: dict[str, Any] | None,
            error: str | None) -> CaptureResult:
    response = next(r for r in records if r["record_id"] == draft.response_record_id)
    return CaptureResult(
        url=draft.requested_url, capture_id=draft.capture_id, final_url=draft.final_url, status=draft.status,
        reason=draft.reason, content_type=draft.content_type, capture_time=draft.capture_time,
        warc=response["warc"], ip=draft.ip, truncated=draft.truncated, hops=[h.summary() for h in draft.hops],
        records=records, response_record_id=draft.response_record_id,
        payload_digest=draft.payload_digest or response.get("payload_digest"), tls=draft.tls,
        article=article, extraction_error=error, origin=draft.origin, browser=draft.browser)


# ---------------------------------------------------------------------------------- log

def capture_event(staged: StagedCapture) -> dict[str, Any]:
    """The ``capture`` log entry of a native capture."""
    r = staged.result
    event = {"capture_id": r.capture_id, "url": r.url, "final_url": r.final_url, "http_status": r.status,
             "warc": r.warc, "response_record_id": r.response_record_id, "payload_digest": r.payload_digest,
             "records": r.records, "capture_time": r.capture_time, "ip": r.ip, "tls": r.tls,
             "truncated": r.truncated, "extraction_error": r.extraction_error, "software": software_versions()}
    if staged.warcinfo:  # the opening record of each file it was written to (the options it claims)
        event["warcinfo"] = list(staged.warcinfo)
    if r.browser:  # the screenshot's and the rendered DOM's digests, signed with the capture
        event["browser"] = {k: r.browser.get(k) for k in BROWSER_LOGGED}
    return event


#: The facts of a browser capture its ``capture`` log entry carries.
BROWSER_LOGGED = ("browser", "screenshot_record_id", "screenshot_sha256", "rendered_dom_record_id",
                  "rendered_dom_sha256", "rendered_text_record_id", "rendered_text_sha256", "extraction_source", "complete", "incomplete", "consent_dismissed",
                  "consent_clicked", "sandbox", "sandbox_off", "trailing")


def extraction_event(staged: StagedCapture, capture_seq: int) -> dict[str, Any]:
    """The ``extraction`` log entry of a staged capture that has an extraction."""
    article, article_bytes = staged.article or {}, staged.article_bytes or b""
    event = {"capture_seq": capture_seq, "capture_id": staged.result.capture_id,
             "record_id": staged.manifest.extraction_record_id, "extractor": article.get("extractor") or {},
             "text_sha256": article.get("text_sha256"), "metadata_sha256": metadata_sha256(article),
             "extraction_sha256": sha256_label(article_bytes)}
    if staged.manifest.extraction_source_record_id:  # re-extraction reads this record, not the response
        event["source_record_id"] = staged.manifest.extraction_source_record_id
    return event


def log_items(first: tuple[str, dict[str, Any]], staged: Iterable[StagedCapture]) -> list[tuple[str, EventData]]:
    """``first`` (the entry vouching for the captures: ``capture`` or ``import``), then an
    ``extraction`` entry per capture that has one, naming ``first``'s seq: one append, one fsync."""
    kind = first[0]
    items: list[tuple[str, EventData]] = [first]
    for s in staged:
        if s.article is not None and s.article_bytes is not None:
            items.append(("extraction", _extraction_after(s, kind)))
    return items


def _extraction_after(staged: StagedCapture, kind: str) -> Callable[[list[Any]], dict[str, Any]]:
    """The extraction entry's data, made once the seq of the ``kind`` entry before it is known."""
    return lambda done: extraction_event(staged, _last_seq(done, kind))


def _last_seq(done: list[Any], kind: str) -> int:
    return int(next(e.seq for e in reversed(done) if e.type == kind))


def metadata_sha256(article: dict[str, Any]) -> str:
    """Digest of the extracted metadata (everything but the texts), canonical JSON."""
    meta = {k: v for k, v in article.items() if k not in ("text", "page_text")}
    return sha256_label(canonical_json(meta))


def commit_native(store: CommitStore, draft: CaptureDraft) -> CaptureResult:
    """Write, log and index one native capture (see the module docstring for the order), under
    the store's shared lock: a ``reindex`` (exclusive) never sees it half-way, written but not
    yet logged, and takes it for the remains of an interrupted capture."""
    with store.locked():
        staged = write_capture(store, draft)
        entries = store.append_events(log_items(("capture", capture_event(staged)), [staged]))
        staged.logged(entries[0], entries[1] if len(entries) > 1 else None)
        index_captures(store, [staged])
    return staged.result


# ---------------------------------------------------------------------------------- index

def index_row(result: CaptureResult, manifest: Manifest | None = None,
              log_place: tuple[int, int] | None = None) -> CaptureRow:
    """The index row of a finished capture (an imported one remembers its original id and
    the record a revisit's payload is in, so re-reading its text finds the bytes); ``log_place``:
    where its log entry lies in log.jsonl."""
    assert result.capture_id and result.final_url and result.warc and result.capture_time
    response = next(r for r in result.records if r["record_id"] == result.response_record_id)
    article = result.article or {}
    detail = {
        "hops": result.hops, "tls": result.tls, "ip": result.ip,
        "title": article.get("title"), "outlet": article.get("outlet"),
        "authors": article.get("authors") or [], "published": article.get("published"),
        "page_state": article.get("page_state"), "extraction_error": result.extraction_error,
    }
    if manifest is not None and manifest.original_capture_id:
        detail["original_capture_id"] = manifest.original_capture_id
    if manifest is not None and manifest.original_log:
        detail["original_log"] = manifest.original_log
    if manifest is not None and manifest.browser:
        detail["browser"] = manifest.browser
    if manifest is not None and manifest.revisit_of:
        detail["revisit_of"] = manifest.revisit_of
    return CaptureRow(
        capture_id=result.capture_id, url=result.url, final_url=result.final_url,
        status=result.status, reason=result.reason, content_type=result.content_type,
        capture_time=result.capture_time, warc=result.warc,
        response_record_id=response["record_id"], response_offset=response["offset"],
        payload_digest=result.payload_digest, truncated=result.truncated, origin=result.origin,
        log_seq=result.log_seq, detail=detail,
        log_offset=log_place[0] if log_place else None, log_length=log_place[1] if log_place else None,
    )


def index_captures(store: CommitStore, staged: Iterable[StagedCapture]) -> None:
    """Index logged captures: rows and extractions, then their texts in one transaction."""
    texts: list[tuple[str, dict[str, Any]]] = []
    for s in staged:
        result = s.result
        assert result.capture_id is not None
        extraction = None
        if s.article is not None and result.extraction_log_seq is not None:
            extraction = {"record_id": s.manifest.extraction_record_id, "log_seq": result.extraction_log_seq,
                          "text_sha256": s.article.get("text_sha256"), "article": s.article,
                          "log_place": s.extraction_log_place}
            texts.append((result.capture_id, s.article))
        # one transaction: a reader never sees the capture without its logged extraction
        store.index.add_capture(index_row(result, s.manifest, s.log_place), result.records, extraction)
    if texts:
        store.index_texts(texts)


def restaged(result: CaptureResult, manifest: Manifest, *, log_place: tuple[int, int] | None = None,
             extraction_log_place: tuple[int, int] | None = None) -> StagedCapture:
    """A capture read back from the store (reindex) in the form :func:`index_captures` takes,
    with where its log entries lie (reindex reads them with their offsets)."""
    return StagedCapture(result, manifest, result.article, log_place=log_place,
                         extraction_log_place=extraction_log_place)
