"""Red team, twelfth pass: which redirects a capture follows, and where to.

A capture must end where a browser ends. Before: ``Location: ///host:port/landing`` was
resolved by Python's ``urljoin`` (RFC 3986: the path ``/host:port/landing`` on the same host)
while Chromium, following the WHATWG URL standard, goes to ``host:port``; ``Location: /with
space`` was refused though Chromium follows it (the space percent-encoded); a 300, 304 or 305
with a ``Location`` was followed though Chromium (and requests) follow only 301, 302, 303, 307
and 308; and of two different ``Location`` fields the first was followed, where Chromium refuses
the response (ERR_RESPONSE_HEADERS_MULTIPLE_LOCATION).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli import without_key_news
from conftest import run_cli
from servers import Site

from archiver.archive import Archive
from archiver.capture.fetch import FetchOptions
from archiver.capture.redirects import resolve_location

PAGE = (b"<html><head><title>Landing</title></head><body><article><p>The landing page says the "
        b"ferry runs every hour from the north pier.</p></article></body></html>")
CHOICES = b"<html><head><title>Choices</title></head><body><p>Pick one of the two pages.</p></body></html>"


def _raw(status: str, lines: list[bytes], body: bytes = b"") -> bytes:
    head = b"HTTP/1.1 " + status.encode() + b"\r\n" + b"".join(line + b"\r\n" for line in lines)
    if not status.startswith("304"):
        head += b"Content-Length: %d\r\n" % len(body)
    return head + b"Connection: close\r\n\r\n" + body


def _page(h) -> bytes:
    return _raw("200 OK", [b"Content-Type: text/html"], PAGE)


@pytest.fixture
def site():
    s = Site()
    s.routes["/landing"] = _page
    yield s
    s.close()


@pytest.fixture
def other():
    s = Site()
    s.routes["/landing"] = _page
    yield s
    s.close()


def _capture(store: Path, url: str):
    with Archive.open(store, fetch_options=FetchOptions()) as arc:
        [result] = arc.capture_many([url])
    return result


def _chain(result) -> list[tuple[str, int]]:
    return [(h["url"], h["status"]) for h in result.hops]


@pytest.mark.parametrize("slashes", [b"///", b"\\\\", b"/\\", b"////"])
def test_a_location_of_three_slashes_and_a_host_goes_to_that_host_as_browsers_go(store, site, other, slashes):
    site.routes["/r"] = lambda h: _raw("302 Found", [b"Location: " + slashes + b"127.0.0.1:%d/landing" % other.port])
    result = _capture(store, site.url("/r"))
    assert result.ok, result.error
    assert _chain(result) == [(site.url("/r"), 302), (other.url("/landing"), 200)]
    assert other.requests == ["/landing"] and site.requests == ["/r"]


def test_a_location_with_a_space_is_followed_with_the_space_percent_encoded(store, site):
    site.routes["/r"] = lambda h: _raw("302 Found", [b"Location: /with space"])
    site.routes["/with%20space"] = _page
    result = _capture(store, site.url("/r"))
    assert result.ok, result.error
    assert _chain(result) == [(site.url("/r"), 302), (site.url("/with%20space"), 200)]
    assert "north pier" in result.article["text"]


@pytest.mark.parametrize("status", ["300 Multiple Choices", "304 Not Modified", "305 Use Proxy"])
def test_a_3xx_that_is_not_a_redirect_status_ends_the_capture_even_with_a_location(store, site, status):
    site.routes["/r"] = lambda h: _raw(status, [b"Location: /landing", b"Content-Type: text/html"],
                                       b"" if status.startswith("304") else CHOICES)
    result = _capture(store, site.url("/r"))
    assert result.ok, result.error
    assert _chain(result) == [(site.url("/r"), int(status[:3]))] and result.final_url == site.url("/r")
    assert "/landing" not in site.requests


@pytest.mark.parametrize("status", ["301 Moved Permanently", "302 Found", "303 See Other",
                                    "307 Temporary Redirect", "308 Permanent Redirect"])
def test_each_redirect_status_is_followed(store, site, status):
    site.routes["/r"] = lambda h: _raw(status, [b"Location: /landing"])
    result = _capture(store, site.url("/r"))
    assert result.ok and result.final_url == site.url("/landing")


def test_two_different_locations_fail_the_capture_as_an_ambiguous_redirect(store, site):
    site.routes["/r"] = lambda h: _raw("302 Found", [b"Location: /landing", b"Location: /other"])
    result = _capture(store, site.url("/r"))
    assert not result.ok and result.error_kind == "ambiguous_redirect"
    assert "/landing" in result.error and "/other" in result.error
    assert site.requests == ["/r"]


def test_the_same_location_twice_is_one_location_and_followed(store, site):
    site.routes["/r"] = lambda h: _raw("302 Found", [b"Location: /landing", b"Location: /landing"])
    result = _capture(store, site.url("/r"))
    assert result.ok and result.final_url == site.url("/landing")


def test_cli_says_in_one_line_that_two_locations_were_refused(store, site):
    site.routes["/r"] = lambda h: _raw("302 Found", [b"Location: /landing", b"Location: /other"])
    proc = run_cli("archive", site.url("/r"), store=store)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 1 and "Location" in errors[0] and "Traceback" not in proc.stderr


@pytest.mark.parametrize(("location", "expected"), [
    ("/a/b", "http://h.example/a/b"),
    ("c", "http://h.example/dir/c"),
    ("../c", "http://h.example/c"),
    ("?q=1", "http://h.example/dir/page?q=1"),
    ("//x.example/p", "http://x.example/p"),
    ("///x.example/p", "http://x.example/p"),
    ("\\\\x.example\\p\\q", "http://x.example/p/q"),
    ("/a\\b", "http://h.example/a/b"),
    ("http:/x", "http://h.example/x"),
    ("http:x", "http://h.example/dir/x"),
    ("http:///x.example/p", "http://x.example/p"),
    ("https:x.example/p", "https://x.example/p"),
    ("https:///x.example/p", "https://x.example/p"),
    ("HTTPS://X.example/p", "https://X.example/p"),
    ("  /with space?a b#c d \x01", "http://h.example/with%20space?a%20b#c%20d"),
    ("/a\tb\nc", "http://h.example/abc"),
    ("/caf\u00e9", "http://h.example/caf\u00e9"),
    ("mailto:x@y.example", "mailto:x@y.example"),
])
def test_resolve_location_resolves_as_the_whatwg_url_standard_does(location, expected):
    assert resolve_location("http://h.example/dir/page", location) == expected


@pytest.mark.parametrize("location", ["http://[::1", "//[::1", "http://[abc]/", "https:[::1", "http://a]b/"])
def test_a_location_whose_host_cannot_be_read_fails_the_capture_in_one_line(store, serve_raw, location):
    """Review 18 F1: urljoin's ValueError ("Invalid IPv6 URL") was a 59-line traceback."""
    assert resolve_location("http://127.0.0.1/a", location) == location  # left for the fetcher to refuse
    url = serve_raw(b"HTTP/1.1 302 Found\r\nLocation: " + location.encode() + b"\r\nContent-Length: 0\r\n\r\n")
    proc = run_cli("archive", url, store=store)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    own = without_key_news(proc.stderr)  # (a new store's key is announced besides, whatever the exit code)
    assert "Traceback" not in proc.stderr and len(own.strip().splitlines()) == 1, proc.stderr
