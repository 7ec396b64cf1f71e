"""The page's own template for picture credits: a prototype, read by bench/template_credits.py (issue 15,
round 46), not part of the extractor.

The idea tested: a page that credits many pictures credits them the same way each time, so once one credit
is reported, the element it stands in has a *place* in its picture's block, and the same place in another
picture's block holds that picture's credit, whatever its words ("Foto: dpa" reported in one figure's
``span.credit``; "Jane Doe" in the next figure's ``span.credit``). Measured on the blind first runs of
dev19 and dev20 (bench/labels/README.md, "Page-template credits (round 46)"), it reached none of their 30
missed credits, so it was not put into ``archiver/``; it stays here so the estimate can be run again (on
an older tree's reports too: it needs only lxml and :mod:`archiver.extract.notice_bare_credits`, which
every tree since extractor version 42 has).

A place is read on the tree, relative to the nearest element above it that holds a picture (an
``<img>``, ``<picture>``, ``<amp-img>`` or ``<video>``; at most :data:`_ANCHOR_UP` levels above the
picture): that block's tag and class signature, then each element's on the way down to the credit's
element (classes without numbers, state or modifier words; an element with no class by its index among
its siblings of the same tag, "the second ``<span>`` of a caption"). Only blocks of one picture's size
are read (:data:`_BLOCK_TEXT`), so a page's whole article, which holds pictures too, makes no place.

What stands at the same place is reported when it is shaped like a credit
(:func:`~archiver.extract.notice_bare_credits.bare_name`: names, an agency, no digit, no sentence, no
label or button word, not the site's own name), holds no sentence's end, is visible, and its block is
no teaser of another page, menu, sidebar, footer or comment, nor set in a link; and not on a page whose
places would give more than :data:`_MOST` such names (a gallery's or a list's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lxml.html import HtmlElement

from archiver.extract.model import Notice
from archiver.extract.notice_bare_credits import _in_furniture, _teaser, bare_name

#: What a picture is in the tree (as :mod:`~archiver.extract.notice_bare_credits` reads it).
_PICTURE_TAGS = ("img", "picture", "amp-img", "video")
#: How many levels above a picture its block may sit (figure > div > picture > img).
_ANCHOR_UP = 4
#: How deep below its block a credit's element may sit (figure > figcaption > p > span).
_DOWN = 4
#: The most text a picture's block holds (a caption and a credit; a teaser card's excerpt): a larger
#: element holding a picture is the article or a page's section, no one picture's block.
_BLOCK_TEXT = 800
#: The longest text read at a place (as a bare credit's longest).
_MAX_TEXT = 80
#: How much longer than a reported credit the text of its element may be, or the other way round ("Foto:
#: dpa" reported, "dpa" in the credit element; "(Jane Doe)" reported, "Jane Doe" in it).
_SLACK = 12
#: The most credits a page's template may add: more are a gallery's or a list's names.
_MOST = 12
# The marks page_lines.visible_lines_with_credits writes into a tree it consumes (U+FDD0 ... U+FDEF): read out.
_MARKS = dict.fromkeys(range(0xFDD0, 0xFDF0))
# A sentence's end inside a text ("Die Brücke im Winter. Jane Doe"): a caption with its credit, no credit alone
# (an initial's stop, "J. Doe", is none).
_SENTENCE_END = re.compile(r"\w{3,}[.!?…]\s")
# Class words that say an element's state or a variant, not its part of a template.
_STATE_PREFIXES = ("is-", "has-", "js-", "lazy", "loaded", "active", "visible", "hidden")


@dataclass(frozen=True)
class _Entry:
    """A short text at a place of a picture's block."""

    block: int
    place: tuple[str, ...]
    text: str
    element: HtmlElement


def _classes(el: HtmlElement) -> str:
    """An element's class words as a template reads them: without numbers, state or modifier words."""
    words = sorted({w for w in (el.get("class") or "").lower().split()
                    if not any(ch.isdigit() for ch in w) and "--" not in w and not w.startswith(_STATE_PREFIXES)})
    return ".".join(words)


def _step(el: HtmlElement) -> str:
    """One element's part of a place: its tag and classes, or, with no class, its index among its siblings of
    the same tag."""
    classes = _classes(el)
    if classes:
        return f"{el.tag}.{classes}"
    parent = el.getparent()
    index = 1
    if parent is not None:
        for sib in parent.iterchildren(el.tag):
            if sib is el:
                break
            index += 1
    return f"{el.tag}:{index}"


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().translate(_MARKS).split())


def _holders(root: HtmlElement) -> tuple[dict[HtmlElement, None], list[HtmlElement]]:
    """The elements holding a picture (every ancestor of one, up to the body), and the candidate blocks
    (those at most :data:`_ANCHOR_UP` levels above a picture), in page order."""
    holders: dict[HtmlElement, None] = {}
    blocks: dict[HtmlElement, None] = {}
    for pic in root.iter(*_PICTURE_TAGS):
        for depth, a in enumerate(pic.iterancestors()):
            if a.tag in ("body", "html"):
                break
            if depth < _ANCHOR_UP:
                blocks.setdefault(a, None)
            if a in holders:
                if depth >= _ANCHOR_UP:
                    break
                continue
            holders[a] = None
    return holders, list(blocks)


def places(tree: HtmlElement) -> list[_Entry]:
    """Every short text at a place of a picture's block, in page order (the tree is only read)."""
    body = tree.find(".//body") if tree.tag != "body" else tree
    root = body if body is not None else tree
    holders, blocks = _holders(root)
    out: list[_Entry] = []
    for n, block in enumerate(blocks):
        if len(_text(block)) > _BLOCK_TEXT:
            continue
        head = f"{block.tag}.{_classes(block)}"
        stack: list[tuple[HtmlElement, tuple[str, ...], int]] = [(c, (head,), 1) for c in reversed(list(block))]
        while stack:
            el, path, depth = stack.pop()
            if not isinstance(el.tag, str) or el in holders or el.tag in _PICTURE_TAGS:
                continue  # another picture's block (or the picture itself) has places of its own
            place = (*path, _step(el))
            text = _text(el)
            if 2 <= len(text) <= _MAX_TEXT:
                out.append(_Entry(n, place, text, el))
            if depth < _DOWN:
                stack.extend((c, place, depth + 1) for c in reversed(list(el)))
    return out


def _holds(entry: str, credit: str) -> bool:
    """Whether an element's text is a reported credit's: the same, or one inside the other with at most
    :data:`_SLACK` characters more (a marker, brackets)."""
    a, b = entry.casefold(), credit.casefold()
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 3 and short in long and len(long) - len(short) <= _SLACK


def _set_apart(entry: _Entry, block: HtmlElement | None) -> bool:
    """Whether an element is no picture's credit of this page: in a link, a menu, a sidebar, a footer or a
    comment (:func:`~archiver.extract.notice_bare_credits._in_furniture`), or its block another page's teaser."""
    if entry.element.tag == "a" or _in_furniture(entry.element):
        return True
    return block is not None and _teaser(block)


def template_credits(tree: HtmlElement, notices: Sequence[Notice], lines: Iterable[str],
                     site: frozenset[str] = frozenset()) -> list[str]:
    """The credits the page's template adds to the reported ``notices``: the texts at the places of other
    pictures' blocks where a reported credit stands, shaped like a credit, visible (in ``lines``) and
    not reported already; [] when none or more than :data:`_MOST`."""
    credits = [n.text for n in notices if n.kind == "image_credit"]
    if not credits:
        return []
    entries = places(tree)
    seeds = {(e.place, e.block) for e in entries if any(_holds(e.text, c) for c in credits)}
    if not seeds:
        return []
    wanted = {place for place, _ in seeds}
    visible = "\n".join(lines)
    said = [c.casefold() for c in credits]
    out: list[str] = []
    for e in entries:
        if e.place not in wanted or (e.place, e.block) in seeds or e.text in out:
            continue
        if any(e.text.casefold() in s for s in said) or e.text not in visible or _SENTENCE_END.search(e.text):
            continue
        if not bare_name(e.text, site):
            continue
        if _set_apart(e, _block_element(e)):
            continue
        out.append(e.text)
    return out if len(out) <= _MOST else []


def _block_element(entry: _Entry) -> HtmlElement | None:
    """The block an entry's place is read from: its element's ancestor as many levels up as the place has
    steps below the block."""
    up = len(entry.place) - 1
    node: HtmlElement | None = entry.element
    for _ in range(up):
        node = node.getparent() if node is not None else None
    return node
