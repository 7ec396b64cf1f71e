"""A browser capture's rendered text holds the words CSS generated content shows (red team lead53), with real Chromium.

``innerText`` leaves out what a ``::before`` / ``::after`` shows, so "the new drug is <span class=neg></span>safe"
with ``.neg::before{content:"not "}`` read "the new drug is safe" there. With a linked stylesheet (which the markup
pass cannot read: the article text says "safe") a quote of "the new drug is safe" was ``exact``; with the page's own
``<style>`` (which the extractor now writes in: extractor 181) the faithful quote "the new drug is not safe" was
``altered`` as "not shown". The rendered text is now read with the generated words written in (and taken out after:
the recorded DOM is unchanged), filtered as the extractor filters them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from browser_site import BrowserCapture, browser_captured

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on PATH (Debian package 'chromium'): "
                                "browser capture tests skipped")

PAGE = (
    b"<!doctype html><html><head><meta charset='utf-8'><title>Regulator rules on two drugs</title>"
    b"<link rel='stylesheet' href='/gen.css'><style>.own::before { content: 'not ' }</style></head>"
    b"<body><article><h1>Regulator rules on two drugs</h1>"
    b"<p>The regulator said on Monday that the new drug is <span class='own'></span>safe for children under twelve, "
    b"according to its final report.</p>"
    b"<p>It also said the older drug is <span class='linked'></span>effective in adults over sixty, according to the "
    b"same report.</p>"
    b"<p>Share this story <i class='icon mail'></i> with a friend who follows the case closely.</p>"
    b"</article></body></html>"
)

STYLES = b".linked::before { content: 'not ' } .mail::before { content: 'u' }"


@pytest.fixture(scope="module")
def captured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserCapture]:
    yield from browser_captured(tmp_path_factory.mktemp("rendered-generated"), "/drugs", PAGE, {"/gen.css": STYLES})


def test_a_sentence_shown_with_its_own_styles_generated_words_is_exact(captured):
    quote = "the new drug is not safe for children under twelve, according to its final report"
    assert captured.verdict(quote) == "exact"


def test_a_quote_without_a_linked_styles_generated_words_is_altered(captured):
    assert captured.verdict("the older drug is effective in adults over sixty") == "altered"


def test_an_icon_fonts_letter_is_not_read_into_the_rendered_text(captured):
    assert captured.verdict("Share this story with a friend who follows the case closely") == "exact"


def test_the_rendered_text_holds_a_linked_styles_words_and_the_article_text_none(captured):
    """The recorded DOM (read before the words are written in) and so the article text hold no generated words of a
    linked stylesheet: a quote with them is refused (the safe side), while the rendered text shows them."""
    assert "the older drug is not effective" in " ".join(captured.rendered_text().split())
    assert captured.verdict("the older drug is not effective in adults over sixty") == "altered"
