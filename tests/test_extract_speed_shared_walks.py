"""Work an extraction did twice, or for every page where a cheap test says it is not needed, cut (branch speed60,
issue 13): each reader gives the answers of its former form, on every shipped page and on made edges.

- ``caption_credits.caption_blocks`` takes its candidates from one XPath (figcaptions, classed elements) instead of
  reading every element's class in Python;
- ``page_lines.visible_lines_with_credits(..., data_credit=False)`` skips the data-attribute credit search that
  ``notice_bare_credits.dom_credits`` found empty on the same tree before;
- ``code_blocks.code_texts`` collapses the page's whole text only on a page holding a ``<pre>`` or ``<code>``;
- ``notice_inline.labelled_list_item`` reads the item's sentence for its kind's notice only where a neighbour is such
  an item.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from lxml.html import HtmlElement
from shipped_pages import PAGES

from archiver.extract.caption_credits import (
    _CAPTION_CLASS,
    _NOT_BLOCKS,
    caption_blocks,
    in_quotation_figure,
)
from archiver.extract.code_blocks import code_texts
from archiver.extract.html import decode_html
from archiver.extract.notice_bare_credits import dom_credits
from archiver.extract.notice_inline import _ITEM, labelled_list_item
from archiver.extract.page_lines import data_credit_elements, visible_lines_with_credits
from archiver.extract.text import main_text, parse_html

#: Caption blocks' edges: a class on the root, the body and a figure (never blocks), a figcaption with no class, a
#: caption-classed element inside another (outermost only), upper-case class words, a comment between, a figcaption
#: in a quotation's figure, a classed element with an empty class.
_CAPTION_EDGES = (
    "<html class='caption-page'><body class='legend'><figure class='caption'><img src=a.jpg>"
    "<figcaption>A harbour at dawn, the boats still moored. <span class='wp-caption-text'>Jane Doe</span>"
    "</figcaption></figure><!-- a comment --><div class='CUTLINE'>Photo: <span class='caption'>Jane Roe</span></div>"
    "<figure><blockquote>Words said.</blockquote><figcaption>Jane Doe, Example Ltd</figcaption></figure>"
    "<p class=''>Plain</p><div class='Bildunterschrift'>Eine Hafenszene im Winter <span class=x>Foto: Max</span></div>"
    "<figcaption>Loose figcaption</figcaption></body></html>"
)


def _walked_blocks(tree: HtmlElement) -> Iterator[HtmlElement]:
    """``caption_blocks`` as it was before branch speed60: every element of the tree read in Python."""
    seen: set[HtmlElement] = set()
    for el in tree.iter():
        tag = el.tag
        if not isinstance(tag, str) or tag in _NOT_BLOCKS:
            continue
        if tag != "figcaption" and not _CAPTION_CLASS.search(el.get("class") or ""):
            continue
        if any(a in seen for a in el.iterancestors()):
            continue
        seen.add(el)
        if not in_quotation_figure(el):
            yield el


def _page_text(page: Path) -> str:
    return decode_html(page.read_bytes(), "text/html").text


@pytest.mark.parametrize("html", [*(_page_text(p) for p in PAGES), _CAPTION_EDGES],
                         ids=[*(p.name for p in PAGES), "edges"])
def test_caption_blocks_are_those_the_walk_of_every_element_gave(html: str):
    tree = parse_html(html)
    assert tree is not None
    assert list(caption_blocks(tree)) == list(_walked_blocks(tree))
    for el in tree.iter("div", "figure", "body"):  # a subtree: only its own elements (the XPath is relative)
        assert list(caption_blocks(el)) == list(_walked_blocks(el))


def test_the_caption_edges_give_the_outermost_blocks_outside_quotations():
    tree = parse_html(_CAPTION_EDGES)
    assert tree is not None
    found = [(el.tag, el.get("class")) for el in caption_blocks(tree)]
    assert found == [("figcaption", None), ("div", "CUTLINE"), ("div", "Bildunterschrift"), ("figcaption", None)]


def _code_texts_before(tree: HtmlElement) -> tuple[str, ...]:
    """``code_texts`` as it was before branch speed60 (the page's text collapsed first, whatever the page)."""
    total = len(" ".join(str(tree.text_content()).split())) or 1
    out = []
    for el in tree.iter("pre", "code"):
        if any(a.tag in ("pre", "code") for a in el.iterancestors()):
            continue
        text = " ".join(str(el.text_content()).split())
        if text and len(text) <= 0.5 * total:
            out.append(text)
    return tuple(out)


@pytest.mark.parametrize("html", [*(_page_text(p) for p in PAGES),
                                  "<html><body><p>No code here at all.</p></body></html>",
                                  "<html><body><p>Run it:</p><pre>image: mailhog/mailhog <code>ports</code></pre></body></html>",
                                  "<html><body><pre>A whole article set as preformatted text, most of the page.</pre>"
                                  "<p>x</p></body></html>"],
                         ids=[*(p.name for p in PAGES), "none", "nested", "most"])
def test_code_texts_are_as_before(html: str):
    tree = parse_html(html)
    assert tree is not None
    assert code_texts(tree) == _code_texts_before(tree)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_lines_are_the_same_when_dom_credits_found_no_data_credit_before(page: Path):
    html = _page_text(page)
    searched_tree, given_tree = parse_html(html), parse_html(html)
    assert searched_tree is not None and given_tree is not None
    main_text(searched_tree, "https://example.org/a")
    main = main_text(given_tree, "https://example.org/a")
    bare = dom_credits(given_tree)
    assert bare.data_credit == bool(data_credit_elements(given_tree))
    hidden_a: list[tuple[int, int]] = []
    hidden_b: list[tuple[int, int]] = []
    searched = visible_lines_with_credits(searched_tree, hidden_a, main.unrendered)
    given = visible_lines_with_credits(given_tree, hidden_b, main.unrendered, data_credit=bare.data_credit)
    assert (given, hidden_b) == (searched, hidden_a)


def test_a_data_credit_found_before_is_searched_for_again():
    html = ("<html><body><p>The harbour at dawn, the boats still moored and the market not yet open.</p>"
            "<figure><img src=a.jpg><span data-photo-credit='x'>Jane Doe / Example Agency</span></figure>"
            "</body></html>")
    tree = parse_html(html)
    assert tree is not None
    bare = dom_credits(tree)
    assert bare.data_credit
    lines, contexts, _ = visible_lines_with_credits(tree, [], data_credit=bare.data_credit)
    fresh = parse_html(html)
    assert fresh is not None
    assert (lines, contexts) == visible_lines_with_credits(fresh, [])[:2]


def _labelled_before(lines: Sequence[str], contexts: Sequence[int], i: int, text: str,
                     cued: Callable[[str], bool], any_cue: Callable[[str], bool]) -> bool:
    """``labelled_list_item`` as it was before branch speed60 (the sentence read first), with the one change made since
    on purpose (round lead61f: an item under a note's own label, "Disclosure:", "Note:", is the list's note, no item)."""
    m = _ITEM.match(lines[i])
    if m is None or not lines[i].strip().startswith(text.strip()[:len(m["label"])]) or cued(m["rest"]):
        return False
    if re.match(r"^(please )?(note|n\.b\.|nb|nota|hinweis|remarque|disclaimer|disclosure|important|editor['’]?s note)$",
                m["label"], re.IGNORECASE):
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and contexts[j] == contexts[i]:
            other = _ITEM.match(lines[j])
            if other is not None and not any_cue(other["label"]):
                return True
    return False


_ITEMS = ["Pros: The battery lasts two full days with the screen at full brightness.",
          "Cons: The charger is sold apart and the case scratches within a week of use.",
          "Disclosure: We earn a commission when you buy through the links on this page.",
          "Verdict: A good phone for its price, if the camera matters less to you than the battery.",
          "A plain sentence with no label before it at all, as most lines of a page are.",
          "Update: The maker has since cut the price by a tenth in every market it sells in."]


@pytest.mark.parametrize("cued_answer", [True, False])
@pytest.mark.parametrize("any_answer", [True, False])
def test_labelled_list_item_answers_as_before(cued_answer: bool, any_answer: bool):
    def cued(text: str) -> bool:
        return cued_answer

    def any_cue(text: str) -> bool:
        return any_answer

    for contexts in ([0] * len(_ITEMS), [0, 1, 0, 0, 1, 0]):
        for i, line in enumerate(_ITEMS):
            for text in (line, line[:12], "Something else"):
                assert labelled_list_item(_ITEMS, contexts, i, text, cued, any_cue) == \
                    _labelled_before(_ITEMS, contexts, i, text, cued, any_cue)
