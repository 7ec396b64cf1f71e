"""A ``Location`` with non-ASCII bytes is followed where browsers follow it (task cap55, item 2).

Chromium (``HttpResponseHeaders::IsRedirect``) and Firefox (``nsHttpChannel``, ``NS_EscapeURL``
with ``esc_OnlyNonASCII``) percent-escape each non-ASCII byte of a Location as it is, before
the URL parser sees it; the web-platform tests hold them to it
(fetch/api/redirect/redirect-location-escape.tentative.any.js: ``\\xff`` goes to ``%FF``). Debian's
Chromium, on a 127.0.0.1 server, goes from ``Location: /caf\\xe9`` (latin-1 bytes) to
``/caf%E9`` and from ``Location: /caf\\xc3\\xa9`` (UTF-8) to ``/caf%C3%A9``. The capture went to
``/caf%C3%A9`` for both: it read bytes that are not UTF-8 as latin-1 and sent them as UTF-8, so it
recorded another page than a reader was shown. The redirect's record keeps the bytes received.
"""

from __future__ import annotations

import pytest
from captures import captured, redirect, stored_records
from servers import Site, html_page

from archiver.capture.redirects import location_text, resolve_location

LATIN = b"<html><body><p>The page at the latin-1 bytes.</p></body></html>"
UTF8 = b"<html><body><p>The page at the UTF-8 bytes.</p></body></html>"


@pytest.fixture
def site():
    s = Site()
    s.routes["/caf%E9"] = html_page(LATIN)
    s.routes["/caf%C3%A9"] = html_page(UTF8)
    yield s
    s.close()


def test_latin1_bytes_in_a_location_are_followed_percent_escaped_byte_for_byte(store, site):
    site.routes["/r"] = redirect(b"/caf\xe9")
    result = captured(store, site.url("/r"))
    assert site.requests[-1] == "/caf%E9"
    assert (result.status, result.final_url) == (200, site.url("/caf%E9"))


def test_utf8_bytes_in_a_location_are_followed_as_their_utf8_escapes(store, site):
    site.routes["/r"] = redirect(b"/caf\xc3\xa9")
    result = captured(store, site.url("/r"))
    assert site.requests[-1] == "/caf%C3%A9"
    assert result.status == 200


def test_the_redirect_record_holds_the_location_bytes_as_received(store, site):
    site.routes["/r"] = redirect(b"/caf\xe9")
    captured(store, site.url("/r"))
    first, second = stored_records(store, "response")
    assert b"\r\nLocation: /caf\xe9\r\n" in first.block
    requests = stored_records(store, "request")
    assert requests[1].block.startswith(b"GET /caf%E9 HTTP/1.1\r\n")
    assert requests[1].target_uri == site.url("/caf%E9")


@pytest.mark.parametrize(("received", "followed"), [
    (b"/caf\xe9", "http://h.example/caf%E9"),
    (b"/caf\xc3\xa9", "http://h.example/caf\u00e9"),  # sent as /caf%C3%A9
    (b"/a?q=\xff", "http://h.example/a?q=%FF"),
    (b"/caf\xc3\xa9/\xe9", "http://h.example/caf\u00e9/%E9"),  # each byte as Chromium escapes it
    (b"http://b\xc3\xbccher.example/", "http://b\u00fccher.example/"),  # a UTF-8 host: IDNA
    (b"/%E9", "http://h.example/%E9"),  # escapes already there are left as they are
])
def test_a_location_is_read_as_chromium_reads_its_bytes(received, followed):
    assert resolve_location("http://h.example/dir/page", location_text(received.decode("latin-1"))) == followed
