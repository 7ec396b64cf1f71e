"""Picture credits a page repeats, with no seed: a prototype, read by bench/repeat_credits.py (issue 15,
round 47), not part of the extractor.

The idea tested (round 46 ended on it): a page credits its pictures at one place of each picture's block,
so when two or more pictures' blocks each hold, at the same place (:mod:`template_places`' signature: the
block's tag and classes, then each element's on the way down), a short text shaped like a credit, and that
place holds nothing else on any block of the page, those texts are credits, whatever their words and
whether or not the detector reported any credit of the page. No marker word and no credit class is asked.

The rule was fixed before the blind first runs' misses were looked at one by one (only round 46's summary of
the five all-missed pages' forms was known). Its refusals, each from general evidence:

- shape: every text at the place, on every block of the page that has one, is a bare credit's
  (:func:`~archiver.extract.notice_bare_credits.bare_name`: names, an agency list, a domain; no digit, no
  sentence, no label or button word, not the site's name) or an account's handle ("@janedoe"); one text
  there that is a sentence, a date or a counter makes the place a caption's, not a credit's;
- repetition: at least :data:`_LEAST` blocks hold such a text there, and the texts are not all the same (one
  word repeated under every picture is a button's or a label's);
- not the caption itself: the block holds other text beside it (a caption of :data:`_CAPTION_WORDS` words or
  more elsewhere in the block); a picture whose only text is a name is a portrait's caption;
- not a teaser, a menu, a sidebar, a footer, a comment or a link (the bare credits' refusals), visible, not
  a sentence, not a text equal to one of the page's authors (a byline), not reported already;
- a page whose places would add more than :data:`_MOST` is a gallery's or a list's: none.

Measured (bench/labels/README.md, "Seedless repetition (round 47)"): on the blind first runs of dev19 and
dev20 it recovers 7 of their 30 missed credits (on 2 pages, all in elements already classed as credits) and
adds 9 wrong reports (3 pages); on dev2-dev20 with extractor 45, in sample, 1 of 38 and 54 wrong (14
pages: staff cards, tabs, category tiles, a wiki's item table). The refusals added after that (``strict``,
post hoc) leave 7 / 0 and 1 / 34. So it was not put into ``archiver/``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lxml.html import HtmlElement
from template_places import (
    _BLOCK_TEXT,
    _DOWN,
    _PICTURE_TAGS,
    _classes,
    _holders,
    _holds,
    _step,
    _text,
)

from archiver.extract.notice_bare_credits import _in_furniture, _teaser, bare_name

#: The fewest pictures' blocks that must hold a credit-shaped text at one place.
_LEAST = 2
#: The most credits the repetition may add to a page: more are a gallery's or a list's names.
_MOST = 12
#: The words a block must hold beside the credit's text (its caption) for the text not to be the caption.
_CAPTION_WORDS = 3
#: The longest text read as a credit at a place.
_MAX_TEXT = 80
_HANDLE = re.compile(r"^@[\w.]{2,30}$")
_SENTENCE_END = re.compile(r"\w{3,}[.!?…]\s")
_WORDS = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Entry:
    """A text at a place of a picture's block (any length: a long one tells the place is a caption's)."""

    block: int
    place: tuple[str, ...]
    text: str
    element: HtmlElement
    block_text: str


def entries(tree: HtmlElement) -> list[Entry]:
    """Every text at a place of a picture's block, in page order (the tree is only read)."""
    body = tree.find(".//body") if tree.tag != "body" else tree
    root = body if body is not None else tree
    holders, blocks = _holders(root)
    out: list[Entry] = []
    for n, block in enumerate(blocks):
        whole = _text(block)
        if len(whole) > _BLOCK_TEXT:
            continue
        head = f"{block.tag}.{_classes(block)}"
        stack: list[tuple[HtmlElement, tuple[str, ...], int]] = [(c, (head,), 1) for c in reversed(list(block))]
        while stack:
            el, path, depth = stack.pop()
            if not isinstance(el.tag, str) or el in holders or el.tag in _PICTURE_TAGS:
                continue
            place = (*path, _step(el))
            text = _text(el)
            if len(text) >= 2:
                out.append(Entry(n, place, text, el, whole))
            if depth < _DOWN:
                stack.extend((c, place, depth + 1) for c in reversed(list(el)))
    return out


def _shaped(text: str, site: frozenset[str]) -> bool:
    return len(text) <= _MAX_TEXT and not _SENTENCE_END.search(text) and (
        bool(_HANDLE.match(text)) or bare_name(text, site))


def _captioned(e: Entry) -> bool:
    """Whether the block holds a caption beside the text: enough words outside it."""
    rest = e.block_text.replace(e.text, " ", 1)
    return len(_WORDS.findall(rest)) >= _CAPTION_WORDS


def _block_of(e: Entry) -> HtmlElement | None:
    node: HtmlElement | None = e.element
    for _ in range(len(e.place) - 1):
        node = node.getparent() if node is not None else None
    return node


def _author(text: str, authors: Iterable[str]) -> bool:
    t = text.casefold()
    for a in authors:
        a = a.casefold().strip()
        if a and (a == t or (len(a.split()) >= 2 and a in t)):
            return True
    return False


def repeated_credits(tree_entries: Sequence[Entry], lines: Iterable[str], site: frozenset[str] = frozenset(),
                     reported: Sequence[str] = (), authors: Sequence[str] = (), strict: bool = False,
                     credit_class: bool = False) -> list[str]:
    """The credits the page's repetition adds to ``reported``: see the module's docstring. ``strict`` adds
    the refusals chosen after the first estimate (post hoc: :func:`_strict_refused`); ``credit_class`` keeps
    only places whose element or an element above it within the block is classed as a credit (post hoc too:
    every blind recovery stood in one)."""
    by_place: dict[tuple[str, ...], list[Entry]] = {}
    for e in tree_entries:
        by_place.setdefault(e.place, []).append(e)
    visible = "\n".join(lines)
    said = [r.casefold() for r in reported]
    out: list[str] = []
    for group in by_place.values():
        if len({e.block for e in group}) < _LEAST:
            continue
        if not all(_shaped(e.text, site) for e in group):
            continue  # the place holds a caption's sentence (or a date, a counter) on some block
        kept = [e for e in group if _captioned(e) and e.text in visible and e.element.tag != "a"
                and not _in_furniture(e.element) and not _author(e.text, authors)]
        kept = [e for e in kept if not _teaser_block(e)]
        if strict:
            kept = [e for e in kept if not _strict_refused(e)]
        if credit_class:
            kept = [e for e in kept if _credit_classed(e)]
        if len({e.block for e in kept}) < _LEAST or len({e.text for e in kept}) < 2:
            continue
        for e in kept:
            if e.text in out or any(_holds(e.text, s) or e.text.casefold() in s for s in said):
                continue
            out.append(e.text)
    return out if len(out) <= _MOST else []


def _teaser_block(e: Entry) -> bool:
    block = _block_of(e)
    return block is not None and _teaser(block)


# --- the refusals added after the first estimate (round 47, post hoc: chosen from the wrong reports of
# R1 on dev19's blind first run and on dev2-dev20, so their effect there is no estimate of a fresh page's)

#: Elements a credit never sits in: headings and a card's header, buttons, form labels, tabs' and menus' parts.
_NOT_CREDIT_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "header", "button", "label", "nav", "menu", "th"})
#: The words a block must hold beside the credit's text for its caption to be a sentence's.
_SENTENCE_WORDS = 5
#: The most text of an ``<article>`` that is another page's card, not the page's article.
_CARD_TEXT = 600


def _strict_refused(e: Entry) -> bool:
    """A text refused by the post hoc guards: it sits in a heading, a header, a button, a label, a
    navigation or a table's heading (within its block); it is its picture's alt text (the subject's name, a
    portrait's caption); the block holds fewer than :data:`_SENTENCE_WORDS` words beside it (no caption's
    sentence); or the block sits in a short ``<article>`` (another page's card)."""
    block = _block_of(e)
    node: HtmlElement | None = e.element
    while node is not None and node is not block:
        if node.tag in _NOT_CREDIT_TAGS:
            return True
        node = node.getparent()
    if block is not None:
        alts = {" ".join((img.get("alt") or "").split()).casefold() for img in block.iter("img")}
        if e.text.casefold() in alts:
            return True
        card = next(block.iterancestors("article"), None)
        if card is not None and len(_text(card)) <= _CARD_TEXT:
            return True
    rest = e.block_text.replace(e.text, " ", 1)
    return len(_WORDS.findall(rest)) < _SENTENCE_WORDS


def _credit_classed(e: Entry) -> bool:
    """Whether the text's element, or one above it within its block, is classed or named as a credit (as the
    visible lines read a class: :data:`archiver.extract.page_lines.CTX_CREDIT`)."""
    from archiver.extract.page_lines import CTX_CREDIT, _name_bits
    block = _block_of(e)
    node: HtmlElement | None = e.element
    while node is not None and node is not block:
        if (_name_bits(node.get("class") or "") | _name_bits(node.get("id") or "")) & CTX_CREDIT:
            return True
        node = node.getparent()
    return False
