"""The article's paragraphs joined by a space are its whitespace-collapsed text, so the
extraction hands that to the link steps instead of collapsing the text again."""

from __future__ import annotations

import re

import pytest
from shipped_pages import PAGES

from archiver.extract.html import decode_html
from archiver.extract.text import (
    cited_links,
    link_candidates,
    main_text,
    parse_html,
    remove_boilerplate,
)

_WS = re.compile(r"\s+")
# Every kind of whitespace str.split and \s know, inside and around paragraphs, and a notice
# cut out of the middle of one.
_SPACES = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000"
_ODD_PAGE = (
    "<html><head><title>Odd spaces</title></head><body><article><h1>Odd spaces</h1>"
    + "".join(f"<p>{sp}Paragraph {i}{sp}{sp}with <a href='/l{i}'>a link{sp}here</a> and"
              f" enough words{sp}to stand as text in the article, number {i}.{sp}</p>"
              for i, sp in enumerate(_SPACES))
    + "<p>Before the note. Photo: Jane Doe / Agency. After the note, a sentence long enough to stay.</p>"
    + "</article></body></html>"
)


def _cases() -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in PAGES] + [("odd-spaces", _ODD_PAGE.encode())]


@pytest.mark.parametrize(("name", "body"), _cases(), ids=[n for n, _ in _cases()])
def test_paragraphs_joined_by_a_space_are_the_collapsed_text_before_and_after_boilerplate(name: str, body: bytes):
    tree = parse_html(decode_html(body, "text/html").text)
    url = f"https://example.org/{name}"
    paragraphs = main_text(tree, url).paragraphs
    assert _WS.sub(" ", " ".join(paragraphs)) == " ".join(paragraphs)
    kept = remove_boilerplate(paragraphs, ("Photo: Jane Doe / Agency.",))
    text = "\n\n".join(kept)
    assert _WS.sub(" ", text) == " ".join(kept)
    candidates = link_candidates(tree, " ".join(paragraphs))
    assert cited_links(candidates, text, url, flat=" ".join(kept)) == cited_links(candidates, text, url)


def test_the_odd_page_keeps_its_paragraphs_and_links():
    tree = parse_html(_ODD_PAGE)
    paragraphs = main_text(tree, "https://example.org/odd").paragraphs
    assert len(paragraphs) > 10
    text = "\n\n".join(paragraphs)
    links = cited_links(link_candidates(tree, " ".join(paragraphs)), text, "https://example.org/odd", flat=" ".join(paragraphs))
    assert len(links) > 10
