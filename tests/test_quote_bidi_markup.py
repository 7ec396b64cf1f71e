"""Markup that shows words in another order than the page stores them is display order too (review 9 F2).

``<bdo dir="rtl">12</bdo> to 5`` shows "21 to 5"; an inline ``unicode-bidi:bidi-override;direction:rtl``
shows "reviled" as "deliver"; a right-to-left mark beside a digit ("3\u200f-1") shows "31-". The extraction
writes the override the markup states into the page text (RLO ... PDF, as a page storing the control
characters would), so the display-order check (archiver.quotes.display) holds a quote to what the page
showed: never ``exact`` for "12 to 5". Markup that overrides nothing (``dir`` alone, a ``bdo`` over
left-to-right text in left-to-right order) changes nothing.
"""

from __future__ import annotations

import pytest

from archiver.extract import Article, extract_unbounded
from archiver.quotes import verify_quote

FILLER = ("<p>The council approved the harbour repairs on Tuesday evening after a long and heated debate in the "
          "town hall.</p><p>Officials said the repairs will take about eighteen months and cost the city a great "
          "deal of money in the end.</p>")


def _page(paragraph: str) -> Article:
    body = (f"<!doctype html><html><head><meta charset='utf-8'><title>Harbour vote</title></head><body><article>"
            f"<h1>Harbour vote</h1>{FILLER}<p>{paragraph}</p>{FILLER}</article></body></html>")
    return extract_unbounded(body.encode(), url="http://127.0.0.1/bidi", content_type="text/html; charset=utf-8")


def _verdict(art: Article, quote: str) -> str:
    return verify_quote(quote, art.text, page_text=art.page_text, page_hidden=art.page_text_hidden).verdict


@pytest.mark.parametrize("markup", [
    '<bdo dir="rtl">12</bdo>', '<bdo DIR="RTL">12</bdo>',
    '<span style="unicode-bidi:bidi-override;direction:rtl">12</span>',
    '<span style="direction: rtl; unicode-bidi: bidi-override">12</span>',
    '<span style="unicode-bidi:isolate-override;direction:rtl">12</span>',
    '<span style="unicode-bidi:bidi-overrid\\65;direction:rtl">12</span>',
])
def test_a_number_the_markup_shows_reversed_is_not_verified(markup: str):
    art = _page(f"The final vote was {markup} to 5 in favour of the repairs, the clerk announced after the count.")
    assert _verdict(art, "The final vote was 12 to 5 in favour of the repairs") == "altered"


def test_a_word_an_inline_override_shows_reversed_is_not_verified():
    art = _page('Mayor Anna Berg said the result showed the city had a <span style="unicode-bidi:bidi-override;'
                'direction:rtl">reviled</span> plan for the harbour.')
    assert _verdict(art, "the city had a reviled plan for the harbour") == "altered"


def test_a_right_to_left_mark_beside_a_digit_is_display_order():
    art = _page("The score in the final match was 3&#x200F;-1 for the harbour team, the referee confirmed.")
    assert _verdict(art, "The score in the final match was 3-1 for the harbour team") == "altered"


def test_an_arabic_letter_mark_beside_a_digit_is_display_order():
    art = _page("The score in the final match was 3&#x61C;-1 for the harbour team, the referee confirmed.")
    assert _verdict(art, "The score in the final match was 3-1 for the harbour team") == "altered"


@pytest.mark.parametrize("markup", [
    '<span dir="ltr">12</span>', '<bdo dir="ltr">12</bdo>', '<span style="direction:rtl">12</span>',
    '<span style="unicode-bidi:bidi-override;direction:rtl;unicode-bidi:normal">12</span>', "<bdi>12</bdi>",
])
def test_markup_that_reverses_nothing_leaves_the_quote_exact(markup: str):
    art = _page(f"The final vote was {markup} to 5 in favour of the repairs, the clerk announced after the count.")
    assert _verdict(art, "The final vote was 12 to 5 in favour of the repairs") == "exact"


def test_a_right_to_left_mark_away_from_digits_changes_nothing():
    art = _page("The mayor said&#x200F; the harbour would stay open to every fishing boat through the works.")
    assert _verdict(art, "the harbour would stay open to every fishing boat") == "exact"


def test_the_article_text_is_not_changed_by_the_override_only_the_page_text_says_it():
    art = _page('The final vote was <bdo dir="rtl">12</bdo> to 5 in favour of the repairs, the clerk announced.')
    assert "was 12 to 5" in art.text
    assert "was \u202e12\u202c to 5" in art.page_text
