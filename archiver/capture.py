"""From an :class:`~archiver.fetch.Exchange` to WARC record specs, and back.

One capture is written as, per hop, ``request`` + ``response`` (+ a TLS ``metadata`` record
for HTTPS, all linked by ``WARC-Concurrent-To``); then, for HTML and PDF, an extraction
``metadata`` record that ``WARC-Refers-To`` the final response; and last a capture manifest
(``metadata``, ``application/vnd.archiver.capture+json``) that lists every record of the
capture. The manifest is the commit marker: a capture whose manifest is missing was cut
short and is reported, never served. ``archiver reindex`` rebuilds the index from manifests.
"""

from __future__ import annotations

import functools
import json
import platform
import sys
from dataclasses import dataclass, field
from importlib import metadata as importlib_metadata
from typing import Any

import rfc8785

from archiver import __version__
from archiver.clock import IdFactory
from archiver.fetch import Exchange, FetchOptions, Hop
from archiver.warc import RecordSpec, WrittenRecord, http_payload, warc_date, warc_fields

MANIFEST_TYPE = "application/vnd.archiver.capture+json"
EXTRACTION_TYPE = "application/vnd.archiver.extraction+json"
TLS_TYPE = "application/vnd.archiver.tls+json"
MANIFEST_VERSION = 1

WARC_SPEC = "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"


def software_versions() -> dict[str, str]:
    """Versions of everything that shapes the bytes we write (recorded in warcinfo and log)."""
    return dict(_software_versions())


@functools.cache
def _software_versions() -> dict[str, str]:
    # Cached per process: reading package metadata costs ~15 ms, twice per capture otherwise.
    versions = {"archiver": __version__, "python": platform.python_version()}
    for dist in ("requests", "urllib3", "warcio", "trafilatura", "htmldate", "lxml",
                 "charset-normalizer", "pypdf", "rfc8785", "cryptography"):
        try:
            versions[dist] = importlib_metadata.version(dist)
        except importlib_metadata.PackageNotFoundError:
            continue
    return versions


def warcinfo_spec(filename: str, *, record_id: str, date: str, options: FetchOptions,
                  log_origin: str | None = None) -> RecordSpec:
    """The ``warcinfo`` record that opens each WARC file this process writes.

    ``log_origin`` names the store's provenance log, so a store whose log was deleted or
    swapped is recognised from its WARC files alone.
    """
    versions = software_versions()
    info = {
        "software": f"archiver/{__version__} (+warcio/{versions.get('warcio', '?')}, "
                    f"requests/{versions.get('requests', '?')})",
        "format": "WARC File Format 1.1",
        "conformsTo": WARC_SPEC,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": f"{platform.system()} {platform.release()} {platform.machine()}",
        "isPartOf": "archiver store",
        "description": "Evidence captures: raw HTTP exchanges as sent and received, sha256 digests "
                       "(payload digest over the de-chunked, still content-coded body)",
        "archiver-capture-options": json.dumps(options.to_dict(), sort_keys=True),
        "archiver-software-versions": json.dumps(versions, sort_keys=True),
        "archiver-argv": " ".join(sys.argv[1:])[:2000] if sys.argv else "",
        "archiver-log-origin": log_origin,
    }
    return RecordSpec("warcinfo", None, date, record_id, warc_fields(info),
                      "application/warc-fields", (("WARC-Filename", filename),))


@dataclass(frozen=True)
class HopRecords:
    url: str
    status: int
    request_id: str
    response_id: str
    tls_id: str | None


def hop_specs(hop: Hop, *, ids: IdFactory, insecure: bool) -> tuple[list[RecordSpec], HopRecords]:
    """request + response (+ TLS metadata) records for one hop, linked to each other."""
    date = warc_date(hop.started)
    response_id = ids.record_id()
    request_id = ids.record_id()
    ip_headers: tuple[tuple[str, str], ...] = (("WARC-IP-Address", hop.ip),) if hop.ip else ()
    resp_headers = ip_headers + ((("WARC-Truncated", "length"),) if hop.truncated else ())
    specs = [
        RecordSpec("request", hop.url, date, request_id, hop.request_bytes,
                   "application/http; msgtype=request",
                   ip_headers + (("WARC-Concurrent-To", response_id),)),
        RecordSpec("response", hop.url, date, response_id, hop.response_bytes,
                   "application/http; msgtype=response", resp_headers),
    ]
    tls_id = None
    if hop.tls is not None:
        tls_id = ids.record_id()
        doc = hop.tls.to_dict()
        doc["insecure_capture"] = insecure
        doc["note"] = (
            "Read from the live connection right after the handshake."
            + ("" if hop.tls.chain_source != "leaf_only"
               else " The full chain was not available from this Python's ssl module; only the leaf is recorded.")
            + (" Certificate verification was DISABLED for this capture (--insecure)." if insecure else "")
        )
        specs.append(RecordSpec("metadata", hop.url, date, tls_id, rfc8785.dumps(doc), TLS_TYPE,
                                (("WARC-Concurrent-To", response_id),)))
    return specs, HopRecords(hop.url, hop.status, request_id, response_id, tls_id)


def extraction_spec(*, url: str, date: str, record_id: str, refers_to: str, body: bytes) -> RecordSpec:
    return RecordSpec("metadata", url, date, record_id, body, EXTRACTION_TYPE,
                      (("WARC-Refers-To", refers_to),))


def manifest_spec(*, url: str, date: str, record_id: str, manifest: dict[str, Any]) -> RecordSpec:
    return RecordSpec("metadata", url, date, record_id, rfc8785.dumps(manifest), MANIFEST_TYPE, ())


def content_type_of(hop: Hop) -> str | None:
    return hop.header("Content-Type")


def final_payload(hop: Hop) -> tuple[list[tuple[str, str]], bytes]:
    """Headers and de-chunked (still content-coded) payload of a hop's response."""
    return http_payload(hop.response_bytes)


@dataclass
class CaptureResult:
    """What one ``archive`` of one URL produced (or why it failed)."""

    url: str
    capture_id: str | None = None
    final_url: str | None = None
    status: int | None = None
    reason: str | None = None
    content_type: str | None = None
    capture_time: str | None = None
    warc: str | None = None
    ip: str | None = None
    truncated: bool = False
    hops: list[dict[str, Any]] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)
    response_record_id: str | None = None
    payload_digest: str | None = None
    tls: dict[str, Any] | None = None
    log_seq: int | None = None
    extraction_log_seq: int | None = None
    article: dict[str, Any] | None = None
    extraction_error: str | None = None
    origin: str = "captured"
    error: str | None = None
    error_kind: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "ok": self.ok,
            "capture_id": self.capture_id,
            "final_url": self.final_url,
            "status": self.status,
            "reason": self.reason,
            "content_type": self.content_type,
            "capture_time": self.capture_time,
            "warc": self.warc,
            "ip": self.ip,
            "truncated": self.truncated,
            "hops": self.hops,
            "records": self.records,
            "response_record_id": self.response_record_id,
            "payload_digest": self.payload_digest,
            "tls": self.tls,
            "log_seq": self.log_seq,
            "extraction_log_seq": self.extraction_log_seq,
            "article": self.article,
            "extraction_error": self.extraction_error,
            "origin": self.origin,
            "error": self.error,
            "error_kind": self.error_kind,
        }


def tls_summary(hop: Hop) -> dict[str, Any] | None:
    if hop.tls is None:
        return None
    t = hop.tls
    return {"tls_version": t.version, "cipher": t.cipher, "peer_cert_sha256": t.peer_cert_sha256,
            "chain_length": len(t.chain_pem), "chain_source": t.chain_source,
            "certificate_verified": t.verified}


def written_with_warc(warc: str, written: list[WrittenRecord]) -> list[dict[str, Any]]:
    return [{**w.to_dict(), "warc": warc} for w in written]


def exchange_summary(exchange: Exchange) -> list[dict[str, Any]]:
    return [{"url": h.url, "status": h.status, "ip": h.ip, "truncated": h.truncated}
            for h in exchange.hops]
