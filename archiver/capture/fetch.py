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

Why one file of ~1,660 lines: every network-safety rule (URL and address policy, DNS pinning,
redirect limits, body limits, credential redaction, where a response ends) and the wire
recording sit on one code path; split apart, a hop could be recorded by code that did not
apply the policy to it. The security review reads this file top to bottom.
"""

from __future__ import annotations

import _ssl  # the DER encoding constant for _ssl.Certificate (3.10-3.12)
import concurrent.futures
import datetime as dt
import hashlib
import http.client
import io
import ipaddress
import logging
import socket
import ssl
import time
from collections.abc import Iterable
from functools import lru_cache, partial
from typing import Any, NamedTuple, Self
from urllib.parse import urlsplit, urlunsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from archiver import __version__
from archiver.capture.chunked import (
    PLAIN_SIZE_LINE,
    browser_chunk_size,
    is_chunked,
    transfer_codings,
)
from archiver.capture.final_body import FinalBody, read_final
from archiver.capture.redirects import (
    is_redirect,
    location_text,
    refresh_target,
    resolve_location,
)
from archiver.capture.status_line import STATUS_LINE_LOOKAHEAD, read_version, status_line_start
from archiver.core.clock import Clock, SystemClock
from archiver.core.http_fields import strip_ows
from archiver.core.mime import differing_dispositions, differing_locations
from archiver.core.no_body import status_has_no_body
from archiver.core.option_values import check_count, check_seconds
from archiver.core.shown import escaped
from archiver.core.url_text import EXAMPLE_URL, give_it_whole, url_refusal
from archiver.errors import CaptureError, InvalidURLError, UsageError

logger = logging.getLogger(__name__)

DEFAULT_USER_AGENT = f"archiver/{__version__} (evidence-grade web archiving; python-requests/{requests.__version__})"
ALLOWED_SCHEMES = ("http", "https")


class _FetchOptionFields(NamedTuple):
    """The fields of :class:`FetchOptions` (a ``NamedTuple`` cannot check its values itself)."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 120.0
    max_body_bytes: int = 50 * 1024 * 1024
    max_redirects: int = 10
    user_agent: str = DEFAULT_USER_AGENT
    ca_bundle: str | None = None
    insecure: bool = False
    # Protocol limits against hostile servers: each breach fails the capture (CaptureError with
    # its own kind), never a truncated record, because the bytes past it are not a response.
    # Heads: as browsers, a byte limit and no count (Chromium reads 256 KiB of head, kMaxHeaderBufSize,
    # Firefox 384 KiB, network.http.max_response_header_size; neither counts fields or caps a line),
    # so one line may take the whole head. http.client's own caps (100 fields, 64 KiB lines) do not
    # apply: it is shown only the status line and the framing (_WireGuard._reading_head).
    max_header_line_bytes: int = 256 * 1024  # one status/header/trailer line
    max_headers: int | None = None  # header fields in one head (and trailer fields); None: no count
    max_header_bytes: int = 256 * 1024  # every head of one response together, interim ones included
    max_interim_responses: int | None = None  # 1xx heads before the final response; None: no count
    # One chunk-size line, extensions included, its CR and LF not counted: Chromium buffers 16 KiB of one
    # (HttpChunkedDecoder::kMaxLineBufLen, net/http/http_chunked_decoder.cc) and shows a page with a 5 KiB
    # extension, which 4 KiB here refused (task left58); the framing's total is bounded below as before.
    max_chunk_extension_bytes: int = 16 * 1024
    max_chunk_framing_bytes: int = 1024 * 1024  # all chunk-size lines and CRLFs of one body
    max_trailer_bytes: int = 64 * 1024  # the chunked trailer section
    allow_credentials: bool = False  # user:password@ in a URL is refused unless asked for
    private_redirects: str = "from-private"  # "allow" | "from-private" | "deny" (see redirect_allowed)

    def to_dict(self) -> dict[str, Any]:
        """Every field by name, in the order they are declared (recorded in warcinfo and the log)."""
        return self._asdict()


class FetchOptions(_FetchOptionFields):
    """Limits and switches for one fetch; every default can be changed by the user.

    A value record, checked as it is made: a user agent HTTP cannot carry is refused here
    (:func:`check_header_value`). Why a ``NamedTuple`` and not ``@dataclass(frozen=True)`` with a
    ``__post_init__`` check: the dataclass compiled its generated methods as ``archive URL``
    started, ~0.6 ms of it (issue 13)."""

    __slots__ = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> FetchOptions:
        made = super().__new__(cls, *args, **kwargs)
        check_header_value("--user-agent", made.user_agent)
        check_limits(made)
        return made

    # (mypy types namedtuple's ``_make`` as generic over any tuple of these fields, which no
    # override on a subclass can match; it is only ever called on this class and its own)
    @classmethod
    def _make(cls, iterable: Iterable[Any]) -> Self:  # type: ignore[override]
        """Through :meth:`__new__`, so checked: namedtuple's own ``_make`` builds the tuple
        directly, and ``_replace`` calls ``_make``, so neither could give an unchecked record."""
        return cls(*iterable)


#: Counts a caller may leave at None: no count (header fields, 1xx heads; their bytes count in max_header_bytes).
_UNCOUNTED = frozenset(["max_headers", "max_interim_responses"])


def check_limits(options: _FetchOptionFields) -> None:
    """Refuse a limit no fetch can use or no record can hold, before anything is fetched or logged.

    A timeout must be a finite number of seconds, not negative: ``inf`` ended a fetch in the
    socket's OverflowError, NaN in the warcinfo record's canonical JSON, which holds neither (red
    team rvcli54). A count must be a whole number from 0 to 2**53 - 1, which canonical JSON holds
    exactly. The CLI refuses these as it parses (``cli/numbers.py``); this holds a library caller
    to the same (``core/option_values.py``, as the batch's and the browser's options).
    """
    for name in ("connect_timeout", "read_timeout", "total_timeout"):
        check_seconds(name, getattr(options, name))
    for name in ("max_body_bytes", "max_redirects", "max_header_line_bytes", "max_headers", "max_header_bytes",
                 "max_interim_responses", "max_chunk_extension_bytes", "max_chunk_framing_bytes",
                 "max_trailer_bytes"):
        value = getattr(options, name)
        if value is None and name in _UNCOUNTED:
            continue  # no count, as browsers keep none (capture task cap55)
        check_count(name, value)


def check_header_value(what: str, value: str) -> None:
    """Refuse a value the user gives for a request header before anything is fetched or logged.

    A value HTTP cannot carry (a line break, another control character, a character outside
    latin-1, leading or trailing white space) used to fail each URL's fetch in turn, logged as
    a ``capture_failed`` the server was never asked for; it is the user's input that is wrong,
    so it is refused once, as invalid input (exit 2), with nothing logged.
    """
    bad = next((ch for ch in value if ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 or ord(ch) > 0xFF), None)
    if bad is not None:
        raise UsageError(f"invalid {what} {value!r}: {bad!r} cannot be sent in an HTTP header "
                         "(control characters and characters outside latin-1 are refused)")
    if value != value.strip(" \t"):
        raise UsageError(f"invalid {what} {value!r}: it starts or ends with white space")


class TlsInfo(NamedTuple):
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


class Hop(NamedTuple):
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
    interim: tuple[int, ...] = ()  # status codes of 1xx interim responses before the final one
    redacted: tuple[str, ...] = ()  # request header names whose values were blanked in request_bytes
    #: Bytes received past the end the response's own framing gives it (see
    #: :meth:`_Recorder.trailing`): kept, up to ``--max-body``, in a record of their own, never
    #: as part of the response. ``trailing_received`` counts them all; ``trailing`` is what is kept.
    trailing: bytes = b""
    trailing_received: int = 0
    #: Offset in ``response_bytes`` of the final response's status line. What comes before it (1xx
    #: interim heads, and up to 4 bytes before a status line, which Chromium skips) is recorded
    #: apart from the response (:func:`archiver.capture.records.hop_specs`), so that every reader
    #: of the response record reads one HTTP message; the two together are every byte received.
    head_start: int = 0

    def final_response(self) -> bytes:
        """The final response's bytes, from its status line (what the response record holds)."""
        return self.response_bytes[self.head_start:]

    def header(self, name: str) -> str | None:
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return None


class Exchange(NamedTuple):
    """Every hop of one fetch, first request to final response."""

    requested_url: str
    hops: tuple[Hop, ...]
    #: The final hop's response as the fetch read it for its refresh check, handed on to the commit
    #: so that it is not read again (:mod:`archiver.capture.final_body`); None: not read.
    final_body: FinalBody | None = None

    @property
    def final(self) -> Hop:
        return self.hops[-1]


def _refused(value: str, why: str, todo: str, *, option: bool = False) -> InvalidURLError:
    """:func:`~archiver.core.url_text.url_refusal`'s refusal of ``value``, ``why`` kept apart (a
    redirect's target is refused with it alone: no advice to mend what the server wrote).

    ``option``: ``todo`` names an option of ours that fetches the URL as written (``--allow-credentials``),
    not a mend of the URL; it holds for a redirect's target too, which is refused in the same words."""
    return InvalidURLError(url_refusal(value, why, todo), value=value,
                           why=f"{why}; {todo}" if option else why)


def validate_url(url: str, *, allow_credentials: bool = False) -> str:
    """Refuse anything but an unambiguous absolute http(s) URL with a host, before any I/O.

    The host we check must be the host we connect to, so the URL is also put through the
    parser that fetches (``requests``' preparation, i.e. urllib3's ``parse_url``) and refused
    when the two disagree, e.g. ``http://a:1\\@b:1/`` (urlsplit says ``b``, urllib3 says ``a``).
    Backslashes, whitespace and control characters are refused anywhere: browsers and
    libraries read them differently. ``user:password@`` is refused unless ``allow_credentials``
    (a password in a URL would be written into the WARC, the log and every export).
    """
    if not isinstance(url, str) or not url.strip():
        raise _refused(url if isinstance(url, str) else "", "it is empty", give_it_whole(""))
    return _validated(url, allow_credentials)


@lru_cache(maxsize=4096)
def _validated(url: str, allow_credentials: bool) -> str:
    """:func:`validate_url` of a non-empty string, remembered: a capture validates its URL three
    times (the batch reads it, the fetch starts, the commit records it) and the answer depends
    on nothing but the string. A refusal raises, so only accepted URLs are remembered."""
    url = url.strip()
    if any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        raise _refused(url, "it contains white space or control characters",
                       "percent-encode them (a space is %20)")
    if "\\" in url:
        raise _refused(url, "it is ambiguous: it contains a backslash (libraries disagree on where its host ends)",
                       "write '/' or %5C")
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # e.g. an unclosed IPv6 bracket: 'http://[::1'
        raise _refused(url, str(exc), give_it_whole(url)) from exc
    if not parts.scheme:
        raise _refused(url, "it has no scheme", give_it_whole(url))
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise _refused(url, f"its scheme '{parts.scheme}' is not http or https",
                       "archiver captures http(s) URLs only")
    if not parts.hostname:
        raise _refused(url, "it has no host", give_it_whole(url))
    try:
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        raise _refused(url, str(exc), "give a port from 0 to 65535, or none") from exc
    if "@" in parts.netloc:
        shown = public_url(url)
        if not allow_credentials:
            raise _refused(shown, "it carries a user name or password (user:pass@), which would be "
                           "recorded and published", "use --allow-credentials to send them "
                           "anyway (they are kept out of the records)", option=True)
        if parts.netloc.count("@") > 1:
            raise _refused(shown, "it is ambiguous: more than one '@' in its authority (libraries disagree on "
                           "its host)", "percent-encode each '@' but the last (%40)")
    _same_host_as_fetcher(url, parts.hostname, parts.port)
    return url


def _same_host_as_fetcher(url: str, host: str, port: int | None) -> None:
    """Raise unless ``requests`` would connect to ``host``:``port`` for ``url``."""
    shown = public_url(url)
    try:
        prepared = _prepared_url(url)
        fetched = urlsplit(prepared)
        fetched_host, fetched_port = fetched.hostname, fetched.port
    except (requests.exceptions.RequestException, ValueError, UnicodeError) as exc:
        raise _refused(shown, _short(exc), f"check it, and give it whole (e.g. {EXAMPLE_URL})") from exc
    expected = host.lower()
    if not host.isascii():
        try:  # requests' own IDNA 2008 encoding, so that we compare like with like
            expected = requests.models.PreparedRequest._get_idna_encoded_host(host).lower()  # type: ignore[attr-defined]  # private helper, not in types-requests
        except (UnicodeError, ValueError) as exc:
            raise _refused(shown, f"its host name is not one ({exc})",
                           f"check it, and give it whole (e.g. {EXAMPLE_URL})") from exc
    if (fetched_host or "").lower() != expected or fetched_port != port:
        raise _refused(shown, f"it is ambiguous: it names host {host!r} but would be fetched from "
                       f"{fetched_host!r}",
                       "percent-encode the characters around its host")


def _prepared_url(url: str) -> str:
    """The URL ``requests`` sends for ``url``: :meth:`PreparedRequest.prepare_url`, the one step
    of ``Request("GET", url).prepare()`` that sets it (the others prepare headers, cookies,
    body, auth and hooks, which leave the URL as it is, and cost four times as much)."""
    prepared = requests.models.PreparedRequest()
    prepared.prepare_url(url, None)
    return prepared.url or ""


@lru_cache(maxsize=4096)
def wire_uri(url: str) -> str:
    """``url`` as the request asked for it: the form a WARC record's ``WARC-Target-URI`` holds.

    WARC 1.1 (section 5.9) wants that field "properly escaped according to RFC 3986": an IRI
    such as ``https://bücher.example/café?q=ü`` is written as what was sent, with the host in
    IDNA form and the path and query percent-encoded as UTF-8 (``requests``' own preparation,
    so the target names exactly the request line's target), without ``user:password@`` and
    without the ``#fragment``, which is never sent to a server (wget and browsers record none).
    Replay tools look records up by the URL a browser requests, which is this form: a record
    under the IRI is found by none of them. The URL a user typed stays what the capture, the
    log and citations show; only the records name the wire form. A URL ``requests`` cannot
    prepare is returned as it is (a stored record being read, never one being written: every
    URL we fetch was prepared first).
    """
    try:
        prepared = _prepared_url(url)
    except (requests.exceptions.RequestException, ValueError, UnicodeError):
        return url
    return public_url(prepared).partition("#")[0]


def same_url(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` ask for the same page: equal in their :func:`wire_uri` form.

    One URL is written several ways: as typed (``https://bücher.example/café?q=ü#p``), as a
    record names it (``https://xn--bcher-kva.example/caf%C3%A9?q=%C3%BC``), as a Markdown reader
    hands it over (percent-encoded, punycode host), in another letter case of scheme, host or
    escape, with or without a fragment or ``user:password@``. A look-up that compares the
    strings as they are misses a capture written the other way, so every look-up by URL and
    every "the same page?" test compares this form (the index keeps it beside each URL, see
    :mod:`archiver.store.index`), while the URL as typed stays what is shown and cited.
    """
    return a == b or wire_uri(a) == wire_uri(b)


def public_url(url: str) -> str:
    """``url`` without its ``user:password@`` part: the form we record, log and show."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def is_private_address(ip: str) -> bool:
    """Whether ``ip`` is not a public internet address (loopback, RFC 1918, link-local, ULA, ...)."""
    try:
        addr = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return True  # not an IP we understand: treat as private, the safe side
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return not addr.is_global


def redirect_allowed(policy: str, previous_ip: str | None, next_ip: str) -> bool:
    """May a redirect from a hop served by ``previous_ip`` go on to ``next_ip``?

    ``allow``: always. ``deny`` (--no-private-redirects): never to a private address.
    ``from-private`` (the default): to a private address only from a private one, so a public
    page cannot steer the capture into the user's own network, while a capture that starts on
    the user's own network (an intranet, a test server on 127.0.0.1) may redirect within it.
    """
    if policy == "allow" or not is_private_address(next_ip):
        return True
    if policy == "deny":
        return False
    return previous_ip is not None and is_private_address(previous_ip)


# --------------------------------------------------------------------------- recording


class _WireGuard:
    """Follows the response bytes as they arrive and stops a hostile server early.

    It sees every byte before http.client does, tracks the message framing (heads, chunk-size
    lines, chunk data, trailers) and raises :class:`CaptureError` the moment a limit of
    :class:`FetchOptions` is passed, so neither a flood nor an endless line can grow memory.
    It also hides 1xx interim heads (``100 Continue``, ``103 Early Hints``) from http.client,
    which skips only ``100`` and would take any other 1xx for the final response: the
    recorder keeps them (they crossed the wire), the parser sees the final response only.
    """

    def __init__(self, opts: FetchOptions, url: str, method: str = "GET") -> None:
        self.opts = opts
        self.url = url
        self.method = method  # case-sensitive, as http.client and urllib3 read HEAD (RFC 9110 section 9.1)
        self.state = "head"
        self.seen = 0  # bytes fed so far
        #: Offset just past the final response as its own framing ends it (Content-Length, the
        #: last chunk and trailers, or the head of a 204/304/HEAD answer); None: it runs to the
        #: close. Bytes past it are not part of the response (see :meth:`_Recorder.response_bytes`).
        self.message_end: int | None = None
        #: Offset just past the final response's head, where its body begins (chunk framing
        #: included); None until that head has ended. ``--max-body`` counts from here.
        self.body_start: int | None = None
        self.body_left = 0
        self.body_length = 0  # the final response's Content-Length, when it frames the body
        #: the version the last status line is framed by, as Chromium reads it (b"HTTP/1.1" or b"HTTP/1.0":
        #: :func:`~archiver.capture.status_line.read_version`); None: none seen, or no status line
        self.version: bytes | None = None
        self.no_status_line = False
        #: the next head line may be (or hold) a status line: up to 4 bytes before it are skipped
        #: (:func:`~archiver.capture.status_line.status_line_start`); False once the head's status line is found
        self.locating = True
        #: bytes skipped before the status line of the head being read
        self.skipped = 0
        #: the final head's length, from its status line (see :attr:`head_start`)
        self.final_head_bytes = 0
        self.line = bytearray()
        self.head = bytearray()
        self.head_fields = 0
        #: the head's last line was a field line (a colon after a name), which a folded line may continue
        self.continuable = False
        self.header_bytes = 0
        self.interim: list[int] = []
        self.chunk_left = 0
        self.framing = 0
        self.trailer_bytes = 0
        self.trailer_fields = 0

    def _fail(self, kind: str, what: str) -> CaptureError:
        return CaptureError(f"{self.url}: {what}", url=self.url, kind=kind)

    def _line_limit(self) -> int:
        if self.state in ("chunk_size", "chunk_end"):  # its line end not counted (:meth:`_past_limit`)
            return self.opts.max_chunk_extension_bytes
        if self._in_status_line():  # read by http.client, whose _MAXLINE it is
            return min(self.opts.max_header_line_bytes, _STATUS_LINE_BYTES)
        return self.opts.max_header_line_bytes

    def _in_status_line(self) -> bool:
        """Whether the line being read may be a head's status line (``self.head`` holds it already)."""
        return self.state == "head" and self.locating

    @property
    def head_start(self) -> int:
        """Offset of the final response's status line in the bytes received (0 before its head ended)."""
        return 0 if self.body_start is None else self.body_start - self.final_head_bytes

    def feed(self, data: bytes) -> bytes:
        """Account for ``data``; return the part http.client may see (interim heads removed)."""
        out = bytearray()
        base = self.seen
        self.seen += len(data)
        i, n = 0, len(data)
        while i < n:
            if self.state in ("body", "done", "raw"):
                out += data[i:]
                break
            if self.state == "chunk_size" and not self.line:
                j = self._whole_chunks(data, i)
                out += data[i:j]
                i = j
                if i == n:
                    break
            if self.state == "length":
                take = min(self.body_left, n - i)
                out += data[i:i + take]
                i += take
                self.body_left -= take
                if not self.body_left:
                    self._done(base + i)
                continue
            if self.state == "chunk_data":
                take = min(self.chunk_left, n - i)
                out += data[i:i + take]
                i += take
                self.chunk_left -= take
                if not self.chunk_left:
                    self.state = "chunk_end"
                continue
            j = data.find(b"\n", i)
            end = n if j < 0 else j + 1
            piece = data[i:end]
            i = end
            self.line += piece
            if self.state == "head":
                self.head += piece
            else:
                out += piece
            if len(self.line) > self._line_limit() and self._past_limit():
                raise self._line_too_long()
            if j >= 0:
                line = bytes(self.line)
                self.line.clear()
                self._on_line(line, out)
                if self.body_start is None and self.state not in ("head", "raw"):
                    self.body_start = base + i  # the final head has ended
                ended = self.state == "done" and self.message_end is None  # a 204/304 head, the trailers
                if ended or (self.state == "length" and not self.body_left):  # or Content-Length: 0
                    self._done(base + i)
        return bytes(out)

    def _done(self, end: int) -> None:
        self.state = "done"
        self.message_end = end

    def _past_limit(self) -> bool:
        """Whether the line read so far, longer than :meth:`_line_limit`, is past it: a chunk-size
        line's CR and LF are not counted, as Chromium counts none (it strips them before it measures
        ``kMaxLineBufLen``), so only they may stand past ``max_chunk_extension_bytes``."""
        if self.state not in ("chunk_size", "chunk_end"):
            return True
        limit = self.opts.max_chunk_extension_bytes
        return bytes(self.line[limit:]) not in (b"\r\n", b"\n", b"\r")

    def _line_too_long(self) -> CaptureError:
        if self.state in ("chunk_size", "chunk_end"):
            return self._fail("chunk_extension_too_long", "a chunk-size line is longer than "
                              f"{self.opts.max_chunk_extension_bytes} bytes before its line end (chunk extensions; "
                              "Chromium reads at most 16384)")
        if self._in_status_line():
            return self._fail("header_line_too_long", f"the status line is longer than {self._line_limit()} "
                              "bytes (the HTTP library archiver fetches with reads no longer one)")
        where = "trailer" if self.state == "trailer" else "header"
        return self._fail("header_line_too_long", f"a {where} line is longer than "
                          f"{self.opts.max_header_line_bytes} bytes")

    def _on_line(self, line: bytes, out: bytearray) -> None:
        if self.state == "head":
            self._on_head_line(line, out)
        elif self.state == "chunk_size":
            self._on_chunk_size(line)
        elif self.state == "chunk_end":
            self._count_framing(line)
            if line not in (b"\r\n", b"\n"):  # Chromium fails "\t\r\n" or "  \n" here (white space)
                raise self._fail("bad_chunk", "chunk data is not followed by CRLF (broken chunked encoding)")
            self.state = "chunk_size"
        elif self.state == "trailer":
            self._on_trailer(line)

    def _on_head_line(self, line: bytes, out: bytearray) -> None:
        status_line = self.locating
        if self.locating:
            found = self._status_line(line, out)
            if found is None:
                return
            line = found
        if b"\r" in line.rstrip(b"\r\n"):
            raise self._fail("bad_framing", _BARE_CR)
        if b"\0" in line:
            raise self._fail("invalid_head", _NUL_IN_HEAD)
        self.header_bytes += len(line)
        if self.header_bytes > self.opts.max_header_bytes:
            raise self._fail("headers_too_large", "response heads are larger than "
                             f"{self.opts.max_header_bytes} bytes in all")
        if line not in _EMPTY_LINES:  # a line of white space is no end (see _EMPTY_LINES)
            self._on_field_line(line, status_line=status_line)
            return
        head = bytes(self.head)
        self.head.clear()
        self.head_fields = 0
        self.locating = True  # the next head, if this one is interim
        self.final_head_bytes = len(head)
        status = _status_of(head)
        if status is not None and 100 <= status < 200 and status != 101:
            self.interim.append(status)
            limit = self.opts.max_interim_responses  # none by default: their bytes count in max_header_bytes
            if limit is not None and len(self.interim) > limit:
                raise self._fail("too_many_interim_responses", f"more than {limit} interim (1xx) responses")
            return  # recorded, not shown to http.client
        _, fields = _parse_head(head)
        if status_has_no_body(status) or self.method == "HEAD":
            # No body, whatever follows the head (RFC 9112 section 6.3). A 101 switches to the
            # protocol an Upgrade asked for; we never ask, so no HTTP client reads on (http.client
            # reads no body) and no browser shows what follows: it is trailing bytes, not a page.
            # A 205 too: RFC 9110 forbids it content and Chromium frames it with none
            # (HttpStreamParser: 204, 205 and 304 have a body of length 0) and shows no page of it
            # (navigation aborted); until session 51 a 205's body was the capture's text, quotable.
            self.state = "done"
        elif bounded := next((v for k, v in fields if k.lower() == "transfer-encoding" and v != v.strip()), None):
            raise self._fail("bad_framing", _te_bounded(bounded))
        elif "chunked" in transfer_codings(v for k, v in fields if k.lower() == "transfer-encoding") and (
                self.version == b"HTTP/1.0" or not is_chunked(fields)):
            raise self._fail("bad_framing", _CHUNKED_NOT_FINAL if self.version != b"HTTP/1.0"
                             else _chunked_1_0(head.split(b"\n", 1)[0]))
        elif is_chunked(fields):  # the final coding of every Transfer-Encoding field
            self.state = "chunk_size"
        elif (length := self._content_length(fields)) is not None:
            # beside another coding too: Chromium frames such a body by its Content-Length, and
            # read to the close (RFC 9112 section 6.3) the record held, and made quotable, what
            # came after the end the browser read
            self.body_left = self.body_length = length
            self.state = "length"
        else:
            self.state = "body"
        out += self._reading_head(head)

    def _on_field_line(self, line: bytes, *, status_line: bool) -> None:
        """Count a head line that is not its end against ``max_headers``: the status line and each
        field line, not a folded line (a continuation of the field before it, as Chromium and our
        readers join it; until rvcap60 each counted as a field). A line warcio ends the head at
        (white space alone, CRs alone included: :data:`_WHITE_LINE`) or a folded line that
        continues no field (:data:`_FOLD_OF_NO_FIELD`) fails the capture."""
        if not _warcio_text(line).rstrip():
            raise self._fail("bad_framing", _WHITE_LINE)
        if line[:1] in (b" ", b"\t") and not status_line:
            if not self.continuable:
                raise self._fail("bad_framing", _FOLD_OF_NO_FIELD)
            return
        name, colon, _ = line.partition(b":")
        self.continuable = bool(colon and name) and not status_line
        self.head_fields += 1
        limit = self.opts.max_headers
        if limit is not None and self.head_fields > limit + 1:  # + the status line
            raise self._fail("too_many_headers", f"more than {limit} header fields")

    def _status_line(self, line: bytes, out: bytearray) -> bytes | None:
        """The head's status line, once ``line`` (the head's last line so far) shows where it starts;
        None while the bytes so far may still be the few Chromium skips, or when there is none.

        Chromium looks for ``http`` (any case) at the first 5 offsets of a response
        (``HttpUtil::LocateStartOfStatusLine``) and skips what comes before it: a CRLF, a BOM,
        stray bytes (``\\r\\nHTTP/1.1 200 OK`` is shown as the page; checked on Debian's Chromium
        156 against a 127.0.0.1 server). With 8 bytes and no ``http`` among them it takes the
        response for HTTP/0.9, which it refuses on any port but the scheme's default
        (``ERR_INVALID_HTTP_RESPONSE``) and after a 1xx head; this guard refuses it on every port
        (a record of it would hold no HTTP head). The skipped bytes are removed from the head
        (http.client and every reader see it from its status line) and counted in its budget;
        they stay in what was received, recorded before the response (:attr:`head_start`).
        """
        head = bytes(self.head)
        self.header_bytes += len(line)
        if self.header_bytes > self.opts.max_header_bytes:
            raise self._fail("headers_too_large", "response heads are larger than "
                             f"{self.opts.max_header_bytes} bytes in all")
        start = status_line_start(head)
        if start is None and len(head) < STATUS_LINE_LOOKAHEAD:
            return None  # a few bytes before a status line still to come, perhaps
        if start is None:  # (a status line is any that starts with "http", in any case, as Chromium finds it)
            self.state, self.no_status_line = "raw", True  # http.client will fail it
            out += self.head
            return None
        status_line = head[start:]
        self._check_status_code(status_line)
        self.locating = False
        self.skipped = len(head) - len(status_line)
        self.header_bytes -= len(status_line)  # counted with the head's other lines, as before
        del self.head[:self.skipped]
        self.version = read_version(status_line)  # HTTP/1.0 for "HTTPS/1.1 200 OK", 1.1 for 2.0: as Chromium
        return status_line

    def _check_status_code(self, status_line: bytes) -> None:
        """Fail a status line whose code is not the three digits Chromium and http.client both read.

        Chromium reads the digits after the protocol and spaces as the status, whatever their
        number, and 200 when there are none: it shows the page of ``HTTP/1.1 2000 OK`` (status 2000),
        ``HTTP/1.1 20 OK`` (20), ``HTTP/1.1 -1`` (200), ``HTTP/1.1 2_00`` (2) (checked on Debian's
        Chromium 156, raw 127.0.0.1 server). http.client refuses a code outside 100-999 and reads
        ``2_00`` as 200; WARC readers (warcio, so cdxj-indexer and pywb) and ours take the second
        word of the line as the status. Such a response failed as a ``connection`` error named by
        its status line alone (``connection failed: HTTP/1.1 2000 OK``), which ``batch`` retried as
        transient; it fails now as ``bad_status``, saying what the browser does. Codes every reader
        reads alike (``0200`` is 200 to all) are captured.

        Chromium reads the code after the line's first space, then spaces only
        (``HttpResponseHeaders::ParseStatusLine``), http.client and our readers after any white space
        (review rvcap58): ``HTTP/1.1\\t404 X`` is 200 to Chromium (its net log reads ``HTTP/1.1 200``,
        Debian's Chromium 156), 404 to us; it was captured as a 404 the browser never showed.
        """
        line = status_line.rstrip(b"\r\n")
        parts = line.split(None, 2)
        word = parts[1] if len(parts) > 1 else b""  # http.client's, and our readers'
        space = line.find(b" ")
        rest = line[space:].lstrip(b" ") if space >= 0 else b""
        run = rest[:len(rest) - len(rest.lstrip(b"0123456789"))] or b"200"  # what Chromium reads
        if (word.isdigit() and word.isascii() and len(word) <= 9 and len(run) <= 9
                and int(word) == int(run) and 100 <= int(run) <= 999):
            return
        browser = str(int(run)) if len(run) <= 9 else f"{run[:9].decode()}... ({len(run)} digits)"
        shown = escaped(status_line.rstrip(b"\r\n")[:60].decode("latin-1"))
        if len(word) == 3 and word.isdigit() and word.isascii() and 100 <= int(word) <= 999:  # a tab before it
            raise self._fail("bad_status", f"the status line {shown!r} has status {word.decode()} to us, but browsers "
                             f"show its page as status {browser} (they read the code after the line's first space)")
        raise self._fail("bad_status", f"the status line {shown!r} has no status code of three digits, 100 to 999 "
                         f"(browsers show its page as status {browser}; WARC readers take the status as three digits)")

    def _reading_head(self, head: bytes) -> bytes:
        """The final head as http.client is shown it: its status line and the field that frames the
        body as this guard reads it (``Content-Length: N``, or none: to the end this guard gives it,
        or no body after a 101/204/304 or HEAD, which http.client knows).

        http.client needs no more to read the message, and every field the capture goes by is read
        from the recorded head (:func:`_recorded_headers`). Shown the whole head, http.client
        refused what browsers show (more than 100 fields, its ``_MAXHEADERS``: a page setting 150
        cookies; a line over 64 KiB, its ``_MAXLINE``), and framed some bodies otherwise than this
        guard (a ``Content-Length`` after a malformed line, or beside a final coding other than
        chunked). The record is untouched: it holds the head as received.
        """
        # http.client wants "HTTP/" and a version; Chromium reads the name in any case, and a line it
        # reads no version from ("HTTPS/1.1 200 OK") as HTTP/1.0 (:func:`read_version`)
        first = head[:head.find(b"\n") + 1]
        status_line = self.version + first[len(first.split(None, 1)[0]):] if self.version else first
        # A chunked body is shown without its framing field: http.client reads it to the end this
        # guard gives it (:meth:`_RecordingRaw._recv`), and the fetch checks it ended whole
        # (:meth:`cut_short`). De-chunking it, http.client took the two bytes after a chunk's data
        # for its CRLF and lost its place on a bare LF, which RFC 9112 allows and Chromium reads.
        framing = b"Content-Length: %d\r\n" % self.body_length if self.state == "length" else b""
        return status_line + framing + b"\r\n"

    def _content_length(self, fields: list[tuple[str, str]]) -> int | None:
        """The body length the head's Content-Length fields give, or None (none: to the close).

        Several fields or a list (``5, 5``) count when every value is the same; a value that is
        not plain digits (``+20``, ``2_0``, ``0x14``, ``-1``) or values that differ make the
        framing invalid (RFC 9112 section 6.3), and the capture fails: http.client and urllib3
        read ``+20`` as 20 (Python's ``int``), a reader of the record as no length, so the record
        would hold whatever had arrived when the read stopped."""
        raw = [value for k, value in fields if k.lower() == "content-length"]
        if not raw:
            return None
        members = [strip_ows(v) for value in raw for v in value.split(",")]  # "5\f" is no number
        if len(members) > 1 and "" in members:
            # Chromium compares every member (HttpResponseHeaders splits the list, empty ones kept):
            # "20," or an empty field beside "20" are two lengths to it, and it shows an error page
            # (ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH, Debian's Chromium 156, review rvcap60).
            # Dropped here until then, the 20 bytes were captured, extracted and quotable.
            shown = escaped(", ".join(repr(v) for v in raw)[:80])
            raise self._fail("bad_framing", f"the response's Content-Length ({shown}) lists an empty value beside a "
                             "length: browsers refuse such a response (they read two different lengths), so "
                             "its body is no page anyone was shown")
        values = {m for m in members if m}
        bad = next((v for v in values if not (v.isdigit() and v.isascii())), None)
        if bad is not None or not values:
            shown = escaped((bad if bad is not None else ", ".join(raw))[:40])
            raise self._fail("bad_framing", f"the response's Content-Length {shown!r} is not a number of "
                             "bytes: its body has no framing we can trust (RFC 9112 section 6.3)")
        if len(values) > 1:
            shown = escaped(", ".join(sorted(values, key=len))[:80])
            raise self._fail("bad_framing", f"the response gives different Content-Length values ({shown}): "
                             "its body has no framing we can trust (RFC 9112 section 6.3)")
        return int(values.pop())

    def cut_short(self, *, eof: bool) -> str | None:
        """Why the response is not a whole HTTP/1.x message, as its bytes show, or None.

        A fetch that fails inside http.client or urllib3 names their symptom (``invalid literal
        for int() with base 16: b''``, ``Remote end closed connection without response``,
        ``HTTP/2``); the guard has seen every byte and says what the server did. ``eof``: the
        server closed the connection.
        """
        first = bytes(self.head) if self.state == "head" and self.locating else b""
        if self.no_status_line or (eof and first and status_line_start(first) is None
                                   and not b"http".startswith(first[:4].lower())):
            return ("the server sent no HTTP status line (its answer is not an HTTP/1.x response: browsers "
                    "look for one as 'http' within its first 5 bytes, and it has none)")
        if not eof:
            return None
        if self.state in ("chunk_size", "chunk_data", "chunk_end"):
            return "the response ended in the middle of its chunked body (before the last chunk)"
        if self.state == "length":
            got = self.body_length - self.body_left
            return f"the response ended after {got} of the {self.body_length} body bytes its Content-Length gives"
        if self.state == "head" and (self.head or self.line):
            return "the response ended in the middle of its head"
        return None

    def _count_framing(self, line: bytes) -> None:
        self.framing += len(line)
        if self.framing > self.opts.max_chunk_framing_bytes:
            raise self._fail("chunk_framing_too_large", "chunk framing (size lines, extensions) passed "
                             f"{self.opts.max_chunk_framing_bytes} bytes")

    def _whole_chunks(self, data: bytes, i: int) -> int:
        """Pass the whole chunks ``data`` holds from ``i`` in one go; return the offset it stopped at.

        A chunk of plain framing (a size line of hex digits alone, its data, then CRLF or LF)
        wholly in the buffer is read here with one regex match and two slices, not as two lines
        through :meth:`_on_line`: one-byte chunks cost about 1.8 us each that way, 0.6 s of CPU per
        MiB of framing (``bench/bench_hostile_heads.py``). Anything else (an extension, white
        space, the last chunk, a chunk cut by the buffer's end, a limit about to be passed) stops
        the run and is read line by line, so every refusal is raised there, as before, at the same
        byte; what is accepted is what :func:`~archiver.capture.chunked.browser_chunk_size` would read.
        """
        n = len(data)
        line_limit = self.opts.max_chunk_extension_bytes
        framing_limit = self.opts.max_chunk_framing_bytes
        framing = self.framing
        match = PLAIN_SIZE_LINE.match
        while i < n:
            m = match(data, i)
            if m is None:
                break
            data_start = m.end()
            size = int(m.group(1), 16)
            if not size or m.end(1) - i > line_limit:  # (its line end not counted)
                break
            end = data_start + size
            if data[end:end + 1] == b"\n":
                after = end + 1
            elif data[end:end + 2] == b"\r\n":
                after = end + 2
            else:
                break  # cut by the buffer's end, or not a blank line: read line by line
            counted = framing + (data_start - i) + (after - end)
            if counted > framing_limit:
                break
            framing, i = counted, after
        self.framing = framing
        return i

    def _on_chunk_size(self, line: bytes) -> None:
        self._count_framing(line)
        size = browser_chunk_size(line)  # Chromium's rule; the records' reader reads what it accepts alike
        if size is None:
            shown = line.split(b";", 1)[0].rstrip(b"\r\n")[:40]
            raise self._fail("bad_chunk", f"invalid chunk size {shown!r} (broken chunked encoding)")
        self.chunk_left = size
        self.state = "chunk_data" if self.chunk_left else "trailer"

    def _on_trailer(self, line: bytes) -> None:
        self.trailer_bytes += len(line)
        if self.trailer_bytes > self.opts.max_trailer_bytes:
            raise self._fail("trailers_too_large", f"chunked trailers passed {self.opts.max_trailer_bytes} bytes")
        if line in _EMPTY_LINES:  # a line of white space is one more trailer line (see _EMPTY_LINES)
            self.state = "done"
            return
        self.trailer_fields += 1
        limit = self.opts.max_headers
        if limit is not None and self.trailer_fields > limit:
            raise self._fail("too_many_headers", f"more than {limit} trailer fields")


#: The lines that end a head or a trailer section: empty ones, as Chromium ends them
#: (``HttpUtil::LocateEndOfHeaders``; ``HttpChunkedDecoder`` after the last chunk). A line of white
#: space (a space, a tab, a form feed, two CRs) is not one, checked on Debian's Chromium 156 against a
#: raw 127.0.0.1 server (2026-12-02): in a head it is a folded line and the fields after it frame the
#: body; after the last chunk it is one more trailer line, and a server closing before an empty line
#: leaves the response incomplete (``ERR_INCOMPLETE_CHUNKED_ENCODING``, its body still shown). Read
#: as the end (``not line.strip()`` until cap59), a head's Content-Length after such a line was not
#: seen, and the words past it, which the browser never showed, were captured as the page. (In a head
#: such a line now fails the capture, as WARC readers end the head there: :data:`_WHITE_LINE`.)
_EMPTY_LINES = (b"\r\n", b"\n")

#: Why a head whose folded line continues no field fails the capture. Chromium joins a line opening
#: with a space or a tab to the field line before it, and drops it where the line before is the
#: status line or has no colon after a name (``HttpUtil::AssembleRawHeaders``, ``HeadersIterator``);
#: warcio reads it as a field named with its leading space, which no replay looks up; our records'
#: reader (``parse_http_head``) reads it as a field (after the status line) or as the value of the
#: line before. So ``HTTP/1.1 200 OK`` then `` Content-Length: 20`` framed 20 bytes here where
#: Chromium read to the close and showed the words after them (measured on Debian's Chromium 156,
#: review rvcap60; ``Transfer-Encoding`` the same with its framing shown), and a 302's
#: `` Location`` was followed where Chromium showed the 302. RFC 9112 section 2.2 lets a recipient
#: reject white space between the start line and the first field.
_FOLD_OF_NO_FIELD = ("the response head has a line opening with white space that continues no field (right after "
                     "the status line, or after a line with no name and colon): browsers drop it and our records' "
                     "readers read it as a field, so its fields and framing would be read two ways (RFC 9112 "
                     "section 2.2)")

#: Why a head line of white space alone (not the empty line that ends the head) fails the capture.
#: Chromium reads past it (a fold of nothing, a line with no colon, CRs it skips) and so does our
#: records' reader, but warcio, and so pywb, cdxj-indexer and ``warcio check``, ends the head there
#: (it strips each line as Python strips: a space, a tab, a vertical tab, a form feed, CRs, a
#: latin-1 no-break space, U+3000 in UTF-8), so the rest of the head was its payload: pywb replayed
#: ``Content-Length: 77 Connection: close`` as the page's first words and the record's payload
#: digest failed ``warcio check`` (review rvcap60, 20 such records of 83 read two ways). cap59 made
#: the guard read past such a line as Chromium does (before, the head ended there and words past its
#: Content-Length were quotable); read three ways, the record is refused as a bare CR is.
_WHITE_LINE = ("the response head has a line of white space alone before its end: browsers read past it and "
               "WARC readers (warcio, pywb) end the head there, so its fields and body would be read two ways "
               "(RFC 9112 section 2.2)")


def _warcio_text(line: bytes) -> str:
    """A head line as warcio decodes it (``StatusAndHeadersParser.decode_header``): UTF-8, else latin-1."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("latin-1")


#: The longest status line http.client reads (its ``_MAXLINE``); header lines are not shown to it.
_STATUS_LINE_BYTES = 65536

#: Why ``Transfer-Encoding: chunked, identity`` (or the two as fields) fails the capture. Chromium
#: de-chunks an HTTP/1.1 body whenever any coding is ``chunked`` (``IsChunkEncoded``); RFC 9112
#: section 6.3, this guard and the records' reader (``is_chunked``: the final coding) read it to the
#: close, so the record held chunk framing and whatever came after the last chunk as the page, text
#: the browser never showed. Read as chunked here, records made before would be read another way.
_CHUNKED_NOT_FINAL = ("the response's Transfer-Encoding lists chunked before its final coding: browsers "
                      "de-chunk such a body, RFC 9112 section 6.3 reads it to the close, so it has no "
                      "framing we can trust")

def _te_bounded(value: str) -> str:
    """Why a Transfer-Encoding value bounded by white space HTTP does not trim fails the capture.

    Chromium and our records' reader trim spaces and tabs only, so ``chunked`` then a vertical tab, a
    form feed or a no-break space is no chunked coding to them: the body is read to the close, its
    framing and what follows the last chunk shown (measured on Debian's Chromium 156, review
    rvcap60). warcio trims all white space, reads ``chunked`` and de-chunks, so pywb replayed the
    first chunk alone (the probe's 5 such records). Read two ways, refused as such a Content-Length is."""
    shown = escaped(value[:40])
    return (f"the response's Transfer-Encoding {shown!r} is bounded by white space HTTP does not trim: browsers "
            "read its body to the close, WARC readers (warcio, pywb) trim it and de-chunk, so its body would be "
            "read two ways (RFC 9110 section 5.6.3)")


def _chunked_1_0(status_line: bytes) -> str:
    """Why chunked in an HTTP/1.0 response fails the capture: Chromium de-chunks HTTP/1.1 and later
    only and frames an HTTP/1.0 body by its Content-Length or the close, framing and all, while the
    records' reader de-chunks whatever the version (with ``Content-Length: 3`` the record made a whole
    article quotable where the browser showed 3 bytes). RFC 9112 section 6.1 calls such framing faulty.

    The line is named as received: one Chromium reads no version from (``HTTPS/1.1 200 OK``) is
    HTTP/1.0 to it too, and "the HTTP/1.0 response", said of it, named a version the server never wrote."""
    shown = escaped(status_line.rstrip(b"\r\n")[:60].decode("latin-1"))
    return (f"the response's status line {shown!r} is HTTP/1.0 to browsers, yet it says Transfer-Encoding: "
            "chunked, which HTTP/1.0 does not have: browsers read its body as it came, so it has no framing "
            "we can trust (RFC 9112 section 6.1)")


#: Why a head holding a NUL byte fails the capture: every browser refuses such a response (Chromium
#: ERR_INVALID_HTTP_RESPONSE; the Fetch standard's web-platform test ``header-value-null-byte``), so
#: its body is no page anyone was shown, and extracted it made quotable text as a 204's body would.
#: A response a browser refuses fails as differing Content-Lengths do. (cap55 captured it.)
_NUL_IN_HEAD = ("the response head holds a NUL byte, which browsers refuse (they show an error page, "
                "not its body)")

#: Why a head line holding a CR that does not end it fails the capture. Chromium ends a line there as
#: at an LF (http_util.cc ``AssembleRawHeaders`` splits on either), so ``X-A: 1\rContent-Length: 20``
#: is two fields to it and one to this guard and the records' reader (``parse_http_head``), which end
#: lines at LF: the body's framing, its type or a Location would be read one way by the browser and
#: another by the capture (a body to the close recorded, extracted and quotable where Chromium showed
#: 20 bytes). RFC 9112 section 2.2 lets a recipient take such an element as invalid. CRs right
#: before the LF end the line for every reader and are accepted.
_BARE_CR = ("the response head holds a bare CR (not followed by LF) inside a line: browsers end the line "
            "there and our records' readers do not, so its fields and framing would be read two ways "
            "(RFC 9112 section 2.2)")


def _status_of(head: bytes) -> int | None:
    parts = head.split(b"\n", 1)[0].split(None, 2)
    if len(parts) >= 2 and parts[1].isdigit() and len(parts[1]) == 3:
        return int(parts[1])
    return None


def _parse_head(head: bytes) -> tuple[str, list[tuple[str, str]]]:
    from archiver.capture.warc import (
        parse_http_head,  # warc imports nothing from here; keep it lazy anyway
    )

    return parse_http_head(head)


class _Recorder:
    """Collects what one connection sent and received, and what its handshake showed.

    It also holds the fetch's wall-clock deadline: every receive waits at most
    min(read timeout, time left), so a server dripping one byte a second cannot stretch a
    capture past ``--total-timeout`` (headers included).
    """

    def __init__(self, opts: FetchOptions | None = None, url: str = "", deadline: float | None = None,
                 previous_ip: str | None = None, is_redirect: bool = False, method: str = "GET") -> None:
        self.opts = opts or FetchOptions()
        self.url = url
        self.deadline = deadline
        self.previous_ip = previous_ip
        self.is_redirect = is_redirect
        self.guard = _WireGuard(self.opts, url, method)
        self.sent = bytearray()
        self.received = bytearray()
        self.ip: str | None = None
        self.port: int | None = None
        self.tls: TlsInfo | None = None
        self.connections = 0
        self.eof = False  # the server closed the connection (a read returned nothing)
        #: Offset the response is cut at when its body is longer than ``--max-body`` (see
        #: :meth:`cut_body`); None: not cut.
        self.cut_at: int | None = None

    def body_received(self) -> int:
        """Bytes of the final response's body received so far, as on the wire (chunk-size lines
        and CRLFs included), up to the end its framing gives it; 0 before its head has ended."""
        start = self.guard.body_start
        if start is None:
            return 0
        end = self.guard.message_end
        return (len(self.received) if end is None else end) - start

    def cut_body(self, limit: int) -> None:
        """Keep the final head and exactly the first ``limit`` body bytes (``--max-body``)."""
        start = self.guard.body_start
        if start is not None:
            self.cut_at = start + limit

    def response_bytes(self) -> bytes:
        """The response as received, up to the end its own framing gives it.

        Bytes a server sends past that end (a body after a 204 or 304 head, more than its
        Content-Length, anything after the last chunk) are not part of the response: no HTTP
        client shows them, and recorded in the response record they would be read as its body,
        so a capture would vouch for text (and a payload digest) the page never served. They
        are kept apart (:meth:`trailing`), in a record of their own. A body cut at ``--max-body``
        ends at the cut (:meth:`cut_body`), wherever the socket's reads fell.
        """
        end = self.guard.message_end
        if self.cut_at is not None:
            end = self.cut_at if end is None else min(end, self.cut_at)
        if end is None or end >= len(self.received):
            return bytes(self.received)
        return bytes(self.received[:end])

    def trailing(self) -> bytes:
        """The bytes received past the end of the response (empty when there were none).

        Only what arrived in the read that took the response's end (at most one buffer, 64 KiB):
        once its framing ends the connection is closed, so a server still sending is not waited for.
        """
        end = self.guard.message_end
        if end is None or end >= len(self.received):
            return b""
        return bytes(self.received[end:])

    def time_left(self) -> float:
        """Seconds until the deadline; raises the total-timeout :class:`CaptureError` when none."""
        if self.deadline is None:
            return self.opts.read_timeout
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise total_timeout_error(self.url, self.opts)
        return left

    def resolve(self, host: str, port: int | None) -> str:
        """The address to connect to for ``host``, looked up within the time left.

        ``getaddrinfo`` has no timeout of its own, so a resolver that never answers would hold a
        capture past ``--total-timeout``; the look-up runs in a daemon thread that is abandoned
        (it ends when the resolver gives up) once the connect timeout or the deadline passes.
        An IP literal needs no look-up.
        """
        try:
            ipaddress.ip_address(host.strip("[]"))
            return host
        except ValueError:
            pass
        wait = min(self.opts.connect_timeout, self.time_left())
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="dns")
        try:
            future = pool.submit(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM)
            try:
                infos = future.result(timeout=wait)
            except concurrent.futures.TimeoutError:
                self.time_left()  # the total deadline passed: say so
                raise CaptureError(f"{self.url}: looking up {host} timed out after {wait:g}s", url=self.url,
                                   kind="timeout") from None
            except OSError as exc:
                raise CaptureError(f"{self.url}: could not resolve host {host!r}", url=self.url,
                                   kind="dns") from exc
        finally:
            pool.shutdown(wait=False)
        if not infos:
            raise CaptureError(f"{self.url}: could not resolve host {host!r}", url=self.url, kind="dns")
        return str(infos[0][4][0])

    def check_peer(self, sock: socket.socket) -> None:
        """Note the address actually connected to; refuse it if the redirect policy says so."""
        peer = sock.getpeername()
        self.ip, self.port = peer[0], peer[1]
        if self.is_redirect and not redirect_allowed(self.opts.private_redirects, self.previous_ip, self.ip):
            sock.close()
            raise private_redirect_error(self.url, self.ip, self.opts)


def total_timeout_error(url: str, opts: FetchOptions) -> CaptureError:
    return CaptureError(f"{url}: timed out after {opts.total_timeout:g}s in total (raise --total-timeout)",
                        url=url, kind="timeout")


class _RecordingRaw(io.RawIOBase):
    """Raw reader over the socket's own SocketIO (which keeps the fd alive while open).

    Every byte received is recorded; what the reader (http.client) gets is the same stream
    with interim 1xx heads taken out (see :class:`_WireGuard`).
    """

    def __init__(self, raw: Any, recorder: _Recorder, sock: Any = None) -> None:
        self._raw = raw
        self._recorder = recorder
        self._sock = sock
        self._pending = bytearray()
        self._eof = False

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        view = memoryview(b)
        while not self._pending and not self._eof:
            self._recv(len(view))
        n = min(len(view), len(self._pending))
        view[:n] = self._pending[:n]
        del self._pending[:n]
        return n

    def _recv(self, size: int) -> None:
        rec = self._recorder
        if rec.guard.message_end is not None:
            # The response's own framing has ended (as its recorded head gives it): nothing more
            # is read, whatever http.client's parser still expects. They differ where http.client
            # did not see a field, such as a Content-Length after a malformed line: it would read
            # on to the close, and a server keeping the connection open failed the capture as a
            # read timeout. Bytes already received past the end stay the trailing bytes.
            self._eof = True
            return
        left = rec.time_left()
        if self._sock is not None:
            self._sock.settimeout(min(rec.opts.read_timeout, left))
        buf = bytearray(max(size, 1))
        try:
            n = self._raw.readinto(buf)
        except TimeoutError:
            rec.time_left()  # the total deadline passed: say so rather than "read timed out"
            raise
        if not n:
            self._eof = rec.eof = True
            return
        data = bytes(buf[:n])
        rec.received += data
        self._pending += rec.guard.feed(data)

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
        return io.BufferedReader(_RecordingRaw(raw, self._recorder, self._sock), buffer_size=65536)

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
                chain_der.append(cert.public_bytes(_ssl.ENCODING_DER))
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


class _RecHTTPConnection(HTTPConnection):
    """A plain connection that reports to the recorder its pool hands it (``recorder``)."""

    recorder: _Recorder

    def _new_conn(self) -> socket.socket:
        self._dns_host = self.recorder.resolve(self._dns_host, self.port)  # bounded by the deadline
        sock = super()._new_conn()
        self.recorder.check_peer(sock)  # before TLS and before a byte of the request is sent
        return sock

    def connect(self) -> None:
        super().connect()
        self.recorder.connections += 1
        self.sock = _RecordingSocket(self.sock, self.recorder)


class _RecHTTPSConnection(HTTPSConnection):
    """A TLS connection that reports to its recorder, handshake results included."""

    recorder: _Recorder
    verified: bool

    def _new_conn(self) -> socket.socket:
        # TLS still verifies and sends SNI for self.host; only the address look-up is ours.
        self._dns_host = self.recorder.resolve(self._dns_host, self.port)
        sock = super()._new_conn()
        self.recorder.check_peer(sock)
        return sock

    def connect(self) -> None:
        super().connect()
        self.recorder.connections += 1
        if isinstance(self.sock, ssl.SSLSocket):
            self.recorder.tls = _tls_info(self.sock, verified=self.verified)
        self.sock = _RecordingSocket(self.sock, self.recorder)


class _RecHTTPPool(HTTPConnectionPool):
    """A pool whose connections report to one fetch's recorder (given as ``recorder=``)."""

    ConnectionCls = _RecHTTPConnection

    def __init__(self, *args: Any, recorder: _Recorder, verified: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.recorder = recorder

    def _new_conn(self) -> Any:
        conn: Any = super()._new_conn()
        conn.recorder = self.recorder
        return conn


class _RecHTTPSPool(HTTPSConnectionPool):
    """As :class:`_RecHTTPPool`, for TLS (``verified``: what the handshake's record says)."""

    ConnectionCls = _RecHTTPSConnection

    def __init__(self, *args: Any, recorder: _Recorder, verified: bool, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.recorder = recorder
        self.verified = verified

    def _new_conn(self) -> Any:
        conn: Any = super()._new_conn()
        conn.recorder = self.recorder
        conn.verified = self.verified
        return conn


def _make_adapter(recorder: _Recorder, *, verify: bool) -> HTTPAdapter:
    """An adapter, for both schemes, whose connections report to ``recorder``.

    The connection and pool classes are defined once (building four classes per adapter, two
    adapters per fetch, cost a tenth of a millisecond per capture); the recorder reaches them
    as a keyword of the pool, bound here.
    """
    adapter = HTTPAdapter(max_retries=0, pool_connections=1, pool_maxsize=1)
    adapter.poolmanager.pool_classes_by_scheme = {  # pool factories, called like the classes
        "http": partial(_RecHTTPPool, recorder=recorder, verified=verify),
        "https": partial(_RecHTTPSPool, recorder=recorder, verified=verify),
    }
    return adapter


# --------------------------------------------------------------------------- fetching


def private_redirect_error(url: str, ip: str, opts: FetchOptions) -> CaptureError:
    return CaptureError(
        f"{url}: redirect leads to the private address {ip}; refused so that a page cannot probe "
        f"your own network (policy {opts.private_redirects!r}; --allow-private-redirects to follow it)",
        url=url, kind="private_redirect")


def _refuse_private_literal(target: str, previous_ip: str | None, opts: FetchOptions) -> None:
    """Refuse a redirect to a private IP literal before even connecting to it.

    Host names are checked after the connection is made, on the address actually connected
    to (:meth:`_Recorder.check_peer`), which DNS rebinding cannot dodge; no request is sent.
    """
    host = urlsplit(target).hostname or ""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return
    if not redirect_allowed(opts.private_redirects, previous_ip, host):
        raise private_redirect_error(public_url(target), host, opts)


def _refuse_differing_dispositions(shown: str, hop: Hop) -> None:
    """Raise ``ambiguous_disposition`` for a response whose ``Content-Disposition`` values differ
    (:func:`archiver.core.mime.differing_dispositions`): Chromium shows its error page for it, whatever its status, so
    neither capture has a page or resource to record (sec63: plain; sec66: the browser's proxy)."""
    if len(dispositions := differing_dispositions(hop.headers)) > 1:
        shown_all = ", ".join(repr(escaped(v[:200])) for v in dispositions)
        raise CaptureError(f"{shown}: the response from {hop.url} has {len(dispositions)} different "
                           f"Content-Disposition values ({shown_all}); browsers refuse such a response "
                           "with an error page, so there is no page to record", url=shown,
                           kind="ambiguous_disposition")


def _refuse_differing_locations(shown: str, hop: Hop) -> None:
    """Raise for a response whose ``Location`` values differ (:func:`archiver.core.mime.differing_locations`):
    Chromium shows its error page for it at any status (``ERR_RESPONSE_HEADERS_MULTIPLE_LOCATION``), so neither
    capture has a page or resource to record: ``ambiguous_redirect`` for a redirect (not followed, as before),
    ``ambiguous_location`` for any other status (session 51: a 200's was recorded and its words verified)."""
    if len(locations := differing_locations(hop.headers)) < 2:
        return
    shown_all = ", ".join(repr(escaped(v[:200])) for v in locations)
    if is_redirect(hop.status, locations):
        raise CaptureError(f"{shown}: the redirect from {hop.url} has {len(locations)} different Location "
                           f"headers ({shown_all}); browsers refuse such a response, so it is not "
                           "followed", url=shown, kind="ambiguous_redirect")
    raise CaptureError(f"{shown}: the response from {hop.url} (status {hop.status}) has {len(locations)} different "
                       f"Location headers ({shown_all}); browsers refuse such a response with an error page, so "
                       "there is no page to record", url=shown, kind="ambiguous_location")


def _refuse_proxy_auth(shown: str, hop: Hop) -> None:
    """Raise ``proxy_auth_from_origin`` for a 407 (Proxy Authentication Required) from the site itself: Chromium
    reached with no proxy refuses it with its error page (``ERR_UNEXPECTED_PROXY_AUTH``), so no reader is shown its
    body (rvsec69, ``bench/head_cases_chromium.py`` "407-from-origin": its words were archived and verified ``exact``).
    Such a record already archived (another tool's WARC) is read with no body (:func:`archiver.capture.warc.record_payload`)."""
    if hop.status == 407:
        raise CaptureError(f"{shown}: {hop.url} answered 407 (Proxy Authentication Required), which browsers refuse "
                           "from a site with an error page, so there is no page to record", url=shown,
                           kind="proxy_auth_from_origin")


def _refuse_what_browsers_refuse(shown: str, hop: Hop) -> None:
    """Raise for a response Chromium refuses with its error page whatever its status, so that the page capture
    (:meth:`Fetcher.fetch`) and the browser's proxy (:meth:`Fetcher.fetch_hop`) refuse the same heads: differing
    ``Content-Disposition`` values, then differing ``Location`` values. (Each call site listed both checks until
    rvmod69; a third check added to one would have been missing from the other.)"""
    _refuse_differing_dispositions(shown, hop)
    _refuse_differing_locations(shown, hop)


class Fetcher:
    """Fetches URLs with ``requests``, recording each hop. Injectable for other transports."""

    def __init__(self, options: FetchOptions | None = None, *, clock: Clock | None = None) -> None:
        self.options = options or FetchOptions()
        self.clock = clock or SystemClock()

    def fetch(self, url: str) -> Exchange:
        """Fetch ``url`` following redirects; raise :class:`CaptureError` on network failure.

        Every hop records the URL without ``user:password@``; a redirect is followed only if
        its URL validates and its resolved address passes the private-redirect policy.
        """
        opts = self.options
        url = validate_url(url, allow_credentials=opts.allow_credentials)
        shown = public_url(url)
        deadline = time.monotonic() + opts.total_timeout
        hops: list[Hop] = []
        current = url
        seen: set[str] = set()
        while True:
            previous_ip = hops[-1].ip if hops else None
            hop = self._fetch_one(current, deadline, previous_ip=previous_ip, is_redirect=bool(hops))
            hops.append(hop)
            seen.add(current)
            _refuse_what_browsers_refuse(shown, hop)
            _refuse_proxy_auth(shown, hop)
            locations = differing_locations(hop.headers)
            reading = None
            if not is_redirect(hop.status, locations):  # a 300, 304 or 305 is no redirect to browsers
                reading = read_final(hop)  # (nearly always the last hop: its commit reads it from here)
                refresh = refresh_target(hop, allow_credentials=opts.allow_credentials, reading=reading)
                if refresh is None or refresh in seen:
                    break
                target = refresh
            else:
                target = resolve_location(current, location_text(locations[0]))
            if len(hops) > opts.max_redirects:
                raise CaptureError(
                    f"{shown}: more than {opts.max_redirects} redirects, refreshes of no delay counted "
                    "(raise --max-redirects)",
                    url=shown, kind="too_many_redirects")
            try:
                target = validate_url(target, allow_credentials=opts.allow_credentials)
            except InvalidURLError as exc:
                raise CaptureError(f"{shown}: the redirect from {hop.url} leads to a URL we do not fetch "
                                   f"({exc.value or public_url(target)!r}: {exc.why})",
                                   url=shown, kind="bad_redirect") from exc
            if target in seen:
                raise CaptureError(f"{shown}: redirect loop at {public_url(target)}", url=shown,
                                   kind="redirect_loop")
            _refuse_private_literal(target, hop.ip, opts)
            current = target
        return Exchange(requested_url=shown, hops=tuple(hops), final_body=reading)

    def fetch_hop(self, url: str, deadline: float, *, method: str = "GET",
                  headers: list[tuple[str, str]] | None = None, body: bytes | None = None,
                  previous_ip: str | None = None, is_redirect: bool = False) -> Hop:
        """One request, no redirect followed, recorded like every hop of :meth:`fetch`.

        The browser's recording proxy (:mod:`archiver.capture.proxy`) sends the browser's own
        method, headers and body this way (``headers`` replace ours entirely); ``is_redirect``
        applies the private-address policy against ``previous_ip`` (the page's address). A response
        whose ``Content-Disposition`` or ``Location`` values differ is refused here as :meth:`fetch` refuses it
        (:func:`_refuse_what_browsers_refuse`; until sec66 and session 51 the proxy recorded such a response and
        the browser capture extracted its text, though Chromium shows its error page).
        """
        hop = self._fetch_one(url, deadline, previous_ip=previous_ip, is_redirect=is_redirect,
                              method=method, request_headers=headers, body=body)
        _refuse_what_browsers_refuse(public_url(url), hop)
        return hop

    def _fetch_one(self, url: str, deadline: float, *, previous_ip: str | None = None,
                   is_redirect: bool = False, method: str = "GET",
                   request_headers: list[tuple[str, str]] | None = None, body: bytes | None = None) -> Hop:
        opts = self.options
        shown = public_url(url)
        verify: bool | str = False if opts.insecure else (opts.ca_bundle or True)
        recorder = _Recorder(opts, shown, deadline, previous_ip=previous_ip, is_redirect=is_redirect,
                             method=method)
        adapter = _make_adapter(recorder, verify=bool(verify))
        # The caller's headers only, in the caller's order; else ours, in the order a requests
        # Session merged them into its defaults (the request bytes recorded before).
        headers = dict(request_headers) if request_headers is not None else _request_headers(opts.user_agent)
        started = self.clock.now()
        truncated = False
        try:
            connect_timeout = min(opts.connect_timeout, recorder.time_left())
            with _quiet_insecure(opts.insecure):
                try:
                    resp = adapter.send(_prepare(method, url, headers, body), stream=True, verify=verify,
                                        timeout=(connect_timeout, opts.read_timeout), cert=None, proxies={})
                except BaseException:
                    adapter.close()
                    raise
                try:
                    # The limit counts the body's bytes as they crossed the wire (after the final
                    # head, chunk framing included: what the response record holds), up to the end
                    # its own framing gives it; a body within it is whole, however far the last
                    # socket read went, and a longer one is cut at exactly the limit.
                    while True:
                        recorder.time_left()
                        chunk = resp.raw.read(65536, decode_content=False)
                        if recorder.body_received() > opts.max_body_bytes:
                            truncated = True
                            recorder.cut_body(opts.max_body_bytes)
                            break
                        if not chunk:
                            break
                finally:
                    resp.close()
                    adapter.close()
            # http.client reads a chunked body to the end the guard gives it (_reading_head): a
            # connection closed before the last chunk is no error of its, so it is found here
            if not truncated and recorder.eof and (what := recorder.guard.cut_short(eof=True)):
                raise CaptureError(f"{shown}: {what}", url=shown, kind="error")
        except CaptureError:
            raise
        except requests.exceptions.SSLError as exc:
            raise CaptureError(f"{shown}: TLS failure: {_short(exc)} (use --ca-bundle FILE to trust "
                               "another CA, or --insecure to capture anyway)", url=shown, kind="tls") from exc
        except (TimeoutError, requests.exceptions.ConnectTimeout, requests.exceptions.ReadTimeout,
                urllib3.exceptions.ReadTimeoutError) as exc:
            raise CaptureError(f"{shown}: timed out ({_short(exc)})", url=shown, kind="timeout") from exc
        except requests.exceptions.ConnectionError as exc:
            what = recorder.guard.cut_short(eof=recorder.eof) or _describe_connection_error(exc)
            raise CaptureError(f"{shown}: {what}", url=shown, kind=_connection_error_kind(exc)) from exc
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError, http.client.HTTPException,
                OSError, ValueError) as exc:
            what = recorder.guard.cut_short(eof=recorder.eof) or f"fetch failed: {_short(exc)}"
            raise CaptureError(f"{shown}: {what}", url=shown, kind="error") from exc

        reason = resp.reason or ""
        request_bytes, redacted = redact_credentials(bytes(recorder.sent))
        trailing = recorder.trailing()
        response_bytes = recorder.response_bytes()
        return Hop(
            url=shown,
            request_bytes=request_bytes,
            response_bytes=response_bytes,
            status=resp.status_code,
            reason=reason if isinstance(reason, str) else reason.decode("latin-1"),
            headers=_recorded_headers(response_bytes[recorder.guard.head_start:]),
            ip=recorder.ip,
            port=recorder.port,
            tls=recorder.tls,
            started=started,
            truncated=truncated,
            interim=tuple(recorder.guard.interim),
            redacted=redacted,
            trailing=trailing[:opts.max_body_bytes],  # bounded like any body (--max-body)
            trailing_received=len(trailing),
            head_start=recorder.guard.head_start,
        )


def _recorded_headers(response_bytes: bytes) -> tuple[tuple[str, str], ...]:
    """The final response's header fields as its recorded head gives them.

    The records, the extraction, ``reindex`` and every export read a response's head with
    :func:`archiver.capture.warc.parse_http_head`; the hop's headers (which the redirect, the
    content type and the extraction at capture go by) are read the same way, from the same
    bytes. http.client's parser stops at a malformed line (``X-Bad Header: 1``, a space in a
    name) and drops every field after it, so a ``Location`` there was not followed (Chromium
    follows it) and a ``Content-Type`` there was missing at capture but present after
    ``reindex``. (http.client is shown none of them now, only the status line and the framing:
    :meth:`_WireGuard._reading_head`; a head that is not HTTP/1.x never gets here, the guard and
    http.client refuse it.)
    """
    from archiver.capture.warc import split_http_message  # lazy, as _parse_head

    return tuple(_parse_head(split_http_message(response_bytes)[0])[1])


def _request_headers(user_agent: str) -> dict[str, str]:
    """Our request headers, in the order of a requests ``Session``'s defaults, which they replace."""
    return {
        "User-Agent": user_agent,
        "Accept-Encoding": "gzip, deflate",
        "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Connection": "close",
    }


def _prepare(method: str, url: str, headers: dict[str, str], body: bytes | None) -> requests.PreparedRequest:
    """The request a ``Session`` (``trust_env`` off, no cookies, no redirects) would send.

    A fetch is one request, sent straight through our adapter: a ``Session`` per fetch cost
    its set-up, the merging of its (empty) cookie jar, headers and hooks, and, on the way
    back, a parse of the response for cookies nobody keeps (a fifth of a millisecond per
    capture). Nothing it added reaches the wire: no Cookie header from an empty jar, no netrc
    or proxy with ``trust_env`` off; credentials in the URL still become Basic auth.
    tests/test_capture_cpu_paths.py holds the bytes sent to the Session's.
    """
    prepared = requests.Request(method.upper(), url, headers=headers, data=body).prepare()
    # requests upper-cases the method; a method is case-sensitive (RFC 9110 section 9.1) and a page's
    # ``fetch(url, {method: "patch"})`` sends ``patch`` (Fetch normalises only the six it names), so the
    # proxy relays it as the browser sent it (the headers are prepared as before)
    prepared.method = method
    return prepared


#: Request headers whose values are secrets: blanked in the recorded request bytes.
SECRET_REQUEST_HEADERS = ("authorization", "proxy-authorization")
REDACTED = b"[redacted by archiver]"


def redact_credentials(request: bytes) -> tuple[bytes, tuple[str, ...]]:
    """The request bytes with credential header values replaced by a marker, and their names.

    Only ``--allow-credentials`` makes us send such a header (from the URL's user:password@).
    The password must not reach the WARC, which is published in bundles; the record says what
    was blanked (``Archiver-Redacted-Headers``), so nobody mistakes the marker for what was sent.
    """
    head_end = request.find(b"\r\n\r\n")
    if head_end < 0:
        return request, ()
    lines = request[:head_end].split(b"\r\n")
    names: list[str] = []
    for i, line in enumerate(lines[1:], start=1):
        name, sep, _ = line.partition(b":")
        if sep and name.strip().lower().decode("latin-1") in SECRET_REQUEST_HEADERS:
            lines[i] = name + b": " + REDACTED
            names.append(name.strip().decode("latin-1"))
    if not names:
        return request, ()
    return b"\r\n".join(lines) + request[head_end:], tuple(names)


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
    """The first line of ``exc``'s root cause, for a one-line error and the ``capture_failed`` entry.

    http.client puts a bad status line in its exception as the server sent it; its control
    characters are written as escapes (``\\x1b``), so a server's escape sequences reach
    neither the user's terminal nor the log as such.
    """
    root = _root_cause(exc)
    text = str(root) or root.__class__.__name__
    first = text.splitlines()[0] if text.splitlines() else text
    return escaped(first[:200])


__all__ = ["Exchange", "Fetcher", "FetchOptions", "Hop", "TlsInfo", "is_private_address", "public_url",
           "redact_credentials", "redirect_allowed", "validate_url"]
