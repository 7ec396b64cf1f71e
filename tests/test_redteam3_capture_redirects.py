"""Red team, third pass: where a redirect with a non-ASCII Location leads.

http.client decodes header bytes as latin-1, and the fetcher followed the Location value as
decoded: a server answering ``Location: /\\xc3\\xa4`` (``/ä`` in UTF-8, as servers send it)
was followed to ``/Ã¤`` (``/%C3%83%C2%A4``), another URL, and the capture recorded that
URL's answer (a 404) as where the page led, with its ``final_url``. Browsers (and requests'
own redirect handling) read valid UTF-8 Location bytes as UTF-8; so does the fetcher now.
Bytes that are not UTF-8 were then read as latin-1 and sent as UTF-8 (``/\\xe4`` to ``/%C3%A4``);
browsers escape each such byte as it is (``/%E4``), and so does the fetcher since task cap55
(``tests/test_redirect_location_bytes.py``).
"""

from __future__ import annotations

import pytest
from captures import captured, redirect
from servers import Site, html_page

PAGE = b"<html><head><title>Umlaut</title></head><body><p>The page behind the redirect.</p></body></html>"


@pytest.fixture
def site():
    s = Site()
    s.routes["/%C3%A4"] = html_page(PAGE)
    yield s
    s.close()


def test_a_utf8_location_is_followed_to_the_page_it_names(tmp_path, site):
    site.routes["/r"] = redirect(b"/\xc3\xa4")
    result = captured(tmp_path / "s", site.url("/r"))
    assert (result.status, result.final_url) == (200, site.url("/\u00e4"))
    assert site.requests[-1] == "/%C3%A4"


def test_a_location_that_is_not_utf8_is_followed_with_its_bytes_escaped_as_browsers_do(tmp_path, site):
    site.routes["/%E4"] = html_page(PAGE)
    site.routes["/r"] = redirect(b"/\xe4")
    result = captured(tmp_path / "s", site.url("/r"))
    assert (result.status, result.final_url) == (200, site.url("/%E4"))
    assert site.requests[-1] == "/%E4"
