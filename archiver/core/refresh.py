"""Whether a response sends its reader to another page at once: a refresh of no delay with a URL (the ``Refresh``
header, or ``<meta http-equiv="refresh">`` in the document), which Chromium follows before a reader reads the page.

Chromium 156 (measured from 127.0.0.1 in session 51, ``bench/head_cases_chromium.py``) leaves a page with
``Refresh: 0; url=/other`` or ``<meta http-equiv=refresh content="0;url=/other">`` (in the head or the body, the URL
quoted or not, "0.5" read as 0) for the other one at once, so no reader is shown its text; with a delay of a second
or more, or no URL (the page reloads itself), the page is shown. A ``<meta>`` inside ``<noscript>`` counts for
nothing where scripts run, as in a reader's browser. The plain capture archived such a page and vouched for its
words; now every reader of the bytes reads it as ``not_shown`` (:func:`archiver.core.readable.no_text_state` for the
document, :func:`archiver.core.mime.effective_content_type` for the header).

The delay and URL are parsed as the HTML standard's "shared declarative refresh steps" read them: white space, the
delay's digits (none: no refresh), the rest of a number, white space, a ``;`` or ``,``, white space, an optional
``url=`` and the URL, quoted or not. A URL naming the page itself is not told apart (safe side: not shown).
"""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Iterable

from archiver.core.tag_scan import TEXT_CONTENT, TagScanner

_STEPS = re.compile(r"^[\t\n\x0c\r ]*(\d+)[\d.]*[\t\n\x0c\r ]*[;,]?[\t\n\x0c\r ]*"
                    r"(?:url[\t\n\x0c\r ]*=[\t\n\x0c\r ]*)?(?P<url>.*)$", re.IGNORECASE | re.DOTALL)
#: With scripting on (a reader's browser), ``noscript``'s content is text and ``template``'s inert: no refresh there.
_SKIPPED = TEXT_CONTENT | {"noscript", "template"}
_TAGS = frozenset(["meta", "base"])


def refresh_url(value: str) -> str | None:
    """The URL a refresh's ``value`` ("0; url=/next") sends the reader to with no delay, as written (quotes
    removed, not resolved); None for a delay, no URL, or a value that is no refresh."""
    m = _STEPS.match(value)
    if m is None or int(m.group(1)) != 0:
        return None
    url = m.group("url").strip("\t\n\x0c\r ")
    if url[:1] in ("'", '"'):
        url = url[1:].split(url[0], 1)[0]
    return url if url.strip() else None


def refreshes_away(value: str) -> bool:
    """Whether a refresh's ``value`` ("0; url=/next") sends the reader to a URL with no delay."""
    return refresh_url(value) is not None


def header_refresh_url(headers: Iterable[tuple[str, str]]) -> str | None:
    """The URL the head's ``Refresh`` field (the first one) sends the reader to at once, as written."""
    value = next((v for k, v in headers if k.strip(" \t").lower() == "refresh"), None)
    return None if value is None else refresh_url(value)


def header_refreshes_away(headers: list[tuple[str, str]]) -> bool:
    """Whether the head's ``Refresh`` field (the first one) sends the reader away at once."""
    return header_refresh_url(headers) is not None


def document_refresh(body: bytes) -> tuple[str, str | None] | None:
    """The URL an HTML document's ``<meta http-equiv="refresh">`` (the first one that parses) sends the reader to at
    once (its character references decoded, not resolved) and the ``href`` of the first ``<base>`` before it (what the
    URL is resolved against), read from ``body`` (its first bytes; the caller decides how many); None when it does
    not send the reader away.

    The document is read as Latin-1 here (a byte a character): a URL with bytes past ASCII is read as UTF-8 where they
    are that, as nearly every page sends them (a page in another encoding gets its URL's Latin-1 reading)."""
    if b"efresh" not in body and b"EFRESH" not in body:
        return None
    base: str | None = None
    for name, attributes in TagScanner(body.decode("latin-1"), whole=True, text_content=_SKIPPED).start_tags(_TAGS):
        values = dict(attributes[::-1])  # (the first of a repeated attribute counts, as the tokenizer keeps it)
        if name == "base":
            if base is None and "href" in values:
                base = _text(values["href"])
            continue
        content = _text(values.get("content", ""))
        if (_text(values.get("http-equiv", "")).strip("\t\n\x0c\r ").lower() == "refresh" and "content" in values
                and _STEPS.match(content)):
            url = refresh_url(content)
            return None if url is None else (url, base)
    return None


def document_refreshes_away(body: bytes) -> bool:
    """Whether an HTML document's ``<meta http-equiv="refresh">`` (the first one that parses) sends the reader away
    at once, read from ``body`` (its first bytes; the caller decides how many)."""
    return document_refresh(body) is not None


def _text(value: str) -> str:
    """An attribute value read as Latin-1, as the tokenizer gives it: character references decoded, and bytes past
    ASCII read as UTF-8 where they are that."""
    if not value.isascii():
        with contextlib.suppress(UnicodeError):
            value = value.encode("latin-1").decode("utf-8")
    return html.unescape(value)
