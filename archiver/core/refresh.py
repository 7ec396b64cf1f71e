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

A value is read as Blink's ``ParseHTTPRefresh`` reads it, not by a looser pattern: a looser one both vouched for
pages Chromium leaves (".5; url=/x" read as no delay at all; a quoted URL cut at its first closing quote, where Blink
reads to the last) and refused pages Chromium shows ("0x; url=/x", whose delay Blink rejects). Every ``Refresh``
field counts, joined with ", " as Blink joins a repeated field, and of several refreshes in a document the one
Blink's scheduler keeps (the least delay, a later one winning a tie) decides. A URL naming the page itself is not
told apart (safe side: not shown).
"""

from __future__ import annotations

from dataclasses import dataclass

from archiver.core.http_fields import field_values
from archiver.core.tag_scan import TEXT_CONTENT, TagScanner

_WS = "\t\n\x0c\r "
#: With scripting on (a reader's browser), ``noscript``'s content is text and ``template``'s inert: no refresh there.
_SKIPPED = TEXT_CONTENT | {"noscript", "template"}


@dataclass(frozen=True)
class Refresh:
    """A refresh a page asks for: its delay in seconds and the URL it goes to ("" reloads the page itself)."""

    delay: float
    url: str

    @property
    def away_at_once(self) -> bool:
        """Whether the reader is taken to a URL before reading: less than a second, with a URL."""
        return self.delay < 1 and bool(self.url)


def parse_refresh(value: str) -> Refresh | None:
    """A ``Refresh`` value ("0; url=/next") read as Blink reads it; None when Blink schedules nothing for it.

    The delay is the run up to the first ``,``, ``;`` or white space; it must hold only digits and full stops (Blink
    reads its number up to a second full stop). Then white space, one ``,`` or ``;``, white space, an optional
    ``url`` and ``=``, and the URL; a quoted URL ends at the last same quote mark (none after it: the rest).
    """
    rest = value.lstrip(_WS)
    if not rest:
        return None
    end = next((i for i, c in enumerate(rest) if c in ",;" or c in _WS), len(rest))
    delay = _delay(rest[:end].strip(_WS + "\x0b"))  # (Blink strips the token of every ASCII space)
    if delay is None:
        return None
    rest = rest[end:].lstrip(_WS)
    if rest[:1] in (",", ";"):
        rest = rest[1:].lstrip(_WS)
    if rest[:3].lower() == "url":
        after = rest[3:].lstrip(_WS)
        if after[:1] == "=":
            rest = after[1:].lstrip(_WS)
    if rest[:1] in ("'", '"'):
        inside = rest[1:]
        close = inside.rfind(rest[0])
        rest = inside[:close] if close > 0 else inside
    return Refresh(delay, rest.strip(_WS))


def _delay(token: str) -> float | None:
    """Blink's ``ParseRefreshTime``: digits and full stops only, the number read up to a second full stop."""
    if not token or any(c not in "0123456789." for c in token):
        return None
    try:
        return float(".".join(token.split(".")[:2]))
    except ValueError:  # "." alone: no number
        return None


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
    kept: Refresh | None = None
    for attributes in TagScanner(body.decode("latin-1"), whole=True, text_content=_SKIPPED).metas():
        values = dict(attributes[::-1])  # (the first of a repeated attribute counts, as the tokenizer keeps it)
        if values.get("http-equiv", "").strip(_WS).lower() != "refresh" or "content" not in values:
            continue
        refresh = parse_refresh(values["content"])
        if refresh is not None and (kept is None or refresh.delay <= kept.delay):
            kept = refresh
    return kept is not None and kept.away_at_once
