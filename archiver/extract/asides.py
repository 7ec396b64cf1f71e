"""The page's reader comments, reply form and related-story boxes: containers whose dates are not the article's.

htmldate reads the whole page for a date; on a page that does not state its own, a reader's
comment ("March 1, 2023 at 4:12 pm") or a related story's teaser date became the article's.
:func:`archiver.extract.text.page_date` takes these containers out of the tree for htmldate's
call. They are found by their class and id words (WordPress's "comments-area", "commentlist",
"respond", Jetpack's "jp-relatedposts", "related-articles", "more-stories"), never the page's body
or article nor an element that holds the ``<h1>``.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from archiver.core import lazy_re

#: class or id words of the containers whose dates are not the article's: comments, the reply
#: form, related and recommended stories ("comments-area", "commentlist", "jp-relatedposts").
_ASIDE_WORD = lazy_re.compile(
    r"(?:[a-z0-9]+[-_])*(?:comments?|commentlist|respond|related|recommended|recommendations|more-?stories)"
    r"(?:[-_]?(?:list|area|section|container|wrapper|block|posts?|articles?|stories|content|links|news|items?))?",
    re.IGNORECASE)
#: the page's class and id values (each one's element is its parent): the attribute axis finds them
#: in half the time a test of every element's attributes takes (see head._ITEMPROPS)
_NAMES = etree.XPath("//@class|//@id")
#: what a value must hold to name such a container (any :data:`_ASIDE_WORD` does), case as written: asked
#: in Python, not as the XPath's ``contains()`` tests, which made each value's string five times (twice
#: the scan itself on the batch bench's page, issue 13)
_MAY_NAME = lazy_re.compile("omment|espond|elated|ecommend|tories")
_NEVER_ASIDE = frozenset({"html", "body", "article", "main"})


def asides(tree: HtmlElement) -> list[HtmlElement]:
    """The outermost comment, reply-form and related-story containers of the page: an element one
    of whose class or id words is :data:`_ASIDE_WORD`, that is not the page's body or article and
    holds no ``<h1>`` (a body class "comments-open" marks the whole page)."""
    found: list[HtmlElement] = []
    taken: set[HtmlElement] = set()
    holders: set[HtmlElement] | None = None  # the elements that hold an <h1>, found once asked
    for value in _NAMES(tree):
        if _MAY_NAME.search(value) is None or not any(_ASIDE_WORD.fullmatch(w) for w in value.split()):
            continue
        el = value.getparent()
        if el is None or not isinstance(el.tag, str) or el.tag in _NEVER_ASIDE or el in taken:
            continue
        if holders is None:
            holders = {a for h1 in _H1S(tree) for a in h1.iterancestors()}
        if el in holders or any(a in taken for a in el.iterancestors()):
            continue
        found.append(el)
        taken.add(el)
    return found


_H1S = etree.XPath("//h1")
