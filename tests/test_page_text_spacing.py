"""The page's visible lines keep the space a reader sees between two inline elements.

``page_text`` (what a quote found outside the main text is verified against) and the lines the
notices and author checks read are built from the serialised tree; a space that stands alone
between two inline elements (``2.0</a> <a>David``) is still a space, or a quote of "2.0 David"
would be checked against "2.0David" and two credits would run into one word.
"""

from __future__ import annotations

from archiver.extract import extract
from archiver.extract.page_lines import visible_lines
from archiver.extract.text import parse_html

PAGE = (
    "<html><head><title>Licence notes</title></head><body>"
    "<article><h1>Licence notes</h1><p>" + "The licence of this page was changed last year. " * 8 + "</p></article>"
    "<footer><p>Licensed under <a href='/l'>CC BY 2.0</a> <a href='/a'>David Mayer</a> "
    "<b>and</b> <i>friends</i></p></footer></body></html>"
)


def test_a_space_between_two_links_stays_in_the_line() -> None:
    tree = parse_html(PAGE)
    assert tree is not None
    assert "Licensed under CC BY 2.0 David Mayer and friends" in visible_lines(tree)


def test_page_text_reads_the_space_between_two_inline_elements() -> None:
    article = extract(PAGE.encode(), url="http://127.0.0.1/notes", content_type="text/html")
    assert "CC BY 2.0 David Mayer and friends" in article.page_text
    assert "2.0David" not in article.page_text


def test_a_space_before_the_first_piece_of_a_line_adds_nothing() -> None:
    tree = parse_html("<html><body><div> <a href='/x'>Home</a></div><p>Body text here.</p></body></html>")
    assert tree is not None
    assert visible_lines(tree)[0] == "Home"
