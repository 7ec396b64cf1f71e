"""A browser capture's rendered text leaves out words struck through, as the extractor does (lead54), with real
Chromium.

``innerText`` keeps struck words: "The company will <del>not</del> pay" read "will not pay" there, and the article
text (extractor 191) "will pay", so the faithful quote "the company will pay" was ``altered`` as "not shown". A line
a linked style sheet draws (which the markup pass cannot read: the article text keeps those words) is left out of
the rendered text too, so a quote of them is ``altered``, never ``exact`` (the sentence without them is refused as
well, on the safe side: the article text keeps the words a linked sheet strikes, as it lacks the words a linked
sheet's generated content adds)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from browser_site import BrowserCapture, browser_captured

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): "
                                "browser capture tests skipped")

PAGE = (
    b"<!doctype html><html><head><meta charset='utf-8'><title>Harbour repairs</title>"
    b"<link rel='stylesheet' href='/lines.css'></head>"
    b"<body><article><h1>Harbour repairs</h1>"
    b"<p>The harbour board met on Tuesday evening. The company will <del>not</del> pay for the repairs of the old "
    b"wooden pier, the mayor said after the debate.</p>"
    b"<p>The mayor added that the pier will reopen in <span class='old'>May <b>or</b></span> June of this year, "
    b"as the board had planned.</p>"
    b"<p>The agency posted the figures as <s class='at'>@</s>ReutersBiz reported them on Monday morning.</p>"
    b"</article></body></html>"
)

STYLES = b".old { text-decoration: line-through } .at { text-decoration: none }"


@pytest.fixture(scope="module")
def captured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserCapture]:
    yield from browser_captured(tmp_path_factory.mktemp("rendered-struck"), "/repairs", PAGE, {"/lines.css": STYLES})


def test_the_sentence_as_corrected_is_exact(captured):
    assert captured.verdict("The company will pay for the repairs of the old wooden pier") == "exact"


def test_the_struck_word_is_altered(captured):
    assert captured.verdict("The company will not pay for the repairs of the old wooden pier") == "altered"


def test_words_a_linked_style_sheet_strikes_through_are_altered(captured):
    """The markup pass cannot read /lines.css: the article text keeps "May or"; the rendered text does not."""
    assert captured.verdict("the pier will reopen in May or June of this year, as the board had planned") == "altered"


def test_a_struck_mark_with_no_letter_stays(captured):
    assert captured.verdict("The agency posted the figures as @ReutersBiz reported them") == "exact"
