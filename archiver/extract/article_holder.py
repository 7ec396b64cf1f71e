"""Which elements hold the page's article, for :mod:`archiver.extract.page_lines` (issue 15).

A class or id read as reader comments or as an aside (``CTX_COMMENT``, ``CTX_ASIDE``) is taken
back from an element that holds the article itself: LessWrong wraps its whole post in a
"commentOnSelection" element, a Blogger theme classes its post body as an aside, and their
"Edit:" and "Update:" lines were then read as a reader's or a sidebar's. An element holds the
article when it holds the page's headline (an ``<h1>``-``<h3>`` whose words are the page's
``<title>``, a part of it between separators, or its ``og:title``) and at least a third of the
page's words, or, the title aside, an ``<h1>`` and more than half of the page's words (a page
whose head names no title, as LessWrong's copy). A real comment section's heading names the story
in other words ("30 thoughts on ...") or repeats the headline the article above it showed (a
headline's first showing counts, and the ``<h1>`` rule holds only on a page showing no titled
headline: review final42), and a sidebar holding the blog's name as a heading holds
less than a third of the page; both keep their bits. A headline the markup hides (``hidden``, an
inline ``display:none``) holds no article a reader sees: its containers keep theirs. ``<body>`` keeps
its bits (a theme's "et_right_sidebar" or "comments-open" body class: every line of the page shares
them, as the notice model was trained).
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from archiver.core import lazy_re

# "Blog name: Post title", "Post title | Site", "Post title — Site", "Site » Post title"
_TITLE_SEPARATOR = lazy_re.compile(r"\s+[|\-–—·•»«:/]{1,2}\s+|:\s+")
_HEADINGS = ("h1", "h2", "h3")
_DISPLAY_NONE = lazy_re.compile(r"display\s*:\s*none", re.IGNORECASE)
#: The share of the page's words an element holding the headline must hold to be the article; one
#: holding an ``<h1>`` that is not the title must hold more than :data:`H1_SHARE`.
ARTICLE_SHARE = 1 / 3
H1_SHARE = 1 / 2


#: The marks :mod:`archiver.extract.page_lines` has put before the text of the elements its walk
#: passed by the first question (U+FDD0-U+FDEF): a headline above them reads as it shows.
_WALK_MARKS = lazy_re.compile("[\ufdd0-\ufdef]")


def _folded(text: str) -> str:
    return " ".join(_WALK_MARKS.sub("", text).split()).casefold()


def _titles(root: HtmlElement) -> frozenset[str]:
    """The page's title, its parts between separators and its ``og:title``, folded."""
    top = root.getroottree().getroot()
    found: set[str] = set()
    head = top.find("head")
    if head is None:
        return frozenset()
    for el in head.iter("title", "meta"):
        if el.tag == "title":
            text = el.text_content()
        elif (el.get("property") or el.get("name") or "").lower() in ("og:title", "twitter:title"):
            text = el.get("content") or ""
        else:
            continue
        whole = _folded(text)
        if whole:
            found.add(whole)
            found.update(part for part in (_folded(p) for p in _TITLE_SEPARATOR.split(text)) if part)
    return frozenset(found)


def _words(el: HtmlElement) -> int:
    """How many non-space characters an element's text holds."""
    return len("".join(el.text_content().split()))


def _hidden(heading: HtmlElement) -> bool:
    """Whether the markup hides a headline: it or a container of it carries ``hidden`` or an inline
    ``display:none`` (LessWrong's copy streams its post into a hidden ``<div hidden id="S:5">`` that only
    its stripped script would have shown: no reader of the markup sees that article)."""
    for el in (heading, *heading.iterancestors()):
        if el.get("hidden") is not None:
            return True
        style = el.get("style")
        if style and _DISPLAY_NONE.search(style):
            return True
    return False


class ArticleHolders:
    """Asked of the elements a class or id reads as comments or an aside, in the walk's order,
    before the walk marks their text: whether each holds the page's article. The page's
    headlines are found at the first question (most pages ask none)."""

    def __init__(self, root: HtmlElement) -> None:
        self._root = root
        self._holders: dict[HtmlElement, float] | None = None  # element -> the share it must hold
        self._total = -1

    def _find(self) -> dict[HtmlElement, float]:
        titles = _titles(self._root)
        shown = [h for h in self._root.iter(*_HEADINGS) if not _hidden(h)]
        titled = any(_folded(h.text_content()) in titles for h in shown)
        seen: set[str] = set()
        holders: dict[HtmlElement, float] = {}
        for heading in shown:
            text = _folded(heading.text_content())
            if text in titles:
                if text in seen:
                    continue  # the headline again, under the article that showed it (a thread's heading)
                seen.add(text)
                share = ARTICLE_SHARE
            elif heading.tag == "h1" and not titled:
                share = H1_SHARE  # (a page showing no titled headline: LessWrong's copy)
            else:
                continue
            for el in heading.iterancestors():
                if el is self._root or el.tag in ("body", "html"):
                    break  # a body class ("et_right_sidebar", "comments-open") is the theme's, read as it was
                holders[el] = min(share, holders.get(el, 1.0))
        return holders

    def holds_article(self, el: HtmlElement) -> bool:
        """Whether ``el`` holds the page's headline and its share of the page's words (see the module)."""
        if self._holders is None:
            self._holders = self._find()
        share = self._holders.get(el)
        if share is None:
            return False
        if self._total < 0:
            self._total = _words(self._root)
        words = _words(el)
        return self._total > 0 and (words >= share * self._total if share == ARTICLE_SHARE else words > share * self._total)
