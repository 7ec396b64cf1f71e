"""A redirect a browser follows shows no body, whatever another tool's record holds after its head (rvimp70).

Chromium leaves a 301, 302, 303, 307 or 308 that has a non-empty ``Location`` for that location
(``HttpResponseHeaders::IsRedirect``), and replay (pywb, ReplayWeb.page) redirects too: the page in such a
response's body is never shown. Until rvimp70 ``import`` of another tool's WARC holding one made a capture of the
redirect whose body's words verified ``exact``. Now ``capture/warc.record_payload`` gives such a response no body,
as it gives a 204's or 304's none; a 300, or a redirect status with an empty ``Location``, is shown as before.
"""

from __future__ import annotations

import json

import pytest
from captures import foreign_warc
from cli import run_cli

from archiver.capture.warc import followed_redirect

WORDS = "The harbour board approved the new pier on Tuesday evening"
HTML = (f"<html><head><title>Pier</title></head><body><article><p>{WORDS} after a long debate. Work begins in "
        "spring, when the weather allows the divers to reach the old piles.</p></article></body></html>").encode()
HTML_TYPE = ("Content-Type", "text/html; charset=utf-8")


def _verdict_after_import(tmp_path, status, fields):
    warc = foreign_warc(tmp_path / "other.warc.gz", [HTML_TYPE, *fields], HTML, status=status)
    made = run_cli("import", str(warc), "--json", store=tmp_path / "store")
    assert made.exit_code == 0, made.output
    proc = run_cli("verify-quote", WORDS, "--json", store=tmp_path / "store")
    return json.loads(proc.stdout)["verdict"]


def test_the_body_of_an_imported_redirect_is_not_vouched_for(tmp_path, key_dir):
    assert _verdict_after_import(tmp_path, "302 Found", [("Location", "https://example.org/elsewhere")]) == "not_found"


def test_the_body_of_an_imported_redirect_with_an_empty_location_is_the_page_shown(tmp_path, key_dir):
    assert _verdict_after_import(tmp_path, "302 Found", [("Location", " ")]) == "exact"


def test_the_body_of_an_imported_300_is_the_page_shown(tmp_path, key_dir):
    """Chromium follows no 300 (Multiple Choices): it shows its body."""
    assert _verdict_after_import(tmp_path, "300 Multiple Choices", [("Location", "/a")]) == "exact"


@pytest.mark.parametrize("status", ["301 Moved Permanently", "303 See Other", "307 Temporary Redirect",
                                    "308 Permanent Redirect"])
def test_every_status_chromium_follows_is_a_followed_redirect(status):
    assert followed_redirect(f"HTTP/1.1 {status}", [("Location", "/next")])


def test_a_redirect_status_without_a_location_is_no_followed_redirect():
    assert not followed_redirect("HTTP/1.1 302 Found", [("Content-Type", "text/html")])


def _revisit_redirect_warc(path):
    """A 200 page, then a revisit of it (identical payload) whose own head is a 302 with a Location."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    url = "https://example.org/pier"
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        http = StatusAndHeaders("200 OK", [HTML_TYPE, ("Content-Length", str(len(HTML)))], protocol="HTTP/1.1")
        first = w.create_warc_record(url, "response", payload=io.BytesIO(HTML), http_headers=http)
        w.write_record(first)
        again = w.create_revisit_record(url, first.rec_headers["WARC-Payload-Digest"], url,
                                        first.rec_headers["WARC-Date"], http_headers=StatusAndHeaders(
                                            "302 Found", [HTML_TYPE, ("Location", "/moved")], protocol="HTTP/1.1"))
        again.rec_headers.replace_header("WARC-Date", "2030-01-01T00:00:00Z")
        again.rec_headers.add_header("WARC-Refers-To", first.rec_headers["WARC-Record-ID"])
        w.write_record(again)
    return path


@pytest.fixture
def redirecting_revisit(tmp_path, key_dir):
    """The store an import of :func:`_revisit_redirect_warc` made, and the revisit's capture id."""
    made = run_cli("import", str(_revisit_redirect_warc(tmp_path / "f.warc.gz")), "--json", store=tmp_path / "store")
    assert made.exit_code == 0, made.output
    [cid] = [c["capture_id"] for c in json.loads(made.stdout)["captures"] if c.get("revisit_of")]
    return tmp_path / "store", cid


def _verdict_of(store, cid):
    return json.loads(run_cli("verify-quote", WORDS, "--capture", cid, "--json", store=store).stdout)["verdict"]


def test_a_revisit_whose_own_head_redirects_does_not_vouch_for_the_earlier_page(redirecting_revisit):
    assert _verdict_of(*redirecting_revisit) == "not_found"


def test_reextract_of_a_revisit_whose_own_head_redirects_finds_no_text_either(redirecting_revisit):
    store, cid = redirecting_revisit
    assert run_cli("reextract", cid, store=store).exit_code == 0
    assert _verdict_of(store, cid) == "not_found"
