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
from collections.abc import Callable, Iterator
from typing import NamedTuple

#: Elements that keep Blink's scan "in the head": any other start or end tag ends it.
_HEAD_TAGS = frozenset(["script", "noscript", "style", "link", "meta", "object", "title", "base", "html", "head"])
#: Elements whose content the tokenizer reads as text up to their end tag (no scripting flag: <noscript> is markup).
_TEXT_CONTENT = frozenset(["title", "textarea", "script", "style", "xmp", "iframe", "noembed", "noframes"])
_BYTES_TO_CHECK = 1024
_WS = "\t\n\x0c\r "
_COMMENT_END = re.compile(r"--!?>")
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
    scanner = _Scanner(text)
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


class _Scanner:
    """The tags of a page read as the HTML tokenizer reads them, for as long as Blink's scan lasts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.in_head = True

    def _done(self, at: int) -> bool:
        """Blink stops after a token that ends past 1024 characters once the head is left."""
        return not self.in_head and at >= _BYTES_TO_CHECK

    def metas(self) -> Iterator[list[tuple[str, str]]]:
        """Each ``<meta>`` start tag's attributes (lower-cased names, in order), until the scan ends."""
        text, n = self.text, len(self.text)
        while self.pos < n:
            lt = text.find("<", self.pos)
            if lt < 0:
                return
            if lt > self.pos and self._done(lt):  # a text token ended there
                return
            self.pos = lt
            tag = self._markup()
            if tag is None:
                continue
            name, attributes, end = tag
            if not end and name == "meta":
                yield attributes
            if name not in _HEAD_TAGS:
                self.in_head = False
            if not end and name in _TEXT_CONTENT and not self._skip_text_content(name):
                return
            if name == "plaintext" and not end:
                return
            if self._done(self.pos):
                return

    def _markup(self) -> tuple[str, list[tuple[str, str]], bool] | None:
        """Read the markup at ``self.pos`` (a ``<``): a tag gives (name, attributes, is end tag)."""
        text, i = self.text, self.pos
        if text.startswith("<!--", i):
            if text.startswith((">", "->"), i + 4):
                self.pos = text.index(">", i + 4) + 1
                return None
            m = _COMMENT_END.search(text, i + 4)
            self.pos = m.end() if m else len(text)
            return None
        after = text[i + 1:i + 2]
        if after in ("!", "?") or (after == "/" and not _is_letter(text[i + 2:i + 3])):
            if after == "/" and i + 2 >= len(text):  # "</" at the end is text
                self.pos = len(text)
                return None
            close = text.find(">", i + 2)
            self.pos = len(text) if close < 0 else close + 1
            return None
        end = after == "/"
        if not _is_letter(text[i + 1 + end:i + 2 + end]):
            self.pos = i + 1  # a "<" that opens no tag is text
            return None
        return self._tag(i + 1 + end, end)

    def _tag(self, i: int, end: bool) -> tuple[str, list[tuple[str, str]], bool] | None:
        """The tokenizer's tag states from the name's first letter; None when the page ends inside it."""
        text, n = self.text, len(self.text)
        j = i
        while j < n and text[j] not in _WS and text[j] not in "/>":
            j += 1
        name = text[i:j].lower()
        attributes: list[tuple[str, str]] = []
        while True:
            while j < n and (text[j] in _WS or text[j] == "/"):
                j += 1
            if j >= n:
                self.pos = n
                return None
            if text[j] == ">":
                self.pos = j + 1
                return name, attributes, end
            k = j + 1  # an attribute name (a leading "=" is part of it)
            while k < n and text[k] not in _WS and text[k] not in "/>=":
                k += 1
            attr = text[j:k].lower()
            while k < n and text[k] in _WS:
                k += 1
            if k >= n or text[k] != "=":
                attributes.append((attr, ""))
                j = k
                continue
            k += 1
            while k < n and text[k] in _WS:
                k += 1
            if k < n and text[k] in "\"'":
                close = text.find(text[k], k + 1)
                if close < 0:
                    self.pos = n
                    return None
                attributes.append((attr, text[k + 1:close]))
                j = close + 1
            else:
                v = k
                while v < n and text[v] not in _WS and text[v] != ">":
                    v += 1
                attributes.append((attr, text[k:v]))
                j = v

    def _skip_text_content(self, name: str) -> bool:
        """Move past an element's text content to its end tag; False when the page ends first."""
        pattern = re.compile(rf"</{name}[{_WS}/>]", re.I)
        m = pattern.search(self.text, self.pos)
        if m is None:
            return False
        if m.start() > self.pos and self._done(m.start()):  # the content was a text token
            return False
        self.pos = m.start()
        return True


def _is_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()
