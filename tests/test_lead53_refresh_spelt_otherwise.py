"""A ``<meta>`` refresh whose ``http-equiv`` is spelt in mixed case or with a character reference is followed (trust,
perf71's find): ``http-equiv="REFresh"`` and ``http-equiv="re&#102;resh"`` are refreshes to Chromium (attribute
values decoded, compared ASCII case-insensitively), but the scan's guard asked for "efresh" or "EFRESH" only, so the
capture ended on the forwarding page, read as the page shown."""

from __future__ import annotations

import json

import pytest
from cli import run_cli
from servers import Site, response

HTML = ("Content-Type", "text/html; charset=utf-8")
TARGET = (b"<html><head><title>Minutes</title></head><body><article><p>The council met on Tuesday to discuss the "
          b"harbour wall.</p></article></body></html>")


@pytest.fixture
def site():
    s = Site()
    s.routes["/minutes"] = lambda h: response("200 OK", [HTML], TARGET)
    yield s
    s.close()


@pytest.mark.parametrize("equiv", ["REFresh", "re&#102;resh", "r&#x65;fresh", "Refresh"])
def test_a_refresh_spelt_in_any_case_or_with_a_character_reference_is_followed(site, tmp_path, equiv):
    body = (f"<html><head><meta http-equiv='{equiv}' content='0; url=/minutes'><title>Moved</title></head>"
            "<body><p>This page has moved.</p></body></html>").encode()
    site.routes["/old"] = lambda h: response("200 OK", [HTML], body)
    result = run_cli("archive", site.url("/old"), "--json", store=tmp_path / "store")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["final_url"] == site.url("/minutes")


def test_a_page_with_character_references_and_no_refresh_is_the_page_shown(site, tmp_path):
    body = (b"<html><head><meta http-equiv='content-type' content='text/html'><title>Fish &amp; chips</title>"
            b"</head><body><p>Fish &amp; chips on the quay, &#8220;best in town&#8221;.</p></body></html>")
    site.routes["/fish"] = lambda h: response("200 OK", [HTML], body)
    result = run_cli("archive", site.url("/fish"), "--json", store=tmp_path / "store")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["final_url"] == site.url("/fish")
