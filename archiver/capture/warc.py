"""WARC/1.1 records: writing with sha256 digests over the exact bytes, reading them back.

warcio is the only WARC library we use, and only here and in :mod:`archiver.capture.warc_places`
(where a record lies; warcio's errors). We write records whose block is the exact byte string
handed in (warcio would otherwise re-serialise parsed HTTP headers), and
we compute both digests ourselves in sha256 (warcio defaults to sha1, and its payload digest
is wrong for chunked responses, warcio issue #74). Our payload digest covers the entity body
with the transfer coding removed and the content coding kept, as the WARC 1.1 spec and our
conventions say; it is stated as ``WARC-Payload-Digest`` only where independent checkers agree
with that definition (see :func:`stated_payload_digest`), and is always kept in the capture
manifest and the log. Labels are ``sha256:`` + lowercase hex (warcio, FastWARC and JWAT read
hex; base32 ``sha256:`` labels of other tools are read too). The reader recomputes every digest
the same way, so our own checks do not depend on ``warcio check``.

Why one file of ~1,080 lines: with warc_places it is the only place that touches warcio, and
writing and reading must agree byte for byte on framing, digests and the one-gzip-member-per-
record layout that evidence checks and proofs rely on; keeping both directions together keeps
them in step. (It grew past ~900 with the payload digest's earlier reading, which every check of
a stated or logged digest still accepts: a reading of the same record, beside the reading it is
compared with. Content decoding is :mod:`archiver.capture.content_coding`'s since sec64; its names
are re-exported here.)

Records are read through :mod:`archiver.capture.warc_places`: warcio's iterator with our
record length (the whole record, closing CRLFs included, in every layout) and the one place
warcio's exceptions become ours.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import io
import os
import re
import zlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataReader
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archiver.capture.chunked import Dechunker, dechunk, is_chunked, transfer_codings
from archiver.capture.content_coding import DecodedBody as DecodedBody
from archiver.capture.content_coding import decode_body as decode_body
from archiver.capture.content_coding import decode_content as decode_content
from archiver.capture.status_line import STATUS_LINE_LOOKAHEAD, status_line_start
from archiver.capture.warc_places import (
    RECORD_END,
    RecordIterator,
    SeveralRecordsInMember,
    brief,
    reading_warc,
)
from archiver.core import limits
from archiver.core.digests import sha256_label
from archiver.core.files import open_regular
from archiver.core.http_fields import strip_ows, strip_ows_bytes
from archiver.core.no_body import status_has_no_body
from archiver.errors import LimitExceededError, UnreadableRecordError, WarcError

WARC_VERSION = "WARC/1.1"
#: A store's WARC file name as the log and the index write it: ``warcs/`` and one file name.
_WARC_NAME = re.compile(r"warcs/[^/\\\x00]+")


def store_warc_name(name: str) -> bool:
    """Whether ``name`` is a WARC file name of a store's ``warcs/`` folder (no folder part, no
    ``..``): the one rule every reader of the store's WARC files holds a logged or indexed name to."""
    return _WARC_NAME.fullmatch(name) is not None and name not in ("warcs/.", "warcs/..")


HTTP_RECORD_TYPES = ("request", "response")


def warc_date(when: dt.datetime) -> str:
    """WARC-Date with microseconds (WARC/1.1 allows sub-second precision)."""
    when = when.astimezone(dt.UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


#: The end of an HTTP head: a line feed, then an empty line (CRLF or bare LF).
_BLANK_LINE = re.compile(rb"\n\r?\n")


def _head_end(block: bytes, start: int) -> int:
    """Offset just past the blank line ending the head that starts at ``start`` (-1: none).

    The first empty line ends a head, CRLF or bare LF, as http.client reads it. (Before
    2026-11-30 a ``CRLF CRLF`` anywhere was looked for first, so a head framed with bare LFs
    ended at the first ``CRLF CRLF`` in its body: :func:`_legacy_head_end`.)
    """
    found = _BLANK_LINE.search(block, start)
    return found.end() if found else -1


def _legacy_head_end(block: bytes, start: int) -> int:
    """:func:`_head_end` as it was before 2026-11-30 (a ``CRLF CRLF`` anywhere first), for the
    payload digests of records written then (:func:`legacy_payload_digest`)."""
    idx = block.find(b"\r\n\r\n", start)
    if idx >= 0:
        return idx + 4
    idx = block.find(b"\n\n", start)
    return idx + 2 if idx >= 0 else -1


def _is_interim_head(block: bytes, start: int) -> bool:
    """Whether the head at ``start`` is a 1xx interim response (101 Switching Protocols is final;
    a status line is one that starts with ``http`` in any case, ``HTTPS/1.1 103`` too, as Chromium
    and the capture find it: :mod:`archiver.capture.status_line`)."""
    line = block[start:block.find(b"\n", start)] if b"\n" in block[start:start + 256] else b""
    parts = line.split(None, 2)
    return (len(parts) >= 2 and parts[0][:4].lower() == b"http" and len(parts[1]) == 3
            and parts[1].startswith(b"1") and parts[1].isdigit() and parts[1] != b"101")


def final_head_start(block: bytes) -> int:
    """Offset of the final response's head in ``block``, past any 1xx interim heads.

    A response record holds every byte the server sent, as the WARC 1.1 spec asks ("the full
    HTTP response received over the network"), so ``100 Continue`` or ``103 Early Hints``
    heads come first; the status, headers and payload that count are those of the final
    response that follows them. A request block never starts with ``HTTP/``, so it is not
    affected.
    """
    return _final_head_start(block, _head_end)


def _final_head_start(block: bytes, head_end: Callable[[bytes, int], int]) -> int:
    start = 0
    while _is_interim_head(block, start):
        end = head_end(block, start)
        if end < 0 or end >= len(block):
            break  # nothing after the interim head: keep it as the head we report
        start = end
    return start


def interim_statuses(block: bytes, limit: int = 64) -> list[int]:
    """The status codes of the 1xx interim heads ``block`` begins with (at most ``limit``): what
    a record of interim heads holds, read from its bytes rather than from a field naming them."""
    return _interim_heads(block, limit)[0]


def holds_bytes_before_a_status_line(block: bytes) -> bool:
    """Whether a record of interim heads holds bytes outside its 1xx heads: the few Chromium skips
    before a status line (``\\r\\n``, a BOM), before a 1xx head's or before the final response's.
    Read from the bytes, as :func:`interim_statuses`, so a capture's manifest and an import say the same."""
    return _interim_heads(block, None)[1] > 0


def _interim_heads(block: bytes, limit: int | None) -> tuple[list[int], int]:
    """The statuses of the 1xx heads ``block`` begins with (at most ``limit``) and how many of the
    bytes it walked lie outside them (skipped before a status line, or after the last head)."""
    statuses: list[int] = []
    start = outside = 0
    while (limit is None or len(statuses) < limit) and start < len(block):
        skipped = status_line_start(block[start:start + STATUS_LINE_LOOKAHEAD])  # as Chromium (and the capture)
        if skipped is None or not _is_interim_head(block, start + skipped):
            break
        start += skipped
        outside += skipped
        statuses.append(int(block[start:block.find(b"\n", start)].split(None, 2)[1]))
        end = _head_end(block, start)
        if end < 0:
            return statuses, outside
        start = end
    return statuses, outside + (len(block) - start if limit is None else 0)


def split_http_message(block: bytes) -> tuple[bytes, bytes]:
    """Split a raw HTTP message into (head incl. blank line, body); 1xx interim heads are skipped."""
    start = final_head_start(block)
    end = _head_end(block, start)
    if end < 0:
        return block[start:], b""
    return block[start:end], block[end:]


def parse_http_head(head: bytes) -> tuple[str, list[tuple[str, str]]]:
    """Status/request line and header list of a raw HTTP head, decoded as latin-1.

    Names and values are trimmed of spaces and tabs only (HTTP's OWS, :mod:`archiver.core.http_fields`):
    until sec58 ``str.strip`` also took a no-break space or a form feed off ``text/html`` or ``nosniff``.

    A line opening with a space or a tab (obs-fold) continues the field before it as Chromium joins
    it (``HttpUtil::AssembleRawHeaders``): one space, then the line, and the joined value is trimmed,
    so a continuation of white space alone adds nothing (``71`` stays ``71``; until rvcap60 it was
    ``71 ``, and ``Location:`` folded onto its next line read `` /next``). A folded line that
    continues no field (right after the status line, or after a line with no colon) is read here as
    before, so records made before still read the same; the capture refuses such a head
    (:data:`archiver.capture.fetch._FOLD_OF_NO_FIELD`)."""
    lines = head.decode("latin-1").split("\n")
    first = lines[0].rstrip("\r")
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        line = line.rstrip("\r")
        if not line:
            continue
        if line[0] in " \t" and headers:  # obsolete line folding
            name, value = headers[-1]
            headers[-1] = (name, strip_ows(value + " " + strip_ows(line)))
            continue
        name, _, value = line.partition(":")
        headers.append((strip_ows(name), strip_ows(value)))
    return first, headers


def header_value(headers: list[tuple[str, str]], name: str) -> str | None:
    lname = name.lower()
    for key, value in headers:
        if key.lower() == lname:
            return value
    return None


def http_payload(block: bytes) -> tuple[list[tuple[str, str]], bytes]:
    """Headers and payload (transfer coding removed, content coding kept) of an HTTP block.

    The chunked coding is removed by :mod:`archiver.capture.chunked` when the final coding of
    every ``Transfer-Encoding`` field together is ``chunked``, as the capture's wire guard reads it.
    """
    head, body = split_http_message(block)
    _, headers = parse_http_head(head)
    if is_chunked(headers):
        body = dechunk(body)
    return headers, body


def legacy_payload_digest(rec_type: str, block: bytes) -> str | None:
    """The payload digest archiver computed for ``block`` before 2026-11-30, when it differs.

    Then the chunked coding was removed by warcio's ``ChunkedDataReader`` (a size line of at
    most 64 bytes, CRLF only, no trailers; anything else made it hand over the rest of the body
    framing and all), only if the *first* ``Transfer-Encoding`` field said ``chunked``, and a
    head framed with bare LFs ended at the first ``CRLF CRLF`` even in its body. Records and log
    entries are never rewritten, so a digest stated or logged then is still this record's
    (:meth:`StoredRecord.payload_is`): it fingerprints the same bytes, the block digest is
    checked beside it, and what is read as the page's text is always computed the current way.
    None when the record is not an HTTP one, or the two computations agree.
    """
    if rec_type not in HTTP_RECORD_TYPES:
        return None
    start = _final_head_start(block, _legacy_head_end)
    end = _legacy_head_end(block, start)
    _, headers = parse_http_head(block[start:end] if end >= 0 else block[start:])
    body = block[end:] if end >= 0 else b""
    if "chunked" in (header_value(headers, "Transfer-Encoding") or "").lower():
        body = ChunkedDataReader(io.BytesIO(body)).read()
    old = sha256_label(body)
    return None if old == sha256_label(http_payload(block)[1]) else old


def entity_body(record: StoredRecord, *, limit: int | None = None) -> tuple[list[tuple[str, str]], bytes]:
    """Headers and decoded entity body of a request/response record, within the limits.

    Raises:
        LimitExceededError: the record was too large to hold (``oversize``) or its body
            inflates past the inflate limit: it is kept and its digests checked, not extracted.
    """
    headers, decoded = entity_decoded(record, limit=limit)
    return headers, decoded.body


def entity_decoded(record: StoredRecord, *, limit: int | None = None) -> tuple[list[tuple[str, str]], DecodedBody]:
    """:func:`entity_body`, saying whether the content coding ended early (:func:`decode_body`)."""
    if record.oversize:
        raise LimitExceededError(f"record {record.record_id} is {record.block_size} bytes, over the "
                                 f"{limits.mib(limits.current().max_record_bytes)} record limit; not extracted")
    headers, payload = record_payload(record)
    return headers, decode_body(headers, payload, limit=limit)


def record_payload(record: StoredRecord) -> tuple[list[tuple[str, str]], bytes]:
    """Headers and payload of a record that holds a document, whatever its envelope.

    A ``resource`` record (a file or upload archived without HTTP, as some tools write pages)
    has no HTTP head: its block is the payload and its WARC Content-Type is the document's.
    Request and response records carry an HTTP message (see :func:`http_payload`).
    """
    if record.rec_type == "resource":
        ctype = record.header("Content-Type")
        return ([("Content-Type", ctype)] if ctype else []), record.block
    head, body = split_http_message(record.block)
    status_line, headers = parse_http_head(head)
    if body and record.rec_type in ("response", "revisit") and (_no_body_status(status_line)
                                                                  or followed_redirect(status_line, headers)):
        # (a 1xx, 204, 205 or 304 has no body, whatever the record holds after its head: RFC 9112 section 6.3,
        # and Chromium frames a 205 so too; another tool's record of one with bytes after it was extracted and
        # its words verified exact, session 51. Our captures keep such bytes in a record of their own.
        # A redirect a browser follows shows no body either: rvimp70, another tool's 302's words verified exact.)
        return headers, b""
    if body and record.rec_type in ("response", "revisit") and _proxy_auth_status(status_line):
        # (Chromium reached with no proxy refuses a 407 with ERR_UNEXPECTED_PROXY_AUTH, its error page in place of
        # the body: no reader of the page is shown it; rvsec69, bench/head_cases_chromium.py "407-from-origin" was
        # exact. A proxy's own 407 is the proxy's, never the page's.)
        return headers, b""
    if is_chunked(headers):
        body = dechunk(body)
    return headers, body


#: A status line's code (``HTTP/1.1 205 Reset Content``): three digits after the version, then a space, a tab or
#: the end.
_STATUS_CODE = re.compile(r"^\S+[ \t]+(\d{3})(?:[ \t]|$)")


def _no_body_status(status_line: str) -> bool:
    """Whether a record's status line names a status with no body (:func:`archiver.core.no_body.status_has_no_body`)."""
    m = _STATUS_CODE.match(status_line)
    return m is not None and status_has_no_body(int(m.group(1)))


#: Proxy Authentication Required: an origin's (or any archived) 407, whose body no browser shows (:func:`record_payload`).
_PROXY_AUTH_STATUS = re.compile(r"^\S+[ \t]+407(?:[ \t]|$)")


def _proxy_auth_status(status_line: str) -> bool:
    return _PROXY_AUTH_STATUS.match(status_line) is not None


def redirects_away(record: StoredRecord) -> bool:
    """Whether a response or revisit record's own head is a redirect a browser follows (:func:`followed_redirect`):
    an imported revisit's payload is another record's, but its status is its own (rvimp70: a 302 revisit of a 200
    page was a capture whose words verified ``exact``)."""
    if record.rec_type not in ("response", "revisit"):
        return False
    status_line, headers = parse_http_head(split_http_message(record.block)[0])
    return followed_redirect(status_line, headers)


def record_cut(record: StoredRecord) -> bool:
    """Whether a record's block holds less than was sent: ``WARC-Truncated``, or the first part of a record segmented
    across ``continuation`` records (``WARC-Segment-Number``, WARC 1.1 section 5.10), which is never joined here."""
    return record.header("WARC-Truncated") is not None or record.header("WARC-Segment-Number") is not None


#: The statuses Chromium follows as a redirect (``HttpResponseHeaders::IsRedirectResponseCode``; a 300 is shown).
_REDIRECT_STATUS = re.compile(r"^\S+[ \t]+(301|302|303|307|308)(?:[ \t]|$)")


def followed_redirect(status_line: str, headers: list[tuple[str, str]]) -> bool:
    """Whether a browser leaves this response for its ``Location`` without showing its body: a 301, 302, 303, 307
    or 308 with a non-empty ``Location`` (Chromium's ``HttpResponseHeaders::IsRedirect``: an empty value does not
    count, the body is then shown). Replay (pywb, ReplayWeb.page) redirects too. Whether the target is one Chromium
    may go to does not matter: one it refuses is its error page, no more the body. Until rvimp70 another tool's
    record of a redirect with a page in its body was imported and that page's words verified ``exact``."""
    if _REDIRECT_STATUS.match(status_line) is None:
        return False
    return any(k.strip(" \t").lower() == "location" and v.strip(" \t") for k, v in headers)


# --------------------------------------------------------------------------- writing


class RecordSpec(NamedTuple):
    """A record to write: its type, headers and the exact block bytes."""

    rec_type: str
    target_uri: str | None
    date: str
    record_id: str
    block: bytes
    content_type: str
    headers: tuple[tuple[str, str], ...] = ()


class WrittenRecord(NamedTuple):
    """Where a record landed, and the digests it carries."""

    record_id: str
    rec_type: str
    target_uri: str | None
    offset: int
    length: int
    block_digest: str
    payload_digest: str | None
    #: sha256 of the record's gzip member, the ``length`` bytes at ``offset`` as stored (None:
    #: an uncompressed file). An evidence check hashes those bytes and compares, with no
    #: inflate: equal bytes hold the same record id and block (see :mod:`archiver.evidence`).
    member_sha256: str | None = None
    #: sha256 of the record's WARC header block as written (version line through the empty
    #: line ending it): every header line (WARC-Date, WARC-Target-URI, WARC-IP-Address, ...)
    #: is vouched for by the log, not only the record id and the block
    head_sha256: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "record_id": self.record_id,
            "type": self.rec_type,
            "target_uri": self.target_uri,
            "offset": self.offset,
            "length": self.length,
            "block_digest": self.block_digest,
            "payload_digest": self.payload_digest,
            "member_sha256": self.member_sha256,
            "head_sha256": self.head_sha256,
        }


def stated_payload_digest(rec_type: str, block: bytes, payload_digest: str | None) -> str | None:
    """The ``WARC-Payload-Digest`` header we write, or None: only where every reader agrees on it.

    Readers disagree about two cases, so there we state no payload digest at all (the field is
    optional) rather than one that checkers would flag or a definition the spec does not give:

    - a transfer-coded (chunked) HTTP body: WARC 1.1 defines the payload as the entity body with
      the transfer coding removed, which is what we compute, but ``warcio check`` (issue #74),
      FastWARC's ``check -p`` and warcat hash the chunk framing too and flag the correct value;
    - a non-HTTP record (metadata, resource, warcinfo): FastWARC flags a payload digest equal
      to the block digest and warcat fails on it; the block digest already covers every byte.
    - a response block that begins with a 1xx interim head (``103 Early Hints``): checkers
      hash what follows the first head, so ``warcio check`` and FastWARC fail the final
      response's digest. We no longer write such blocks (the interim heads go to a record of
      their own, :func:`archiver.capture.records.interim_spec`); any that reach the writer
      still state none.

    Our own payload digest is still computed for every HTTP record and kept in the capture
    manifest and the provenance log, and our reader recomputes it the spec's way.
    """
    if rec_type not in HTTP_RECORD_TYPES or payload_digest is None:
        return None
    if final_head_start(block):
        return None
    head, _ = split_http_message(block)
    _, headers = parse_http_head(head)
    if any(c != "identity" for c in transfer_codings(v for k, v in headers if k.lower() == "transfer-encoding")):
        return None
    return payload_digest


def compute_digests(rec_type: str, block: bytes) -> tuple[str, str | None]:
    """(block digest, payload digest) for a record block, the way we define them."""
    block_digest = sha256_label(block)
    if rec_type in HTTP_RECORD_TYPES:
        _, payload = http_payload(block)
        return block_digest, sha256_label(payload)
    if rec_type == "resource":
        return block_digest, block_digest
    return block_digest, None


class _HashingOutput:
    """The file warcio writes a record's gzip member to, hashing the bytes as they go: the
    member's sha256 is taken from the very bytes written, with no second read."""

    def __init__(self, f: BinaryIO) -> None:
        self._f = f
        self._hash = hashlib.sha256()

    def restart(self) -> None:
        self._hash = hashlib.sha256()

    def digest(self) -> str:
        return "sha256:" + self._hash.hexdigest()

    def write(self, data: bytes) -> int:
        self._hash.update(data)
        return self._f.write(data)

    def flush(self) -> None:
        self._f.flush()

    def tell(self) -> int:
        return self._f.tell()


class WarcAppender:
    """Appends records to one open WARC file (gzip per record), fsyncing each batch.

    A file belongs to exactly one writer (process); it is never reopened for writing.
    """

    def __init__(self, fileobj: BinaryIO, *, gzip: bool = True) -> None:
        self._f = fileobj
        self._gzip = gzip
        self._out = _HashingOutput(fileobj)
        self._writer = WARCWriter(self._out, gzip=gzip, warc_version=WARC_VERSION)
        # We compute and state every digest ourselves: warcio would otherwise add a sha1
        # WARC-Payload-Digest to records we deliberately leave without one.
        self._writer.ensure_digest = lambda *args, **kwargs: None
        self._unsynced = False

    def tell(self) -> int:
        return self._f.tell()

    def write(self, specs: list[RecordSpec], *, sync: bool = True) -> list[WrittenRecord]:
        """Write ``specs`` in order, then flush and fsync: on return they are on disk.

        With ``sync=False`` the fsync is left to the next synced write (or :meth:`sync`), so a
        capture's records cost one fsync, not one per write: nothing is logged, and so nothing
        served, before the write that commits them returns.
        """
        written: list[WrittenRecord] = []
        for spec in specs:
            block_digest, payload_digest = compute_digests(spec.rec_type, spec.block)
            headers: list[tuple[str, str]] = [
                ("WARC-Type", spec.rec_type),
                ("WARC-Record-ID", spec.record_id),
                ("WARC-Date", spec.date),
            ]
            if spec.target_uri:
                headers.append(("WARC-Target-URI", spec.target_uri))
            headers.extend(spec.headers)
            headers.append(("WARC-Block-Digest", block_digest))
            stated = stated_payload_digest(spec.rec_type, spec.block, payload_digest)
            if stated:
                headers.append(("WARC-Payload-Digest", stated))
            rec_headers = StatusAndHeaders("", headers, protocol=WARC_VERSION)
            record = ArcWarcRecord("warc", spec.rec_type, rec_headers, io.BytesIO(spec.block),
                                   None, spec.content_type, len(spec.block))
            record.payload_length = len(spec.block)
            offset = self._f.tell()
            self._out.restart()
            self._writer.write_record(record)
            length = self._f.tell() - offset
            member = self._out.digest() if self._gzip else None
            # the header block exactly as warcio wrote it (it completes rec_headers in place)
            head = sha256_label(rec_headers.to_bytes(encoding="utf-8"))
            written.append(WrittenRecord(spec.record_id, spec.rec_type, spec.target_uri, offset,
                                         length, block_digest, payload_digest, member, head))
        self._f.flush()
        self._unsynced = True
        if sync:
            self.sync()
        return written

    def sync(self) -> None:
        """fsync what was written unsynced (before a file is closed or rotated)."""
        if self._unsynced:
            os.fsync(self._f.fileno())
            self._unsynced = False


def warc_fields(info: Mapping[str, object]) -> bytes:
    """application/warc-fields body: ``Name: value`` lines, CRLF-terminated."""
    lines = []
    for name, value in info.items():
        if value is None or value == "":
            continue
        text = str(value).replace("\r", " ").replace("\n", " ")
        lines.append(f"{name}: {text}\r\n")
    return "".join(lines).encode("utf-8")


# --------------------------------------------------------------------------- reading


class StoredRecord(NamedTuple):
    """A record read back, with digests as stated and as recomputed."""

    path: Path
    offset: int
    length: int
    rec_type: str
    record_id: str
    target_uri: str | None
    date: str | None
    headers: tuple[tuple[str, str], ...]
    block: bytes
    stated_block_digest: str | None
    stated_payload_digest: str | None
    block_digest: str
    payload_digest: str | None
    #: the block's full size; ``block`` holds only its head when the record is ``oversize``
    block_size: int = -1
    #: the block was over :data:`archiver.core.limits.MAX_RECORD_BYTES`: digests cover all of it,
    #: ``block`` is only its first :data:`HEAD_BYTES` (enough for an HTTP head)
    oversize: bool = False
    #: for an oversize record, the block's digest in the algorithm its WARC-Block-Digest names
    #: when that is not sha256 (computed while streaming, as the block is not kept)
    foreign_block_digest: bytes | None = None
    #: our sha256 payload digest as recomputed, even where ``payload_digest`` is None because
    #: the record states its payload digest in another algorithm
    payload_sha256: str | None = None
    #: for an ``oversize`` record, :func:`legacy_payload_digest` as computed while streaming
    #: (a record held whole computes it when asked, see :meth:`payload_is`)
    legacy_payload_sha256: str | None = None

    def header(self, name: str) -> str | None:
        return header_value(list(self.headers), name)

    def payload_is(self, label: str | None) -> bool:
        """Whether ``label`` (sha256, hex) is this record's payload digest: as we compute it, or
        as archiver computed it before 2026-11-30 (:func:`legacy_payload_digest`), which a record
        or log entry written then states. Every check of a stated or logged payload digest asks
        this, so stores written before the de-chunker changed still verify."""
        if not label or self.payload_sha256 is None:
            return False
        return label == self.payload_sha256 or label == self.legacy_payload()

    def legacy_payload(self) -> str | None:
        """:func:`legacy_payload_digest` of this record (None: the same as ``payload_sha256``)."""
        if self.oversize:
            return self.legacy_payload_sha256
        return legacy_payload_digest(self.rec_type, self.block)

    @property
    def digests_ok(self) -> bool:
        if self.stated_block_digest and self.stated_block_digest != self.block_digest:
            return False
        return not (self.stated_payload_digest and self.payload_digest
                    and not self.payload_is(self.stated_payload_digest))

    def problems(self) -> list[str]:
        out = []
        if self.stated_block_digest and self.stated_block_digest != self.block_digest:
            out.append(f"{self.path.name}@{self.offset}: record {self.record_id} block digest is "
                       f"{self.block_digest}, header says {self.stated_block_digest}")
        if (self.stated_payload_digest and self.payload_digest
                and not self.payload_is(self.stated_payload_digest)):
            out.append(f"{self.path.name}@{self.offset}: record {self.record_id} payload digest is "
                       f"{self.payload_digest}, header says {self.stated_payload_digest}")
        return out


class TornTail(NamedTuple):
    """Bytes at the end of a WARC file that are not a complete record."""

    path: Path
    offset: int
    reason: str
    #: The file's gzip members hold several records each (:class:`~archiver.capture.warc_places.
    #: SeveralRecordsInMember`): no damage, a layout no record can be read by its place in.
    several_in_member: bool = False


class _ShortRecord(WarcError):
    """A record whose block is shorter than its Content-Length: the file was cut there."""


#: Bytes of an over-limit record's block kept in memory (its HTTP head, for status and headers).
HEAD_BYTES = 64 * 1024


def _stored(path: Path, it: ArchiveIterator, record: ArcWarcRecord) -> StoredRecord:
    """Read one record as a stream: digests over every byte, the block kept only when small.

    A block over :data:`archiver.core.limits.MAX_RECORD_BYTES` is never held whole: its digests are
    computed while streaming and only its first :data:`HEAD_BYTES` are kept (``oversize``).
    """
    declared = record.rec_headers.get_header("Content-Length")
    if declared is None or not declared.isdigit() or not record.rec_headers.get_header("WARC-Record-ID"):
        raise _ShortRecord("record headers are incomplete (no Content-Length or WARC-Record-ID)")
    rec_type = record.rec_type
    stated_block = record.rec_headers.get_header("WARC-Block-Digest") or ""
    alg = _alg(stated_block)
    foreign = hashlib.new(alg) if alg else None
    block, size, block_digest, payload_digest, legacy = _read_block(record.raw_stream, rec_type,
                                                                    limits.current().max_record_bytes, foreign)
    if size < int(declared):
        raise _ShortRecord(f"record {record.rec_headers.get_header('WARC-Record-ID')} has "
                           f"{size} of its {declared} bytes")
    headers = tuple(record.rec_headers.headers)
    stated_payload = record.rec_headers.get_header("WARC-Payload-Digest")
    payload_sha256 = payload_digest
    if stated_payload and not stated_payload.startswith("sha256:"):
        payload_digest = None  # a foreign algorithm (sha1 base32): we do not compare it
    return StoredRecord(
        path=path,
        offset=it.get_record_offset(),
        length=0,
        rec_type=rec_type,
        record_id=record.rec_headers.get_header("WARC-Record-ID") or "",
        target_uri=record.rec_headers.get_header("WARC-Target-URI"),
        date=record.rec_headers.get_header("WARC-Date"),
        headers=headers,
        block=block,
        stated_block_digest=_sha256_only(record.rec_headers.get_header("WARC-Block-Digest")),
        stated_payload_digest=_sha256_only(stated_payload),
        block_digest=block_digest,
        payload_digest=payload_digest,
        block_size=size,
        oversize=size > len(block),
        foreign_block_digest=foreign.digest() if foreign is not None and size > len(block) else None,
        payload_sha256=payload_sha256,
        legacy_payload_sha256=legacy,
    )


def _alg(label: str) -> str | None:
    """The hashlib name of a non-sha256 digest label (``sha1:...``), if hashlib knows it."""
    alg = label.partition(":")[0].lower().replace("-", "")
    if not alg or alg == "sha256" or ":" not in label:
        return None
    return alg if alg in hashlib.algorithms_available else None


def _read_block(stream: BinaryIO, rec_type: str, cap: int,
                foreign: Any = None) -> tuple[bytes, int, str, str | None, str | None]:
    """(block or its head, block size, block digest, payload digest, legacy payload digest) of a
    record stream.

    Up to ``cap`` bytes the block is kept and digested as before (:func:`compute_digests`; the
    legacy payload digest is left to :meth:`StoredRecord.payload_is`); past it, reading goes on
    as a stream into the digests and only the head is kept.
    """
    parts: list[bytes] = []
    size = 0
    while size <= cap:
        chunk = stream.read(min(1 << 20, cap + 1 - size))
        if not chunk:
            block = b"".join(parts)
            return (block, size, *compute_digests(rec_type, block), None)
        parts.append(chunk)
        size += len(chunk)
    first = b"".join(parts)
    parts.clear()
    block_hash = hashlib.sha256(first)
    if foreign is not None:  # another tool's block digest (sha1), checked while streaming
        foreign.update(first)
    payload = _StreamingPayload(rec_type)
    payload.feed(first)
    legacy: _LegacyStreamingPayload | None = _LegacyStreamingPayload(rec_type) if payload.legacy_may_differ else None
    if legacy is not None:
        legacy.feed(first)
    head = first[:HEAD_BYTES]
    del first
    while chunk := stream.read(1 << 20):
        size += len(chunk)
        block_hash.update(chunk)
        if foreign is not None:
            foreign.update(chunk)
        payload.feed(chunk)
        if legacy is not None:
            legacy.feed(chunk)
    digest = payload.digest()
    old = legacy.digest() if legacy is not None else None
    return head, size, "sha256:" + block_hash.hexdigest(), digest, (old if old != digest else None)


class _StreamingPayload:
    """The payload digest of :func:`compute_digests`, computed over a stream in pieces.

    For request/response records: the head (past any 1xx interim heads, as
    :func:`split_http_message` finds it) is skipped and a chunked body is de-chunked by the same
    :class:`~archiver.capture.chunked.Dechunker` as :func:`http_payload`, which gives the same
    bytes however the pieces fall. The head must end within the first ``16 * HEAD_BYTES``; the
    first piece a reader feeds is the whole record limit.
    """

    def __init__(self, rec_type: str) -> None:
        self.rec_type = rec_type
        self.buf = b""
        self.hash = hashlib.sha256()
        self.state = "head" if rec_type in HTTP_RECORD_TYPES else "body"
        self.dechunker: Dechunker | None = None
        #: whether the head names a transfer coding, so the legacy digest may differ (unknown
        #: until the head is read: True)
        self.legacy_may_differ = rec_type in HTTP_RECORD_TYPES

    def feed(self, data: bytes) -> None:
        if self.state == "head":
            self.buf += data
            self._head(final=False)
            return
        self._body(data)

    def _body(self, data: bytes) -> None:
        if self.state == "body":
            self.hash.update(self.dechunker.feed(data) if self.dechunker is not None else data)

    def digest(self) -> str | None:
        if self.rec_type not in HTTP_RECORD_TYPES and self.rec_type != "resource":
            return None
        if self.state == "head":
            self._head(final=True)
        if self.dechunker is not None:
            self.hash.update(self.dechunker.finish())
        return "sha256:" + self.hash.hexdigest()

    def _head(self, *, final: bool) -> None:
        start = final_head_start(self.buf)
        end = _head_end(self.buf, start)
        if end < 0 or (end >= len(self.buf) and _is_interim_head(self.buf, start) and not final):
            if final:  # no blank line: the whole block is the head, the payload is empty
                self.state = "none"
            elif len(self.buf) > HEAD_BYTES * 16:
                self.state, self.buf = "none", b""  # no head end where a head can be
            return
        _, headers = parse_http_head(self.buf[start:end])
        self.legacy_may_differ = any(k.lower() == "transfer-encoding" for k, _ in headers) or (
            b"\r\n\r\n" not in self.buf[:end])
        if is_chunked(headers):
            self.dechunker = Dechunker()
        rest, self.buf = self.buf[end:], b""
        self.state = "body"
        self._body(rest)


class _LegacyStreamingPayload:
    """:func:`legacy_payload_digest` over a stream: :class:`_StreamingPayload` as it was before
    2026-11-30, with the rules of warcio's reader, fall-backs and all (kept only to recognise
    payload digests of records over the record limit written then)."""

    def __init__(self, rec_type: str) -> None:
        self.rec_type = rec_type
        self.buf = b""
        self.hash = hashlib.sha256()
        self.state = "head" if rec_type in HTTP_RECORD_TYPES else "raw"
        self.chunk_left = 0
        self.fallback: Any = None  # the digest if this chunk turns out not to be chunking

    def feed(self, data: bytes) -> None:
        if self.state in ("raw",):
            self.hash.update(data)
            return
        if self.state == "done":
            return
        self.buf += data
        self._run(final=False)

    def digest(self) -> str | None:
        if self.rec_type not in HTTP_RECORD_TYPES and self.rec_type != "resource":
            return None
        self._run(final=True)
        if self.state == "head":  # no blank line: the whole block is the head
            return sha256_label(b"")
        return "sha256:" + self.hash.hexdigest()

    def _run(self, *, final: bool) -> None:
        while True:
            if self.state == "head" and not self._head(final):
                return
            if self.state == "raw":
                self.hash.update(self.buf)
                self.buf = b""
                return
            if self.state == "size" and not self._size_line(final):
                return
            if self.state == "data" and not self._data(final):
                return
            if self.state == "end" and not self._end(final):
                return
            if self.state == "done":
                self.buf = b""
                return

    def _head(self, final: bool) -> bool:
        idx = self.buf.find(b"\r\n\r\n")
        cut = idx + 4 if idx >= 0 else -1
        if idx < 0:
            idx2 = self.buf.find(b"\n\n")
            cut = idx2 + 2 if idx2 >= 0 else -1
        if cut < 0:
            if len(self.buf) > HEAD_BYTES * 16 and not final:
                self.buf = self.buf[-4:]  # keep looking, bounded
            return False
        _, headers = parse_http_head(self.buf[:cut])
        self.buf = self.buf[cut:]
        te = (header_value(headers, "Transfer-Encoding") or "").lower()
        self.state = "size" if "chunked" in te else "raw"
        return True

    def _size_line(self, final: bool) -> bool:
        nl = self.buf.find(b"\n", 0, 64)
        if nl < 0 and len(self.buf) < 64 and not final:
            return False
        line = self.buf[: nl + 1] if nl >= 0 else self.buf[:64]
        try:
            if line[-2:] != b"\r\n":
                raise ValueError
            size = int(line[:-2].split(b";")[0], 16)
            if size > 2**31:
                raise ValueError
        except ValueError:
            self.state = "raw"  # not chunked after all: the rest counts as it is
            return True
        self.buf = self.buf[len(line):]
        if size == 0:
            self.pending_line = line
            self.state = "end"
        else:
            self.fallback = self.hash.copy()
            self.fallback.update(line)
            self.chunk_left = size
            self.state = "data"
        return True

    def _data(self, final: bool) -> bool:
        take = self.buf[: self.chunk_left]
        self.hash.update(take)
        self.fallback.update(take)
        self.chunk_left -= len(take)
        self.buf = self.buf[len(take):]
        if self.chunk_left:
            if final:
                self.state = "done"  # cut short: what was there counts
            return False
        if len(self.buf) < 2 and not final:
            return False
        crlf, self.buf = self.buf[:2], self.buf[2:]
        if crlf != b"\r\n":
            self.hash, self.state = self.fallback, "raw"  # warcio: header + chunk, then raw
            return True
        self.state = "size"
        return True

    def _end(self, final: bool) -> bool:
        if len(self.buf) < 2 and not final:
            return False
        tail, self.buf = self.buf[:2], self.buf[2:]
        if tail != b"\r\n":
            self.hash.update(self.pending_line)  # warcio: the size line, then the rest raw
            self.state = "raw"
            return True
        self.state = "done"
        return True


def _sha256_only(label: str | None) -> str | None:
    """A ``sha256:`` label as lowercase hex, whichever encoding WARC 1.1 allows it was in.

    We write hex; other tools (and a future version of ours) may write base32. Normalising
    here means every comparison downstream (manifests, the log, bundles) compares hex to hex.
    """
    if not label or label[:7].lower() != "sha256:":
        return None
    value = label[7:].strip()
    if len(value) == 64:
        return "sha256:" + value.lower()
    try:
        raw = base64.b32decode(value.upper() + "=" * (-len(value) % 8))
    except (ValueError, binascii.Error):
        return label  # malformed: kept as stated, so it is reported as a mismatch
    return "sha256:" + raw.hex() if len(raw) == 32 else label


def iter_records(path: Path, *, opener: Callable[[], Any] | None = None,
                 size: int | None = None) -> Iterator[StoredRecord | TornTail]:
    """Every record of a WARC file, in order; a damaged tail is yielded as :class:`TornTail`.

    Args:
        opener, size: read the WARC from a stream instead of the file ``path`` (which then only
            names it in messages), e.g. a zip member checked in place, with no temporary copy;
            ``opener`` is called again only to look at bytes left over after the last record.
    """
    def open_file() -> BinaryIO:
        return open_regular(path)

    opener = opener or open_file
    with opener() as f:
        it = RecordIterator(f, no_record_parse=True, ensure_http_headers=False)
        last_end = 0
        try:
            # the consumer's own exceptions are not thrown in at the yield: only warcio's reach reading_warc
            with reading_warc(path.name, lambda: it.at):
                for record in it:
                    stored = _stored(path, it, record)
                    it.read_to_end()
                    length = it.get_record_length()
                    last_end = stored.offset + length
                    yield stored._replace(length=length)
        except _ShortRecord as exc:
            yield TornTail(path, last_end, f"cut short: {exc}")
            return
        except WarcError as exc:
            cause = exc.__cause__ or exc
            yield TornTail(path, last_end, f"{type(cause).__name__}: {brief(cause)}",
                           several_in_member=isinstance(cause, SeveralRecordsInMember))
            return
        size = path.stat().st_size if size is None else size
        if last_end < size:
            # ArchiveIterator silently stops on a gzip member cut short; say so.
            rest = _bytes_at(opener, last_end, 64)
            if rest.strip(b"\r\n\x00"):
                yield TornTail(path, last_end, f"{size - last_end} trailing bytes are not a complete record")


def _bytes_at(opener: Callable[[], Any], offset: int, n: int) -> bytes:
    """``n`` bytes at ``offset`` of a fresh stream (skipped by reading where it cannot seek)."""
    with opener() as g:
        if getattr(g, "seekable", lambda: False)():
            g.seek(offset)
        else:
            while offset > 0:
                skipped = len(g.read(min(offset, 1 << 20)))
                if not skipped:
                    return b""
                offset -= skipped
        data: bytes = g.read(n)
        return data


def read_member(fd: int, offset: int, length: int) -> tuple[str, bytes] | None:
    """(record id, block) of the record stored as one gzip member of ``length`` bytes at
    ``offset``: :func:`read_member_head` without the header block."""
    found = read_member_head(fd, offset, length)
    return (found[0], found[2]) if found is not None else None


def read_member_head(fd: int, offset: int, length: int) -> tuple[str, bytes, bytes] | None:
    """(record id, WARC header block, block) of the record stored as one gzip member of
    ``length`` bytes at ``offset`` (the header block: its version line through the empty line
    that ends it, as stored, which :mod:`archiver.capture.record_heads` holds to the log).

    Our WARC files hold one gzip member per record, so a record the log or the index places is
    exactly those bytes: one ``pread``, one inflate, the WARC headers split, ``Content-Length``
    bytes of block and the CRLFs closing it, the member's last bytes (a member holding more,
    another record, is no record's place; it is inflated no further than one byte past them, so a
    member that inflates on and on is found so at once, not held whole in memory). It is the fast path of every read at a known place (each quote look-up
    reads an extraction record, each evidence check a response record); it returns ``None`` for
    anything else (uncompressed, another layout, a short or damaged member), and the caller then
    reads with :func:`read_record`, which accepts every layout and names what is wrong.
    """
    if offset < 0 or length <= 0:
        return None
    raw = os.pread(fd, length, offset)
    if len(raw) != length:
        return None  # the place runs past the file's end: no record's (the full reader decides)
    try:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        data = inflater.decompress(raw, _HEAD_INFLATE)
        if not data.startswith(b"WARC/"):
            return None
        head_end = data.find(b"\r\n\r\n")
        if head_end < 0:
            return None
        record_id, length_field = _id_and_length(data[:head_end])
        size = int(length_field)
        end = head_end + 4 + size + len(RECORD_END)  # where the member must end
        if size < 0 or size > limits.MAX_RECORD_BYTES:
            return None  # (a huge block: the full reader streams it)
        if not inflater.eof and len(data) <= end:  # inflated no further than one byte past that end: no inflate bomb
            data += inflater.decompress(inflater.unconsumed_tail, end + 1 - len(data))
        if not inflater.eof or inflater.unused_data:
            return None  # not exactly one whole member: the full reader decides
        block = data[head_end + 4:head_end + 4 + size]
        if len(block) != size or data[head_end + 4 + size:] != RECORD_END:
            return None  # cut short, or more than the record in its member (another record): the full reader decides
        return record_id.decode("utf-8"), data[:head_end + 4], block
    except (KeyError, ValueError, zlib.error):  # ValueError: a bad length, or not UTF-8
        return None


#: What the fast reader inflates of a member before it has read its record's length (its header
#: block is in it; a record's whole member, for most).
_HEAD_INFLATE = 1 << 20


def member_sha256_at(fd: int, offset: int, length: int, record_id: str, block_digest: str) -> str | None:
    """sha256 of the ``length`` bytes at ``offset`` when they are one whole gzip member holding
    exactly the record ``record_id`` with block digest ``block_digest`` and nothing else (an
    imported file written one record per member); ``None`` for any other layout.

    Only then may the member's digest stand for the record: equal member bytes are that record.
    """
    if offset < 0 or length <= 0 or length > limits.MAX_RECORD_BYTES:
        return None
    raw = os.pread(fd, length, offset)
    if len(raw) != length:
        return None
    try:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        data = inflater.decompress(raw, limits.MAX_RECORD_BYTES + (1 << 20))  # bounded: no inflate bomb
        if not inflater.eof or inflater.unused_data or not data.startswith(b"WARC/"):
            return None
        head_end = data.find(b"\r\n\r\n")
        found_id, length_field = _id_and_length(data[:head_end]) if head_end >= 0 else (b"", b"-1")
        end = head_end + 4 + int(length_field)
    except (KeyError, ValueError, zlib.error):
        return None
    if (head_end < 0 or found_id != record_id.encode("utf-8") or data[end:] != b"\r\n\r\n"
            or sha256_label(data[head_end + 4:end]) != block_digest):
        return None
    return sha256_label(raw)


def _id_and_length(head: bytes) -> tuple[bytes, bytes]:
    """The ``WARC-Record-ID`` (``b""`` if none) and ``Content-Length`` values of a header block,
    as a header parse (names case-insensitive, the last of a repeated one) gives them, names and
    values trimmed of WARC 1.1's linear white space, spaces and tabs (its grammar's LWS), and of
    nothing else: a ``WARC-Record-ID`` closed by a form feed is another id, left to the full reader
    (``bytes.strip()`` read it as the id without it until cap59). Where each name occurs once, at
    a line start, they are sliced out directly (a check reads one record per look-up); anything
    else is parsed line by line. ``KeyError``: no length.

    ``ValueError`` (so the caller's full reader decides) where either value, so trimmed, still opens
    or ends with other white space (a form feed, a vertical tab, a CR): warcio, the full reader,
    trims all of it, and the two readers would name two ids for one record (review rvcap60: a
    ``WARC-Record-ID`` closed by a form feed was this reader's id with it and warcio's without, and
    which one a look-up got depended on the member's layout). One rule, the full reader's, for both.
    """
    lower = head.lower()
    if lower.count(b"content-length") == 1 and lower.count(b"warc-record-id") == 1:
        at_length, at_id = lower.find(b"\r\ncontent-length:"), lower.find(b"\r\nwarc-record-id:")
        if at_length >= 0 and at_id >= 0:
            return _one_reading(_value_at(head, at_id + 17)), _one_reading(_value_at(head, at_length + 17))
    fields: dict[bytes, bytes] = {}
    for line in head.split(b"\r\n")[1:]:
        key, _, value = line.partition(b":")
        fields[strip_ows_bytes(key).lower()] = strip_ows_bytes(value)
    return _one_reading(fields.get(b"warc-record-id", b"")), _one_reading(fields[b"content-length"])


def _one_reading(value: bytes) -> bytes:
    """``value`` (trimmed of LWS) when every reader reads it so; ``ValueError`` when white space
    another reader trims (``bytes.strip()``'s, as warcio's ``str.strip()``) still bounds it."""
    if value != value.strip():
        raise ValueError("white space past LWS around a WARC field value")
    return value


def _value_at(head: bytes, start: int) -> bytes:
    """The value from ``start`` to the end of its header line, trimmed of spaces and tabs."""
    end = head.find(b"\r\n", start)
    return strip_ows_bytes(head[start:end if end >= 0 else len(head)])


def read_record(path: Path, offset: int) -> StoredRecord:
    """The record starting at ``offset`` in ``path``, digests recomputed."""
    try:
        with reading_warc(path.name, lambda: offset, path=path), open_regular(path) as f:
            f.seek(offset)
            it = RecordIterator(f, no_record_parse=True, ensure_http_headers=False)
            for record in it:
                stored = _stored(path, it, record)
                it.read_to_end()
                return stored._replace(offset=offset, length=it.get_record_length())
    except _ShortRecord as exc:
        raise UnreadableRecordError(f"{path.name}@{offset}: not a readable WARC record ({brief(exc)})",
                                    name=path.name, offset=offset) from exc
    raise UnreadableRecordError(f"{path.name}@{offset}: no record at this offset", name=path.name, offset=offset)


def find_record(path: Path, record_id: str) -> StoredRecord:
    """The record with WARC-Record-ID ``record_id`` in ``path``."""
    for item in iter_records(path):
        if isinstance(item, StoredRecord) and item.record_id == record_id:
            return item
    raise WarcError(f"record {record_id} not found in {path.name}")


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open_regular(path) as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return "sha256:" + h.hexdigest()
