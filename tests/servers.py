"""A tiny real HTTP(S) server on 127.0.0.1 for capture tests, with byte-level control.

pytest-httpserver cannot send chunk framing or stall on purpose without extra set-up; this
server takes routes as functions returning the exact bytes to send (status line, headers and
body), so tests can check that the WARC holds exactly what crossed the wire.
"""

from __future__ import annotations

import gzip
import socket
import socketserver
import ssl
import threading
from collections.abc import Callable
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

    def __init__(self, routes: dict[str, Route], ssl_context: ssl.SSLContext | None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes = routes
        self.requests: list[str] = []
        self.ssl_context = ssl_context

    def get_request(self) -> tuple[socket.socket, object]:
        sock, addr = super().get_request()
        if self.ssl_context is not None:
            sock = self.ssl_context.wrap_socket(sock, server_side=True)
        return sock, addr


class Site:
    """A running server: ``site.url('/path')``; ``site.routes['/x'] = lambda h: raw_bytes``."""

    def __init__(self, ssl_context: ssl.SSLContext | None = None, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Route] = {}
        self._server = _Server(self.routes, ssl_context)
        self.scheme = "https" if ssl_context else "http"
        self.host = host
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
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
        self._server.shutdown()
        self._server.server_close()


def silent_server() -> tuple[socket.socket, int]:
    """A socket that accepts connections and never answers (for timeouts)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    return sock, sock.getsockname()[1]
