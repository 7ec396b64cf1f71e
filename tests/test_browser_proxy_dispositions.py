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
