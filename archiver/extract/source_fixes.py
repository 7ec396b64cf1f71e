"""What a browser's HTML parser makes of a page's source that libxml2 does not, fixed before or
after lxml parses it: a ``<noscript>`` that opens an element it does not close (a browser with
scripts on reads its content as raw text), and a repeated ``<body ...>`` or ``<html ...>`` tag (a
browser gives the root every attribute such a tag states: a second ``<body hidden>`` hides the
page).

Why a module of its own: both read the page's source text with a tokenizer-aware scan (comments,
raw-text elements, templates), not the parsed tree that :mod:`archiver.extract.unrendered` reads.
"""

from __future__ import annotations

import html
import re
from typing import Any

from archiver.core import lazy_re

#: What the HTML tokenizer reads as raw text (a comment, a script, a style ...), so that a
#: "<noscript>" inside one is not taken for an element; and a <noscript> element's content, up to
#: its first end tag. Loops unrolled (``[^<]*(?:<(?!...)[^<]*)*``): a lazy ``.*?`` tested the end
#: at every character of every script.
_RAW_OR_NOSCRIPT = lazy_re.compile(
    r"<!--[^-]*(?:-(?!->)[^-]*)*(?:-->)?"
    r"|<(script|style|textarea|title|xmp|iframe|noembed|noframes)\b[^>]*>[^<]*(?:<(?!/\1\s*>)[^<]*)*(?:</\1\s*>)?"
    r"|(<noscript\b[^>]*>)([^<]*(?:<(?!/noscript\s*>)[^<]*)*)((?:</noscript\s*>)?)", re.I)
#: Start and end tags of the elements whose end tag a parser waits for (void and
#: optional-end elements left out: "<p>" or "<img>" inside closes nothing outside).
_CONTAINER_TAG = lazy_re.compile(
    r"<(/?)(div|section|article|main|span|a|ul|ol|table|form|header|footer|nav|aside|figure|center|font|b|i|em|strong)\b",
    re.I)


def _unbalanced(content: str) -> bool:
    """Whether ``content`` opens an element it does not close."""
    depth: dict[str, int] = {}
    for m in _CONTAINER_TAG.finditer(content):
        name = m.group(2).lower()
        depth[name] = depth.get(name, 0) + (-1 if m.group(1) else 1)
    return any(n > 0 for n in depth.values())


def _escaped(match: re.Match[str]) -> str:
    if match.group(2) is None or not _unbalanced(match.group(3)):
        return match.group(0)
    return match.group(2) + html.escape(match.group(3), quote=False) + match.group(4)


def _any_unbalanced(page: str) -> bool:
    """Whether the text from some "<noscript" to the next "</noscript" opens an element it does
    not close (most pages have a ``<noscript>``, few an unbalanced one: only those pay for the
    tokenizer-aware pass).

    The tags are found in the page itself, in any ASCII case (:data:`_NOSCRIPT_OPEN`,
    :data:`_NOSCRIPT_CLOSE`), as ``str.find`` found them in ``page.lower()``: lowering the whole page
    to search it cost ~90 us on the 20 KB benchmark page (~7 now), and the lowered copy's offsets
    were the page's only while no character before them lowered to two ("İ")."""
    opening = _NOSCRIPT_OPEN.search(page)
    while opening is not None:
        at = opening.start()
        closing = _NOSCRIPT_CLOSE.search(page, at)
        if _unbalanced(page[at + 9:closing.start() if closing is not None else len(page)]):
            return True
        if closing is None:
            return False
        opening = _NOSCRIPT_OPEN.search(page, closing.start())
    return False


_NOSCRIPT_OPEN = lazy_re.compile("<noscript", re.IGNORECASE | re.ASCII)
_NOSCRIPT_CLOSE = lazy_re.compile("</noscript", re.IGNORECASE | re.ASCII)


def unbalanced_noscript_as_text(page: str) -> str:
    """``page`` with the content of each ``<noscript>`` that opens an element it does not close
    escaped, so that the parser reads it as text, as a browser with scripts on does (the WHATWG
    parser takes a ``<noscript>``'s content as raw text up to the first ``</noscript>``). Why:
    libxml2 parses it as markup and waits for the element's end tag, so
    ``<noscript><div id="nojs"></noscript>`` (parcoabruzzo.it) put the whole rest of the page
    inside the ``<noscript>``, where none of it was page text or article text. Why only those:
    a balanced ``<noscript>`` is read the same either way, and escaping every one moved
    trafilatura's choice of paragraphs on 18 benchmark pages."""
    if not _any_unbalanced(page):
        return page
    return _RAW_OR_NOSCRIPT.sub(_escaped, page)


#: The attributes by which markup may hide an element (:func:`is_unrendered`): the only ones
#: :func:`merge_repeated_root_tags` gives the page's root (the others, classes or a language, may
#: move trafilatura's choices and say nothing about what a reader is shown).
_ROOT_HIDING = frozenset(("hidden", "style", "popover"))
#: A ``<body>`` or ``<html>`` start tag, with what it holds after its name (its attributes).
_ROOT_START = lazy_re.compile(r"<(body|html)(?=[\s/>])([^>]*)>", re.I)
_ATTRIBUTE = lazy_re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_TEMPLATE_TAG = lazy_re.compile(r"<(/?)template(?=[\s/>])", re.I)


def merge_repeated_root_tags(page: str, tree: Any) -> None:
    """Give ``tree``'s ``<body>`` and ``<html>`` every hiding attribute (:data:`_ROOT_HIDING`) a
    ``<body ...>`` or ``<html ...>`` tag of ``page`` states that they lack, as a browser's parser gives
    them every such attribute (the HTML standard's
    "in body" rules: a second ``<body hidden>`` anywhere in the page hides the whole page; libxml2
    dropped it, and every word of such a page was the article's). A tag in a comment, a raw-text
    element (script, style, ...), a ``<noscript>`` or a ``<template>`` is no tag. Only a page with a
    root tag stating an attribute its element lacks pays for finding where those are."""
    # (a page parsed as a fragment is one element, or a <div> around several: it stands for both)
    body = tree if tree.tag == "body" else tree.find(".//body")
    wanted: list[tuple[int, Any, str, str]] = []
    for m in _ROOT_START.finditer(page):
        target = tree if m.group(1).lower() == "html" else (body if body is not None else tree)
        for a in _ATTRIBUTE.finditer(m.group(2)):
            name = a.group(1).lower()
            if name in _ROOT_HIDING and target.get(name) is None:
                value = next((v for v in a.group(2, 3, 4) if v is not None), "")
                wanted.append((m.start(), target, name, html.unescape(value)))
    if not wanted:
        return
    raw = [(m.start(), m.end()) for m in _RAW_OR_NOSCRIPT.finditer(page)]
    for at, target, name, value in wanted:
        if any(a <= at < b for a, b in raw) or _in_template(page, at) or target.get(name) is not None:
            continue
        # (a fragment's element is the tree itself, which no stage can leave out: its children can be)
        for el in [target] if target.tag in ("html", "body") else [target, *target.iterchildren("*")]:
            try:
                if el.get(name) is None:
                    el.set(name, value)
            except ValueError:  # a name lxml cannot hold
                break


def _in_template(page: str, at: int) -> bool:
    depth = 0
    for m in _TEMPLATE_TAG.finditer(page, 0, at):
        depth = max(0, depth + (-1 if m.group(1) else 1))
    return depth > 0


#: A ``</body>`` or ``</html>`` end tag (the tokenizer ends a tag name at white space, "/" or ">").
_ROOT_END = lazy_re.compile(r"</(?:body|html)(?=[\s/>])[^>]*>", re.I)
#: What may follow the page's root end tags and leave the page as it was: white space, comments
#: (an unclosed one runs to the end) and more root end tags.
#: (one white-space character an alternative: ``(?:\s+|...)*`` backtracks exponentially on a failed match)
_NOTHING_AFTER = lazy_re.compile(r"(?:\s|<!--[^-]*(?:-(?!->)[^-]*)*(?:-->|\Z)|</(?:body|html)(?=[\s/>])[^>]*>)*\Z",
                                 re.I)


def content_after_root_end(page: str) -> str:
    """``page`` without its ``</body>`` and ``</html>`` end tags when markup or text follows them,
    as a browser's parser reads it (the HTML standard's "after body" and "after after body" insertion
    modes: anything but white space and comments after those tags is put back in the body). Why:
    libxml2 dropped everything after ``</html>`` and put what follows ``</body>`` beside the body,
    where no page-text reader looks, so ``<html><body><p>A</p></body></html><p>B</p>`` gave only A
    while Chromium 156 shows A and B (review rvcap60; ``bench/markup_structure_chromium.py``).
    An end tag in a comment, a raw-text element (a script's string) or a ``<noscript>`` is no tag.
    Only a page with something after its first root end tag pays for the tokenizer-aware pass; a
    page ending in white space and comments is returned as it is."""
    first = _ROOT_END.search(page)
    if first is None or _NOTHING_AFTER.match(page, first.end()):
        return page
    raw = [(m.start(), m.end()) for m in _RAW_OR_NOSCRIPT.finditer(page)]
    ends = [m for m in _ROOT_END.finditer(page) if not any(a <= m.start() < b for a, b in raw)]
    if not ends or _NOTHING_AFTER.match(page, ends[0].end()):
        return page
    out: list[str] = []
    at = 0
    for m in ends:
        out.append(page[at:m.start()])
        at = m.end()
    out.append(page[at:])
    return "".join(out)
