"""The tags of an HTML byte stream read as the HTML tokenizer reads them: start and end tags with their attributes,
comments, the text content of script-like elements skipped to their end tags (a ``<meta>`` written inside a script's
string, a title or a style sheet is text there, not a tag).

Why in core: two readers need it, and each below the extraction stack: the encoding a page declares
(:mod:`archiver.extract.meta_charset`, Blink's ``HTMLMetaCharsetParser``, which stops once the head is left) and a
refresh a page asks for (:mod:`archiver.core.refresh`, decided at read time by :mod:`archiver.core.readable`, which
must not import the extraction stack). Moved here from meta_charset.py in session 51.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Elements that keep Blink's charset scan "in the head": any other start or end tag ends it.
HEAD_TAGS = frozenset(["script", "noscript", "style", "link", "meta", "object", "title", "base", "html", "head"])
#: Elements whose content the tokenizer reads as text up to their end tag (no scripting flag: <noscript> is markup).
TEXT_CONTENT = frozenset(["title", "textarea", "script", "style", "xmp", "iframe", "noembed", "noframes"])
_META = frozenset(["meta"])
_BYTES_TO_CHECK = 1024
_WS = "\t\n\x0c\r "
_COMMENT_END = re.compile(r"--!?>")


class TagScanner:
    """The tags of a page read as the HTML tokenizer reads them, for as long as Blink's scan lasts."""

    def __init__(self, text: str, *, whole: bool = False, text_content: frozenset[str] = TEXT_CONTENT) -> None:
        """``whole``: read to the text's end (a refresh's scan), not only as far as Blink's charset scan goes;
        ``text_content``: the elements whose content is skipped as text (with scripting on, as a page is shown,
        ``noscript`` too)."""
        self.text = text
        self.pos = 0
        self.in_head = True
        self.whole = whole
        self.text_content = text_content

    def _done(self, at: int) -> bool:
        """Blink stops after a token that ends past 1024 characters once the head is left."""
        return not self.whole and not self.in_head and at >= _BYTES_TO_CHECK

    def metas(self) -> Iterator[list[tuple[str, str]]]:
        """Each ``<meta>`` start tag's attributes (lower-cased names, in order), until the scan ends."""
        return (attributes for _, attributes in self.start_tags(_META))

    def start_tags(self, names: frozenset[str]) -> Iterator[tuple[str, list[tuple[str, str]]]]:
        """Each start tag named in ``names`` with its attributes (lower-cased names, in order), until the scan
        ends (a refresh's target is resolved against the ``<base>`` before its ``<meta>``)."""
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
            if not end and name in names:
                yield name, attributes
            if name not in HEAD_TAGS:
                self.in_head = False
            if not end and name in self.text_content and not self._skip_text_content(name):
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
    """Whether ``char`` is an ASCII letter, the only start of a tag name the tokenizer reads (``str.isalpha`` takes
    any script's letters: "<é" is text)."""
    return char.isascii() and char.isalpha()
