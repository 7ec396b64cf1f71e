"""Which ``Content-Type`` a response has, read the way browsers read it.

A head may carry several ``Content-Type`` fields, or one field listing several types. The
capture used to take the first field as it stood, while Chromium takes the last valid type: a
page sent with ``text/html; charset=iso-8859-1`` then ``text/html; charset=utf-8`` was decoded
as latin-1 here (mojibake, and quotes that did not verify) and shown as UTF-8 by the browser.
:func:`effective_content_type` follows the Fetch standard's "extract a MIME type"
(https://fetch.spec.whatwg.org/#concept-header-extract-mime-type), with the MIME Sniffing
standard's parser (https://mimesniff.spec.whatwg.org/#parse-a-mime-type), which is what Chromium
does; the capture, ``reindex``, an import and a bundle's re-extraction all call it, so they agree.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import NamedTuple

from archiver.core.http_fields import field_values, strip_ows
from archiver.core.refresh import header_refreshes_away

_HTTP_WHITESPACE = " \t\r\n"
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


class _Parsed(NamedTuple):
    essence: str  # "type/subtype", lower case
    charset: str | None  # the charset parameter as written, if any


def split_header_values(values: Iterable[str]) -> list[str]:
    """Fetch's "get, decode, and split": the fields joined, split at commas outside quotes.

    Each part is stripped of spaces and tabs; ``text/html; x="a,b"`` stays one part.
    """
    parts: list[str] = []
    for value in values:
        current: list[str] = []
        quoted = False
        i = 0
        while i < len(value):
            ch = value[i]
            if quoted and ch == "\\" and i + 1 < len(value):
                current.append(value[i:i + 2])
                i += 2
                continue
            if ch == '"':
                quoted = not quoted
            elif ch == "," and not quoted:
                parts.append(strip_ows("".join(current)))
                current = []
                i += 1
                continue
            current.append(ch)
            i += 1
        parts.append(strip_ows("".join(current)))
    return parts


def _parse(value: str) -> _Parsed | None:
    """:func:`_parse_now`, remembered for the short values a page is sent with: a capture parses its
    ``Content-Type`` some 13 times (the fetch's checks, the type read, the extraction's; ~5 us each,
    ~0.06 ms of a batch capture: task perf71), and the answer depends on the string alone (an
    immutable tuple). A long value is parsed each time, so that no hostile head is kept in memory."""
    return _parse_short(value) if len(value) <= _REMEMBERED_CHARS else _parse_now(value)


#: The longest value :func:`_parse` remembers (``text/html; charset=utf-8`` is 24 characters).
_REMEMBERED_CHARS = 200


@functools.lru_cache(maxsize=64)
def _parse_short(value: str) -> _Parsed | None:
    return _parse_now(value)


def _parse_now(value: str) -> _Parsed | None:
    """MIME Sniffing's "parse a MIME type", keeping only what the choice needs: the essence and
    the charset parameter (the first one given, as the standard keeps the first of each name).

    The type ends where Chromium ends it (``HttpUtil::ParseContentType``): at the first space, tab,
    ``;`` or ``(`` after it, and the parameters start at the first ``;`` from there. The standard
    fails ``text/html foo`` (a space inside the subtype); Chromium reads it as ``text/html`` and
    shows the page, its charset parameter after ``foo;`` honoured (measured on Debian's Chromium 156,
    review rvcap60: ``text/html foo``, ``text/html\tfoo``, ``text/html (x)``, ``text/html(x)`` and a
    ``Content-Type: text/html`` whose folded next line says ``foo`` each shown as HTML; ``text/plain
    foo`` as text). Read as no type until then, such a page was captured with no text at all. A type
    holding other white space (``text/html\x0bfoo``, a no-break space) still does not parse."""
    text = value.strip(_HTTP_WHITESPACE)
    end = next((i for i, ch in enumerate(text) if ch in " \t;("), len(text))
    kind, slash, subtype = text[:end].partition("/")
    if not slash or not _TOKEN.fullmatch(kind) or not _TOKEN.fullmatch(subtype):
        return None
    semi = text.find(";", end)
    return _Parsed(f"{kind}/{subtype}".lower(), _charset(text[semi + 1:] if semi >= 0 else ""))


def _charset(params: str) -> str | None:
    i, n = 0, len(params)
    while i < n:
        while i < n and params[i] in _HTTP_WHITESPACE:
            i += 1
        j = i
        while j < n and params[j] not in ";=":
            j += 1
        name = params[i:j].lower()
        if j >= n or params[j] == ";":
            i = j + 1
            continue
        j += 1  # past "="
        if j < n and params[j] == '"':
            out: list[str] = []
            j += 1
            while j < n and params[j] != '"':
                if params[j] == "\\" and j + 1 < n:
                    j += 1
                out.append(params[j])
                j += 1
            value = "".join(out)
            end = params.find(";", j)
            i = n if end < 0 else end + 1
        else:
            end = params.find(";", j)
            end = n if end < 0 else end
            value = params[j:end].rstrip(_HTTP_WHITESPACE)
            i = end + 1
            if not value:
                continue
        if name == "charset":
            return value
    return None


#: Types a browser sniffs HTML in (MIME Sniffing, "rules for identifying an unknown MIME type");
#: no type at all is sniffed too. Every other declared type is followed (text/plain is shown as text).
SNIFFED_TYPES = ("unknown/unknown", "application/unknown", "*/*")
#: :func:`essence` of a Content-Type value that does not parse: matches no type anything reads.
UNPARSED = "unparsed/unparsed"
#: What a response Chromium refuses with an error page is read as (:func:`effective_content_type`): no type
#: a browser shows, as a Content-Type that does not parse is none (``not_shown``): the same value, so every
#: reader that refuses :data:`UNPARSED` refuses it.
REFUSED = UNPARSED


def effective_content_type(headers: Iterable[tuple[str, str]], body: bytes | None = None) -> str | None:
    """The type a browser reads the body as (MIME Sniffing's computed type, as far as extraction
    needs it), from a head's ``(name, value)`` fields and the decoded ``body``: what extraction is
    given, never what a capture says was sent (that is :func:`declared_content_type`).

    The one the head declares, except:

    - where the head's ``Content-Disposition`` values differ (:func:`differing_dispositions`): Chromium
      shows its error page in place of the response, whatever its type, so it is :data:`REFUSED`, a type
      no browser shows (page state ``not_shown``, not ``download``: nothing is downloaded either). The
      captures refuse such a response since sec63 (``ambiguous_disposition``); until sec66 one an
      imported WARC or an older capture held was read as inline and its words verified ``exact``.
      So are a head's differing ``Content-Length`` values when it is not chunked (:func:`differing_content_lengths`:
      refused by the captures as ``bad_framing``; until rvimp70 an imported WARC's such page verified ``exact``).
      So are a head's differing ``Location`` values, at any status (:func:`differing_locations`: refused
      by the captures since session 51, ``ambiguous_location``; before, a 200's words verified ``exact``).
      So is a head whose ``Refresh`` sends the reader to another page at once (``0; url=...``,
      :mod:`archiver.core.refresh`): Chromium leaves it before it is read (session 51).
    - where the server forbids sniffing (``X-Content-Type-Options: nosniff``) and declares ``unknown/unknown``
      or ``application/unknown``: Chromium downloads it (:data:`_NOSNIFF_DOWNLOADED`, rvsec69).
    - where the server forbids sniffing (``X-Content-Type-Options: nosniff``) and declares no type a
      browser follows (none, one that does not parse, or ``*/*``): a browser
      then finds no scriptable type (no HTML, no PDF; the standard's unknown-type rules without
      their scriptable table), so the body is ``text/plain``, or ``application/octet-stream`` (a
      download) when it holds binary bytes (:func:`is_binary`). Until rvsec55 that ``text/plain``
      was also recorded and shown as the capture's ``content_type``, a header no server sent.
    - where ``Content-Disposition`` names a disposition type other than ``inline`` (:func:`_attachment`):
      Chromium downloads the response whatever its type (``download_utils::MustDownload``), so it is
      ``application/octet-stream``; a declared PDF stays one (:data:`_OPENED_DOWNLOADS`). Until review
      rvsec61 such a page was extracted and its words verified ``exact``: ``archive --browser`` of it
      fails ("Download is starting"), no reader was shown them.
    - where the type chosen is ``text/plain``, with any parameters and in any case, and sniffing is
      allowed: a body holding binary bytes (:func:`is_binary`) is downloaded,
      ``application/octet-stream``. The standard checks only a value that is one of
      :data:`APACHE_DEFAULT_TYPES` byte for byte (its check-for-apache-bug flag); Chromium checks
      every ``text/plain`` body it may sniff (measured, Chromium 156, review rvsec58:
      ``text/plain; charset=utf-8``, ``TEXT/PLAIN``, a quoted charset, UTF-16 with no byte order
      mark: each downloaded), so a body either browser downloads is no text here (before rvsec58 the
      standard's four values alone: such bodies were quotable). Under ``nosniff`` both return the
      supplied type before that check (https://mimesniff.spec.whatwg.org/#mime-type-sniffing-algorithm,
      step 3 before step 4), so a ``text/plain`` body is shown as text whatever bytes it holds.

    Why here and not in extraction (until sec57 extraction checked the string it was given): the
    flag is a property of the header's bytes and ``nosniff`` of another header, neither of which a
    single type string carries: extraction was given ``text/plain`` both for a nosniff body sent as
    text/plain (shown as text) and for one sent with no type (checked), and a charset carried over
    from an earlier field (``text/plain; charset=utf-8`` then ``text/plain``) hid the flag the
    chosen field sets. ``body`` None: no binary check (the header's reading alone).
    """
    fields = list(headers)
    if (len(differing_dispositions(fields)) > 1 or len(differing_locations(fields)) > 1
            or len(differing_content_lengths(fields)) > 1 or header_refreshes_away(fields)):
        return REFUSED
    declared = declared_content_type(fields)
    if _attachment(fields) and _essence(declared or "") not in _OPENED_DOWNLOADS:
        return DOWNLOADED
    binary = body is not None and is_binary(body)
    if _nosniff(fields):
        if _essence(declared or "") in _NOSNIFF_DOWNLOADED:
            return DOWNLOADED
        if declared is None or _essence(declared) in (None, *SNIFFED_TYPES):
            return DOWNLOADED if binary else "text/plain"
        return declared
    if binary and _essence(declared or "") == "text/plain":
        return DOWNLOADED
    return declared


#: The types a browser sniffs (:data:`SNIFFED_TYPES`) that Chromium 156 downloads under ``nosniff`` whatever the body
#: holds (rvsec69, ``bench/head_cases_chromium.py``: an HTML body sent as ``unknown/unknown`` or ``application/unknown``
#: with ``X-Content-Type-Options: nosniff``, "Download is starting"; ``*/*``, none or one that does not parse: shown as
#: text). MIME Sniffing reads all of them as text/plain there; until rvsec69 so did we, and their words were exact.
_NOSNIFF_DOWNLOADED = ("unknown/unknown", "application/unknown")
#: What a browser downloads a body as when it has found it binary.
DOWNLOADED = "application/octet-stream"
#: The Content-Type values, byte for byte (case and spacing as written), that set MIME Sniffing's
#: check-for-apache-bug flag (https://mimesniff.spec.whatwg.org/#supplied-mime-type-detection-algorithm):
#: Apache sent them for every file it could not type, and the standard checks only a body sent with
#: one of these for binary bytes (Firefox's reading). Chromium checks every ``text/plain`` value, so
#: :func:`effective_content_type` does (these are among them); kept as the standard's table.
APACHE_DEFAULT_TYPES = frozenset({"text/plain", "text/plain; charset=ISO-8859-1", "text/plain; charset=iso-8859-1",
                                  "text/plain; charset=UTF-8"})
#: MIME Sniffing's binary data bytes (0x00-0x08, 0x0B, 0x0E-0x1A, 0x1C-0x1F; not 0x09, 0x0A, 0x0C,
#: 0x0D nor ESC, 0x1B).
_BINARY_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])
#: MIME Sniffing's resource header: the bytes the sniffing rules look at.
RESOURCE_HEADER_BYTES = 1445


def is_binary(body: bytes) -> bool:
    """MIME Sniffing's "rules for distinguishing if a resource is text or binary"
    (https://mimesniff.spec.whatwg.org/#rules-for-text-or-binary): no byte order mark (UTF-16BE,
    UTF-16LE, UTF-8) and a binary data byte in the resource header, its first 1445 bytes."""
    head = body[:RESOURCE_HEADER_BYTES]
    if head.startswith((b"\xfe\xff", b"\xff\xfe", b"\xef\xbb\xbf")):
        return False
    return len(head.translate(None, _BINARY_BYTES)) != len(head)


def essence(value: str | None) -> str:
    """``type/subtype`` of a Content-Type value, lower case, as MIME Sniffing parses it: ``""`` for
    none (no value, or only whitespace), :data:`UNPARSED` for one that does not parse, but for the
    values Chromium reads all the same (:func:`_unparsed_as_chromium_reads_it`).

    Extraction reads a type through this, never by trimming and splitting the string itself: it
    trimmed as Python trims (a no-break space, a vertical tab, 0x1C-0x1F), so ``text/plain`` and a
    no-break space, which Chromium takes as a type it cannot show ("no enabled plugin supports this
    MIME type"), was read as ``text/plain`` and quoted (review rvsec58)."""
    if value is None or not value.strip(_HTTP_WHITESPACE):
        return ""
    parsed = _parse(value)
    return parsed.essence if parsed is not None else _unparsed_as_chromium_reads_it(value)


def _unparsed_as_chromium_reads_it(value: str) -> str:
    """The type Chromium 156 reads a Content-Type by that MIME Sniffing's parser refuses (ext62,
    ``bench/markup_structure_chromium.py``, an HTML body from 127.0.0.1 under each value):

    - no "/" in the type (it ends at the first space, tab, ``;`` or ``(``): no type at all, so the
      body is sniffed (``""``): ``text /html``, ``text``, ``text /plain``, ``foo /bar`` were each shown
      as the HTML page. Read as :data:`UNPARSED` before, their pages were captured with no text.
    - a type of ASCII characters opening with ``text/`` whose subtype is no token: shown as text, the
      page's source as characters (``text/plain``): ``text/ html``, ``text/``, ``text/ plain``,
      ``text/html\x0bfoo``, ``text/html\x0b``, ``text/plain\x1c``, ``text/html\x0b; charset=utf-8``.
    - anything else is no type a browser shows (:data:`UNPARSED`): ``text/plain`` and a no-break
      space (a blank page), ``foo/ bar`` and ``/html`` (downloaded)."""
    text = value.strip(_HTTP_WHITESPACE)
    end = next((i for i, ch in enumerate(text) if ch in " \t;("), len(text))
    kind = text[:end]
    if not kind.isascii():
        return UNPARSED
    if "/" not in kind:
        return ""
    return "text/plain" if kind.lower().startswith("text/") else UNPARSED


def charset(value: str | None) -> str | None:
    """The charset parameter of a Content-Type value as MIME Sniffing's parser gives it (its first
    ``charset``, unquoted; None when the value does not parse or has none). Extraction reads a
    charset through this: its own pattern matched ``xcharset=``, ``charset =`` (a parameter named
    ``charset ``, no charset to a browser) and skipped a no-break space before the label (sec58)."""
    parsed = _parse(value) if value else None
    return parsed.charset if parsed is not None else None




def _essence(value: str) -> str | None:
    """``type/subtype`` of a MIME type value, lower case (None: it does not parse)."""
    parsed = _parse(value)
    return parsed.essence if parsed is not None else None


#: Declared types whose download is still the file a reader opens and reads (a PDF), as an octet-stream
#: body with the PDF signature is (:func:`archiver.core.readable.is_pdf`).
_OPENED_DOWNLOADS = ("application/pdf", "application/x-pdf")


def differing_dispositions(headers: Iterable[tuple[str, str]]) -> list[str]:
    """The different ``Content-Disposition`` values of a head, in order; more than one: Chromium refuses the
    response with an error page (``ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_DISPOSITION``, ``HttpStreamParser``: the
    fields split at commas outside quotes and trimmed, any two parts not the same string, case counting), so no
    text of it is shown. The plain capture and the browser capture's proxy refuse such a response by it
    (``ambiguous_disposition``, as two different ``Location`` values are ``ambiguous_redirect``: sec63, sec66), and
    every reader of an archived head decides by it through :func:`effective_content_type` (an imported WARC's or an
    older capture's such head is ``not_shown``)."""
    out: list[str] = []
    for value in split_header_values(field_values(headers, "content-disposition")):
        if value not in out:
            out.append(value)
    return out


def differing_locations(headers: Iterable[tuple[str, str]]) -> list[str]:
    """The different non-empty ``Location`` values of a head, in order (each field whole, trimmed of spaces and tabs:
    Chromium splits no ``Location`` at commas); more than one: Chromium refuses the response with an error page
    (``ERR_RESPONSE_HEADERS_MULTIPLE_LOCATION``, ``HttpStreamParser``) at any status, a 200 or a 404 as a redirect
    (measured, Chromium 156, session 51: until then only a redirect's were refused, and a 200's words verified
    ``exact``). The captures refuse such a response (``ambiguous_redirect`` for a redirect, ``ambiguous_location``
    otherwise), and every reader of an archived head decides by it through :func:`effective_content_type`."""
    out: list[str] = []
    for value in map(strip_ows, field_values(headers, "location")):
        if value and value not in out:
            out.append(value)
    return out


def differing_content_lengths(headers: Iterable[tuple[str, str]]) -> list[str]:
    """The different ``Content-Length`` values of a head that is not chunked, in order (each field split at commas and
    trimmed, empty parts kept: ``20,`` is two values); more than one: Chromium refuses the response with an error page
    (``ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH``, ``HttpStreamParser::DoParseResponseHeaders``, at any status,
    checked only when ``Transfer-Encoding`` is not ``chunked``). The plain capture refuses such a response
    (``bad_framing``, ``fetch._content_length``); another tool's WARC may hold one, and until rvimp70 its words were
    imported and verified ``exact``. Every reader of an archived head decides by it through
    :func:`effective_content_type`."""
    fields = list(headers)
    codings = split_header_values(v for k, v in fields if strip_ows(k).lower() == "transfer-encoding")
    if any(c.lower() == "chunked" for c in codings):
        return []
    out: list[str] = []
    for key, value in fields:
        if strip_ows(key).lower() == "content-length":
            for part in value.split(","):
                if strip_ows(part) not in out:
                    out.append(strip_ows(part))
    return out


def _attachment(headers: list[tuple[str, str]]) -> bool:
    """Whether Chromium downloads the response for its ``Content-Disposition`` (``net::HttpContentDisposition``,
    ``download_utils::MustDownload``): the fields' values split at commas outside quotes are one value
    (``attachment, attachment`` is ``attachment``), whose part before its first ``;``, trimmed of spaces
    and tabs, is the disposition type when it is a token; every type but ``inline`` (in any case) is an
    attachment. No token there (empty, ``filename=a.html``, ``"attachment"``, ``attach ment``): inline.
    Values that differ are no attachment either: Chromium shows its error page for them
    (:func:`differing_dispositions`, read first by :func:`effective_content_type`). Measured with Chromium 156
    (``tests/test_rvsec61_content_disposition.py``)."""
    parts = differing_dispositions(headers)
    if len(parts) != 1:
        return False
    kind = parts[0].split(";", 1)[0].strip(" \t")
    return _TOKEN.fullmatch(kind) is not None and kind.lower() != "inline"


def _nosniff(headers: list[tuple[str, str]]) -> bool:
    """Fetch's "determine nosniff": the first value of ``X-Content-Type-Options`` is ``nosniff``."""
    values = split_header_values(field_values(headers, "x-content-type-options"))
    return bool(values) and values[0].lower() == "nosniff"  # each part is already stripped of OWS alone


def declared_content_type(headers: Iterable[tuple[str, str]]) -> str | None:
    """The ``Content-Type`` the head declares, as a browser reads the header: what a capture
    records and shows as sent (``content_type``).

    The last type that parses (``*/*`` and malformed ones are passed over), as written; when it
    has no charset and the type before it of the same essence had one, that charset still holds
    (Fetch's rule), and is appended. A head with one well-formed ``Content-Type`` gets its
    value back unchanged. When no value parses, the last non-empty one is returned as written
    (so what the server said is still shown; extraction then sniffs as it did); None when the
    head has no ``Content-Type``.

    Fetch's "extract a MIME type" over every ``Content-Type`` field. (Until rvsec58 a helper of it also gave the
    chosen value alone, which the check-for-apache-bug flag compared byte for byte; the binary check now goes by the
    chosen type's essence, as Chromium's does.)
    """
    values = field_values(headers, "content-type")
    if not values:
        return None
    chosen: str | None = None
    essence: str | None = None
    charset: str | None = None
    carried = False
    parts = split_header_values(values)
    for part in parts:
        parsed = _parse(part)
        if parsed is None or parsed.essence == "*/*":
            continue
        chosen = part
        if parsed.essence != essence:
            charset, essence, carried = parsed.charset, parsed.essence, False
        elif parsed.charset is None and charset is not None:
            carried = True
        else:  # the standard keeps the charset of the first of a run of one essence
            carried = False
    if chosen is None:
        return next((p for p in reversed(parts) if p), None)
    if carried and charset is not None:
        shown = charset if _TOKEN.fullmatch(charset) else '"' + charset.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return chosen.rstrip("; \t") + "; charset=" + shown
    return chosen


def revisit_fields(stored: Iterable[tuple[str, str]], own: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The head a revisit's page was served with: ``stored`` (the head of the earlier record
    holding its bytes) with each field name ``own`` (the revisit's own HTTP head) carries replaced
    by ``own``'s fields of that name. Every reader of an imported revisit's type goes through it
    (import, ``show``, ``reindex``, re-extraction by ``reextract`` and ``log verify --deep``,
    ``verify-bundle``), so they agree.

    Why field by field: a revisit's HTTP head is its own response's (WARC 1.1, 6.7.2 and 6.7.3:
    the later response's head, which identical-payload-digest allows "abbreviated"; a 304's for
    server-not-modified), and a browser given it updates the stored response's fields with the ones
    it carries and keeps the others (RFC 9111, 3.2 and 4.3.4). So a field the revisit's head carries
    is the page's (its ``X-Content-Type-Options: nosniff`` too), and one it leaves out is the
    earlier response's. Before sec56 import took the revisit's head only when it declared a type
    (one with none but nosniff took both types from the earlier record), and the other readers
    never read it (``show`` gave the revisit's own type, none, beside the import's)."""
    own = list(own)
    names = {strip_ows(name).lower() for name, _ in own}
    return [(n, v) for n, v in stored if strip_ows(n).lower() not in names] + own


__all__ = ["APACHE_DEFAULT_TYPES", "DOWNLOADED", "RESOURCE_HEADER_BYTES", "UNPARSED", "charset", "declared_content_type",
           "effective_content_type", "essence", "is_binary", "revisit_fields", "split_header_values"]
