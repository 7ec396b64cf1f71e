"""Page notices, a picture's credit read from its caption's structure, not its words: the short classed ``<span>``
that closes a caption block after the caption's own words ("<figcaption>Students march in Managua.
<span class="firma">Jane Doe</span></figcaption>").

Why a module of its own: every round before issue 15's capcred60 added the credit forms its blind set showed (a
marker word, an agency, a library), and the next set brought new ones (``bench/labels/README.md``, gen58). A
caption's last element, set apart by the page's own markup after the caption's sentence, is the credit's place in
any language; whether its text is shaped like names is judged where every bare credit is
(:func:`archiver.extract.notice_bare_credits.bare_name`, by the detector), and its picture, teaser and furniture
guards are those of :func:`~archiver.extract.notice_bare_credits.dom_credits`, which calls :func:`closing_spans`.

Measured before it was written (``bench/caption_structure_credits.py``; ``bench/labels/README.md``, capcred60): of
the structural forms tried (a caption's last child element by tag, its line after ``<br>``, a ``<cite>`` in a
``<figcaption>``, its last segment after " | ", " / ", " — " or "©"), only the classed ``<span>`` reached five
first-run misses of the tuning sets (blind8-14) for one wrong proposal; on the dev sets it proposed 118 credit
labels against 6 other texts. The other elements (a ``<div>``, ``<p>``, ``<strong>`` closing a caption) proposed a
caption's subject or second sentence as often as a credit, and the separators a location or a date line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree
from lxml.html import HtmlElement

from archiver.core import lazy_re

#: The longest text read as a caption's closing credit (a few names, an agency list), as a bare credit's.
MAX_TEXT = 80
#: The fewest characters of the caption's own words before its closing element: the caption says something first
#: ("<figcaption><span class=credit>Jane Doe</span><span class=caption>Example Band</span>" is a credit and a
#: subject, which this reader cannot tell apart).
MIN_BEFORE = 15
# A caption block: a figure's caption, or an element the page classes as one ("wp-caption-text", "photo__caption",
# "cutline", "legend", "Bildunterschrift", "didascalia").
_CAPTION_CLASS = lazy_re.compile(r"caption|cutline|legend|bildunterschrift|didascalia", re.IGNORECASE)
_NOT_BLOCKS = frozenset({"html", "body", "figure", "img", "picture"})
#: The elements that may be caption blocks, in page order (the tree's own too, as ``iter`` gives them): figcaptions and
#: classed elements, found in C. Why: walking every element in Python to read its class cost ~0.2 ms of each
#: extraction of the batch bench's page, whose 318 elements have 87 classes (issue 13); an element with no class that
#: is no figcaption was skipped there anyway.
_MAY_BE_BLOCKS = etree.XPath("descendant-or-self::figcaption|descendant-or-self::*[@class]")


def caption_blocks(tree: HtmlElement) -> Iterator[HtmlElement]:
    """The page's caption blocks, outermost only, in page order: each ``<figcaption>`` and each element classed as a
    caption (:data:`_CAPTION_CLASS`) that no other such block holds; none inside a quotation's figure
    (:func:`in_quotation_figure`)."""
    seen: set[HtmlElement] = set()
    for el in _MAY_BE_BLOCKS(tree):
        tag = el.tag
        if not isinstance(tag, str) or tag in _NOT_BLOCKS:
            continue
        if tag != "figcaption" and not _CAPTION_CLASS.search(el.get("class") or ""):
            continue
        if any(a in seen for a in el.iterancestors()):
            continue  # a caption's inner element classed as one ("wp-caption-text" in a figcaption)
        seen.add(el)
        if not in_quotation_figure(el):
            yield el


def in_quotation_figure(el: HtmlElement) -> bool:
    """Whether ``el`` sits in a ``<figure>`` that holds a ``<blockquote>``: HTML's markup of a quotation with its
    attribution ("<figure><blockquote>...</blockquote><figcaption>Jane Doe <span class=title>Example Washing</span>
    </figcaption></figure>"), whose caption names who said it, no picture's credit, even beside the speaker's
    portrait (notices-blind26's first run: a testimonial's company names read as three picture credits)."""
    figure = el if el.tag == "figure" else next(el.iterancestors("figure"), None)
    return figure is not None and figure.find(".//blockquote") is not None


def closing_spans(tree: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """(caption block, text) for each caption block of the page (:func:`caption_blocks`) whose last child element is
    a classed ``<span>`` with nothing after it, at most :data:`MAX_TEXT` characters, after at least
    :data:`MIN_BEFORE` characters of the caption's own words; whitespace collapsed."""
    for el in caption_blocks(tree):
        text = closing_span(el)
        if text:
            yield el, text


def closing_span(block: HtmlElement) -> str | None:
    """The text of ``block``'s closing classed ``<span>`` (see :func:`closing_spans`), or None."""
    kids = [k for k in block if isinstance(k.tag, str)]
    if not kids:
        return None
    last = kids[-1]
    if last.tag != "span" or not (last.get("class") or "").strip() or (last.tail or "").strip():
        return None
    text = " ".join(last.text_content().split())
    if not text or len(text) > MAX_TEXT:
        return None
    whole = " ".join(block.text_content().split())
    return text if len(whole) - len(text) >= MIN_BEFORE else None
