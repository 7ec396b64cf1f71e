"""The chunked transfer coding (RFC 9112 section 7.1) removed, by the rules the capture reads it.

Why our own de-chunker: the payload digest, the extraction and every quote check read the
response record's body with the transfer coding removed, and what they read must be what an
HTTP client showed. warcio's ``ChunkedDataReader`` reads a chunk-size line with
``readline(64)``, wants CRLF, and knows no trailer section: a size line with a long extension
(``4a;note="will NOT be abolished..."``), LF-only framing or a trailer field made it give up and
hand over the rest of the body as it was, framing included, so a server could put words no
client shows into the page text (and a quote of them verified ``exact``).

The rules are those of the capture's wire guard (:class:`archiver.capture.fetch._WireGuard`),
which fails a capture whose framing breaks them, so every record we write de-chunks in full:

- a chunk-size line runs to LF (a CR before it is the line end's); what comes before a ``;`` is
  the size, spaces and tabs around it ignored (HTTP's OWS, nothing else: a form feed or a second
  CR is no white space of HTTP's), hex digits (1 to 16 after any leading zeros); the chunk
  extensions after the ``;`` are not data;
- the chunk's data, then a line that is blank (CRLF or LF; spaces and tabs before it allowed);
- a zero size ends the data; the trailer section that follows runs to an empty line (CRLF or LF,
  as Chromium ends it: a line of white space is one more trailer line) and is not data either;
  anything after it is not part of the message.

The wire guard is stricter than this reader, as Chromium is (:func:`browser_chunk_size`): what it
lets into a record, this reader reads the same way; the reader's leniency (white space before a
size or after a chunk's data) is kept for records written before the guard followed Chromium.

A body that breaks these rules (another tool's WARC, a record written before the guard) is read
as far as it is valid chunking, and from the first line that is not as it came (the body was not
chunked after all: some writers keep the header on a body they de-chunked). A body cut short
(``--max-body``, a dropped connection) ends with the last chunk data it holds.

:class:`Dechunker` works on a stream fed in pieces (a record over the record limit is never held
whole) and gives the same bytes however the pieces fall; :func:`dechunk` is it fed once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from archiver.core.http_fields import strip_ows, strip_ows_bytes

#: A chunk-size line (or chunk terminator) longer than this, LF included, is not chunk framing:
#: the wire guard allows 16 KiB by default, as Chromium (``max_chunk_extension_bytes``); a reader bounds what it
#: buffers while it looks for the LF.
MAX_FRAMING_LINE = 1 << 20

_SIZE = re.compile(rb"0*[0-9A-Fa-f]{1,16}")
_SIZE_START = re.compile(rb"[ \t]*0*[0-9A-Fa-f]{0,16}[ \t]*(;.*)?\r?", re.DOTALL)
#: A chunk size as Chromium reads it (``HttpChunkedDecoder::ParseChunkSize``): hex digits, any
#: number of them, then spaces only (``"819b   "``), before any ``;``.
_BROWSER_SIZE = re.compile(rb"([0-9A-Fa-f]+) *")
#: The largest chunk size Chromium reads (``HexStringToInt64``): a larger one fails the response.
MAX_CHUNK_SIZE = (1 << 63) - 1
#: A chunk-size line of hex digits alone: the framing nearly every server sends, read in bulk (one
#: match per chunk, not two lines) by :class:`Dechunker` and the wire guard
#: (``archiver.capture.fetch._WireGuard._whole_chunks``). What it matches, :func:`chunk_size`
#: reads with the same value.
PLAIN_SIZE_LINE = re.compile(rb"([0-9A-Fa-f]{1,16})\r?\n")


def chunk_size(line: bytes) -> int | None:
    """The size a chunk-size line (LF included or not) gives, or None if it is not one."""
    size = strip_ows_bytes(_line_body(line).split(b";", 1)[0])
    return int(size, 16) if _SIZE.fullmatch(size) else None


def _line_body(line: bytes) -> bytes:
    """A framing line without its end: the LF and one CR before it (as Chromium reads a line)."""
    if line.endswith(b"\n"):
        line = line[:-1]
    return line[:-1] if line.endswith(b"\r") else line


def _blank(line: bytes) -> bool:
    """Whether a line (its end included or not) is blank, spaces and tabs allowed: the reader's
    leniency after a chunk's data (the wire guard, as Chromium, takes only CRLF or LF)."""
    return not strip_ows_bytes(_line_body(line))


def browser_chunk_size(line: bytes) -> int | None:
    """The size Chromium reads from a chunk-size line (LF included or not), or None where it fails
    the response (``ERR_INVALID_CHUNKED_ENCODING``): the capture's wire guard reads by this rule.

    Chromium removes the LF and one CR before it, cuts the line at its first ``;``, strips trailing
    spaces and wants hex digits only, up to :data:`MAX_CHUNK_SIZE` (``HttpChunkedDecoder``; checked
    on Debian's Chromium 156 against a raw 127.0.0.1 server, 2026-12-02: ``" 5"``, ``"5\\t"`` and
    ``"5\\r\\r\\n"`` fail the page, ``"00000000000000005"`` is 5). The guard read by :func:`chunk_size`,
    which takes white space on either side and no more than 16 digits: the capture kept words Chromium
    never showed (after a size line it fails on) and refused pages it shows (leading zeros).
    """
    m = _BROWSER_SIZE.fullmatch(_line_body(line).split(b";", 1)[0])
    if m is None:
        return None
    size = int(m.group(1), 16)  # hex digits: no limit on the length int() reads
    return size if size <= MAX_CHUNK_SIZE else None


def transfer_codings(values: Iterable[str]) -> list[str]:
    """The transfer codings of every ``Transfer-Encoding`` field value, in order, lower case.

    A response may send the header more than once (``identity``, then ``chunked``): the fields
    are one list (RFC 9110 section 5.3), and the last coding decides how the body is framed.
    """
    return [strip_ows(c).lower() for value in values for c in value.split(",") if strip_ows(c)]


def is_chunked(headers: Iterable[tuple[str, str]]) -> bool:
    """Whether a head's body is chunked: its final transfer coding is ``chunked`` (RFC 9112 6.3;
    a body whose last coding is another runs to the close)."""
    codings = transfer_codings(v for k, v in headers if k.lower() == "transfer-encoding")
    return bool(codings) and codings[-1] == "chunked"


class Dechunker:
    """Removes the chunked coding from a body fed in pieces (see the module's rules)."""

    __slots__ = ("_buf", "_state", "_left", "_chunks", "_trailer_start")

    def __init__(self) -> None:
        self._buf = bytearray()
        self._state = "size"  # size | data | data_end | trailer | done | raw
        self._left = 0  # bytes of the current chunk's data still to come
        self._chunks = 0  # chunks read whole so far
        self._trailer_start = b""  # the first two bytes of the trailer line being read

    def feed(self, data: bytes) -> bytes:
        """Take the next piece of the body; return the data it completes."""
        if self._state == "raw":
            return data
        if self._state == "done":
            return b""
        buf = bytes(self._buf) + data if self._buf else data
        out = bytearray()
        pos = self._step(buf, out, 0)
        self._buf = bytearray(buf[pos:]) if pos < len(buf) else bytearray()
        return bytes(out)

    def finish(self) -> bytes:
        """The body ended: return what the pieces left over count for."""
        rest, self._buf = bytes(self._buf), bytearray()
        state, self._state = self._state, "done"
        if state == "size" and rest and (not self._chunks or not _SIZE_START.fullmatch(rest)):
            return rest  # not a size line cut short: the body is what it is from here
        if state == "data_end" and not _blank(rest):
            return rest
        return b""  # nothing left, or framing cut short (a size line, a terminator, trailers)

    def _step(self, buf: bytes, out: bytearray, pos: int) -> int:
        """Decode from ``pos`` as far as the buffered bytes go; the offset where it stopped."""
        n = len(buf)
        view = memoryview(buf)
        while pos < n:
            state = self._state
            if state == "data":
                take = min(self._left, n - pos)
                out += view[pos:pos + take]
                pos += take
                self._left -= take
                if not self._left:
                    self._state = "data_end"
                continue
            if state == "raw":
                out += view[pos:]
                return n
            if state == "done":
                return n
            if state == "size":
                pos = self._whole_chunks(buf, view, out, pos)
                if pos == n:
                    return n
            nl = buf.find(b"\n", pos)
            if state == "trailer":
                pos = self._trailer_line(buf, pos, nl)
                continue
            if nl < 0 and n - pos <= MAX_FRAMING_LINE:
                return pos  # wait for the rest of the line
            line = buf[pos:nl + 1] if 0 <= nl < pos + MAX_FRAMING_LINE else b""
            if state == "size":
                size = chunk_size(line) if line else None
                if size is None:
                    self._state = "raw"  # not a chunk-size line: the rest as it came
                    continue
                pos += len(line)
                self._left = size
                self._state = "data" if size else "trailer"
            else:  # data_end: the line after a chunk's data must be blank
                if not line or not _blank(line):
                    self._state = "raw"
                    continue
                pos += len(line)
                self._chunks += 1
                self._state = "size"
        return pos

    def _whole_chunks(self, buf: bytes, view: memoryview, out: bytearray, pos: int) -> int:
        """Decode the whole plain chunks (:data:`PLAIN_SIZE_LINE`, data, CRLF or LF) from ``pos``;
        the offset of the first thing that is not one (read line by line by :meth:`_step`).

        Line by line, 1 MiB of one-byte-chunk framing took 0.37 s of CPU, paid by every reader
        of such a record (payload digest, extraction, quotes)."""
        n = len(buf)
        match = PLAIN_SIZE_LINE.match
        chunks = self._chunks
        while pos < n:
            m = match(buf, pos)
            if m is None:
                break
            start = m.end()
            size = int(m.group(1), 16)
            end = start + size
            if not size:
                break
            if buf[end:end + 1] == b"\n":
                after = end + 1
            elif buf[end:end + 2] == b"\r\n":
                after = end + 2
            else:
                break
            out += view[start:end]
            chunks += 1
            pos = after
        self._chunks = chunks
        return pos

    def _trailer_line(self, buf: bytes, pos: int, nl: int) -> int:
        """Skip trailer bytes from ``pos``; an empty line (LF, or CR LF) ends the section (and the
        message), as Chromium ends it: a line of spaces, a tab, a form feed or two CRs does not."""
        if nl < 0:
            self._trailer_start = (self._trailer_start + buf[pos:pos + 2])[:2]
            return len(buf)  # trailer fields are never data: nothing to keep
        if (self._trailer_start + buf[pos:min(nl, pos + 2)])[:2] in (b"", b"\r"):
            self._state = "done"
        self._trailer_start = b""
        return nl + 1


def dechunk(body: bytes) -> bytes:
    """``body`` with the chunked coding removed (see the module's rules)."""
    d = Dechunker()
    return d.feed(body) + d.finish()


__all__ = ["MAX_CHUNK_SIZE", "MAX_FRAMING_LINE", "PLAIN_SIZE_LINE", "Dechunker", "browser_chunk_size", "chunk_size", "dechunk", "is_chunked", "transfer_codings"]
