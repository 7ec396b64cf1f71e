"""Where a response's status line starts, by the rule Chromium finds it.

Chromium looks for ``http`` (any case) at the first 5 offsets of a response and skips what comes
before it (``HttpUtil::LocateStartOfStatusLine``): ``\\r\\nHTTP/1.1 200 OK``, a BOM or 4 stray bytes
before the status line, and its page is shown (checked on Debian's Chromium 156 against a
127.0.0.1 server). With 8 bytes come and no ``http`` at those offsets it takes the response for
HTTP/0.9 (refused on any port but the scheme's default, ``ERR_INVALID_HTTP_RESPONSE``). The
capture's wire guard and the readers of its interim-heads records use this one rule.

Found, the line is read whatever follows ``http``: where Chromium reads no version from it
(``HTTPS/1.1 200 OK``, ``httpHTTP/1.1 200 OK``, ``HTTP 200 OK``, ``HTTP/2 200 OK``:
``HttpResponseHeaders::ParseVersion`` wants ``/``, a digit, then a digit after the line's next ``.``)
it treats the response as HTTP/1.0, and one of a version past 1.1 (``HTTP/2.0``, ``HTTP/3.0``) as
HTTP/1.1 or 2.0, framed as 1.1; it reads the status after the line's first space (``ParseStatusLine``)
and shows the page (each checked on Debian's Chromium 156 against a raw 127.0.0.1 server, 2026-12-02,
task left58; the capture refused them, in words that named another problem). :func:`read_version`
gives the version the capture frames the response by.
"""

from __future__ import annotations

#: Bytes Chromium skips before a status line, at most.
STATUS_LINE_SLOP = 4
#: Bytes after which Chromium has decided whether a response has a status line.
STATUS_LINE_LOOKAHEAD = STATUS_LINE_SLOP + len(b"http")


def status_line_start(data: bytes) -> int | None:
    """The offset of the status line in the first bytes of a response head, or None (not yet, or
    not there: with :data:`STATUS_LINE_LOOKAHEAD` bytes, none)."""
    found = data[:STATUS_LINE_LOOKAHEAD].lower().find(b"http")
    return found if 0 <= found <= STATUS_LINE_SLOP else None


def read_version(status_line: bytes) -> bytes:
    """The HTTP version a response is framed by, as Chromium reads its status line (which starts at
    its ``http``): ``HTTP/1.1`` for a version of 1.1 or more, ``HTTP/1.0`` for 1.0, 0.9 or none it can
    read (``http`` in any case, ``/``, a digit, and a digit after the line's next ``.``). The record
    keeps the line as received; this is what the wire guard and http.client go by (``HTTP/1.0``: no
    chunked body, as Chromium decodes none there)."""
    line = status_line.rstrip(b"\r\n")
    dot = line.find(b".", 4)
    major, minor = line[5:6], (line[dot + 1:dot + 2] if dot >= 0 else b"")
    if line[4:5] != b"/" or not (major.isdigit() and minor.isdigit()):
        return b"HTTP/1.0"  # "Treat everything else like HTTP 1.0"
    return b"HTTP/1.1" if (int(major), int(minor)) >= (1, 1) else b"HTTP/1.0"


__all__ = ["STATUS_LINE_LOOKAHEAD", "STATUS_LINE_SLOP", "read_version", "status_line_start"]
