"""A response whose ``Content-Disposition`` values differ has no text a reader was shown, however it reached the
store (task sec66).

Chromium refuses such a response with an error page (``ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_DISPOSITION``), so
sec63 made ``archive`` refuse it. A WARC of another tool, or a capture made before sec63, can still hold one: its
head was read as inline and its words verified ``exact``. Every reader decides by
``core/mime.effective_content_type``, which now reads such a head as a type no browser shows (``not_shown``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from captures import archived_as_read_before, foreign_warc
from cli import run_cli
from test_reextract import _extraction_entries

from archiver.core.mime import effective_content_type
from archiver.core.readable import NOT_SHOWN, no_text_state

WORDS = "The council met on Tuesday to discuss the harbour wall"
HTML = (f"<html><head><title>Minutes</title></head><body><article><p>{WORDS}. The repairs begin in March "
        "after a long vote by the members of the council.</p></article></body></html>").encode()
HTML_TYPE = ("Content-Type", "text/html; charset=utf-8")
REFUSED = [HTML_TYPE, ("Content-Disposition", "inline"), ("Content-Disposition", "attachment")]


@pytest.mark.parametrize("fields", [
    [HTML_TYPE, ("Content-Disposition", "inline, attachment")],
    REFUSED,
    [("Content-Type", "application/pdf"), ("Content-Disposition", "attachment"), ("Content-Disposition", "inline")],
    [HTML_TYPE, ("Content-Disposition", "attachment"), ("Content-Disposition", "ATTACHMENT")],
], ids=["one-field", "two-fields", "pdf", "case"])
def test_differing_dispositions_are_read_as_a_response_no_browser_shows(fields):
    """Chromium's error page replaces the response whatever its type: a PDF too."""
    body = b"%PDF-1.4\n" if fields[0][1] == "application/pdf" else HTML
    assert no_text_state(effective_content_type(fields, body), body) == NOT_SHOWN


@pytest.mark.parametrize("fields", [[HTML_TYPE, ("Content-Disposition", "inline"), ("Content-Disposition", "inline")],
                                    [HTML_TYPE, ("Content-Disposition", 'inline; filename="a, attachment"')]],
                         ids=["same-twice", "quoted-comma"])
def test_one_disposition_value_is_still_read_as_before(fields):
    assert effective_content_type(fields, HTML) == HTML_TYPE[1]


def test_an_imported_page_with_differing_dispositions_is_no_capture_to_quote(tmp_path, key_dir):
    """As an imported download is: its record is kept, no capture (no text to quote) is made of it."""
    store = tmp_path / "store"
    proc = run_cli("import", str(foreign_warc(tmp_path / "other.warc.gz", REFUSED, HTML)), "--json", store=store)
    assert proc.exit_code == 0, proc.output
    doc = json.loads(proc.stdout)
    assert (doc["captures"], doc["skipped_responses"]) == ([], 1), doc


@pytest.fixture
def archived_before_sec63(tmp_path: Path, key_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """(store, capture id) of such a page as an archiver before sec63 left it: captured, read as inline, its
    text logged by extractor 152, the last before sec66."""
    import archiver.capture.fetch as fetch
    import archiver.core.mime as mime

    store = tmp_path / "store"
    with monkeypatch.context() as patched:
        patched.setattr(fetch, "differing_dispositions", lambda _headers: [])
        patched.setattr(mime, "differing_dispositions", lambda _headers: [])
        cid = archived_as_read_before(store, REFUSED, HTML, monkeypatch, version="152")
    assert len(_extraction_entries(store)) == 1
    return store, cid


def test_an_older_capture_with_differing_dispositions_is_not_vouched_for(archived_before_sec63):
    store, cid = archived_before_sec63
    proc = run_cli("verify-quote", WORDS, "--capture", cid, "--json", store=store)
    doc = json.loads(proc.stdout)
    assert (proc.exit_code, doc["verdict"], doc["no_text"], doc["logged_text_not_shown"]) == (
        1, "not_found", NOT_SHOWN, True), doc


def test_reextract_logs_no_text_for_an_older_capture_with_differing_dispositions(archived_before_sec63):
    """``log verify --deep`` decides again from the bytes: a problem until ``reextract`` logs no text."""
    store, cid = archived_before_sec63
    assert run_cli("log", "verify", "--deep", store=store).exit_code == 1
    proc = run_cli("reextract", cid, "--json", store=store)
    assert proc.exit_code == 0, proc.output
    assert _extraction_entries(store)[-1]["data"]["no_text"] == NOT_SHOWN
    assert run_cli("log", "verify", "--deep", store=store).exit_code == 0
