"""Two scans of the page's attributes ask for less of libxml2 (issue 13), with the same answers as the
XPath forms they replace: the comment and related-story boxes' class and id values are filtered in
Python rather than by five ``contains()`` tests each (``asides``), and the inline styles that may name
a bidi override are found by the attribute axis rather than by testing every element
(``unrendered._MAY_OVERRIDE``)."""

from __future__ import annotations

import pytest
from lxml import etree
from shipped_pages import PAGES

from archiver.extract import asides as asides_mod
from archiver.extract.html import decode_html
from archiver.extract.text import parse_html
from archiver.extract.unrendered import _MAY_OVERRIDE

#: The forms replaced, as they were.
_OLD_ASIDE_NAMES = etree.XPath("(//@class|//@id)[contains(., 'omment') or contains(., 'espond') or contains(., 'elated')"
                               " or contains(., 'ecommend') or contains(., 'tories')]")
_OLD_MAY_OVERRIDE = etree.XPath(
    "//bdo | //*[@style][contains(translate(@style, 'OVERID', 'overid'), 'override') or contains(@style, '\\')]")

_EDGES = (
    "<html><body class='comments-open'><h1>Title</h1><div id='comments' class='comments-area'>"
    "<p class='COMMENTS'>upper case: no contains() match</p><p class='Comments'>Comments</p></div>"
    "<aside class='jp-relatedposts'>related</aside><section id='more-stories'>more</section>"
    "<div class='recommended'><div class='respond'>x</div></div><span class='tories'>t</span>"
    "<div class='x' id='respond'>form</div><bdo dir='rtl'>12</bdo>"
    "<span style='unicode-bidi: BIDI-OVERRIDE; direction: rtl'>ab</span>"
    "<span style='unicode-bidi: bidi-\\6f verride'>escaped</span><span style='color: red'>plain</span>"
    "<p style='unicode-bidi:isolate-override;direction:ltr'>x<bdo dir='ltr'>y</bdo></p></body></html>"
)


_SOURCES = {"edges": _EDGES.encode(), **{p.name: p.read_bytes() for p in PAGES}}


def _tree(name: str):  # noqa: ANN202 - an lxml element
    tree = parse_html(decode_html(_SOURCES[name], "text/html").text)
    assert tree is not None
    return tree


def _old_asides(tree) -> list:  # noqa: ANN001 - asides() as it read the old XPath's values
    real = asides_mod._NAMES
    asides_mod._NAMES = _OLD_ASIDE_NAMES  # (every value it gives holds what the new filter asks)
    try:
        return asides_mod.asides(tree)
    finally:
        asides_mod._NAMES = real


@pytest.mark.parametrize("name", sorted(_SOURCES))
def test_the_asides_are_those_the_contains_tests_gave(name: str):
    tree = _tree(name)
    assert asides_mod.asides(tree) == _old_asides(tree)


def test_the_edge_page_finds_the_boxes_and_passes_over_an_upper_case_class():
    tree = _tree("edges")
    found = asides_mod.asides(tree)
    assert [el.get("id") or el.get("class") for el in found] == [
        "comments", "jp-relatedposts", "more-stories", "recommended", "respond"]


@pytest.mark.parametrize("name", sorted(_SOURCES))
def test_the_elements_that_may_override_are_those_the_element_test_gave(name: str):
    tree = _tree(name)
    assert _MAY_OVERRIDE(tree) == _OLD_MAY_OVERRIDE(tree)


def test_the_edge_page_has_every_kind_of_override_candidate():
    tree = _tree("edges")
    assert [el.text for el in _MAY_OVERRIDE(tree)] == ["12", "ab", "escaped", "x", "y"]
