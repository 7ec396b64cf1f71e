"""From a :class:`~archiver.capture.browser.BrowserSession` to a capture draft for the one commit path.

A browser capture is committed by :mod:`archiver.store.commit` exactly like a native fetch:
its draft's ``hops`` are the page's own chain (requested URL, each redirect, the document),
its ``new_records`` every exchange the page made (request + response + TLS records, as
:func:`~archiver.capture.records.hop_specs` writes them for ``archive URL``), then two
``resource`` records: the full-page screenshot (``urn:screenshot:<page url>``, ``image/png``)
and the rendered DOM (``urn:rendered-dom:<page url>``, ``text/html; charset=utf-8``), each
``WARC-Refers-To`` the page's response; and a third, the text the rendered page showed
(``urn:rendered-text:<page url>``, ``text/plain; charset=utf-8``: the body's ``innerText``,
without what a stylesheet, an inline style or the markup hides), when it was read within
``--max-body`` and the page stayed on its recorded document. ``verify-quote`` holds a capture's
article text to it (:mod:`archiver.quotes.rendered`).

The draft's ``browser`` part (the manifest's, and what ``show``/``--json`` print) says how the
page was taken (``rendered_text_record_id``/``rendered_text_sha256``: the rendered text's record,
null when none; absent from captures made before it was recorded): the browser's version and options, and ``sandbox`` (whether Chromium ran with
its sandbox; absent from captures made before it was recorded) with ``sandbox_off``, why not
(``root``, ``--no-browser-sandbox``, ``--no-sandbox`` on Chromium's own command line; null when on),
and ``trailing``: every exchange whose server sent bytes past the end of its response (URL,
record, counts; kept apart as for ``archive URL``; null for captures made before it was recorded).

Extraction runs on the rendered DOM when it yields more article text than the page's HTML as
served (a page that writes its article with JavaScript), else on the served HTML; the article
says which in ``sources["text"]`` (``rendered-dom`` / ``http-response``) and the extraction
record refers to the record it was made from, so re-extraction reads the same bytes. A DOM read
after the page left its recorded document (``session.navigated``) is kept but never the text's source.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from archiver.capture.browser import (
    RENDERED_DOM_URN,
    RENDERED_TEXT_URN,
    SCREENSHOT_URN,
    BrowserOptions,
    BrowserSession,
    mark,
)
from archiver.capture.fetch import Hop, same_url, wire_uri
from archiver.capture.manifest import ManifestHop
from archiver.capture.records import (
    content_type_of,
    final_payload,
    hop_specs,
    manifest_hop,
    read_as_type,
    refers_to_headers,
    tls_summary,
)
from archiver.capture.redirects import is_redirect, redirect_target
from archiver.capture.warc import RecordSpec, decode_body
from archiver.core.clock import IdFactory
from archiver.core.digests import sha256_label
from archiver.core.mime import differing_locations, essence
from archiver.errors import ArchiverError, CaptureError
from archiver.store.commit import CaptureDraft, ExtractionSource, body_notes

logger = logging.getLogger(__name__)

DOM_CONTENT_TYPE = "text/html; charset=utf-8"
RENDERED_TEXT_CONTENT_TYPE = "text/plain; charset=utf-8"
FROM_DOM = "rendered-dom"
FROM_RESPONSE = "http-response"

ExtractFn = Callable[[bytes, str, str | None, int | None], Any]


#: What ``incomplete`` says when the page died under the capture (see
#: :func:`archiver.capture.browser_page.visit_page`).
PAGE_DEATHS = ("browser_died", "page_crashed")


def _redirected(hop: Hop) -> bool:
    """Whether ``hop`` answered with a redirect (301, 302, 303, 307 or 308 with a ``Location``;
    one with two different Locations too, which Chromium refuses to follow: no page came after it)."""
    return is_redirect(hop.status, differing_locations(hop.headers))


def draft_from_session(session: BrowserSession, *, capture_id: str, capture_time: str, ids: IdFactory,
                       insecure: bool, options: dict[str, Any], browser_options: BrowserOptions,
                       extractable: Callable[[str | None, bytes], bool], extract: ExtractFn) -> CaptureDraft:
    """The draft of one browser visit.

    Raises:
        CaptureError: the page's own document was never received (nothing to commit).
    """
    chain = session.page_hops()
    if not chain:
        failed = next((f for f in session.failures if session.is_page(f.get("url"))), None)
        reason = failed["error"] if failed else None
        # the proxy's refusal or failure of the page itself names the failure's kind, as the plain capture's does
        # ("ambiguous_disposition", "dns", "tls": session 51; was "browser" whatever the proxy said)
        kind = str(failed.get("error_kind") or "browser") if failed else "browser"
        raise CaptureError(f"{session.url}: the browser never received the page"
                           + (f" ({reason})" if reason else ""), url=session.url, kind=kind)
    if _redirected(chain[-1]):
        # A redirect is no page of its own: its target never answered (refused, unreachable, a
        # loop, refused by policy) or the page died before it did. What the browser shows then is
        # an error page no server sent (the proxy's or Chromium's own words); the plain capture
        # of such a chain fails too (:meth:`archiver.capture.fetch.Fetcher.fetch`).
        location = chain[-1].header("Location") or ""
        died = any(d in session.incomplete for d in PAGE_DEATHS)
        target = redirect_target(chain[-1].status, chain[-1].headers, chain[-1].url) or ""
        reason = None if died else next((f["error"] for f in session.failures if same_url(f.get("url") or "", target)), None)
        why = (f"it died after the redirect to {location}" if died
               else f"no answer to the redirect: {reason}" if reason  # (the proxy's words name the URL)
               else f"no answer to the redirect to {location}")
        raise CaptureError(f"{session.url}: the browser never received the page ({why})", url=session.url,
                           kind="browser")
    specs: list[RecordSpec] = []
    hop_ids: dict[int, ManifestHop] = {}
    trailing: list[dict[str, Any]] = []  # every exchange's bytes past its response's end, not only the page's
    for hop in session.hops:
        hop_rec_specs, rec = hop_specs(hop, ids=ids, insecure=insecure)
        specs.extend(hop_rec_specs)
        hop_ids[id(hop)] = manifest_hop(hop, rec)
        if hop_ids[id(hop)].trailing is not None:
            trailing.append({"url": hop.url, **(hop_ids[id(hop)].trailing or {})})
    final = chain[-1]
    page = hop_ids[id(final)]
    shot_id = dom_id = None
    if session.screenshot is not None:
        shot_id = ids.record_id()
        specs.append(RecordSpec("resource", SCREENSHOT_URN + wire_uri(final.url), capture_time, shot_id, session.screenshot,
                                "image/png", refers_to_headers(page.response_record_id, final.url)))
    dom_bytes = session.dom.encode("utf-8") if session.dom is not None else None
    if dom_bytes is not None:
        dom_id = ids.record_id()
        specs.append(RecordSpec("resource", RENDERED_DOM_URN + wire_uri(final.url), capture_time, dom_id, dom_bytes,
                                DOM_CONTENT_TYPE, refers_to_headers(page.response_record_id, final.url)))
    # the text the page showed, only of the recorded document (after a navigation it is another's)
    # and only of an HTML response: an article text made from a PDF or plain text is not held to what a browser shows of it
    # (none stated: the browser sniffed it, and kept a rendered text only of an HTML document)
    html = essence(read_as_type(final, None)) in ("", "text/html", "application/xhtml+xml")
    shown = (session.rendered_text.encode("utf-8")
             if session.rendered_text is not None and not session.navigated and html else None)
    text_id = None
    if shown is not None:
        text_id = ids.record_id()
        specs.append(RecordSpec("resource", RENDERED_TEXT_URN + wire_uri(final.url), capture_time, text_id, shown,
                                RENDERED_TEXT_CONTENT_TYPE, refers_to_headers(page.response_record_id, final.url)))
    mark("records")
    # a DOM of another document than the recorded response (the page navigated away) never gives the text
    text_dom = None if session.navigated else dom_bytes
    body, content_type, source, error, extracted, notes = _extraction_input(final, text_dom, dom_id, extractable,
                                                                            extract)
    browser = {
        "browser": session.browser_version, "options": browser_options.to_dict(),
        "sandbox": session.sandbox, "sandbox_off": session.sandbox_off,
        "screenshot_record_id": shot_id,
        "screenshot_sha256": sha256_label(session.screenshot) if session.screenshot is not None else None,
        "rendered_dom_record_id": dom_id, "rendered_dom_sha256": sha256_label(dom_bytes) if dom_bytes else None,
        "rendered_text_record_id": text_id,
        "rendered_text_sha256": sha256_label(shown) if shown is not None else None,
        "extraction_source": source.label if source else (FROM_RESPONSE if body is not None else None),
        "exchanges": len(session.hops), "failed_requests": session.failures, "refused_requests": session.refused,
        "incomplete": list(session.incomplete), "complete": not session.incomplete,
        "consent_dismissed": browser_options.dismiss_consent, "consent_clicked": session.consent_clicked,
        "rendered_url": session.final_url, "trailing": trailing,
    }
    mark("extraction")
    return CaptureDraft(
        origin="captured", capture_id=capture_id, requested_url=session.url, final_url=final.url,
        capture_time=capture_time, hops=tuple(hop_ids[id(h)] for h in chain), status=final.status,
        reason=final.reason, content_type=content_type_of(final), ip=final.ip, truncated=final.truncated,
        tls=tls_summary(final), new_records=tuple(specs), body=body, extraction_error=error, body_notes=notes,
        extract_status=final.status, options=options, extraction_source=source, extract_content_type=content_type,
        browser=browser, extracted=extracted)


def _extraction_input(final: Hop, dom: bytes | None, dom_id: str | None,
                      extractable: Callable[[str | None, bytes], bool], extract: ExtractFn
                      ) -> tuple[bytes | None, str | None, ExtractionSource | None, str | None, Any, tuple[str, ...]]:
    """(body, its content type, where it came from, why none, its extraction if made here, what
    the body lacks): the DOM when it holds more article text. Each candidate is extracted once;
    the chosen one's extraction is handed on, so the commit does not make it again. What the
    page's response lacks (cut at ``--max-body``, a content coding that ends early) the DOM
    lacks too: the browser was handed the same bytes (:func:`body_notes`)."""
    content_type = read_as_type(final, None)  # (what a browser read the response as: text/plain under nosniff)
    served: bytes | None = None
    error = None
    notes: tuple[str, ...] = ()
    try:
        headers, payload = final_payload(final)
        decoded = decode_body(headers, payload)
        notes = body_notes(decoded, kept=len(payload), cut=final.truncated)
        content_type = read_as_type(final, decoded.body)  # (binary bytes under a text/plain it sniffs: downloaded)
        served = decoded.body if extractable(content_type, decoded.body) else None
    except ArchiverError as exc:
        error = exc.diagnostics()
    if dom is None or dom_id is None or not extractable(DOM_CONTENT_TYPE, dom):
        source = ExtractionSource(None, FROM_RESPONSE) if served is not None else None
        return served, content_type, source, error, None, notes if served is not None else ()
    dom_text, dom_done = _text_length(extract, dom, final.url, DOM_CONTENT_TYPE, final.status)
    served_text, served_done = (_text_length(extract, served, final.url, content_type, final.status)
                                if served is not None else (-1, None))
    if dom_text > served_text:
        return dom, DOM_CONTENT_TYPE, ExtractionSource(dom_id, FROM_DOM), None, dom_done, notes
    source = ExtractionSource(None, FROM_RESPONSE) if served is not None else None
    return served, content_type, source, error, served_done, notes if served is not None else ()


def _text_length(extract: ExtractFn, body: bytes, url: str, content_type: str | None,
                 status: int | None) -> tuple[int, Any]:
    """(length of the extracted text, the extraction) of ``body``; (-1, None) when it fails."""
    try:
        done = extract(body, url, content_type, status)
        return len(done.text), done
    except ArchiverError:
        return -1, None
    except Exception:  # noqa: BLE001 - a body that breaks the extractor has no text to offer
        logger.exception("extraction failed while choosing the text source for %s", url)
        return -1, None


__all__ = ["FROM_DOM", "FROM_RESPONSE", "draft_from_session"]
