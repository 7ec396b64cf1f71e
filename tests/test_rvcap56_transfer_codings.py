"""Transfer codings the guard frames as Chromium does, or refuses (review rvcap56, item 2).

Checked on Debian's Chromium (a raw 127.0.0.1 server, ``--dump-dom``, 2026-12-02): Chromium
de-chunks an HTTP/1.1 body whenever any ``Transfer-Encoding`` value is ``chunked``
(``HttpResponseHeaders::IsChunkEncoded``), final or not, and frames any other body by its
``Content-Length`` even beside another coding. The guard read ``chunked, identity`` (or the two
fields) to the close, as RFC 9112 section 6.3 says, and ignored a ``Content-Length`` beside
``Transfer-Encoding: foo``: both recorded, extracted and made quotable text that comes after the
end Chromium reads, which no browser showed. Each server is a raw socket on 127.0.0.1.
"""

from __future__ import annotations

import hashlib

import pytest
from captures import capture_one, stored_records

from archiver.archive import Archive

PAGE = (b"<html><head><title>Harbour</title></head><body><article><p>The council approved the "
        b"harbour budget on Tuesday evening.</p></article></body></html>")
AFTER = b"<html><body><article><p>The council rejected the harbour budget outright.</p></article></body></html>"


@pytest.mark.parametrize("fields", [b"Transfer-Encoding: chunked, identity\r\n",
                                    b"Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n",
                                    b"Transfer-Encoding: gzip, chunked, identity\r\n"])
def test_chunked_listed_before_the_final_coding_is_refused_as_bad_framing(store, serve_raw, fields):
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(PAGE), PAGE)
    raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + fields + b"Connection: close\r\n\r\n" + chunked + AFTER
    result = capture_one(store, serve_raw(raw))
    assert not result.ok and result.error_kind == "bad_framing", result.error
    assert result.error is not None and "\n" not in result.error and "chunked" in result.error
    with Archive.open(store) as arc:
        [entry] = list(arc.log.entries("capture_failed"))
    assert entry.data["error"] == result.error
    assert [r for r in stored_records(store) if r.rec_type == "response"] == []


def test_a_content_length_beside_another_coding_frames_the_body_as_chromium_reads_it(store, serve_raw):
    head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: foo\r\n"
            b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(PAGE))
    result = capture_one(store, serve_raw(head + PAGE + AFTER))
    assert result.ok, result.error
    [response] = [r for r in stored_records(store) if r.rec_type == "response"]
    assert response.block == head + PAGE
    assert result.payload_digest == "sha256:" + hashlib.sha256(PAGE).hexdigest()
    [trailing] = [r for r in stored_records(store) if (r.target_uri or "").startswith("urn:archiver:trailing:")]
    assert trailing.block == AFTER


def test_another_coding_with_no_content_length_still_runs_to_the_close(store, serve_raw):
    raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: foo\r\nConnection: close\r\n\r\n" + PAGE
    result = capture_one(store, serve_raw(raw))
    assert result.ok, result.error
    [response] = [r for r in stored_records(store) if r.rec_type == "response"]
    assert response.block == raw


# Chromium de-chunks only HTTP/1.1 and later (IsChunkEncoded): an HTTP/1.0 body it frames by its
# Content-Length or reads to the close, framing and all (checked: "5\r\n<p>AB\r\n0..." shown as
# it came). The records' reader de-chunks whatever the version, so with ``Content-Length: 3`` the
# capture made a whole article quotable where the browser showed 3 bytes. RFC 9112 section 6.1:
# an HTTP/1.0 message with Transfer-Encoding has faulty framing.
@pytest.mark.parametrize("length", [b"", b"Content-Length: 3\r\n"])
def test_chunked_in_an_http_1_0_response_is_refused_as_bad_framing(store, serve_raw, length):
    raw = (b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n" + length
           + b"Connection: close\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (len(PAGE), PAGE))
    result = capture_one(store, serve_raw(raw))
    assert not result.ok and result.error_kind == "bad_framing", result.error
    assert result.error is not None and "HTTP/1.0" in result.error
    with Archive.open(store) as arc:
        [entry] = list(arc.log.entries("capture_failed"))
    assert entry.data["error"] == result.error


def test_chunked_in_an_http_1_1_response_is_still_read(store, serve_raw):
    raw = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
           b"Connection: close\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (len(PAGE), PAGE))
    result = capture_one(store, serve_raw(raw))
    assert result.ok, result.error
    assert [r.block for r in stored_records(store) if r.rec_type == "response"] == [raw]
