"""Page notices: the page's headings, which title what follows them and credit nobody.

Why: the visible lines the notice detector reads carry no tag (a heading is a line like any other), and two
readings went wrong for want of it (notices-left47): a section's kicker set over a title ("Photography" /
"Erwin Olaf: I Am", blind13's Vogue Italia) was joined to it as a picture label over the names it credits, and
a gallery's title in a heading ("Photos: Earthquake shakes the northeastern U.S.", dev17) was read as a credit,
as it is not when the same words are a link (:func:`archiver.extract.notice_credits._gallery_link`). The
headings are read once from the tree before the visible lines consume it (cheap: a page has a few dozen), as the
detector's other DOM evidence is (:func:`archiver.extract.notice_credits.under_pictures`,
:func:`archiver.extract.notice_bare_credits.dom_credits`).
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

#: A heading: HTML's six levels, and an element its ARIA role declares one (``<div role="heading">``).
_HEADINGS = etree.XPath("//h1|//h2|//h3|//h4|//h5|//h6|//*[@role='heading']")
#: The longest heading kept (a title, not a paragraph some page set in a heading element).
_MAX_HEADING = 200


def heading_key(text: str) -> str:
    """A heading's text as :func:`heading_texts` keeps it and a visible line is compared with it: whitespace
    collapsed, case folded."""
    return " ".join(text.split()).casefold()


def heading_texts(tree: HtmlElement) -> frozenset[str]:
    """The texts of the page's headings (:func:`heading_key` of each), up to :data:`_MAX_HEADING` characters."""
    out: set[str] = set()
    for el in _HEADINGS(tree):
        text = heading_key(el.text_content())
        if 0 < len(text) <= _MAX_HEADING:
            out.add(text)
    return frozenset(out)
