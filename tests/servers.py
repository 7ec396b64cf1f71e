"""Tiny real HTTP(S) servers on 127.0.0.1 for capture tests, with byte-level control.

pytest-httpserver cannot send chunk framing or stall on purpose without extra set-up; :class:`Site`
takes routes as functions returning the exact bytes to send (status line, headers and body), so
tests can check that the WARC holds exactly what crossed the wire. :class:`Hostile` speaks raw
bytes from a script (dripping, flooding, never ending), :func:`silent_server` never answers, and
a :class:`Gate` holds requests until the test says so (no race with a running batch).
"""

from __future__ import annotations

import contextlib
import gzip
import selectors
import socket
import socketserver
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler

Route = Callable[[BaseHTTPRequestHandler], bytes | None]


def response(status: str, headers: list[tuple[str, str]], body: bytes = b"", *,
             length: bool = True) -> bytes:
    """A raw HTTP/1.1 response; adds Content-Length unless ``length`` is False."""
    head = [f"HTTP/1.1 {status}"]
    head += [f"{k}: {v}" for k, v in headers]
    if length:
        head.append(f"Content-Length: {len(body)}")
    head.append("Connection: close")
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


def html_page(body: bytes) -> Route:
    """A route answering 200 with ``body`` as UTF-8 HTML (the page most tests serve)."""
    return lambda h: response("200 OK", [("Content-Type", "text/html; charset=utf-8")], body)


def held_page(body: bytes, limit: float) -> tuple[Route, threading.Event, threading.Event]:
    """A route answering as :func:`html_page` does, but only once released: ``(route, asked,
    release)``; ``asked`` is set when a client asks for it, and the answer waits for ``release``
    (at most ``limit`` seconds, a last guard). Holds a capture in flight while a test signals the
    command that fetches it."""
    asked, release = threading.Event(), threading.Event()
    page = html_page(body)

    def route(handler: BaseHTTPRequestHandler) -> bytes:
        asked.set()
        release.wait(limit)
        return page(handler)

    return route, asked, release


def chunked(status: str, headers: list[tuple[str, str]], pieces: list[bytes]) -> bytes:
    framed = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"
    return response(status, headers + [("Transfer-Encoding", "chunked")], framed, length=False)


def gzipped(status: str, headers: list[tuple[str, str]], body: bytes) -> bytes:
    return response(status, headers + [("Content-Encoding", "gzip")], gzip.compress(body, mtime=0))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.server.requests.append(self.path)
        route = self.server.routes.get(self.path.split("?")[0])
        if route is None:
            self.wfile.write(response("404 Not Found", [("Content-Type", "text/plain")], b"no such page"))
            return
        raw = route(self)
        if raw is not None:
            self.wfile.write(raw)

    def log_message(self, *args: object) -> None:
        pass


class _Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, routes: dict[str, Route], ssl_context: ssl.SSLContext | None,
                 bind: str = "127.0.0.1") -> None:
        super().__init__((bind, 0), _Handler)
        self.routes = routes
        self.requests: list[str] = []
        self.ssl_context = ssl_context
        self._wake_r, self._wake_w = socket.socketpair()
        self._closing = False
        self._stopped = threading.Event()

    def serve_until_stopped(self) -> None:
        """Serve until :meth:`stop`, which wakes the wait at once. (``serve_forever`` looks for
        ``shutdown`` only between its 0.5 s polls: every ``Site.close`` used to wait up to half a
        second, in each test's tear-down.)"""
        try:
            with selectors.DefaultSelector() as sel:
                sel.register(self, selectors.EVENT_READ)
                sel.register(self._wake_r, selectors.EVENT_READ)
                while not self._closing:
                    for key, _ in sel.select():
                        if key.fileobj is self and not self._closing:
                            self._handle_request_noblock()
        finally:
            self._stopped.set()

    def stop(self) -> None:
        """End :meth:`serve_until_stopped` (waiting for its loop to leave) and close the sockets."""
        self._closing = True
        self._wake_w.send(b"x")
        self._stopped.wait(5)
        self.server_close()
        self._wake_r.close()
        self._wake_w.close()

    def get_request(self) -> tuple[socket.socket, object]:
        sock, addr = super().get_request()
        if self.ssl_context is not None:
            sock = self.ssl_context.wrap_socket(sock, server_side=True)
        return sock, addr


class Site:
    """A running server: ``site.url('/path')``; ``site.routes['/x'] = lambda h: raw_bytes``."""

    def __init__(self, ssl_context: ssl.SSLContext | None = None, host: str = "127.0.0.1",
                 bind: str = "127.0.0.1") -> None:
        """``host`` is the name URLs use; ``bind`` the loopback address listened on (127.0.0.x)."""
        self.routes: dict[str, Route] = {}
        self._server = _Server(self.routes, ssl_context, bind)
        self.scheme = "https" if ssl_context else "http"
        self.host = host
        self._thread = threading.Thread(target=self._server.serve_until_stopped, daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def requests(self) -> list[str]:
        return self._server.requests

    def url(self, path: str) -> str:
        return f"{self.scheme}://{self.host}:{self.port}{path}"

    def close(self) -> None:
        self._server.stop()


class Gate:
    """Lets the first ``free`` requests through and holds every later one until :meth:`open`.

    A test that must act while a batch is still running (kill it, press Ctrl-C) holds the rest
    of the batch here instead of hoping its sleeps outlast the batch: on a loaded machine a
    batch of short sleeps can finish before the test acts. ``deadline`` bounds the hold so a
    failing test cannot leave a server thread waiting forever.
    """

    def __init__(self, free: int, *, deadline: float = 60.0) -> None:
        self.free = free
        self.deadline = deadline
        self.passed = 0
        self.released = 0  # held requests let go (opened, or at the deadline): then answered
        self._lock = threading.Lock()
        self._open = threading.Event()

    def wait(self) -> None:
        """Called by a route: return at once for the first ``free`` requests, else when opened."""
        with self._lock:
            self.passed += 1
            if self.passed <= self.free:
                return
        self._open.wait(self.deadline)
        with self._lock:
            self.released += 1

    def open(self) -> None:
        self._open.set()


def silent_server() -> tuple[socket.socket, int]:
    """A socket that accepts connections and never answers (for timeouts)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    return sock, sock.getsockname()[1]


# ---------------------------------------------------------------------- hostile servers

#: What a hostile server sends, piece by piece, after reading the request head.
Script = Callable[[], Iterator[bytes]]
HEAD_200 = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n"
SERVER_LIFETIME = 40.0  # no hostile server outlives this, whatever the client does


class Hostile:
    """A one-script HTTP server: reads the request head, then sends what ``script`` yields."""

    def __init__(self, script: Script, host: str = "127.0.0.1") -> None:
        self.script = script
        self.host = host
        self.connections = 0
        self.requests = 0  # request heads received in full
        self._stop = threading.Event()
        self._deadline = time.monotonic() + SERVER_LIFETIME
        self._sock = socket.socket()
        self._sock.bind((host, 0))
        self._sock.listen(8)
        self._sock.settimeout(0.2)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return self._sock.getsockname()[1]

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def _serve(self) -> None:
        while not self._stop.is_set() and time.monotonic() < self._deadline:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                continue
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        try:
            head = b""
            while b"\r\n\r\n" not in head and len(head) < 65536:
                data = conn.recv(4096)
                if not data:
                    return
                head += data
            if b"\r\n\r\n" in head:
                self.requests += 1
            for piece in self.script():
                if self._stop.is_set() or time.monotonic() > self._deadline:
                    break
                conn.sendall(piece)
        except OSError:
            pass  # the client hung up: that is how most of these end
        finally:
            conn.close()

    def close(self) -> None:
        """Stop serving: shutting the listening socket down wakes its ``accept`` at once (the
        0.2 s accept timeout only bounds the wait for :data:`SERVER_LIFETIME`)."""
        self._stop.set()
        with contextlib.suppress(OSError):  # (already shut: a second close)
            self._sock.shutdown(socket.SHUT_RDWR)
        self._thread.join(5)
        self._sock.close()
