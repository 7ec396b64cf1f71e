"""Only the page's own records carry the page's URL: a replay tool that indexes every record of a
WARC (pywb's ``wb-manager add``) must find the response for that URL, never a record of ours.

Our metadata records (TLS, extraction, manifest) are named ``urn:archiver:<kind>:<url>`` and
point at the response with ``WARC-Refers-To`` + ``WARC-Refers-To-Target-URI``; stores written
before, whose metadata records carry the page's URL, still read and reindex alike.
"""

from __future__ import annotations

import json
import ssl
from pathlib import Path

import pytest
import trustme
from conftest import run_cli
from servers import Site, chunked, response

from archiver.archive import Archive
from archiver.capture import records as capture
from archiver.capture.fetch import FetchOptions
from archiver.capture.records import EXTRACTION_TYPE, MANIFEST_TYPE, TLS_TYPE
from archiver.capture.warc import StoredRecord, TornTail, iter_records

PAGE = (b"<html><head><title>Ferry timetable</title></head><body><article><h1>Ferry timetable</h1>"
        b"<p>The winter timetable adds a 06:40 crossing on weekdays, the operator announced.</p>"
        b"</article></body></html>")
QUOTE = "The winter timetable adds a 06:40 crossing on weekdays"
PAGE_RECORD_TYPES = {"request", "response", "revisit"}


def _records(store: Path) -> list[StoredRecord]:
    out: list[StoredRecord] = []
    for path in sorted((store / "warcs").glob("*.warc.gz")):
        for item in iter_records(path):
            assert not isinstance(item, TornTail), item
            out.append(item)
    return out


def _capture(store: Path, urls: list[str], **options) -> list[dict]:
    with Archive.open(store, fetch_options=FetchOptions(**options)) as arc:
        results = arc.capture_many(urls)
    return [r.to_dict() for r in results]


@pytest.fixture
def site():
    s = Site()
    html = [("Content-Type", "text/html; charset=utf-8")]
    s.routes["/page"] = lambda h: response("200 OK", html, PAGE)
    s.routes["/old"] = lambda h: response("301 Moved Permanently", [("Location", "/page")])
    s.routes["/chunked"] = lambda h: chunked("200 OK", html, [PAGE[:40], PAGE[40:]])
    yield s
    s.close()


@pytest.fixture
def tls_site(tmp_path):
    ca = trustme.CA()
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(ctx)
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    s = Site(ssl_context=ctx)
    s.routes["/secure"] = lambda h: response("200 OK", [("Content-Type", "text/html")], PAGE)
    yield s, bundle
    s.close()


def test_no_record_but_request_response_or_revisit_has_a_page_url_as_target(store, site, tls_site):
    https, bundle = tls_site
    urls = [site.url("/page"), site.url("/old"), site.url("/chunked")]
    _capture(store, urls)
    _capture(store, [https.url("/secure")], ca_bundle=str(bundle))
    page_urls = {*urls, https.url("/secure")}
    recs = _records(store)
    assert {r.header("Content-Type") for r in recs} >= {TLS_TYPE, EXTRACTION_TYPE, MANIFEST_TYPE}
    for rec in recs:
        if rec.target_uri in page_urls:
            assert rec.rec_type in PAGE_RECORD_TYPES, (rec.rec_type, rec.header("Content-Type"), rec.target_uri)


def test_our_metadata_records_are_named_by_urn_kind_and_page_url(store, site):
    [result] = _capture(store, [site.url("/old")])
    by_type = {r.header("Content-Type"): r for r in _records(store) if r.rec_type == "metadata"}
    assert by_type[EXTRACTION_TYPE].target_uri == "urn:archiver:extraction:" + site.url("/page")
    assert by_type[MANIFEST_TYPE].target_uri == "urn:archiver:capture:" + site.url("/old")  # what was asked
    assert result["final_url"] == site.url("/page")


def test_extraction_and_manifest_refer_to_the_final_response_and_its_url(store, site):
    [result] = _capture(store, [site.url("/old")])
    recs = _records(store)
    final = next(r for r in recs if r.record_id == result["response_record_id"])
    assert final.rec_type == "response" and final.target_uri == site.url("/page")
    for ctype in (EXTRACTION_TYPE, MANIFEST_TYPE):
        rec = next(r for r in recs if r.header("Content-Type") == ctype)
        assert rec.header("WARC-Refers-To") == final.record_id
        assert rec.header("WARC-Refers-To-Target-URI") == final.target_uri


def test_tls_record_is_named_by_urn_and_linked_to_its_response(store, tls_site):
    https, bundle = tls_site
    [result] = _capture(store, [https.url("/secure")], ca_bundle=str(bundle))
    recs = _records(store)
    tls_rec = next(r for r in recs if r.header("Content-Type") == TLS_TYPE)
    assert tls_rec.target_uri == "urn:archiver:tls:" + https.url("/secure")
    assert tls_rec.header("WARC-Concurrent-To") == result["response_record_id"]
    assert tls_rec.header("WARC-Refers-To") == result["response_record_id"]
    assert tls_rec.header("WARC-Refers-To-Target-URI") == https.url("/secure")


@pytest.fixture
def old_style_store(store, site, monkeypatch):
    """A store written the old way: extraction and manifest records carry the page's URL."""
    with monkeypatch.context() as m:
        for name in ("EXTRACTION_URN", "MANIFEST_URN", "TLS_URN"):
            m.setattr(capture, name, "")
        [result] = _capture(store, [site.url("/old")])
    man = next(r for r in _records(store) if r.header("Content-Type") == MANIFEST_TYPE)
    assert man.target_uri == site.url("/old")  # really the old naming
    return store, result


def test_a_store_written_the_old_way_reindexes_and_verifies_quotes(old_style_store, site):
    store, result = old_style_store
    proc = run_cli("reindex", "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["captures"] == 1
    proc = run_cli("verify-quote", QUOTE, "--url", site.url("/old"), "--json", store=store)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["verdict"] == "exact" and doc["capture"] == result["capture_id"]
