"""The encoding a page declares in its markup, found as Chromium finds it (enc60).

The HTML standard's "prescan a byte stream to determine its encoding" reads bytes: it skips comments
and tags' attributes but knows no ``<script>``, ``<title>``, ``<style>`` or ``<textarea>``, and stops at
1024 bytes. Chromium (156, measured from 127.0.0.1, ``bench/encodings_chromium.py --choice``) runs its
HTML tokenizer instead (Blink's ``HTMLMetaCharsetParser``) over the bytes read as Latin-1: a ``<meta>``
written inside a script's string, a title, a style sheet or a textarea is text there, not a
declaration; the scan goes on past 1024 bytes while only head elements have been seen, and stops at
the first token that ends past 1024 bytes after any other element. html5lib's ``EncodingParser``
implements the standard's byte prescan, so it would take the ``<meta>`` in a script (and it is not
installed here); this module follows the measured browser, which a reader of the page used.

Within a ``<meta>``: a ``charset`` attribute declares (the last one, measured), a ``content``
attribute's ``charset=`` only with ``http-equiv="content-type"`` and no ``charset`` attribute before
it; a label no browser knows is passed over and the scan goes on to the next ``<meta>``. UTF-16 and
UTF-32 labels mean UTF-8, ``x-user-defined`` means windows-1252 (the standard's and Chromium's rule).
An XML declaration opening the page (``<?xml ... encoding="...">``) is read first, as Chromium does.
Not modelled: character references in attribute values and the script data escape states.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from archiver.core.tag_scan import TagScanner

_WS = "\t\n\x0c\r "
_XML_DECL = re.compile(r"""<\?xml[^>]*?\bencoding\s*=\s*(["'])([^"'>]*)\1""")


class Declared(NamedTuple):
    """The encoding the markup declares (a WHATWG name, or None) and the unknown labels passed over."""

    name: str | None
    unknown: tuple[str, ...] = ()


def declared_encoding(body: bytes, lookup: Callable[[str], str | None]) -> Declared:
    """The encoding ``body`` declares in an XML declaration or a ``<meta>``, as Chromium reads it.

    ``lookup`` turns a label into a WHATWG encoding name (None for no encoding a browser knows)."""
    text = body.decode("latin-1")
    unknown: list[str] = []
    if text.startswith("<?xml"):
        m = _XML_DECL.match(text, 0, text.find(">") + 1)
        if m:
            name = _as_declared(lookup(m.group(2)))
            if name:
                return Declared(name)
            unknown.append(m.group(2))
    scanner = TagScanner(text)
    for attributes in scanner.metas():
        label = _meta_label(attributes)
        if label is None:
            continue
        name = _as_declared(lookup(label))
        if name:
            return Declared(name, tuple(unknown))
        unknown.append(label)
    return Declared(None, tuple(unknown))


def _as_declared(name: str | None) -> str | None:
    """A declared UTF-16 is a lie about ASCII bytes (UTF-8); x-user-defined is windows-1252."""
    if name in ("UTF-16BE", "UTF-16LE"):
        return "UTF-8"
    return "windows-1252" if name == "x-user-defined" else name


def _meta_label(attributes: list[tuple[str, str]]) -> str | None:
    """The label a ``<meta>`` declares (Blink's ``EncodingFromMetaAttributes``, measured), or None."""
    pragma = False
    mode = ""
    charset = ""
    for name, value in attributes:
        if name == "http-equiv":
            pragma = pragma or value.lower() == "content-type"
        elif name == "charset":
            charset, mode = value, "charset"  # measured: of two charset attributes, the last declares
        elif name == "content" and not charset:
            charset = extract_charset(value)
            mode = "pragma" if charset else mode
    if mode == "charset" or (mode == "pragma" and pragma):
        return charset.strip(_WS)
    return None


def extract_charset(value: str) -> str:
    """The ``charset=`` value of a ``content`` attribute (Blink's ``ExtractCharset``), or ""."""
    pos, length, lower = 0, len(value), value.lower()
    while pos < length:
        pos = lower.find("charset", pos)
        if pos < 0:
            break
        pos += 7
        while pos < length and value[pos] <= " ":
            pos += 1
        if pos >= length or value[pos] != "=":
            continue
        pos += 1
        while pos < length and value[pos] <= " ":
            pos += 1
        quote = value[pos] if pos < length and value[pos] in "\"'" else ""
        pos += bool(quote)
        if pos >= length:
            break
        end = pos
        while end < length and (value[end] != quote if quote else value[end] > " " and value[end] not in "\"';"):
            end += 1
        if quote and end >= length:
            break
        return value[pos:end]
    return ""



