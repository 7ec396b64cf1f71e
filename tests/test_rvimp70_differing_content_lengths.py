"""A response whose ``Content-Length`` values differ shows no page (rvimp70: red team of ``import``).

Chromium refuses a head that is not chunked and whose ``Content-Length`` values (fields split at commas) differ with
an error page (``ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH``); ``archive`` refuses such a response too
(``bad_framing``). Another tool's WARC may hold one, and until rvimp70 its page was imported and its words verified
``exact``. Now every reader of an archived head reads it as a response no browser shows, as differing ``Location``
or ``Content-Disposition`` values (``core/mime.effective_content_type``).
"""

from __future__ import annotations

import json

from captures import foreign_warc
from cli import run_cli

from archiver.core.mime import effective_content_type
from archiver.core.readable import NOT_SHOWN, no_text_state

WORDS = "The harbour board approved the new pier on Tuesday evening"
HTML = (f"<html><head><title>Pier</title></head><body><article><p>{WORDS} after a long debate. Work begins in "
        "spring, when the weather allows the divers to reach the old piles.</p></article></body></html>").encode()
HTML_TYPE = ("Content-Type", "text/html; charset=utf-8")


def _import(tmp_path, fields):
    """``import --json`` of another tool's WARC of one page with these head fields (and its true Content-Length)."""
    proc = run_cli("import", str(foreign_warc(tmp_path / "other.warc.gz", [HTML_TYPE, *fields], HTML)), "--json",
                   store=tmp_path / "store")
    assert proc.exit_code == 0, proc.output
    return json.loads(proc.stdout)


def test_an_imported_page_whose_content_lengths_differ_is_no_capture_to_quote(tmp_path, key_dir):
    doc = _import(tmp_path, [("Content-Length", "20")])
    assert (doc["captures"], doc["skipped_responses"]) == ([], 1), doc


def test_an_imported_page_that_repeats_its_content_length_is_read_as_before(tmp_path, key_dir):
    _import(tmp_path, [("Content-Length", f"{len(HTML)}, {len(HTML)}")])
    proc = run_cli("verify-quote", WORDS, "--json", store=tmp_path / "store")
    assert json.loads(proc.stdout)["verdict"] == "exact", proc.output


def test_an_empty_content_length_beside_a_length_is_read_as_a_response_no_browser_shows():
    fields = [HTML_TYPE, ("Content-Length", f"{len(HTML)},")]
    assert no_text_state(effective_content_type(fields, HTML), HTML) == NOT_SHOWN


def test_differing_content_lengths_of_a_chunked_head_are_read_as_the_page():
    """Chromium checks the lengths only of a head that is not chunked (the chunks frame the body)."""
    fields = [HTML_TYPE, ("Transfer-Encoding", "chunked"), ("Content-Length", "20"), ("Content-Length", "30")]
    assert no_text_state(effective_content_type(fields, HTML), HTML) is None
