"""parse_html's own parser (C-level element classes) gives trafilatura's ``load_html`` tree."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from lxml.html import HtmlElement
from shipped_pages import PAGES
from trafilatura.utils import load_html

from archiver.extract.html import decode_html
from archiver.extract.text import parse_html


def _same(text: str) -> None:
    ours, theirs = parse_html(text), load_html(text)
    if theirs is None:
        assert ours is None
        return
    assert ours is not None
    assert etree.tostring(ours, encoding="unicode") == etree.tostring(theirs, encoding="unicode")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_parse_html_gives_trafilaturas_tree_on_every_shipped_page(page: Path):
    _same(decode_html(page.read_bytes(), "text/html").text)


@pytest.mark.parametrize("text", [
    "",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>declared</p></body></html>',
    "<html><body><p>bad \x00\x0b chars</p><!-- gone --></body></html>",
    "<html><body><form><input value='x'><textarea>t</textarea><label>l</label></form></body></html>",
], ids=["empty", "xml-declaration", "control-chars", "form-controls"])
def test_parse_html_gives_trafilaturas_tree_on_odd_inputs(text: str):
    _same(text)


@pytest.mark.parametrize("text", ["<p>just a fragment</p>", "plain words, no markup at all"], ids=["fragment", "text"])
def test_parse_html_reads_a_page_trafilatura_refuses_as_a_whole_document(text: str):
    """``load_html`` takes a body already read as HTML with no "html" near its start and one element
    for no HTML; a browser shows its words (ext62), so they are parsed as a document."""
    assert load_html(text) is None
    tree = parse_html(text)
    assert tree is not None and tree.tag == "html"
    assert " ".join(tree.text_content().split()) == text.removeprefix("<p>").removesuffix("</p>")


def test_parse_html_elements_are_lxml_html_elements_with_their_methods():
    tree = parse_html("<html><body><form><p>Hello <b>there</b></p></form></body></html>")
    assert tree is not None
    assert all(isinstance(el, HtmlElement) for el in tree.iter())
    assert tree.find(".//p").text_content() == "Hello there"
