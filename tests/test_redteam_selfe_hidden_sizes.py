"""Words a page's inline style draws smaller than a pixel, archived from 127.0.0.1 and quoted
with ``verify-quote``: never verified as the article's words (red team, evidence chain).

The extractor already read a zero ``font-size`` as hiding ("the wall is <span
style=font-size:0>not </span>safe"); a forger wrote ``font-size:0.01px`` or ``calc(0px)``
instead, or shrank the words with ``transform: scale(0)``, ``scale: 0`` or ``zoom: 0.001``, and
``verify-quote`` answered ``exact``, exit 0, for words no reader could see. Now every one of them
is a hidden span of the page text (``altered``, ``not_shown``, exit 1), while small but legible
words and transforms that only move or turn the words stay the article's."""

from __future__ import annotations

import pytest
from cli import quote_verdict
from stores import one_capture_fixtures

#: style -> the words it wraps (each sentence once on the page)
HIDING = {
    "font-size:0.01px": "the harbour master resigned in disgrace",
    "font-size:0.4pt": "the pier was sold to a private buyer",
    "font:0.5px serif": "the council hid the dredging report",
    "font-size:calc(0px)": "the ferry licence was quietly revoked",
    "font-size:calc(1em - 16px)": "the auditors found missing money",
    "font-size:min(0px, 2em)": "the tide gauge had been tampered with",
    "font-size:clamp(0px, 0vw, 0px)": "the lighthouse keeper was never paid",
    "font-size:0.01%": "the fishermen voted to strike",
    "transform:scale(0)": "the breakwater contract was rigged",
    "transform:scaleY(0.01) translateX(3px)": "the mayor owned the dredging firm",
    "transform:rotateX(90deg)": "the marina loan was never repaid",
    "transform:matrix(0, 0, 0, 0, 0, 0)": "the quay inspection was faked",
    "scale:1 0": "the coastguard station will close",
    "zoom:0.001": "the board members took bribes",
}
#: style -> words a reader sees (small, moved, turned), which stay the article's
SHOWN = {
    "font-size:12px": "the budget passed by seven votes to two",
    "font-size:calc(1em + 2px)": "the new pier opens in the spring",
    "transform:rotate(45deg) translateY(4px)": "dredging costs rose by a tenth",
    "transform:scaleY(.75)": "the harbour office moves to the quay",
    "zoom:0": "visitor numbers doubled over the summer",
    "font-size:var(--small)": "the ferry timetable changes in May",
}


def _page() -> bytes:
    spans = "".join(f'<p>Also reported: <span style="{style}">{words}</span> and more besides.</p>'
                    for style, words in {**HIDING, **SHOWN}.items())
    return (f"<html><head><title>Harbour board</title></head><body><article><h1>Harbour board</h1>"
            f"<p>The harbour board met on Tuesday and agreed next year's budget after a long debate about "
            f"dredging costs.</p>{spans}<p>The meeting ended late in the evening.</p></article></body></html>"
            ).encode()


template, captured = one_capture_fixtures("hidden-sizes", "/board", _page)


@pytest.mark.parametrize("style", list(HIDING))
def test_a_quote_of_words_drawn_smaller_than_a_pixel_is_altered_as_not_shown(captured, style):
    code, doc = quote_verdict(captured, HIDING[style])
    assert (code, doc["verdict"]) == (1, "altered"), doc
    assert [d["kind"] for d in doc["differences"] if d["material"]] == ["not_shown"]


@pytest.mark.parametrize("style", list(SHOWN))
def test_a_quote_of_small_moved_or_turned_words_a_reader_sees_is_exact(captured, style):
    code, doc = quote_verdict(captured, SHOWN[style])
    assert (code, doc["verdict"], doc["where"]) == (0, "exact", "text"), doc


def test_a_later_declaration_a_browser_drops_leaves_the_shrinking_one_in_force():
    from archiver.extract import extract

    page = (b"<html><body><article><p>The harbour board met on Tuesday and agreed the budget after a long "
            b"debate about dredging costs and the pier.</p><p>It said <span style=\"transform:scale(0); "
            b"transform:scale(abc)\">the harbour was sold</span> in the end.</p></article></body></html>")
    article = extract(page, url="http://127.0.0.1/a", content_type="text/html; charset=utf-8")
    start = article.page_text.index("the harbour was sold")
    assert any(a <= start < b for a, b in article.page_text_hidden)
    assert "the harbour was sold" not in article.text
