"""A hostile server at left58's edges (review rvl58): the HTTP version Chromium reads, chunk-size lines of 16 KiB.

left58 captures any status line Chromium finds (``http`` in any case at offsets 0 to 4) and frames
it by the version Chromium's ``HttpResponseHeaders::ParseVersion`` reads: ``http``, then ``/`` right
after it, a digit, and a digit after the first ``.`` found anywhere further in the line; none
readable is HTTP/1.0, 1.1 or higher is 1.1 (``ParseStatusLine``). Only under 1.1 is
``Transfer-Encoding: chunked`` a framing to Chromium (``HttpResponseHeaders::IsChunkEncoded``): under
1.0 it shows the chunk framing as the page's bytes, so such a response is refused (its text would not
be the text we index). Each case says what must happen, written before left58's code was read: the
WARC holds exactly the bytes received from the status line, warcio reads the status we index, ``log
verify --deep`` is green, and no quote of words a browser does not show is ``exact``. Each server is a
raw socket on 127.0.0.1 (tests/servers.py ``Hostile``).
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from captures import capture_from, capture_one, stored_records
from cli import run_cli
from warcio.archiveiterator import ArchiveIterator

from archiver.capture.records import INTERIM_TYPE, CaptureResult

SENTENCE = b"The council approved the harbour budget on Tuesday evening."
PAGE = b"<html><head><title>Harbour</title></head><body><article><p>" + SENTENCE + b"</p></article></body></html>"
HIDDEN = b"the-mayor-resigned-in-disgrace"  # sent where a browser never shows it


def _chunked(status_line: bytes, body: bytes = PAGE, ext: bytes = b"") -> bytes:
    return (status_line + b"\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            + b"%x%s\r\n%s\r\n0\r\n\r\n" % (len(body), ext, body))


def _plain(status_line: bytes, body: bytes = PAGE, *, length: bool = True) -> bytes:
    head = status_line + b"\r\nContent-Type: text/html\r\n"
    if length:
        head += b"Content-Length: %d\r\n" % len(body)
    return head + b"Connection: close\r\n\r\n" + body


def _in_writes(*pieces: bytes, pause: float = 0.03) -> Iterator[bytes]:
    for piece in pieces:
        yield piece
        time.sleep(pause)


def _responses(store: Path) -> list[bytes]:
    return [r.block for r in stored_records(store, "response")]


def _warcio_statuses(store: Path) -> list[str]:
    statuses: list[str] = []
    for path in sorted((store / "warcs").glob("*.warc*")):
        with open(path, "rb") as fh:
            statuses += [str(r.http_headers.get_statuscode()) for r in ArchiveIterator(fh)
                         if r.rec_type == "response"]
    return statuses


def _text(result: CaptureResult) -> str:
    return str((result.article or {}).get("text"))


def _assert_captured(store: Path, result: CaptureResult, raw: bytes, status: int = 200) -> None:
    assert result.ok, (result.error_kind, result.error)
    assert result.status == status
    assert _responses(store) == [raw]
    assert _warcio_statuses(store) == [str(status)]
    assert SENTENCE.decode() in _text(result)


def _assert_refused(store: Path, result: CaptureResult, kind: str) -> None:
    assert not result.ok and result.error_kind == kind, (result.error_kind, result.error)
    assert "\n" not in str(result.error)
    assert stored_records(store, "response") == []


# -- versions Chromium reads as 1.1: a chunked body is a framing, de-chunked --------------------------

@pytest.mark.parametrize("status_line", [b"HTTP/2.0 200 OK", b"HTTP/3.0 200 OK", b"HTTP/1.10 200 OK",
                                         b"HTTP/1.1.1 200 OK", b"http/9.9 200 OK", b"HTTP/2 200 Version.1"],
                         ids=["2.0", "3.0", "1.10", "1.1.1", "9.9 lower case", "a dot in the reason"])
def test_a_chunked_page_under_a_version_chromium_reads_as_1_1_is_captured_de_chunked(store, serve_raw, status_line):
    raw = _chunked(status_line)
    _assert_captured(store, capture_one(store, serve_raw(raw)), raw)


# -- versions Chromium reads as 1.0: chunked is no framing there, and is refused ----------------------

@pytest.mark.parametrize("status_line", [b"HTTP/1.0 200 OK", b"HTTP/0.9 200 OK", b"HTTP/01.1 200 OK",
                                         b"HTTP/2 200 OK", b"HTTPS/1.1 200 OK", b"HTTP/1. 200 OK",
                                         b"HTTP/x.1 200 OK", b"HTTP 200 OK"],
                         ids=["1.0", "0.9", "01.1", "2", "https", "no minor", "no major", "no slash"])
def test_a_chunked_page_under_a_version_chromium_reads_as_1_0_is_refused(store, serve_raw, status_line):
    result = capture_one(store, serve_raw(_chunked(status_line, ext=b";" + HIDDEN)))
    _assert_refused(store, result, "bad_framing")
    assert "HTTP/1.0" in str(result.error)


@pytest.mark.parametrize("status_line", [b"HTTP/1.0 200 OK", b"HTTP/0.9 200 OK", b"HTTP/01.1 200 OK",
                                         b"HTTPS/1.1 200 OK", b"HTTP 200 OK"])
def test_a_page_under_a_version_read_as_1_0_with_no_length_is_read_to_the_close(store, serve_raw, status_line):
    raw = _plain(status_line, length=False)
    _assert_captured(store, capture_one(store, serve_raw(raw)), raw)


@pytest.mark.parametrize("status_line", [b"HTTP/0.9 200 OK", b"HTTP/0.9 404 Not Found"])
def test_a_status_line_of_http_0_9_with_no_header_fields_is_captured_with_its_status(store, serve_raw, status_line):
    """Chromium shows it with its status (Debian's Chromium 156, raw 127.0.0.1 server: 200 and 404)."""
    raw = status_line + b"\r\n\r\n" + PAGE
    _assert_captured(store, capture_one(store, serve_raw(raw)), raw, int(status_line.split()[1]))


def test_a_page_read_as_1_0_with_no_length_arriving_in_several_reads_is_read_to_the_close(store):
    raw = _plain(b"HTTPS/1.1 200 OK", length=False)
    result = capture_from(store, lambda: _in_writes(raw[:40], raw[40:90], raw[90:]))
    _assert_captured(store, result, raw)


def test_the_chunked_refusal_names_the_status_line_as_received_not_http_1_0(store, serve_raw):
    """fetch.py's ``_CHUNKED_1_0`` said "an HTTP/1.0 response" of ``HTTPS/1.1 200 OK``."""
    result = capture_one(store, serve_raw(_chunked(b"HTTPS/1.1 200 OK")))
    _assert_refused(store, result, "bad_framing")
    assert "'HTTPS/1.1 200 OK'" in str(result.error) and "HTTP/1.0 response" not in str(result.error)


# -- a 1xx head under a version Chromium cannot read ---------------------------------------------------

@pytest.mark.parametrize("before", [b"HTTP/2 100 Continue\r\n\r\n", b"HTTPS/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n",
                                    b"junkhttp/2.0 103 Early Hints\r\nX-Note: " + HIDDEN + b"\r\n\r\n",
                                    b"junkHTTP 100 Continue\r\n\r\n"],
                         ids=["2", "https", "junk then lower case", "junk then no slash"])
def test_a_1xx_head_under_an_unreadable_version_is_kept_apart_and_the_page_captured(store, serve_raw, before):
    raw = _plain(b"HTTP/1.1 200 OK")
    result = capture_one(store, serve_raw(before + raw))
    _assert_captured(store, result, raw)
    assert [r.block for r in stored_records(store, "metadata") if r.header("Content-Type") == INTERIM_TYPE] == [before]
    assert HIDDEN.decode() not in _text(result)


# -- 16 KiB chunk-size lines across reads ---------------------------------------------------------------

def _long_size_line(length: int) -> bytes:
    start = b"%x;note=" % len(PAGE)
    return start + b"n" * (length - len(start))


@pytest.mark.parametrize(("length", "ok"), [(16384, True), (16385, False)])
@pytest.mark.parametrize("cuts", [(100, 8000), (16000, 16384 + 1), (5, 16384)], ids=["thirds", "cr apart", "lf apart"])
def test_a_chunk_size_line_at_16_kib_split_across_reads_is_read_as_in_one_write(store, length, ok, cuts):
    head = b"HTTP/2.0 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    body = _long_size_line(length) + b"\r\n" + PAGE + b"\r\n0\r\n\r\n"
    raw = head + body
    a, b = (len(head) + c for c in cuts)
    result = capture_from(store, lambda: _in_writes(raw[:a], raw[a:b], raw[b:]))
    if ok:
        _assert_captured(store, result, raw)
        assert "note=" not in _text(result)
    else:
        _assert_refused(store, result, "chunk_extension_too_long")


# -- redirects under these versions ---------------------------------------------------------------------

def _redirect_then(first: bytes, final: bytes):  # type: ignore[no-untyped-def]
    count = itertools.count()

    def script() -> Iterator[bytes]:
        yield first if next(count) == 0 else final
    return script


@pytest.mark.parametrize("first", [
    b"HTTPS/1.1 302 Found\r\nLocation: /next\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    b"HTTP/2.0 301 Moved\r\nLocation: /next\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n",
    b"HTTP 302 Found\r\nLocation: /next\r\nConnection: close\r\n\r\nmoved",
    b"\r\nHTTP/2 307 Temporary\r\nLocation: /next\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
], ids=["https", "2.0 chunked", "no slash read to close", "after crlf"])
def test_a_redirect_under_a_version_chromium_reads_is_followed_and_both_hops_kept(store, first):
    final = _plain(b"HTTP/2.0 200 OK")
    result = capture_from(store, _redirect_then(first, final))
    assert result.ok, (result.error_kind, result.error)
    assert result.status == 200 and str(result.final_url).endswith("/next") and len(result.hops) == 2
    first_record = first[first.index(b"HTTP"):]
    assert _responses(store) == [first_record, final]
    assert _warcio_statuses(store) == [first_record[first_record.index(b" ") + 1:][:3].decode(), "200"]


def test_a_redirect_read_as_1_0_with_a_chunked_body_is_refused_not_followed(store):
    first = b"HTTPS/1.1 302 Found\r\nLocation: /next\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n"
    result = capture_from(store, _redirect_then(first, _plain(b"HTTP/1.1 200 OK")))
    _assert_refused(store, result, "bad_framing")


# -- the store after all of these ------------------------------------------------------------------------

def test_log_verify_deep_is_green_after_pages_under_versions_chromium_reads(store, serve_raw):
    assert capture_one(store, serve_raw(_chunked(b"HTTP/2.0 200 OK"))).ok
    assert capture_one(store, serve_raw(_plain(b"HTTPS/1.1 200 OK", length=False))).ok
    assert capture_one(store, serve_raw(b"junkHTTP 100 Continue\r\n\r\n" + _plain(b"HTTP/1.10 404 Nope"))).ok
    proc = run_cli("log", "verify", "--deep", store=store)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("raw", [
    _chunked(b"HTTP/2.0 200 OK", ext=b";" + HIDDEN),
    b"junkhttp/2.0 103 Early Hints\r\nX-Note: " + HIDDEN + b"\r\n\r\n" + _plain(b"HTTP/1.1 200 OK"),
    _plain(b"HTTP/2 200 OK") + HIDDEN,
], ids=["chunk extension under 2.0", "1xx head after junk", "past the length under a line read as 1.0"])
def test_words_a_browser_does_not_show_never_verify_as_a_quote(store, serve_raw, raw):
    result = capture_one(store, serve_raw(raw))
    assert result.ok, (result.error_kind, result.error)
    proc = run_cli("verify-quote", HIDDEN.decode(), "--capture", str(result.capture_id), "--json", store=store)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["verdict"] not in ("exact", "normalized")
