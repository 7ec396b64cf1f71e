"""A browser capture's rendered text leaves out words laid out at no size (review 9 F3), with real Chromium.

``innerText`` keeps a word of ``font-size:0``: "the wall is <span class=tiny>not </span>safe" shows "the
wall is safe", and a quote of "the wall is not safe" verified ``exact``. The classes come from a
linked stylesheet, so the markup alone (the article text) still holds the words; the rendered text must
not. (A rule of the page's own ``<style>`` is read since extractor 60: tests/test_extract_style_hidden.py.)
Text moved off-screen or transparent is still laid out: kept as shown (carousels, "read more" panels,
"reveal on scroll" paragraphs held at ``opacity:0`` until they come into view: review 11 T2).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from browser_site import BrowserCapture, browser_captured

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): "
                                "browser capture tests skipped")

PAGE = (
    b"<!doctype html><html><head><meta charset='utf-8'><title>Engineers report on harbour wall</title>"
    b"<link rel='stylesheet' href='/inv.css'></head>"
    b"<body><article><h1>Engineers report on harbour wall</h1>"
    b"<p>The engineers finished their inspection of the old harbour wall on Monday after three weeks of tests.</p>"
    b"<p>Their report says the wall is <span class='tiny'>not </span>safe for heavy lorries and should be closed.</p>"
    b"<p>The chief engineer said the repairs would cost <span class='ghost'>about </span>2 million euros in all.</p>"
    b"<p>The mayor said she had <span class='away'>never </span>read the full report before the council vote.</p>"
    b"<p>Residents were told the harbour path would reopen before the summer season, officials said.</p>"
    b"</article></body></html>"
)

STYLES = b".tiny { font-size: 0 } .ghost { opacity: 0 } .away { position: absolute; left: -10000px }"


@pytest.fixture(scope="module")
def captured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserCapture]:
    yield from browser_captured(tmp_path_factory.mktemp("rendered-styles"), "/inv", PAGE, {"/inv.css": STYLES})


def test_the_rendered_text_leaves_out_words_of_no_size(captured: BrowserCapture) -> None:
    text = " ".join(captured.rendered_text().split())
    assert "the wall is safe for heavy lorries" in text


def test_the_rendered_text_keeps_transparent_words(captured: BrowserCapture) -> None:
    # (a reveal-on-scroll page holds its paragraphs at opacity 0 until they come into view: counted
    # as hidden, real quotes of them were altered)
    assert "would cost about 2 million euros" in " ".join(captured.rendered_text().split())


def test_the_rendered_text_keeps_words_moved_off_screen(captured: BrowserCapture) -> None:
    assert "never" in captured.rendered_text()


def test_the_page_is_given_its_words_back_after_the_rendered_text_is_read(captured: BrowserCapture) -> None:
    from archiver.archive import Archive

    archive = Archive.open(captured.store, mode="read")
    try:
        article = archive.index.extraction(captured.capture_id)["article"]
    finally:
        archive.close(sign=False)
    assert "the wall is not safe" in article["text"]  # (the rendered DOM, read before: the stylesheet's words)


def test_a_quote_of_a_word_shown_at_no_size_is_altered_as_not_shown(captured: BrowserCapture) -> None:
    doc = captured.verify("the wall is not safe for heavy lorries")
    assert doc["verdict"] == "altered"
    assert "not_shown" in [d["kind"] for d in doc["differences"]]


def test_a_quote_of_words_moved_off_screen_stays_exact(captured: BrowserCapture) -> None:
    assert captured.verify("she had never read the full report")["verdict"] == "exact"
