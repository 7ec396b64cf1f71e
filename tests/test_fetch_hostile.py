"""Hostile servers: every capture ends within its deadline and its limits, fails with a clear
kind, is logged as ``capture_failed`` and writes no WARC record.

Each server is a real socket server on 127.0.0.1 in a thread, speaking raw bytes from a
script (a generator). Servers stop by themselves: a script is bounded, every send is bounded
by the server's own deadline, and a client that hangs up ends the script.
"""

from __future__ import annotations

import socket
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli import without_key_news
from conftest import run_cli
from servers import HEAD_200, Hostile, Script

from archiver.archive import Archive
from archiver.capture.fetch import FetchOptions
from archiver.capture.warc import StoredRecord, TornTail, iter_records


@pytest.fixture
def hostile():
    servers: list[Hostile] = []

    def start(script: Script, host: str = "127.0.0.1") -> Hostile:
        servers.append(Hostile(script, host))
        return servers[-1]

    yield start
    for s in servers:
        s.close()


def _records(store: Path) -> list[StoredRecord]:
    out: list[StoredRecord] = []
    for path in sorted((store / "warcs").glob("*.warc*")):
        for item in iter_records(path):
            assert not isinstance(item, TornTail), item
            out.append(item)
    return out


def _capture(store: Path, url: str, **options):
    with Archive.open(store, fetch_options=FetchOptions(**options)) as arc:
        [result] = arc.capture_many([url])
    return result


def _assert_failed_and_logged(store: Path, result, kind: str) -> None:
    assert not result.ok and result.error_kind == kind, (result.error_kind, result.error)
    assert not any(r.rec_type in ("request", "response") for r in _records(store))
    with Archive.open(store) as arc:
        failed = list(arc.log.entries("capture_failed"))
    assert failed and failed[-1].data["error_kind"] == kind


def _drip(prefix: bytes, byte: bytes, interval: float, count: int) -> Script:
    def script() -> Iterator[bytes]:
        yield prefix
        for _ in range(count):
            time.sleep(interval)
            yield byte
    return script


def _flood(prefix: bytes, unit: bytes, count: int, suffix: bytes = b"") -> Script:
    def script() -> Iterator[bytes]:
        yield prefix
        for _ in range(count):
            yield unit
        yield suffix
    return script


# ---------------------------------------------------------------------- deadlines


def test_body_dripped_byte_by_byte_stops_at_the_total_timeout(store, hostile):
    server = hostile(_drip(HEAD_200 + b"Content-Length: 100000\r\n\r\n", b"a", 0.2, 150))
    began = time.monotonic()
    result = _capture(store, server.url(), total_timeout=2, read_timeout=10)
    assert time.monotonic() - began < 20
    _assert_failed_and_logged(store, result, "timeout")
    assert "in total" in result.error


def test_a_resolver_that_never_answers_stops_at_the_connect_timeout(store, monkeypatch):
    # getaddrinfo has no timeout of its own; this one hangs (bounded, so the test run ends).
    released = threading.Event()

    def hanging(*args, **kwargs):
        released.wait(30)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", hanging)
    began = time.monotonic()
    try:
        result = _capture(store, "http://slow-resolver.invalid/x", total_timeout=30, connect_timeout=1)
    finally:
        released.set()
    assert time.monotonic() - began < 10
    _assert_failed_and_logged(store, result, "timeout")
    assert "looking up slow-resolver.invalid" in result.error


def test_header_lines_dripped_byte_by_byte_stop_at_the_total_timeout(store, hostile):
    server = hostile(_drip(b"HTTP/1.1 200 OK\r\n", b"X", 0.2, 150))
    began = time.monotonic()
    result = _capture(store, server.url(), total_timeout=2, read_timeout=10)
    assert time.monotonic() - began < 20
    _assert_failed_and_logged(store, result, "timeout")


def test_cli_total_timeout_holds_against_a_dripping_server_with_exit_1_and_one_line(store, hostile):
    server = hostile(_drip(HEAD_200 + b"Content-Length: 100000\r\n\r\n", b"a", 0.2, 150))
    began = time.monotonic()
    proc = run_cli("archive", "--total-timeout", "3", server.url(), store=store)
    assert time.monotonic() - began < 30
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    own = without_key_news(proc.stderr).strip()  # (a new store's key is announced besides, whatever the exit code)
    assert own.splitlines() == [own]
    assert own.startswith("error: ") and "timed out after 3s in total" in own


# ---------------------------------------------------------------------- protocol limits


def test_endless_interim_responses_fail_at_the_head_byte_limit_with_bounded_memory(store, hostile):
    # no count by default, as in Chromium (tests/test_fetch_heads_browsers_accept.py): every head's
    # bytes count toward max_header_bytes
    server = hostile(_flood(b"", b"HTTP/1.1 100 Continue\r\n\r\n", 2_000_000))
    tracemalloc.start()
    try:
        result = _capture(store, server.url(), total_timeout=20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024
    _assert_failed_and_logged(store, result, "headers_too_large")


def test_endless_interim_responses_fail_at_a_count_the_caller_sets(store, hostile):
    server = hostile(_flood(b"", b"HTTP/1.1 100 Continue\r\n\r\n", 2_000_000))
    result = _capture(store, server.url(), total_timeout=20, max_interim_responses=8)
    _assert_failed_and_logged(store, result, "too_many_interim_responses")


def test_endless_header_fields_fail_at_the_head_byte_limit(store, hostile):
    # no field count by default, as in browsers (tests/test_fetch_heads_browsers_accept.py)
    server = hostile(_flood(b"HTTP/1.1 200 OK\r\n", b"X-Padding: aaaaaaaa\r\n", 2_000_000))
    result = _capture(store, server.url(), total_timeout=20)
    _assert_failed_and_logged(store, result, "headers_too_large")


def test_endless_header_fields_fail_at_a_field_limit_the_caller_sets(store, hostile):
    server = hostile(_flood(b"HTTP/1.1 200 OK\r\n", b"X-Padding: aaaaaaaa\r\n", 2_000_000))
    result = _capture(store, server.url(), total_timeout=20, max_headers=100)
    _assert_failed_and_logged(store, result, "too_many_headers")


def test_an_endless_header_line_fails_at_the_line_limit(store, hostile):
    server = hostile(_flood(b"HTTP/1.1 200 OK\r\nX-Long: ", b"a" * 65536, 50_000))
    result = _capture(store, server.url(), total_timeout=20)
    _assert_failed_and_logged(store, result, "header_line_too_long")


def test_a_status_line_over_64_kib_fails_naming_it(store, hostile):
    # header lines may take the whole head, as in browsers; the status line is read by http.client,
    # whose _MAXLINE is 64 KiB (Chromium would show the page: README, "Resource limits")
    server = hostile(_flood(b"HTTP/1.1 200 ", b"O" * 70_000, 1, b"\r\nContent-Length: 0\r\n\r\n"))
    result = _capture(store, server.url(), total_timeout=20)
    _assert_failed_and_logged(store, result, "header_line_too_long")
    assert "status line is longer than 65536 bytes" in result.error


def test_heads_larger_than_the_total_header_limit_fail(store, hostile):
    line = b"X-Padding: " + b"a" * 8000 + b"\r\n"
    server = hostile(_flood(b"HTTP/1.1 200 OK\r\n", line, 90, b"\r\n"))
    result = _capture(store, server.url(), total_timeout=20, max_header_bytes=100_000)
    _assert_failed_and_logged(store, result, "headers_too_large")


def test_huge_chunk_extensions_fail_even_with_a_small_max_body(store, hostile):
    chunk = b"1;ext=" + b"e" * 60_000 + b"\r\na\r\n"
    server = hostile(_flood(HEAD_200 + b"Transfer-Encoding: chunked\r\n\r\n", chunk, 100_000))
    result = _capture(store, server.url(), total_timeout=20, max_body_bytes=1000)
    _assert_failed_and_logged(store, result, "chunk_extension_too_long")


def test_tiny_chunks_with_extensions_under_the_line_limit_fail_at_the_framing_limit(store, hostile):
    chunk = b"1;ext=" + b"e" * 3000 + b"\r\na\r\n"
    server = hostile(_flood(HEAD_200 + b"Transfer-Encoding: chunked\r\n\r\n", chunk, 100_000))
    tracemalloc.start()
    try:
        # (--max-body counts the body as received, framing included: a small one would cut it first)
        result = _capture(store, server.url(), total_timeout=20, max_body_bytes=8 * 1024 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024
    _assert_failed_and_logged(store, result, "chunk_framing_too_large")


def test_endless_chunk_trailers_fail_at_the_trailer_limit(store, hostile):
    trailer = b"X-Trailer: " + b"t" * 2000 + b"\r\n"
    server = hostile(_flood(HEAD_200 + b"Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n",
                            trailer, 1_000_000))
    result = _capture(store, server.url(), total_timeout=20)
    _assert_failed_and_logged(store, result, "trailers_too_large")


def test_negative_chunk_size_is_a_logged_capture_failure(store, hostile):
    server = hostile(_flood(HEAD_200 + b"Transfer-Encoding: chunked\r\n\r\n", b"-5\r\nhello\r\n0\r\n\r\n", 1))
    result = _capture(store, server.url(), total_timeout=20)
    _assert_failed_and_logged(store, result, "bad_chunk")
    assert "invalid chunk size" in result.error


def test_limits_are_named_in_the_warcinfo_options(store, hostile):
    body = b"<html><body><p>fine</p></body></html>"
    server = hostile(_flood(HEAD_200 + b"Content-Length: %d\r\n\r\n" % len(body), body, 1))
    result = _capture(store, server.url(), total_timeout=20)
    assert result.ok
    info = _records(store)[0].block.decode()
    for name in ("max_header_line_bytes", "max_headers", "max_header_bytes", "max_interim_responses",
                 "max_chunk_extension_bytes", "max_chunk_framing_bytes", "max_trailer_bytes",
                 "private_redirects", "allow_credentials"):
        assert f'"{name}"' in info
