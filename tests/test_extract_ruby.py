"""A ruby annotation as a browser shows it: the base text with its annotation (``<rt>``) set above it,
and never the ``<rp>`` parentheses, which only a browser without ruby shows ("漢(kan)"): the user
agent's stylesheet gives ``rp`` ``display: none``.

The ``<rp>``'s words are in neither the article text nor the page text, as the other fallbacks no
browser renders are (:data:`archiver.extract.media.FALLBACK_HOLDERS`). The annotation reads as
before: the article text keeps the base text alone (trafilatura's stage drops ``<rt>``: a quote of
the sentence quotes its words, not their readings), the page text keeps the annotation after its
base ("漢kan"), as a browser's ``innerText`` and a copy of the page give it (both leave ``<rp>`` out).

A page may leave the parts' end tags out ("<rp>(<rt>kan<rp>)"); libxml2 then nested the annotation
and the base text after it under the first ``<rp>``, which a browser's parser closes at the next part:
the tree is put back as the browser builds it, so no shown word is lost with the parentheses.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli
from servers import html_page

from archiver.extract import Article, extract_unbounded

PAGE = Path(__file__).parent / "data" / "unshown_content_page.html"
_FILLER = "".join(
    f"<p>The council met on day {n} of the inquiry and heard the harbour engineers explain the state of the "
    "quay walls, the dam and the locks, one by one, before the public gallery.</p>" for n in range(1, 7))


def _extract(body: str | bytes) -> Article:
    data = body.encode() if isinstance(body, str) else body
    return extract_unbounded(data, url="http://127.0.0.1/dam", content_type="text/html; charset=utf-8")


def _article(sentence: str) -> Article:
    return _extract(f"<html><body><article><h1>The dam will hold</h1>{_FILLER}<p>{sentence}</p>"
                    "</article></body></html>")


def _line(text: str, start: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(start))


RUBY = ("The engineer said <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp>字<rp>(</rp><rt>ji</rt><rp>)</rp></ruby> "
        "the dam will hold through the winter.")


def test_the_rp_parentheses_are_not_article_text_and_the_base_text_is():
    art = _article(RUBY)
    assert _line(art.text, "The engineer said") == "The engineer said 漢字 the dam will hold through the winter."


def test_the_rp_parentheses_are_not_page_text_and_the_annotation_follows_its_base():
    art = _article(RUBY)
    assert _line(art.page_text, "The engineer said") == (
        "The engineer said 漢kan字ji the dam will hold through the winter.")
    assert art.page_text_hidden == ()


def test_a_ruby_whose_end_tags_are_left_out_reads_as_one_whose_end_tags_are_written():
    omitted = ("The engineer said <ruby>漢<rp>(<rt>kan<rp>)</rp>字<rp>(<rt>ji<rp>)</ruby> "
               "the dam will hold through the winter.")
    written, left_out = _article(RUBY), _article(omitted)
    assert (left_out.text, left_out.page_text) == (written.text, written.page_text)


def test_base_texts_and_annotations_whose_end_tags_are_left_out_are_all_page_text():
    art = _article("The engineer said <ruby><rb>漢<rb>字<rt>kan<rt>ji</ruby> the dam will hold through the winter.")
    assert _line(art.page_text, "The engineer said") == (
        "The engineer said 漢字kanji the dam will hold through the winter.")


def test_an_rp_outside_a_ruby_is_not_shown_either():
    art = _article("The minister <rp>did not </rp>resign on Tuesday, the spokesman said in the evening.")
    assert "did not" not in art.text
    assert "did not" not in art.page_text


def test_an_rp_its_inline_style_shows_is_text():
    # (display other than none beats the user agent's rp { display: none }, as for [hidden])
    art = _article("The minister <rp style='display: inline'>did not </rp>resign on Tuesday, the spokesman said.")
    assert "The minister did not resign on Tuesday" in art.page_text
    assert "The minister did not resign on Tuesday" in art.text


def test_on_a_short_page_trafilaturas_fallback_extractors_do_not_read_the_rp_parentheses():
    art = _extract("<html><body><div><p>The engineer said <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> the dam "
                   "will hold.</p></div></body></html>")
    assert "(" not in art.text
    assert "(" not in art.page_text
    assert "The engineer said 漢kan the dam will hold." in art.page_text


@pytest.fixture
def archived(store, site):
    site.routes["/harbour"] = html_page(PAGE.read_bytes())
    assert run_cli("archive", site.url("/harbour"), store=store).returncode == 0
    return store


def _verify(store: Path, quote: str) -> tuple[int, dict]:
    proc = run_cli("verify-quote", quote, "--json", store=store)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.returncode, json.loads(proc.stdout)


def test_a_quote_of_the_sentence_a_reader_sees_around_a_ruby_is_exact(archived):
    rc, doc = _verify(archived, "The engineer said 漢 the dam will hold through the winter.")
    assert (rc, doc["verdict"], doc["where"]) == (0, "exact", "text")


def test_a_quote_through_the_rp_parentheses_is_no_longer_exact(store, site):
    # a short page: the page text held "漢(kan)字(ji)" and the quote verified exact there; now the
    # parentheses are the quote's own brackets around words the page shows
    site.routes["/short"] = html_page(f"<html><head><meta charset='utf-8'></head><body><div><p>{RUBY}</p></div>"
                                      "</body></html>".encode())
    assert run_cli("archive", site.url("/short"), store=store).returncode == 0
    rc, doc = _verify(store, "The engineer said 漢(kan)字(ji) the dam will hold through the winter.")
    assert (rc, doc["verdict"]) == (0, "normalized")
    assert "brackets" in doc["explanation"]
