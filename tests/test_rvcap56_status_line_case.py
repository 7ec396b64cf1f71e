"""A status line whose protocol name is not in upper case is captured, as Chromium shows it.

Chromium finds the status line by a case-insensitive ``http`` (``LocateStartOfStatusLine``) and
shows the page of ``http/1.1 200 OK`` (checked on Debian's Chromium, a raw 127.0.0.1 server,
2026-12-02); the capture failed it as "no HTTP status line" (cap55's left item, fetch.py). The
record keeps the line as received, and warcio (so cdxj-indexer and pywb) reads its status: the
protocol name is compared without case by its parser. Up to 4 bytes before the status line,
which Chromium also skips, are captured since cap57 (tests/test_cap57_bytes_before_status_line.py);
5 or more stay refused, as Chromium refuses them.
"""

from __future__ import annotations

from captures import capture_one, stored_records
from warcio.archiveiterator import ArchiveIterator

from archiver.capture.warc import interim_statuses

PAGE = (b"<html><head><title>Harbour</title></head><body><article><p>The council approved the "
        b"harbour budget on Tuesday evening.</p></article></body></html>")


def _raw(status_line: bytes) -> bytes:
    return (status_line + b"\r\nContent-Type: text/html\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
            % len(PAGE) + PAGE)


def test_a_lower_case_status_line_is_captured_byte_for_byte_with_its_status(store, serve_raw):
    raw = _raw(b"http/1.1 200 OK")
    result = capture_one(store, serve_raw(raw))
    assert result.ok, result.error
    assert result.status == 200 and result.reason == "OK"
    assert [r.block for r in stored_records(store, "response")] == [raw]
    assert "approved the harbour budget" in str((result.article or {}).get("text"))


def test_warcio_reads_the_status_of_a_lower_case_status_line(store, serve_raw):
    assert capture_one(store, serve_raw(_raw(b"Http/1.1 404 Not Found"))).ok
    [path] = sorted((store / "warcs").glob("*.warc*"))
    with open(path, "rb") as fh:
        statuses = [r.http_headers.get_statuscode() for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert statuses == ["404"]


def test_lower_case_1xx_heads_are_kept_as_interim_heads(store, serve_raw):
    hint = b"http/1.1 103 Early Hints\r\nLink: </s.css>; rel=preload\r\n\r\n"
    raw = hint + _raw(b"http/1.1 200 OK")
    result = capture_one(store, serve_raw(raw))
    assert result.ok, result.error
    assert [r.block for r in stored_records(store, "response")] == [raw[len(hint):]]
    assert interim_statuses(hint) == [103]


def test_a_lower_case_http_1_0_status_line_with_chunked_is_refused_as_http_1_0(store, serve_raw):
    raw = (b"http/1.0 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
           b"%x\r\n%s\r\n0\r\n\r\n" % (len(PAGE), PAGE))
    result = capture_one(store, serve_raw(raw))
    assert not result.ok and result.error_kind == "bad_framing", result.error


def test_5_bytes_before_the_status_line_are_still_refused(store, serve_raw):
    result = capture_one(store, serve_raw(b"\r\n\r\n\n" + _raw(b"http/1.1 200 OK")))
    assert not result.ok and "\n" not in str(result.error)
    assert stored_records(store, "response") == [] or not (store / "warcs").exists()


def test_interim_statuses_read_a_lower_case_head():
    assert interim_statuses(b"hTTP/1.1 100 Continue\r\n\r\n") == [100]
