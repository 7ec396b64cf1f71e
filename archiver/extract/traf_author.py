"""trafilatura's author guess (``trafilatura.metadata.extract_author``), in one walk of the tree.

Why: trafilatura finds the author with five XPath expressions, four of them calling EXSLT
``re:test`` (which lxml answers with a Python callback per element), on a deep copy of the page
pruned of comment, date and figure blocks: 1.3 ms of the 20 KB benchmark page, the dearest
single step of its metadata. The same rules, read here from each element's tag and attributes
in one pass over the tree (no copy), give the same answer in a tenth of that.

The result is trafilatura's exactly (tests/test_extract_speed.py holds it to ``extract_author``
on every page the tests ship and on the forms below). Where pruning would change what the
rules see (a ``<rel>`` element, or a discarded block inside the element that would be chosen,
whose removal joins the text around it) this hands the page to trafilatura's own function.
The rules are those of trafilatura 2.x (``xpaths.AUTHOR_XPATHS`` and ``AUTHOR_DISCARD_XPATHS``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from lxml.html import HtmlElement
from trafilatura import metadata as traf_meta
from trafilatura.json_metadata import normalize_authors
from trafilatura.utils import trim

_AUTHOR_LIMIT = 120  # extract_author's len_limit

# AUTHOR_DISCARD_XPATHS[0]: a/div/section/span below the root with these ids or classes.
_DISCARD_TAGS = frozenset({"a", "div", "section", "span"})
_DISCARD_ID = re.compile(r"^comments|comment-?list|ProductReviews")
_DISCARD_CLASS = re.compile(r"^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
                            r"article-(?:share|support)|print|category|meta-date|meta-reviewer")
# AUTHOR_DISCARD_XPATHS[1]: //time|//figure.
_DISCARD_ALWAYS = frozenset({"time", "figure"})

_TAGS_0 = frozenset({"a", "address", "div", "link", "p", "span", "strong"})
_CLASS_0 = re.compile(r"author-?name|AuthorName|authorName")
_TAGS_1 = frozenset({"a", "div", "h3", "h4", "p", "span"})
_ID_1 = re.compile(r"author|zuozhe|bianji|xiaobian")
_CLASS_1 = re.compile(r"author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
_ID_2 = re.compile(r"[Aa]uthor")
_CLASS_2 = re.compile(r"[Aa]uthor|screenname|writer|[Bb]yline")


def _rule_0(el: HtmlElement, tag: str, cls: str, ident: str) -> bool:
    """AUTHOR_XPATHS[0] (its ``rel='me'`` child test is left to trafilatura, see _author)."""
    if tag == "author":
        return True
    if tag not in _TAGS_0:
        return False
    return (el.get("rel") == "author" or ident == "author" or cls == "author"
            or el.get("itemprop") == "author name" or el.get("data-testid") in ("AuthorCard", "AuthorURL")
            or _CLASS_0.search(cls) is not None)


def _rule_1(el: HtmlElement, tag: str, cls: str, ident: str) -> bool:
    """AUTHOR_XPATHS[1]."""
    if tag not in _TAGS_1:
        return False
    return (cls in ("byline", "username", "byl", "BBL") or "author" in (el.get("itemprop") or "")
            or _ID_1.search(ident) is not None or _CLASS_1.search(cls) is not None)


def _rule_2(el: HtmlElement, tag: str, cls: str, ident: str) -> bool:
    """AUTHOR_XPATHS[2], the last resort: any element."""
    return ("Byline" in (el.get("data-component") or "") or "author" in (el.get("itemprop") or "")
            or _ID_2.search(ident) is not None or _CLASS_2.search(cls) is not None)


_RULES: tuple[Callable[[HtmlElement, str, str, str], bool], ...] = (_rule_0, _rule_1, _rule_2)


def _discarded(el: HtmlElement, tag: str, cls: str, ident: str, is_root: bool) -> bool:
    if tag in _DISCARD_ALWAYS:
        return True
    if is_root or tag not in _DISCARD_TAGS:
        return False
    return (ident == "comments" or cls in ("comments", "title", "date") or _DISCARD_ID.search(ident) is not None
            or _DISCARD_CLASS.search(cls) is not None or "Figure" in (el.get("data-component") or ""))


#: Elements that matter without any attribute: the ``//author`` of rule 0, the ``//time|//figure``
#: that are pruned, and the ``<rel>`` that sends the page to trafilatura.
_BARE_TAGS = frozenset({"author", "rel"}) | _DISCARD_ALWAYS
#: The attributes the rules read: an element with none of them (a plain link) is passed over.
_READ = frozenset({"class", "id", "rel", "itemprop", "data-testid", "data-component"})


class _Decided(NamedTuple):
    """The answer of the first element of rule 0 that gives one (:func:`_walk` with ``early``): its text
    as trafilatura reads it, or None where trafilatura's own function must answer."""

    content: str | None
    element: HtmlElement


def _walk(tree: HtmlElement, early: bool = False) -> tuple[list[list[HtmlElement]], set[HtmlElement]] | _Decided | None:
    """Per rule, the elements it selects on the pruned tree (document order), and the pruned
    elements with everything inside them; None for a page with a ``<rel>`` element (rule 0's
    ``rel='me'`` reads its text: trafilatura's own function answers).

    With ``early`` (for a page without a ``<rel>`` element), the walk stops at the first element of
    rule 0 that decides the answer (:func:`_author` reads rule 0's elements first, in page order: the
    first whose text is a name's length, or holds a pruned block, is the answer), read as
    :func:`_own_content` reads it. Why: the walk read every element of the page though the byline most
    often stands near its top (~0.1 ms of the batch page, issue 13).

    An element with none of the attributes the rules read is passed over at the cost of one
    call (most are), and nothing asks an element for its parent."""
    matched: list[list[HtmlElement]] = [[], [], []]
    gone: set[HtmlElement] = set()  # discarded, or inside a discarded element
    for el in tree.iter():
        tag = el.tag
        if not isinstance(tag, str) or (_READ.isdisjoint(el.keys()) and tag not in _BARE_TAGS) or el in gone:
            continue
        if tag == "rel":
            return None
        cls = el.get("class") or ""
        ident = el.get("id") or ""
        if _discarded(el, tag, cls, ident, el is tree):
            gone.update(el.iter())
            continue
        for i, rule in enumerate(_RULES):
            if rule(el, tag, cls, ident):
                matched[i].append(el)
                if early and i == 0:
                    content = _own_content(el)
                    if content is None or 2 < len(content) < _AUTHOR_LIMIT:
                        return _Decided(content, el)
    return matched, gone


def _own_content(el: HtmlElement) -> str | None:
    """:func:`_content` of an element the walk has not passed the end of: a pruned block inside it is a
    descendant :func:`_discarded` says so of (an element holding one would be pruned itself; none of
    its ancestors is, or the element would not have been read), so its ``gone`` part is read off its
    own descendants."""
    for d in el.iterdescendants():
        tag = d.tag
        if isinstance(tag, str) and _discarded(d, tag, d.get("class") or "", d.get("id") or "", False):
            return None
    return str(trim(" ".join(el.itertext())))


def _content(el: HtmlElement, gone: set[HtmlElement]) -> str | None:
    """The element's text as trafilatura reads it, or None when a pruned block sits inside it
    (pruning joins the text around the block, which only trafilatura's own copy shows)."""
    if gone and any(d in gone for d in el.iterdescendants()):
        return None
    return str(trim(" ".join(el.itertext())))


def _author(tree: HtmlElement) -> tuple[bool, str | None, HtmlElement | None]:
    """(True, the author or None, the element it was read from or None), or (False, None, None) where
    trafilatura's own function must answer."""
    # (a <rel> anywhere: the whole walk says whether it is read, and so whether trafilatura answers)
    walked = _walk(tree, early=next(tree.iter("rel"), None) is None)
    if walked is None:
        return False, None, None
    if isinstance(walked, _Decided):
        if walked.content is None:
            return False, None, None
        return True, normalize_authors(None, walked.content), walked.element
    matched, gone = walked
    for elements in matched:
        for el in elements:
            content = _content(el, gone)
            if content is None:
                return False, None, None
            if content and 2 < len(content) < _AUTHOR_LIMIT:
                author: str | None = normalize_authors(None, content)
                return True, author, el
    return True, None, None


def extract_author(tree: HtmlElement) -> str | None:
    """What ``trafilatura.metadata.extract_author(tree)`` returns, without copying the tree."""
    return author_and_element(tree)[0]


def author_and_element(tree: HtmlElement) -> tuple[str | None, HtmlElement | None]:
    """:func:`extract_author`'s answer and the element it read it from (None where trafilatura's own
    function answered, for a page it must read itself, or where there is no author)."""
    decided, author, el = _author(tree)
    if not decided:
        return traf_meta.extract_author(tree), None
    return author, el
