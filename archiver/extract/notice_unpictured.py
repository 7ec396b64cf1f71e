"""Page notices: the captions that caption no picture (a table's, an embedded post's or quotation's figure).

Why: a source's address alone in a caption ("Source: https://...") is read as the picture's source
(:data:`archiver.extract.notices._SOURCE_URL`, notices-left47), and the line's DOM context says only "a caption":
a ``<figure>`` or a ``<caption>`` sets it, whatever they hold. Under a table ("Source: https://www.destatis.de/...")
or an embedded tweet ("Source: https://twitter.com/...") the same line names where the figures or the words came
from: no picture is credited (rvn47). Read from the tree before the visible lines consume it, as the detector's other
DOM evidence is; cheap: the walk is by tag (C), and a page has a few captions.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from archiver.extract.notice_headings import heading_key
from archiver.extract.page_lines import caption_classed

#: What a figure may show that a credit credits: a picture, a drawing, a video or an embedded frame.
_PICTURED = ("img", "picture", "svg", "video", "canvas", "iframe", "object", "embed", "amp-img")


def unpictured_captions(tree: HtmlElement) -> frozenset[str]:
    """The texts (:func:`~archiver.extract.notice_headings.heading_key`) of the page's table captions (a ``<caption>``,
    or an element classed as a caption right after its table: :func:`_table_captions`), and of its ``<figcaption>``
    elements whose ``<figure>`` shows no picture (:data:`_PICTURED`)."""
    out: set[str] = set(_table_captions(tree))
    for el in tree.iter("caption", "figcaption"):
        if el.tag == "figcaption":
            # its figure, though a box of the page's layout stands between ("<figure><div><img></div><div
            # class=container><figcaption>", dev12's Hawaii News Now); a figcaption outside any figure, its parent
            figure = next(el.iterancestors("figure"), None)
            figure = el.getparent() if figure is None else figure
            if figure is None or _shows_picture(figure):
                continue
        text = heading_key(el.text_content())
        if text:
            out.add(text)
    return frozenset(out)


#: The attributes of an element a script fills with its picture (a lazy loader's box, a background set by a script).
_LAZY_ATTRS = ("data-src", "data-srcset", "data-bg", "data-background", "data-background-image", "data-lazy",
               "data-original", "data-image")


def _shows_picture(figure: HtmlElement) -> bool:
    """Whether ``figure`` shows a picture: an element of :data:`_PICTURED`, or a box a lazy loader or a stylesheet
    draws one in (:data:`_LAZY_ATTRS`, an inline ``background-image``). Review rvx49: a figure whose photo is a
    ``<div data-src=...>`` or a CSS background was read as showing none, and its "Source: Reuters" credit was dropped
    as a data source's (round noticeleft49's rule); it was a credit at extractor 99."""
    if next(figure.iter(*_PICTURED), None) is not None:
        return True
    for el in figure.iter():
        if not isinstance(el.tag, str):
            continue
        if any(attr in el.attrib for attr in _LAZY_ATTRS) or "url(" in (el.get("style") or ""):
            return True
    return False


def _table_captions(tree: HtmlElement) -> list[str]:
    """The texts of the elements classed as a caption ("caption", "wp-caption-text", "table-caption") that come right
    after a ``<table>`` (its next element sibling) and show no picture: a theme's caption under a table, which names
    where the figures came from as a ``<caption>`` does ("<table>...</table><div class=caption>Source: Eurostat</div>",
    noticeleft51); under a picture the same element is the picture's credit, and so it is under a table that holds the
    picture, a layout's box ("<table><tr><td><img></td></tr></table><div class=caption>Source: Reuters</div>", review
    rvn51: extractor 109 lost such credits; :func:`_layout_box`)."""
    out: list[str] = []
    for table in tree.iter("table"):
        if _layout_box(table):
            continue
        nxt = table.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is None or not caption_classed((nxt.get("class") or "").casefold()) or _shows_picture(nxt):
            continue
        text = heading_key(nxt.text_content())
        if text:
            out.append(text)
    return out


#: The most cells a table that lays out a picture holds (the picture's, a caption's, a spacer's); a table of figures
#: holds more, its flags or icons in cells no picture to credit.
_LAYOUT_CELLS = 3


def _layout_box(table: HtmlElement) -> bool:
    """Whether ``table`` lays out a picture (:func:`_shows_picture`, in :data:`_LAYOUT_CELLS` cells at most) rather
    than holding figures."""
    return sum(1 for _ in table.iter("td", "th")) <= _LAYOUT_CELLS and _shows_picture(table)
