"""trafilatura's pruning XPaths and its article-container XPaths, answered by a walk of the elements
they name (no XPath, no callback).

Why: ``re:test`` is an lxml extension function, so libxml2 calls back into Python for every
element an expression tests, and libxml2 evaluates even plain predicates (``self::div``,
``contains(@class, ...)``) at ~0.4 us an element. trafilatura prunes its trees with seven such
expressions on every page (``RAW_TREE_PRUNE_XPATH`` and ``REMOVE_COMMENTS_AND_LISTS_XPATH`` on the
raw tree; ``OVERALL_DISCARD_XPATH``, ``TEASER_DISCARD_XPATH`` and ``DISCARD_IMAGE_ELEMENTS`` in its
main extractor, ``OVERALL_DISCARD_XPATH`` again in its readability fallback): 1.6 ms of the 20 KB
benchmark page's 13.7 (issue 13). Its main extractor then looks for the article's container with
``BODY_XPATH``, five expressions tried in turn, three of them with ``re:test``: 1.6 ms a page of the
benchmark corpus (every fourth page, cpu48), written out here too. Here each is a :class:`Selector`: lxml's descendant iterator
(C) walks the elements the expression names, and the predicate is read in Python from their
attributes, with Python's ``re`` (the engine lxml's ``re:test`` calls) for the patterns: 0.02-0.1
ms an expression instead of 0.08-0.38.

The answers are the XPath's exactly, element for element in document order: the predicate of
each expression is written out below from its text, and :func:`install` takes each expression's
regular expressions from trafilatura's own text and puts a selector in place only where the
rest of that text (its skeleton) is the one written out here and no pattern matches an empty
string (a missing attribute is an empty string to ``re:test``; the predicates here answer
"no" for an absent attribute without searching). A trafilatura whose expressions differ keeps its own.
The text does not carry everything the answer depends on: the namespace the ``re`` prefix is bound
to and the ``regexp`` switch the XPath was compiled with, and the engines (lxml's tag matching,
libxml2's attribute order in ``@id|@class``, which its node-set sort decides and which is passed
to ``re:test`` as is). So a selector is also held to its XPath on a probe tree before it is put in
place (:func:`_probe`: a sample of every pattern in both attribute orders, on ``div``/``ol``,
upper-case and namespaced names, with and without an ``<h1>`` inside); any difference, or an
XPath that fails on it, keeps the XPath.
XPath semantics kept: ``string(@id|@class)`` is the value of whichever attribute comes first in
the element's attribute order, an absent attribute is ``''``, ``@a='v'`` compares the value,
``re:test(@a, 'p', 'i')`` ignores case (lxml compiles the pattern with ``re.IGNORECASE``), and a
position: ``(.//*[...])[1]`` is the first element in document order, ``.//*[...][1]`` each parent's
first matching child (the position counts on the child axis of ``.//``'s last step).
``tests/test_extract_speed_prune.py`` holds every selector to its XPath on every shipped page,
``tests/test_extract_prune_fuzz.py`` on random trees and the XPath forms a walk could get wrong.

The lists are trafilatura's module objects (``trafilatura.xpaths``), which its modules import by
name: the selectors replace items of those lists, so every caller sees them. This and
:mod:`archiver.extract.dateparse` are the places this package puts something into a
dependency's modules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from lxml import etree
from lxml.html import HtmlElement, document_fromstring
from trafilatura import xpaths as traf_xpaths

#: ``re:test(ARGS, 'PATTERN')`` as trafilatura writes it; a pattern holds no quote.
_RE_TEST = re.compile(r"(re:test\([^,()]*, ')([^']*)(')")

_Keep = Callable[[HtmlElement, Sequence["re.Pattern[str]"]], bool]


def _first(el: HtmlElement, a: str, b: str) -> str:
    """``string(@a|@b)``: the value of whichever of the two attributes comes first on ``el``."""
    va, vb = el.get(a), el.get(b)
    if va is None:
        return vb or ""
    if vb is None:
        return va
    keys = el.keys()
    return va if keys.index(a) < keys.index(b) else vb


def _search(pattern: re.Pattern[str], value: str | None) -> bool:
    """``re:test(@a, pattern)``: lxml searches the value (an absent one is ``''``, which no
    installed pattern matches)."""
    return value is not None and pattern.search(value) is not None


class Selector:
    """One of trafilatura's XPath expressions, called as trafilatura calls it (``expression(tree)``
    -> the matching elements in document order), answered by a walk of the elements it names
    (``tags``; None: every element) and ``keep``, cut to the expression's ``[1]`` (``first``:
    :data:`_IN_DOCUMENT` or :data:`_OF_PARENT`) if it has one. Why a walk: libxml2 evaluates an XPath's
    predicates, plain ones too, at ~0.4 us an element; lxml's descendant iterator with a tag
    filter is C as well: 0.010 ms against 0.146 on the batch page's raw tree (issue 13)."""

    def __init__(self, original: Any, tags: tuple[str, ...] | None, keep: _Keep,
                 patterns: Sequence[re.Pattern[str]], first: str | None = None) -> None:
        self.original = original
        self.path: str = original.path
        self._tags: tuple[Any, ...] = tags or (etree.Element,)
        self._keep = keep
        self._patterns = tuple(patterns)
        self._first = first

    def __call__(self, tree: HtmlElement) -> list[HtmlElement]:
        keep, patterns = self._keep, self._patterns
        found = (el for el in tree.iterdescendants(*self._tags) if keep(el, patterns))
        if self._first is None:
            return list(found)
        if self._first == _IN_DOCUMENT:  # ``(.//*[...])[1]``: the first in document order, the walk stops there
            return next(([el] for el in found), [])
        # ``.//*[...][1]``: the position counts on the child axis, so each parent's first matching child
        # (elements stay alive while held here, so lxml gives a parent the same proxy each time it is asked)
        parents: set[HtmlElement | None] = set()
        out: list[HtmlElement] = []
        for el in found:
            parent = el.getparent()
            if parent not in parents:
                parents.add(parent)
                out.append(el)
        return out


def _overall_blocks(el: HtmlElement, p: Sequence[re.Pattern[str]]) -> bool:
    if el.get("data-lp-replacement-content") is not None:
        return True
    if "nav" in (el.get("role") or "").replace("N", "n"):
        return True
    if "MostPopularStories" in (el.get("data-component") or ""):
        return True
    if p[0].search(_first(el, "id", "class")):
        return True
    return _search(p[1], el.get("id")) or _search(p[2], el.get("class"))


def _overall_hidden(el: HtmlElement, p: Sequence[re.Pattern[str]]) -> bool:
    cls, ident, style = el.get("class"), el.get("id"), el.get("style") or ""
    if cls == "comments-title" or _first(el, "id", "class").startswith("reply-"):
        return True
    if p[0].search(_first(el, "id", "style")) or "display:none" in style or "display: none" in style:
        return True
    return _search(p[1], ident) or _search(p[2], cls) or el.get("aria-hidden") == "true"


def _elementor_share(el: HtmlElement, p: Sequence[re.Pattern[str]]) -> bool:
    return "elementor-share-buttons" in (el.get("class") or "")


def _teaser(el: HtmlElement, p: Sequence[re.Pattern[str]]) -> bool:
    return "teaser" in (el.get("id") or "").replace("T", "t") or "teaser" in (el.get("class") or "").replace("T", "t")


def _caption(el: HtmlElement, p: Sequence[re.Pattern[str]]) -> bool:
    return "caption" in (el.get("id") or "") or "caption" in (el.get("class") or "")


_HAS_H1 = etree.XPath("boolean(.//h1)")


def _raw_scroll(el: HtmlElement, p: Sequence[re.Pattern[str]]) -> bool:
    ident, cls = el.get("id"), el.get("class")
    if not (_search(p[0], ident) or _search(p[1], cls)):
        return False
    return not _HAS_H1(el) or _search(p[2], ident) or _search(p[3], cls)


def _comments(el: HtmlElement, p: Sequence[re.Pattern[str]]) -> bool:
    ident, cls = el.get("id"), el.get("class")
    if not (_search(p[0], ident) or _search(p[1], cls)):
        return False
    return el.tag not in ("ol", "ul") or _search(p[2], ident) or _search(p[3], cls)


def _body_content(el: HtmlElement, p: Sequence[re.Pattern[str]]) -> bool:
    cls, ident = el.get("class"), el.get("id")
    if cls in ("post", "entry") or el.get("itemprop") == "articleBody" or ident == "articleContent":
        return True
    return _search(p[0], ident) or _search(p[1], cls)


def _body_story(el: HtmlElement, p: Sequence[re.Pattern[str]]) -> bool:
    cls, ident = el.get("class"), el.get("id")
    if el.get("role") == "article" or ident in ("article", "story"):
        return True
    if cls in ("postarea", "art-postcontent", "text", "cell", "story"):
        return True
    return _search(p[0], ident) or _search(p[1], cls) or _search(p[2], cls)


_CM, _CP = str.maketrans("CM", "cm"), str.maketrans("CP", "cp")


def _body_main(el: HtmlElement, p: Sequence[re.Pattern[str]]) -> bool:
    cls, ident = el.get("class"), el.get("id")
    if ident == "content" or cls == "content" or _search(p[0], ident) or _search(p[1], cls):
        return True
    if ident is not None and "main-content" in ident.translate(_CM):
        return True
    return cls is not None and ("main-content" in cls.translate(_CM) or "page-content" in cls.translate(_CP))


#: How an expression's ``[1]`` reads: ``(.//*[...])[1]`` the first element in document order;
#: ``.//*[...][1]`` each parent's first matching child (the position counts on the child axis).
_IN_DOCUMENT, _OF_PARENT = "document", "parent"

#: (trafilatura's list, the index in it, its expression's skeleton (patterns cut out), the element
#: names its ``.//*[self::a or self::b ...]`` step selects (None: every element), the predicate,
#: what its ``[1]`` is, if it has one). Skeletons as trafilatura 2.3.
_WRITTEN_OUT: tuple[tuple[str, int, str, tuple[str, ...] | None, _Keep, str | None], ...] = (
    ("OVERALL_DISCARD_XPATH", 0,
     "\n        .//*[self::div or self::item or self::list or self::p or self::section or self::span][\n"
     "        @data-lp-replacement-content or\n        contains(translate(@role, 'N', 'n'), 'nav') or\n"
     "        contains(@data-component, 'MostPopularStories') or\n        re:test(@id|@class, '') or\n"
     "        re:test(@id, '') or\n        re:test(@class, '')]\n        ",
     ("div", "item", "list", "p", "section", "span"),
     _overall_blocks, None),
    ("OVERALL_DISCARD_XPATH", 1,
     "\n        .//*[@class='comments-title' or\n        starts-with(@id|@class, 'reply-') or\n"
     "        re:test(@id|@style, '') or\n        contains(@style, 'display:none') or contains(@style, 'display: none') or\n"
     "        re:test(@id, '') or\n        re:test(@class, '') or @aria-hidden='true']\n        ",
     None,
     _overall_hidden, None),
    ("RAW_TREE_PRUNE_XPATH", 0,
     "\n        .//*[self::div or self::section or self::aside][\n        re:test(@id, '') or\n"
     "        re:test(@class, '')][\n        not(.//h1) or re:test(@id, '') or re:test(@class, '')]\n        ",
     ("div", "section", "aside"),
     _raw_scroll, None),
    ("REMOVE_COMMENTS_AND_LISTS_XPATH", 0,
     "\n        .//*[self::div or self::list or self::section or self::details or self::ol or self::ul][\n"
     "        re:test(@id, '') or\n        re:test(@class, '')][\n"
     "        not(self::ol or self::ul) or re:test(@id, '') or re:test(@class, '')]\n        ",
     ("div", "list", "section", "details", "ol", "ul"),
     _comments, None),
    ("RAW_TREE_PRUNE_XPATH", 1,
     ".//*[self::div or self::section or self::aside][contains(@class, 'elementor-share-buttons')]",
     ("div", "section", "aside"),
     _elementor_share, None),
    ("TEASER_DISCARD_XPATH", 0,
     "\n    .//*[self::div or self::item or self::list or self::p or self::section or self::span][\n"
     "    contains(translate(@id, 'T', 't'), 'teaser') or contains(translate(@class, 'T', 't'), 'teaser')]\n    ",
     ("div", "item", "list", "p", "section", "span"),
     _teaser, None),
    ("DISCARD_IMAGE_ELEMENTS", 0,
     "\n    .//*[self::div or self::item or self::list or self::p or self::section or self::span][\n"
     "    contains(@id, 'caption') or contains(@class, 'caption')]\n    ",
     ("div", "item", "list", "p", "section", "span"),
     _caption, None),
    # the main extractor's choice of the article's container (its ``next(...)`` takes the first answer)
    ("BODY_XPATH", 0,
     "\n        .//*[self::article or self::div or self::main or self::section][\n"
     "        @class='post' or @class='entry' or\n        @itemprop='articleBody' or @id='articleContent' or\n"
     "        re:test(@id, '') or\n        re:test(@class, '')\n        ][1]\n        ",
     ("article", "div", "main", "section"),
     _body_content, _OF_PARENT),
    ("BODY_XPATH", 2,
     "\n        (.//*[self::article or self::div or self::main or self::section][\n        @role='article' or\n"
     "        @id='article' or @id='story' or\n"
     "        @class='postarea' or @class='art-postcontent' or @class='text' or @class='cell' or @class='story' or\n"
     "        re:test(@id, '') or\n        re:test(@class, '', 'i') or\n        re:test(@class, '')\n        ])[1]\n        ",
     ("article", "div", "main", "section"),
     _body_story, _IN_DOCUMENT),
    ("BODY_XPATH", 3,
     "\n        (.//*[self::article or self::div or self::main or self::section][\n"
     "        @id='content' or @class='content' or\n        re:test(@id, '') or\n        re:test(@class, '') or\n"
     "        contains(translate(@id, 'CM','cm'), 'main-content') or contains(translate(@class, 'CM','cm'), 'main-content') or\n"
     "        contains(translate(@class, 'CP','cp'), 'page-content')\n        ])[1]\n        ",
     ("article", "div", "main", "section"),
     _body_main, _IN_DOCUMENT),
)


#: Values the probe tree's attributes take besides a sample of each pattern: the one literal an
#: order-dependent clause compares (``starts-with(@id|@class, 'reply-')``), an empty and a neutral
#: value. The other literal clauses (``=``, ``contains``, ``translate``) are XPath 1.0's core,
#: the same in every libxml2; tests/test_extract_prune_fuzz.py holds them to the XPath.
_PROBE_LITERALS = ("reply-x", "", "z")


def _sample(pattern: str) -> list[str]:
    """A string ``pattern`` finds: its first alternative, with the regular-expression syntax cut
    out, that it still matches (none when no alternative does)."""
    compiled = re.compile(pattern)
    plain = (re.sub(r"[\\^$()?:*+\[\]{}]", "", alternative) for alternative in pattern.split("|"))
    return [text for text in plain if text and compiled.search(text)][:1]


def _probe(patterns: Sequence[str]) -> HtmlElement:
    """A tree on which a selector and its XPath must agree before the selector is used: what the
    expression's text does not fix (the ``re`` binding, the engines' attribute order, name matching
    and case). Each value (:data:`_PROBE_LITERALS`, a sample of each of ``patterns`` and the sample
    in capitals) is set in a ``div`` as the first and as the second of ``id``/``class`` and of
    ``id``/``style`` (the orders ``string(@a|@b)`` turns on), as its ``role``, ``data-component``,
    ``aria-hidden`` and ``data-lp-replacement-content``, as the id and the class of an ``ol``, and
    of an upper-case ``DIV`` and a namespaced ``div`` (names neither ``self::div`` nor the tag
    filter takes); every other value's elements hold an ``<h1>``. 13 elements a value."""
    root = document_fromstring("<html><body></body></html>")
    body = root[-1]
    samples = [text for p in patterns for text in _sample(p)]
    values = dict.fromkeys([*_PROBE_LITERALS, *samples, *(text.upper() for text in samples)])
    for number, value in enumerate(values):
        elements = [etree.SubElement(body, "div", {a: value if a == named else "z" for a in order})
                    for first, second in (("id", "class"), ("id", "style"))
                    for order in ((first, second), (second, first)) for named in order]
        elements.append(etree.SubElement(body, "div", dict.fromkeys(
            ("role", "data-component", "aria-hidden", "data-lp-replacement-content"), value)))
        elements += [etree.SubElement(body, "ol", {name: value}) for name in ("id", "class")]
        elements += [etree.SubElement(body, tag, {"id": value, "class": value}) for tag in ("DIV", "{urn:probe}div")]
        if number % 2:
            for element in elements:
                etree.SubElement(element, "h1")
    return root


def _agrees(selector: Selector, probe: HtmlElement) -> bool:
    """Whether ``selector`` answers as its XPath on ``probe``. An XPath that raises, whatever the
    error (an unbound prefix, or an extension function of another binding raising its own), is
    not one the selector answers for: no."""
    try:
        return selector(probe) == list(selector.original(probe))
    except Exception:  # noqa: BLE001 - any failure keeps trafilatura's own expression
        return False


def selector_for(expression: Any, skeleton: str, tags: tuple[str, ...] | None, keep: _Keep,
                 first: str | None = None) -> Selector | None:
    """A :class:`Selector` for trafilatura's ``expression``, or None where its text is not the
    one ``keep`` was written for, a pattern of it matches an empty string, or the selector and
    the XPath differ on :func:`_probe` of the expression's patterns. A pattern given the flag
    ``'i'`` (``re:test(@class, 'fulltext', 'i')``, which the skeleton keeps) is compiled as lxml
    compiles it for ``re:test``: ignoring case."""
    path = getattr(expression, "path", None)
    if not isinstance(path, str) or _RE_TEST.sub(r"\1\3", path) != skeleton:
        return None
    found = list(_RE_TEST.finditer(path))
    try:
        patterns = [re.compile(m.group(2), re.IGNORECASE if path.startswith(", 'i')", m.end()) else 0)
                    for m in found]
    except re.error:
        return None
    if any(p.search("") is not None for p in patterns):
        return None
    selector = Selector(expression, tags, keep, patterns, first)
    return selector if _agrees(selector, _probe([p.pattern for p in patterns])) else None


def install() -> int:
    """Put a :class:`Selector` in place of each written-out expression trafilatura still has
    (idempotent); returns how many are in place. The first call checks each on its probe tree,
    once a process: 7.1-9.2 ms (fastest and median of 9 fresh processes, load 7 on 2 shared
    cores; 1.1-1.2 without the probe), most of it lxml compiling trafilatura's patterns again for
    the XPaths' run (``re``'s cache does not serve it ours; compiling ours with lxml's flags did
    not change the figure), as trafilatura's first page did before the selectors; 3.2-3.5 ms
    with the patterns compiled. The three ``BODY_XPATH`` expressions' probes add 2.1-2.4 ms (5
    fresh processes, load 13; cpu48), once a process: a batch pays them once in its fork server,
    and saves ~0.7 ms a page of the benchmark corpus."""
    placed = 0
    for name, index, skeleton, tags, keep, first in _WRITTEN_OUT:
        expressions = getattr(traf_xpaths, name, None)
        if not isinstance(expressions, list) or len(expressions) <= index:
            continue
        current = expressions[index]
        if isinstance(current, Selector):
            placed += 1
            continue
        selector = selector_for(current, skeleton, tags, keep, first)
        if selector is not None:
            expressions[index] = selector
            placed += 1
    return placed


def installed() -> int:
    """How many selectors are in place now (none until :func:`install`; the extraction installs
    them at a process's second page: ``text._selectors_when_worth_it``)."""
    return sum(isinstance(e, Selector) for name in {n for n, *_ in _WRITTEN_OUT}
               for e in getattr(traf_xpaths, name, ()))
