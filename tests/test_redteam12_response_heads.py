"""Red team, twelfth pass: one reading of a response head, the one every later reader uses.

The fetcher took a hop's headers from http.client's parser, while the records, the extraction
and ``reindex`` read the head with :func:`archiver.capture.warc.parse_http_head`. The two
disagree on a head with a malformed line: http.client stops at ``X-Bad Header: 1`` (a space in
a field name) and sees none of the fields after it, so a ``Location`` there was not followed
(Chromium follows it) and a ``Content-Type`` there was missing at capture but present after
``reindex``. A hop's headers are now the recorded head's, read the way the records are read.

Two ``Content-Type`` fields: the capture took the first, Chromium takes the last; every reader
now takes the one the Fetch standard's "extract a MIME type" takes (the last valid one), through
:func:`archiver.core.mime.effective_content_type`.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from captures import captured
from servers import Hostile, Site

from archiver.archive import Archive
from archiver.capture.fetch import FetchOptions
from archiver.core.mime import effective_content_type

PAGE = (b"<html><head><title>Landing</title></head><body><article><p>The landing page says the "
        b"ferry runs every hour from the north pier.</p></article></body></html>")
CAFE = ("<html><head><title>Caf\u00e9</title></head><body><article><p>Le caf\u00e9 co\u00fbte "
        "tr\u00e8s cher \u00e0 Paris depuis hier soir, selon le ministre.</p></article></body></html>")


def _raw(status: str, lines: list[bytes], body: bytes = b"") -> bytes:
    head = b"HTTP/1.1 " + status.encode() + b"\r\n" + b"".join(line + b"\r\n" for line in lines)
    return head + b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body


@pytest.fixture
def site():
    s = Site()
    s.routes["/landing"] = lambda h: _raw("200 OK", [b"Content-Type: text/html"], PAGE)
    yield s
    s.close()


def _indexed_content_type(store: Path, capture_id: str) -> str | None:
    with Archive.open(store) as arc:
        return arc.index.get(capture_id).content_type


def test_a_location_after_a_header_line_with_a_space_in_its_name_is_followed(store, site):
    site.routes["/r"] = lambda h: _raw("302 Found", [b"X-Bad Header: 1", b"Location: /landing",
                                                     b"Content-Type: text/html"], b"<p>Redirecting.</p>")
    result = captured(store, site.url("/r"))
    assert [(h["url"], h["status"]) for h in result.hops] == [(site.url("/r"), 302), (site.url("/landing"), 200)]
    assert result.final_url == site.url("/landing") and "north pier" in result.article["text"]


def test_a_content_type_after_a_malformed_header_line_is_the_same_at_capture_and_after_reindex(store, site):
    site.routes["/p"] = lambda h: _raw("200 OK", [b"X Bad: 1", b"Content-Type: text/html; charset=utf-8"],
                                       CAFE.encode("utf-8"))
    result = captured(store, site.url("/p"))
    assert result.content_type == "text/html; charset=utf-8"
    assert "Le caf\u00e9 co\u00fbte tr\u00e8s cher" in result.article["text"]
    with Archive.open(store) as arc:
        arc.reindex()
    assert _indexed_content_type(store, result.capture_id) == "text/html; charset=utf-8"


def test_a_response_ends_where_its_recorded_head_says_though_the_server_keeps_the_connection_open(store):
    """The Content-Length after a malformed line is the one the recorded head gives: the fetch
    ends there, and does not wait for the server to close (it failed as a read timeout)."""
    released = threading.Event()

    def script():
        yield _raw("200 OK", [b"X-Bad Header: 1", b"Content-Type: text/html"], PAGE).replace(b"Connection: close", b"X-K: 1")
        released.wait(30)  # held open, as a keep-alive server does, until the test is done

    server = Hostile(script)
    try:
        with Archive.open(store, fetch_options=FetchOptions(read_timeout=3)) as arc:
            [result] = arc.capture_many([server.url("/")])
    finally:
        released.set()
        server.close()
    assert result.ok, result.error
    assert result.content_type == "text/html" and "north pier" in result.article["text"]


@pytest.mark.parametrize(("first", "last", "body"), [
    (b"text/html; charset=iso-8859-1", b"text/html; charset=utf-8", CAFE.encode("utf-8")),
    (b"text/html; charset=utf-8", b"text/html; charset=iso-8859-1", CAFE.encode("latin-1")),
])
def test_of_two_content_type_fields_the_last_one_decodes_the_page_as_chromium_does(store, site, first, last, body):
    site.routes["/two"] = lambda h: _raw("200 OK", [b"Content-Type: " + first, b"Content-Type: " + last], body)
    result = captured(store, site.url("/two"))
    assert result.content_type == last.decode()
    assert "Le caf\u00e9 co\u00fbte tr\u00e8s cher \u00e0 Paris" in result.article["text"]
    with Archive.open(store) as arc:
        arc.reindex()
    assert _indexed_content_type(store, result.capture_id) == last.decode()


@pytest.mark.parametrize(("fields", "expected"), [
    ([("Content-Type", "text/html")], "text/html"),
    ([("content-type", " text/html;charset=UTF-8 ")], "text/html;charset=UTF-8"),
    ([("Content-Type", "text/plain"), ("Content-Type", "text/html")], "text/html"),
    ([("Content-Type", "text/plain, text/html")], "text/html"),
    ([("Content-Type", "text/html"), ("Content-Type", "*/*")], "text/html"),
    ([("Content-Type", "text/html"), ("Content-Type", "nonsense")], "text/html"),
    ([("Content-Type", "text/html"), ("Content-Type", "")], "text/html"),
    ([("Content-Type", 'text/html; x="a,text/plain"')], 'text/html; x="a,text/plain"'),
    ([("Content-Type", "text/html; charset=gbk"), ("Content-Type", "text/html")], "text/html; charset=gbk"),
    ([("Content-Type", "text/html; charset=gbk"), ("Content-Type", "text/plain")], "text/plain"),
    ([("Content-Type", "nonsense")], "nonsense"),
    ([("Content-Length", "3")], None),
])
def test_effective_content_type_follows_the_fetch_standards_extract_a_mime_type(fields, expected):
    assert effective_content_type(fields) == expected
