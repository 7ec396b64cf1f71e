"""Words a page strikes through are shown, but withdrawn: never vouched for as what the page says (lead54).

"The company will <del>not</del> pay for the repairs" reads, to anyone looking at it, that the company will pay:
"not" is struck out (a correction, a retracted claim, a changed price). The archived text held "will not pay", so
``verify-quote`` answered ``exact`` for the withdrawn statement and ``altered`` for the faithful one. A ``<del>``,
``<s>`` or ``<strike>``, or an element an inline style or a ``<style>`` rule gives ``text-decoration: line-through``,
is now read as the page's hidden words are (:mod:`archiver.extract.struck`): out of the article text, its span of the
page text named, a quote of it ``altered``."""

from __future__ import annotations

import pytest
from cli import quote_verdict
from stores import one_capture_fixtures

from archiver.extract import extract
from archiver.quotes import verify_quote

_REST = ("<p>Work begins in spring, when the weather allows the divers to reach the old piles and the new concrete "
         "can be poured into the frames the carpenters built over the winter.</p>")


def _page() -> bytes:
    return ("<!doctype html><html lang=en><head><title>Harbour repairs</title><style>.old{text-decoration-line:"
            "line-through}</style></head><body><article><h1>Harbour repairs</h1>"
            "<p>The harbour board met on Tuesday evening. The company will <del>not</del> pay for the repairs of "
            "the old wooden pier, the mayor said after the debate.</p>"
            "<p>The mayor added that the pier will reopen in <span class=old>May</span> June, once the divers have "
            f"checked every pile.</p>{_REST}</article></body></html>").encode()


template, captured = one_capture_fixtures("struck-through", "/repairs", _page)


@pytest.mark.parametrize("quote", [
    "The company will not pay for the repairs of the old wooden pier",
    "the pier will reopen in May June",
])
def test_a_quote_holding_words_the_page_strikes_through_is_altered(captured, quote):
    code, doc = quote_verdict(captured, quote)
    assert (code, doc["verdict"]) == (1, "altered"), doc


@pytest.mark.parametrize("quote", [
    "The company will pay for the repairs of the old wooden pier",
    "the pier will reopen in June, once the divers have checked every pile",
])
def test_the_sentence_as_corrected_is_exact(captured, quote):
    code, doc = quote_verdict(captured, quote)
    assert (code, doc["verdict"]) == (0, "exact"), doc


def _article(sentence: str, style: str = "") -> str:
    page = (f"<!doctype html><html><head><title>T</title><style>{style}</style></head><body><article><h1>Harbour"
            f"</h1><p>The harbour board met on Tuesday evening. {sentence}</p>{_REST}</article></body></html>")
    return extract(page.encode(), url="http://127.0.0.1:8000/", content_type="text/html").text


@pytest.mark.parametrize("marked", ["<del>not</del>", "<s>not</s>", "<strike>not</strike>",
                                    "<span style='text-decoration: underline line-through'>not</span>",
                                    "<em style='text-decoration-line:line-through'><b>not</b></em>"])
def test_every_way_of_striking_a_word_through_leaves_it_out_of_the_article_text(marked):
    text = _article(f"The company will {marked} pay for the repairs of the old wooden pier, the mayor said.")
    assert "The company will pay for the repairs" in text and "not" not in text.split()


@pytest.mark.parametrize(("marked", "style"), [
    ("<s style='text-decoration:none'>not</s>", ""),
    ("<s>not</s>", "s{text-decoration:none}"),
    ("<span class=old>not</span>", ".old{text-decoration:line-through} p .old{text-decoration:underline}"),
])
def test_a_strike_the_pages_style_takes_off_is_the_pages_words(marked, style):
    text = _article(f"The company will {marked} pay for the repairs of the old wooden pier, the mayor said.", style)
    assert "The company will not pay for the repairs" in text


def test_a_struck_mark_with_no_letter_or_digit_stays():
    """Embedded posts wrap their "@" and "#" in <s> (styled without the line): no word to vouch for."""
    text = _article("The agency posted the figures as <s>@</s>ReutersBiz reported them to its readers on Monday.")
    assert "@ReutersBiz reported them" in text


def test_a_quote_of_the_withdrawn_words_alone_is_told_they_are_struck_through():
    page = ("<!doctype html><html><head><title>T</title></head><body><article><h1>Harbour</h1><p>The harbour board "
            "met on Tuesday evening. The company will pay for the repairs. <del>The mayor resigned on Tuesday night "
            f"after the vote of the county council.</del></p>{_REST}</article></body></html>").encode()
    article = extract(page, url="http://127.0.0.1:8000/", content_type="text/html")
    assert "resigned" not in article.text and "resigned" in article.page_text
    result = verify_quote("The mayor resigned on Tuesday night after the vote of the county council", article.text,
                          page_text=article.page_text, page_hidden=article.page_text_hidden)
    assert result.verdict == "altered" and "struck through" in result.explanation
