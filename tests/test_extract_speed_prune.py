"""trafilatura's pruning XPaths are answered by a walk of the elements they name (issue 13,
``archiver.extract.traf_prune``), element for element as the XPath answers, on every shipped page
and on the attribute forms the XPath semantics turn on."""

from __future__ import annotations

from copy import copy

import pytest
from lxml import etree
from shipped_pages import PAGES
from trafilatura import xpaths
from trafilatura.htmlprocessing import convert_tags, tree_cleaning

from archiver.extract import text, traf_prune
from archiver.extract.html import decode_html
from archiver.extract.text import _options, parse_html

_LISTS = ("OVERALL_DISCARD_XPATH", "RAW_TREE_PRUNE_XPATH", "REMOVE_COMMENTS_AND_LISTS_XPATH",
          "TEASER_DISCARD_XPATH", "DISCARD_IMAGE_ELEMENTS", "BODY_XPATH")

#: Attribute forms the predicates turn on: attribute order for ``@id|@class`` and ``@id|@style``,
#: empty and absent values, upper-case letters ``translate`` folds, an ``<h1>`` inside an infinite
#: scroll, comment lists as ``ol``/``ul`` and as ``div``, trafilatura's own ``list``/``item`` names,
#: the article containers ``BODY_XPATH`` looks for (a class ``'i'`` reads in any case, a ``translate``d id).
_EDGES = (
    "<html><body><h1>Title</h1>"
    "<div class='cookie-x' id='main'>class first: no cookie in id</div>"
    "<div id='main2' class='cookie-y'>id first: its value is read</div>"
    "<div id='' class=''>empty</div><p role='NAVigation'>role</p><span role='Nav'>N only</span>"
    "<section data-lp-replacement-content=''>lp</section><div data-component='xMostPopularStoriesy'>mp</div>"
    "<div class='x' id='reply-1'>reply class first</div><div id='reply-2' class='x'>reply id first</div>"
    "<p style='color:red' id='hidden-a'>style first</p><p id='hidden-b' style='x'>id first</p>"
    "<b style='display: none'>dn</b><i style='display:none'>dn2</i><em aria-hidden='true'>ah</em>"
    "<em aria-hidden='TRUE'>ah2</em><u class='comments-title'>ct</u><u class='comments-title x'>ct2</u>"
    "<div class='infinite-scroll'><h1>kept</h1></div><div class='infiniteScroll'>x</div>"
    "<aside id='infinite-scroll'>gone</aside><div class='mvp-post-add-box'><h1>gone too</h1></div>"
    "<ol id='comments'><li>c</li></ol><ul class='post-comments'><li>c</li></ul><ol id='disqus_thread'><li>d</li></ol>"
    "<div id='commentary'>kept</div><details class='Comment'>gone</details><list class='comments'>l</list>"
    "<div id='Teaser'>t</div><span class='bigTEASER'>t2</span><item class='x caption'>c</item>"
    "<div class='elementor-share-buttons--x'>s</div><section class=' ad '>ad</section>"
    "<span class='sidebar' id='x'>sb</span><p id='nav' class='x'>nav</p>"
    "<article class='post'><div class='post'>inner</div><div class='entry'>second</div></article>"
    "<section class='FullText'>ft</section><main id='Main-Content'>mc</main></body></html>"
)

_SOURCES = {"edges": _EDGES.encode(), **{p.name: p.read_bytes() for p in PAGES}}


def _trees(name: str) -> list[etree._Element]:
    """The page as trafilatura's raw-tree prunes see it, and as its main extractor's do (cleaned, converted)."""
    tree = parse_html(decode_html(_SOURCES[name], "text/html").text)
    assert tree is not None
    return [tree, convert_tags(tree_cleaning(copy(tree), _options(None)), _options(None))]


def _selectors() -> list[traf_prune.Selector]:
    return [e for n in _LISTS for e in getattr(xpaths, n) if isinstance(e, traf_prune.Selector)]


# Every test here reads the selectors in place (the extraction puts them there at a process's second page)
traf_prune.install()


def test_every_written_out_expression_is_in_place_on_this_trafilatura():
    assert traf_prune.install() == len(traf_prune._WRITTEN_OUT) == len(_selectors()) == 10


@pytest.mark.parametrize("name", sorted(_SOURCES))
def test_each_selector_gives_the_elements_its_xpath_gives_in_document_order(name: str):
    for tree in _trees(name):
        for selector in _selectors():
            assert selector(tree) == list(selector.original(tree)), (name, selector.path)


def test_the_edge_page_reaches_both_answers_of_each_selector():
    hits = [(len(s(t)), len(list(t.iterdescendants()))) for t in _trees("edges") for s in _selectors()]
    assert all(found for found, _ in hits[:10])  # raw tree: every expression selects something
    assert all(found < total for found, total in hits)


def test_an_expression_whose_text_differs_keeps_trafilaturas_xpath():
    _, _, skeleton, tags, keep, _ = traf_prune._WRITTEN_OUT[2]
    changed = etree.XPath(xpaths.RAW_TREE_PRUNE_XPATH[0].path.replace("not(.//h1)", "not(.//h2)"),
                          namespaces={"re": "http://exslt.org/regular-expressions"})
    assert traf_prune.selector_for(changed, skeleton, tags, keep) is None


def test_an_expression_whose_pattern_matches_an_empty_value_keeps_trafilaturas_xpath():
    # re:test reads an absent attribute as '', so a walk skipping elements without it would differ
    _, _, skeleton, tags, keep, _ = traf_prune._WRITTEN_OUT[2]
    original = xpaths.RAW_TREE_PRUNE_XPATH[0].path
    changed = etree.XPath(original.replace("'mvp-post-add-(?:box|wrap)|infinite-?scroll'", "'x?'", 1),
                          namespaces={"re": "http://exslt.org/regular-expressions"})
    assert changed.path != original
    assert traf_prune.selector_for(changed, skeleton, tags, keep) is None


def test_an_expression_whose_first_answer_changes_from_per_parent_to_in_document_keeps_trafilaturas_xpath():
    # ".//*[...][1]" (each parent's first) and "(.//*[...])[1]" (the document's first) are other answers
    _, _, skeleton, tags, keep, first = traf_prune._WRITTEN_OUT[7]
    original = xpaths.BODY_XPATH[0].original.path
    changed = etree.XPath(original.replace(".//*[", "(.//*[", 1).replace("][1]", "])[1]", 1),
                          namespaces={"re": "http://exslt.org/regular-expressions"})
    assert changed.path != original
    assert traf_prune.selector_for(changed, skeleton, tags, keep, first) is None


def test_the_selectors_are_put_in_place_at_a_processs_second_page_not_its_first(monkeypatch: pytest.MonkeyPatch):
    """A one-page process (``archive URL``) keeps trafilatura's XPaths: the selectors' probes cost
    more than they save on one page; from the second page on they are in place."""
    from archiver.extract import extract

    lists = [getattr(xpaths, n) for n in _LISTS]
    saved = [list(expressions) for expressions in lists]
    try:
        for expressions in lists:
            expressions[:] = [e.original if isinstance(e, traf_prune.Selector) else e for e in expressions]
        monkeypatch.setattr(text, "_pages_extracted", 0)
        extract(_EDGES.encode(), url="https://example.org/a", content_type="text/html")
        assert traf_prune.installed() == 0
        extract(_EDGES.encode(), url="https://example.org/b", content_type="text/html")
        assert traf_prune.installed() == len(traf_prune._WRITTEN_OUT) == 10
    finally:
        for expressions, before in zip(lists, saved, strict=True):
            expressions[:] = before
