"""A capture follows a refresh of no delay as a browser does (session 52): Chromium takes its reader from such a page
to the URL it names before the page is read, so the capture goes on to that URL as it follows a redirect, keeps the
forwarding page as a hop of its chain, and ends on the page a reader was shown. Until then it ended on the forwarding
page (``not_shown``: no text to quote). A refresh with a delay, to a URL we do not fetch, or back to a page the
chain has been to ends the chain where it is, as before.
"""

from __future__ import annotations

import json

import pytest
from cli import run_cli
from servers import Site, response

WORDS = "The council met on Tuesday to discuss the harbour wall"
HTML = ("Content-Type", "text/html; charset=utf-8")
TARGET = f"<html><head><title>Minutes</title></head><body><article><p>{WORDS}.</p></article></body></html>".encode()


def _forwarder(meta: str = "", fields: tuple[tuple[str, str], ...] = ()) -> bytes:
    body = f"<html><head>{meta}<title>Moved</title></head><body><p>This page has moved.</p></body></html>".encode()
    return response("200 OK", [HTML, *fields], body)


@pytest.fixture
def site():
    s = Site()
    s.routes["/minutes"] = lambda h: response("200 OK", [HTML], TARGET)
    yield s
    s.close()


def _archive(site, path, store, *options):
    result = run_cli("archive", site.url(path), "--json", *options, store=store)
    return result, (json.loads(result.stdout) if result.exit_code == 0 else None)


@pytest.mark.parametrize("meta,fields", [
    ("<meta http-equiv='refresh' content='0; url=/minutes'>", ()),
    ("", (("Refresh", "0;url=/minutes"),)),
], ids=["meta", "header"])
def test_a_refresh_of_no_delay_is_followed_and_the_capture_ends_on_the_page_shown(site, tmp_path, meta, fields):
    site.routes["/old"] = lambda h: _forwarder(meta, fields)
    result, got = _archive(site, "/old", tmp_path / "store")
    assert result.exit_code == 0, result.stderr
    assert got["final_url"] == site.url("/minutes")
    assert [(h["url"], h["status"]) for h in got["hops"]] == [(site.url("/old"), 200), (site.url("/minutes"), 200)]
    quote = run_cli("verify-quote", WORDS, "--url", site.url("/old"), store=tmp_path / "store")
    assert quote.exit_code == 0, quote.stdout + quote.stderr


def test_the_readable_chain_says_which_hop_forwarded_by_a_refresh(site, tmp_path):
    site.routes["/old"] = lambda h: _forwarder("<meta http-equiv='refresh' content='0; url=/minutes'>")
    result = run_cli("archive", site.url("/old"), store=tmp_path / "store")
    assert f"redirects: 200 (refresh) {site.url('/old')} -> 200 {site.url('/minutes')}" in result.stdout


def test_a_refresh_url_is_resolved_against_the_pages_base_with_its_character_references_read(site, tmp_path):
    meta = "<base href='/docs/'><meta http-equiv='refresh' content='0; url=minutes?a=1&amp;b=2'>"
    site.routes["/old"] = lambda h: _forwarder(meta)
    site.routes["/docs/minutes"] = lambda h: response("200 OK", [HTML], TARGET)
    result, got = _archive(site, "/old", tmp_path / "store")
    assert got["final_url"] == site.url("/docs/minutes?a=1&b=2")


def test_a_refresh_with_a_delay_is_not_followed(site, tmp_path):
    site.routes["/old"] = lambda h: _forwarder("<meta http-equiv='refresh' content='5; url=/minutes'>")
    result, got = _archive(site, "/old", tmp_path / "store")
    assert got["final_url"] == site.url("/old") and len(got["hops"]) == 1
    assert site.requests == ["/old"]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,hello", "ftp://127.0.0.1/x"])
def test_a_refresh_to_a_url_we_do_not_fetch_ends_the_chain_on_the_page_unshown(site, tmp_path, url):
    site.routes["/old"] = lambda h: _forwarder(f"<meta http-equiv='refresh' content='0; url={url}'>")
    result, got = _archive(site, "/old", tmp_path / "store")
    assert got["final_url"] == site.url("/old") and len(got["hops"]) == 1
    quote = run_cli("verify-quote", "This page has moved", "--url", site.url("/old"), store=tmp_path / "store")
    assert quote.exit_code != 0  # the page still leaves at once: its words are not vouched for


def test_a_page_that_refreshes_to_itself_ends_the_chain_there(site, tmp_path):
    site.routes["/old"] = lambda h: _forwarder("<meta http-equiv='refresh' content='0; url=/old'>")
    result, got = _archive(site, "/old", tmp_path / "store")
    assert got["final_url"] == site.url("/old") and site.requests == ["/old"]


def test_refreshes_count_against_the_redirect_limit(site, tmp_path):
    site.routes["/a"] = lambda h: _forwarder("<meta http-equiv='refresh' content='0; url=/b'>")
    site.routes["/b"] = lambda h: _forwarder("", (("Refresh", "0; url=/minutes"),))
    result, _ = _archive(site, "/a", tmp_path / "store", "--max-redirects", "1")
    assert result.exit_code != 0
    assert "more than 1 redirects, refreshes of no delay counted" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_downloaded_response_with_a_refresh_header_is_not_followed(site, tmp_path):
    site.routes["/file"] = lambda h: response(
        "200 OK", [("Content-Type", "application/octet-stream"), ("Refresh", "0; url=/minutes")], b"\x00\x01data")
    result, got = _archive(site, "/file", tmp_path / "store")
    assert got["final_url"] == site.url("/file") and site.requests == ["/file"]


def test_a_meta_refresh_inside_noscript_is_not_followed(site, tmp_path):
    site.routes["/old"] = lambda h: _forwarder("<noscript><meta http-equiv='refresh' content='0; url=/minutes'></noscript>")
    result, got = _archive(site, "/old", tmp_path / "store")
    assert got["final_url"] == site.url("/old") and site.requests == ["/old"]


def test_a_meta_refresh_written_with_character_references_is_read_as_a_browser_reads_it():
    from archiver.core.readable import NOT_SHOWN, no_text_state

    page = b"<html><head><meta http-equiv='&#114;efresh' content='&#48;; url=/minutes'></head><body><p>words</p></body></html>"
    assert no_text_state("text/html", page) == NOT_SHOWN
