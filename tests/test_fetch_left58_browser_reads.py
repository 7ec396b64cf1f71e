"""Responses Chromium shows that the capture refused: a chunk-size line of up to 16 KiB, and a status
line whose protocol name Chromium finds (``http`` at the start) but reads no version, or a later one, from.

- Chromium buffers a chunk-size line of up to 16,384 bytes, its CR and LF not counted
  (``HttpChunkedDecoder::kMaxLineBufLen``, net/http/http_chunked_decoder.cc): the capture refused
  a line over 4 KiB (a 5 KiB chunk extension), so a page the browser shows was not archived.
- ``HTTPS/1.1 200 OK``, ``httpHTTP/1.1 200 OK``, ``HTTP/2 200 OK``: Chromium finds the status line by ``http`` at
  the first 5 offsets (``HttpUtil::LocateStartOfStatusLine``); its ``ParseVersion`` then reads no
  version (no ``/`` right after ``http``, no digit after a ``.``), and ``ParseStatusLine`` treats the response as HTTP/1.0, reading the
  status after the line's first space (net/http/http_response_headers.cc); ``HTTP/2.0`` and ``HTTP/3.0``
  it frames as 1.1. The capture refused them all, saying "browsers skip at most 4 bytes before one" or
  "an HTTP version we do not speak", though Debian's Chromium 156 shows each page.

Each server is a raw socket on 127.0.0.1.
"""

from __future__ import annotations

import pytest
from captures import capture_one, stored_records
from warcio.archiveiterator import ArchiveIterator

from archiver.capture.warc import interim_statuses

SENTENCE = b"The council approved the harbour budget on Tuesday evening."
PAGE = b"<html><head><title>Harbour</title></head><body><article><p>" + SENTENCE + b"</p></article></body></html>"
CHUNKED_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"


def _chunked(size_line: bytes) -> bytes:
    return CHUNKED_HEAD + size_line + b"\r\n" + PAGE + b"\r\n0\r\n\r\n"


def _extension_line(length: int) -> bytes:
    """A size line for :data:`PAGE` of exactly ``length`` bytes, its CRLF not counted."""
    start = b"%x;note=" % len(PAGE)
    return start + b"n" * (length - len(start))


def _text(result) -> str:
    return str((result.article or {}).get("text"))


def test_a_page_with_a_5_kib_chunk_extension_is_captured_with_every_byte(store, serve_raw):
    raw = _chunked(_extension_line(5 * 1024))
    result = capture_one(store, serve_raw(raw))
    assert result.ok, (result.error_kind, result.error)
    assert [r.block for r in stored_records(store, "response")] == [raw]
    assert SENTENCE.decode() in _text(result)


def test_a_chunk_size_line_of_16384_bytes_before_its_crlf_is_captured(store, serve_raw):
    result = capture_one(store, serve_raw(_chunked(_extension_line(16384))))
    assert result.ok, (result.error_kind, result.error)


def test_a_chunk_size_line_longer_than_chromium_buffers_is_refused(store, serve_raw):
    result = capture_one(store, serve_raw(_chunked(_extension_line(16385))))
    assert not result.ok and result.error_kind == "chunk_extension_too_long", result.error
    assert "16384 bytes" in str(result.error)
    assert stored_records(store, "response") == []


def _plain(status_line: bytes) -> bytes:
    return (status_line + b"\r\nContent-Type: text/html\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
            % len(PAGE) + PAGE)


#: Each shown by Debian's Chromium 156 (raw 127.0.0.1 server, 2026-12-02); the first five as HTTP/1.0.
UNVERSIONED = [b"HTTPS/1.1 200 OK", b"httpHTTP/1.1 200 OK", b"HTTP 200 OK", b"Http/x.y 200 OK", b"HTTP/2 200 OK",
               b"HTTP/2.0 200 OK", b"HTTP/3.0 200 OK"]


@pytest.mark.parametrize("status_line", UNVERSIONED)
def test_a_status_line_chromium_shows_is_captured_as_received(store, serve_raw, status_line):
    raw = _plain(status_line)
    result = capture_one(store, serve_raw(raw))
    assert result.ok, (result.error_kind, result.error)
    assert result.status == 200 and result.reason == "OK"
    assert [r.block for r in stored_records(store, "response")] == [raw]
    assert SENTENCE.decode() in _text(result)


def test_warcio_reads_the_status_of_a_status_line_with_no_version_chromium_reads(store, serve_raw):
    assert capture_one(store, serve_raw(_plain(b"HTTPS/1.1 404 Not Found"))).ok
    [path] = sorted((store / "warcs").glob("*.warc*"))
    with open(path, "rb") as fh:
        statuses = [r.http_headers.get_statuscode() for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert statuses == ["404"]


def test_a_chunked_body_under_a_status_line_read_as_http_1_0_is_refused_as_http_1_0(store, serve_raw):
    raw = (b"HTTPS/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
           b"%x\r\n%s\r\n0\r\n\r\n" % (len(PAGE), PAGE))
    result = capture_one(store, serve_raw(raw))
    assert not result.ok and result.error_kind == "bad_framing" and "HTTP/1.0" in str(result.error), result.error


def test_a_1xx_head_under_such_a_protocol_name_is_kept_as_an_interim_head(store, serve_raw):
    hint = b"HTTPS/1.1 103 Early Hints\r\nLink: </s.css>; rel=preload\r\n\r\n"
    raw = hint + _plain(b"HTTP/1.1 200 OK")
    result = capture_one(store, serve_raw(raw))
    assert result.ok, result.error
    assert [r.block for r in stored_records(store, "response")] == [raw[len(hint):]]
    assert interim_statuses(hint) == [103]


def test_the_refusal_of_a_response_with_no_status_line_says_where_browsers_look_for_one(store, serve_raw):
    result = capture_one(store, serve_raw(b"junk5" + _plain(b"HTTP/1.1 200 OK")))
    assert not result.ok and "no HTTP status line" in str(result.error)
    assert "'http' within its first 5 bytes" in str(result.error), result.error
