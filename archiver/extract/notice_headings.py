"""Page notices: the page's headings and labelled links, which title what follows them and credit nobody.

Why: the visible lines the notice detector reads carry no tag (a heading is a line like any other), and two
readings went wrong for want of it (notices-left47): a section's kicker set over a title ("Photography" /
"Erwin Olaf: I Am", blind13's Vogue Italia) was joined to it as a picture label over the names it credits, and
a gallery's title in a heading ("Photos: Earthquake shakes the northeastern U.S.", dev17) was read as a credit,
as it is not when the same words are a link (:func:`archiver.extract.notice_credits._gallery_link`), and so was
a label before a link to the gallery ("<strong>PHOTOS: </strong><a>Earthquake Shakes the Northeastern U.S.</a>",
dev17's Time page: the line is not wholly a link, so the line's context says none). A bare picture label that is
also the text of one of the page's short links ("Photography" in the menu, a breadcrumb or a kicker's link) names a
section of the site, and over a byline it is that section's kicker, no credit's label (noticeleft49): those texts
are kept beside the headings, as :class:`PageHeadings`' ``sections`` (one set each: until noticeleft51 one set held
both, a section's name told by a control character before it). The headings are read once from the tree before the visible
lines consume it (cheap: a page has a few dozen), as the
detector's other DOM evidence is (:func:`archiver.extract.notice_credits.under_pictures`,
:func:`archiver.extract.notice_bare_credits.dom_credits`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lxml import etree
from lxml.html import HtmlElement

from archiver.core import lazy_re
from archiver.extract.heading_ad_marker import marker_alone
from archiver.extract.notice_credit_forms import MARKER_WIDTH

#: A heading: HTML's six levels (walked by tag: :meth:`~lxml.etree._Element.iter`), and an element its ARIA role
#: declares one (``<div role="heading">``, found from its attribute). Why not one XPath union ("//h1|...|//*[@role=
#: 'heading']"): it walks the tree seven times, 4.5 ms on a 410 KB page of 6,066 elements and 1,905 links (the shared
#: metadata set's most linked), where the tag walk and the attribute's take 0.4 and 0.7 (rvn47, load 8).
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_ROLE_HEADINGS = etree.XPath("//@role[.='heading']/..")
#: The longest heading kept (a title, not a paragraph some page set in a heading element).
_MAX_HEADING = 200


def heading_key(text: str) -> str:
    """A heading's text as :func:`heading_texts` keeps it and a visible line is compared with it: whitespace
    collapsed, case folded."""
    return " ".join(text.split()).casefold()


class PageHeadings(NamedTuple):
    """What :func:`heading_texts` reads: the page's headings (and labelled links to a gallery, titles as headings
    are), and the texts of its short links, a section's name ("Photography" in the menu), each as
    :func:`heading_key` gives it."""

    titles: frozenset[str] = frozenset()
    sections: frozenset[str] = frozenset()
    #: The page's ``<h1>`` headlines that are a bracketed advertising marker alone ("(Anzeige)"), outside menus,
    #: asides and footers: the page's own label (round credit57, review rvn55's left item).
    marker_headlines: frozenset[str] = frozenset()


def heading_texts(tree: HtmlElement) -> PageHeadings:
    """The texts of the page's headings (:func:`heading_key` of each), up to :data:`_MAX_HEADING` characters, and of
    the elements that hold a short label and then a link of four words or more (:func:`_labelled_links`); and apart,
    the texts of its links as short as a bare picture label (a section's name: "Photography", "Fotos"), but those the
    page also sets right after a picture (:func:`_after_pictures`)."""
    out: set[str] = set()
    for el in (*tree.iter(*_HEADING_TAGS), *_ROLE_HEADINGS(tree)):
        text = heading_key(el.text_content())
        if 0 < len(text) <= _MAX_HEADING:
            out.add(text)
    sections: set[str] = set()
    out.update(_labelled_links(tree, sections))
    if sections:
        sections -= _after_pictures(tree)
    marked = frozenset(heading_key(h.text_content()) for h in tree.iter("h1") if marker_alone(h.text_content())
                       and not any(a.tag in _NOT_HEADLINE_TAGS for a in h.iterancestors()))
    return PageHeadings(frozenset(out), frozenset(sections), marked)


#: Where an ``<h1>`` is no headline of the page's: a menu, an aside, a footer.
_NOT_HEADLINE_TAGS = frozenset({"nav", "aside", "footer", "menu"})


#: The most child elements a label's element holds ("<div><strong>Photography</strong></div>").
_LABEL_CHILDREN = 2


def _after_pictures(tree: HtmlElement) -> set[str]:
    """The short texts (:data:`_SECTION_CHARS`) of the elements that come right after a picture (a ``<figure>`` with no
    ``<figcaption>``, or an ``<img>``; its next element sibling): a label set there ("<figure><img></figure>
    <div>Photography</div><div><a>Jane Roe</a></div>") is the picture's credit label, though the menu links a section
    of that name (noticeleft51, review rvx49's left item: it was read as the section's kicker); not over a
    byline (:data:`BYLINE_OPENS`), where a hero picture's next line is the section's kicker."""
    out: set[str] = set()
    for el in tree.iter("figure", "img"):
        if el.tag == "figure" and next(el.iter("figcaption"), None) is not None:
            continue
        nxt = el.getnext()
        while nxt is not None and not isinstance(nxt.tag, str):
            nxt = nxt.getnext()
        if nxt is None or len(nxt) > _LABEL_CHILDREN:  # (a box of the layout, not a label: its text not asked)
            continue
        text = nxt.text_content()
        if not text or len(text) > _SECTION_CHARS:
            continue
        after = nxt.getnext()
        while after is not None and not isinstance(after.tag, str):
            after = after.getnext()
        if after is None or not BYLINE_OPENS.match(" ".join(after.text_content().split())):
            out.add(heading_key(text))  # (over a byline the label is the section's kicker still: "By <a>Jane Roe</a>")
    return out


#: A byline's opening word, capitalised, before a name ("By Jane Roe", "Von Anna Berg", "Par Jeanne Roux", "Por Juan
#: Pérez", "Di Mario Rossi"), or in lower case where the press sets it so (the Italian "di Mario Rossi", the English
#: "by Jane Roe": noticeleft54, a section's label over the Italian one was read as a picture's credit label): the
#: writer's credit, which a section's label may stand over. The name after it is capitalised.
BYLINE_OPENS = lazy_re.compile(r"^\W{0,2}(?-i:By|BY|by|Von|VON|Par|PAR|Por|POR|Di|DI|di)\s+(?-i:[A-ZÀ-ÖØ-Þ])",
                               re.IGNORECASE)


#: A link's text: a title has four words or more ("Earthquake Shakes the Northeastern U.S."), a photographer's
#: name fewer.
LINK_TITLE_WORDS = 4
#: The longest link text read as a section's name: a bare picture label's width
#: (:data:`~archiver.extract.notice_credit_forms.MARKER_WIDTH`, and three characters each side).
_SECTION_CHARS = MARKER_WIDTH + 6
#: What may stand before the link in its element: a label of a few words and its colon or bar ("PHOTOS:", "Fotos |").
_LABEL_BEFORE = 30


def _labelled_links(tree: HtmlElement, sections: set[str]) -> set[str]:
    """The short links' texts, added to ``sections`` (up to :data:`_SECTION_CHARS` characters); the texts of the
    elements that hold a label ("PHOTOS:", at most :data:`_LABEL_BEFORE` characters ending on a colon or a bar) and
    then, closing them, a link whose text is a title (:data:`LINK_TITLE_WORDS`): "<strong>PHOTOS:
    </strong><a href=...>Earthquake Shakes the Northeastern U.S.</a>" leads to a gallery and titles it, as a heading
    does (dev17's Time page). Cheap: the links are walked by tag (an ``//a[@href]`` XPath took 2.4 ms on the 410 KB page
    :data:`_ROLE_HEADINGS`'s comment names, the walk 0.9), and a link is asked for its parent's text only when no text follows
    it there and a short one comes before it."""
    out: set[str] = set()
    for a in tree.iter("a"):
        if a.get("href") is None:
            continue
        # (a link with no child element: its own text, cheaper than text_content(). The texts cost heading_texts 0.31
        # -> 0.43 ms a page on average over every tenth page of the shared metadata set, 143 pages, and 2.4 -> 4.7-8.5
        # ms on its most linked page, 2,215 links; min of 5 and 40 runs, load 11: noticeleft49)
        text = a.text_content() if len(a) else a.text
        if text and len(text) <= _SECTION_CHARS and not text.isspace():
            sections.add(" ".join(text.split()).casefold())  # (heading_key, inlined; asked of a bare label only)
        if a.getnext() is not None or (a.tail or "").strip():
            continue
        parent = a.getparent()
        if parent is None:
            continue
        # (the siblings before the link in page order: itersiblings(preceding=True) gives the nearest first)
        before = (parent.text or "") + "".join(reversed([sib.text_content() + (sib.tail or "")
                                                         for sib in a.itersiblings(preceding=True)]))
        label = before.strip()
        if not label or len(label) > _LABEL_BEFORE or label[-1] not in ":|：":
            continue
        title = a.text_content()
        if len(title.split()) >= LINK_TITLE_WORDS:
            out.add(heading_key(f"{before}{title}"))
    return out
