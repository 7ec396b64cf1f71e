"""The extraction names the spans of the page text whose words the page's markup hides (``page_text_hidden``).

The page text keeps those words (a quote of them is located), so verify-quote needs to know which they
are to never vouch for them (review 9 F4). Asking for the spans must not change the page text itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.extract import Article, extract_unbounded
from archiver.extract.html import decode_html
from archiver.extract.page_lines import visible_lines_with_credits
from archiver.extract.text import parse_html

DATA = Path(__file__).parent / "data"


def _extract(body: str) -> Article:
    return extract_unbounded(body.encode(), url="http://127.0.0.1/p", content_type="text/html; charset=utf-8")


def _hidden_words(art: Article) -> list[str]:
    assert art.page_text_hidden is not None
    return [art.page_text[a:b] for a, b in art.page_text_hidden]


def test_a_hidden_paragraph_is_one_span_of_the_page_text():
    art = _extract("<html><body><p>Shown words here.</p><p hidden>Hidden words here.</p><p>More shown.</p></body></html>")
    assert art.page_text == "Shown words here.\nHidden words here.\nMore shown."
    assert _hidden_words(art) == ["Hidden words here."]


def test_a_hidden_word_inside_a_shown_line_is_its_own_span():
    art = _extract("<html><body><p>the wall is <span style='font-size:0'>not </span>safe</p></body></html>")
    assert art.page_text == "the wall is not safe"
    assert _hidden_words(art) == ["not "]


def test_nested_hidden_elements_and_blocks_inside_one_are_one_span():
    art = _extract("<html><body><p>Before.</p><div hidden><p>One.</p><div style='display:none'><p>Two.</p></div>"
                   "<p>Three.</p></div><p>After.</p></body></html>")
    assert _hidden_words(art) == ["One.\nTwo.\nThree."]


def test_a_page_without_hidden_words_names_no_span():
    assert _extract("<html><body><p>Every word is shown.</p></body></html>").page_text_hidden == ()


def test_a_pages_own_mark_characters_cannot_end_a_span_early():
    art = _extract("<html><body><p>Shown.</p><p hidden>Hidden \ufdef words \ufdee here.</p><p>After.</p></body></html>")
    assert _hidden_words(art) == ["Hidden words here."]


def test_a_record_from_before_the_field_names_no_spans_and_is_not_known():
    assert Article.from_dict({"text": "x", "page_text": "x"}).page_text_hidden is None
    art = _extract("<html><body><p>Shown.</p><p hidden>Hidden.</p></body></html>")
    assert Article.from_dict(art.to_dict()).page_text_hidden == art.page_text_hidden


@pytest.mark.parametrize("page", ["unrendered_page.html", "sup_sub_page.html",
                                  *sorted(f"extract/{p.name}" for p in (DATA / "extract").glob("*.html"))])
def test_asking_for_the_spans_leaves_the_lines_as_they_were(page: str):
    text = decode_html((DATA / page).read_bytes(), "text/html").text
    plain, marked, spans = parse_html(text), parse_html(text), []
    assert plain is not None and marked is not None
    assert visible_lines_with_credits(marked, spans) == visible_lines_with_credits(plain)
