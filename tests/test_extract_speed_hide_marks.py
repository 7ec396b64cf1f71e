"""The page's own hide marks (U+FDEE, U+FDEF) are looked for in its text nodes only when the
document's text holds one (``page_lines._holds_hide_marks``, issue 13): the XPath that finds them
made every text node's string value twice. The check says yes exactly where the XPath finds a node,
so the lines and hidden spans are those the XPath alone gave."""

from __future__ import annotations

from pathlib import Path

import pytest
from shipped_pages import PAGES

from archiver.extract import extract_unbounded
from archiver.extract.html import decode_html
from archiver.extract.page_lines import _OWN_HIDE_MARKS, _SKIP, _holds_hide_marks
from archiver.extract.text import parse_html

#: A mark in each kind of place a text node can hold one, one page each, and pages holding none
#: (in an attribute only: not a text node's, for the XPath or the check).
_PAGES = {
    "element text": "<html><body><p>one \ufdee two</p></body></html>",
    "tail": "<html><body><p>one <b>two</b> three\ufdef</p></body></html>",
    "head title": "<html><head><title>T\ufdee</title></head><body><p>one</p></body></html>",
    "after the body": "<html><body><p>one</p></body>\ufdef</html>",
    "fragment (no body)": "<p>one\ufdee</p><p>two</p>",
    "none": "<html><body><p>one <b>two</b> three</p></body></html>",
    "attribute only": "<html><body><p title='\ufdee'>one</p></body></html>",
}


def _root(html: str):  # noqa: ANN202 - an lxml element: the body, as the page's lines read it
    tree = parse_html(html)
    assert tree is not None
    body = tree.find(".//body") if tree.tag != "body" else tree
    root = body if body is not None else tree
    for el in list(root.iter(*_SKIP)):  # what the lines strip before they look
        el.drop_tree()
    return root


@pytest.mark.parametrize("name", sorted(_PAGES))
def test_the_check_says_yes_exactly_where_the_xpath_finds_a_mark(name: str):
    root = _root(_PAGES[name])
    assert _holds_hide_marks(root) == bool(_OWN_HIDE_MARKS(root))
    assert _holds_hide_marks(root) == (name not in ("none", "attribute only"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_the_check_agrees_with_the_xpath_on_every_shipped_page(page: Path):
    root = _root(decode_html(page.read_bytes(), "text/html").text)
    assert _holds_hide_marks(root) == bool(_OWN_HIDE_MARKS(root))


def test_a_pages_own_mark_in_a_tail_is_dropped_from_its_line_and_ends_no_span():
    art = extract_unbounded(b"<html><body><p>Shown.</p><p hidden>Hidden <b>bold</b> tail\xef\xb7\xaf words.</p>"
                            b"<p>After.</p></body></html>", url="http://127.0.0.1/p",
                            content_type="text/html; charset=utf-8")
    assert art.page_text == "Shown.\nHidden bold tail words.\nAfter."
    assert art.page_text_hidden is not None
    assert [art.page_text[a:b] for a, b in art.page_text_hidden] == ["Hidden bold tail words."]
