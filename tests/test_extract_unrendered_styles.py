"""Inline styles that leave words on the page but show them to nobody: a zero font size
(archiver.extract.unrendered, review 9 F3).

"the wall is <span style='font-size:0'>not </span>safe" shows "the wall is safe": the word is laid out
with no size, so no reader saw it. Read as CSS reads an inline style (last declaration wins,
``!important`` beats it, a declaration a browser drops as invalid is dropped), and the ``font``
shorthand sets the size as ``font-size`` does. Text moved off-screen, white on white or transparent
(``opacity:0``, as "reveal on scroll" and fade-in designs hold real paragraphs until a script shows
them: review 11 T2/T3) stays shown: the markup cannot say where the page is scrolled, what lies behind
it, or what its scripts show.
"""

from __future__ import annotations

import pytest
from lxml import etree

from archiver.extract import extract_unbounded
from archiver.extract.unrendered import is_unrendered, style_values


def _el(markup: str):  # noqa: ANN202
    return etree.fromstring(markup, etree.HTMLParser()).find(".//body")[0]


@pytest.mark.parametrize("style", [
    "font-size:0", "font-size: 0px", "FONT-SIZE:0EM", "font-size:0.0rem", "font-size:0%", "font-size:-0",
    "font-size:12px; font-size:0", "font-size:0 !important; font-size:12px", "font:0/0 a", "font: bold 0px serif",
    "font:12px serif; font-size:0", "font-size:0; font-size:-3px",
    "font-size:0.5px",  # smaller than a pixel: no letter shows (extractor 57; it was read as shown)
])
def test_a_zero_font_size_hides_the_element(style: str):
    assert is_unrendered(_el(f"<span style='{style}'>not </span>"))


@pytest.mark.parametrize("style", [
    "font-size:0; font-size:12px", "font-size:0; font:12px serif", "font-size:6px", "font-size:small",
    "font:0.8em/1.2 serif", "opacity:0.5", "opacity:0; opacity:1", "opacity:1%", "opacity:0", "opacity:0%",
    "position:absolute; left:-10000px", "color:#fff; background:#fff", "color:transparent",
    "font-weight:0", "line-height:0", "max-height:0", "font-size-adjust:0",
])
def test_what_a_reader_may_still_see_is_not_taken_for_hidden(style: str):
    assert not is_unrendered(_el(f"<span style='{style}'>x</span>"))


@pytest.mark.parametrize("style", ["display:none; display:bogus", "visibility:hidden; visibility:12px",
                                   "display:none; display:"])
def test_a_declaration_a_browser_drops_as_invalid_does_not_undo_an_earlier_hiding_one(style: str):
    assert is_unrendered(_el(f"<p style='{style}'>x</p>"))


def test_the_font_shorthand_sets_the_size_font_size_would():
    assert style_values("font:0/0 a") == (("font-size", "0"),)
    assert style_values("font:0/0 a; font-size:14px") == (("font-size", "14px"),)


@pytest.mark.parametrize("hider", ["font-size:0"])
def test_a_word_an_inline_style_shows_at_no_size_is_not_article_text(hider: str):
    body = (f"<html><body><article><h1>Engineers report on harbour wall</h1><p>The engineers finished their "
            f"inspection of the old harbour wall on Monday after three weeks of tests and measurements.</p><p>Their "
            f"report says the wall is <span style='{hider}'>not </span>safe for heavy lorries and should be closed "
            f"to traffic at once, the chief engineer told the council on Tuesday evening.</p><p>The repairs will "
            f"take a year and cost about two million euros, officials said after the meeting.</p></article>"
            f"</body></html>").encode()
    art = extract_unbounded(body, url="http://127.0.0.1/inv", content_type="text/html; charset=utf-8")
    assert "the wall is safe for heavy lorries" in art.text
    assert "not safe" not in art.text
