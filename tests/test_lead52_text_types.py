"""Bodies Chromium shows as text are quotable, as text/plain is (session 52): a style sheet, a script, JSON (``+json``
too) and every ``text/*`` type but HTML, XML and the ones Chromium downloads (measured, Chromium 156: each of these
types' words were in ``document.body.innerText``; ``text/csv``, ``text/calendar``, ``text/rtf``, ``application/x-ndjson``
downloaded). Until then only text/plain and Markdown were read, and a quote of a JSON statement a reader saw whole was
``not_shown``.
"""

from __future__ import annotations

import pytest
from cli import run_cli
from servers import Site, response

from archiver.core.readable import DOWNLOAD, NOT_SHOWN, is_extractable, no_text_state

STATEMENT = b'{"statement": "The council will not raise the harbour fee before 2027."}'
WORDS = "The council will not raise the harbour fee before 2027."


@pytest.mark.parametrize("content_type", [
    "text/css", "text/javascript", "application/javascript", "application/x-javascript", "application/json",
    "application/ld+json", "application/vnd.api+json; charset=utf-8", "text/json", "text/x-python", "text/vtt",
    "text/x-unknown"])
def test_a_body_chromium_shows_as_text_is_read_as_text(content_type):
    assert no_text_state(content_type, STATEMENT) is None


@pytest.mark.parametrize("content_type", ["text/csv", "text/x-csv", "text/calendar", "text/vcard", "text/rtf",
                                          "text/tab-separated-values"])
def test_a_text_type_chromium_downloads_shows_no_text(content_type):
    assert no_text_state(content_type, STATEMENT) == DOWNLOAD


@pytest.mark.parametrize("content_type", ["text/xml", "application/xml", "application/x-ndjson", "application/yaml"])
def test_xml_and_other_types_stay_unread(content_type):
    assert no_text_state(content_type, STATEMENT) == NOT_SHOWN


def test_a_script_holding_markup_is_no_page_an_import_keeps():
    """An importer keeps pages (``text=False``): a text/plain body holding a page, not a script or style sheet."""
    script = b"document.write('<html><body><p>hello</p></body></html>');"
    assert not is_extractable("text/javascript", script, text=False)
    assert is_extractable("text/plain", b"<html><body><p>hello</p></body></html>", text=False)


@pytest.mark.parametrize("content_type,verified", [("application/json", True), ("text/csv", False)])
def test_archive_of_a_json_statement_vouches_for_its_words_and_a_csv_download_for_none(tmp_path, content_type,
                                                                                        verified):
    site = Site()
    site.routes["/statement"] = lambda h: response("200 OK", [("Content-Type", content_type)], STATEMENT)
    try:
        url = site.url("/statement")
        assert run_cli("archive", url, store=tmp_path / "store").exit_code == 0
    finally:
        site.close()
    result = run_cli("verify-quote", WORDS, "--url", url, store=tmp_path / "store")
    assert (result.exit_code == 0) is verified, result.stdout + result.stderr
