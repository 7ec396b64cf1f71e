"""Words a page's ``<style>`` adds with ``::before`` / ``::after`` are words its readers are shown (red team lead53).

``.neg::before{content:"not "}`` with ``the new drug is <span class=neg></span>safe`` shows every reader "the new
drug is not safe"; the markup's text says "the new drug is safe", and ``verify-quote`` answered ``exact``, exit 0, for
a sentence no reader saw (a browser's ``innerText`` leaves generated content out too). The extractor now writes
such words into the page where a reader sees them (:mod:`archiver.extract.generated_content`), so the quote engine
judges the sentence as shown: the quote without the "not" is ``altered``. What no reader of every screen is shown
(a print rule, a hover, a width some screens lack, a pseudo-element set to ``display:none``), icon fonts' glyphs
and loading placeholders add nothing."""

from __future__ import annotations

import pytest
from cli import quote_verdict
from conftest import run_cli
from lxml import html
from stores import one_capture_fixtures

from archiver.extract.text import parse_html

STYLE = """
.neg::before { content: "not " }
.esc:before { content: "\\6E\\6F\\74 " }
.zero::after { content: "0" }
.note::before { content: "Retracted: " }
"""


def _page() -> bytes:
    return (f"<!doctype html><html lang=en><head><title>Trial results</title><style>{STYLE}</style></head><body>"
            "<article><h1>Trial results</h1>"
            "<p>The regulator said on Monday that the new drug is <span class=neg></span>safe for children under "
            "twelve, according to the final report published by the agency.</p>"
            "<p>The agency also found that the older drug is <b class=esc></b>effective against the disease in "
            "adults over sixty, the report said.</p>"
            "<p>The company said the trial enrolled 4,000<span class=zero></span> patients across three "
            "countries over two years.</p>"
            "<p class=note>The company said the drug halves the risk of admission to hospital for older "
            "patients.</p></article></body></html>").encode()


template, captured = one_capture_fixtures("generated-content", "/trial", _page)


@pytest.mark.parametrize("quote", [
    "the new drug is safe for children under twelve",
    "the older drug is effective against the disease in adults over sixty",
    "the trial enrolled 4,000 patients across three countries",
])
def test_a_quote_without_the_words_a_style_adds_is_altered(captured, quote):
    code, doc = quote_verdict(captured, quote)
    assert (code, doc["verdict"]) == (1, "altered"), doc


def test_the_sentence_as_shown_with_its_generated_words_is_exact(captured):
    code, doc = quote_verdict(captured, "the new drug is not safe for children under twelve, according to the final report")
    assert (code, doc["verdict"]) == (0, "exact"), doc


def test_a_label_a_style_adds_before_a_paragraph_is_in_the_text(captured):
    store, cid = captured
    proc = run_cli("show", cid, "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    assert "Retracted: The company said the drug halves" in proc.stdout


def _text(style: str, body: str) -> str:
    tree = parse_html(f"<!doctype html><html><head><style>{style}</style></head><body>{body}</body></html>")
    assert tree is not None
    body_element = tree.find(".//body")
    return " ".join(html.tostring(body_element, method="text", encoding="unicode").split())


@pytest.mark.parametrize("style", [
    "@media print { .x::before { content: 'not ' } }",
    "@media (min-width: 900px) { .x::before { content: 'not ' } }",
    ".x:hover::before { content: 'not ' }",
    ".x::before { content: 'not '; display: none }",
    ".x::before { content: 'not ' } p .x::before { content: none }",
    ".x::before { content: '\\f101' }",
    ".x::before { content: '\u201c' }",
    ".x::before { content: 'Loading…' }",
    ".x::before { content: 'not '; font-family: 'icomoon' }",
    "html.js .x::before { content: 'not ' }",
])
def test_what_not_every_reader_is_shown_or_no_word_adds_nothing(style):
    assert _text(style, "<p>The drug is <span class=x></span>safe.</p>") == "The drug is safe."


def test_a_style_that_names_an_attribute_adds_its_value():
    body = "<p>The drug is <span class=x data-word='not '></span>safe.</p>"
    assert _text(".x::before { content: attr(data-word) }", body) == "The drug is not safe."


def test_after_goes_at_the_end_of_an_element_after_its_children():
    body = "<p class=x>The drug is <b>safe</b> for adults</p>"
    assert _text(".x::after { content: ', a claim since withdrawn.' }", body) == (
        "The drug is safe for adults, a claim since withdrawn.")


def test_an_icon_class_letter_is_a_glyph_not_a_word():
    assert _text(".msg-mail::before { content: 'u' }", "<p>Share <i class='icon msg-mail'></i> now</p>") == (
        "Share now")


def test_a_list_items_marker_content_stands_before_its_words():
    """``li::marker{content:"not "}`` shows "not safe for children" in Chromium 156 (innerText leaves it out)."""
    assert _text("li.x::marker { content: 'not ' }", "<ul><li class=x>safe for children</li></ul>") == (
        "not safe for children")


def test_a_marker_rule_on_an_element_that_is_no_list_item_adds_nothing():
    assert _text("p::marker { content: 'not ' }", "<p>The drug is safe.</p>") == "The drug is safe."
