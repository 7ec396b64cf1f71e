"""The page's lines take the hidden elements trafilatura's stage found instead of searching the tree
again (``unrendered.still_unrendered``): the same elements, so the same lines and hidden spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from shipped_pages import PAGES

from archiver.extract.html import decode_html
from archiver.extract.media import FALLBACK_HOLDERS
from archiver.extract.page_lines import _SKIP, visible_lines_with_credits
from archiver.extract.text import main_text, parse_html
from archiver.extract.unrendered import _candidates, still_unrendered, unrendered

#: Hidden elements whose fate changes between the two searches: inside an element the page's
#: lines strip (noscript, template, a video's fallback), holding only a script's words, holding
#: only the page's own hide marks (dropped before the second search), in the head, nested.
_EDGES = (
    "<html><head><title>T</title><noscript><p>head noscript</p></noscript>"
    "<template><div hidden>in a head template</div></template></head><body>"
    "<p>Visible opening paragraph of the article, long enough to be read as one.</p>"
    "<div hidden><script>var onlyScript = 1;</script></div>"
    "<div style='display:none'>\ufdee\ufdef</div>"
    "<noscript><div hidden>hidden inside noscript</div></noscript>"
    "<template><span style='display:none'>hidden inside a template</span></template>"
    "<video><div hidden>hidden inside a video's fallback</div></video>"
    "<div hidden>outer hidden <span style='visibility:hidden'>inner hidden</span> words</div>"
    "<details><summary>More</summary>closed details' words</details>"
    "<dialog>closed dialog</dialog><p style='display:none'><script>x()</script> tail words</p>"
    "<p>Visible closing paragraph of the article, long enough to be read as one.</p>"
    "</body></html>"
)


def _tree(html: str):  # noqa: ANN202
    return parse_html(html)


def _page_trees(page: Path):  # noqa: ANN202
    text = decode_html(page.read_bytes(), "text/html").text
    return parse_html(text), parse_html(text)


def _lines_both_ways(first, second, url: str):  # noqa: ANN001, ANN202
    """The page's lines of two copies of one page, each read after trafilatura's stage as
    extraction reads them: one searching the tree again, one given what the stage found."""
    main_text(first, url)
    main = main_text(second, url)
    hidden_a: list[tuple[int, int]] = []
    hidden_b: list[tuple[int, int]] = []
    searched = visible_lines_with_credits(first, hidden_a)
    given = visible_lines_with_credits(second, hidden_b, main.unrendered)
    return (searched, hidden_a), (given, hidden_b)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_lines_and_hidden_spans_are_the_same_given_what_trafilaturas_stage_found(page: Path):
    first, second = _page_trees(page)
    searched, given = _lines_both_ways(first, second, f"https://example.org/{page.stem}")
    assert given == searched


def test_the_lines_are_the_same_given_the_stage_s_elements_on_a_page_of_edge_cases():
    searched, given = _lines_both_ways(_tree(_EDGES), _tree(_EDGES), "https://example.org/edges")
    assert given == searched
    assert given[1], "the page hides words the lines keep"


def test_still_unrendered_is_unrendered_after_the_lines_strip_their_elements():
    tree = _tree(_EDGES)
    found = unrendered(tree)
    body = tree.find(".//body")
    etree.strip_elements(body, *_SKIP, with_tail=False)
    for node in body.xpath("//text()[contains(., '\ufdee')]"):  # the page's own marks, dropped as the lines drop them
        parent = node.getparent()
        if node.is_tail:
            parent.tail = parent.tail.replace("\ufdee", "").replace("\ufdef", "")
        else:
            parent.text = parent.text.replace("\ufdee", "").replace("\ufdef", "")
    again = unrendered(body)
    assert still_unrendered(found, body) == again
    assert len(again) < len(found), "some elements found first have left the document or lost their words"


#: The candidates as one XPath union (what the search was): one scan of the tree a tag.
_UNION = etree.XPath("//@style/.. | //@hidden/.. | //@popover/.. | //template | //noscript | //select | //dialog | "
                     "//details | //title | " + " | ".join(f"//{tag}" for tag in sorted(FALLBACK_HOLDERS)))
_UNSHOWN = (Path(__file__).parent / "data" / "unshown_content_page.html", Path(__file__).parent / "data" / "unrendered_page.html")


@pytest.mark.parametrize("page", [*PAGES, *_UNSHOWN], ids=lambda p: p.name)
def test_the_candidates_found_by_attribute_and_by_one_walk_are_the_xpath_unions_each_once(page: Path):
    tree, _ = _page_trees(page)
    found = _candidates(tree)
    assert len(found) == len(set(found))
    assert set(found) == set(_UNION(tree))


def test_the_candidates_of_the_edge_cases_page_are_the_xpath_unions_each_once():
    tree = _tree(_EDGES + "<div popover style='x'><canvas hidden>a</canvas></div>")
    found = _candidates(tree)
    assert len(found) == len(set(found)) and set(found) == set(_UNION(tree))
