"""A browser capture's rendered text holds the words a text field shows, as the article text does (lead55), with real
Chromium.

``innerText`` leaves out an ``<input>``'s value and a ``<textarea>``'s text: "The old wooden pier is <input
value="not"> safe" read "is  safe" there, while the article text (extractor 193) reads "is not safe", so the faithful
quote would be refused as "not shown". The rendered text now writes a shown field's words in, as the extractor does;
a field the page hides adds nothing."""

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
    b"<link rel='stylesheet' href='/fields.css'></head>"
    b"<body><article><h1>Harbour repairs</h1>"
    b"<p>The harbour board met on Tuesday evening. The old wooden pier is <input value='not'> safe for heavy lorries, "
    b"the mayor said after the debate.</p>"
    b"<p>The engineers said the new quay would be <textarea>never</textarea> finished before the storms of the "
    b"coming winter.</p>"
    b"<p>The divers checked every pile of the pier <input class='gone' value='twice'> before the vote of the board "
    b"on Monday.</p>"
    b"</article></body></html>"
)

STYLES = b".gone { display: none }"


@pytest.fixture(scope="module")
def captured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrowserCapture]:
    yield from browser_captured(tmp_path_factory.mktemp("rendered-fields"), "/pier", PAGE, {"/fields.css": STYLES})


def test_the_rendered_text_holds_an_input_fields_value(captured):
    assert "pierisnotsafe" in "".join(captured.rendered_text().split())


def test_a_faithful_quote_with_an_input_fields_value_is_exact(captured):
    assert captured.verdict("The old wooden pier is not safe for heavy lorries") == "exact"


def test_a_quote_leaving_out_a_textareas_words_is_not_vouched_for(captured):
    assert captured.verdict("the new quay would be finished before the storms") not in ("exact", "normalized")


def test_a_faithful_quote_with_a_textareas_words_is_exact(captured):
    assert captured.verdict("the new quay would be never finished before the storms") == "exact"


def test_a_field_a_linked_style_sheet_hides_adds_nothing_to_the_rendered_text(captured):
    assert "twice" not in captured.rendered_text()
