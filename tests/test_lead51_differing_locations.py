"""A response whose ``Location`` values differ shows no page, at any status (session 51, lead; sec67's item).

Chromium refuses such a response with an error page (``ERR_RESPONSE_HEADERS_MULTIPLE_LOCATION``) whatever its status
(measured, Chromium 156: 200, 201, 300, 304 and 404 as a redirect's 302), but the captures refused it only on a
redirect, so a 200's words were archived and verified ``exact``. Now ``archive`` refuses it (``ambiguous_location``;
a redirect's stays ``ambiguous_redirect``), and every reader of an archived head (import, an older capture,
reextract, ``log verify --deep``) reads it as a response no browser shows (``not_shown``), as sec66 made of
differing ``Content-Disposition`` values.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from captures import archived_as_read_before, foreign_warc
from cli import run_cli
from servers import Site, response
from test_reextract import _extraction_entries

from archiver.core.mime import effective_content_type
from archiver.core.readable import NOT_SHOWN, no_text_state

WORDS = "The council met on Tuesday to discuss the harbour wall"
HTML = (f"<html><head><title>Minutes</title></head><body><article><p>{WORDS}. The repairs begin in March "
        "after a long vote by the members of the council.</p></article></body></html>").encode()
HTML_TYPE = ("Content-Type", "text/html; charset=utf-8")
TWO = [HTML_TYPE, ("Location", "/a"), ("Location", "/b")]


@pytest.mark.parametrize("status", ["200 OK", "201 Created", "404 Not Found"])
def test_archive_refuses_a_response_with_differing_locations_at_any_status(status, tmp_path, key_dir):
    site = Site()
    site.routes["/minutes"] = lambda h: response(status, TWO, HTML)
    try:
        proc = run_cli("archive", site.url("/minutes"), "--json", store=tmp_path / "store")
    finally:
        site.close()
    assert proc.exit_code == 1, proc.output
    assert "2 different Location headers" in proc.stderr and "no page to record" in proc.stderr
    failed = [e for e in run_cli("log", "show", "--json", store=tmp_path / "store").stdout.splitlines() if "ambiguous_location" in e]
    assert failed, "the failure is logged with its kind"


@pytest.mark.parametrize("fields", [[HTML_TYPE, ("Location", "/a")], [HTML_TYPE, ("Location", "/a"), ("Location", " /a")],
                                    [HTML_TYPE, ("Location", "/a, /b")]],
                         ids=["one", "same-twice", "comma-in-one-field"])
def test_one_location_value_is_read_as_before(fields, tmp_path, key_dir):
    """Chromium shows each of these as the page (a Location field is never split at commas)."""
    assert no_text_state(effective_content_type(fields, HTML), HTML) is None
    site = Site()
    site.routes["/minutes"] = lambda h: response("200 OK", fields, HTML)
    try:
        assert run_cli("archive", site.url("/minutes"), store=tmp_path / "store").exit_code == 0
    finally:
        site.close()


def test_differing_locations_are_read_as_a_response_no_browser_shows():
    assert no_text_state(effective_content_type(TWO, HTML), HTML) == NOT_SHOWN


def test_an_imported_page_with_differing_locations_is_no_capture_to_quote(tmp_path, key_dir):
    proc = run_cli("import", str(foreign_warc(tmp_path / "other.warc.gz", TWO, HTML)), "--json", store=tmp_path / "store")
    assert proc.exit_code == 0, proc.output
    doc = json.loads(proc.stdout)
    assert (doc["captures"], doc["skipped_responses"]) == ([], 1), doc


@pytest.fixture
def archived_before(tmp_path: Path, key_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """(store, capture id) of such a 200 as an archiver before session 51 left it: captured, its text logged by
    extractor 156."""
    import archiver.capture.fetch as fetch
    import archiver.core.mime as mime

    store = tmp_path / "store"
    with monkeypatch.context() as patched:
        patched.setattr(fetch, "differing_locations", lambda _headers: [])
        patched.setattr(mime, "differing_locations", lambda _headers: [])
        cid = archived_as_read_before(store, TWO, HTML, monkeypatch, version="158")
    assert len(_extraction_entries(store)) == 1
    return store, cid


def test_an_older_capture_with_differing_locations_is_not_vouched_for(archived_before):
    store, cid = archived_before
    proc = run_cli("verify-quote", WORDS, "--capture", cid, "--json", store=store)
    doc = json.loads(proc.stdout)
    assert (proc.exit_code, doc["verdict"], doc["no_text"], doc["logged_text_not_shown"]) == (
        1, "not_found", NOT_SHOWN, True), doc


def test_reextract_logs_no_text_for_an_older_capture_with_differing_locations(archived_before):
    store, cid = archived_before
    assert run_cli("log", "verify", "--deep", store=store).exit_code == 1
    proc = run_cli("reextract", cid, "--json", store=store)
    assert proc.exit_code == 0, proc.output
    assert _extraction_entries(store)[-1]["data"]["no_text"] == NOT_SHOWN
    assert run_cli("log", "verify", "--deep", store=store).exit_code == 0
