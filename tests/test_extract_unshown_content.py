"""What a browser never renders is not the page's text (review 21 F2).

A reader's browser (scripts on, as in :mod:`archiver.extract.unrendered`) shows a ``<canvas>``'s
bitmap and never its fallback content; draws a ``<meter>`` or a ``<progress>`` as a gauge, never the
words inside; never renders a ``<noembed>``, a ``<noframes>`` or a ``<datalist>`` (the WHATWG
rendering rules give them ``display: none``); shows an ``<iframe>``'s document, never the element's
own text. Those words are in neither the article text nor the page text: a quote of them is not the
page's (they verified ``exact``). The words beside such an element stay, on one line.

A closed popover (``[popover]``, ``display: none`` until a click or a script opens it) is hidden as a
closed ``<details>`` is: out of the article text, kept in the page text as a hidden span (a quote of it
is ``not_shown``).

Checked and left as they are, because a browser renders their text: words inside a ``<picture>``,
a ``<map>`` (only its ``<area>``s are not rendered, and they hold none) or a ``<slot>`` outside a shadow
tree.

tests/data/unshown_content_page.html is an article with one planted phrase per element.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from archiver.extract import Article, extract_unbounded
from archiver.extract.media import pictures
from archiver.extract.unrendered import is_unrendered

PAGE = Path(__file__).parent / "data" / "unshown_content_page.html"

#: Each element whose content no browser renders, with the planted words it holds in the page.
NEVER_RENDERED = {
    "canvas": "the levy was illegal",
    "datalist": "The datalist text says the harbour master lied under oath.",
    "meter": "the pilots were never paid",
    "progress": "the divers refused to work",
    "noembed": "The noembed says the council falsified the harbour survey.",
    "noframes": "The noframes says the council sold the harbour land in secret.",
    "iframe": "The iframe says the ferries will stop running in June.",
}
EACH = pytest.mark.parametrize("element", list(NEVER_RENDERED))
POPOVER = "The popover says the harbour master knew about the cracks for years."


def _extract(body: bytes) -> Article:
    return extract_unbounded(body, url="http://127.0.0.1/harbour", content_type="text/html; charset=utf-8")


@pytest.fixture(scope="module")
def article() -> Article:
    return _extract(PAGE.read_bytes())


@EACH
def test_words_no_browser_renders_are_not_article_text(article: Article, element: str):
    assert NEVER_RENDERED[element] not in article.text


@EACH
def test_words_no_browser_renders_are_not_in_the_page_text(article: Article, element: str):
    assert NEVER_RENDERED[element] not in article.page_text


@pytest.mark.parametrize("line", [
    "The harbour master said the port will reopen in May after the repairs.",
    "The pilot said the night shifts on the harbour.",
    "The diver said the morning shifts on the harbour.",
    "The ferry timetable will be published next week.",
])
def test_the_words_around_an_unrendered_element_in_a_paragraph_are_its_shown_line(article: Article, line: str):
    assert line in article.page_text.splitlines()


_SHORT = ("<html><body><div>{markup}<p>Visible words of the short page that a reader sees.</p></div></body></html>")
_PLANTED = "Planted words for nobody to read at all, a sentence long enough to count as text."


@pytest.mark.parametrize("markup", [
    f"<canvas width='300' height='150'><p>{_PLANTED}</p></canvas>",
    f"<meter value='2' max='10'><p>{_PLANTED}</p></meter>",
    f"<progress value='2' max='10'><p>{_PLANTED}</p></progress>",
    f"<noembed><p>{_PLANTED}</p></noembed>",
    f"<noframes><p>{_PLANTED}</p></noframes>",
    f"<datalist id='d'><option>{_PLANTED}</option></datalist>",
    f"<iframe src='x.html'>{_PLANTED}</iframe>",
    f"<select name='s'><option>Shown choice</option><option>{_PLANTED}</option></select>",
    f"<div popover><p>{_PLANTED}</p></div>",
    f"<object data='chart.svg'><object data='chart.png'><p>{_PLANTED}</p></object></object>",
], ids=["canvas", "meter", "progress", "noembed", "noframes", "datalist", "iframe", "select", "popover", "nested object"])
def test_on_a_short_page_trafilaturas_fallback_extractors_do_not_read_unrendered_content(markup: str):
    # trafilatura's main stage finds too little on a short page; its fallback extractors read the tree
    # it was given, which still held these elements' words
    art = _extract(_SHORT.format(markup=markup).encode())
    assert "Planted" not in art.text
    assert "Visible words of the short page" in art.page_text


def test_a_closed_popovers_words_are_not_article_text(article: Article):
    assert POPOVER not in article.text


def test_a_closed_popovers_words_stay_in_the_page_text_as_a_hidden_span(article: Article):
    assert article.page_text_hidden is not None
    assert [article.page_text[a:b] for a, b in article.page_text_hidden] == [POPOVER]


def _el(markup: str):  # noqa: ANN202
    return etree.fromstring(f"<html><body>{markup}</body></html>", etree.HTMLParser()).find(".//body")[0]


@pytest.mark.parametrize("markup", [
    "<canvas>x</canvas>", "<meter value='1'>x</meter>", "<progress>x</progress>", "<noembed>x</noembed>",
    "<noframes>x</noframes>", "<datalist><option>x</option></datalist>", "<iframe>x</iframe>",
    "<select><option>x</option></select>", "<div popover>x</div>", "<div popover='manual'>x</div>",
    "<div popover='hint'>x</div>", "<div popover open>x</div>", "<dialog popover>x</dialog>",
])
def test_each_element_whose_content_is_not_rendered_is_recognised(markup: str):
    assert is_unrendered(_el(markup))


@pytest.mark.parametrize("markup", [
    "<picture>x<img src='a.jpg'></picture>", "<map name='m'>x<area href='a'></map>", "<slot>x</slot>",
    "<dialog popover open>x</dialog>", "<div popover style='display:block'>x</div>", "<p open>x</p>",
])
def test_what_a_browser_renders_is_not_taken_for_unrendered(markup: str):
    assert not is_unrendered(_el(markup))


@pytest.mark.parametrize("words", ["Words set inside a picture beside its image.", "Words set inside an image map."])
def test_words_a_browser_renders_inside_a_picture_or_a_map_stay_in_the_page_text(words: str):
    holder = (f"<picture>{words} <img src='a.jpg'></picture>" if "picture" in words
              else f"<map name='m'>{words}<area href='/a' alt='a'></map>")
    art = _extract(f"<html><body><article><p>Before.</p>{holder}<p>After.</p></article></body></html>".encode())
    assert words in art.page_text


def test_an_image_in_a_canvas_fallback_is_no_picture():
    tree = lxml_html.fromstring("<div><canvas><img src='chart.png'></canvas><img src='harbour.jpg'></div>")
    assert [el.get("src") for el in pictures(tree)] == ["harbour.jpg"]


def test_a_link_in_a_canvas_fallback_is_not_a_cited_link():
    body = (b"<html><body><article><p>The council voted on Tuesday to close the bridge for repairs, as the "
            b"<a href='/report'>engineers' report</a> advised last spring. <canvas><a href='/data.csv'>the chart's "
            b"data</a></canvas> The works start in May.</p></article></body></html>")
    art = extract_unbounded(body, url="https://news.example.org/story", content_type="text/html; charset=utf-8")
    assert [link.url for link in art.cited_links] == ["https://news.example.org/report"]
