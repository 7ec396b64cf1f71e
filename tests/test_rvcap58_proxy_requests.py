"""The recording proxy and requests at the edges of cap57's 400 (review rvcap58).

cap57 answers 400 to a request the proxy cannot read (a Content-Length that is not one number, a
request line that does not parse). What must happen, written before its code was read: a
Content-Length HTTP allows (optional whitespace, leading zeros, a list of equal values) frames the
body relayed; a number past the body limit is 413, not 400; a method is a case-sensitive token
(``fetch(url, {method: "patch"})`` sends ``patch``: Fetch upper-cases only DELETE, GET, HEAD,
OPTIONS, POST and PUT), relayed as sent; Chromium sends a proxy the absolute form of an http URL,
and an origin-form request (which only a client that is not the page's browser sends to a proxy) is
answered 400, counted, and never relayed. The origin is a raw socket on 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from test_browser_proxy_request_limits import raw_exchange, recording_proxy

from archiver.capture.proxy import MAX_REQUEST_BODY

BODY = b"<html><body><p>Proxied page.</p></body></html>"


@pytest.fixture
def origin() -> Iterator[str]:
    from servers import Hostile

    server = Hostile(lambda: iter([b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n"
                                   b"Connection: close\r\n\r\n%s" % (len(BODY), BODY)]))
    yield f"http://127.0.0.1:{server.port}"
    server.close()


@pytest.mark.parametrize("value", [b" 5", b"5 ", b"5\t", b"05", b"0000000005", b"5,5", b"5, 5, 5"])
def test_a_content_length_http_allows_frames_the_body_relayed(origin, value):
    request = b"POST " + origin.encode() + b"/form HTTP/1.1\r\nContent-Length:" + value + b"\r\n\r\nhello"
    with recording_proxy() as p:
        answer = raw_exchange(p, request)
    assert answer.startswith(b"HTTP/1.1 200 ") and answer.endswith(BODY), answer[:200]
    [hop] = p.log.hops
    assert hop.request_bytes.endswith(b"\r\n\r\nhello") and p.log.refused_reasons == {}


@pytest.mark.parametrize("value", [b"%d" % (MAX_REQUEST_BODY + 1), b"9" * 40])
def test_a_content_length_past_the_body_limit_is_413_however_many_digits(origin, value):
    request = b"POST " + origin.encode() + b"/form HTTP/1.1\r\nContent-Length: " + value + b"\r\n\r\n"
    with recording_proxy() as p:
        answer = raw_exchange(p, request)
    assert answer.startswith(b"HTTP/1.1 413 "), answer[:200]
    assert p.log.hops == [] and p.log.refused_reasons == {"too_large": 1}


@pytest.mark.parametrize("method", [b"patch", b"get", b"PROPFIND"])
def test_a_method_of_any_case_is_relayed_as_sent(origin, method):
    with recording_proxy() as p:
        answer = raw_exchange(p, method + b" " + origin.encode() + b"/x HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200 "), answer[:200]
    [hop] = p.log.hops
    assert hop.request_bytes.startswith(method + b" /x HTTP/1.1\r\n") and p.log.refused_reasons == {}


def test_an_absolute_form_request_is_relayed_in_origin_form(origin):
    with recording_proxy() as p:
        answer = raw_exchange(p, b"GET " + origin.encode() + b"/page?q=1 HTTP/1.1\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200 ") and answer.endswith(BODY)
    [hop] = p.log.hops
    assert hop.url == origin + "/page?q=1" and hop.request_bytes.startswith(b"GET /page?q=1 HTTP/1.1\r\n")


def test_an_origin_form_request_to_the_proxy_is_answered_400_and_never_relayed(origin):
    host = origin.removeprefix("http://").encode()
    with recording_proxy() as p:
        answer = raw_exchange(p, b"GET /page HTTP/1.1\r\nHost: " + host + b"\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 400 "), answer[:200]
    assert p.log.hops == [] and p.log.refused_reasons == {"bad_request": 1}
