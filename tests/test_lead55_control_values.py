"""Words a form control, a drawing or a formula shows inside a sentence are in the archived text (extractor 193).

trafilatura deleted ``<textarea>``, ``<input>``, ``<select>``, ``<svg>``, ``<math>``, ``<object>`` with their words, and
the page text left them out: "The old wooden pier is <input value="not"> safe" was archived as "The old wooden pier is
safe", which a quote matched ``exact`` though every reader saw the "not" (archiver/extract/control_values.py).
"""

from __future__ import annotations

import pytest

from archiver.extract import extract
from archiver.quotes import verify_quote

_REST = "".join(f"<p>Paragraph {i} of the report says the harbour board met again on the following day to discuss "
                "the budget and the plan for the pier.</p>" for i in range(4))


def _page(inner: str, head: str = "") -> bytes:
    return (f"<!doctype html><html><head><title>T</title>{head}</head><body><article><h1>Harbour</h1><p>The harbour "
            f"board met on Tuesday evening. The old wooden pier is {inner} safe for heavy lorries, the mayor said.</p>"
            f"{_REST}</article></body></html>").encode()


def _texts(inner: str, head: str = "") -> tuple[str, str]:
    article = extract(_page(inner, head), url="http://127.0.0.1:8000/", content_type="text/html")
    return " ".join(article.text.split()), " ".join(article.page_text.split())


SHOWN = [
    "<textarea>not</textarea>",
    "<input value='not'>",
    "<input type='search' placeholder='not'>",
    "<input type='submit' value='not'>",
    "<select><option>never</option><option selected>not</option></select>",
    "<select><option label='not'>n</option></select>",
    "<svg width='30' height='20'><title>a tooltip</title><text x='0' y='15'>not</text></svg>",
    "<math><mrow><mi>not</mi></mrow></math>",
    "<object>not</object>",
    "<picture><source srcset='a.webp'>not<img src='a.png'></picture>",
]


@pytest.mark.parametrize("inner", SHOWN)
def test_the_words_a_control_shows_inside_a_sentence_are_in_the_article_text(inner):
    text, _ = _texts(inner)
    assert "The old wooden pier is not safe for heavy lorries" in text


@pytest.mark.parametrize("inner", SHOWN)
def test_the_words_a_control_shows_inside_a_sentence_are_in_the_page_text(inner):
    _, page = _texts(inner)
    assert "The old wooden pier is not safe for heavy lorries" in page


@pytest.mark.parametrize("inner", ["<textarea>not</textarea>", "<input value='not'>", "<svg><text>not</text></svg>"])
def test_a_quote_leaving_out_a_controls_words_is_not_vouched_for(inner):
    text, _ = _texts(inner)
    assert verify_quote("The old wooden pier is safe for heavy lorries", text).verdict not in ("exact", "normalized")
    assert verify_quote("The old wooden pier is not safe for heavy lorries", text).verdict == "exact"


@pytest.mark.parametrize("inner", [
    "<input type='hidden' value='not'>",
    "<input type='checkbox' value='not'>",
    "<input type='password' value='not'>",
    "<input value='not' hidden>",
    "<input value='not' style='display:none'>",
    "<object data='chart.svg'>not</object>",
])
def test_a_control_that_shows_no_words_adds_none(inner):
    text, _ = _texts(inner)
    assert "The old wooden pier is safe for heavy lorries" in text
    assert " not " not in text


def test_a_style_rule_hiding_the_control_by_class_hides_its_words():
    text, page = _texts("<input class='gone' value='not'>", "<style>.gone{display:none}</style>")
    assert "The old wooden pier is safe for heavy lorries" in text


def test_a_forms_own_field_outside_a_sentence_adds_nothing():
    page = (b"<!doctype html><html><head><title>T</title></head><body><article><h1>Harbour</h1>"
            b"<p>The harbour board met on Tuesday evening and approved the plan for the old wooden pier.</p>" + _REST.encode()
            + b"<form><label>Your name</label> <input value='Jane Doe'> <textarea>Write a comment</textarea></form>"
            b"</article></body></html>")
    text = extract(page, url="http://127.0.0.1:8000/", content_type="text/html").text
    assert "Jane Doe" not in text and "Write a comment" not in text


def test_a_formula_trafilatura_writes_as_latex_is_left_as_it_writes_it():
    text, _ = _texts("<math><mrow><mn>5</mn></mrow><annotation encoding='application/x-tex'>5</annotation></math>")
    assert "The old wooden pier is \\(5\\) safe" in text
