"""archiver's own recording proxy: every request a browser makes, recorded as a native fetch.

Why our own and not the browser's DevTools events (browsertrix-crawler rebuilds headers from
them) or a certificate from a second connection (Scoop): evidence is the bytes on the wire.
The browser talks to this proxy on 127.0.0.1; the proxy sends each request upstream with
:meth:`archiver.capture.fetch.Fetcher.fetch_hop`, the same recorder as ``archive URL``
(exact request and response bytes, the connected IP, the TLS chain read from the live
handshake, the origin's certificate validated as any client does, every protocol limit),
and hands the browser the recorded response bytes unchanged.

HTTPS goes through ``CONNECT``: the proxy terminates the browser's TLS with a certificate
for the host signed by a CA made for this run only (:class:`LocalCA`). Every host
certificate shares one key, so the browser is told to accept exactly that key
(``--ignore-certificate-errors-spki-list``) and nothing else; the CA's private key lives in
memory and a temporary folder removed when the proxy stops. This is the warcprox design
(a local CA minting host certificates) without its trust-everything browser setting.

Bounds: ``max_resources`` exchanges (later requests get a 503 from the proxy, counted as
refused), one wall-clock ``deadline`` shared by every upstream request, ``max_body_bytes``
per response (the fetcher's). The proxy asks origins for gzip/deflate only (as ``archive URL``
does), not the browser's br/zstd, so every recorded body can be decoded by us and replay tools;
the browser's request is otherwise sent as it made it, minus hop-by-hop headers. Redirects are the browser's: each hop is its own exchange.
Not supported: WebSocket upgrades and chunked request bodies (answered 501, counted), and any
tunnel that does not carry TLS (a ws:// WebSocket: closed, counted).
With a ``page_token``, only requests carrying it (see :data:`PAGE_TOKEN_HEADER`) go upstream.
With ``own_user_only``, only connections from a process of this user are served (the peer's
socket owner, read from ``/proc/net/tcp``): the browser capture gives the page's own browser
context this proxy's address and the browser as a whole :attr:`RecordingProxy.refusing_address`,
where every request is refused, so the browser's background traffic is never sent on and no
other user's process can put requests into a capture.
A proxy made without a fetcher listens (so a browser can be started pointing at it) but sends
nothing upstream until :meth:`RecordingProxy.arm` gives it the capture's fetcher and limits.
A proxy given a ``ca`` uses it and leaves it open when it stops: a browser pool's CA, whose key
its Chromiums were launched trusting, serves every capture's proxy.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from archiver.capture.fetch import Fetcher, Hop, same_url
from archiver.capture.local_ca import LocalCA as LocalCA  # re-exported: the browser pool makes one
from archiver.capture.warc import header_value, http_payload
from archiver.core.http_fields import strip_ows
from archiver.core.no_body import status_has_no_body
from archiver.core.shown import escaped
from archiver.errors import CaptureError

logger = logging.getLogger(__name__)

#: Request headers that concern the hop to the proxy, not the origin (RFC 9110 7.6.1).
HOP_BY_HOP = frozenset({"connection", "proxy-connection", "keep-alive", "proxy-authorization",
                        "proxy-authenticate", "te", "upgrade"})
#: The longest request head the proxy reads: a URL as long as Chromium sends (2 MiB,
#: ``url::kMaxURLChars``; ``archive URL`` follows a redirect to one) and 256 KiB of fields. It was
#: 64 KiB: a longer request (a 200 KiB Location of non-ASCII bytes escapes to 600 KiB) was dropped.
MAX_REQUEST_HEAD = 2 * 1024 * 1024 + 256 * 1024
#: The header the browser adds to every request of the captured page (Playwright's extra HTTP
#: headers), with a secret of this run: requests without it are the browser's own background
#: traffic (update checks, sign-in probes), refused and never sent on; the proxy removes it
#: before sending a request upstream, so it is in no record.
PAGE_TOKEN_HEADER = "X-Archiver-Page"
#: The largest request body the proxy holds (in memory, and in the request record). Chromium sets
#: none; a page's own uploads past it are answered 413 and counted among the capture's refusals.
MAX_REQUEST_BODY = 16 * 1024 * 1024
#: The first byte of a TLS connection (a handshake record): what a CONNECT tunnel must carry.
TLS_HANDSHAKE = b"\x16"
#: How long :meth:`RecordingProxy.stop` waits, in all, for exchanges still in flight.
STOP_WAIT = 5.0


@dataclass
class ProxyLog:
    """What the proxy saw: recorded exchanges in the order they began, and what it did not record."""

    hops: list[Hop] = field(default_factory=list)
    failures: list[dict[str, Any]] = field(default_factory=list)
    refused_reasons: dict[str, int] = field(default_factory=dict)
    page_ip: str | None = None
    #: Exchanges still waiting for their origin when the proxy stopped (the page had been read):
    #: not recorded, whatever the origin sends later.
    unfinished: int = 0


class RecordingProxy:
    """A threaded HTTP(S) proxy on 127.0.0.1 that records every exchange through ``fetcher``."""

    def __init__(self, fetcher: Fetcher | None, *, deadline: float = math.inf, max_resources: int,
                 page_url: str | None = None, page_token: str | None = None, ca: LocalCA | None = None,
                 own_user_only: bool = False) -> None:
        self.fetcher = fetcher
        self.page_token = page_token
        self.page_url = page_url
        self.deadline = deadline
        self.max_resources = max_resources
        self.ca = ca or LocalCA()
        self._owns_ca = ca is None  # a CA given by the caller (a browser pool's) outlives this proxy
        self.log = ProxyLog()
        self._lock = threading.Lock()
        self._started = 0
        self._in_flight = 0
        self._last_activity = time.monotonic()
        self._closing = False
        self._stopped = False  # the record is closed (see stop)
        self._conns: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self.own_user_only = own_user_only
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._refuser = socket.create_server(("127.0.0.1", 0))
        self._accepters = [
            threading.Thread(target=self._accept_loop, args=(self._listener, self._serve), name="archiver-proxy",
                             daemon=True),
            threading.Thread(target=self._accept_loop, args=(self._refuser, self._refuse_connection),
                             name="archiver-proxy-refuser", daemon=True)]

    def __enter__(self) -> RecordingProxy:
        for thread in self._accepters:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def arm(self, fetcher: Fetcher, *, deadline: float, page_url: str | None, page_token: str | None) -> None:
        """Begin recording for one capture (a proxy made without a fetcher refuses every request until then)."""
        with self._lock:
            self.page_url, self.page_token, self.deadline = page_url, page_token, deadline
            self.fetcher = fetcher

    @property
    def address(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def refusing_address(self) -> str:
        """A second port of this proxy where every request is refused (counted as ``not_from_page``)."""
        return f"http://127.0.0.1:{self._refuser.getsockname()[1]}"

    def quiet_for(self) -> float:
        """Seconds since an exchange last began or ended upstream; 0 while one is in flight.

        The browser capture waits on this after scrolling (lazy content) instead of a fixed
        delay: the proxy sees every exchange the page makes, so it knows when they are done.
        """
        with self._lock:
            return 0.0 if self._in_flight else time.monotonic() - self._last_activity

    def stop(self, *, wait: float = STOP_WAIT) -> None:
        """Stop accepting, cut every open connection, wait for the handler threads (at most
        ``wait`` seconds in all, :data:`STOP_WAIT` unless told), and close the record: an
        exchange still waiting for its origin then (an endless or dripping response, a long
        poll) is counted in ``log.unfinished`` and never recorded. Before, each such thread was
        waited for in turn, up to the capture's deadline: a page with one endless response took
        the whole ``--total-timeout`` however soon it was read, and what was recorded of it
        depended on timing. An interrupted capture, whose record nobody will read, waits for
        none (``wait=0``): Ctrl-C waited those seconds for an exchange held by its origin."""
        self._closing = True
        for listener in (self._listener, self._refuser):
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept(); close() alone does not
            with contextlib.suppress(OSError):
                listener.close()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        end = time.monotonic() + wait
        for thread in [*self._accepters, *self._threads]:
            if thread.is_alive():
                thread.join(timeout=max(0.0, end - time.monotonic()))
        with self._lock:
            if not self._stopped:
                self._stopped = True
                self.log.unfinished = self._in_flight
        if self._owns_ca:
            self.ca.close()

    # ------------------------------------------------------------------ connections

    def _accept_loop(self, listener: socket.socket, serve: Any) -> None:
        while not self._closing:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with self._lock:
                self._conns.add(conn)
                thread = threading.Thread(target=self._handle, args=(serve, conn), name="archiver-proxy-conn",
                                          daemon=True)
                self._threads.append(thread)
            thread.start()

    def _handle(self, serve: Any, conn: socket.socket) -> None:
        """Run ``serve`` on one accepted connection, then forget and close it, however it ended."""
        try:
            serve(conn)
        finally:
            with self._lock:
                self._conns.discard(conn)
            with contextlib.suppress(OSError):
                conn.close()

    def _refuse_connection(self, conn: socket.socket) -> None:
        """Answer the one request of a connection to :attr:`refusing_address` with a 503, then close."""
        try:
            conn.settimeout(5.0)
            head = _read_head(conn.makefile("rb"))
            if head is not None:
                self._refuse("not_from_page", head[1])
                conn.sendall(_error_response(503, "archiver: not a request of the page being captured"))
        except _Unreadable as exc:  # not the page's either: counted as such, answered as it asks
            self._refuse("not_from_page", str(exc))
            with contextlib.suppress(OSError):
                conn.sendall(_error_response(exc.status, f"archiver: the {exc}"))
        except (OSError, ValueError) as exc:
            logger.debug("refused connection ended: %s", exc)

    def _serve(self, conn: socket.socket) -> None:
        try:
            if self.own_user_only and peer_uid(conn) != os.getuid():
                self._refuse("other_user", "a connection from another user's process")
                return
            conn.settimeout(min(600.0, max(1.0, self.deadline - time.monotonic() + 5)))
            reader = conn.makefile("rb")
            head = _read_head(reader)
            if head is None:
                return
            method, target, _, headers = head
            if method == "CONNECT":
                self._tunnel(conn, target)
            else:
                self._requests(conn, reader, "", first=head)
        except _Unreadable as exc:  # the first head, on the plain connection
            self._refused_unreadable(conn, exc)
        except (OSError, ssl.SSLError, ValueError) as exc:
            logger.debug("proxy connection ended: %s", exc)

    def _tunnel(self, conn: socket.socket, authority: str) -> None:
        host, _, port = authority.rpartition(":")
        if not host or not port.isdigit():
            conn.sendall(_error_response(400, "CONNECT needs host:port"))
            return
        conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        first = conn.recv(1, socket.MSG_PEEK)
        if not first:
            return  # closed unused (a connection opened ahead)
        if first != TLS_HANDSHAKE:
            # Plain bytes through the tunnel: Chromium sends a ws:// WebSocket this way. Not relayed,
            # and counted (refused_unsupported): the capture is not complete without it.
            self._refuse("unsupported", f"{authority} (not TLS through CONNECT: a ws:// WebSocket)")
            return
        tls = self.ca.context_for(host.strip("[]")).wrap_socket(conn, server_side=True)
        with self._lock:
            self._conns.add(tls)
        try:
            base = "https://" + (authority if port != "443" else host)
            self._requests(tls, tls.makefile("rb"), base, first=None)
        finally:
            with self._lock:
                self._conns.discard(tls)

    def _requests(self, conn: socket.socket, reader: Any, base: str,
                  first: tuple[str, str, str, list[tuple[str, str]]] | None) -> None:
        """Serve requests on one browser connection until it closes or must be closed."""
        try:
            self._serve_requests(conn, reader, base, first)
        except _Unreadable as exc:  # answered on this connection (inside the TLS tunnel too)
            self._refused_unreadable(conn, exc)

    def _refused_unreadable(self, conn: socket.socket, exc: _Unreadable) -> None:
        self._refuse(exc.reason, str(exc))
        with contextlib.suppress(OSError):
            conn.sendall(_error_response(exc.status, f"archiver: the {exc}"))

    def _serve_requests(self, conn: socket.socket, reader: Any, base: str,
                        first: tuple[str, str, str, list[tuple[str, str]]] | None) -> None:
        head = first
        while not self._closing:
            if head is None:
                head = _read_head(reader)
                if head is None:
                    return
            method, target, _, headers = head
            head = None
            url = base + target if base else target
            if not url.startswith(("http://", "https://")):
                # Chromium sends a proxy absolute forms: an origin-form target is none of the page's (counted now)
                raise _Unreadable(400, f"request target {escaped(target[:80])!r} is not an absolute http(s) URL")
            if header_value(headers, "Transfer-Encoding") or (header_value(headers, "Upgrade")):
                self._refuse("unsupported", url)
                conn.sendall(_error_response(501, "archiver's proxy does not relay this request"))
                return
            body = _read_body(reader, headers)
            response, keep = self._exchange(method, url, headers, body)
            conn.sendall(response)
            if not keep:
                return

    # ------------------------------------------------------------------ recording

    def _refuse(self, reason: str, url: str) -> None:
        with self._lock:
            self.log.refused_reasons[reason] = self.log.refused_reasons.get(reason, 0) + 1
        logger.info("proxy refused %s (%s)", url, reason)

    def _exchange(self, method: str, url: str, headers: list[tuple[str, str]],
                  body: bytes | None) -> tuple[bytes, bool]:
        """Fetch and record one request; return the bytes for the browser and whether to keep
        the browser's connection open."""
        with self._lock:
            fetcher, page_token = self.fetcher, self.page_token
        if fetcher is None:
            self._refuse("not_from_page", url)  # not armed yet: no capture is running
            return _error_response(503, "archiver: not a request of the page being captured"), False
        if page_token is not None:
            if header_value(headers, PAGE_TOKEN_HEADER) != page_token:
                self._refuse("not_from_page", url)  # the browser's own traffic: never sent on
                return _error_response(503, "archiver: not a request of the page being captured"), False
            headers = [(k, v) for k, v in headers if k.lower() != PAGE_TOKEN_HEADER.lower()]
        with self._lock:
            if self._started >= self.max_resources:
                over = "max_resources"
            elif time.monotonic() >= self.deadline:
                over = "total_timeout"
            else:
                over = ""
                self._started += 1
                self._in_flight += 1
                self._last_activity = time.monotonic()
                # The page's own first request sets the address the private-address policy
                # compares every later request with (as a redirect's target is compared).
                first = self.log.page_ip is None and (self.page_url is None or same_url(url, self.page_url))
        if over:
            self._refuse(over, url)
            return _error_response(503, f"archiver: capture limit reached ({over})"), False
        upstream = [(k, "gzip, deflate") if k.lower() == "accept-encoding" else (k, v)
                    for k, v in headers if k.lower() not in HOP_BY_HOP] + [("Connection", "close")]
        try:
            try:
                hop = fetcher.fetch_hop(url, self.deadline, method=method, headers=upstream, body=body,
                                             previous_ip=self.log.page_ip, is_redirect=not first)
            except CaptureError as exc:
                with self._lock:
                    if not self._stopped:
                        self.log.failures.append({"url": url, "method": method, "error": str(exc),
                                                  "error_kind": exc.kind})
                return _error_response(502, f"archiver: {exc}"), False
            with self._lock:
                if not self._stopped:
                    self.log.hops.append(hop)
                if first and self.log.page_ip is None:
                    self.log.page_ip = hop.ip
            return hop.response_bytes, _reusable(hop, method)
        finally:
            with self._lock:  # recorded (or failed): no longer in flight
                self._in_flight -= 1
                self._last_activity = time.monotonic()


def can_check_peers() -> bool:
    """Whether this system says who owns a loopback connection's other end (Linux ``/proc/net/tcp``)."""
    return os.access("/proc/net/tcp", os.R_OK)


def peer_uid(conn: socket.socket) -> int | None:
    """The user id owning the other end of the IPv4 loopback connection ``conn`` (None: unknown).

    The client's socket is the line of ``/proc/net/tcp`` whose local address is our peer and
    whose remote address is us (addresses as the kernel prints them: little-endian hex).
    """
    def proc_form(address: Any) -> str:
        ip, port = address[0], address[1]
        return f"{int.from_bytes(socket.inet_aton(ip), 'little'):08X}:{port:04X}"

    try:
        theirs, ours = proc_form(conn.getpeername()), proc_form(conn.getsockname())
        with open("/proc/net/tcp", encoding="ascii") as table:
            for line in table:
                fields = line.split()
                if len(fields) > 7 and fields[1] == theirs and fields[2] == ours:
                    return int(fields[7])
    except (OSError, ValueError):
        return None
    return None


def _reusable(hop: Hop, method: str) -> bool:
    """May the browser send another request on this connection after ``hop``'s bytes? Only when the response ends
    where its framing says (a length, chunks, or no body) and nothing was cut off; else closing the connection ends it.
    """
    if hop.truncated:
        return False
    try:
        headers, _ = http_payload(hop.final_response())
    except Exception:  # noqa: BLE001 - an unreadable head: close, the browser copes
        return False
    if method == "HEAD" or status_has_no_body(hop.status):
        return True
    te = (header_value(headers, "Transfer-Encoding") or "").lower()
    return "chunked" in te or header_value(headers, "Content-Length") is not None


class _Unreadable(CaptureError):
    """A request the proxy will not read on: answered (``status``) and counted as a refusal
    (``reason``), not dropped with a debug line (the capture then said nothing). Past
    :data:`MAX_REQUEST_HEAD` (431) or :data:`MAX_REQUEST_BODY` (413): ``too_large``; a request
    line or a Content-Length that does not parse (400, as an HTTP server answers one, RFC 9112
    sections 3 and 6.3; the body's end is unknown, so the connection is closed after it):
    ``bad_request``. One of our errors (a :class:`~archiver.errors.CaptureError`), as every
    exception class of ours is."""

    def __init__(self, status: int, what: str) -> None:
        reason = "bad_request" if status == 400 else "too_large"
        super().__init__(what, kind=f"refused_{reason}")
        self.status = status
        self.reason = reason


def _read_head(reader: Any) -> tuple[str, str, str, list[tuple[str, str]]] | None:
    """(method, target, version, headers) of the next request, None at a clean end of stream."""
    lines: list[bytes] = []
    size = 0
    while True:
        line = reader.readline(MAX_REQUEST_HEAD + 1)
        if not line:
            if lines:
                raise ValueError("request head cut short")
            return None
        size += len(line)
        if size > MAX_REQUEST_HEAD:
            raise _Unreadable(431, f"request head over {MAX_REQUEST_HEAD} bytes")
        if line in (b"\r\n", b"\n"):
            if not lines:
                continue  # stray CRLF between requests
            break
        lines.append(line.rstrip(b"\r\n"))
    parts = lines[0].decode("latin-1").split()
    if len(parts) != 3:
        raise _Unreadable(400, f"request line {escaped(lines[0][:80].decode('latin-1'))!r} is not "
                          "METHOD TARGET VERSION")
    headers: list[tuple[str, str]] = []
    for raw in lines[1:]:
        name, sep, value = raw.decode("latin-1").partition(":")
        if sep:
            headers.append((strip_ows(name), strip_ows(value)))
    # The method as sent (case-sensitive, RFC 9110 9.1): Fetch upper-cases only its six, so a page's
    # ``fetch(url, {method: "patch"})`` sends ``patch``; upper-cased, the record held what it never sent.
    return parts[0], parts[1], parts[2], headers


def _read_body(reader: Any, headers: list[tuple[str, str]]) -> bytes | None:
    n = _request_length(headers)
    if n is None:
        return None
    if n > MAX_REQUEST_BODY:
        raise _Unreadable(413, f"request body over {MAX_REQUEST_BODY} bytes")
    data = reader.read(n)
    if len(data) != n:
        raise ValueError("request body cut short")
    return bytes(data)


def _request_length(headers: list[tuple[str, str]]) -> int | None:
    """The request body's length its Content-Length fields give, or None (no body).

    Read as the capture reads a response's (``_WireGuard._content_length``): every value of every
    field (``5, 5`` too) plain ASCII digits and the same; anything else (``abc``, ``+5``, ``-1``,
    ``5, 6``) is :class:`_Unreadable` (400). Python's ``int`` took ``+5`` and `` 5_0``."""
    raw = [value for name, value in headers if name.lower() == "content-length"]
    if not raw:
        return None
    values = {strip_ows(v) for value in raw for v in value.split(",")}
    if len(values) != 1 or not all(v.isdigit() and v.isascii() for v in values):
        shown = escaped(", ".join(raw)[:80])
        raise _Unreadable(400, f"request Content-Length {shown!r} is not one number of bytes")
    return int(values.pop())


def _error_response(status: int, message: str) -> bytes:
    """A response of the proxy's own (never recorded: it did not come from the origin)."""
    reasons = {400: "Bad Request", 413: "Content Too Large", 431: "Request Header Fields Too Large",
               501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable"}
    body = (message + "\n").encode("utf-8", "replace")
    return (f"HTTP/1.1 {status} {reasons.get(status, 'Error')}\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\nX-Archiver-Proxy: refused\r\n\r\n").encode() + body


__all__ = ["LocalCA", "ProxyLog", "RecordingProxy", "can_check_peers", "peer_uid"]
