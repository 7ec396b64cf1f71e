"""A page that sends its reader to another one at once (a refresh of no delay with a URL, in the ``Refresh`` header
or a ``<meta http-equiv="refresh">``) is no page a reader is shown: Chromium 156 leaves it before it is read
(measured in session 51, ``bench/head_cases_chromium.py``). The plain capture archived it and vouched for its words;
now every reader reads it as ``not_shown`` (core/refresh.py). A delay of a second or more, no URL (a reload of the
page itself), or a ``<meta>`` in ``<noscript>`` or a script's string leaves the page shown, as Chromium shows it.
"""

from __future__ import annotations

import pytest
from cli import run_cli
from servers import Site, response

from archiver.core.mime import effective_content_type
from archiver.core.readable import NOT_SHOWN, no_text_state

WORDS = "The council met on Tuesday to discuss the harbour wall"
PAGE = f"<html><head>{{meta}}<title>Minutes</title></head><body><article><p>{WORDS}.</p>{{inside}}</article></body></html>"
HTML_TYPE = ("Content-Type", "text/html; charset=utf-8")


def _page(meta: str = "", inside: str = "") -> bytes:
    return PAGE.format(meta=meta, inside=inside).encode()


def _state(fields: list[tuple[str, str]], body: bytes) -> str | None:
    return no_text_state(effective_content_type(fields, body), body)


@pytest.mark.parametrize("value", ["0; url=/next", "0;URL='/next'", "0, url=/next", "0.5; url=/next", " 0 ; /next"])
def test_a_refresh_header_of_no_delay_with_a_url_shows_no_page(value):
    assert _state([HTML_TYPE, ("Refresh", value)], _page()) == NOT_SHOWN


@pytest.mark.parametrize("meta,inside", [
    ("<meta http-equiv='refresh' content='0;url=/next'>", ""),
    ("<meta http-equiv='Refresh' content=\"0; URL='/next'\">", ""),
    ("", "<meta http-equiv='refresh' content='0;url=/next'>"),
], ids=["head", "quoted", "body"])
def test_a_meta_refresh_of_no_delay_with_a_url_shows_no_page(meta, inside):
    assert _state([HTML_TYPE], _page(meta, inside)) == NOT_SHOWN


@pytest.mark.parametrize("fields,meta", [
    ([HTML_TYPE, ("Refresh", "1; url=/next")], ""),
    ([HTML_TYPE], "<meta http-equiv='refresh' content='2;url=/next'>"),
    ([HTML_TYPE], "<noscript><meta http-equiv='refresh' content='0;url=/next'></noscript>"),
    ([HTML_TYPE], "<script>var m = \"<meta http-equiv='refresh' content='0;url=/next'>\";</script>"),
], ids=["header-delay-1", "meta-delay-2", "noscript", "script-string"])
def test_a_page_shown_before_or_without_leaving_stays_a_page(fields, meta):
    assert _state(fields, _page(meta)) is None


@pytest.mark.parametrize("fields,meta", [([HTML_TYPE, ("Refresh", "0; url=/next")], ""),
                                         ([HTML_TYPE], "<meta http-equiv='refresh' content='0;url=/next'>")],
                         ids=["header", "meta"])
def test_archive_of_a_page_that_leaves_at_once_vouches_for_none_of_its_words(fields, meta, tmp_path, key_dir):
    site = Site()
    site.routes["/stub"] = lambda h: response("200 OK", fields, _page(meta))
    try:
        assert run_cli("archive", site.url("/stub"), store=tmp_path / "store").exit_code == 0
        url = site.url("/stub")
    finally:
        site.close()
    assert run_cli("verify-quote", WORDS, "--url", url, store=tmp_path / "store").exit_code == 1


@pytest.mark.parametrize("fields,meta", [([HTML_TYPE, ("Refresh", "0")], ""),
                                         ([HTML_TYPE], "<meta http-equiv='refresh' content='0'>")],
                         ids=["header", "meta"])
def test_a_reload_of_no_delay_shows_no_page(fields, meta):
    """Session 52: a refresh of no delay and no URL reloads the page, which Chromium 156 does again and again (rvmod69:
    no text read): no reader is shown it. It was read as a page."""
    assert _state(fields, _page(meta)) == NOT_SHOWN
