"""Text a browser shows is text we extract, wherever the page's markup puts it (task ext62).

Review rvcap60 found ``<html><body><p>A</p></body></html><p>B</p>`` extracted as A alone: libxml2
drops what follows ``</html>`` (and sets what follows ``</body>`` beside the body, where the page
text never looks), while the HTML standard's parser, Chromium's, puts both back in the body. A blind
probe of 43 pages and 17 Content-Types served from 127.0.0.1 to Debian's Chromium 156
(``bench/markup_structure_chromium.py``: ``document.body.innerText`` against our texts and
``verify_quote``'s verdicts) found 32 of 110 sentences whose fate differed; these tests hold the
classes fixed: text after the root's end tags, a one-element page with no ``<html>`` (no text at
all), a ``<title>`` in the body (hidden, yet article text) and the Content-Types Chromium reads where
MIME Sniffing's parser refuses them. Each page is its own small fixture, inline.
"""

from __future__ import annotations

import pytest

from archiver.core.mime import effective_content_type
from archiver.core.readable import is_extractable, is_text
from archiver.extract import Article, extract_unbounded
from archiver.extract.source_fixes import content_after_root_end
from archiver.quotes.verify import verify_quote

A = "The harbour commission approved the new ferry timetable on Tuesday."
B = "Residents of the island had asked for an earlier morning crossing."


def _extract(page: str, content_type: str | None = "text/html; charset=utf-8") -> Article:
    return extract_unbounded(page.encode(), url="http://127.0.0.1/page", content_type=content_type)


def _verdict(article: Article, quote: str) -> str:
    return verify_quote(quote, article.text, page_text=article.page_text,
                        page_hidden=article.page_text_hidden or ()).verdict


def test_a_paragraph_after_the_closing_html_tag_is_page_text_and_quotable():
    article = _extract(f"<html><body><p>{A}</p></body></html><p>{B}</p>")
    assert B in article.page_text
    assert _verdict(article, B) == "exact"


def test_bare_text_after_the_closing_html_tag_is_page_text():
    assert B in _extract(f"<html><body><p>{A}</p></body></html>\n{B}").page_text


def test_a_block_after_the_closing_body_tag_is_page_text():
    article = _extract(f"<html><head><title>t</title></head><body><p>{A}</p></body><div><p>{B}</p></div></html>")
    assert A in article.page_text and B in article.page_text


def test_a_page_ending_in_white_space_and_comments_is_parsed_as_it_is():
    page = f"<html><body><p>{A}</p></body></html>\n<!-- served in 12 ms -->\n<!-- cache: hit"
    assert content_after_root_end(page) == page


def test_a_root_end_tag_inside_a_script_moves_nothing():
    page = f'<html><body><p>{A}</p><script>document.write("</body></html>");</script></body></html>\n'
    assert content_after_root_end(page) == page


def test_every_root_end_tag_in_markup_goes_when_content_follows_them():
    page = f'<html><body><p>{A}</p><script>var s = "</html>";</script></body></html><p>{B}</p></html>'
    assert content_after_root_end(page) == f'<html><body><p>{A}</p><script>var s = "</html>";</script><p>{B}</p>'


def test_a_one_element_page_without_an_html_tag_gives_its_text():
    """No "html" in its first 50 characters and one element at its top: trafilatura's ``load_html``
    refused it as no HTML, and the page had no text at all (Chromium shows both sentences)."""
    article = _extract(f"<body><p>{A}<br/>{B}</p></body>")
    assert A in article.page_text and B in article.page_text


def test_a_comment_that_never_closes_hides_only_what_follows_it():
    article = _extract(f"<body><p>{A}</p><!-- <p>{B}</p></body>")
    assert A in article.page_text
    assert B not in article.page_text and B not in article.text


def test_a_title_in_the_body_is_not_quotable():
    """A ``<title>`` outside the head is ``display: none``: Chromium shows A only."""
    article = _extract(f"<body><p>{A}</p><title>{B}</title></body>")
    assert B not in article.text and B not in article.page_text
    assert _verdict(article, B) != "exact"


def test_the_head_s_title_still_gives_the_page_its_title():
    article = _extract(f"<html><head><title>Ferry timetable</title></head><body><p>{A}</p></body></html>")
    assert article.title == "Ferry timetable"


PAGE = f"<html><body><p>{A}</p></body></html>".encode()


@pytest.mark.parametrize("declared", ["text /html", "text", "foo /bar"])
def test_a_content_type_with_no_slash_in_its_type_is_sniffed_as_chromium_sniffs_it(declared):
    content_type = effective_content_type([("Content-Type", declared)], PAGE)
    assert is_extractable(content_type, PAGE) and not is_text(content_type)
    assert A in _extract(PAGE.decode(), content_type).page_text


@pytest.mark.parametrize("declared", ["text/ html", "text/html\x0bfoo", "text/", "text/html\x0b; charset=utf-8"])
def test_a_text_type_that_does_not_parse_is_shown_as_text_as_chromium_shows_it(declared):
    content_type = effective_content_type([("Content-Type", declared)], PAGE)
    assert is_text(content_type)
    assert "<p>" + A in _extract(PAGE.decode(), content_type).text  # the source, as characters


@pytest.mark.parametrize("declared", ["text/html\xa0", "foo/ bar", "/html"])
def test_a_type_chromium_does_not_show_gives_no_text(declared):
    assert not is_extractable(effective_content_type([("Content-Type", declared)], PAGE), PAGE)
