"""A refresh value is read as Blink's ``ParseHTTPRefresh`` reads it and a page's refreshes as its scheduler keeps
them (core/refresh.py). A looser reading vouched for pages Chromium 156 leaves at once (measured in session 52 with
``bench/head_cases_chromium.py``): a delay written ".5", a quoted URL that Blink reads to its last quote mark, a
second ``Refresh`` field, a later ``<meta>`` of less delay. It also refused a page Chromium shows: "0x; url=...",
a delay Blink rejects, schedules nothing.
"""

from __future__ import annotations

import pytest

from archiver.core.mime import effective_content_type
from archiver.core.readable import NOT_SHOWN, no_text_state
from archiver.core.refresh_value import Refresh, parse_refresh

WORDS = "The council met on Tuesday to discuss the harbour wall"
HTML_TYPE = ("Content-Type", "text/html; charset=utf-8")


def _page(*contents: str) -> bytes:
    metas = "".join(f"<meta http-equiv='refresh' content=\"{c}\">" for c in contents)
    return f"<html><head>{metas}<title>Minutes</title></head><body><p>{WORDS}.</p></body></html>".encode()


def _state(fields: list[tuple[str, str]], body: bytes) -> str | None:
    return no_text_state(effective_content_type(fields, body), body)


@pytest.mark.parametrize("value,expected", [
    ("0; url=/next", Refresh(0.0, "/next")),
    (".5; url=/next", Refresh(0.5, "/next")),
    ("1.2.3;url=/next", Refresh(1.2, "/next")),
    ("0 url=/next", Refresh(0.0, "/next")),
    ("0; url.html", Refresh(0.0, "url.html")),
    ("0; url='' /next'", Refresh(0.0, "' /next")),
    ("0; url=''", Refresh(0.0, "'")),
    ("0; url='/next", Refresh(0.0, "/next")),
    ("5", Refresh(5.0, "")),
    ("0x; url=/next", None),
    (".; url=/next", None),
    ("; url=/next", None),
    ("", None),
])
def test_a_refresh_value_is_read_as_blink_reads_it(value, expected):
    assert parse_refresh(value) == expected


@pytest.mark.parametrize("values", [[".5; url=/next"], ["0; url='' /next'"], ["0", "0; url=/next"]],
                         ids=["delay-without-integer", "url-to-last-quote", "second-field"])
def test_a_refresh_header_blink_leaves_at_once_shows_no_page(values):
    fields = [HTML_TYPE, *[("Refresh", v) for v in values]]
    assert _state(fields, _page()) == NOT_SHOWN


@pytest.mark.parametrize("contents", [[".5;url=/next"], ["5;url=/a", "0;url=/next"], ["\x0b0; url=/next"]],
                         ids=["delay-without-integer", "later-of-less-delay", "vertical-tab"])
def test_a_meta_refresh_blink_leaves_at_once_shows_no_page(contents):
    assert _state([HTML_TYPE], _page(*contents)) == NOT_SHOWN


@pytest.mark.parametrize("fields,contents", [
    ([HTML_TYPE, ("Refresh", "0x; url=/next")], []),
    ([HTML_TYPE, ("Refresh", "5"), ("Refresh", "0; url=/next")], []),
    ([HTML_TYPE], ["0x;url=/next"]),
], ids=["header-delay-rejected", "header-fields-joined-delay-5", "meta-delay-rejected"])
def test_a_refresh_blink_does_not_follow_at_once_stays_a_page(fields, contents):
    assert _state(fields, _page(*contents)) is None
