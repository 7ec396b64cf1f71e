"""The browser capture's recording proxy refuses a response whose ``Content-Disposition`` values differ, as the
plain capture does since sec63 (task sec66): Chromium shows its error page for it
(``ERR_RESPONSE_HEADERS_MULTIPLE_CONTENT_DISPOSITION``), so there is no page or resource to record. Driven by
``requests``, no browser needed."""

from __future__ import annotations

import time

import pytest
import requests
from servers import Site, response

from archiver.capture.fetch import Fetcher, FetchOptions
from archiver.capture.proxy import RecordingProxy

BODY = b"<html><body><p>The council met on Tuesday.</p></body></html>"
HTML_TYPE = ("Content-Type", "text/html; charset=utf-8")


def _through_proxy(dispositions: list[str]) -> tuple[requests.Response, RecordingProxy]:
    site = Site()
    site.routes["/page"] = lambda h: response("200 OK", [HTML_TYPE, *(("Content-Disposition", v) for v in dispositions)],
                                              BODY)
    try:
        with RecordingProxy(Fetcher(FetchOptions()), deadline=time.monotonic() + 30, max_resources=10) as p:
            got = requests.get(site.url("/page"), proxies={"http": p.address}, timeout=30)
    finally:
        site.close()
    return got, p


@pytest.mark.parametrize("dispositions", [["inline, attachment"], ["inline", "attachment"]], ids=["one-field", "two"])
def test_the_proxy_refuses_a_response_with_differing_dispositions(dispositions):
    """Not recorded, the failure named as the plain capture names it; the browser gets the proxy's 502."""
    got, p = _through_proxy(dispositions)
    assert (got.status_code, p.log.hops) == (502, [])
    assert [f["error_kind"] for f in p.log.failures] == ["ambiguous_disposition"], p.log.failures
    assert "different Content-Disposition values" in p.log.failures[0]["error"]


def test_the_proxy_records_one_disposition_value_given_twice():
    got, p = _through_proxy(["attachment", "attachment"])
    assert (got.status_code, got.content, len(p.log.hops), p.log.failures) == (200, BODY, 1, [])


def test_a_browser_capture_whose_page_the_proxy_refused_fails_with_the_refusals_kind():
    """The capture's failure names what the proxy refused the page for (``ambiguous_disposition``), as the plain
    capture's does; it said ``browser`` whatever the proxy's entry said (session 51)."""
    import datetime as dt

    from archiver.capture.browser_page import BrowserSession
    from archiver.core.clock import default_ids
    from archiver.errors import CaptureError
    from archiver.store.browser_records import draft_from_session

    url = "http://127.0.0.1:9/page"
    session = BrowserSession(url=url, started=dt.datetime.now(dt.UTC), page_url=url, failures=[
        {"url": url, "method": "GET", "error": "the response has different Content-Disposition values",
         "error_kind": "ambiguous_disposition"}])
    with pytest.raises(CaptureError) as caught:
        draft_from_session(session, capture_id="c", capture_time="2026-12-02T00:00:00Z", ids=default_ids(),
                           insecure=False, options={}, browser_options=None,  # type: ignore[arg-type]
                           extractable=lambda *_: True, extract=lambda *_: None)
    assert caught.value.kind == "ambiguous_disposition"
    assert "different Content-Disposition values" in str(caught.value)
