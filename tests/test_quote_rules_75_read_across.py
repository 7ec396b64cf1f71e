"""Quote rules 75: a quote read across a box set inside a sentence, where the box said "not" or a number, is altered.

"The old wooden pier is <aside>not</aside> safe" shows every reader "is [not] safe"; the extractor leaves the box out
of the article text and the sentence goes on on a line of its own, so "the pier is safe" matched across the break,
``normalized`` (lead54 left it). The page text keeps the box's words where they stand, and the match is held to it
(archiver/quotes/read_across.py). A caption, a credit or an advertisement across the sentence is read across as
before.
"""

from __future__ import annotations

import pytest

from archiver.extract import extract
from archiver.quotes import verify_quote

_REST = "".join(f"<p>Paragraph {i} of the report says the harbour board met again on the following day to discuss "
                "the budget and the plan for the pier.</p>" for i in range(4))


def _verdict(quote: str, sentence: str) -> str:
    page = (f"<!doctype html><html><head><title>T</title></head><body><article><h1>Harbour</h1><p>The harbour board "
            f"met on Tuesday evening. {sentence}</p>{_REST}</article></body></html>").encode()
    a = extract(page, url="http://127.0.0.1:8000/", content_type="text/html")
    return verify_quote(quote, a.text, page_text=a.page_text, page_hidden=a.page_text_hidden).verdict


@pytest.mark.parametrize("box", ["<aside>not</aside>", "<nav>not</nav>", "<figure>never</figure>",
                                 "<form>not</form>", "<fieldset>not</fieldset>", "<dialog open>not</dialog>"])
def test_a_quote_read_across_a_box_holding_a_negation_is_altered(box):
    sentence = f"The old wooden pier is {box} safe for heavy lorries, the mayor said."
    assert _verdict("The old wooden pier is safe for heavy lorries", sentence) == "altered"


def test_a_quote_read_across_a_box_holding_a_number_is_altered():
    sentence = "The repairs of the old wooden pier will cost <aside>5</aside> million euros, the mayor said."
    assert _verdict("The repairs of the old wooden pier will cost million euros", sentence) == "altered"


@pytest.mark.parametrize("box", ["<figure><img src='pier.jpg'><figcaption>Photo: Jane Doe</figcaption></figure>",
                                 "<aside>Advertisement</aside>",
                                 "<figure><img src='pier.jpg'><figcaption>The old pier in 2019</figcaption></figure>"])
def test_a_quote_read_across_a_picture_or_an_advertisement_stays_verified(box):
    sentence = f"The old wooden pier is {box} safe for heavy lorries, the mayor said."
    assert _verdict("The old wooden pier is safe for heavy lorries", sentence) in ("exact", "normalized")


def test_a_quote_across_a_heading_and_its_first_line_is_not_held_to_the_boxes_between():
    text = "Harbour news\n\nThe old wooden pier is safe for heavy lorries."
    page = "Harbour news\nPosted 3 May 2024\nThe old wooden pier is safe for heavy lorries."
    quote = "Harbour news The old wooden pier is safe for heavy lorries"
    assert verify_quote(quote, text, page_text=page).verdict in ("exact", "normalized")
