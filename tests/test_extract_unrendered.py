"""What the markup says a reader is not shown stays out of the article text (archiver.extract.unrendered).

tests/data/unrendered_page.html is an article with one planted sentence per class of hiding the
HTML itself states, beside visible sentences and elements that only look hidden. A planted
sentence must never be the article's text; all but ``<template>`` and ``<noscript>`` stay in the
page text (as inline ``display:none`` always did), so a quote of them is still located there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from archiver.extract import Article, extract_unbounded
from archiver.extract.html import decode_html
from archiver.extract.text import main_text, parse_html
from archiver.extract.unrendered import is_unrendered, style_values, unrendered

PAGE = Path(__file__).parent / "data" / "unrendered_page.html"

HIDDEN_ATTRIBUTE = "The mayor admitted in private that the harbour figures were invented by his office."
UNTIL_FOUND = "The harbour master resigned in protest and called the vote a disgrace to the town."
TEMPLATE = "The opposition leader conceded that the budget had been the right choice all along."
CLOSED_DIALOG = "The treasurer confirmed that the reserve fund had already been spent on consultants."
CLOSED_DETAILS = "The port authority secretly agreed to sell the western quay to a private developer."
NOSCRIPT = "The council clerk said the minutes of the meeting had been rewritten afterwards."
ESCAPED_DISPLAY_NONE = "The deputy mayor said the harbour budget would double the local tax next year."
IMPORTANT_VISIBILITY = "The fishermen's union threatened to blockade the harbour mouth on Saturday."
HIDDEN_BUT_DISPLAYED = "The ferry operator welcomed the decision and promised more crossings in the summer season."
PAGES_OWN_MARK = "The quay repairs are expected to take two years and will be paid for out of the harbour budget."
ARIA_HIDDEN = "The harbour café will stay open through the works, its owner told the meeting."


@pytest.fixture(scope="module")
def article() -> Article:
    return extract_unbounded(PAGE.read_bytes(), url="http://127.0.0.1/harbour", content_type="text/html; charset=utf-8")


@pytest.mark.parametrize("sentence", [HIDDEN_ATTRIBUTE, UNTIL_FOUND, TEMPLATE, CLOSED_DIALOG, CLOSED_DETAILS,
                                      NOSCRIPT, ESCAPED_DISPLAY_NONE, IMPORTANT_VISIBILITY],
                         ids=["hidden", "until-found", "template", "dialog", "details", "noscript",
                              "escaped-display-none", "important-visibility"])
def test_words_the_markup_hides_are_not_article_text(article: Article, sentence: str):
    assert sentence not in article.text


@pytest.mark.parametrize("sentence", [HIDDEN_ATTRIBUTE, UNTIL_FOUND, CLOSED_DIALOG, CLOSED_DETAILS,
                                      ESCAPED_DISPLAY_NONE])
def test_words_the_markup_hides_stay_in_the_page_text_as_inline_display_none_does(article: Article, sentence: str):
    assert sentence in article.page_text


@pytest.mark.parametrize("sentence", [TEMPLATE, NOSCRIPT])
def test_template_and_noscript_words_are_in_neither_text(article: Article, sentence: str):
    assert sentence not in article.page_text


def test_a_hidden_element_an_inline_display_shows_again_is_article_text(article: Article):
    assert HIDDEN_BUT_DISPLAYED in article.text


def test_a_pages_own_attribute_named_like_our_mark_hides_nothing(article: Article):
    assert PAGES_OWN_MARK in article.text


def test_aria_hidden_words_are_on_the_screen_and_stay_in_the_page_text(article: Article):
    assert ARIA_HIDDEN in article.page_text


def test_visible_article_paragraphs_are_kept(article: Article):
    assert "The town council approved the harbour budget on Tuesday evening" in article.text
    assert "The council will meet again next month" in article.text


def test_the_callers_tree_is_left_as_it_was_with_hidden_elements_in_it():
    tree = parse_html(decode_html(PAGE.read_bytes(), "text/html").text)
    before = etree.tostring(tree)
    main_text(tree, "http://127.0.0.1/harbour")
    assert etree.tostring(tree) == before


def test_a_short_page_whose_visible_text_trafilatura_rejects_does_not_fall_back_to_the_hidden_text():
    """trafilatura's baseline rescue read the unpruned tree: inline display:none reached the article."""
    body = (b"<html><body><div><p style='display:none'>Planted words for nobody to read at all, a sentence long "
            b"enough to count as text.</p><p>Visible words of the short page that a reader sees.</p></div></body></html>")
    art = extract_unbounded(body, url="http://127.0.0.1/short", content_type="text/html; charset=utf-8")
    assert "Planted" not in art.text


def _el(markup: str):  # noqa: ANN202
    return etree.fromstring(markup, etree.HTMLParser()).find(".//body")[0]


@pytest.mark.parametrize("markup", [
    "<p hidden>x</p>", "<p hidden='HIDDEN'>x</p>", "<p hidden='until-found'>x</p>", "<template>x</template>",
    "<noscript>x</noscript>", "<dialog>x</dialog>", "<details><summary>s</summary>x</details>",
    "<p style='display:none'>x</p>", "<p style='DISPLAY : NONE'>x</p>", "<p style='visibility:collapse'>x</p>",
    "<p style='content-visibility:hidden'>x</p>", "<p style='display:block !important;display:none !important'>x</p>",
    "<p style='display:/* a */none'>x</p>", "<p hidden style='display:revert'>x</p>",
    "<p hidden='until-found' style='display:block'>x</p>",
    "<video controls><source src='a.mp4'>x</video>", "<audio controls>x</audio>", "<object data='a.swf'>x</object>",
])
def test_each_form_of_markup_hiding_is_recognised(markup: str):
    assert is_unrendered(_el(markup))


@pytest.mark.parametrize("markup", [
    "<p aria-hidden='true'>x</p>", "<dialog open>x</dialog>", "<details open><summary>s</summary>x</details>",
    "<p style='display:none;display:block'>x</p>", "<p style='display:block !important; display:none'>x</p>", "<p hidden style='display:flex'>x</p>",
    "<dialog style='display:block'>x</dialog>", "<p style='overflow:hidden'>x</p>", "<p class='hidden'>x</p>",
    "<p hidden='until-found' style='content-visibility:visible'>x</p>", "<p style='visibility:visible'>x</p>",
])
def test_what_is_shown_is_not_taken_for_hidden(markup: str):
    assert not is_unrendered(_el(markup))


def test_the_last_declaration_of_equal_weight_wins():
    assert style_values("display:none; display:block") == (("display", "block"),)
    assert style_values("display:none!important; display:block") == (("display", "none"),)


def test_nested_hidden_elements_are_all_found():
    tree = etree.fromstring("<html><body><div hidden><p hidden>a</p></div><p>b</p></body></html>", etree.HTMLParser())
    assert [el.tag for el in unrendered(tree)] == ["div", "p"]


def test_an_empty_hidden_element_is_left_in_trafilaturas_tree():
    """No words to vouch for; taking ad slots out moved trafilatura's choice of paragraphs."""
    tree = etree.fromstring("<html><body><div style='display:none'> <img src='a.png'> </div><p hidden>b</p></body></html>",
                            etree.HTMLParser())
    assert [el.tag for el in unrendered(tree)] == ["p"]
