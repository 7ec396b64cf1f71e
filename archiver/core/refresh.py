"""Whether a response sends its reader to another page at once, and where: a refresh of no delay with a URL (the
``Refresh`` header, or ``<meta http-equiv="refresh">`` in the document), which Chromium follows before a reader reads
the page.

Chromium 156 (measured from 127.0.0.1 in session 51, ``bench/head_cases_chromium.py``) leaves a page with
``Refresh: 0; url=/other`` or ``<meta http-equiv=refresh content="0;url=/other">`` (in the head or the body, the URL
quoted or not, "0.5" and ".5" read as less than a second) for the other one at once, so no reader is shown its text;
with a delay of a second or more the page is shown; with none and no URL it reloads itself again and again (no text
read: not shown either, since session 52). A ``<meta>`` inside
``<noscript>`` counts for nothing where scripts run, as in a reader's browser. Every reader of archived bytes reads
such a page as ``not_shown`` (:func:`archiver.core.readable.no_text_state` for the document,
:func:`archiver.core.mime.effective_content_type` for the header), and since session 52 a capture follows the
refresh as it follows a redirect (:func:`archiver.capture.redirects.refresh_target`, which asks :func:`header_refresh_url`
and :func:`document_refresh` here).

A value is read as Blink reads it (:mod:`archiver.core.refresh_value`, rvmod69); every ``Refresh`` field counts, joined
with ", " as Blink joins a repeated field, and of several refreshes in a document the one Blink's scheduler keeps
decides. A ``<meta>``'s attributes are read with their character references decoded, as the tokenizer gives them
("&#48;; url=/x" is a refresh of no delay). A URL naming the page itself is not told apart (safe side: not shown).
"""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Iterable, Iterator

from archiver.core.http_fields import field_values
from archiver.core.refresh_value import Refresh, kept_refresh, parse_refresh
from archiver.core.tag_scan import TEXT_CONTENT, TagScanner

_WS = "\t\n\x0c\r "
#: With scripting on (a reader's browser), ``noscript``'s content is text and ``template``'s inert: no refresh there.
_SKIPPED = TEXT_CONTENT | {"noscript", "template"}
_TAGS = frozenset(["meta", "base"])


def refresh_url(value: str) -> str | None:
    """The URL a refresh's ``value`` ("0; url=/next") sends the reader to with no delay, as written (quotes removed,
    not resolved); None for a delay, no URL, or a value Blink schedules nothing for."""
    refresh = parse_refresh(value)
    return refresh.url if refresh is not None and refresh.away_at_once else None


def refreshes_away(value: str) -> bool:
    """Whether a refresh's ``value`` ("0; url=/next") sends the reader to a URL with no delay."""
    return refresh_url(value) is not None


def header_refresh_url(headers: Iterable[tuple[str, str]]) -> str | None:
    """The URL the head's ``Refresh`` fields (joined with ", ", as Blink reads a repeated field) send the reader to at
    once, as written."""
    values = field_values(headers, "refresh")
    return refresh_url(", ".join(values)) if values else None


def header_refreshes_away(headers: list[tuple[str, str]]) -> bool:
    """Whether the head's ``Refresh`` fields leave the page at once: to a URL, or to the page itself again (a reload
    of no delay, which Chromium repeats without end: no reader is shown the page; session 52, it was a page)."""
    values = field_values(headers, "refresh")
    refresh = parse_refresh(", ".join(values)) if values else None
    return refresh is not None and refresh.at_once


def document_refresh(body: bytes) -> tuple[str, str | None] | None:
    """:func:`_kept_refresh` when it sends the reader to a URL at once: that URL and the ``<base>`` before it."""
    kept = _kept_refresh(body)
    if kept is None or not kept[0].away_at_once:
        return None
    return kept[0].url, kept[1]


def _kept_refresh(body: bytes) -> tuple[Refresh, str | None] | None:
    """The refresh an HTML document's ``<meta http-equiv="refresh">`` tags leave standing (its URL's character
    references decoded, not resolved) and the ``href`` of the first ``<base>`` before that tag (what the URL is
    resolved against), read from ``body`` (its first bytes; the caller decides how many); None when it asks for none.
    Of the refreshes that parse, Blink's scheduler keeps one until another of no greater delay replaces it
    (:func:`archiver.core.refresh_value.kept_refresh`).

    The document is read as Latin-1 here (a byte a character): a URL with bytes past ASCII is read as UTF-8 where they
    are that, as nearly every page sends them (a page in another encoding gets its URL's Latin-1 reading)."""
    global _last_read
    last = _last_read
    if last[0] == body:  # (the same document's beginning, asked again: see _last_read)
        return last[1]
    kept = kept_refresh(_meta_refreshes(body)) if _MAY_REFRESH.search(body) else None
    if len(body) <= _REMEMBERED_BYTES:
        _last_read = (body, kept)
    return kept


#: What a document asking for a refresh holds: the word in any case ("REFresh": HTML's attribute values are compared
#: ASCII case-insensitively), or an ``http-equiv`` value with a character reference, which may spell it
#: ("re&#102;resh"); found in C. Before (perf71 noticed, lead53 fixed), the guard asked for "efresh" or "EFRESH" only,
#: and such a page, which Chromium leaves at once, was read as the page shown.
_MAY_REFRESH = re.compile(rb"(?i)efresh|http-equiv[\t\n\f\r ]*=[\t\n\f\r ]*[\"']?[^\"'>]*&")
#: The last beginning :func:`_kept_refresh` read, and its answer. Why: a capture asks about the same decoded body
#: three times (the fetch, whether to follow a refresh; the commit and the extraction, whether the page is shown:
#: :func:`archiver.core.readable.is_extractable`), and each reading searched the whole beginning twice for its
#: guard's words, ~50 us on the batch bench's 20 KB page (task perf71); comparing the bytes with the last ones costs
#: a fraction of that (a body of at most 64 KiB is passed on as the same object). The answer depends on the bytes
#: alone, and one body of at most :data:`archiver.core.readable.DECIDING_BYTES` is held.
_last_read: tuple[bytes, tuple[Refresh, str | None] | None] = (b"", None)
#: The longest beginning remembered (what every caller reads: DECIDING_BYTES, which readable.py, importing this
#: module, defines).
_REMEMBERED_BYTES = 65536


def _meta_refreshes(body: bytes) -> Iterator[tuple[Refresh | None, str | None]]:
    """Each ``<meta http-equiv="refresh" content=...>`` of the document read (None: one Blink schedules nothing for),
    with the ``href`` of the first ``<base>`` before it."""
    base: str | None = None
    for name, attributes in TagScanner(body.decode("latin-1"), whole=True, text_content=_SKIPPED).start_tags(_TAGS):
        values = dict(attributes[::-1])  # (the first of a repeated attribute counts, as the tokenizer keeps it)
        if name == "base":
            if base is None and "href" in values:
                base = _text(values["href"])
        elif _text(values.get("http-equiv", "")).strip(_WS).lower() == "refresh" and "content" in values:
            yield parse_refresh(_text(values["content"])), base


def document_refreshes_away(body: bytes) -> bool:
    """Whether an HTML document's ``<meta http-equiv="refresh">`` tags leave the page at once, read from ``body`` (its
    first bytes; the caller decides how many): to a URL, or to the page itself again (a reload of no delay, repeated
    without end by Chromium: no reader is shown the page; session 52, it was a page)."""
    kept = _kept_refresh(body)
    return kept is not None and kept[0].at_once


def _text(value: str) -> str:
    """An attribute value read as Latin-1, as the tokenizer gives it: character references decoded, and bytes past
    ASCII read as UTF-8 where they are that."""
    if not value.isascii():
        with contextlib.suppress(UnicodeError):
            value = value.encode("latin-1").decode("utf-8")
    return html.unescape(value)
