"""Whether a browser shows a body as a page, a PDF or a text: the one decision extraction and
every reader of a capture share.

Here, not in :mod:`archiver.extract`, because ``verify-quote``, ``show`` and ``history`` decide it
again at read time from a capture's archived head and first bytes (task sec60) and must not import
the extraction stack (trafilatura, lxml: ~0.3 s) to do so. :func:`archiver.extract.is_extractable`
and :func:`archiver.extract.no_text` are these functions.

The decision reads only the type a browser reads the body as
(:func:`archiver.core.mime.effective_content_type`, which looks at the first 1445 bytes) and the
body's first 64 KiB (:func:`looks_like_html`); a PDF by its first five bytes.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from typing import Any

from archiver.core.mime import SNIFFED_TYPES, essence
from archiver.core.refresh import document_refreshes_away

HTML_TYPES = ("text/html", "application/xhtml+xml")
PDF_TYPES = ("application/pdf", "application/x-pdf")
#: Bodies that are text already: extracted as they are (a statement.txt, a README.md).
TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
#: Other types Chromium shows as text (Blink's supported non-image types, measured with Chromium 156 in session 52):
#: JavaScript and JSON (``+json`` too) and every ``text/*`` type but HTML, XML (its tree viewer) and those below.
SCRIPT_TYPES = ("application/javascript", "application/x-javascript", "application/ecmascript",
                "application/x-ecmascript", "text/javascript", "text/ecmascript")
JSON_TYPES = ("application/json", "text/json")
#: ``text/*`` types Chromium downloads (Blink's ``kUnsupportedTextTypes``): no text of them is shown.
DOWNLOADED_TEXT_TYPES = frozenset([
    "text/calendar", "text/x-calendar", "text/x-vcalendar", "text/vcalendar", "text/vcard", "text/x-vcard",
    "text/directory", "text/ldif", "text/qif", "text/x-qif", "text/x-csv", "text/x-vcf", "text/rtf",
    "text/comma-separated-values", "text/csv", "text/tab-separated-values", "text/tsv", "text/ofx",
    "text/vnd.sun.j2me.app-descriptor", "text/x-ms-iqy", "text/x-ms-odc", "text/x-ms-rqy", "text/x-ms-contact"])
_NOT_TEXT = ("text/html", "text/xml", "text/xsl")
#: Types a browser downloads rather than shows: the file a reader gets is what its bytes are (a PDF).
#: (A binary body sent as text reaches extraction as the first: ``archiver.core.mime.effective_content_type``.)
DOWNLOADED_TYPES = ("application/octet-stream", "binary/octet-stream")
#: MIME Sniffing's PDF signature: "%PDF-" at the resource's first byte, no leading bytes ignored
#: (its pattern table lets whitespace lead only the HTML and XML patterns).
PDF_SIGNATURE = b"%PDF-"
#: page states of a body a reader is shown no text of (:func:`no_text_state`): ``download``, a type a
#: browser downloads (what a binary body sent as text is read as); ``not_shown``, any other type
#: extraction does not read (one that does not parse, an image): Chromium shows no text of it.
DOWNLOAD, NOT_SHOWN = "download", "not_shown"
#: How much of a decoded body the decision reads (:func:`looks_like_html`'s window; the binary
#: check reads the first 1445 bytes, the PDF signature five).
DECIDING_BYTES = 65536

_HTML_SNIFF = re.compile(rb"<!doctype\s+html|<html|<head[\s>]|<body|<meta\s|<title>|<div[\s>]|<p>|<br\s*/?>", re.I)


def looks_like_html(body: bytes) -> bool:
    """Sniff HTML: no NUL bytes (binary), and a tag only HTML uses in the first 64 KiB
    (real pages may open with a long inline ``<style>`` before any ``<html>``)."""
    if b"\x00" in body[:1024] and not body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return bool(_HTML_SNIFF.search(body[:DECIDING_BYTES]))


def is_pdf(content_type: str | None, body: bytes) -> bool:
    """A PDF as a browser takes it: declared one, or a body opening with the PDF signature where a
    browser sniffs (no type, :data:`~archiver.core.mime.SNIFFED_TYPES`) or downloads the file (an
    octet-stream, which is also what a binary body sent as text is read as:
    :func:`archiver.core.mime.effective_content_type`); a text/plain body is shown as text, and a
    body under another declared type is what that type says (before 118, a PDF under any type).

    The signature is exact, at the first byte (MIME Sniffing's pattern table ignores no leading
    bytes for it, whitespace only before HTML and XML): before 127, whitespace before ``%PDF-`` in
    the first 1024 bytes was skipped, and such a body with no type was read as a PDF a browser
    shows as text or downloads unopened."""
    mime = essence(content_type)
    if mime in PDF_TYPES:
        return True
    return body.startswith(PDF_SIGNATURE) and mime in ("", *SNIFFED_TYPES, *DOWNLOADED_TYPES)


def is_text(content_type: str | None) -> bool:
    """A body a browser shows as text (HTML-looking or not): text/plain, Markdown, and the other types Chromium
    shows so, a style sheet, a script, JSON, any ``text/*`` but HTML, XML and :data:`DOWNLOADED_TEXT_TYPES` (until
    session 52 only the first three; the others were ``not_shown``, so no quote of a JSON statement or a
    ``.txt``-like ``text/x-log`` could be checked, though a reader saw its every word). A binary
    body sent with one of the four Content-Types of MIME Sniffing's check-for-apache-bug flag is
    downloaded, not shown: the caller reading the response's head gives it as
    ``application/octet-stream`` (:func:`archiver.core.mime.effective_content_type`, which alone
    sees the header's bytes and ``nosniff``; until 127 extraction checked the type string it was
    given, and read a nosniff text/plain body holding binary bytes as a download)."""
    mime = essence(content_type)
    if mime in TEXT_TYPES or mime in SCRIPT_TYPES or mime in JSON_TYPES or mime.endswith("+json"):
        return True
    return mime.startswith("text/") and mime not in DOWNLOADED_TEXT_TYPES and mime not in _NOT_TEXT


def is_extractable(content_type: str | None, body: bytes, *, text: bool = True) -> bool:
    """True for HTML, PDF or (with ``text``) plain text / Markdown, by Content-Type or, when
    there is none or one browsers sniff (:data:`~archiver.core.mime.SNIFFED_TYPES`), by sniffing
    HTML as browsers do. A declared type is followed as a browser follows it: a text/plain body
    that looks like HTML is shown as text, its markup and attribute values as characters, so it
    is extracted as text, never as HTML (a quote "found" in a ``title`` attribute was words no
    reader saw as such); an ``application/octet-stream`` body is downloaded, not shown.
    ``text=False`` keeps to pages (an importer does not turn a crawler's robots.txt into a capture;
    a text/plain body that looks like HTML is a page a crawler fetched, read as text all the same)."""
    if is_pdf(content_type, body):
        return True
    if is_text(content_type):  # (a page a crawler fetched as text/plain, not a script or a style sheet holding markup)
        return text or (essence(content_type) in TEXT_TYPES and looks_like_html(body))
    # a document whose <meta> refresh sends its reader to another page at once is no page a reader is shown
    # (core/refresh.py; session 51: its words were vouched for)
    return is_html(content_type, body) and not document_refreshes_away(body[:DECIDING_BYTES])


def is_html(content_type: str | None, body: bytes) -> bool:
    """Whether a browser parses the body as an HTML document: declared one, or sniffed as one where the type is
    missing or one browsers sniff (:data:`~archiver.core.mime.SNIFFED_TYPES`). Whether it is then shown is
    :func:`is_extractable`'s question (a refresh may take its reader away first)."""
    mime = essence(content_type)
    return mime in HTML_TYPES or (mime in ("", *SNIFFED_TYPES) and looks_like_html(body))


def no_text_state(content_type: str | None, body: bytes) -> str | None:
    """Why a browser shows no text of this body (:data:`DOWNLOAD`, :data:`NOT_SHOWN`), or None when
    it shows a page, a PDF or a text (:func:`is_extractable`). ``body`` may be only the decoded
    body's first :data:`DECIDING_BYTES` bytes: the answer is the same."""
    if is_extractable(content_type, body, text=True):
        return None
    mime = essence(content_type)
    return DOWNLOAD if mime in DOWNLOADED_TYPES or mime in DOWNLOADED_TEXT_TYPES else NOT_SHOWN


def no_text_now(article: dict[str, Any] | None, shown_no_text: Callable[[], str | None]) -> str | None:
    """``show``'s and ``history``'s ``no_text_now`` of a capture whose logged extraction is ``article``:
    ``shown_no_text()`` (today's decision from its archived bytes: ``download``, ``not_shown``, None)
    when the extraction holds a text read from the response (an older extractor's reading, before
    ``archiver reextract``); None when it holds none or read a browser's rendered DOM;
    ``undecided`` when the bytes inflate past the limits (sec61: the reader says it could not decide).

    One function: ``Archive.show`` and ``compare.capture_side`` each held a copy (session 50's review)."""
    from archiver.core.page_states import UNDECIDED
    from archiver.errors import NoUsableTextError

    got = article or {}
    if not got.get("text") or (got.get("sources") or {}).get("text") == "rendered-dom":
        return None
    try:
        return shown_no_text()
    except NoUsableTextError:
        return UNDECIDED
