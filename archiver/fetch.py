"""Fetch a URL and keep every byte of every HTTP exchange, as sent and as received.

Why not ``warcio.capture_http``: it writes sha1 digests, re-serialises the HTTP headers it
parsed (so the record is not the bytes the server sent), and cannot tell what the TLS
handshake presented. Here ``requests`` still drives the fetch, but each hop runs on a fresh
connection whose socket is wrapped by a recorder: the request bytes are what went out on
the wire, the response bytes what came in (status line, headers, chunk framing and content
coding untouched). For HTTPS the recorder reads the TLS version, cipher and the peer
certificate chain from the live socket right after the handshake, not from a second
connection.

Redirects are followed here, hop by hop, so that each hop is its own exchange (and its own
connection, IP address and certificate).
"""

from __future__ import annotations

import _ssl  # the DER encoding constant for _ssl.Certificate (3.10-3.12)
import datetime as dt
import hashlib
import io
import logging
import socket
import ssl
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from archiver import __version__
from archiver.clock import Clock, SystemClock
from archiver.errors import CaptureError, InvalidURLError

logger = logging.getLogger(__name__)

DEFAULT_USER_AGENT = f"archiver/{__version__} (evidence-grade web archiving; python-requests/{requests.__version__})"
ALLOWED_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class FetchOptions:
    """Limits and switches for one fetch; every default can be changed by the user."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 120.0
    max_body_bytes: int = 50 * 1024 * 1024
    max_redirects: int = 10
    user_agent: str = DEFAULT_USER_AGENT
    ca_bundle: str | None = None
    insecure: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "connect_timeout": self.connect_timeout,
            "read_timeout": self.read_timeout,
            "total_timeout": self.total_timeout,
            "max_body_bytes": self.max_body_bytes,
            "max_redirects": self.max_redirects,
            "user_agent": self.user_agent,
            "ca_bundle": self.ca_bundle,
            "insecure": self.insecure,
        }


@dataclass(frozen=True)
class TlsInfo:
    """What the TLS handshake of this connection presented."""

    version: str | None
    cipher: str | None
    cipher_bits: int | None
    alpn: str | None
    server_hostname: str | None
    verified: bool
    chain_pem: tuple[str, ...]
    chain_source: str  # "get_unverified_chain", "get_verified_chain" or "leaf_only"
    peer_cert_sha256: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "tls_version": self.version,
            "cipher": self.cipher,
            "cipher_bits": self.cipher_bits,
            "alpn": self.alpn,
            "server_hostname": self.server_hostname,
            "certificate_verified": self.verified,
            "chain_source": self.chain_source,
            "peer_cert_sha256": self.peer_cert_sha256,
            "peer_certificate_chain_pem": list(self.chain_pem),
        }


@dataclass(frozen=True)
class Hop:
    """One request/response exchange, with the raw bytes as they crossed the wire."""

    url: str
    request_bytes: bytes
    response_bytes: bytes
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    ip: str | None
    port: int | None
    tls: TlsInfo | None
    started: dt.datetime
    truncated: bool

    def header(self, name: str) -> str | None:
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return None


@dataclass(frozen=True)
class Exchange:
    """Every hop of one fetch, first request to final response."""

    requested_url: str
    hops: tuple[Hop, ...]

    @property
    def final(self) -> Hop:
        return self.hops[-1]


def validate_url(url: str) -> str:
    """Refuse anything but an absolute http(s) URL with a host, before any I/O."""
    if not isinstance(url, str) or not url.strip():
        raise InvalidURLError("empty URL")
    url = url.strip()
    if any(ch in url for ch in "\r\n\t "):
        raise InvalidURLError(f"invalid URL {url!r}: contains whitespace")
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # e.g. an unclosed IPv6 bracket: 'http://[::1'
        raise InvalidURLError(f"invalid URL {url!r}: {exc}") from exc
    if not parts.scheme:
        raise InvalidURLError(f"invalid URL {url!r}: not an absolute http(s) URL (try https://{url})")
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise InvalidURLError(f"refusing URL {url!r}: scheme '{parts.scheme}' is not http or https")
    if not parts.hostname:
        raise InvalidURLError(f"invalid URL {url!r}: no host")
    try:
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        raise InvalidURLError(f"invalid URL {url!r}: {exc}") from exc
    return url


# --------------------------------------------------------------------------- recording


class _Recorder:
    """Collects what one connection sent and received, and what its handshake showed."""

    def __init__(self) -> None:
        self.sent = bytearray()
        self.received = bytearray()
        self.ip: str | None = None
        self.port: int | None = None
        self.tls: TlsInfo | None = None
        self.connections = 0


class _RecordingRaw(io.RawIOBase):
    """Raw reader over the socket's own SocketIO (which keeps the fd alive while open)."""

    def __init__(self, raw: Any, recorder: _Recorder) -> None:
        self._raw = raw
        self._recorder = recorder

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        n = self._raw.readinto(b)
        if n:
            self._recorder.received += memoryview(b)[:n]
        return n or 0

    def close(self) -> None:
        self._raw.close()
        super().close()


class _RecordingSocket:
    """Proxy for a (possibly TLS) socket that keeps a copy of every byte."""

    def __init__(self, sock: socket.socket, recorder: _Recorder) -> None:
        self._sock = sock
        self._recorder = recorder

    def sendall(self, data: Any, *args: Any) -> None:
        self._recorder.sent += bytes(data)
        self._sock.sendall(data, *args)

    def send(self, data: Any, *args: Any) -> int:
        n = self._sock.send(data, *args)
        self._recorder.sent += bytes(data[:n])
        return n

    def makefile(self, mode: str = "r", buffering: int | None = None, **_: Any) -> io.BufferedReader:
        if "b" not in mode or "w" in mode:
            raise ValueError(f"recording socket supports only binary reading, not {mode!r}")
        raw = self._sock.makefile("rb", buffering=0)
        return io.BufferedReader(_RecordingRaw(raw, self._recorder), buffer_size=65536)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sock, name)


def _tls_info(sock: ssl.SSLSocket, *, verified: bool) -> TlsInfo:
    """Read the handshake's results from the live TLS socket."""
    chain_der: list[bytes] = []
    source = "leaf_only"
    sslobj = getattr(sock, "_sslobj", None)
    for owner, method in ((sock, "get_unverified_chain"), (sslobj, "get_unverified_chain"),
                          (sock, "get_verified_chain"), (sslobj, "get_verified_chain")):
        getter = getattr(owner, method, None)
        if getter is None:
            continue
        try:
            certs = getter() or []
        except (ValueError, ssl.SSLError):
            continue
        for cert in certs:
            if isinstance(cert, bytes | bytearray):
                chain_der.append(bytes(cert))
            else:  # _ssl.Certificate on 3.10-3.12
                chain_der.append(cert.public_bytes(_ssl.ENCODING_DER))  # type: ignore[attr-defined]
        if chain_der:
            source = method
            break
    leaf = sock.getpeercert(binary_form=True)
    if not chain_der and leaf:
        chain_der = [leaf]
    cipher = sock.cipher()
    try:
        alpn = sock.selected_alpn_protocol()
    except (AttributeError, NotImplementedError):
        alpn = None
    return TlsInfo(
        version=sock.version(),
        cipher=cipher[0] if cipher else None,
        cipher_bits=cipher[2] if cipher else None,
        alpn=alpn,
        server_hostname=getattr(sock, "server_hostname", None),
        verified=verified,
        chain_pem=tuple(ssl.DER_cert_to_PEM_cert(der) for der in chain_der),
        chain_source=source,
        peer_cert_sha256=("sha256:" + hashlib.sha256(leaf).hexdigest()) if leaf else None,
    )


def _make_adapter(recorder: _Recorder, *, verify: bool) -> HTTPAdapter:
    """An adapter whose connections report to ``recorder``."""

    class RecHTTPConnection(HTTPConnection):
        def connect(self) -> None:
            super().connect()
            recorder.connections += 1
            peer = self.sock.getpeername()
            recorder.ip, recorder.port = peer[0], peer[1]
            self.sock = _RecordingSocket(self.sock, recorder)  # type: ignore[assignment]

    class RecHTTPSConnection(HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            recorder.connections += 1
            peer = self.sock.getpeername()
            recorder.ip, recorder.port = peer[0], peer[1]
            if isinstance(self.sock, ssl.SSLSocket):
                recorder.tls = _tls_info(self.sock, verified=verify)
            self.sock = _RecordingSocket(self.sock, recorder)  # type: ignore[assignment]

    class RecHTTPPool(HTTPConnectionPool):
        ConnectionCls = RecHTTPConnection

    class RecHTTPSPool(HTTPSConnectionPool):
        ConnectionCls = RecHTTPSConnection

    adapter = HTTPAdapter(max_retries=0, pool_connections=1, pool_maxsize=1)
    adapter.poolmanager.pool_classes_by_scheme = {"http": RecHTTPPool, "https": RecHTTPSPool}
    return adapter


# --------------------------------------------------------------------------- fetching


class Fetcher:
    """Fetches URLs with ``requests``, recording each hop. Injectable for other transports."""

    def __init__(self, options: FetchOptions | None = None, *, clock: Clock | None = None) -> None:
        self.options = options or FetchOptions()
        self.clock = clock or SystemClock()

    def fetch(self, url: str) -> Exchange:
        """Fetch ``url`` following redirects; raise :class:`CaptureError` on network failure."""
        url = validate_url(url)
        deadline = time.monotonic() + self.options.total_timeout
        hops: list[Hop] = []
        current = url
        seen: set[str] = set()
        while True:
            hop = self._fetch_one(current, deadline)
            hops.append(hop)
            seen.add(current)
            location = hop.header("Location")
            if not (300 <= hop.status < 400 and location):
                break
            target = urljoin(current, location.strip())
            if len(hops) > self.options.max_redirects:
                raise CaptureError(
                    f"{url}: more than {self.options.max_redirects} redirects (raise --max-redirects)",
                    url=url, kind="too_many_redirects")
            try:
                target = validate_url(target)
            except InvalidURLError as exc:
                raise CaptureError(f"{url}: redirect to a URL we do not fetch ({exc})",
                                   url=url, kind="bad_redirect") from exc
            if target in seen:
                raise CaptureError(f"{url}: redirect loop at {target}", url=url, kind="redirect_loop")
            current = target
        return Exchange(requested_url=url, hops=tuple(hops))

    def _fetch_one(self, url: str, deadline: float) -> Hop:
        opts = self.options
        verify: bool | str = False if opts.insecure else (opts.ca_bundle or True)
        recorder = _Recorder()
        session = requests.Session()
        session.trust_env = False  # no proxies or netrc from the environment: evidence is direct
        session.mount("http://", _make_adapter(recorder, verify=bool(verify)))
        session.mount("https://", _make_adapter(recorder, verify=bool(verify)))
        headers = {
            "User-Agent": opts.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Encoding": "gzip, deflate",
            "Connection": "close",
        }
        started = self.clock.now()
        truncated = False
        try:
            with session, _quiet_insecure(opts.insecure):
                resp = session.get(url, headers=headers, allow_redirects=False, stream=True,
                                   timeout=(opts.connect_timeout, opts.read_timeout), verify=verify)
                try:
                    received = 0
                    while True:
                        if time.monotonic() > deadline:
                            raise CaptureError(
                                f"{url}: timed out after {opts.total_timeout:g}s in total (raise --timeout)",
                                url=url, kind="timeout")
                        chunk = resp.raw.read(65536, decode_content=False)
                        if not chunk:
                            break
                        received += len(chunk)
                        if received > opts.max_body_bytes:
                            truncated = True
                            break
                finally:
                    resp.close()
        except CaptureError:
            raise
        except requests.exceptions.SSLError as exc:
            raise CaptureError(f"{url}: TLS failure: {_short(exc)} (use --ca-bundle FILE to trust "
                               "another CA, or --insecure to capture anyway)", url=url, kind="tls") from exc
        except (TimeoutError, requests.exceptions.ConnectTimeout, requests.exceptions.ReadTimeout, urllib3.exceptions.ReadTimeoutError) as exc:
            raise CaptureError(f"{url}: timed out ({_short(exc)})", url=url, kind="timeout") from exc
        except requests.exceptions.ConnectionError as exc:
            raise CaptureError(f"{url}: {_describe_connection_error(exc)}", url=url,
                               kind=_connection_error_kind(exc)) from exc
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            raise CaptureError(f"{url}: fetch failed: {_short(exc)}", url=url, kind="error") from exc

        raw = resp.raw
        reason = resp.reason or ""
        return Hop(
            url=url,
            request_bytes=bytes(recorder.sent),
            response_bytes=bytes(recorder.received),
            status=resp.status_code,
            reason=reason if isinstance(reason, str) else reason.decode("latin-1"),
            headers=tuple((k, v) for k, v in raw.headers.items()),
            ip=recorder.ip,
            port=recorder.port,
            tls=recorder.tls,
            started=started,
            truncated=truncated,
        )


class _quiet_insecure:
    """Silence urllib3's InsecureRequestWarning for a capture the user asked to be insecure."""

    def __init__(self, insecure: bool) -> None:
        self.insecure = insecure
        self._cm: Any = None

    def __enter__(self) -> None:
        if self.insecure:
            import warnings

            self._cm = warnings.catch_warnings()
            self._cm.__enter__()
            warnings.simplefilter("ignore", urllib3.exceptions.InsecureRequestWarning)

    def __exit__(self, *exc: Any) -> None:
        if self._cm is not None:
            self._cm.__exit__(*exc)


def _root_cause(exc: BaseException) -> BaseException:
    seen = set()
    while True:
        nxt = exc.__cause__ or exc.__context__
        if exc.args and isinstance(exc.args[0], BaseException):
            nxt = exc.args[0]
        reason = getattr(exc, "reason", None)
        if isinstance(reason, BaseException):
            nxt = reason
        if nxt is None or id(nxt) in seen:
            return exc
        seen.add(id(exc))
        exc = nxt


def _connection_error_kind(exc: BaseException) -> str:
    root = _root_cause(exc)
    text = str(exc)
    if isinstance(root, socket.gaierror) or "NameResolutionError" in text or "Name or service not known" in text:
        return "dns"
    if isinstance(root, ConnectionRefusedError) or "Connection refused" in text:
        return "refused"
    if isinstance(root, socket.timeout | TimeoutError) or "timed out" in text:
        return "timeout"
    return "connection"


def _describe_connection_error(exc: BaseException) -> str:
    kind = _connection_error_kind(exc)
    host = None
    req = getattr(exc, "request", None)
    if req is not None and getattr(req, "url", None):
        host = urlsplit(req.url).hostname
    if kind == "dns":
        return f"could not resolve host {host!r}" if host else "could not resolve host"
    if kind == "refused":
        return "connection refused"
    if kind == "timeout":
        return "timed out"
    return f"connection failed: {_short(exc)}"


def _short(exc: BaseException) -> str:
    root = _root_cause(exc)
    text = str(root) or root.__class__.__name__
    return text.splitlines()[0][:200]


__all__ = ["Exchange", "Fetcher", "FetchOptions", "Hop", "TlsInfo", "validate_url"]
