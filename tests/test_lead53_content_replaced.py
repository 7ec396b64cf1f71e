"""An element whose content a ``content`` image replaces shows none of its words (red team lead53).

``.x{content:url(dot.gif)}`` on "The drug is <span class=x>not </span>safe." makes Chromium 156 draw the image in
place of "not " (the span's text has no box, ``innerText`` leaves it out); the markup's text kept it, and
``verify-quote`` answered ``exact`` for "the drug is not safe", words no reader saw. Such an element is now hidden as
``display:none`` is (:mod:`archiver.extract.content_replaced`): a quote of its words is ``altered``. A string
``content`` on an element (which Chromium ignores), one on a pseudo-element, or one for print replaces nothing."""

from __future__ import annotations

import pytest
from cli import quote_verdict
from stores import one_capture_fixtures

from archiver.extract import extract

DOT = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _page() -> bytes:
    return (f"<!doctype html><html lang=en><head><title>Drug rulings</title><style>.dot{{content:url({DOT})}}"
            "</style></head><body><article><h1>Drug rulings</h1>"
            "<p>The regulator said on Monday that the new drug is <span class=dot>not </span>safe for children "
            "under twelve, according to its final report.</p>"
            "<p>It added that the price of the older drug is <b style='content: linear-gradient(red, blue)'>never "
            "</b>going to rise this year, the report said.</p></article></body></html>").encode()


template, captured = one_capture_fixtures("content-replaced", "/rulings", _page)


@pytest.mark.parametrize("quote", [
    "the new drug is not safe for children under twelve",
    "the price of the older drug is never going to rise this year",
])
def test_a_quote_of_words_a_content_image_replaces_is_altered(captured, quote):
    code, doc = quote_verdict(captured, quote)
    assert (code, doc["verdict"]) == (1, "altered"), doc


def test_the_sentence_as_shown_is_exact(captured):
    code, doc = quote_verdict(captured, "the new drug is safe for children under twelve, according to its final report")
    assert (code, doc["verdict"]) == (0, "exact"), doc


def _article_text(style: str, body: str) -> str:
    page = f"<!doctype html><html><head><style>{style}</style></head><body><article><h1>T</h1>{body}</article></body></html>"
    return extract(page.encode(), url="http://example.test/", content_type="text/html").text


BODY = ("<p>The regulator said on Monday that the new drug is <span class=x>not </span>safe for children under "
        "twelve, according to its final report on the trial.</p>")


@pytest.mark.parametrize("style", [
    ".x { content: 'yes ' }",
    ".x::before { content: url(a.png) }",
    "@media print { .x { content: url(a.png) } }",
    ".x { content: url(a.png) } p .x { content: normal }",
    ".x:hover { content: url(a.png) }",
])
def test_a_content_that_replaces_nothing_leaves_the_words(style):
    assert "drug is not safe" in _article_text(style, BODY)


@pytest.mark.parametrize("style", [
    ".x { content: url(a.png) }",
    ".x { content: url(a.png) !important } p .x { content: normal }",
    "@media screen { .x { content: image-set('a.png' 1x) } }",
])
def test_a_content_image_on_the_element_takes_its_words_out(style):
    assert "drug is safe" in _article_text(style, BODY)
