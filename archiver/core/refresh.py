"""Whether a response sends its reader to another page at once: a refresh of no delay with a URL (the ``Refresh``
header, or ``<meta http-equiv="refresh">`` in the document), which Chromium follows before a reader reads the page.

Chromium 156 (measured from 127.0.0.1 in session 51, ``bench/head_cases_chromium.py``) leaves a page with
``Refresh: 0; url=/other`` or ``<meta http-equiv=refresh content="0;url=/other">`` (in the head or the body, the URL
quoted or not, "0.5" and ".5" read as less than a second) for the other one at once, so no reader is shown its text;
with a delay of a second or more, or no URL (the page reloads itself), the page is shown. A ``<meta>`` inside
``<noscript>`` counts for nothing where scripts run, as in a reader's browser. The plain capture archived such a
page and vouched for its words; now every reader of the bytes reads it as ``not_shown``
(:func:`archiver.core.readable.no_text_state` for the document, :func:`archiver.core.mime.effective_content_type`
for the header).

A value is read as Blink reads it (:mod:`archiver.core.refresh_value`); every ``Refresh`` field counts, joined
with ", " as Blink joins a repeated field, and of several refreshes in a document the one Blink's scheduler keeps
decides. A URL naming the page itself is not told apart (safe side: not shown).
"""

from __future__ import annotations

from collections.abc import Iterator

from archiver.core.http_fields import field_values
from archiver.core.refresh_value import Refresh, kept_refresh, parse_refresh
from archiver.core.tag_scan import TEXT_CONTENT, TagScanner

_WS = "\t\n\x0c\r "
#: With scripting on (a reader's browser), ``noscript``'s content is text and ``template``'s inert: no refresh there.
_SKIPPED = TEXT_CONTENT | {"noscript", "template"}


def refreshes_away(value: str) -> bool:
    """Whether a refresh's ``value`` ("0; url=/next") sends the reader to a URL with no delay."""
    refresh = parse_refresh(value)
    return refresh is not None and refresh.away_at_once


def header_refreshes_away(headers: list[tuple[str, str]]) -> bool:
    """Whether the head's ``Refresh`` fields (joined with ", ", as Blink reads a repeated field) send the reader
    away at once."""
    values = field_values(headers, "refresh")
    return bool(values) and refreshes_away(", ".join(values))


def document_refreshes_away(body: bytes) -> bool:
    """Whether an HTML document's ``<meta http-equiv="refresh">`` tags send the reader away at once, read from
    ``body`` (its first bytes; the caller decides how many): of the refreshes that parse, Blink's scheduler keeps
    one until another of no greater delay replaces it."""
    if b"efresh" not in body and b"EFRESH" not in body:
        return False
    kept = kept_refresh(_meta_refreshes(body))
    return kept is not None and kept.away_at_once


def _meta_refreshes(body: bytes) -> Iterator[Refresh | None]:
    """Each ``<meta http-equiv="refresh" content=...>`` of the document read (None: one Blink schedules nothing for)."""
    for attributes in TagScanner(body.decode("latin-1"), whole=True, text_content=_SKIPPED).metas():
        values = dict(attributes[::-1])  # (the first of a repeated attribute counts, as the tokenizer keeps it)
        if values.get("http-equiv", "").strip(_WS).lower() == "refresh" and "content" in values:
            yield parse_refresh(values["content"])
