"""Where a response's status line starts, by the rule Chromium finds it.

Chromium looks for ``http`` (any case) at the first 5 offsets of a response and skips what comes
before it (``HttpUtil::LocateStartOfStatusLine``): ``\\r\\nHTTP/1.1 200 OK``, a BOM or 4 stray bytes
before the status line, and its page is shown (checked on Debian's Chromium 156 against a
127.0.0.1 server). With 8 bytes come and no ``http`` at those offsets it takes the response for
HTTP/0.9 (refused on any port but the scheme's default, ``ERR_INVALID_HTTP_RESPONSE``). The
capture's wire guard and the readers of its interim-heads records use this one rule.
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


__all__ = ["STATUS_LINE_LOOKAHEAD", "STATUS_LINE_SLOP", "status_line_start"]
