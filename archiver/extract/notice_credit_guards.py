"""Forms a credit reading takes that are no picture's credit, each told by the line's form or its place on the page:
asked by :func:`archiver.extract.notices.find_notices` of a line the credit rules read as a credit.

- an agency's name alone straight beside a date line: a story's source tag in a byline or a teaser list
  (:func:`source_tag`, blind sets dev12 and dev13), and the site's own name alone in its menu (:func:`own_agency`);
- a menu item's label and its lower-case blurb ("Photographers: beautiful websites", :func:`menu_blurb`), a picture
  word's colon inside a sentence before a determiner (:func:`sentence_colon`);
- a stock library's title-case heading ("Photo Tips on Unsplash", :func:`stock_heading`), a gallery's or a picture
  story's title after "Photos:" in a heading (:func:`gallery_heading`) or in a plain paragraph
  (:func:`titled_paragraph`).

Why a module of its own: :mod:`archiver.extract.notices` held them among the detector's pass (~1,410 lines); none
reads a cue or the model, each answers yes or no of one credit reading (session 63 moved them whole: every notices
set and the 1,185 benchmark pages unchanged).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archiver.core import lazy_re
from archiver.extract import notice_credit_forms
from archiver.extract.notice_credits import _AGENCY_ALONE, _gallery_link
from archiver.extract.notice_features import _DATE_WORDS, _F, _LETTER_WORD
from archiver.extract.notice_headings import heading_key
from archiver.extract.notice_stock_credits import stock_credit
from archiver.extract.page_lines import (
    CTX_CAPTION,
    CTX_CREDIT,
    CTX_ITALIC,
    CTX_LINK,
    CTX_NAV,
    CTX_SMALL,
)

#: Small print or italics: how a page sets a caption apart when it uses no caption element.
PRINT_APART = CTX_SMALL | CTX_ITALIC
#: The longest line read as a date beside a lone agency (:func:`source_tag`).
_DATE_LINE = 40
#: Words other than a date's a date line holds at most ("Updated March 16, 2020", "14/03/2020 13h41").
_DATE_LINE_WORDS = 2


# What makes a line a date: a year or a time of day ("2020", "05:46", "13h41"); a gallery's counter ("2/12")
# or a picture's number is none.
_DATE_MARK = lazy_re.compile(r"\b(19|20)\d{2}\b|\b\d{1,2}[:h]\d{2}\b")


def _date_line(line: str) -> bool:
    """Whether a line is a date or a time and little else ("March 16, 2020", "14/03/2020 13h41")."""
    if len(line) > _DATE_LINE or not _DATE_MARK.search(line):
        return False
    return sum(1 for w in _LETTER_WORD.findall(line) if w.casefold() not in _DATE_WORDS) <= _DATE_LINE_WORDS


_LIBRARY = lazy_re.compile(r"^\W{0,2}" + notice_credit_forms._PHOTO_LIBRARY + r"\b", _F)


#: A menu item's label and its blurb in lower case ("Photographers: beautiful websites", "Authors: captivating
#: websites": a site builder's menu of who it serves, notices-blind35): two to six lower-case words after the label, no
#: name's capital, digit, address or agency's sign in them.
_MENU_BLURB = lazy_re.compile(r"^\W{0,3}[^\W\d][\w' ]{0,28}[:：]\s+(?-i:[a-zß-ÿ][a-zß-ÿ'’-]*)(\s+(?-i:[a-zß-ÿ][a-zß-ÿ'’-]*)){1,5}\W{0,2}$")


def menu_blurb(line: str, ctx: int) -> bool:
    """Whether a credit read from a link in a menu (:data:`~archiver.extract.page_lines.CTX_NAV` and
    :data:`~archiver.extract.page_lines.CTX_LINK`) is a label and a lower-case blurb (:data:`_MENU_BLURB`): a menu item,
    no picture's credit, which names its maker."""
    return ctx & CTX_NAV != 0 and ctx & CTX_LINK != 0 and _MENU_BLURB.match(line.strip()) is not None


#: What a marker's colon opens inside a sentence, where it is the sentence's own colon: a determiner (":" then "the
#: neutral density filter"), no credit's names.
_DETERMINER_AFTER = lazy_re.compile(r"^[^:：]*[:：]\s+(the|a|an|this|these|that|those|our|your|my|its|their)\s", _F)


def sentence_colon(line: str, text: str) -> bool:
    """Whether a credit read from a picture word and its colon sits inside a sentence (a lower-case word just before
    it) and what follows the colon opens on a determiner ("... for creating great landscape photos: the neutral
    density filter.", notices-blind36's photography blog): the sentence's colon, no credit."""
    at = line.find(text)
    return at > 0 and bool(re.search(r"(?-i:[a-z])[,;]?\s+$", line[:at])) and bool(_DETERMINER_AFTER.match(text))


def own_agency(line: str, text: str, bits: int, site: frozenset[str]) -> bool:
    """Whether a credit that is an agency's name alone on its line, outside a caption or a credit element, is the site's
    own name or part of it ("Reuters" in the menus of legal.thomsonreuters.com, notices-blind35): the publisher's brand
    in its own menu, no picture's credit."""
    if not site or bits & (CTX_CAPTION | CTX_CREDIT) or text.strip() != line.strip():
        return False
    key = "".join(c for c in text.casefold() if c.isalnum())
    return len(key) >= 3 and any(key in own for own in site) and bool(_AGENCY_ALONE.match(text.strip()))



def source_tag(lines: Sequence[str], i: int, text: str) -> bool:
    """Whether a credit that is an agency alone on its line ("Reuters", "EFE") sits straight beside a
    line that is a date: a story's source tag in a byline (headline, agency, date) or in a list of other
    pages' teasers (excerpt, date, agency, headline), not a picture's credit, which sits beside its
    caption's sentence. (Blind sets dev12, dev13: five such tags reported as credits, on three sites.)"""
    # (the cheap tests first: the agencies' expression is compiled only for a credit beside a date line)
    if text.strip() != lines[i].strip() or not any(0 <= j < len(lines) and _date_line(lines[j]) for j in (i - 1, i + 1)):
        return False
    # a picture library ("freeimages", "Getty Images") is no story's source
    return bool(_AGENCY_ALONE.match(text.strip())) and not _LIBRARY.match(text.strip())



def stock_heading(line: str, headings: frozenset[str]) -> bool:
    """Whether a line read as a stock library's credit is one of the page's headings: a title in title case ("Photo
    Tips on Unsplash", "Fotos Gratis en Pexels", "Фото Москвы на Unsplash"), no photographer's credit (review rvn52)."""
    return bool(headings) and heading_key(line) in headings and stock_credit(line) is not None


def gallery_heading(line: str, text: str, headings: frozenset[str]) -> bool:
    """Whether a credit read from a line that is one of the page's headings, or a label and a link to a gallery
    (:func:`~archiver.extract.notice_headings.heading_texts`), is a gallery's or a picture story's title ("Photos:
    Earthquake shakes the northeastern U.S." in an ``<h2>``, or its words after "PHOTOS:" a link: dev17's Time page,
    notices-left47): a heading titles what
    follows as a link leads to it, so it is read as a link's "Marker: <words>" is (:func:`_gallery_link`: four
    words or more that read as a sentence, not as names; a thanks, a sign, an agency or a library keeps a credit)."""
    return heading_key(line) in headings and _gallery_link(line, 0, text, CTX_LINK)


#: What sets a line apart as a picture's caption or credit: there "Photos: <words>" is read as the credit it says it is.
_CREDIT_PLACE = CTX_CAPTION | CTX_CREDIT | PRINT_APART


def titled_paragraph(line: str, text: str, ctx: int) -> bool:
    """Whether a credit read from a plain paragraph (no caption, credit element, small print or italics) is "Photos:
    <words>" whose words are a title, not names ("<p>Photos: Earthquake shakes the northeastern U.S. as residents
    flee</p>": a gallery's or a picture story's headline, noticeleft48), read as a heading's or a link's words are
    (:func:`_gallery_link`: four words or more that read as a sentence; names, a thanks, an agency or a library keep a
    credit). Words before the marker on the line keep the credit too."""
    if ctx & _CREDIT_PLACE:
        return False
    start = line.find(text)
    return start >= 0 and _gallery_link(line, start, text, CTX_LINK)


