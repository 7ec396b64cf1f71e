"""From an :class:`~archiver.capture.fetch.Exchange` to WARC record specs, and back.

One capture is written as, per hop, ``request`` + ``response`` (+ a TLS ``metadata`` record
for HTTPS, + ``metadata`` records of 1xx interim heads before the response and of bytes past its
end when the server sent any, all linked by ``WARC-Concurrent-To``); then, for HTML and PDF, an extraction
``metadata`` record that ``WARC-Refers-To`` the final response; and last a capture manifest
(``metadata``, ``application/vnd.archiver.capture+json``) that lists every record of the
capture. The manifest is the commit marker: a capture whose manifest is missing was cut
short and is reported, never served. ``archiver reindex`` rebuilds the index from manifests.

Only ``request``/``response`` records carry the page's URL as ``WARC-Target-URI``. Our own
``metadata`` records get a URN naming what they are *about* (``urn:archiver:tls:<url>``,
``urn:archiver:extraction:<url>``, ``urn:archiver:capture:<url>``), in the way
browsertrix-crawler names its ``urn:pageinfo:<url>`` / ``urn:text:<url>`` records, and point
at the response with ``WARC-Refers-To`` + ``WARC-Refers-To-Target-URI``. A replay tool that
indexes every record of a WARC (pywb's ``wb-manager add``) would otherwise serve a record of
ours for the page's URL. Stores written before this carry the page URL on those records; every
reader finds them by ``Content-Type`` and record id, never by target URI, so both read alike.
"""

from __future__ import annotations

import functools
import logging
import platform
import re
import sys
from dataclasses import dataclass, field
from importlib import metadata as importlib_metadata
from pathlib import PurePath
from typing import Any, NamedTuple

from archiver import __version__
from archiver.capture.fetch import FetchOptions, Hop, wire_uri
from archiver.capture.manifest import (
    MANIFEST_TYPE as MANIFEST_TYPE,  # re-exported: readers find manifests here
)
from archiver.capture.manifest import MANIFEST_VERSION as MANIFEST_VERSION
from archiver.capture.manifest import Manifest, ManifestHop
from archiver.capture.warc import (
    RecordSpec,
    StoredRecord,
    WrittenRecord,
    holds_bytes_before_a_status_line,
    http_payload,
    parse_http_head,
    split_http_message,
    warc_date,
    warc_fields,
)
from archiver.core import json_text
from archiver.core.canonical import canonical_json
from archiver.core.clock import IdFactory
from archiver.core.mime import declared_content_type, effective_content_type
from archiver.core.versions import installed_version

EXTRACTION_TYPE = "application/vnd.archiver.extraction+json"
TLS_TYPE = "application/vnd.archiver.tls+json"
#: A metadata record holding the bytes a server sent past the end of its response (see
#: :func:`trailing_spec`): raw bytes as received, of no media type of their own.
TRAILING_TYPE = "application/vnd.archiver.trailing-bytes"
#: WARC extension field on that record: how many bytes were received past the response's end
#: (the block holds them all, or the first ``--max-body`` of them and ``WARC-Truncated: length``).
TRAILING_FIELD = "Archiver-Trailing-Bytes"
#: A metadata record an import writes listing the foreign records it kept (see archiver.export.importer).
IMPORT_LISTING_TYPE = "application/vnd.archiver.import+json"
#: How the store names an import's byte-for-byte copies of the files it imports
#: (``imported-<sha256 start>-<random>-<name>``; see archiver.export.importer): no writer of ours
#: names its own WARC files so. ``reindex`` never takes one no ``import`` entry names for ours.
IMPORT_COPY_PREFIX = "imported-"
#: A metadata record holding the 1xx interim heads (``100 Continue``, ``103 Early Hints``) a
#: server sent before its final response, and any bytes before a status line that Chromium skips
#: (up to 4: a CRLF, a BOM), as received (see :func:`interim_spec`).
INTERIM_TYPE = "application/vnd.archiver.interim-responses"
#: WARC extension field naming those 1xx statuses (``103`` or ``100, 103``): on the interim
#: record; on a response record of a capture made before they were kept apart, whose block
#: begins with them (readers skip them there: :func:`archiver.capture.warc.final_head_start`).
INTERIM_FIELD = "Archiver-Interim-Responses"
#: WARC extension field on a request record: headers whose values were blanked (credentials).
REDACTED_FIELD = "Archiver-Redacted-Headers"

#: Prefixes of the target URIs of our metadata records (followed by the page's URL).
TLS_URN = "urn:archiver:tls:"
TRAILING_URN = "urn:archiver:trailing:"
INTERIM_URN = "urn:archiver:interim:"
EXTRACTION_URN = "urn:archiver:extraction:"
MANIFEST_URN = "urn:archiver:capture:"

logger = logging.getLogger(__name__)

WARC_SPEC = "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"


def software_versions() -> dict[str, str]:
    """Versions of everything that shapes the bytes we write (recorded in warcinfo and log)."""
    return dict(_software_versions())


@functools.cache
def _software_versions() -> dict[str, str]:
    # Cached per process: reading package metadata costs ~15 ms, twice per capture otherwise.
    versions = {"archiver": __version__, "python": platform.python_version()}
    for dist in ("requests", "urllib3", "warcio", "trafilatura", "htmldate", "lxml",
                 "charset-normalizer", "pypdf", "pyahocorasick", "rfc8785", "cryptography"):
        try:
            versions[dist] = installed_version(dist)
        except importlib_metadata.PackageNotFoundError:
            continue
    return versions


def recorded_options(options: FetchOptions) -> dict[str, Any]:
    """The capture options as recorded in WARC files and the log: no local folders.

    A CA bundle is named by its file name only; where it sits on the user's disk is private
    (WARC files and log entries end up in published bundles).
    """
    out = options.to_dict()
    if out.get("ca_bundle"):
        out["ca_bundle"] = PurePath(str(out["ca_bundle"])).name
    return out


_OPTION_TOKEN = re.compile(r"--?[A-Za-z][A-Za-z0-9-]*")


def command_summary(argv: list[str] | None = None) -> str:
    """The command and the names of the options given, never their values or arguments.

    The command line holds the user's folders (``--store``, input files) and URLs; the values
    that shape a capture are recorded separately (``archiver-capture-options``).
    """
    args = sys.argv[1:] if argv is None else argv
    command = None
    # Only a process that runs the CLI has a click context; a batch worker (forked from the
    # fork server, which never imports click) has none, and importing click there only to
    # learn that cost each worker ~20 ms of CPU.
    click = sys.modules.get("click")
    if click is not None:
        ctx = click.get_current_context(silent=True)
        command = ctx.info_name if ctx is not None and ctx.parent is not None else None
    names = sorted({t.split("=", 1)[0] for t in args if _OPTION_TOKEN.fullmatch(t.split("=", 1)[0])})
    return " ".join(["archiver", *([command] if command else []), *names])


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
        "archiver-capture-options": json_text.dumps(recorded_options(options), sort_keys=True),
        "archiver-software-versions": json_text.dumps(versions, sort_keys=True),
        "archiver-command": command_summary()[:2000],
        "archiver-log-origin": log_origin,
    }
    return RecordSpec("warcinfo", None, date, record_id, warc_fields(info),
                      "application/warc-fields", (("WARC-Filename", filename),))


class HopRecords(NamedTuple):
    url: str
    status: int
    request_id: str
    response_id: str
    tls_id: str | None
    trailing_id: str | None = None
    interim_id: str | None = None


def manifest_hop(hop: Hop, rec: HopRecords) -> ManifestHop:
    """The manifest's entry for ``hop``, whose records :func:`hop_specs` named ``rec``."""
    trailing = None
    if rec.trailing_id is not None:
        trailing = {"record_id": rec.trailing_id, "bytes": hop.trailing_received, "recorded": len(hop.trailing)}
    interim = skipped = None
    if rec.interim_id is not None and hop.interim:
        interim = {"record_id": rec.interim_id, "statuses": list(hop.interim)}
    if rec.interim_id is not None and (not hop.interim or holds_bytes_before_a_status_line(
            hop.response_bytes[:hop.head_start])):  # bytes Chromium skips, alone or beside 1xx heads (cap59)
        skipped = {"record_id": rec.interim_id}  # a key earlier releases ignore
    return ManifestHop(url=rec.url, status=rec.status, ip=hop.ip, truncated=hop.truncated,
                       request_record_id=rec.request_id, response_record_id=rec.response_id,
                       tls_record_id=rec.tls_id, trailing=trailing, interim=interim, before_status_line=skipped)


def hop_specs(hop: Hop, *, ids: IdFactory, insecure: bool) -> tuple[list[RecordSpec], HopRecords]:
    """request + response (+ TLS metadata, + interim heads, + trailing bytes) records for one hop,
    linked to each other.

    The response record holds the final response only; 1xx interim heads received before it, and
    the few bytes before a status line that Chromium skips (``\\r\\n``, a BOM), go to a record of
    their own (:func:`interim_spec`): the two blocks, interim first, are the bytes received, so
    nothing the server sent is dropped."""
    date = warc_date(hop.started)
    response_id = ids.record_id()
    request_id = ids.record_id()
    ip_headers: tuple[tuple[str, str], ...] = (("WARC-IP-Address", hop.ip),) if hop.ip else ()
    resp_headers = ip_headers + ((("WARC-Truncated", "length"),) if hop.truncated else ())
    interim_end = hop.head_start  # 1xx heads, bytes before a status line: what precedes the final head
    req_headers = ip_headers + (("WARC-Concurrent-To", response_id),)
    if hop.redacted:
        req_headers += ((REDACTED_FIELD, ", ".join(hop.redacted)),)
    target = wire_uri(hop.url)
    specs = [
        RecordSpec("request", target, date, request_id, hop.request_bytes,
                   "application/http; msgtype=request", req_headers),
        RecordSpec("response", target, date, response_id, hop.response_bytes[interim_end:],
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
        specs.append(RecordSpec("metadata", TLS_URN + target, date, tls_id, canonical_json(doc), TLS_TYPE,
                                (("WARC-Concurrent-To", response_id),
                                 *refers_to_headers(response_id, target))))
    interim_id = None
    if interim_end:
        interim_id = ids.record_id()
        specs.append(interim_spec(hop, hop.response_bytes[:interim_end], date=date, record_id=interim_id,
                                  response_id=response_id))
    trailing_id = None
    if hop.trailing_received:
        trailing_id = ids.record_id()
        specs.append(trailing_spec(hop, date=date, record_id=trailing_id, response_id=response_id))
        # The user is told by the command (cli.render.trailing_warnings, from the manifest hop);
        # this line is for -v and library callers' own logging.
        logger.info("%s: %d bytes past the end of the response, kept apart in WARC record %s (%d of them)",
                    hop.url, hop.trailing_received, trailing_id, len(hop.trailing))
    return specs, HopRecords(hop.url, hop.status, request_id, response_id, tls_id, trailing_id, interim_id)


def interim_spec(hop: Hop, heads: bytes, *, date: str, record_id: str, response_id: str) -> RecordSpec:
    """The record of the 1xx interim heads ``hop``'s server sent before its final response.

    Why not in the response record, where WARC 1.1 puts "the full HTTP response received": every
    reader of response records reads its block as one HTTP message. With a ``103 Early Hints``
    head first, ``warcio check`` and FastWARC's ``check -p`` failed its payload digest (they hash
    what follows the first head), cdxj-indexer (so ``reindex --cdxj`` and a WACZ's index) listed
    the page as status 103 of no media type, and pywb replayed "103 Early Hints" with no body.
    Kept as :func:`trailing_spec` keeps bytes past the end: a ``metadata`` record (never served),
    its target a URN, ``WARC-Concurrent-To`` and ``WARC-Refers-To`` the response, the statuses in
    ``Archiver-Interim-Responses``; the block is the heads as received, byte for byte.
    """
    headers: tuple[tuple[str, str], ...] = (("WARC-Concurrent-To", response_id),
                                             *refers_to_headers(response_id, hop.url))
    if hop.ip:
        headers = (("WARC-IP-Address", hop.ip), *headers)
    if hop.interim:  # none when the block holds only bytes skipped before the status line
        headers += ((INTERIM_FIELD, ", ".join(str(s) for s in hop.interim)),)
    return RecordSpec("metadata", INTERIM_URN + wire_uri(hop.url), date, record_id, heads, INTERIM_TYPE, headers)


def trailing_spec(hop: Hop, *, date: str, record_id: str, response_id: str) -> RecordSpec:
    """The record of the bytes ``hop``'s server sent past the end of its response.

    Kept, never trusted: they crossed the wire, so they are evidence of what the server did, but
    no browser or replay tool shows them, so they must not be read as the page. Hence a
    ``metadata`` record (never a ``response`` or ``resource``, which replay tools serve) whose
    target URI is a URN, not the page's URL, linked to the response by ``WARC-Concurrent-To``
    (same exchange) and ``WARC-Refers-To``: pywb's indexer lists every record under its target
    URI, metadata included, so the page's URL there would make it a capture of the page;
    ReplayWeb.page indexes a metadata record only when its URI starts with ``metadata://``; our
    CDXJ lists responses, revisits and resources only. ``Archiver-Trailing-Bytes`` gives the
    count received; past ``--max-body`` the block holds the first bytes, ``WARC-Truncated: length``.
    """
    headers: tuple[tuple[str, str], ...] = (("WARC-Concurrent-To", response_id),
                                             *refers_to_headers(response_id, hop.url))
    if hop.ip:
        headers = (("WARC-IP-Address", hop.ip), *headers)
    headers += ((TRAILING_FIELD, str(hop.trailing_received)),)
    if len(hop.trailing) < hop.trailing_received:
        headers += (("WARC-Truncated", "length"),)
    return RecordSpec("metadata", TRAILING_URN + wire_uri(hop.url), date, record_id, hop.trailing, TRAILING_TYPE, headers)


def refers_to_headers(record_id: str | None, target_uri: str | None) -> tuple[tuple[str, str], ...]:
    """``WARC-Refers-To`` (+ ``-Target-URI``): the link from a metadata record to its response.

    The target URI is repeated so a reader of one record (or a CDXJ line) knows which page it
    is about without resolving the record id.
    """
    out: tuple[tuple[str, str], ...] = ()
    if record_id:
        out += (("WARC-Refers-To", record_id),)
        if target_uri:
            out += (("WARC-Refers-To-Target-URI", wire_uri(target_uri)),)
    return out


def extraction_spec(*, url: str, date: str, record_id: str, refers_to: str, body: bytes) -> RecordSpec:
    """The extraction record of the response ``refers_to`` (whose target URI is ``url``)."""
    return RecordSpec("metadata", EXTRACTION_URN + wire_uri(url), date, record_id, body, EXTRACTION_TYPE,
                      refers_to_headers(refers_to, url))


def manifest_spec(*, url: str, date: str, record_id: str, manifest: Manifest) -> RecordSpec:
    """The capture manifest of a capture of ``url`` (the requested URL); it refers to the final response."""
    return RecordSpec("metadata", MANIFEST_URN + wire_uri(url), date, record_id, manifest.to_json(), MANIFEST_TYPE,
                      refers_to_headers(manifest.final_hop.response_record_id, manifest.final_url or url))


def content_type_of(hop: Hop) -> str | None:
    """The Content-Type the hop's response was sent with, as a browser reads the header (the last
    valid one): what the capture records and shows."""
    return declared_content_type(hop.headers)


def read_as_type(hop: Hop, body: bytes | None) -> str | None:
    """The type a browser reads the hop's decoded ``body`` as (``nosniff`` with no type: text/plain;
    a binary body sent as an Apache default text/plain: application/octet-stream), which extraction
    follows (:func:`archiver.core.mime.effective_content_type`; ``body`` None: from the head alone)."""
    return effective_content_type(hop.headers, body)


def final_payload(hop: Hop) -> tuple[list[tuple[str, str]], bytes]:
    """Headers and de-chunked (still content-coded) payload of a hop's response."""
    return http_payload(hop.final_response())


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
    browser: dict[str, Any] | None = None

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
            "hops": shown_hops(self.hops),
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
            "browser": self.browser,
        }


def shown_hops(hops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Hops as ``--json`` shows them: ``trailing`` (bytes the server sent past the end of that
    response, kept apart: record id and counts) and ``interim`` (1xx heads sent before it, kept
    apart: record id and statuses) on every hop, null when there were none. The index and
    manifests carry the keys only where they have a value, as older captures do."""
    return [{**h, "trailing": h.get("trailing"), "interim": h.get("interim")} if isinstance(h, dict) else h
            for h in hops]


def tls_summary(hop: Hop) -> dict[str, Any] | None:
    if hop.tls is None:
        return None
    t = hop.tls
    return {"tls_version": t.version, "cipher": t.cipher, "peer_cert_sha256": t.peer_cert_sha256,
            "chain_length": len(t.chain_pem), "chain_source": t.chain_source,
            "certificate_verified": t.verified}


def http_reason(rec: StoredRecord) -> str:
    """The reason phrase of a stored response's status line ("" for a ``resource`` record)."""
    if rec.rec_type == "resource":
        return ""
    first, _ = parse_http_head(split_http_message(rec.block)[0])
    return first.split(" ", 2)[2] if first.count(" ") >= 2 else ""


def tls_record_summary(doc: dict[str, Any]) -> dict[str, Any]:
    """:func:`tls_summary` read back from a TLS metadata record (reindex)."""
    return {"tls_version": doc.get("tls_version"), "cipher": doc.get("cipher"),
            "peer_cert_sha256": doc.get("peer_cert_sha256"),
            "chain_length": len(doc.get("peer_certificate_chain_pem") or []),
            "chain_source": doc.get("chain_source"), "certificate_verified": doc.get("certificate_verified")}


def written_with_warc(warc: str, written: list[WrittenRecord]) -> list[dict[str, Any]]:
    return [{**w.to_dict(), "warc": warc} for w in written]
