"""The recording proxy's limits on the browser's requests (review rvcap56, cap55's left item).

Chromium sends a URL of up to 2 MiB (``url::kMaxURLChars``), and ``archive URL`` follows a
redirect to one (a 200 KiB Location of non-ASCII bytes escapes to 600 KiB); the proxy refused any
request head over 64 KiB, and by closing the browser's connection with a debug line only: the
resource was missing from the capture and nothing said why. A request past the proxy's limits is
now answered (431 for its head, 413 for its body) and counted among the capture's refusals.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
import requests

from archiver.capture.fetch import Fetcher, FetchOptions
from archiver.capture.proxy import MAX_REQUEST_BODY, MAX_REQUEST_HEAD, RecordingProxy

BODY = b"<html><body><p>Proxied page.</p></body></html>"


@pytest.fixture
def origin() -> Iterator[str]:
    """A raw origin on 127.0.0.1 that reads a whole request head, however long, then answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4)
    sock.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(5)
                head = b""
                while b"\r\n\r\n" not in head[-65540:]:
                    data = conn.recv(65536)
                    if not data:
                        break
                    head += data
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n"
                             b"Connection: close\r\n\r\n%s" % (len(BODY), BODY))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    stop.set()
    thread.join(5)
    sock.close()


def recording_proxy() -> RecordingProxy:
    """A recording proxy over a plain fetcher (the request-limit tests of this module and review rvcap58's)."""
    return RecordingProxy(Fetcher(FetchOptions()), deadline=time.monotonic() + 30, max_resources=10)


def test_a_request_for_a_600_kib_url_is_relayed_and_recorded(origin):
    path = "/" + "%E9" * (200 * 1024)
    with recording_proxy() as p:
        got = requests.get(origin + path, proxies={"http": p.address}, timeout=20)
    assert got.status_code == 200 and got.content == BODY
    [hop] = p.log.hops
    assert hop.request_bytes.startswith(b"GET " + path.encode() + b" HTTP/1.1\r\n")


def raw_exchange(p: RecordingProxy, request: bytes) -> bytes:
    with socket.create_connection(tuple(p.address.removeprefix("http://").rsplit(":", 1)), timeout=20) as conn:
        conn.sendall(request)
        conn.shutdown(socket.SHUT_WR)
        answer = b""
        while data := conn.recv(65536):
            answer += data
    return answer


def test_a_request_head_past_the_limit_is_answered_431_and_counted(origin):
    request = (b"GET " + origin.encode() + b"/page HTTP/1.1\r\nX-Big: " + b"b" * MAX_REQUEST_HEAD
               + b"\r\n\r\n")
    with recording_proxy() as p:
        answer = raw_exchange(p, request)
    assert answer.startswith(b"HTTP/1.1 431 ")
    assert p.log.hops == [] and p.log.refused_reasons == {"too_large": 1}


def test_a_request_body_past_the_limit_is_answered_413_and_counted(origin):
    request = (b"POST " + origin.encode() + b"/form HTTP/1.1\r\nContent-Length: %d\r\n\r\n"
               % (MAX_REQUEST_BODY + 1))
    with recording_proxy() as p:
        answer = raw_exchange(p, request)
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert p.log.hops == [] and p.log.refused_reasons == {"too_large": 1}


# A request the proxy cannot read (cap57): answered 400, as an HTTP server answers it (RFC 9112
# sections 3 and 6.3), and counted; before, a debug line and a dropped connection.

@pytest.mark.parametrize("value", [b"abc", b"+5", b"-1", b"0x5", b"5_0", b"5, 6", b""])
def test_a_request_content_length_that_is_not_one_number_is_answered_400_and_counted(origin, value):
    request = b"POST " + origin.encode() + b"/form HTTP/1.1\r\nContent-Length: " + value + b"\r\n\r\nhello"
    with recording_proxy() as p:
        answer = raw_exchange(p, request)
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert p.log.hops == [] and p.log.refused_reasons == {"bad_request": 1}


def test_two_request_content_lengths_that_differ_are_answered_400_and_counted(origin):
    request = (b"POST " + origin.encode() + b"/form HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n"
               b"hello!")
    with recording_proxy() as p:
        answer = raw_exchange(p, request)
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert p.log.hops == [] and p.log.refused_reasons == {"bad_request": 1}


def test_request_content_lengths_that_agree_frame_the_body_relayed(origin):
    request = b"POST " + origin.encode() + b"/form HTTP/1.1\r\nContent-Length: 5, 5\r\n\r\nhello"
    with recording_proxy() as p:
        answer = raw_exchange(p, request)
    assert answer.startswith(b"HTTP/1.1 200 ") and answer.endswith(BODY)
    [hop] = p.log.hops
    assert hop.request_bytes.endswith(b"\r\n\r\nhello") and p.log.refused_reasons == {}


def test_a_malformed_request_line_is_answered_400_and_counted(origin):
    with recording_proxy() as p:
        answer = raw_exchange(p, b"GET " + origin.encode() + b"/a b HTTP/1.1\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert p.log.hops == [] and p.log.refused_reasons == {"bad_request": 1}
