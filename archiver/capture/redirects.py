"""Which responses are redirects, and where their ``Location`` leads, as browsers decide it.

A capture must end where a browser ends, or it records a page no reader was shown. Python's
``urljoin`` follows RFC 3986, and browsers follow the WHATWG URL standard; they part on
``Location: ///host/path`` (``urljoin``: the path ``/host/path`` on the same host; a browser:
``host``), on backslashes (a browser reads ``\\`` as ``/`` in an http(s) URL) and on spaces (a
browser percent-encodes them; we refused the URL). :func:`resolve_location` brings a Location
value to the form ``urljoin`` then resolves as the standard does, for http(s) bases; the
fetcher's own URL checks (:func:`archiver.capture.fetch.validate_url`) still run on the result.

Only :data:`REDIRECT_STATUSES` are followed (Chromium, Firefox and requests follow no 300, 304
or 305), and a response with two different ``Location`` values is not followed at all:
Chromium refuses it (``ERR_RESPONSE_HEADERS_MULTIPLE_LOCATION``), so there is no page to record.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urljoin, urlsplit

from archiver.core.http_fields import strip_ows
from archiver.core.mime import differing_locations


class Answer(Protocol):
    """A response as :func:`refresh_target` reads it: a fetch's :class:`~archiver.capture.fetch.Hop`, or an
    imported response record (:mod:`archiver.export.import_chains`), so both follow one rule."""

    @property
    def url(self) -> str: ...

    @property
    def status(self) -> int: ...

    @property
    def headers(self) -> tuple[tuple[str, str], ...]: ...

    def final_response(self) -> bytes: ...


if TYPE_CHECKING:
    from archiver.capture.final_body import FinalBody

#: The statuses browsers follow a ``Location`` of (Fetch's "redirect status").
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

#: Schemes the WHATWG URL standard calls special: their URLs always have a host, and ``\\``
#: is a path separator in them. (``file`` is special too, with rules of its own; a redirect
#: to it is refused by the fetcher whatever its form, so it is left as written.)
_SPECIAL = ("http", "https", "ws", "wss", "ftp")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_SLASHES = "/\\"


def is_redirect(status: int, locations: Iterable[str]) -> bool:
    """Whether a response of ``status`` with these ``Location`` values is a redirect to follow
    (a redirect status and a non-empty Location)."""
    return status in REDIRECT_STATUSES and any(strip_ows(v) for v in locations)


def location_text(value: str) -> str:
    """A Location header's value as browsers read its bytes: UTF-8 as UTF-8, any other
    non-ASCII byte percent-escaped as it is (``/caf\\xe9`` -> ``/caf%E9``).

    A head's fields are decoded as latin-1 (:func:`archiver.capture.warc.parse_http_head`, as
    http.client does), so each character here above U+007F is one byte received. Chromium
    (``HttpResponseHeaders::IsRedirect``, ``base::EscapeNonASCII``) and Firefox (``NS_EscapeURL``,
    ``esc_OnlyNonASCII``) escape every such byte before their URL parser reads the value: valid
    UTF-8 ends up as its UTF-8 escapes, which is what ``requests`` sends for the character (and a
    host in UTF-8 reaches IDNA, as the browsers' host parser percent-decodes it), and a byte that
    is not UTF-8 as its own escape. Read as latin-1 and sent as UTF-8 (before 2026-12-02), the
    capture followed ``/caf\\xe9`` to ``/caf%C3%A9``, another URL than a browser asks for
    (``tests/test_redirect_location_bytes.py``). A value that is not latin-1 is returned as it is.
    """
    if value.isascii():
        return value
    try:
        text = value.encode("latin-1").decode("utf-8", "surrogateescape")
    except UnicodeError:
        return value
    # surrogateescape gives each byte that is not UTF-8 as U+DC80..U+DCFF: its escape instead
    return "".join(f"%{ord(ch) - 0xDC00:02X}" if 0xDC80 <= ord(ch) <= 0xDCFF else ch for ch in text)


def redirect_target(status: int, headers: Iterable[tuple[str, str]], base: str) -> str | None:
    """Where a browser goes from a response to ``base`` of ``status`` with these header fields:
    None when it is no redirect, or when it names two different Locations (Chromium refuses)."""
    locations = differing_locations(headers)
    if not is_redirect(status, locations) or len(locations) > 1:
        return None
    return resolve_location(base, location_text(locations[0]))


def refresh_target(hop: Answer, *, allow_credentials: bool = False, reading: FinalBody | None = None) -> str | None:
    """Where a browser takes its reader at once from a response that is no redirect: the URL of a refresh of no
    delay (the ``Refresh`` field, or the ``<meta http-equiv="refresh">`` of a body read as HTML, resolved against
    the page's ``<base>``), when it is one we fetch; None otherwise.

    Chromium leaves such a page before a reader reads it (:mod:`archiver.core.refresh`), so every reader of a
    capture that ends there reads it as ``not_shown``: until session 52 the capture ended there, and a researcher
    who archived a link that forwards by a refresh (a shortener's, a moved page's) had no text to quote. Now it
    is followed as a redirect is, hop by hop (by the plain capture's
    :meth:`~archiver.capture.fetch.Fetcher.fetch`; a browser capture's chain, :meth:`BrowserSession.page_hops`, goes on
    through the hops Chromium's own following recorded), under the same limits and private-network policy; the page that
    forwarded is kept as a hop of the chain. A target we do not fetch (``javascript:``, ``data:``, another
    scheme; Chromium does not go to the first two either) or one the chain has already been to (a page that
    reloads itself) ends the chain there: the capture records that page, not shown.

    ``reading``: the hop's response already read whole (:func:`archiver.capture.final_body.read_final`, which the
    plain capture makes once for this check and its commit); its body's first bytes are read from it.
    """
    from archiver.capture.content_coding import decode_body
    from archiver.capture.fetch import validate_url
    from archiver.capture.final_body import reading_for
    from archiver.capture.warc import http_payload
    from archiver.core.mime import DOWNLOADED, REFUSED, effective_content_type
    from archiver.core.no_body import status_has_no_body
    from archiver.core.readable import DECIDING_BYTES, is_html
    from archiver.core.refresh import document_refresh, header_refresh_url
    from archiver.errors import ArchiverError, InvalidURLError

    if hop.status < 200 or status_has_no_body(hop.status):
        return None  # no document to leave
    reading = reading_for(hop, reading)
    if reading is not None and not isinstance(reading.decoded, ArchiverError):
        body = reading.decoded.body[:DECIDING_BYTES]
    else:  # (a body may decode well for its first bytes, and go past the limit only after them)
        try:
            headers, payload = http_payload(hop.final_response())
            body = decode_body(headers, payload, prefix=DECIDING_BYTES).body[:DECIDING_BYTES]
        except ArchiverError:  # a coding past the limits: no document read, none left
            return None
    header = header_refresh_url(hop.headers)
    found = document_refresh(body) if header is None else None  # (its scan is skipped on a page with no "refresh")
    if header is None and found is None:
        return None  # nearly every page: no type read, no HTML sniffed on a capture's hot path
    # the type the response is read as, its refresh aside: one Chromium downloads or refuses is no document it leaves
    read_as = effective_content_type([f for f in hop.headers if f[0].strip(" \t").lower() != "refresh"], body)
    if read_as in (DOWNLOADED, REFUSED):
        return None
    if header is not None:
        target = resolve_location(hop.url, header)
    elif found is not None and is_html(read_as, body):
        url, base = found
        target = resolve_location(resolve_location(hop.url, base) if base else hop.url, url)
    else:
        return None
    try:
        return validate_url(target, allow_credentials=allow_credentials)
    except InvalidURLError:
        return None


def resolve_location(base: str, location: str) -> str:
    """The URL a browser goes to for ``Location: location`` in the response to ``base``.

    As the WHATWG URL parser does for an http(s) base: leading and trailing C0 controls and
    spaces are dropped and tabs and line breaks removed anywhere; two or more slashes or
    backslashes (after the base's own scheme, or none) start a host, as does any run of them after
    another special scheme (``https:x.example/p``); ``\\`` is ``/`` in the path; whitespace and
    control characters left in the path, query or fragment are percent-encoded (UTF-8).
    Everything else (dot segments, a query or fragment alone, non-ASCII, which ``requests``
    encodes when it sends) is ``urljoin``'s, which agrees there. A URL of a scheme that is not
    special is returned as it is: the fetcher refuses it.
    """
    text = location.strip("".join(map(chr, range(0x21))))
    text = re.sub("[\t\n\r]", "", text)
    try:
        return _resolved(base, text)
    except ValueError:  # a host urljoin cannot read ("http://[::1"): the fetcher refuses it as it is
        return text


def _resolved(base: str, text: str) -> str:
    """:func:`resolve_location` of ``text``, its whitespace already dropped (ValueError: a host
    ``urljoin`` cannot read)."""
    base_scheme = urlsplit(base).scheme.lower()
    rest = text
    found = _SCHEME.match(text)
    if found:
        scheme = found.group()[:-1].lower()
        if scheme not in _SPECIAL:
            return text
        rest = text[found.end():]
        if scheme != base_scheme:
            return _with_host(scheme, rest.lstrip(_SLASHES))
    if len(rest) >= 2 and rest[0] in _SLASHES and rest[1] in _SLASHES:
        return _with_host(base_scheme, rest.lstrip(_SLASHES))
    return urljoin(base, _path_etc(rest))


def _with_host(scheme: str, rest: str) -> str:
    """``scheme://`` + ``rest``, whose host runs to the first ``/``, ``\\``, ``?`` or ``#``."""
    end = next((i for i, ch in enumerate(rest) if ch in "/\\?#"), len(rest))
    return urljoin(f"{scheme}://{rest[:end]}/", _path_etc(rest[end:]) or f"{scheme}://{rest[:end]}")


def _path_etc(text: str) -> str:
    """A relative reference with ``\\`` read as ``/`` in its path and whitespace and controls
    percent-encoded throughout (the WHATWG parser's path, query and fragment states)."""
    cut = next((i for i, ch in enumerate(text) if ch in "?#"), len(text))
    text = text[:cut].replace("\\", "/") + text[cut:]
    return "".join(_encoded(ch) if ch.isspace() or ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F else ch
                   for ch in text)


def _encoded(ch: str) -> str:
    return "".join(f"%{b:02X}" for b in ch.encode("utf-8"))


__all__ = ["REDIRECT_STATUSES", "Answer", "is_redirect", "location_text",
           "redirect_target", "refresh_target", "resolve_location"]
