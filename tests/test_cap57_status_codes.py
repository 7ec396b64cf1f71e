"""A status code that is not three digits fails the capture as ``bad_status``, saying what browsers do.

Chromium reads the digits after the protocol as the status, however many, and 200 when there are
none: it shows the page of ``HTTP/1.1 2000 OK`` (status 2000), ``HTTP/1.1 20 OK`` (20),
``HTTP/1.1 -1`` (200) (Debian's Chromium 156, raw 127.0.0.1 server, 2026-12-02). http.client and
the WARC readers take three digits; such a response failed as a ``connection`` error reading
"connection failed: HTTP/1.1 2000 OK", a kind ``batch`` retries as transient. It fails now with a
line naming the status line and the status browsers show; codes every reader reads alike are
captured as before. Each server is a raw socket on 127.0.0.1.
"""

from __future__ import annotations

import pytest
from captures import capture_one, stored_records
from cli import run_cli, without_key_news

from archiver.archive import Archive
from archiver.batch import TRANSIENT_KINDS

PAGE = b"<html><head><title>Harbour</title></head><body><p>The council approved the budget.</p></body></html>"


def _raw(status_line: bytes) -> bytes:
    return (status_line + b"\r\nContent-Type: text/html\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
            % len(PAGE) + PAGE)


@pytest.mark.parametrize(("status_line", "browser"), [
    (b"HTTP/1.1 2000 OK", 2000), (b"HTTP/1.1 20 OK", 20), (b"HTTP/1.1 -1", 200), (b"HTTP/1.1 200abc OK", 200),
    (b"HTTP/1.1", 200), (b"HTTP/1.1 OK", 200), (b"HTTP/1.1 099 Low", 99), (b"HTTP/1.1 2_00 OK", 2),
    (b"HTTP/1.1 " + b"9" * 5000 + b" OK", "999999999... (5000 digits)"),
])
def test_a_status_code_not_of_three_digits_fails_as_bad_status_naming_what_browsers_show(
        store, serve_raw, status_line, browser):
    result = capture_one(store, serve_raw(_raw(status_line)))
    assert not result.ok and result.error_kind == "bad_status", (result.error_kind, result.error)
    assert f"as status {browser};" in str(result.error) and "\n" not in str(result.error)
    assert stored_records(store, "response") == []
    with Archive.open(store) as arc:
        [entry] = list(arc.log.entries("capture_failed"))
    assert entry.data["error"] == result.error


def test_bad_status_is_not_retried_as_transient():
    assert "bad_status" not in TRANSIENT_KINDS


def test_a_status_in_a_1xx_head_not_of_three_digits_fails_as_bad_status(store, serve_raw):
    raw = b"HTTP/1.1 10 Early\r\n\r\n" + _raw(b"HTTP/1.1 200 OK")
    result = capture_one(store, serve_raw(raw))
    assert not result.ok and result.error_kind == "bad_status", result.error


@pytest.mark.parametrize(("status_line", "status"), [
    (b"HTTP/1.1 0200 OK", 200), (b"HTTP/1.1  404 Not Found", 404), (b"HTTP/1.1 600 Odd", 600),
    (b"HTTP/1.1 999 Odd", 999),
])
def test_a_status_code_every_reader_reads_alike_is_captured_byte_for_byte(store, serve_raw, status_line, status):
    raw = _raw(status_line)
    result = capture_one(store, serve_raw(raw))
    assert result.ok and result.status == status, result.error
    assert [r.block for r in stored_records(store, "response")] == [raw]


def test_archive_of_a_bad_status_exits_1_with_one_line(store, serve_raw):
    proc = run_cli("archive", serve_raw(_raw(b"HTTP/1.1 2000 OK")), store=store)
    assert proc.returncode == 1
    own = without_key_news(proc.stderr).strip().splitlines()
    assert len(own) == 1 and "no status code of three digits" in own[0] and "Traceback" not in proc.stderr
