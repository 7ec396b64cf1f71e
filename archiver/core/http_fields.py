"""Trimming an HTTP field value as HTTP does: spaces and tabs only.

RFC 9110 (5.5, 5.6.3) lets a field value be surrounded by optional whitespace, OWS, which is
SP and HTAB and nothing else; Chromium trims those two (``HttpUtil::IsLWS``). Python's
``str.strip()`` and ``str.split()`` trim far more (a no-break space, a form feed, a vertical tab,
0x1C-0x1F, U+0085): a page sent with ``text/html`` and a no-break space, or ``nosniff`` after a
form feed, was read here as HTML or as nosniff, and so made quotable, where Chromium took the
value as written (a type it cannot show, no nosniff: the body sniffed and downloaded). Every
reader of a field value (the capture's head reader, the type and nosniff readers, the content
coding reader, a bundle's index) trims through :func:`strip_ows`, so they agree (sec58).

Bytes read before they are decoded trim the same two: a chunk-size line (RFC 9112 7.1, whose
BWS is OWS) and a WARC header field, whose grammar (WARC 1.1 section 4, after RFC 2616) allows
LWS, SP and HT, around a value: :func:`strip_ows_bytes`. ``bytes.strip()`` also takes a form
feed, a vertical tab and a CR (cap59: ``5\\f`` was a chunk size of 5, a ``WARC-Record-ID``
closed by a form feed the id without it).
"""

from __future__ import annotations

from collections.abc import Iterable

#: RFC 9110's OWS: the only characters trimmed from a field value.
OWS = " \t"


def strip_ows(value: str) -> str:
    """``value`` without leading and trailing spaces and tabs (never any other character)."""
    return value.strip(OWS)


#: :data:`OWS` as bytes.
OWS_BYTES = b" \t"


def strip_ows_bytes(value: bytes) -> bytes:
    """``value`` without leading and trailing spaces and tabs (never any other byte)."""
    return value.strip(OWS_BYTES)


__all__ = ["OWS", "OWS_BYTES", "strip_ows", "strip_ows_bytes"]


def field_values(headers: Iterable[tuple[str, str]], name: str) -> list[str]:
    """Every value of the field ``name`` in a head, in order: names compared without case and trimmed of OWS (an
    imported record's head may keep a space a server wrote before the colon), values as they are.

    Why here: the type, disposition, nosniff, Location, coding and refresh readers each wrote this comprehension
    again; a reader that trimmed or compared otherwise would read another head than the others."""
    lname = name.lower()
    return [value for key, value in headers if strip_ows(key).lower() == lname]
