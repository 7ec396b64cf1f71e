"""Bytes to text for HTML pages: which encoding, and how we know.

A page is evidence only if its characters come out as the publisher wrote them, so the order
follows what browsers do (WHATWG "encoding sniffing"): a byte-order mark wins, then the HTTP
``Content-Type`` charset, then a ``<meta charset>`` / ``http-equiv`` declaration in the first
bytes, then strict UTF-8, and only then statistical detection (charset-normalizer). Labels that
browsers treat as windows-1252 (``iso-8859-1``, ``ascii``) are decoded as windows-1252, as a
browser would show them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from urllib.parse import urljoin

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
# WHATWG: these labels mean windows-1252 in every browser.
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819"}
_SNIFF_BYTES = 4096


@dataclass(frozen=True, slots=True)
class DecodedHTML:
    """The page as text, with the encoding used and where that choice came from."""

    text: str
    encoding: str
    encoding_source: str  # "bom", "http", "meta", "utf-8", "detected", "fallback"


def _codec(label: str | None) -> str | None:
    """A Python codec name for an encoding label, or None when the label is unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header value, if any."""
    if not content_type:
        return None
    m = _HEADER_CHARSET.search(content_type)
    return m.group(1) if m else None


def _try(body: bytes, codec: str | None, *, declared: bool = False) -> str | None:
    """Decode strictly; a *declared* codec may also win with a few bad bytes, as in browsers."""
    if codec is None:
        return None
    try:
        return body.decode(codec)
    except LookupError:
        return None
    except UnicodeDecodeError:
        if not declared:
            return None
    text = body.decode(codec, "replace")
    # A handful of broken bytes in a correctly declared page (a truncated character, one
    # pasted snippet) is still that encoding; many mean the declaration is wrong.
    return text if text.count("\ufffd") <= max(3, len(text) // 2000) else None


def decode_html(body: bytes, content_type: str | None = None) -> DecodedHTML:
    """Decode an HTML entity body to text, recording the encoding and its source.

    Args:
        body: the entity body (content coding already removed).
        content_type: the HTTP Content-Type header value, which may carry a charset.

    Returns:
        The decoded text (BOM removed) with the codec name and where it came from.
    """
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return DecodedHTML(body[len(bom):].decode(codec, "replace"), codec, "bom")
    header_codec = _codec(charset_from_content_type(content_type))
    text = _try(body, header_codec, declared=True)
    if text is not None:
        return DecodedHTML(text, header_codec or "", "http")
    m = _META_CHARSET.search(body[:_SNIFF_BYTES])
    meta_codec = _codec(m.group(1).decode("ascii", "ignore")) if m else None
    # A page that declares UTF-16 in ASCII bytes is lying about itself: browsers use UTF-8.
    if meta_codec and meta_codec.startswith("utf-16"):
        meta_codec = "utf-8"
    text = _try(body, meta_codec, declared=True)
    if text is not None:
        return DecodedHTML(text, meta_codec or "", "meta")
    text = _try(body, "utf-8")
    if text is not None:
        return DecodedHTML(text, "utf-8", "utf-8")
    codec = _detect(body)
    if codec is not None:
        return DecodedHTML(body.decode(codec, "replace"), codec, "detected")
    return DecodedHTML(body.decode("cp1252", "replace"), "cp1252", "fallback")


# DOS and Mac code pages are never served on the web; statistical detectors still like them.
_NOT_WEB = re.compile(r"^(cp437|cp7\d\d|cp8\d\d|cp1125|mac_|ptcp154|kz1048|hz|utf_7)")


def _detect(body: bytes) -> str | None:
    """charset-normalizer's pick among web encodings; windows-1252 wins a tie, as in browsers."""
    results = [m for m in from_bytes(body[:200_000]) if not _NOT_WEB.match(m.encoding)]
    if not results:
        return None
    best = min(m.chaos for m in results)
    tied = [m for m in results if m.chaos <= best + 0.01]
    if any("cp1252" in m.could_be_from_charset for m in tied):
        return "cp1252"
    return _codec(tied[0].encoding)


def absolute_url(base: str | None, href: str) -> str | None:
    """``href`` resolved against ``base``; None for a URL that cannot be parsed at all
    (real pages carry hrefs such as ``http://[ccpa-preferences]``)."""
    try:
        return urljoin(base, href) if base else href
    except ValueError:
        return None


_HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html|<head[\s>]|<body|<meta\s|<title>|<div[\s>]|<p>|<br\s*/?>", re.I)


def looks_like_html(body: bytes) -> bool:
    """Sniff HTML: no NUL bytes (binary), and a tag only HTML uses in the first 64 KiB
    (real pages may open with a long inline ``<style>`` before any ``<html>``)."""
    if b"\x00" in body[:1024] and not body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return bool(_HTML_SNIFF.search(body[:65536]))
